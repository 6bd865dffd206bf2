"""Asking what to export, in which format and where: the picked items or every result of the search."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from press_archive.exporters import FORMATS, ExportFormat, IdSelection, QuerySelection, Selection
from press_archive.model import SearchRequest
from press_archive.ui.formatting import count_phrase


@dataclass(frozen=True)
class ExportChoice:
    selection: Selection
    format: ExportFormat
    with_user_data: bool
    target: Path


class ExportDialog(QDialog):
    """The export's options; `choose_target` then asks for the file (or folder) to write."""

    def __init__(
        self, picked: list[str], search: SearchRequest, total: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self._picked = picked
        self._search = search
        self.picked_button = QRadioButton(f"The {count_phrase(len(picked), 'selected item')}", self)
        results = count_phrase(total, "item") if total is not None else "every item"
        query = f"“{search.query}”" if search.query.strip() else "all items"
        self.search_button = QRadioButton(f"Every result of the search {query} ({results})", self)
        choice = QButtonGroup(self)
        for button in (self.picked_button, self.search_button):
            choice.addButton(button)
        self.picked_button.setEnabled(bool(picked))
        (self.picked_button if picked else self.search_button).setChecked(True)
        self.format = QComboBox(self)
        for export_format in FORMATS.values():
            self.format.addItem(export_format.label, export_format.name)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.format.currentIndexChanged.connect(self._describe)
        self.user_data = QCheckBox("Include my tags, stars and notes", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Format:", self.format)
        form.addRow("", self.description)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Export:", self))
        layout.addWidget(self.picked_button)
        layout.addWidget(self.search_button)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.user_data)
        layout.addWidget(buttons)
        self._describe()

    @property
    def chosen_format(self) -> ExportFormat:
        return FORMATS[self.format.currentData()]

    def selection(self) -> Selection:
        if self.picked_button.isChecked():
            return IdSelection(tuple(self._picked))
        return QuerySelection(self._search)

    def choose_target(self) -> ExportChoice | None:
        """Ask where to write; None when the user cancels the file dialog."""
        export_format = self.chosen_format
        if export_format.is_folder:
            target = QFileDialog.getExistingDirectory(self.parentWidget(), "Export to a New Folder Inside")
            path = Path(target) / "Press Archive export" if target else None
        else:
            name, _filter = QFileDialog.getSaveFileName(
                self.parentWidget(), "Export", f"press-archive-export{export_format.suffix}",
                f"{export_format.label} (*{export_format.suffix})",
            )
            path = Path(name) if name else None
        if path is None:
            return None
        return ExportChoice(self.selection(), export_format, self.user_data.isChecked(), path)

    def _describe(self) -> None:
        export_format = self.chosen_format
        where = "a folder of notes" if export_format.is_folder else f"a {export_format.suffix} file"
        self.description.setText(f"{export_format.description} — writes {where}.")
