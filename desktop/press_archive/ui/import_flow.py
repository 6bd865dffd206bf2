"""Importing from the window: one import at a time, in the background, with progress and a report at the end.

The total is not known up front (folders and zips are walked as the import goes), so progress is
the count of documents done and the name of the current one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from press_archive.model import ImportReport
from press_archive.ui.import_report import ImportReportDialog
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.status_bar import StatusBar

IMPORTABLE = "*.txt *.text *.html *.htm *.xhtml *.zip *.warc *.warc.gz *.wacz"
#: The progress count that says the import waits for another one (its label: the holder's id, if known).
WAITING = -1


class ImportFlow(QObject):
    """Runs imports for the window and reports on them."""

    #: An import ended (finished, cancelled or failed); the archive may have changed.
    finished = Signal(object)

    def __init__(self, runner: JobRunner, status: StatusBar, window: QWidget) -> None:
        super().__init__(window)
        self._runner = runner
        self._status = status
        self._window = window
        self._job: int | None = None
        self._cancelled = False
        status.cancel_requested.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._job is not None

    def ask_files(self) -> list[Path]:
        pages = self.tr("Saved pages, zips and web archives ({patterns})").format(patterns=IMPORTABLE)
        everything = self.tr("All files (*)")
        file_filter = f"{pages};;{everything}"
        names, _filter = QFileDialog.getOpenFileNames(self._window, self.tr("Import Files"), "", file_filter)
        return [Path(name) for name in names]

    def ask_folder(self) -> list[Path]:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Import Folder"))
        return [Path(folder)] if folder else []

    def import_paths(self, paths: list[Path]) -> bool:
        """Start importing files, folders and zips; False when an import is already running."""
        def work(context: JobContext) -> ImportReport:
            return context.archive.import_paths(paths, context.progress, on_busy=_waiting(context))

        if not paths:
            return self._start(work, self.tr("Importing…"))
        if len(paths) == 1:
            return self._start(work, self.tr("Importing {name}…").format(name=paths[0].name))
        label = self.tr("Importing {name} and %Ln more…", "", len(paths) - 1)
        return self._start(work, label.format(name=paths[0].name))

    def import_seeds(self) -> bool:
        """The first start on an empty archive: import the pages bundled with the app."""
        def work(context: JobContext) -> ImportReport:
            return context.archive.import_seeds(context.progress)

        return self._start(work, self.tr("Importing the bundled pages…"))

    @Slot()
    def cancel(self) -> None:
        if self._job is not None:
            self._cancelled = True
            self._runner.cancel(self._job)
            self._status.cancel_button.setEnabled(False)
            self._status.update_task(self.tr("Cancelling after the current document…"))

    def _start(self, work: Callable[[JobContext], ImportReport], label: str) -> bool:
        if self._job is not None:
            return False
        self._cancelled = False
        self._status.start_task(label, cancellable=True)
        self._job = self._runner.submit(work, self._done, self._failed, on_progress=self._progress)
        return True

    def _progress(self, done: int, name: str) -> None:
        if done == WAITING:
            label = self.tr("Waiting for another import (process {pid}) to end…") if name else self.tr(
                "Waiting for another import to end…"
            )
            self._status.update_task(label.format(pid=name))
            return
        label = self.tr("Importing: %Ln documents · {name}", "", done).format(name=Path(name).name[:48])
        self._status.update_task(label)

    def _done(self, report: ImportReport) -> None:
        self._job = None
        summary = self.summary(report, self._cancelled)
        self._status.finish_task(summary)
        if report.failures:
            ImportReportDialog(report, summary, self._window).open()
        self.finished.emit(report)

    def summary(self, report: ImportReport, cancelled: bool) -> str:
        """What the import did, in one line: the status bar's message and the report's first line."""
        parts = [
            self.tr("%Ln files read", "", report.files_read),
            self.tr("%Ln new items", "", report.items_new),
            self.tr("%Ln seen again", "", report.items_seen_again),
        ]
        if report.files_skipped:
            parts.append(self.tr("%Ln unchanged", "", report.files_skipped))
        if report.failures:
            parts.append(self.tr("%Ln failed", "", len(report.failures)))
        if cancelled:
            return self.tr("Import cancelled: {parts}.").format(parts=", ".join(parts))
        return self.tr("Import finished: {parts}.").format(parts=", ".join(parts))

    def _failed(self, error: Exception) -> None:
        self._job = None
        self._status.finish_task(self.tr("Import failed: {error}").format(error=error))
        self.finished.emit(None)


def _waiting(context: JobContext) -> Callable[[int | None], bool]:
    """Show in the status bar that another import holds the archive, and wait for it."""

    def on_busy(holder: int | None) -> bool:
        context.report(WAITING, "" if holder is None else str(holder))
        return True

    return on_busy
