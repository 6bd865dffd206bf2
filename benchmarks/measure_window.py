"""The window at scale: time from process start to first painted results, scrolling, peak memory.

Each measurement is a fresh process running `window_probe` offscreen, so start-up is paid in full
and the peak RSS is the window's own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def measure_window(
    db_path: Path, work_dir: Path, label: str, query: str, scroll_seconds: float
) -> dict[str, object]:
    """Open the window on `db_path` with `query` as the last query; what the probe saw, or its error."""
    settings = work_dir / f"window-{label}.ini"
    settings.unlink(missing_ok=True)
    log = work_dir / f"window-{label}.log"
    command = [
        sys.executable, "-m", "benchmarks.window_probe", "--db", str(db_path), "--settings", str(settings),
        "--query", query, "--scroll-seconds", str(scroll_seconds),
    ]  # fmt: skip
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with log.open("wb") as output:
        spawned_at = time.time()
        process = subprocess.Popen(
            [*command, "--spawned-at", repr(spawned_at)], cwd=REPO_ROOT, env=environment, stdout=output,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        _pid, status, _usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    try:
        result: dict[str, object] = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        return {"query": query, "error": f"the probe exited with {process.returncode}: {lines[-5:]}"}
    # The probe's own high-water mark: the child's ru_maxrss would include this process's size at fork.
    result["process_peak_rss_mib"] = result["peak_rss_mib"]
    return result
