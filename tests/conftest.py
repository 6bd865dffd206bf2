"""Fixtures shared by the whole suite: the repository's seed pages and fresh archives."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from press_archive.archive import Archive

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
DATA_DIR = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS_DIR


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """A new, empty archive file in a temporary directory."""
    with Archive(tmp_path / "archive.db") as opened:
        yield opened


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """An archive file holding the seed pages, for tests that drive the command line."""
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        assert archive.import_paths([SEEDS_DIR]).ok
    return path


@pytest.fixture
def seeded_archive(archive: Archive) -> Archive:
    """An archive holding the three bundled seed pages."""
    report = archive.import_paths([SEEDS_DIR])
    assert report.ok, report.failures
    return archive
