"""File ▸ Update from the Website: the same crawl as `press-archive fetch`, in the background.

The crawl runs as one job on the job runner; it reports its counts after every URL, and the
user's Cancel reaches it as the job's cancel request, which the crawler checks between two
pages, so a cancelled update stores nothing half and the next one goes on where it stopped. Pages
are imported as they arrive: the window's archive watcher sees them and refreshes the results.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from press_archive.ui.about import app_version
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.status_bar import StatusBar
from press_archive.web.client import ClientSettings
from press_archive.web.report import CrawlReport
from press_archive.web.run import FetchRequest, fetch_site
from press_archive.web.scope import DEFAULT_START_URLS


def _snapshot(report: CrawlReport) -> CrawlReport:
    """A copy the GUI thread may read while the crawl goes on counting in its own."""
    return dataclasses.replace(report, failed=list(report.failed), not_imported=list(report.not_imported))


class FetchFlow(QObject):
    """Runs one update at a time for the window and says how it goes."""

    #: The update started (the start URLs).
    started = Signal(list)
    #: Counts so far, after every URL (a `CrawlReport` of its own).
    progressed = Signal(object)
    #: Pages brought new items into the archive (the window then looks for them at once).
    items_arrived = Signal()
    #: The update ended: its `CrawlReport` (stopped or complete), or None when it failed to run.
    finished = Signal(object)

    def __init__(self, runner: JobRunner, status: StatusBar, window: QWidget) -> None:
        super().__init__(window)
        self._runner = runner
        self._status = status
        self._job: int | None = None
        self.cancelled = False
        self.error = ""  # why the last update could not run at all
        self._items_new = 0
        #: The HTTP client's settings; None: the defaults for the real site.
        self.client: ClientSettings | None = None
        status.cancel_requested.connect(self.cancel)
        self.progressed.connect(self._show_progress)

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, sites: Sequence[str], delay: float) -> bool:
        """Fetch from `sites` (start URLs); False when an update is already running."""
        if self._job is not None:
            return False
        # The site's own editions are crawled with their sub-sites, as `fetch` with no URL does.
        start_urls = () if tuple(sites) == DEFAULT_START_URLS else tuple(sites)
        request = FetchRequest(start_urls, delay=delay)
        client = self.client

        def work(context: JobContext) -> CrawlReport:
            def progress(report: CrawlReport) -> None:
                self.progressed.emit(_snapshot(report))  # queued to the GUI thread

            return fetch_site(
                context.archive, request, app_version(), progress, lambda: context.cancelled, client
            )

        self.cancelled = False
        self.error = ""
        self._items_new = 0
        self._status.start_task(self.tr("Updating from the website…"), cancellable=True)
        self._job = self._runner.submit(work, self._done, self._failed)
        self.started.emit(list(sites))
        return True

    @Slot()
    def cancel(self) -> None:
        if self._job is not None and not self.cancelled:
            self.cancelled = True
            self._runner.cancel(self._job)
            self._status.cancel_button.setEnabled(False)
            self._status.update_task(self.tr("Stopping after the current page…"))

    def counts(self, report: CrawlReport) -> str:
        """The counts of an update so far, in one line."""
        parts = [
            self.tr("%Ln pages fetched", "", report.requests),
            self.tr("%Ln queued", "", report.queued),
            self.tr("%Ln new items", "", report.items_new),
            self.tr("%Ln errors", "", report.pages_failed),
        ]
        return " · ".join(parts)

    def summary(self, report: CrawlReport) -> str:
        """How an update ended, in one line for the status bar."""
        if report.unreachable:
            return self.tr("Nothing could be fetched: {reason}").format(reason=report.unreachable)
        if self.cancelled:
            return self.tr("Update stopped: {counts}. The next update goes on from there.").format(
                counts=self.counts(report)
            )
        return self.tr("Update finished: {counts}.").format(counts=self.counts(report))

    def _show_progress(self, report: CrawlReport) -> None:
        if self._job is not None and not self.cancelled:
            self._status.update_task(self.tr("Updating: {counts}").format(counts=self.counts(report)))
        if report.items_new > self._items_new:
            self._items_new = report.items_new
            self.items_arrived.emit()

    def _done(self, report: CrawlReport) -> None:
        self._job = None
        self._status.finish_task(self.summary(report))
        self.finished.emit(report)

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.error = str(error) or type(error).__name__
        self._status.finish_task(self.tr("Update failed: {error}").format(error=self.error))
        self.finished.emit(None)
