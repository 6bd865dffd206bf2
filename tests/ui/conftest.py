"""Fixtures for the window's tests: archives of known content, isolated settings, and a started window.

The Qt platform is set to offscreen in the suite's root conftest, before Qt is imported.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import ENGLISH, RUSSIAN, open_window, write_pages

from press_archive.archive import Archive
from press_archive.ui.jobs import JobRunner
from press_archive.ui.main_window import MainWindow
from press_archive.ui.translator import install_translations


def _copy_archive(template: Path, folder: Path) -> Path:
    """A private copy of a prepared archive (and its user data file), so tests never share state."""
    for file in template.parent.glob(f"{template.stem}*"):
        shutil.copy(file, folder / file.name)
    return folder / template.name


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "archive.db"
    with Archive(path) as archive:
        assert archive.import_seeds().ok
    return path


@pytest.fixture(scope="session")
def large_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """250 dated items: enough for three pages of results."""
    root = tmp_path_factory.mktemp("large")
    path = root / "archive.db"
    with Archive(path) as archive:
        assert archive.import_paths([write_pages(root / "pages", 25, 10)]).ok
    return path


@pytest.fixture
def seeded_copy(seeded_template: Path, tmp_path: Path) -> Iterator[Archive]:
    with Archive(_copy_archive(seeded_template, tmp_path)) as archive:
        yield archive


@pytest.fixture
def large_copy(large_template: Path, tmp_path: Path) -> Iterator[Archive]:
    with Archive(_copy_archive(large_template, tmp_path)) as archive:
        yield archive


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, seeded_copy: Archive, settings: QSettings) -> Iterator[MainWindow]:
    opened = open_window(qtbot, seeded_copy, settings)
    yield opened
    opened.close()


@pytest.fixture
def runner(large_copy: Archive) -> Iterator[JobRunner]:
    """Background jobs on the 250-item archive."""
    jobs = JobRunner(large_copy)
    yield jobs
    jobs.shutdown()


def _installed(app: QApplication, locale: QLocale) -> Iterator[None]:
    previous = QLocale()
    translators = install_translations(app, locale)
    yield
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    """The interface in Russian for the test, English again after it."""
    yield from _installed(qapp, RUSSIAN)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    yield from _installed(qapp, ENGLISH)
