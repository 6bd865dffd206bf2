"""What the numbers were measured on: they mean little without the machine beside them, so each
result file says it."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        return None


def describe_machine() -> dict[str, object]:
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": _ram_gib(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def describe_code() -> dict[str, object]:
    """The commit measured, and whether the working tree had changes on top of it."""

    def git(*arguments: str) -> str:
        try:
            done = subprocess.run(
                ["git", *arguments], cwd=REPO_ROOT, capture_output=True, text=True, check=True, timeout=30
            )
        except (OSError, subprocess.SubprocessError):
            return ""
        return done.stdout.strip()

    return {
        "commit": git("rev-parse", "--short", "HEAD") or None,
        "changed_files": len(git("status", "--porcelain").splitlines()),
    }


def print_and_write(lines: list[str], folder: Path, name: str, runs: object) -> Path:
    """Print a benchmark's table and write its runs, with the machine and the code they ran on, to
    `folder/<name>-<date>.json`; returns that file."""
    print("\n".join(lines))
    today = dt.date.today().isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    result = {"date": today, "machine": describe_machine(), "code": describe_code(), "runs": runs}
    path = folder / f"{name}-{today}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {path}", file=sys.stderr)
    return path
