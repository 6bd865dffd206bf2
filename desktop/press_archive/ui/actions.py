"""The window's commands: menus with their shortcuts shown, so every key binding can be discovered."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from press_archive.model import SortOrder
from press_archive.ui.appearance import RESOURCES
from press_archive.ui.search_bar import sort_label

translate = QCoreApplication.translate
SORT_KEYS = {SortOrder.RELEVANCE: "Ctrl+1", SortOrder.NEWEST: "Ctrl+2", SortOrder.OLDEST: "Ctrl+3"}


@dataclass(frozen=True)
class WindowActions:
    import_files: QAction
    import_folder: QAction
    update_from_site: QAction
    export_selection: QAction
    restore_backup: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    clear_search: QAction
    toggle_star: QAction
    tag_selection: QAction
    remove_tag: QAction
    open_on_site: QAction
    save_search: QAction
    saved_searches: QMenu
    delete_saved_search: QMenu
    preferences: QAction
    focus_facets: QAction
    refresh: QAction
    sort_orders: dict[SortOrder, QAction]
    show_facets: QAction
    show_timeline: QAction
    show_detail: QAction
    syntax_help: QAction
    syntax_reference: QAction
    shortcuts: QAction
    about: QAction

    def view_toggles(self) -> dict[str, QAction]:
        """The panes that can be hidden, by the name their state is remembered under."""
        return {"facets": self.show_facets, "timeline": self.show_timeline, "detail": self.show_detail}


def _bound(
    window: QMainWindow, action: QAction, *shortcuts: QKeySequence.StandardKey | str, tip: str = ""
) -> QAction:
    action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
    action.setStatusTip(tip)
    window.addAction(action)  # shortcuts work wherever the focus is, also with the menu bar hidden
    return action


def _action(
    window: QMainWindow, text: str, *shortcuts: QKeySequence.StandardKey | str, tip: str = ""
) -> QAction:
    return _bound(window, QAction(text, window), *shortcuts, tip=tip)


def _toggle(window: QMainWindow, text: str) -> QAction:
    action = _action(window, text)
    action.setCheckable(True)
    action.setChecked(True)
    return action


def create_actions(window: QMainWindow, undo_stack: QUndoStack) -> WindowActions:
    sort_group = QActionGroup(window)
    sort_orders = {}
    for order in SortOrder:
        label = sort_label(order)
        tip = translate("WindowActions", "Sort the results: {order}").format(order=label.lower())
        action = _action(window, label, SORT_KEYS[order], tip=tip)
        action.setCheckable(True)
        sort_group.addAction(action)
        sort_orders[order] = action
    return WindowActions(
        import_files=_action(
            window, translate("WindowActions", "&Import Files…"), QKeySequence.StandardKey.Open,
            tip=translate("WindowActions", "Import saved pages (.txt, .html) and .zip files"),
        ),
        import_folder=_action(
            window, translate("WindowActions", "Import &Folder…"), "Ctrl+Shift+O",
            tip=translate("WindowActions", "Import every page in a folder and its subfolders"),
        ),
        update_from_site=_action(
            window, translate("WindowActions", "&Update from the Website…"), "Ctrl+U",
            tip=translate("WindowActions", "Fetch what is new on the site into the archive"),
        ),
        export_selection=_action(window, translate("WindowActions", "&Export Selection…"), "Ctrl+E",
                                 tip=translate("WindowActions", "Export the selected items")),
        restore_backup=_action(
            window, translate("WindowActions", "&Restore from Automatic Backup…"),
            tip=translate("WindowActions", "Bring back tags, stars, notes or collections as they were"),
        ),
        quit=_action(window, translate("WindowActions", "&Quit"), QKeySequence.StandardKey.Quit),
        # The undo stack's own actions: they name the step ("Undo Tag 3 items 'Iran'").
        undo=_bound(
            window, undo_stack.createUndoAction(window), QKeySequence.StandardKey.Undo,
            tip=translate("WindowActions", "Undo the last change of tags, stars, notes or collections"),
        ),
        redo=_bound(window, undo_stack.createRedoAction(window), "Ctrl+Shift+Z", "Ctrl+Y",
                    tip=translate("WindowActions", "Make the change that was undone again")),
        find=_action(window, translate("WindowActions", "&Find"), QKeySequence.StandardKey.Find, "Ctrl+L",
                     tip=translate("WindowActions", "Type a search")),
        clear_search=_action(window, translate("WindowActions", "&Clear Search"), "Esc",
                             tip=translate("WindowActions", "Show every item again")),
        toggle_star=_action(window, translate("WindowActions", "&Star"), "Ctrl+D",
                            tip=translate("WindowActions", "Star or unstar the selected items")),
        tag_selection=_action(window, translate("WindowActions", "&Tag Selected Items…"), "Ctrl+T",
                              tip=translate("WindowActions", "Tag the selected items")),
        remove_tag=_action(window, translate("WindowActions", "Remo&ve Tag…"), "Ctrl+Shift+T",
                           tip=translate("WindowActions", "Take a tag off the selected items")),
        open_on_site=_action(window, translate("WindowActions", "&Open on the Site"), "Ctrl+Shift+U",
                             tip=translate("WindowActions", "Open the item's page in a web browser")),
        save_search=_action(
            window, translate("WindowActions", "Save Searc&h…"), QKeySequence.StandardKey.Save,
            tip=translate("WindowActions", "Keep this search under a name"),
        ),
        saved_searches=QMenu(translate("WindowActions", "Saved Se&arches"), window),
        delete_saved_search=QMenu(translate("WindowActions", "&Delete Saved Search"), window),
        preferences=_action(
            window, translate("WindowActions", "&Preferences…"), "Ctrl+,",
            tip=translate("WindowActions", "Archive file, language, colours, results, backups"),
        ),
        refresh=_action(window, translate("WindowActions", "Re&fresh"), QKeySequence.StandardKey.Refresh,
                        tip=translate("WindowActions", "Run the search again, with pages imported since")),
        focus_facets=_action(window, translate("WindowActions", "Focus F&acets"), "Ctrl+Shift+F",
                             tip=translate("WindowActions", "Move the keyboard to the facets")),
        sort_orders=sort_orders,
        show_facets=_toggle(window, translate("WindowActions", "Show Side&bar")),
        show_timeline=_toggle(window, translate("WindowActions", "Show &Timeline")),
        show_detail=_toggle(window, translate("WindowActions", "Show &Reading Pane")),
        syntax_help=_action(
            window, translate("WindowActions", "Query Syntax &Summary"), "F1",
            tip=translate("WindowActions", "The query syntax in brief, under the search field"),
        ),
        syntax_reference=_action(window, translate("WindowActions", "&Query Syntax"), "Shift+F1",
                                 tip=translate("WindowActions", "The full reference of the query syntax")),
        shortcuts=_action(window, translate("WindowActions", "&Keyboard Shortcuts"),
                          tip=translate("WindowActions", "Every key binding of the window")),
        about=_action(window, translate("WindowActions", "&About Press Archive")),
    )


def build_menus(menu_bar: QMenuBar, actions: WindowActions) -> QMenu:
    """Fill the menu bar; returns the Edit menu, whose star command is named when it opens."""
    file_menu = menu_bar.addMenu(translate("WindowActions", "&File"))
    actions.update_from_site.setIcon(QIcon(str(RESOURCES / "update.svg")))
    file_menu.addActions([actions.import_files, actions.import_folder, actions.update_from_site])
    file_menu.addSeparator()
    file_menu.addAction(actions.export_selection)
    file_menu.addSeparator()
    file_menu.addAction(actions.restore_backup)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = menu_bar.addMenu(translate("WindowActions", "&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.find, actions.clear_search])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.toggle_star, actions.tag_selection, actions.remove_tag])
    edit_menu.addAction(actions.open_on_site)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.save_search)
    edit_menu.addMenu(actions.saved_searches)
    edit_menu.addMenu(actions.delete_saved_search)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)
    view_menu = menu_bar.addMenu(translate("WindowActions", "&View"))
    sort_menu = view_menu.addMenu(translate("WindowActions", "&Sort Results"))
    sort_menu.addActions(list(actions.sort_orders.values()))
    view_menu.addSeparator()
    view_menu.addActions([actions.show_facets, actions.show_timeline, actions.show_detail])
    view_menu.addSeparator()
    view_menu.addAction(actions.refresh)
    view_menu.addAction(actions.focus_facets)
    help_menu = menu_bar.addMenu(translate("WindowActions", "&Help"))
    help_menu.addActions([actions.syntax_reference, actions.syntax_help, actions.shortcuts])
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    return edit_menu
