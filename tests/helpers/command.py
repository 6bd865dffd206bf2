"""The installed command line, run as users run it: in a process of its own, killed if need be.

A killed run is stopped at a point chosen by its own progress: the command prints a progress line per
document (or item) when its error stream is a terminal, so the test gives it one and kills it the
moment the count it waits for is printed. Where in the following work the kill lands is up to the
machine, which is what makes the points random; the counts come from a seeded generator, so a
failing run can be repeated.
"""

from __future__ import annotations

import os
import pty
import re
import resource
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

COMMAND = (sys.executable, "-m", "press_archive")
#: Longest wait for the next progress line before the run is declared stuck.
STUCK_SECONDS = 60


def press_archive(db: Path, *args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """Run `press-archive --db DB ARGS...` to the end; `prefix` runs it under another command."""
    return subprocess.run(
        [*prefix, *COMMAND, "--db", str(db), *args], capture_output=True, text=True, check=False
    )


def press_archive_on_full_disk(
    db: Path, *args: str, file_limit: int
) -> subprocess.CompletedProcess[str]:
    """Run the command as on a disk that is full: no file it writes may grow beyond `file_limit` bytes.

    The limit (RLIMIT_FSIZE) makes a write past it fail with EFBIG, as a full disk fails with ENOSPC,
    at the system's boundary and with no privileges; SIGXFSZ, which would kill the process instead,
    is ignored, as the command must then cope with the failed write.
    """

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run(
        [*COMMAND, "--db", str(db), *args], capture_output=True, text=True, check=False, preexec_fn=limit
    )


#: Longest wait for the processes a killed command started to end after it.
ORPHAN_SECONDS = 10


@dataclass(frozen=True)
class KilledRun:
    returncode: int  # -SIGKILL when that kill landed, else the status the command exited with
    progress: int  # the last count the command printed
    helpers: int  # the processes the command had started when it was killed
    orphans: tuple[int, ...]  # those of them still running ORPHAN_SECONDS after the kill


def _state(pid: int) -> tuple[str, int] | None:
    """(state letter, parent pid) of a process, from /proc; None once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return fields[0], int(fields[1])


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (state := _state(int(entry.name))) and state[1] == pid:
            found.append(int(entry.name))
    return found


def _still_running(pids: list[int]) -> tuple[int, ...]:
    """The processes among `pids` alive after ORPHAN_SECONDS (a zombie has ended)."""
    deadline = time.monotonic() + ORPHAN_SECONDS
    while True:
        running = tuple(pid for pid in pids if (state := _state(pid)) and state[0] != "Z")
        if not running or time.monotonic() > deadline:
            return running
        time.sleep(0.05)


def kill_at_progress(
    db: Path, args: list[str], word: str, count: int, sig: signal.Signals = signal.SIGKILL
) -> KilledRun:
    """Run the command and send it `sig` once it prints "`word`: N" with N >= `count`."""
    pattern = re.compile(rf"{word}: (\d+)".encode())
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*COMMAND, "--db", str(db), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=follower,
    )
    os.close(follower)
    seen = 0
    output = b""
    try:
        while seen < count:
            ready, _, _ = select.select([leader], [], [], STUCK_SECONDS)
            if not ready:
                raise AssertionError(f"no progress for {STUCK_SECONDS} s after {seen}: {output[-500:]!r}")
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the command has ended
                break
            if not chunk:
                break
            output = output[-4096:] + chunk
            counts = pattern.findall(output)
            seen = int(counts[-1]) if counts else 0
        helpers = _children(process.pid)
        if seen >= count:
            process.send_signal(sig)
        returncode = process.wait()
        orphans = _still_running(helpers)
    finally:
        os.close(leader)
        if process.poll() is None:
            process.kill()
            process.wait()
    return KilledRun(returncode, seen, len(helpers), orphans)
