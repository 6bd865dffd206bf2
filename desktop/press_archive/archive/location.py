"""Where the archive lives: `--db PATH`, else `$PRESS_ARCHIVE_DB`, else the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "press-archive"
DB_ENV_VAR = "PRESS_ARCHIVE_DB"


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "archive.db"


def bundled_seeds_dir() -> Path:
    """The seed pages shipped with the app: next to the package in a checkout, or in the bundle."""
    package_dir = Path(__file__).resolve().parent.parent
    for candidate in (package_dir / "seeds", package_dir.parent.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled seed pages are missing from this installation")


def captures_dir(archive_path: Path) -> Path:
    """The folder of raw web captures beside an archive: `archive.db` keeps them in `archive-captures/`."""
    return archive_path.with_name(f"{archive_path.stem}-captures")
