"""Help: the query syntax reference, the keyboard shortcuts read from the window's actions, the About box."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from press_archive.ui.about import LICENCE, about_html, app_version
from press_archive.ui.main_window import MainWindow
from press_archive.ui.shortcuts_dialog import ShortcutsDialog, keys_text, shortcut_groups
from press_archive.ui.syntax_help import SyntaxReference, reference_path


def _table(dialog: ShortcutsDialog) -> dict[str, dict[str, str]]:
    tree = dialog.tree
    table = {}
    for row in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(row)
        assert group is not None
        table[group.text(0)] = {
            group.child(index).text(0): group.child(index).text(1) for index in range(group.childCount())
        }
    return table


def test_the_shortcuts_table_lists_every_bound_command_under_its_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = _table(dialog)
    assert table["Edit"]["Find"] == "Ctrl+F, Ctrl+L"
    assert table["Edit"]["Star"] == "Ctrl+D"
    assert table["File"]["Import Files"] == "Ctrl+O"
    assert table["Edit"]["Preferences"] == "Ctrl+,"
    assert table["Help"]["Query Syntax Summary"] == "F1"
    assert table["Help"]["Query Syntax"] == "Shift+F1"
    bound = {action for action in window.actions() if keys_text(action)}
    assert sum(len(rows) for _title, rows in shortcut_groups(window)) == len(bound)


def test_the_shortcuts_table_is_read_from_the_actions_not_written_by_hand(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.commands.find.setShortcuts([QKeySequence("Ctrl+K")])
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert _table(dialog)["Edit"]["Find"] == "Ctrl+K"


def test_help_menu_commands_open_the_reference_and_the_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    window.commands.syntax_reference.trigger()
    (reference,) = window.findChildren(SyntaxReference)
    assert reference.isVisible()
    window.commands.syntax_reference.trigger()
    assert window.findChildren(SyntaxReference) == [reference]  # one window, raised again
    window.commands.shortcuts.trigger()
    (shortcuts,) = window.findChildren(ShortcutsDialog)
    qtbot.waitUntil(shortcuts.isVisible)
    shortcuts.close()
    reference.close()


def test_the_query_syntax_reference_is_the_documentation_rendered(qtbot: QtBot) -> None:
    path = reference_path()
    assert path is not None and path.name == "query-syntax.md"
    dialog = SyntaxReference()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("Search syntax")
    assert "is:starred" in text and "| --- |" not in text  # the tables are tables, not Markdown source


def test_the_about_box_names_the_version_the_licence_and_the_archive_file() -> None:
    text = about_html(Path("/data/press/archive.db"))
    assert app_version() in text and app_version() != "unknown"
    assert LICENCE == "GPL-3.0-or-later" and LICENCE in text
    assert "/data/press/archive.db" in text


def test_the_russian_interface_shows_the_reference_in_russian(qtbot: QtBot, russian: None) -> None:
    path = reference_path()
    assert path is not None and path.name == "query-syntax.ru.md"
    dialog = SyntaxReference()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("Синтаксис поиска")
    assert "is:starred" in text and "both words" not in text


def test_the_russian_reference_covers_every_field_of_the_english_one() -> None:
    """A field added to the reference in one language is added in the other."""
    docs = Path(__file__).resolve().parents[2] / "docs"
    fields = [
        re.findall(r"`([a-z]+):", (docs / name).read_text(encoding="utf-8"))
        for name in ("query-syntax.md", "query-syntax.ru.md")
    ]
    assert set(fields[0]) == set(fields[1])
