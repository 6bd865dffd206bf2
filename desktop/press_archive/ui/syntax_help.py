"""The query syntax, explained where the user types (a popup under the search field) and in full (Help).

The full reference is `docs/query-syntax.md`, the same file the README links to, rendered from its
Markdown; the popup is a short table of the same, translated with the rest of the interface.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

translate = QCoreApplication.translate

REFERENCE_NAME = "query-syntax.md"


def syntax_rows() -> list[tuple[str, str]]:
    """(example, meaning): examples stay as typed (field names and OR/NOT are the same in every
    language), meanings are translated."""
    return [
        ("joint staff", translate("SyntaxHelp", "both words, in any form: meeting also finds meetings")),
        ('"joint staff"', translate("SyntaxHelp", "the exact phrase, as written")),
        ("Iran OR Iraq", translate("SyntaxHelp", "either word (OR in capitals)")),
        ("-Moscow   NOT Moscow", translate("SyntaxHelp", "items without the word")),
        ("negotiat*", translate("SyntaxHelp", "words starting with negotiat")),
        ("(Lavrov OR Shoigu) -Moscow", translate("SyntaxHelp", "parentheses group terms")),
        ("title:summit", translate("SyntaxHelp", "the word in the title")),
        ("lang:ru   kind:teaser",
         translate("SyntaxHelp", "the Russian edition; the short items of the side column")),
        ("date:2025-12   date:2025-06..2025-12",
         translate("SyntaxHelp", "a month; a range (also before:2025-12-05, after:2025-06)")),
        ('name:"Masadykov"',
         translate("SyntaxHelp", "a person or an organisation, in any spelling or script")),
        ("version:changed   version:all",
         translate("SyntaxHelp", "items the site changed; search their earlier texts too")),
        ('tag:"Iran talks"   is:starred   has:note', translate("SyntaxHelp", "your tags, stars and notes")),
        ('in:"Summit 2025"   note:follow-up',
         translate("SyntaxHelp", "your collections; a word of your notes")),
    ]


def syntax_html() -> str:
    rows = "".join(
        f'<tr><td style="padding:3px 14px 3px 0"><code>{html.escape(example)}</code></td>'
        f'<td style="padding:3px 0">{html.escape(meaning)}</td></tr>'
        for example, meaning in syntax_rows()
    )
    footer = translate(
        "SyntaxHelp",
        "Every term must match; case, accents and ё/е never matter. Click a facet to add its term, "
        "a chip to remove it; Esc clears the search. Help ▸ Query Syntax has the full reference.",
    )
    heading = translate("SyntaxHelp", "Search syntax")
    return f"<p><b>{html.escape(heading)}</b></p><table>{rows}</table><p>{html.escape(footer)}</p>"


def reference_path() -> Path | None:
    """The reference in the interface's language ("query-syntax.ru.md"), else in English, beside the
    package (in a bundle) or in the checkout's docs; None if neither has it."""
    package_dir = Path(__file__).resolve().parent.parent
    language = QLocale().name().split("_")[0]  # the interface's locale is the default one
    names = (REFERENCE_NAME.replace(".md", f".{language}.md"), REFERENCE_NAME)
    for docs in (package_dir / "docs", package_dir.parent.parent / "docs"):
        for name in names:
            if (docs / name).is_file():
                return docs / name
    return None


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


class SyntaxReference(QDialog):
    """The full reference, in a window of its own that can stay open beside the search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Query Syntax"))
        self.resize(760, 680)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(12)
        path = reference_path()
        if path is not None:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            missing = self.tr("The full reference is missing from this installation; in short:")
            self.browser.setHtml(f"<p>{html.escape(missing)}</p>{syntax_html()}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
