"""Exporting from the window: in the background, with progress and Cancel in the status bar.

The export writes to a temporary file and moves it into place at the end, so a cancelled or failed
export leaves nothing behind (and an existing file as it was).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from press_archive.exporters import ExportCancelledError, export_items
from press_archive.model import SearchRequest
from press_archive.ui.export_dialog import ExportChoice, ExportDialog
from press_archive.ui.formatting import format_number
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.status_bar import StatusBar
from press_archive.ui.window_settings import WindowSettings


class ExportFlow(QObject):
    """Runs one export at a time; the next one starts from the last one's format and folder."""

    #: The export ended: the message the status bar showed.
    finished = Signal(str)

    def __init__(
        self, runner: JobRunner, status: StatusBar, settings: WindowSettings, window: QWidget
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._settings = settings
        self._status = status
        self._window = window
        self._job: int | None = None
        status.cancel_requested.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._job is not None

    def ask(self, picked: list[str], search: SearchRequest, total: int | None) -> ExportChoice | None:
        """The export dialog, then the file dialog; None when the user cancels either."""
        dialog = ExportDialog(
            picked, search, total, self._window, self._settings.export_format, self._settings.export_folder
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choose_target()
        if choice is not None:
            self._settings.remember_export(choice.format.name, choice.target.parent)
        return choice

    def export(self, choice: ExportChoice) -> bool:
        """Start the export; False when one is already running."""
        if self._job is not None:
            return False

        def work(context: JobContext) -> int:
            return export_items(
                context.archive, choice.selection, choice.format, choice.target,
                with_user_data=choice.with_user_data, force=True,
                progress=lambda done, total: context.report(done, self._of_total(done, total)),
                cancel=lambda: context.cancelled,
            )

        label = self.tr("Exporting to {name}…").format(name=choice.target.name)
        self._status.start_task(label, cancellable=True)
        self._job = self._runner.submit(
            work, lambda count: self._done(count, choice), self._failed, on_progress=self._progress
        )
        return True

    @Slot()
    def cancel(self) -> None:
        if self._job is not None:
            self._runner.cancel(self._job)
            self._status.cancel_button.setEnabled(False)

    def _of_total(self, done: int, total: int) -> str:
        """Progress in words; called on the export's thread (translating is thread-safe)."""
        return self.tr("{done} of %Ln items", "", total).format(done=format_number(done))

    def _progress(self, _done: int, label: str) -> None:
        self._status.update_task(self.tr("Exporting: {progress}").format(progress=label))

    def _done(self, count: int, choice: ExportChoice) -> None:
        self._end(self.tr("Exported %Ln items to {target}.", "", count).format(target=choice.target))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ExportCancelledError):
            self._end(self.tr("Export cancelled; nothing was written."))
        else:
            self._end(self.tr("Export failed: {error}").format(error=error))

    def _end(self, message: str) -> None:
        self._job = None
        self._status.finish_task(message)
        self.finished.emit(message)
