"""A bar across the window above the results that offers something without getting in the way.

Unlike a message box it does not stop the user: the window stays usable, and the bar stays until a
button of it is clicked.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class MessageBar(QFrame):
    """A message and its buttons; every button hides the bar before its own action runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(12, 8, 12, 8)
        self._row.setSpacing(8)
        self._row.addWidget(self.label, 1)
        self.hide()

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(self.hide)
        self._row.addWidget(button)
        return button

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
