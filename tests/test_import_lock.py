"""One import at a time: a second one says at once which process holds the archive, then waits for it
visibly or stops cleanly; the lock goes with the process that held it, however it ended."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from pathlib import Path

import pytest

from helpers.command import COMMAND, press_archive
from helpers.pages import text_page
from press_archive.archive import Archive
from press_archive.archive.import_lock import (
    ImportRunning,
    RunningImport,
    holding_import_lock,
    running_import,
)

HOLD_LOCK = (
    "import sys, time; from pathlib import Path; "
    "from press_archive.archive.import_lock import holding_import_lock\n"
    "with holding_import_lock(Path(sys.argv[1])):\n print('held', flush=True); time.sleep(600)"
)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(text_page([1, 2]), encoding="utf-8")
    return path


def test_a_second_import_with_no_wait_names_the_running_one_and_stores_nothing(
    tmp_path: Path, page: Path
) -> None:
    db = tmp_path / "archive.db"
    Archive(db).close()
    with holding_import_lock(db):
        run = press_archive(db, "import", "--no-wait", str(page))

    assert run.returncode == 1
    assert run.stderr == (
        f"Error: {db}: another import (process {os.getpid()}) is importing into this archive; "
        "stopped (--no-wait)\n"
    )
    with Archive(db) as archive:
        assert archive.is_empty()


def test_a_second_import_says_it_waits_then_imports_once_the_first_ends(tmp_path: Path, page: Path) -> None:
    db = tmp_path / "archive.db"
    Archive(db).close()
    release = threading.Event()
    held = threading.Event()

    def hold() -> None:
        with holding_import_lock(db):
            held.set()
            release.wait()

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    second = subprocess.Popen(
        [*COMMAND, "--db", str(db), "import", str(page)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert second.stderr is not None
    line = second.stderr.readline()
    assert line == f"another import (process {os.getpid()}) is running into this archive; waiting for it…\n"
    assert second.poll() is None  # still waiting
    release.set()
    holder.join()
    stdout, _stderr = second.communicate(timeout=60)
    assert second.returncode == 0 and "2 items new" in stdout


def test_the_api_names_the_running_import_and_forgets_it_when_its_process_dies(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        assert archive.running_import() is None
        holder = subprocess.Popen([*COMMAND[:1], "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True)
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        assert archive.running_import() == RunningImport(holder.pid)
        with pytest.raises(ImportRunning, match=f"process {holder.pid}"):
            archive.import_paths([], on_busy=lambda pid: False)
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        assert archive.running_import() is None
        assert archive.import_paths([], on_busy=lambda pid: False).ok


def test_an_import_in_this_process_is_seen_while_it_runs(tmp_path: Path, page: Path) -> None:
    db = tmp_path / "archive.db"
    seen: list[RunningImport | None] = []
    with Archive(db) as archive:
        archive.import_paths([page], progress=lambda done, name: seen.append(running_import(db)) and None)
    assert seen == [RunningImport(os.getpid())]
