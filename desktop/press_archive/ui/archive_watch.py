"""Noticing pages imported into the open archive by another program, such as the command line.

SQLite tells no one when another process commits, so the window asks the archive for its revision
every few seconds, on the job runner like any other archive work, and refreshes when it moved.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from press_archive.ui.jobs import JobContext, JobRunner

POLL_INTERVAL_MS = 4000


def _read_revision(context: JobContext) -> tuple[int, str]:
    return context.archive.revision()


class ArchiveWatcher(QObject):
    """Emits `changed` when the archive's revision moves after the first look."""

    changed = Signal()

    def __init__(
        self, runner: JobRunner, interval_ms: int = POLL_INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._seen: tuple[int, str] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def revision(self) -> tuple[int, str] | None:
        """The revision last seen; None until the first look has come back."""
        return self._seen

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def check(self) -> None:
        # A failed look (the file briefly locked by a long write) is simply retried at the next tick.
        self._runner.submit(_read_revision, self._compare, lambda _error: None, channel="archive-watch")

    def _compare(self, revision: tuple[int, str]) -> None:
        moved = self._seen is not None and revision != self._seen
        self._seen = revision
        if moved:
            self.changed.emit()
