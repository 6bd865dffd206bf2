"""The centre of the window: the timeline of the search above its list of results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from press_archive.model import FacetCount
from press_archive.ui.result_list_view import ResultListView
from press_archive.ui.result_model import ResultListModel
from press_archive.ui.timeline import TimelineView


class ResultsPane(QWidget):
    """The `ResultListView` over the `ResultListModel` (multi-select, uniform rows) under a `TimelineView`."""

    def __init__(self, model: ResultListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.timeline = TimelineView(self)
        self.timeline.hide()
        self.list = ResultListView(self)
        self.list.setModel(model)
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

    def selected_item_ids(self) -> list[str]:
        """The selected items in list order; the current item when nothing is selected.

        The selection is read as its ranges, never row by row: "select all" over a million rows is
        one range, and the ids of rows never shown are read in one go.
        """
        selection = self.list.selectionModel().selection()
        spans = (selection.at(number) for number in range(selection.size()))
        ranges = _merged(sorted((span.top(), span.bottom()) for span in spans))
        current = self.list.currentIndex()
        if not ranges and current.isValid():
            ranges = [(current.row(), current.row())]
        return [item_id for first, last in ranges for item_id in self.model.item_ids(first, last)]

    def all_starred(self, item_ids: list[str]) -> bool:
        """Whether every one of these loaded items is starred (Ctrl+D then unstars them)."""
        return bool(item_ids) and all(self.model.annotation(item_id).starred for item_id in item_ids)

    def focus_results(self) -> None:
        """Move the keyboard into the list, on the first row when none is current yet."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted (first, last) row ranges with those that overlap or touch joined, so no row comes twice."""
    merged: list[tuple[int, int]] = []
    for first, last in ranges:
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged
