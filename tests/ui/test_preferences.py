"""Preferences: kept in QSettings, edited in a dialog, and each one doing what it says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_window

from press_archive.archive import Archive, default_db_path
from press_archive.archive.location import DB_ENV_VAR
from press_archive.model import SearchRequest
from press_archive.ui.appearance import colors_for, is_dark
from press_archive.ui.launch import archive_location
from press_archive.ui.main_window import MainWindow
from press_archive.ui.preferences import (
    InterfaceLanguage,
    Preferences,
    Theme,
    read_preferences,
    write_preferences,
)
from press_archive.ui.preferences_dialog import PreferencesDialog
from press_archive.ui.theme import apply_theme

CHANGED = Preferences(
    archive_path=Path("/archives/csto.db"),
    language=InterfaceLanguage.RUSSIAN,
    theme=Theme.DARK,
    page_size=250,
    auto_backup=False,
    backups_kept=3,
    fetch_sites=("https://en.odkb-csto.org/", "http://127.0.0.1:8080/news/"),
    fetch_delay=2.5,
    update_on_start=True,
)


@pytest.fixture
def system_palette(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, Theme.SYSTEM)


def test_preferences_are_stored_and_read_back(settings: QSettings) -> None:
    assert read_preferences(settings) == Preferences()
    write_preferences(settings, CHANGED)
    assert read_preferences(QSettings(settings.fileName(), QSettings.Format.IniFormat)) == CHANGED


def test_values_that_make_no_sense_fall_back_to_the_defaults(settings: QSettings) -> None:
    for key, value in (("language", "klingon"), ("theme", "neon"), ("page_size", "0"),
                       ("backups_kept", "many"), ("auto_backup", "false"), ("fetch_delay", "-1"),
                       ("fetch_sites", "ftp://example.org/"), ("update_on_start", "maybe")):
        settings.setValue(f"preferences/{key}", value)
    preferences = read_preferences(settings)
    assert preferences == Preferences(auto_backup=False)


def test_the_dialog_shows_the_preferences_and_hands_back_the_edited_ones(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = PreferencesDialog(Preferences(), tmp_path / "archive.db", tmp_path / "backups")
    qtbot.addWidget(dialog)
    assert str(default_db_path()) in dialog.archive_label.text()
    assert not dialog.default_button.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.page_size.setValue(250)
    dialog.backups_kept.setValue(3)
    dialog.auto_backup.setChecked(False)
    assert not dialog.backups_kept.isEnabled()
    assert dialog.preferences() == Preferences(
        language=InterfaceLanguage.RUSSIAN, theme=Theme.DARK, page_size=250, auto_backup=False, backups_kept=3
    )


def test_the_dialog_edits_where_updates_come_from_and_refuses_an_address_it_cannot_use(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = PreferencesDialog(Preferences(), tmp_path / "archive.db", tmp_path / "backups")
    qtbot.addWidget(dialog)
    assert dialog.sites.toPlainText().splitlines() == ["https://en.odkb-csto.org/", "https://odkb-csto.org/"]
    assert not dialog.update_on_start.isChecked()
    dialog.sites.setPlainText("https://odkb-csto.org/\n\nnews from the site\n")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.sites_problem.text().startswith("“news from the site”: not a web address")
    dialog.sites.setPlainText("HTTPS://ODKB-CSTO.ORG/news/#top\n")
    dialog.fetch_delay.setValue(0.5)
    dialog.update_on_start.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    chosen = dialog.preferences()
    assert (chosen.fetch_sites, chosen.fetch_delay, chosen.update_on_start) == (
        ("https://odkb-csto.org/news/",), 0.5, True
    )


def test_another_archive_file_is_picked_in_a_file_dialog_and_the_default_restored(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picked = tmp_path / "other.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(picked), ""))
    dialog = PreferencesDialog(Preferences(), tmp_path / "archive.db", tmp_path / "backups")
    qtbot.addWidget(dialog)
    dialog.choose_button.click()
    assert dialog.archive_label.text() == str(picked)
    assert dialog.preferences().archive_path == picked
    dialog.default_button.click()
    assert dialog.preferences().archive_path is None


def test_the_chosen_archive_replaces_the_default_but_not_one_given_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DB_ENV_VAR, raising=False)
    chosen, given = tmp_path / "chosen.db", tmp_path / "given.db"
    assert archive_location(default_db_path(), chosen) == chosen
    assert archive_location(default_db_path(), None) == default_db_path()
    assert archive_location(given, chosen) == given
    monkeypatch.setenv(DB_ENV_VAR, str(given))
    assert archive_location(default_db_path(), chosen) == given


def test_light_and_dark_are_whole_palettes_and_system_gives_the_desktop_its_colours_back(
    system_palette: QApplication,
) -> None:
    apply_theme(system_palette, Theme.DARK)
    assert is_dark(system_palette.palette())
    apply_theme(system_palette, Theme.LIGHT)
    assert not is_dark(system_palette.palette())
    apply_theme(system_palette, Theme.SYSTEM)
    assert system_palette.palette().resolveMask() == 0


@pytest.mark.parametrize(("auto_backup", "backups"), [(True, 1), (False, 0)])
def test_closing_backs_up_the_user_data_only_when_automatic_backups_are_on(
    seeds_dir: Path, tmp_path: Path, auto_backup: bool, backups: int
) -> None:
    archive = Archive(tmp_path / "archive.db")
    archive.import_paths([next(iter(sorted(seeds_dir.glob("*.txt"))))])
    archive.user.star([archive.search(SearchRequest(limit=1)).hits[0].item_id])
    archive.close(Preferences(auto_backup=auto_backup).backups_on_close)
    assert len(list((tmp_path / "backups").glob("*.json"))) == backups


def test_the_preferences_command_stores_what_the_dialog_hands_back(
    window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accept_with_changes(dialog: PreferencesDialog) -> int:
        dialog.page_size.setValue(250)
        dialog.auto_backup.setChecked(False)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PreferencesDialog, "exec", accept_with_changes)
    window.commands.preferences.trigger()
    assert read_preferences(settings) == Preferences(page_size=250, auto_backup=False)
    assert window.preferences.preferences.backups_on_close is None


def test_the_window_reads_results_in_pages_of_the_chosen_size(
    qtbot: QtBot, large_copy: Archive, settings: QSettings
) -> None:
    write_preferences(settings, Preferences(page_size=40))
    window = open_window(qtbot, large_copy, settings)
    assert window.model.rowCount() == 250  # once counted, every row is there, read as it is shown
    with qtbot.waitSignal(window.model.dataChanged, timeout=WAIT_MS) as read:
        assert window.model.hit(40) is None
    assert [index.row() for index in read.args[:2]] == [40, 79]
    window.preferences.apply(Preferences(page_size=60))
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        window.search("")
    with qtbot.waitSignal(window.model.dataChanged, timeout=WAIT_MS) as read:
        assert window.model.hit(60) is None
    assert [index.row() for index in read.args[:2]] == [60, 119]
    window.close()


def test_a_new_theme_repaints_the_open_window_and_a_new_language_asks_for_a_new_one(
    system_palette: QApplication, qtbot: QtBot, window: MainWindow
) -> None:
    window.preferences.apply(Preferences(theme=Theme.DARK))
    qtbot.waitUntil(lambda: is_dark(window.detail.palette()))  # the palette reaches widgets by events
    assert colors_for(window.palette()).muted.name() in window.detail.browser.toHtml()
    with qtbot.waitSignal(window.language_requested) as requested:
        window.preferences.apply(Preferences(theme=Theme.DARK, language=InterfaceLanguage.RUSSIAN))
    assert requested.args == [InterfaceLanguage.RUSSIAN]


def test_the_dialog_shows_the_archive_open_now_beside_the_one_chosen_for_the_next_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    given = tmp_path / "given-with-db.db"
    dialog = PreferencesDialog(Preferences(), given, tmp_path / "backups")
    qtbot.addWidget(dialog)
    assert dialog.open_archive_label.text() == str(given.resolve())
    assert str(default_db_path()) in dialog.archive_label.text()


def test_the_window_opens_its_preferences_on_the_archive_it_has_open(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    def shown_instead(dialog: PreferencesDialog) -> int:
        shown.append(dialog.open_archive_label.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", shown_instead)
    window.commands.preferences.trigger()
    assert shown == [str(window.archive.path.resolve())]


def test_the_last_search_is_remembered_per_archive(
    qtbot: QtBot, seeded_copy: Archive, settings: QSettings, tmp_path: Path
) -> None:
    first = open_window(qtbot, seeded_copy, settings)
    with qtbot.waitSignal(first.results_shown, timeout=WAIT_MS):
        first.search_bar.set_query("Masadykov")
    first.close()
    with Archive(tmp_path / "other" / "archive.db") as other:
        second = open_window(qtbot, other, settings)
        assert second.search_bar.query == ""
        with qtbot.waitSignal(second.results_shown, timeout=WAIT_MS):
            second.search_bar.set_query("Lavrov")
        second.close()
    again = open_window(qtbot, seeded_copy, settings)
    assert again.search_bar.query == "Masadykov"
    again.close()
