"""The centre of the window: the timeline of the search above its list of results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from press_archive.model import FacetCount
from press_archive.ui.jobs import JobRunner
from press_archive.ui.result_list_view import ResultListView
from press_archive.ui.result_model import ResultListModel
from press_archive.ui.timeline import TimelineView

#: The channel of the job that reads a selection's ids: a newer request makes an older one stale.
SELECTION_CHANNEL = "selected ids"
#: The most selected items whose ids are written out on the GUI thread (a few milliseconds); more
#: are named in the job, even when all are known: a million take a third of a second.
NAMED_AT_ONCE_UP_TO = 10_000

Ranges = list[tuple[int, int]]


class ResultsPane(QWidget):
    """The `ResultListView` over the `ResultListModel` (multi-select, uniform rows) under a `TimelineView`."""

    #: How many selected items have their ids read in the background; 0 once that read is over.
    selection_reading = Signal(int)
    #: The selection's ids could not be read: the message for the status bar.
    message = Signal(str)

    def __init__(self, model: ResultListModel, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._runner = runner
        self._reading: Ranges | None = None  # the picked rows whose ids are being read
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
        selection = self.list.selectionModel()
        selection.selectionChanged.connect(self._drop_if_repicked)
        selection.currentChanged.connect(self._drop_if_repicked)
        model.modelReset.connect(self._drop_reading)

    def show_months(self, months: tuple[FacetCount, ...]) -> None:
        self.timeline.show_months(months)
        self.set_timeline_wanted(self.timeline_wanted)

    def set_timeline_wanted(self, wanted: bool) -> None:
        """Shown when wanted and when there is a timeline to draw (two months or more)."""
        self.timeline_wanted = wanted
        self.timeline.setVisible(wanted and self.timeline.bar_count > 1)

    def known_selected_ids(self) -> list[str] | None:
        """The selected items in list order (the current item when nothing is selected), from memory only.

        None when some of their ids were never read (a select-all over rows never shown), or when
        there are too many to name at once: a menu being opened names its commands from this, and
        must not wait.
        """
        rows = self._picked_rows()
        return self._known_ids(rows) if _count(rows) <= NAMED_AT_ONCE_UP_TO else None

    def with_selected_ids(self, then: Callable[[list[str]], None]) -> None:
        """Call `then` with the selected items in list order (the current item when nothing is selected).

        When every id is in memory, and they are few, `then` runs now, before this returns.
        Otherwise they are read (those in memory written out) in a job, which `selection_reading`
        reports, and `then` runs when they arrive, but
        only if the same rows of the same search are still picked and no later request came: the
        user has moved on otherwise, and the command was meant for what they had picked.
        """
        self._drop_reading()
        rows = self._picked_rows()
        if _count(rows) <= NAMED_AT_ONCE_UP_TO and (known := self._known_ids(rows)) is not None:
            then(known)
            return
        hits = self.model.hit_list
        assert hits is not None  # rows are picked, so there is a search

        def arrived(ids: list[str]) -> None:
            self._end_reading()
            then(ids)

        def failed(error: Exception) -> None:
            self._end_reading()
            self.message.emit(self.tr("Could not read the selected items: {error}").format(error=error))

        self._reading = rows
        self.selection_reading.emit(_count(rows))
        self._runner.submit(lambda _context: hits.read_ids(rows), arrived, failed, channel=SELECTION_CHANNEL)

    def focus_results(self) -> None:
        """Move the keyboard into the list, on the first row when none is current yet."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def _picked_rows(self) -> Ranges:
        """The selection as sorted, disjoint (first, last) ranges, never row by row: "select all" over
        a million rows is one range. The current row when nothing is selected."""
        selection = self.list.selectionModel().selection()
        spans = (selection.at(number) for number in range(selection.size()))
        ranges = _merged(sorted((span.top(), span.bottom()) for span in spans))
        current = self.list.currentIndex()
        if not ranges and current.isValid():
            ranges = [(current.row(), current.row())]
        return ranges

    def _known_ids(self, rows: Ranges) -> list[str] | None:
        found: list[str] = []
        for first, last in rows:
            ids = self.model.known_ids(first, last)
            if ids is None:
                return None
            found += ids
        return found

    def _drop_if_repicked(self) -> None:
        if self._reading is not None and self._picked_rows() != self._reading:
            self._drop_reading()

    def _drop_reading(self) -> None:
        """Forget a read under way: its ids are then dropped when they arrive, and its command with them."""
        self._runner.invalidate(SELECTION_CHANNEL)
        if self._reading is not None:
            self._end_reading()

    def _end_reading(self) -> None:
        self._reading = None
        self.selection_reading.emit(0)


def _count(rows: Ranges) -> int:
    return sum(last - first + 1 for first, last in rows)


def _merged(ranges: Ranges) -> Ranges:
    """Sorted (first, last) row ranges with those that overlap or touch joined, so no row comes twice."""
    merged: Ranges = []
    for first, last in ranges:
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged
