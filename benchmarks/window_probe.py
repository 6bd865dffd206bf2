"""Run in a child process by `measure_window`: open the real window on an archive, report as JSON.

The clock starts when the parent spawns this process (`--spawned-at`), so "first results on screen"
includes the interpreter, the imports of Qt and the app, opening the archive, building the window and
the first search, up to the moment the list's rows have been painted. Then the list is scrolled to
the bottom the way a user drags it: each time the view reaches the end, the model fetches the next
batch, and the loop waits for those rows and paints them, until no more come or time runs out.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QModelIndex, QSettings, QTimer, SignalInstance

from press_archive.archive import Archive
from press_archive.ui.launch import create_application
from press_archive.ui.main_window import MainWindow
from press_archive.ui.window_settings import WindowSettings

WAIT_SECONDS = 120
SCROLL_RSS_CAP_MIB = 4096  # a window that grows past this has failed the memory target many times over


def _rss_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


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


def _scroll_to_bottom(window: MainWindow, seconds: float) -> dict[str, object]:
    """Scroll until the last row, the time limit, or the memory cap (a machine is shared)."""
    model, view = window.model, window.results.list
    root = QModelIndex()
    started = time.perf_counter()
    deadline = started + seconds
    reached_bottom = False
    while time.perf_counter() < deadline and _rss_mib() < SCROLL_RSS_CAP_MIB:
        if not model.canFetchMore(root):
            reached_bottom = True
            break
        if not _wait(model.rowsInserted, view.scrollToBottom, max(0.1, deadline - time.perf_counter())):
            break
        view.viewport().repaint()
    return {
        "scroll_seconds": round(time.perf_counter() - started, 2),
        "scroll_rows": model.rowCount(),
        "scroll_reached_bottom": reached_bottom,
    }


def probe(
    db: str, settings_path: str, query: str, spawned_at: float, scroll_seconds: float
) -> dict[str, object]:
    app = create_application(sys.argv[:1])
    with Archive(db) as archive:
        settings = QSettings(settings_path, QSettings.Format.IniFormat)
        WindowSettings(settings).last_query = query
        window = MainWindow(archive, settings)
        window.show()
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
        result["total"] = window.model.total
        if scroll_seconds > 0:
            result.update(_scroll_to_bottom(window, scroll_seconds))
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
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(probe(args.db, args.settings, args.query, args.spawned_at, args.scroll_seconds)))


if __name__ == "__main__":
    main()
