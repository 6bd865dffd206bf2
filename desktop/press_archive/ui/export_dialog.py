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
from press_archive.ui.export_format_texts import format_description, format_label


@dataclass(frozen=True)
class ExportChoice:
    selection: Selection
    format: ExportFormat
    with_user_data: bool
    target: Path


class ExportDialog(QDialog):
    """The export's options; `choose_target` then asks for the file (or folder) to write.

    `last_format` (a format's name) is chosen at first and the file dialog opens in `folder`: most
    people export the same way to the same place again."""

    def __init__(
        self, picked: list[str], search: SearchRequest, total: int | None, parent: QWidget | None = None,
        last_format: str | None = None, folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self.setWindowTitle(self.tr("Export"))
        self._picked = picked
        self._search = search
        self.picked_button = QRadioButton(self.tr("The %Ln selected items", "", len(picked)), self)
        results = self.tr("%Ln items", "", total) if total is not None else self.tr("every item")
        query = self.tr("“{query}”").format(query=search.query) if search.query.strip() else None
        searched = self.tr("Every result of the search {query} ({results})")
        self.search_button = QRadioButton(
            searched.format(query=query or self.tr("all items"), results=results), self
        )
        choice = QButtonGroup(self)
        for button in (self.picked_button, self.search_button):
            choice.addButton(button)
        self.picked_button.setEnabled(bool(picked))
        (self.picked_button if picked else self.search_button).setChecked(True)
        self.format = QComboBox(self)
        for export_format in FORMATS.values():
            self.format.addItem(format_label(export_format), export_format.name)
        self.format.setCurrentIndex(max(self.format.findData(last_format), 0))
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.format.currentIndexChanged.connect(self._describe)
        self.user_data = QCheckBox(self.tr("Include my tags, stars and notes"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow("", self.description)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export:"), self))
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
            target = QFileDialog.getExistingDirectory(
                self.parentWidget(), self.tr("Export to a New Folder Inside"), str(self._folder or "")
            )
            path = Path(target) / self.tr("Press Archive export") if target else None
        else:
            suggested = Path(self._folder or "", f"press-archive-export{export_format.suffix}")
            name, _filter = QFileDialog.getSaveFileName(
                self.parentWidget(), self.tr("Export"), str(suggested),
                f"{format_label(export_format)} (*{export_format.suffix})",
            )
            path = Path(name) if name else None
        if path is None:
            return None
        return ExportChoice(self.selection(), export_format, self.user_data.isChecked(), path)

    def _describe(self) -> None:
        export_format = self.chosen_format
        if export_format.is_folder:
            where = self.tr("a folder of notes")
        else:
            where = self.tr("a {suffix} file").format(suffix=export_format.suffix)
        description = self.tr("{description} — writes {where}.")
        self.description.setText(
            description.format(description=format_description(export_format), where=where)
        )
