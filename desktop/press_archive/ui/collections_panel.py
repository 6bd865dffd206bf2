"""The sidebar's list of collections with their sizes: a click shows one, a right-click edits it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from press_archive.model import Collection
from press_archive.ui.appearance import colors_for
from press_archive.ui.formatting import format_number
from press_archive.ui.headings import section_heading

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def collection_term(name: str) -> str:
    """The query term that shows a collection's items; a name never holds a double quote."""
    return f'in:"{name}"'


class CollectionsPanel(QWidget):
    """Names and item counts; `menu` is the right-click menu last opened, kept for its actions."""

    #: The query term of the collection the user picked.
    chosen = Signal(str)
    rename_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collections: list[Collection] = []
        self.menu: QMenu | None = None
        self._turned_off: str | None = None  # why collections cannot be changed, if they cannot
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(14)  # the facets' indentation: names line up with the facet groups'
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Collections"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._pick)
        self.tree.itemActivated.connect(self._pick)
        self.tree.customContextMenuRequested.connect(self._open_menu)
        self.empty = QLabel(self.tr("No collections yet. Right-click results to put them in one."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        heading = section_heading(self.tr("Collections"), self)
        heading.setContentsMargins(10, 0, 10, 0)
        self.empty.setContentsMargins(10, 0, 10, 8)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)  # the sidebar is one surface with the facets
        self.show_collections([])

    def show_collections(self, collections: list[Collection]) -> None:
        self.collections = collections
        self.tree.clear()
        muted = colors_for(self.palette()).muted
        row_size = QSize(0, self.tree.fontMetrics().height() + 8)
        for collection in collections:
            entry = QTreeWidgetItem(self.tree, [collection.name, format_number(len(collection.item_ids))])
            entry.setSizeHint(0, row_size)
            entry.setData(0, NAME_ROLE, collection.name)
            entry.setToolTip(0, self.tr("Show the items of {collection}").format(collection=collection.name))
            entry.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            entry.setForeground(1, muted)
        self.tree.setVisible(bool(collections))
        self.empty.setVisible(not collections)
        hint = self.empty.palette()
        hint.setColor(self.empty.foregroundRole(), muted)
        self.empty.setPalette(hint)

    def turn_off_changes(self, tip: str) -> None:
        """Collections are shown and opened but not changed (a read-only archive): no hint to make
        one, and renaming and deleting are turned off, saying why."""
        self._turned_off = tip
        self.empty.setText(self.tr("No collections in this archive."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.show_collections(self.collections)  # the counts' muted colour comes from the palette
        super().changeEvent(event)

    @Slot(QTreeWidgetItem, int)
    def _pick(self, entry: QTreeWidgetItem, _column: int) -> None:
        self.chosen.emit(collection_term(entry.data(0, NAME_ROLE)))

    @Slot(QPoint)
    def _open_menu(self, position: QPoint) -> None:
        entry = self.tree.itemAt(position)
        if entry is None:
            return
        name: str = entry.data(0, NAME_ROLE)
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu = QMenu(self)
        term = collection_term(name)
        menu.addAction(self.tr("&Show Items")).triggered.connect(lambda: self.chosen.emit(term))
        menu.addSeparator()
        changes = (
            (self.tr("&Rename…"), lambda: self.rename_requested.emit(name)),
            (self.tr("&Delete"), lambda: self.delete_requested.emit(name)),
        )
        for text, request in changes:
            action = menu.addAction(text)
            action.triggered.connect(request)
            action.setEnabled(self._turned_off is None)
            action.setStatusTip(self._turned_off or "")
        menu.popup(self.tree.viewport().mapToGlobal(position))
