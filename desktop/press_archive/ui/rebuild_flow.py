"""The rebuild offer: an archive cut with older splitting rules is offered a re-split, run in the background.

The offer is a bar above the results, never a dialog in the way. "Not now" is remembered for this
archive and these rules: a later version whose rules changed again offers it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from press_archive.archive.rebuild import RebuildReport
from press_archive.importer.split import RULES_VERSION
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.message_bar import MessageBar
from press_archive.ui.status_bar import StatusBar
from press_archive.ui.window_settings import WindowSettings


class RebuildFlow(QObject):
    """Checks whether the open archive wants a rebuild, offers it, runs it and reports what changed."""

    #: The bar offers a rebuild.
    offered = Signal()
    #: A rebuild ended: its `RebuildReport`, or None when it failed (the archive is then as it was).
    finished = Signal(object)

    def __init__(
        self, runner: JobRunner, status: StatusBar, bar: MessageBar, settings: WindowSettings,
        archive_path: Path, window: QWidget,
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._status = status
        self._bar = bar
        self._settings = settings
        self._path = archive_path
        self._window = window
        self._job: int | None = None
        self.rebuild_button = bar.add_button(self.tr("Rebuild"))
        self.rebuild_button.clicked.connect(self.rebuild)
        self.not_now_button = bar.add_button(self.tr("Not Now"))
        self.not_now_button.clicked.connect(self.decline)
        self.report_box: QMessageBox | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def check(self) -> None:
        """Offer a rebuild if the archive needs one and the user has not put it off under these rules."""
        if self._settings.rebuild_declined(self._path) == RULES_VERSION:
            return

        def needed(context: JobContext) -> bool:
            return context.archive.needs_rebuild()

        self._runner.submit(needed, self._offer)

    def _offer(self, needed: bool) -> None:
        if needed and not self.running:
            self._bar.show_message(self.tr(
                "This archive was split with older rules: rebuild it to get the items as the site "
                "shows them. Your tags, stars, notes and collections follow their items."
            ))
            self.offered.emit()

    @Slot()
    def decline(self) -> None:
        self._settings.decline_rebuild(self._path, RULES_VERSION)

    @Slot()
    def rebuild(self) -> bool:
        """Re-split every kept page; False when a rebuild is already running."""
        if self._job is not None:
            return False

        def work(context: JobContext) -> RebuildReport:
            return context.archive.rebuild(lambda done, total: context.report(done, str(total)))

        self._bar.hide()
        self._status.start_task(self.tr("Rebuilding the archive…"), cancellable=False)
        self._job = self._runner.submit(work, self._done, self._failed, on_progress=self._progress)
        return True

    def _progress(self, done: int, total: str) -> None:
        label = self.tr("Rebuilding: %Ln pages of {total} re-split", "", done)
        self._status.update_task(label.format(total=total))

    def summary(self, report: RebuildReport) -> str:
        parts = [
            self.tr("%Ln split", "", report.split),
            self.tr("%Ln merged", "", report.merged),
            self.tr("%Ln re-dated", "", report.redated),
            self.tr("%Ln re-titled", "", report.retitled),
            self.tr("%Ln gone", "", len(report.gone)),
        ]
        items = self.tr("%Ln items before, {after} after", "", report.items_before)
        return self.tr("Rebuild finished: {parts}; {items}.").format(
            parts=", ".join(parts), items=items.format(after=report.items_after)
        )

    def _done(self, report: RebuildReport) -> None:
        self._job = None
        summary = self.summary(report)
        self._status.finish_task(summary)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Archive Rebuilt"), summary,
                          QMessageBox.StandardButton.Ok, self._window)
        if report.pages_without_bytes:
            box.setInformativeText(self.tr(
                "%Ln pages imported before pages were kept were left as they were.", "",
                report.pages_without_bytes,
            ))
        details = [f"{item_id} {title}" for item_id, title in report.gone]
        details += [f"{failure.source}: {failure.reason}" for failure in report.failures]
        if details:
            box.setDetailedText("\n".join(details))
        self.report_box = box
        box.open()
        self.finished.emit(report)

    def _failed(self, error: Exception) -> None:
        self._job = None
        message = self.tr("Rebuild failed, the archive is as it was: {error}").format(error=error)
        self._status.finish_task(message)
        self.finished.emit(None)
