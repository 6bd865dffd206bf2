"""The small capitals heading over a section of a pane ("NOTE", "COLLECTIONS")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

HEADING_SCALE = 0.8


def section_heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold, smaller label in capitals: it names a section without competing with its content."""
    label = QLabel(text.upper(), parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    font.setBold(True)
    label.setFont(font)
    return label
