"""A small dialog that asks for one tag name, offering the names that fit as the user types."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from press_archive.ui.appearance import colors_for

FIELD_WIDTH = 300


class TagPicker(QDialog):
    """Opened with `open()`, it deletes itself when closed; `picked` carries the chosen name.

    To tag, any new name goes. To remove a tag, only one of `names` does, and the name is returned
    as `names` spells it, whatever case the user typed.
    """

    picked = Signal(str)

    def __init__(
        self, title: str, prompt: str, button: str, names: list[str], existing_only: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._names = {name.casefold(): name for name in names}
        self._existing_only = existing_only
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Tag name"))
        self.field.setAccessibleName(prompt)
        self.field.setMinimumWidth(FIELD_WIDTH)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(prompt, self)
        label.setBuddy(self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        if existing_only:
            layout.addWidget(self._choices(names))
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.field.textChanged.connect(self._check)
        if existing_only and len(names) == 1:
            self.field.setText(names[0])
        self._check()

    def _choices(self, names: list[str]) -> QLabel:
        """The names that can be removed, under the field, so the user need not guess one to type."""
        choices = QLabel(self.tr("On these items: {tags}").format(tags=", ".join(names)), self)
        choices.setWordWrap(True)
        choices.setMaximumWidth(FIELD_WIDTH)
        palette = choices.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colors_for(self.palette()).muted)
        choices.setPalette(palette)
        return choices

    @property
    def name(self) -> str:
        """The name typed, its spaces tidied; for a removal, as the tag is spelled."""
        typed = " ".join(self.field.text().split())
        return self._names.get(typed.casefold(), typed) if self._existing_only else typed

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        name = self.name
        super().accept()
        self.picked.emit(name)

    @Slot()
    def _check(self) -> None:
        name = self.name
        self.ok_button.setEnabled(bool(name) and (not self._existing_only or name.casefold() in self._names))
