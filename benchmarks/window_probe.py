"""Run in a child process by `measure_window`: open the real window on an archive, report as JSON.

The clock starts when the parent spawns this process (`--spawned-at`), so "first results on screen"
includes the interpreter, the imports of Qt and the app, opening the archive, building the window and
the first search, up to the moment the list's rows have been painted. Then, once the count is in,
the list is scrolled the two ways a user does: the scroll bar's thumb dragged from top to bottom
in even steps, and Page Down pressed from the top. After every step the probe waits until each row
on screen shows its hit rather than a placeholder, and paints it, so the times are of rows seen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QSettings, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from press_archive.archive import Archive
from press_archive.ui.launch import create_application
from press_archive.ui.main_window import MainWindow
from press_archive.ui.result_model import HIT_ROLE
from press_archive.ui.window_settings import WindowSettings

WAIT_SECONDS = 120
SCROLL_RSS_CAP_MIB = 4096  # a window that grows past this has failed the memory target many times over
#: Positions of the scroll bar's thumb from top to bottom: each a jump of 1/DRAG_STEPS of the list.
DRAG_STEPS = 200
#: Of the time allowed to scroll, the share given to dragging the thumb; Page Down has the rest.
DRAG_SHARE = 0.75


def _rss_mib() -> float:
    """The peak resident size so far of this program alone.

    Not `ru_maxrss`: Linux carries it over from the parent at fork, so a probe started by a
    benchmark that holds 265 MB would report at least that. `VmHWM` starts afresh at exec.
    """
    status = Path("/proc/self/status").read_text()
    kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    return round(kib / 1024, 1)


def _current_rss_mib() -> float:
    """The resident size now, which falls again when memory is given back (unlike the peak)."""
    resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    return round(resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def _wait(signal: SignalInstance, action: Callable[[], None], seconds: float) -> bool:
    """Run `action`, then process events until `signal` fires; False when it did not in time."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(seconds * 1000))
    action()
    if not fired:
        loop.exec()
    timer.stop()
    signal.disconnect(done)
    return bool(fired)


def _visible_rows(view: QAbstractItemView) -> range:
    """The rows the viewport shows, wholly or in part."""
    height = view.viewport().height()
    first = view.indexAt(QPoint(1, 1)).row()
    last = view.indexAt(QPoint(1, height - 2)).row()
    return range(max(first, 0), (last if last >= 0 else view.model().rowCount() - 1) + 1)


def _wait_painted(view: QAbstractItemView, deadline: float) -> bool:
    """Wait until every row on screen shows its hit (none a placeholder), then paint them."""
    model = view.model()
    while True:
        # Asking for a row's hit is what painting it does: a row not in memory has its page read.
        if all(model.index(row, 0).data(HIT_ROLE) is not None for row in _visible_rows(view)):
            view.viewport().repaint()
            return True
        remaining = deadline - time.perf_counter()
        if remaining <= 0 or not _wait(model.dataChanged, lambda: None, remaining):
            return False


