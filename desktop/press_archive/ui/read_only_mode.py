"""The window over an archive it cannot write: everything that reads works, everything that would
change the archive is turned off where it is offered, and says why.

A bar above the results tells it once, with the reason and what still works; each command turned
off says why in its tip; the reading pane shows tags, star and note without the means to change them.
The collection menus offer no change. A change that still reaches the archive (files dropped on the
window or opened from the file manager) is refused by the archive, and the window says why in its
status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from press_archive.archive.read_only import FILE_READ_ONLY, FOLDER_READ_ONLY, ReadOnlyArchive
from press_archive.ui.actions import WindowActions
from press_archive.ui.collections_panel import CollectionsPanel
from press_archive.ui.detail_pane import DetailPane
from press_archive.ui.message_bar import MessageBar
from press_archive.ui.result_menu import ResultMenu

translate = QCoreApplication.translate


def _why(why: str) -> str:
    """The archive's reason, in the interface's language."""
    if why == FILE_READ_ONLY:
        return translate("ReadOnlyMode", "the file cannot be written")
    if why == FOLDER_READ_ONLY:
        return translate("ReadOnlyMode", "its folder cannot be written")
    return why


def refusal(path: Path | str, why: str) -> str:
    """What the window says when a change is refused."""
    return translate("ReadOnlyMode", "Not saved: the archive at {path} is read-only ({why}).").format(
        path=path, why=_why(why)
    )


def refusal_of(error: ReadOnlyArchive) -> str:
    return refusal(error.path, error.why)


def _changes(commands: WindowActions) -> list[QAction]:
    return [
        commands.import_files,
        commands.import_folder,
        commands.update_from_site,
        commands.restore_backup,
        commands.toggle_star,
        commands.tag_selection,
        commands.remove_tag,
        commands.save_search,
        commands.delete_saved_search.menuAction(),
    ]


def show_read_only(
    path: Path,
    why: str,
    bar: MessageBar,
    commands: WindowActions,
    detail: DetailPane,
    collection_menus: tuple[ResultMenu, CollectionsPanel],
) -> None:
    """Turn off every command that changes the archive and say why, in the bar and in each tip."""
    bar.show_message(translate(
        "ReadOnlyMode",
        "This archive is read-only: {why} ({path}). You can search, read and export; tags, stars, "
        "notes, collections, saved searches, imports and updates are turned off.",
    ).format(why=_why(why), path=path))
    tip = translate("ReadOnlyMode", "Turned off: the archive is read-only ({why})").format(why=_why(why))
    for action in _changes(commands):
        action.setEnabled(False)
        action.setStatusTip(tip)
        action.setToolTip(tip)
    detail.set_read_only(tip)
    result_menu, panel = collection_menus
    result_menu.turn_off_collections(tip)
    panel.turn_off_changes(tip)
