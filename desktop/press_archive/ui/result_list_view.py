"""The result list's view: a one-column table that looks and behaves like a list.

A QListView lays out every row again each time rows are added, even with uniform item sizes, so a
list grown a page at a time to a million rows spends longer on each page than the last (130 ms a
page at 60,000 rows, measured). A table's rows are sections of its vertical header, which stores
rows of one fixed height as a single span: adding a page costs the same at any length.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from press_archive.ui.result_delegate import ResultDelegate

#: Space around the placeholder, which says why the list is empty (`empty_results.py`).
PLACEHOLDER_MARGIN = 24


class ResultListView(QTableView):
    """Rows of one height painted by `ResultDelegate`, selected whole, no headers and no grid; an empty
    list shows a placeholder text in its viewport."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = ResultDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it does a list
        self.setCornerButtonEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self._fit_row_height()
        self.placeholder = QLabel(self.viewport())
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(Qt.TextFormat.RichText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.placeholder.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                 | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.hide()

    def set_placeholder(self, text: str) -> None:
        """Rich text shown while the list has no rows; "" for none."""
        self.placeholder.setText(text)
        self.placeholder.setVisible(bool(text))
        self._place_placeholder()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_placeholder()

    def _place_placeholder(self) -> None:
        area = self.viewport().rect().adjusted(
            PLACEHOLDER_MARGIN, PLACEHOLDER_MARGIN, -PLACEHOLDER_MARGIN, -PLACEHOLDER_MARGIN
        )
        self.placeholder.setGeometry(area)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_row_height()
        elif event.type() == QEvent.Type.PaletteChange:
            # A label lays out its links in the palette's colour once; the same text set again is ignored.
            text = self.placeholder.text()
            self.placeholder.clear()
            self.placeholder.setText(text)

    def _fit_row_height(self) -> None:
        option = QStyleOptionViewItem()
        option.font = self.font()
        self.verticalHeader().setDefaultSectionSize(self.delegate.sizeHint(option, QModelIndex()).height())