def _drag_to_bottom(window: MainWindow, seconds: float, screenshots: Path | None) -> dict[str, object]:
    """Drag the scroll bar's thumb from the top to the bottom, a step at a time, as a user does.

    At each step the rows on screen must be painted with their hits before the next step: the time
    is that of a drag that stops to read at every position, not of moving a scroll bar over
    placeholders. It samples the list (DRAG_STEPS screens); Page Down shows every row.
    """
    view = window.results.list
    bar = view.verticalScrollBar()
    started = time.perf_counter()
    deadline = started + seconds
    slowest = 0.0
    painted = True
    for step in range(DRAG_STEPS + 1):
        step_started = time.perf_counter()
        bar.setValue(bar.maximum() * step // DRAG_STEPS)
        painted = _wait_painted(view, deadline)
        slowest = max(slowest, time.perf_counter() - step_started)
        if screenshots is not None and step in (DRAG_STEPS // 2, DRAG_STEPS):
            view.grab().save(str(screenshots / f"drag-step-{step}.png"))
        if not painted or _rss_mib() >= SCROLL_RSS_CAP_MIB:
            break
    rows = _visible_rows(view)
    return {
        "scroll_seconds": round(time.perf_counter() - started, 2),
        "scroll_rows": rows.stop,
        "scroll_reached_bottom": painted and rows.stop == window.model.rowCount(),
        "scroll_slowest_step_seconds": round(slowest, 3),
        "scroll_steps": DRAG_STEPS,
        "rss_after_drag_mib": _current_rss_mib(),
    }


def _page_down(window: MainWindow, seconds: float) -> dict[str, object]:
    """Press Page Down from the top for a while, each screen painted before the next key."""
    view = window.results.list
    view.setFocus()
    view.setCurrentIndex(window.model.index(0, 0))
    view.scrollToTop()
    started = time.perf_counter()
    deadline = started + seconds
    presses = 0
    while time.perf_counter() < deadline and _rss_mib() < SCROLL_RSS_CAP_MIB:
        before = view.currentIndex().row()
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        presses += 1
        if not _wait_painted(view, deadline) or view.currentIndex().row() == before:
            break
    elapsed = time.perf_counter() - started
    return {
        "page_down_presses": presses,
        "page_down_rows": view.currentIndex().row() + 1,
        "page_down_seconds": round(elapsed, 2),
        "rss_after_page_down_mib": _current_rss_mib(),
    }


def probe(
    db: str,
    settings_path: str,
    query: str,
    spawned_at: float,
    scroll_seconds: float,
    screenshots: Path | None = None,
) -> dict[str, object]:
    app = create_application(sys.argv[:1])
    with Archive(db) as archive:
        settings = QSettings(settings_path, QSettings.Format.IniFormat)
        WindowSettings(settings, Path(db)).last_query = query
        window = MainWindow(archive, settings)
        window.show()
        facets_at: list[float] = []  # the window's slot showing them is connected first, so runs first
        window.session.counts_ready.connect(lambda _result: facets_at.append(time.perf_counter()))
        shown = _wait(window.results_shown, window.start, WAIT_SECONDS)
        window.results.list.viewport().repaint()
        first_paint = time.time() - spawned_at
        result: dict[str, object] = {
            "query": query,
            "first_results_seconds": round(first_paint, 3) if shown else None,
            "first_rows": window.model.rowCount(),
            "rss_at_first_results_mib": _rss_mib(),
        }
        painted = time.perf_counter()
        counted = _wait(window.counts_shown, lambda: None, WAIT_SECONDS)
        result["counts_after_first_results_seconds"] = (
            round(time.perf_counter() - painted, 3) if counted else None
        )
        result["facets_after_first_results_seconds"] = (
            round(facets_at[0] - painted, 3) if facets_at else None
        )
        result["total"] = window.model.total
        result["rss_after_counts_mib"] = _current_rss_mib()
        if scroll_seconds > 0:
            result.update(_drag_to_bottom(window, scroll_seconds * DRAG_SHARE, screenshots))
            result.update(_page_down(window, scroll_seconds * (1 - DRAG_SHARE)))
        window.close()
        app.processEvents()
    result["peak_rss_mib"] = _rss_mib()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--settings", required=True, help="an INI file for the window's settings")
    parser.add_argument("--query", default="", help="the last query, which the window runs on opening")
    parser.add_argument(
        "--spawned-at", type=float, required=True, help="time.time() when the parent spawned us"
    )
    parser.add_argument("--scroll-seconds", type=float, default=0.0)
    parser.add_argument("--screenshots", type=Path, help="a folder for grabs of the list mid-scroll")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(
        json.dumps(
            probe(args.db, args.settings, args.query, args.spawned_at, args.scroll_seconds, args.screenshots)
        )
    )


if __name__ == "__main__":
    main()
