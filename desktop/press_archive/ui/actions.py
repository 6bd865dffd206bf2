"""The window's commands: menus with their shortcuts shown, so every key binding can be discovered."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from press_archive.model import SortOrder
from press_archive.ui.search_bar import SORT_LABELS

SORT_KEYS = {SortOrder.RELEVANCE: "Ctrl+1", SortOrder.NEWEST: "Ctrl+2", SortOrder.OLDEST: "Ctrl+3"}


@dataclass(frozen=True)
class WindowActions:
    import_files: QAction
    import_folder: QAction
    export_selection: QAction
    quit: QAction
    find: QAction
    clear_search: QAction
    toggle_star: QAction
    tag_selection: QAction
    save_search: QAction
    saved_searches: QMenu
    delete_saved_search: QMenu
    focus_facets: QAction
    sort_orders: dict[SortOrder, QAction]
    show_facets: QAction
    show_timeline: QAction
    show_detail: QAction
    syntax_help: QAction
    about: QAction

    def view_toggles(self) -> dict[str, QAction]:
        """The panes that can be hidden, by the name their state is remembered under."""
        return {"facets": self.show_facets, "timeline": self.show_timeline, "detail": self.show_detail}


def _action(
    window: QMainWindow, text: str, *shortcuts: QKeySequence.StandardKey | str, tip: str = ""
) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
    action.setStatusTip(tip)
    window.addAction(action)  # shortcuts work wherever the focus is, also with the menu bar hidden
    return action


def _toggle(window: QMainWindow, text: str) -> QAction:
    action = _action(window, text)
    action.setCheckable(True)
    action.setChecked(True)
    return action


def create_actions(window: QMainWindow) -> WindowActions:
    sort_group = QActionGroup(window)
    sort_orders = {}
    for order, label in SORT_LABELS.items():
        action = _action(window, label, SORT_KEYS[order], tip=f"Sort the results: {label.lower()}")
        action.setCheckable(True)
        sort_group.addAction(action)
        sort_orders[order] = action
    return WindowActions(
        import_files=_action(window, "&Import Files…", QKeySequence.StandardKey.Open,
                             tip="Import saved pages (.txt, .html) and .zip files"),
        import_folder=_action(window, "Import &Folder…", "Ctrl+Shift+O",
                              tip="Import every page in a folder and its subfolders"),
        export_selection=_action(window, "&Export Selection…", "Ctrl+E", tip="Export the selected items"),
        quit=_action(window, "&Quit", QKeySequence.StandardKey.Quit),
        find=_action(window, "&Find", QKeySequence.StandardKey.Find, "Ctrl+L", tip="Type a search"),
        clear_search=_action(window, "&Clear Search", "Esc", tip="Show every item again"),
        toggle_star=_action(window, "&Star", "Ctrl+D", tip="Star or unstar the selected items"),
        tag_selection=_action(window, "&Tag Selected Items…", "Ctrl+T", tip="Tag the selected items"),
        save_search=_action(window, "Save Searc&h…", QKeySequence.StandardKey.Save,
                            tip="Keep this search under a name"),
        saved_searches=QMenu("Saved Searc&hes", window),
        delete_saved_search=QMenu("&Delete Saved Search", window),
        focus_facets=_action(window, "Focus F&acets", "Ctrl+Shift+F", tip="Move the keyboard to the facets"),
        sort_orders=sort_orders,
        show_facets=_toggle(window, "Show &Facets"),
        show_timeline=_toggle(window, "Show &Timeline"),
        show_detail=_toggle(window, "Show &Reading Pane"),
        syntax_help=_action(window, "Query &Syntax", "F1"),
        about=_action(window, "&About Press Archive"),
    )


def build_menus(menu_bar: QMenuBar, actions: WindowActions) -> None:
    file_menu = menu_bar.addMenu("&File")
    file_menu.addActions([actions.import_files, actions.import_folder])
    file_menu.addSeparator()
    file_menu.addAction(actions.export_selection)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = menu_bar.addMenu("&Edit")
    edit_menu.addActions([actions.find, actions.clear_search])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.toggle_star, actions.tag_selection])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.save_search)
    edit_menu.addMenu(actions.saved_searches)
    edit_menu.addMenu(actions.delete_saved_search)
    view_menu = menu_bar.addMenu("&View")
    sort_menu = view_menu.addMenu("&Sort Results")
    sort_menu.addActions(list(actions.sort_orders.values()))
    view_menu.addSeparator()
    view_menu.addActions([actions.show_facets, actions.show_timeline, actions.show_detail])
    view_menu.addSeparator()
    view_menu.addAction(actions.focus_facets)
    help_menu = menu_bar.addMenu("&Help")
    help_menu.addActions([actions.syntax_help, actions.about])
