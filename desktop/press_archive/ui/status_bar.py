"""The status bar: how many items the search found and how fast, and the progress of background work."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from press_archive.model import SearchResult
from press_archive.ui.formatting import format_elapsed, format_moment

MESSAGE_MS = 8000


class StatusBar(QStatusBar):
    """Counts on the right, a task (with its progress and a Cancel button) next to them."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task_label = QLabel(self)
        self.task_bar = QProgressBar(self)
        self.task_bar.setRange(0, 0)
        self.task_bar.setMaximumWidth(160)
        self.task_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setFlat(True)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.counts = QLabel(self)
        self.ranking_note = QLabel(self.tr("Ranking by relevance…"), self)
        self.ranking_note.setToolTip(
            self.tr("The newest matches are shown until the ranked ones are ready, which then replace them.")
        )
        self.reading_note = QLabel(self)
        noted = (self.reading_note, self.ranking_note)
        for widget in (*noted, self.task_label, self.task_bar, self.cancel_button):
            self.addPermanentWidget(widget)
            widget.hide()
        self.last_update = QLabel(self)
        self.last_update.setContentsMargins(0, 0, 12, 0)  # apart from the counts beside it
        self.addPermanentWidget(self.last_update)
        self.addPermanentWidget(self.counts)
        self._first_page_ms = 0.0

    def show_last_update(self, moment: dt.datetime | None) -> None:
        """When the archive was last updated from the website (it may never have been)."""
        if moment is None:
            self.last_update.setText(self.tr("Never updated from the website"))
        else:
            text = self.tr("Updated from the website {moment}").format(moment=format_moment(moment))
            self.last_update.setText(text)

    def show_first_page(self, result: SearchResult) -> None:
        """Before the count arrives: "100+ items" when the first page was full."""
        shown = len(result.hits)
        if shown >= result.request.limit:
            counted = self.tr("%Ln+ items", "", shown)
        else:
            counted = self.tr("%Ln items", "", shown)
        self.counts.setText(f"{counted} · {format_elapsed(result.elapsed_ms)}")
        self._first_page_ms = result.elapsed_ms

    def show_ranking_pending(self, pending: bool) -> None:
        """Says that the rows on screen are the newest matches, standing in for the ranked ones."""
        self.ranking_note.setVisible(pending)

    def show_selection_reading(self, count: int) -> None:
        """Says that a command waits for the ids of `count` selected items to be read; 0 hides it."""
        self.reading_note.setText(self.tr("Reading the %Ln selected items…", "", count))
        self.reading_note.setVisible(count > 0)

    def show_total(self, total: int) -> None:
        counted = self.tr("%Ln items", "", total)
        self.counts.setText(f"{counted} · {format_elapsed(self._first_page_ms)}")

    def start_task(self, text: str, cancellable: bool) -> None:
        self.task_label.setText(text)
        for widget in (self.task_label, self.task_bar):
            widget.show()
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)

    def update_task(self, text: str) -> None:
        self.task_label.setText(text)

    def finish_task(self, message: str) -> None:
        for widget in (self.task_label, self.task_bar, self.cancel_button):
            widget.hide()
        self.showMessage(message, MESSAGE_MS)
