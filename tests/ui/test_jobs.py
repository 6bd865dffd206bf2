"""The background helper: results and errors arrive on the GUI thread, stale results never arrive."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from press_archive.archive import Archive
from press_archive.ui.jobs import MAX_THREADS, JobContext, JobRunner

#: Many more jobs than threads: a connection opened per job would show at once.
JOBS_ON_FEW_THREADS = 60

WAIT_MS = 5000


def test_a_result_arrives_on_the_gui_thread_from_another_thread(qtbot: QtBot, archive: Archive) -> None:
    runner = JobRunner(archive)
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(context: JobContext) -> bool:
        seen["worker_thread"] = QThread.currentThread()
        return context.archive.is_empty()

    runner.submit(work, lambda result: seen.update(result=result, thread=QThread.currentThread()))
    qtbot.waitUntil(lambda: "result" in seen, timeout=WAIT_MS)
    assert seen["result"] is True
    assert seen["thread"] is gui_thread
    assert seen["worker_thread"] is not gui_thread
    runner.shutdown()


def test_an_exception_reaches_the_error_handler(qtbot: QtBot, archive: Archive) -> None:
    runner = JobRunner(archive)
    errors: list[Exception] = []

    def work(_context: JobContext) -> None:
        raise LookupError("no such item")

    runner.submit(work, lambda _result: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert isinstance(errors[0], LookupError)
    assert str(errors[0]) == "no such item"


def test_an_error_without_a_handler_is_announced(qtbot: QtBot, archive: Archive) -> None:
    runner = JobRunner(archive)

    def work(_context: JobContext) -> None:
        raise OSError("disk full")

    with qtbot.waitSignal(runner.unhandled_error, timeout=WAIT_MS) as blocker:
        runner.submit(work, lambda _result: None)
    assert blocker.args == ["disk full"]


def test_a_newer_job_on_a_channel_makes_the_older_one_stale(qtbot: QtBot, archive: Archive) -> None:
    runner = JobRunner(archive)
    release_old = threading.Event()
    delivered: list[str] = []

    def old(_context: JobContext) -> str:
        release_old.wait(WAIT_MS / 1000)
        return "ira"

    runner.submit(old, delivered.append, channel="search")
    runner.submit(lambda _context: "iran", delivered.append, channel="search")
    qtbot.waitUntil(lambda: delivered == ["iran"], timeout=WAIT_MS)
    release_old.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert delivered == ["iran"]


def test_invalidating_a_channel_drops_what_is_in_flight(qtbot: QtBot, archive: Archive) -> None:
    runner = JobRunner(archive)
    delivered: list[int] = []
    runner.submit(lambda _context: 1, delivered.append, channel="page")
    runner.invalidate("page")
    runner.submit(lambda _context: 2, delivered.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert delivered == [2]


def test_busy_is_announced_when_work_starts_and_when_all_of_it_ends(qtbot: QtBot, archive: Archive) -> None:
    runner = JobRunner(archive)
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    runner.submit(lambda _context: None, lambda _result: None)
    runner.submit(lambda _context: None, lambda _result: None)
    qtbot.waitUntil(lambda: states[-1:] == [False], timeout=WAIT_MS)
    assert states == [True, False]


def test_progress_is_delivered_and_cancel_stops_the_job_at_its_next_report(
    qtbot: QtBot, archive: Archive
) -> None:
    runner = JobRunner(archive)
    reports: list[tuple[int, str]] = []
    results: list[int] = []
    cancelled = threading.Event()
    first_report = threading.Event()

    def long_work(context: JobContext) -> int:
        done = 0
        while not context.progress(done, f"document {done}"):
            first_report.set()
            cancelled.wait(WAIT_MS / 1000)
            done += 1
        return done

    job = runner.submit(
        long_work, results.append, on_progress=lambda done, name: reports.append((done, name))
    )
    assert first_report.wait(WAIT_MS / 1000)
    runner.cancel(job)
    cancelled.set()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    assert results == [1]
    assert reports[0] == (0, "document 0")


def test_shutdown_waits_for_running_jobs_and_delivers_nothing_after(
    qapp: QApplication, archive: Archive
) -> None:
    runner = JobRunner(archive)
    finished = threading.Event()
    delivered: list[str] = []

    def work(_context: JobContext) -> str:
        finished.set()
        return "late"

    runner.submit(work, delivered.append)
    runner.shutdown()
    assert finished.is_set()
    assert not runner.busy
    QCoreApplication.processEvents()  # the job's queued result, if one were delivered
    assert delivered == []


def test_serial_jobs_run_one_at_a_time_in_the_order_submitted(qtbot: QtBot, archive: Archive) -> None:
    runner = JobRunner(archive)
    started: list[int] = []
    running = threading.Lock()
    overlaps: list[int] = []

    def edit(number: int) -> Callable[[JobContext], int]:
        def work(_context: JobContext) -> int:
            if not running.acquire(blocking=False):
                overlaps.append(number)
                return number
            started.append(number)
            running.release()
            return number

        return work

    finished: list[int] = []
    for number in range(20):
        runner.submit(edit(number), finished.append, serial=True)
    qtbot.waitUntil(lambda: len(finished) == 20, timeout=WAIT_MS)
    assert started == list(range(20))
    assert overlaps == []


def _open_files(path: Path) -> int:
    """How many file descriptors of this process are open on `path`: one per SQLite connection."""
    descriptors = Path("/proc/self/fd")
    return sum(1 for fd in descriptors.iterdir() if os.path.realpath(fd) == str(path.resolve()))


def test_jobs_reuse_their_threads_archive_connections(qtbot: QtBot, archive: Archive) -> None:
    runner = JobRunner(archive)
    archive.user.tag([], "warm")  # the user data connection of this thread, opened once
    before = _open_files(archive.path)
    done: list[int] = []
    for _ in range(JOBS_ON_FEW_THREADS):
        runner.submit(lambda context: context.archive.stats().items, done.append)
        runner.submit(lambda context: context.archive.user.tag([], "read"), done.append, serial=True)
    qtbot.waitUntil(lambda: len(done) == 2 * JOBS_ON_FEW_THREADS)

    threads = MAX_THREADS + 1  # the pool's threads and the serial one
    assert _open_files(archive.path) - before <= 2 * threads  # at most a reader and a user writer each
    runner.shutdown()


def test_a_job_superseded_while_it_waits_for_a_thread_never_runs(qtbot: QtBot, archive: Archive) -> None:
    runner = JobRunner(archive)
    gate = threading.Event()
    ran: list[str] = []
    delivered: list[str] = []
    for _ in range(MAX_THREADS):  # every thread busy until the gate opens
        runner.submit(lambda _context: gate.wait(WAIT_MS / 1000), lambda _result: None)
    for name in ("older", "newer"):
        runner.submit(
            lambda _context, name=name: ran.append(name),
            lambda _result, name=name: delivered.append(name),
            channel="pane",
        )
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)

    assert ran == ["newer"]
    assert delivered == ["newer"]
    runner.shutdown()
