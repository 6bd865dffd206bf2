"""A language picked in Preferences is spoken at once: the window is built again in it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS

from press_archive.archive import Archive
from press_archive.ui.launch import WindowHost
from press_archive.ui.main_window import MainWindow
from press_archive.ui.preferences import InterfaceLanguage


def _pick(window: MainWindow, language: InterfaceLanguage) -> None:
    """What the Preferences dialog does when the user picks a language and presses OK."""
    window.preferences.apply(dataclasses.replace(window.preferences.preferences, language=language))


@pytest.fixture
def host(qtbot: QtBot, qapp: QApplication, seeded_copy: Archive, settings: QSettings) -> Iterator[WindowHost]:
    opened = WindowHost(qapp, seeded_copy, settings)
    qtbot.waitUntil(lambda: opened.window.model.rowCount() > 0, timeout=WAIT_MS)
    yield opened
    _pick(opened.window, InterfaceLanguage.ENGLISH)  # the next test starts in English
    opened.window.close()


def _first_menu(host: WindowHost) -> str:
    return host.window.menuBar().actions()[0].text()


def test_picking_russian_rebuilds_the_window_in_russian_and_back(qtbot: QtBot, host: WindowHost) -> None:
    first = host.window
    first.search_bar.set_query("Masadykov")
    assert _first_menu(host) == "&File"
    _pick(first, InterfaceLanguage.RUSSIAN)
    assert host.window is not first and not first.isVisible()
    assert _first_menu(host) == "&Файл"
    qtbot.waitUntil(lambda: host.window.search_bar.query == "Masadykov", timeout=WAIT_MS)  # the search stays
    _pick(host.window, InterfaceLanguage.ENGLISH)
    assert _first_menu(host) == "&File"  # nothing Russian left over from the catalog before


def test_a_running_task_keeps_the_window_and_says_when_the_language_changes(
    host: WindowHost, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = host.window
    monkeypatch.setattr(window.imports.__class__, "running", property(lambda _self: True))
    _pick(window, InterfaceLanguage.RUSSIAN)
    assert host.window is window
    assert "starts again" in window.status.currentMessage()
