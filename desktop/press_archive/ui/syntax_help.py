"""The query syntax, explained where the user types: a popup under the search field (F1)."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

SYNTAX_ROWS = (
    ("joint staff", "both words, in any form: meeting also finds meetings"),
    ('"joint staff"', "the exact phrase, as written"),
    ("Iran OR Iraq", "either word (OR in capitals)"),
    ("-Moscow   NOT Moscow", "items without the word"),
    ("negotiat*", "words starting with negotiat"),
    ("(Lavrov OR Shoigu) -Moscow", "parentheses group terms"),
    ("title:summit", "the word in the title"),
    ("lang:ru   kind:teaser", "the Russian edition; the short items of the side column"),
    ("date:2025-12   date:2025-06..2025-12", "a month; a range (also before:2025-12-05, after:2025-06)"),
    ('name:"Masadykov"', "a person or an organisation, in any spelling or script"),
    ('tag:"Iran talks"   is:starred   has:note', "your tags, stars and notes"),
    ('in:"Summit 2025"   note:follow-up', "your collections; a word of your notes"),
)
FOOTER = (
    "Every term must match; case, accents and ё/е never matter. Click a facet to add its term, "
    "a chip to remove it; Esc clears the search."
)


def syntax_html() -> str:
    rows = "".join(
        f'<tr><td style="padding:3px 14px 3px 0"><code>{html.escape(example)}</code></td>'
        f'<td style="padding:3px 0">{html.escape(meaning)}</td></tr>'
        for example, meaning in SYNTAX_ROWS
    )
    return f"<p><b>Search syntax</b></p><table>{rows}</table><p>{html.escape(FOOTER)}</p>"


class SyntaxPopup(QFrame):
    """A popup that closes on the next click or key press outside it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        label = QLabel(syntax_html(), self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(label)

    def show_below(self, anchor: QWidget) -> None:
        self.adjustSize()
        self.move(anchor.mapToGlobal(QPoint(0, anchor.height() + 2)))
        self.show()
