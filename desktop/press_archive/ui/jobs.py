"""The one way the window runs archive work: on a pool thread, with the outcome delivered on the GUI thread.

A job is a function of a `JobContext` (the archive, and a progress hook that also carries a cancel
request). It runs on a QThreadPool thread, where the archive hands it that thread's own connection;
its result or exception comes back through a queued signal, so callbacks run on the GUI thread and
may touch widgets, while the job function itself never does.

Jobs submitted on a named channel supersede each other: a newer job on the channel (or an explicit
`invalidate`) makes the older job's outcome stale, and a stale outcome is dropped on arrival. That
is how a slow search for "ira" can never paint over the results for "iran". A job already stale
when a thread takes it up does not run at all, so a run of superseded jobs (the reading pane's item
as the user holds Page Down) does not keep the threads from the one that counts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from press_archive.archive import Archive

T = TypeVar("T")

#: Pool threads keep their archive connection for the life of the window instead of expiring.
MAX_THREADS = 4


class JobContext:
    """What a job function may use: the archive, and a progress hook for long work."""

    def __init__(
        self, archive: Archive, report: Callable[[int, str], None], cancelled: threading.Event
    ) -> None:
        self.archive = archive
        self._report = report
        self._cancelled = cancelled

    @property
    def cancelled(self) -> bool:
        """The user asked the job to stop; a long job checks this between steps."""
        return self._cancelled.is_set()

    def report(self, done: int, label: str) -> None:
        """Tell the GUI how far the job got (delivered there as `on_progress(done, label)`)."""
        self._report(done, label)

    def progress(self, done: int, label: str) -> bool:
        """Report progress and say whether to stop: the archive's import takes this as its callback."""
        self.report(done, label)
        return self.cancelled


@dataclass
class _Pending(Generic[T]):
    on_done: Callable[[T], None]
    on_error: Callable[[Exception], None] | None
    on_progress: Callable[[int, str], None] | None
    channel: str | None
    generation: int
    cancelled: threading.Event = field(default_factory=threading.Event)


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[JobContext], Any], context: JobContext,
                 runner: JobRunner, wanted: Callable[[], bool]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job_id = job_id
        self._work = work
        self._context = context
        self._runner = runner
        self._wanted = wanted

    def run(self) -> None:
        if not self._wanted():  # superseded while it waited: its outcome would be dropped anyway
            self._runner.job_finished.emit(self._job_id, None)
            return
        try:
            result = self._work(self._context)
        except Exception as error:  # any failure is the caller's to present, never lost in a thread
            self._runner.job_failed.emit(self._job_id, error)
        else:
            self._runner.job_finished.emit(self._job_id, result)


class JobRunner(QObject):
    """Runs archive work off the GUI thread; see the module docstring for the rules."""

    #: Emitted on the pool thread, received on the GUI thread (the runner lives there).
    job_finished = Signal(int, object)
    job_failed = Signal(int, object)
    job_progressed = Signal(int, int, str)
    #: True while any job is queued or running.
    busy_changed = Signal(bool)
    #: A job submitted without an error handler failed: the message for the status bar.
    unhandled_error = Signal(str)

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(MAX_THREADS)
        self._pool.setExpiryTimeout(-1)
        self._serial_pool = QThreadPool(self)
        self._serial_pool.setMaxThreadCount(1)
        self._serial_pool.setExpiryTimeout(-1)
        self._pending: dict[int, _Pending[Any]] = {}
        self._generations: dict[str, int] = {}
        self._next_id = 0
        self.job_finished.connect(self._deliver_result)
        self.job_failed.connect(self._deliver_error)
        self.job_progressed.connect(self._deliver_progress)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(
        self,
        work: Callable[[JobContext], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
        *,
        channel: str | None = None,
        on_progress: Callable[[int, str], None] | None = None,
        serial: bool = False,
    ) -> int:
        """Queue `work`; returns a job id for `cancel`. Callbacks run later, on the GUI thread.

        `serial` jobs run one after the other in the order submitted: the user's edits (star, then
        unstar) must reach the archive in the order they were made.
        """
        if channel is not None:
            self.invalidate(channel)
        self._next_id += 1
        job_id = self._next_id
        generation = self._generations[channel] if channel is not None else 0
        pending: _Pending[T] = _Pending(on_done, on_error, on_progress, channel, generation)
        was_idle = not self._pending
        self._pending[job_id] = pending

        def report(done: int, label: str) -> None:
            self.job_progressed.emit(job_id, done, label)

        pool = self._serial_pool if serial else self._pool
        context = JobContext(self.archive, report, pending.cancelled)
        pool.start(_Job(job_id, work, context, self, lambda: not self._is_stale(pending)))
        if was_idle:
            self.busy_changed.emit(True)
        return job_id

    def invalidate(self, channel: str) -> None:
        """Make every job already submitted on `channel` stale: its outcome will be dropped."""
        self._generations[channel] = self._generations.get(channel, 0) + 1

    def cancel(self, job_id: int) -> None:
        """Ask a job to stop at its next progress report (imports check after every document)."""
        pending = self._pending.get(job_id)
        if pending is not None:
            pending.cancelled.set()

    def shutdown(self) -> None:
        """Cancel what can be cancelled and wait for every running job, before the archive closes."""
        for pending in self._pending.values():
            pending.cancelled.set()
        self._pool.waitForDone()
        self._serial_pool.waitForDone()
        self._finish_all()

    def _is_stale(self, pending: _Pending[Any]) -> bool:
        return pending.channel is not None and pending.generation != self._generations[pending.channel]

    def _finish(self, job_id: int, deliver: Callable[[_Pending[Any]], None]) -> None:
        pending = self._pending.pop(job_id, None)
        if pending is None:
            return
        if not self._is_stale(pending):
            deliver(pending)
        if not self._pending:
            self.busy_changed.emit(False)

    def _finish_all(self) -> None:
        if self._pending:
            self._pending.clear()
            self.busy_changed.emit(False)

    @Slot(int, object)
    def _deliver_result(self, job_id: int, result: object) -> None:
        self._finish(job_id, lambda pending: pending.on_done(result))

    @Slot(int, object)
    def _deliver_error(self, job_id: int, error: Exception) -> None:
        def deliver(pending: _Pending[Any]) -> None:
            if pending.on_error is not None:
                pending.on_error(error)
            else:
                self.unhandled_error.emit(str(error) or type(error).__name__)

        self._finish(job_id, deliver)

    @Slot(int, int, str)
    def _deliver_progress(self, job_id: int, done: int, label: str) -> None:
        pending = self._pending.get(job_id)
        if pending is not None and pending.on_progress is not None and not self._is_stale(pending):
            pending.on_progress(done, label)
