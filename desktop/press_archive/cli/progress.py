"""A long command's status line on a terminal: how far, how fast, and how long is left."""

from __future__ import annotations

import time


def duration(seconds: float) -> str:
    """`m:ss`, or `h:mm:ss` past an hour."""
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class Pace:
    """The rate of work done since it was made, and the time left for a known total."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self._started = time.monotonic()

    def describe(self, done: int, unit: str) -> str:
        """`120/400 documents · 35.2/s · ETA 0:08`; without a total, the count and the rate only."""
        elapsed = time.monotonic() - self._started
        rate = done / elapsed if elapsed > 0 else 0.0
        if self.total is None:
            return f"{done} {unit} · {rate:.1f}/s"
        left = max(self.total - done, 0)
        eta = f" · ETA {duration(left / rate)}" if rate > 0 else ""
        return f"{min(done, self.total)}/{self.total} {unit} · {rate:.1f}/s{eta}"


def changed_on_site(count: int) -> str:
    """", N changed on the site" for a summary line when captures brought corrected texts, and
    nothing otherwise, so that the usual line stays as it was."""
    return f", {count} changed on the site" if count else ""
