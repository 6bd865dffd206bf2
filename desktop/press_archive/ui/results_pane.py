"""The centre of the window: the timeline of the search above its list of results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QVBoxLayout, QWidget

from press_archive.model import FacetCount
from press_archive.ui.result_delegate import ResultDelegate
from press_archive.ui.result_model import ResultListModel
from press_archive.ui.timeline import TimelineView


class ResultsPane(QWidget):
    """A list view over the `ResultListModel` (multi-select, uniform rows) under a `TimelineView`."""

    def __init__(self, model: ResultListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.timeline = TimelineView(self)
        self.timeline.hide()
        self.list = QListView(self)
        self.list.setModel(model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setUniformItemSizes(True)  # lays out a million rows without measuring each
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setAccessibleName(self.tr("Results"))
        self.timeline_wanted = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timeline)
        layout.addWidget(self.list, 1)

    def show_months(self, months: tuple[FacetCount, ...]) -> None:
        self.timeline.show_months(months)
        self.set_timeline_wanted(self.timeline_wanted)

    def set_timeline_wanted(self, wanted: bool) -> None:
        """Shown when wanted and when there is a timeline to draw (two months or more)."""
        self.timeline_wanted = wanted
        self.timeline.setVisible(wanted and self.timeline.bar_count > 1)

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.list.selectionModel().selectedRows())

    def selected_item_ids(self) -> list[str]:
        """The selected items in list order; the current item when nothing is selected."""
        rows = self.selected_rows()
        current = self.list.currentIndex()
        if not rows and current.isValid():
            rows = [current.row()]
        return [self.model.hit(row).item_id for row in rows]

    def all_starred(self, item_ids: list[str]) -> bool:
        """Whether every one of these loaded items is starred (Ctrl+D then unstars them)."""
        annotations = [self.model.annotation(item_id) for item_id in item_ids]
        return bool(annotations) and all(found is not None and found.starred for found in annotations)

    def focus_results(self) -> None:
        """Move the keyboard into the list, on the first row when none is current yet."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
