"""Editing what the user adds to the item being read: a star, tags and a note.

The widgets only announce edits; the window writes them to the archive in the background and shows
the stored result, so what the pane shows is always what was saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from press_archive.model import Annotation
from press_archive.ui.chip import Chip
from press_archive.ui.flow_layout import FlowLayout
from press_archive.ui.headings import section_heading

NOTE_SAVE_DELAY_MS = 800


class AnnotationBar(QWidget):
    """The star button, the item's tags as removable chips, and a field to add a tag."""

    star_toggled = Signal(bool)
    tag_added = Signal(str)
    tag_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.star_button = QToolButton(self)
        self.star_button.setCheckable(True)
        self.star_button.setToolTip(self.tr("Star this item (Ctrl+D)"))
        self.star_button.setAutoRaise(True)
        self.star_button.clicked.connect(self.star_toggled)
        self.tag_field = QLineEdit(self)
        self.tag_field.setPlaceholderText(self.tr("Add a tag…"))
        self.tag_field.setAccessibleName(self.tr("Add a tag"))
        self.tag_field.setMaximumWidth(180)
        self._tag_names = QStringListModel(self)
        completer = QCompleter(self._tag_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_field.setCompleter(completer)
        self.tag_field.returnPressed.connect(self._add_tag)
        self._tags = QWidget(self)
        self._tags_layout = FlowLayout(self._tags, spacing=4)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 4)
        row.setSpacing(8)
        row.addWidget(self.star_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._tags, 1)
        row.addWidget(self.tag_field, 0, Qt.AlignmentFlag.AlignTop)
        self._read_only_tip: str | None = None
        self.show_annotation(Annotation(""))

    def set_read_only(self, tip: str) -> None:
        """Show the star and the tags without the means to change them; `tip` says why."""
        self._read_only_tip = tip
        for control in (self.star_button, self.tag_field):
            control.setEnabled(False)
            control.setToolTip(tip)
        self.tag_field.hide()
        for chip in self._tags.findChildren(Chip):
            chip.setEnabled(False)

    @property
    def tags(self) -> list[str]:
        return [chip.value for chip in self._tags.findChildren(Chip) if not chip.isHidden()]

    def show_annotation(self, annotation: Annotation) -> None:
        self.star_button.setChecked(annotation.starred)
        self.star_button.setText(self.tr("★  Starred") if annotation.starred else self.tr("☆  Star"))
        while (child := self._tags_layout.takeAt(0)) is not None:
            widget = child.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for name in annotation.tags:
            chip = Chip(name, name, self.tr("Remove the tag {tag}").format(tag=name), self._tags)
            chip.clicked.connect(lambda _checked=False, name=name: self.tag_removed.emit(name))
            if self._read_only_tip is not None:
                chip.setEnabled(False)
                chip.setToolTip(self._read_only_tip)
            self._tags_layout.addWidget(chip)
            chip.show()
        self._tags_layout.invalidate()

    @property
    def tag_names(self) -> list[str]:
        return self._tag_names.stringList()

    def set_tag_names(self, names: list[str]) -> None:
        """The tags that exist, offered while typing a new one."""
        self._tag_names.setStringList(names)

    @Slot()
    def _add_tag(self) -> None:
        name = " ".join(self.tag_field.text().split())
        self.tag_field.clear()
        if name:
            self.tag_added.emit(name)


class NoteEditor(QPlainTextEdit):
    """The item's note, saved a moment after typing stops and when the editor loses focus."""

    note_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Write a note on this item (Markdown). It is saved as you type."))
        self.setAccessibleName(self.tr("Note"))
        self.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._saved = ""
        self.textChanged.connect(self._edited)

    def show_note(self, text: str) -> None:
        """Show a stored note (saving any unsaved edit of the previous one first)."""
        self.flush()
        self.replace_note(text)

    def replace_note(self, text: str) -> None:
        """Show the note as an undo or a redo stored it: an edit not saved yet gives way to it."""
        self._timer.stop()
        self._saved = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    @Slot()
    def flush(self) -> None:
        """Announce the note now if it changed since it was last shown or saved."""
        self._timer.stop()
        text = self.toPlainText()
        if text != self._saved:
            self._saved = text
            self.note_edited.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    @Slot()
    def _edited(self) -> None:
        self._timer.start()


def note_panel(editor: NoteEditor, parent: QWidget) -> QWidget:
    """The note editor under a small heading."""
    panel = QWidget(parent)
    heading = section_heading(QCoreApplication.translate("NotePanel", "Note"), panel)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(14, 4, 14, 10)
    layout.setSpacing(4)
    layout.addWidget(heading)
    layout.addWidget(editor)
    return panel
