"""The interface in Russian: chosen from the system's languages or in Preferences, and every visible part
of the window (menus, fields, buttons, counts, dates, Qt's own dialog buttons) switched with it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot
from window_helpers import ENGLISH, RUSSIAN, open_window

from press_archive.archive import Archive
from press_archive.model import SearchRequest
from press_archive.ui.export_dialog import ExportDialog
from press_archive.ui.formatting import format_date, format_long_date, month_name
from press_archive.ui.main_window import MainWindow
from press_archive.ui.preferences import InterfaceLanguage
from press_archive.ui.status_bar import StatusBar
from press_archive.ui.translator import interface_locale, spoken_language


@pytest.fixture
def russian_window(
    russian: None, qtbot: QtBot, seeded_copy: Archive, settings: QSettings
) -> Iterator[MainWindow]:
    window = open_window(qtbot, seeded_copy, settings)
    yield window
    window.close()


@pytest.mark.parametrize(
    ("choice", "system", "spoken"),
    [
        (InterfaceLanguage.AUTO, RUSSIAN, InterfaceLanguage.RUSSIAN),
        (InterfaceLanguage.AUTO, QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan),
         InterfaceLanguage.RUSSIAN),
        (InterfaceLanguage.AUTO, QLocale(QLocale.Language.German, QLocale.Country.Germany),
         InterfaceLanguage.ENGLISH),
        (InterfaceLanguage.AUTO, QLocale.c(), InterfaceLanguage.ENGLISH),
        (InterfaceLanguage.ENGLISH, RUSSIAN, InterfaceLanguage.ENGLISH),
        (InterfaceLanguage.RUSSIAN, ENGLISH, InterfaceLanguage.RUSSIAN),
    ],
)
def test_the_language_is_the_users_choice_else_the_systems_else_english(
    choice: InterfaceLanguage, system: QLocale, spoken: InterfaceLanguage
) -> None:
    assert spoken_language(choice, system) is spoken


def test_numbers_follow_the_system_when_it_speaks_the_interfaces_language() -> None:
    kazakhstan = QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)
    assert interface_locale(InterfaceLanguage.AUTO, kazakhstan) == kazakhstan
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert interface_locale(InterfaceLanguage.RUSSIAN, german).language() == QLocale.Language.Russian


def test_the_menus_fields_and_panes_speak_russian(russian_window: MainWindow) -> None:
    window = russian_window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Файл", "&Правка", "&Вид", "&Справка"]
    assert window.search_bar.edit.placeholderText().startswith("Поиск по заголовкам и тексту")
    assert window.search_bar.sort.currentText() == "По релевантности"
    assert window.status.cancel_button.text() == "Отмена"
    tree = window.facets.tree
    groups = [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]
    assert {"Дата", "Язык", "Тип"} <= set(groups)
    assert re.search(r"\d+ материал(а|ов)? · ", window.status.counts.text())


def _menu_keys(window: MainWindow) -> dict[str, list[str]]:
    """The accelerator letters of each menu's commands (Alt+letter), submenus included."""
    menus = [action.menu() for action in window.menuBar().actions()]
    menus += [action.menu() for menu in menus if isinstance(menu, QMenu) for action in menu.actions()]
    return {
        menu.title(): [match.group(1).lower() for action in menu.actions()
                       if (match := re.search(r"&([^&])", action.text()))]
        for menu in menus if isinstance(menu, QMenu)
    }


def test_every_menu_gives_each_command_its_own_key_in_russian(russian_window: MainWindow) -> None:
    for title, keys in _menu_keys(russian_window).items():
        assert len(keys) == len(set(keys)), f"{title}: {keys}"


def test_every_menu_gives_each_command_its_own_key_in_english(window: MainWindow) -> None:
    for title, keys in _menu_keys(window).items():
        assert len(keys) == len(set(keys)), f"{title}: {keys}"


def test_dates_and_counts_are_written_the_russian_way(russian: None, qtbot: QtBot) -> None:
    assert format_date(dt.date(2025, 12, 5)) == "05 дек. 2025"
    assert format_long_date(dt.date(2025, 12, 5)) == "5 декабря 2025"
    assert month_name(2025, 12) == "декабрь 2025"
    status = StatusBar()
    qtbot.addWidget(status)
    for total, phrase in ((1, "1 материал"), (3, "3 материала"), (11, "11 материалов"), (21, "21 материал"),
                          (1234, "1\N{NO-BREAK SPACE}234 материала")):
        status.show_total(total)
        assert status.counts.text().startswith(phrase + " · ")


def test_qts_own_buttons_are_translated_too(russian: None, qtbot: QtBot) -> None:
    dialog = ExportDialog([], SearchRequest("Иран"), 4)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert "Отмена" in [button.text() for button in buttons.buttons()]
    assert dialog.search_button.text() == "Все результаты поиска «Иран» (4 материала)"


def test_english_has_its_singular_from_its_own_catalog(english: None, qtbot: QtBot) -> None:
    status = StatusBar()
    qtbot.addWidget(status)
    status.show_total(1)
    assert status.counts.text().startswith("1 item · ")
    status.show_total(1234)
    assert status.counts.text().startswith("1,234 items · ")
