"""The right-hand pane: one item to read, with its provenance, and links to other items and to the web."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QSplitter, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from press_archive.model import Annotation
from press_archive.ui.annotation_editor import AnnotationBar, NoteEditor, note_panel
from press_archive.ui.appearance import colors_for
from press_archive.ui.item_detail import ItemDetail
from press_archive.ui.item_html import ITEM_SCHEME, is_web_url, item_document, placeholder_document
from press_archive.ui.version_html import CHANGES_LINK, CHANGES_SCHEME, changes_description

#: Lines longer than this are hard to read; on a wide screen the text stops here.
MAX_TEXT_WIDTH = 760


class ItemBrowser(QTextBrowser):
    """A text browser that loads nothing by itself: no images, no style sheets, no files, nothing remote.

    Every resource is answered with an empty one: given none (or an empty image), Qt reads local
    files and data: URLs by itself.
    """

    def loadResource(self, resource_type: int, _name: QUrl | str) -> Any:
        if resource_type == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return QByteArray()


class DetailPane(QWidget):
    """Shows an `ItemDetail` with the user's star, tags and note; edits and item links are announced.

    Web links open in the system browser, on a click only. For an item the site changed, a link in
    the document shows what changed and hides it again; each item opens at its text, changes hidden.
    """

    #: The user clicked a link to another item (its id).
    item_link_clicked = Signal(str)
    #: Edits of the shown item's user data: (item id, starred), (item id, tag), (item id, note text).
    star_toggled = Signal(str, bool)
    tag_added = Signal(str, str)
    tag_removed = Signal(str, str)
    note_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: ItemDetail | None = None
        self._changes_shown = False
        self._message = self.tr("Select an item to read it here.")
        self._note_item_id = ""  # the item the note editor holds the note of
        self.browser = ItemBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.browser.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.browser.document().setDocumentMargin(18)
        self.browser.anchorClicked.connect(self._open_link)
        self.annotation_bar = AnnotationBar(self)
        self.note = NoteEditor(self)
        self._note_panel = note_panel(self.note, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self._note_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 130])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.annotation_bar)
        layout.addWidget(self.splitter, 1)
        bar = self.annotation_bar
        bar.star_toggled.connect(lambda starred: self.star_toggled.emit(self._item_id, starred))
        bar.tag_added.connect(lambda name: self.tag_added.emit(self._item_id, name))
        bar.tag_removed.connect(lambda name: self.tag_removed.emit(self._item_id, name))
        self.note.note_edited.connect(lambda text: self.note_changed.emit(self._note_item_id, text))
        self.browser.viewport().installEventFilter(self)
        self._render()

    @property
    def detail(self) -> ItemDetail | None:
        return self._detail

    @property
    def _item_id(self) -> str:
        return self._detail.item.id if self._detail else ""

    @property
    def changes_shown(self) -> bool:
        return self._changes_shown

    def show_detail(self, detail: ItemDetail) -> None:
        self.note.show_note(detail.annotation.note)  # first saves an unsaved edit of the last note
        self._note_item_id = detail.item.id
        self._detail = detail
        self._changes_shown = False
        self.annotation_bar.show_annotation(detail.annotation)
        self._render()
        self.browser.verticalScrollBar().setValue(0)

    def set_read_only(self, tip: str) -> None:
        """Show the item's star, tags and note, none of which can be changed; `tip` says why."""
        self.annotation_bar.set_read_only(tip)
        self.note.setReadOnly(True)
        self.note.setToolTip(tip)
        self.note.setPlaceholderText(tip)

    def update_annotation(self, annotation: Annotation) -> None:
        """The stored user data of the shown item after an edit; the note being typed is left alone."""
        if self._detail is not None and annotation.item_id == self._detail.item.id:
            self._detail = dataclasses.replace(self._detail, annotation=annotation)
            self.annotation_bar.show_annotation(annotation)

    def show_empty(self) -> None:
        """Nothing is selected: say how to show an item here."""
        self.show_message(self.tr("Select an item to read it here."))

    def show_message(self, message: str) -> None:
        """Replace the item with a short message (nothing selected, or the item could not be read)."""
        self.note.flush()
        self._detail = None
        self._message = message
        self._render()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_text_width()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
        super().changeEvent(event)

    def toggle_changes(self) -> None:
        """Show or hide what the site changed in the shown item, keeping the reader's place: the
        scroll position, and the keyboard focus on the link if it was there."""
        if self._detail is None or not self._detail.item.changed_on_site:
            return
        cursor = self.browser.textCursor()  # Tab selects the link it moves to; a click selects nothing
        on_link = cursor.hasSelection() and cursor.charFormat().anchorHref() == CHANGES_LINK
        scrolled = self.browser.verticalScrollBar().value()
        self._changes_shown = not self._changes_shown
        self._render()
        self.browser.verticalScrollBar().setValue(scrolled)
        if on_link:
            self._select_changes_link()

    def _select_changes_link(self) -> None:
        """Put the keyboard focus back on the link, as Tab had put it, so Enter toggles again."""
        block = self.browser.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().anchorHref() == CHANGES_LINK:
                    cursor = QTextCursor(self.browser.document())
                    cursor.setPosition(fragment.position())
                    end = fragment.position() + fragment.length()
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    self.browser.setTextCursor(cursor)
                    return
                fragments += 1
            block = block.next()

    def _render(self) -> None:
        self.annotation_bar.setVisible(self._detail is not None)
        self._note_panel.setVisible(self._detail is not None)
        colors = colors_for(self.palette())
        if self._detail is None:
            self.browser.setHtml(placeholder_document(self._message, colors))
            self.browser.setAccessibleDescription("")
        else:
            self.browser.setHtml(item_document(self._detail, colors, self._changes_shown))
            shown = self._changes_shown
            self.browser.setAccessibleDescription(changes_description(self._detail.item) if shown else "")

    def _fit_text_width(self) -> None:
        self.browser.setLineWrapColumnOrWidth(max(min(self.browser.viewport().width(), MAX_TEXT_WIDTH), 100))

    @Slot(QUrl)
    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == ITEM_SCHEME:
            self.item_link_clicked.emit(url.path())
        elif url.scheme() == CHANGES_SCHEME:
            self.toggle_changes()
        elif is_web_url(url.toString()):
            QDesktopServices.openUrl(url)
