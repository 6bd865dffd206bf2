"""The archive's window: search across the top, facets and collections on the left, timeline and results
in the centre, the item being read on the right, background work in the status bar.

The window arranges the panes and passes messages between them; every read and write of the archive
is a job on the `JobRunner`, so nothing here waits for the disk. Changes of the user's data go on
the window's undo stack (Edit ▸ Undo), whichever pane or menu made them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from press_archive.archive import Archive, QueryError
from press_archive.archive.hit_list import FirstPage
from press_archive.archive.query_edit import filter_terms, with_filter, without_filter
from press_archive.model import Collection, ImportReport, SavedSearch, SearchRequest, SearchResult, SortOrder
from press_archive.ui.about import about_html
from press_archive.ui.actions import build_menus, create_actions
from press_archive.ui.annotation_flow import AnnotationFlow
from press_archive.ui.archive_watch import ArchiveWatcher
from press_archive.ui.collection_flow import CollectionFlow
from press_archive.ui.collections_panel import CollectionsPanel
from press_archive.ui.detail_pane import DetailPane
from press_archive.ui.empty_results import EmptyResults
from press_archive.ui.export_flow import ExportFlow
from press_archive.ui.facet_panel import FacetPanel
from press_archive.ui.fetch_dialog import FetchDialog
from press_archive.ui.fetch_flow import FetchFlow
from press_archive.ui.import_flow import ImportFlow
from press_archive.ui.item_detail import ItemDetail, load_detail
from press_archive.ui.item_html import site_url
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.message_bar import MessageBar
from press_archive.ui.preferences_flow import PreferencesFlow
from press_archive.ui.read_only_mode import refusal, show_read_only
from press_archive.ui.rebuild_flow import RebuildFlow
from press_archive.ui.restore_dialog import RestoreDialog
from press_archive.ui.result_model import ResultListModel
from press_archive.ui.results_pane import ResultsPane
from press_archive.ui.saved_searches import SavedSearches
from press_archive.ui.search_bar import SearchBar
from press_archive.ui.search_session import SearchSession
from press_archive.ui.selection_edits import SelectionEdits
from press_archive.ui.shortcuts_dialog import ShortcutsDialog
from press_archive.ui.status_bar import MESSAGE_MS, StatusBar
from press_archive.ui.syntax_help import SyntaxPopup, SyntaxReference
from press_archive.ui.user_writes import UserDataWrites
from press_archive.ui.window_settings import WindowSettings

DETAIL_CHANNEL = "detail"
DEFAULT_SIZE = QSize(1280, 800)
DEFAULT_SPLIT = [230, 560, 490]
#: The sidebar's height, shared between the facets and the collections under them.
SIDEBAR_SPLIT = [520, 200]
#: How a change of the window's width is shared: the sidebar keeps its own, the list takes the most.
SPLIT_STRETCH = (0, 3, 2)


class MainWindow(QMainWindow):
    """See the module docstring. Call `start()` once the window is shown."""

    #: The first page of a search is on screen.
    results_shown = Signal()
    #: The count and the exact facets of that search are on screen (estimated facets may come first).
    counts_shown = Signal()
    #: Build the window again in this `InterfaceLanguage` (the launcher does, when nothing runs).
    language_requested = Signal(object)
    #: The reading pane shows an item (its id).
    detail_shown = Signal(str)

    def __init__(self, archive: Archive, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.settings = WindowSettings(settings, archive.path)
        self.runner = JobRunner(archive, self)
        self.session = SearchSession(self.runner, self)
        self.watcher = ArchiveWatcher(self.runner, parent=self)
        self.model = ResultListModel(self.runner)
        self.search_bar = SearchBar(self)
        self.facets = FacetPanel(self)
        self.collections = CollectionsPanel(self)
        self.sidebar = QSplitter(Qt.Orientation.Vertical, self)
        self.results = ResultsPane(self.model, self.runner, self)
        self.empty_results = EmptyResults(self.results.list, self.runner, self)
        self.detail = DetailPane(self)
        self.status = StatusBar(self)
        self.undo_stack = QUndoStack(self)
        self.commands = create_actions(self, self.undo_stack)
        self.imports = ImportFlow(self.runner, self.status, self)
        self.exports = ExportFlow(self.runner, self.status, self.settings, self)
        self.writes = UserDataWrites(self.runner, self.undo_stack)
        self.annotations = AnnotationFlow(self.writes, self.detail, self.model)
        self.collection_flow = CollectionFlow(self.writes, self.collections, self)
        self.edits = SelectionEdits(
            self.results, self.detail, self.annotations, self.collection_flow, self.commands, self
        )
        self.saved = SavedSearches(
            self.runner, self.commands.saved_searches, self.commands.delete_saved_search, self
        )
        self.preferences = PreferencesFlow(settings, archive.path, archive.user.backup_dir, self)
        self.fetches = FetchFlow(self.runner, self.status, self)
        self.fetch_dialog = FetchDialog(self.fetches, self)
        self.empty_bar = MessageBar(self)
        self.fetch_site_button = self.empty_bar.add_button(self.tr("Fetch the Site"))
        self.rebuild_bar = MessageBar(self)
        self.read_only_bar = MessageBar(self)
        self.rebuilds = RebuildFlow(
            self.runner, self.status, self.rebuild_bar, self.settings, archive.path, self
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._syntax_popup: SyntaxPopup | None = None
        self._waiting_files: list[Path] = []  # opened while another task ran: imported after it
        self._syntax_reference: SyntaxReference | None = None
        self.setWindowTitle(self.tr("Press Archive — {file}").format(file=archive.path.name))
        self.setStatusBar(self.status)
        self.setAcceptDrops(True)
        self.edit_menu = build_menus(self.menuBar(), self.commands)
        self._lay_out()
        self._connect()
        self._restore()
        if archive.read_only:
            show_read_only(
                archive.path,
                archive.read_only,
                self.read_only_bar,
                self.commands,
                self.detail,
                (self.edits.menu, self.collections),
            )

    def _lay_out(self) -> None:
        self.sidebar.addWidget(self.facets)
        self.sidebar.addWidget(self.collections)
        self.sidebar.setChildrenCollapsible(False)
        self.sidebar.setStretchFactor(0, 1)
        self.sidebar.setSizes(SIDEBAR_SPLIT)
        for pane, minimum_width in ((self.sidebar, 170), (self.results, 340), (self.detail, 300)):
            self.splitter.addWidget(pane)
            pane.setMinimumWidth(minimum_width)
        self.splitter.setChildrenCollapsible(False)
        for index, stretch in enumerate(SPLIT_STRETCH):
            self.splitter.setStretchFactor(index, stretch)
        root = QWidget(self)
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.read_only_bar)
        layout.addWidget(self.empty_bar)
        layout.addWidget(self.rebuild_bar)
        layout.addWidget(self.splitter, 1)
        self.search_bar.add_tool(self.commands.update_from_site)
        self.setCentralWidget(root)

    def _connect(self) -> None:
        bar, commands, results_list = self.search_bar, self.commands, self.results.list
        bar.query_changed.connect(self.search)
        bar.query_committed.connect(self._remember_query)
        bar.sort_changed.connect(self.set_sort)
        bar.results_requested.connect(self.results.focus_results)
        bar.help_requested.connect(self.show_syntax_help)
        self.session.page_ready.connect(self._show_page)
        self.session.ranking_pending.connect(self.status.show_ranking_pending)
        self.session.counts_ready.connect(self._show_counts)
        self.session.failed.connect(self._search_failed)
        self.empty_results.query_picked.connect(bar.set_query)
        for messenger in (self.model.fetch_failed, self.runner.unhandled_error, self.writes.failed,
                          self.edits.message, self.results.message, self.saved.failed,
                          self.preferences.message):
            messenger.connect(self._show_message)
        self.results.selection_reading.connect(self.status.show_selection_reading)
        results_list.selectionModel().currentChanged.connect(self._open_current)
        results_list.activated.connect(self._read_current)
        self.facets.facet_picked.connect(self.add_filter)
        self.facets.filter_removed.connect(self.remove_filter)
        self.results.timeline.month_picked.connect(self.add_filter)
        self.detail.item_link_clicked.connect(self.open_item)
        self.imports.finished.connect(self._import_finished)
        self.fetches.finished.connect(self._fetch_finished)
        self.fetches.items_arrived.connect(self.watcher.check)
        self.rebuilds.finished.connect(self._rebuild_finished)
        self.fetch_site_button.clicked.connect(self.update_from_site)
        self.watcher.changed.connect(self._archive_changed)
        commands.refresh.triggered.connect(self.refresh)
        self.saved.changed.connect(self._update_suggestions)
        self.saved.chosen.connect(bar.set_query)
        self.collections.chosen.connect(bar.set_query)
        self.collection_flow.changed.connect(self._collections_changed)
        self.edit_menu.aboutToShow.connect(self.edits.name_star_command)
        commands.import_files.triggered.connect(lambda: self._import(self.imports.ask_files()))
        commands.import_folder.triggered.connect(lambda: self._import(self.imports.ask_folder()))
        commands.update_from_site.triggered.connect(self.update_from_site)
        commands.open_on_site.triggered.connect(self.open_on_site)
        commands.export_selection.triggered.connect(self._export)
        commands.restore_backup.triggered.connect(self.restore_backup)
        commands.quit.triggered.connect(self.close)
        commands.find.triggered.connect(bar.focus)
        commands.clear_search.triggered.connect(self.clear_search)
        commands.save_search.triggered.connect(lambda: self.saved.save(bar.query))
        commands.focus_facets.triggered.connect(self.facets.focus_facets)
        commands.preferences.triggered.connect(self.preferences.edit)
        self.preferences.page_size_changed.connect(self.set_page_size)
        self.preferences.language_changed.connect(self._change_language)
        commands.syntax_help.triggered.connect(self.show_syntax_help)
        commands.syntax_reference.triggered.connect(self.show_syntax_reference)
        commands.shortcuts.triggered.connect(lambda: ShortcutsDialog(self, self).open())
        commands.about.triggered.connect(self._about)
        for order, action in commands.sort_orders.items():
            action.triggered.connect(lambda _checked=False, order=order: self.set_sort(order))
        commands.show_facets.toggled.connect(self.sidebar.setVisible)
        commands.show_timeline.toggled.connect(self.results.set_timeline_wanted)
        commands.show_detail.toggled.connect(self.detail.setVisible)

    def _restore(self) -> None:
        self.settings.restore_layout(
            self, self.splitter, self.commands.view_toggles(), DEFAULT_SIZE, DEFAULT_SPLIT
        )
        sort = self.settings.sort
        self.session.sort = sort
        self.search_bar.set_sort(sort)
        self.commands.sort_orders[sort].setChecked(True)
        self.search_bar.edit.setText(self.settings.last_query)
        self.search_bar.set_suggestions(self.settings.history)
        self.set_page_size(self.preferences.preferences.page_size)

    def start(self) -> None:
        """Open on the archive and run the last search; an empty archive gets the bundled pages and is
        offered the whole site, an archive cut with older rules a rebuild."""
        def check_empty(context: JobContext) -> bool:
            return context.archive.is_empty()

        self.runner.submit(check_empty, self._opened)
        self._show_last_update()
        self.saved.refresh()
        self.writes.reload(tags=True, collections=True)
        backups = [backup for backup in (self.archive.migration_backup, self.archive.user.migration_backup)
                   if backup is not None]
        if backups:
            message = self.tr("The archive was upgraded; the old version was kept in {file}.")
            self._show_message(message.format(file=backups[0]))

    def refresh(self) -> None:
        """Run the search again and reload tags and collections: another program changed the archive."""
        self.session.run()
        self.writes.reload(tags=True, collections=True)

    def _archive_changed(self) -> None:
        if not self.imports.running and not self.rebuilds.running:  # they refresh the window when they end
            self.refresh()

    def _opened(self, empty: bool) -> None:
        self.watcher.start()
        self.search(self.search_bar.query)
        if self.archive.read_only:
            return  # nothing can be imported, rebuilt or updated into it
        if empty:
            self._import_seeds()
            self.empty_bar.show_message(self.tr(
                "This archive was empty: it now holds the three sample pages that come with Press "
                "Archive. The whole site is fetched from the website, which needs the network and takes "
                "a while (it goes on in the background, and can be stopped and taken up again)."
            ))
        else:
            self.rebuilds.check()
            if self.preferences.preferences.update_on_start:
                self._start_update()

    # Searching

    @Slot(str)
    def search(self, query: str) -> None:
        self.facets.show_filters(filter_terms(query))
        self.facets.set_counting(True)
        self.settings.last_query = query
        self.session.run(query=query)

    def set_sort(self, order: SortOrder) -> None:
        if order is self.session.sort:
            return
        self.session.run(sort=order)  # first: the widgets updated below call back here, and return
        self.settings.sort = order
        self.search_bar.set_sort(order)
        self.commands.sort_orders[order].setChecked(True)

    def set_page_size(self, page_size: int) -> None:
        """Results are read this many at a time, from the next search on."""
        self.session.page_size = page_size

    def add_filter(self, term: str) -> None:
        self.search_bar.set_query(with_filter(self.search_bar.query, term))

    def remove_filter(self, term: str) -> None:
        self.search_bar.set_query(without_filter(self.search_bar.query, term))

    def clear_search(self) -> None:
        if self.search_bar.query:
            self.search_bar.set_query("")
        self.search_bar.focus()

    def _show_page(self, page: FirstPage) -> None:
        open_id = self.detail.detail.item.id if self.detail.detail else None
        self.search_bar.show_understood(page.result.parsed_query, page.result.also_searched)
        self.model.show_page(page)
        self.empty_results.explain(page.result)
        self.status.show_first_page(page.result)
        row = self.model.row_of(open_id) if open_id else None
        if row is not None:
            self.results.list.setCurrentIndex(self.model.index(row))
        elif self.detail.detail is not None:
            self.detail.show_empty()
        self.results_shown.emit()

    def _show_counts(self, result: SearchResult) -> None:
        """Facets come first, maybe estimated, and the total last: see `SearchSession.counts_ready`."""
        if result.request.with_facets:
            self.facets.show_facets(result.facets, estimated=result.facets_estimated)
            if not result.facets_estimated:  # a sample of days has no months: the last ones stay meanwhile
                self.results.show_months(result.facets.get("month", ()))
        if result.total is not None:
            self.model.set_total(result.total)
            self.status.show_total(result.total)
            self.counts_shown.emit()

    def _search_failed(self, error: Exception) -> None:
        self.facets.set_counting(False)  # the results of the last good search stay, and so do their facets
        if isinstance(error, QueryError):
            self.search_bar.show_error(error)
            self.empty_results.explain_error(error)
        else:
            self._show_message(self.tr("Search failed: {error}").format(error=error))

    def _remember_query(self, query: str) -> None:
        self.settings.remember_query(query)
        self._update_suggestions(self.saved.searches)

    def _update_suggestions(self, saved: list[SavedSearch]) -> None:
        self.search_bar.set_suggestions([*self.settings.history, *(search.query for search in saved)])

    # Reading and annotating

    @Slot(QModelIndex, QModelIndex)
    def _open_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row, hits = current.row(), self.model.hit_list
        hit = self.model.hit(row)  # None for a row whose page is being read
        via_variant = hit is not None and hit.via_variant

        def find_id(_context: JobContext) -> str:
            """A row never read (End on a million rows) is looked up here: that can take a second."""
            assert hits is not None  # a row is a row of a search
            return hits.read_item_id(row)

        self._load_detail(find_id, self.session.query, via_variant)

    def _read_current(self, _index: QModelIndex) -> None:
        """Enter (or a double click) on a result: move into its text to read on with the keyboard."""
        self.commands.show_detail.setChecked(True)
        self.detail.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        self._remember_query(self.session.query)

    def open_item(self, item_id: str) -> None:
        """Show an item reached by a link; the results stay as they are, with nothing selected."""
        selection = self.results.list.selectionModel()
        selection.clearCurrentIndex()
        selection.select(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        self._load_detail(lambda _context: item_id, "", False)

    def _load_detail(self, find_id: Callable[[JobContext], str], query: str, via_variant: bool) -> None:
        """Show an item in the reading pane; `find_id` names it, in the background job."""

        def load(context: JobContext) -> ItemDetail:
            return load_detail(context, find_id(context), query, via_variant)

        self.runner.submit(load, self._show_detail, self._detail_failed, channel=DETAIL_CHANNEL)

    def _show_detail(self, detail: ItemDetail) -> None:
        self.detail.show_detail(detail)
        self.detail_shown.emit(detail.item.id)

    def _detail_failed(self, error: Exception) -> None:
        self.detail.show_message(self.tr("This item could not be read: {error}").format(error=error))

    def _collections_changed(self, _collections: list[Collection]) -> None:
        """A search that picks items by collection shows them as they are now."""
        if any(term.lstrip("-").lower().startswith("in:") for term in filter_terms(self.session.query)):
            self.session.run()

    # Importing and exporting

    def _import(self, paths: list[Path]) -> None:
        if paths and not self._refused() and not self._busy():
            self.imports.import_paths(paths)

    def _refused(self) -> bool:
        """Whether the archive is read-only, in which case the status bar says so."""
        if self.archive.read_only:
            self._show_message(refusal(self.archive.path, self.archive.read_only))
        return self.archive.read_only is not None

    @Slot(list)
    def open_files(self, paths: list[Path]) -> None:
        """Files opened from the file manager or a later launch: shown, and imported once the window
        is free (after the sample pages of a first start, say)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self._waiting_files += paths
        self._import_waiting()

    def _import_waiting(self) -> None:
        if self._waiting_files and self._refused():
            self._waiting_files = []
        elif self._waiting_files and not self._busy(quiet=True):
            paths, self._waiting_files = self._waiting_files, []
            self.imports.import_paths(paths)

    def _import_seeds(self) -> None:
        if not self._busy():
            self.detail.show_message(self.tr("Importing the pages bundled with Press Archive…"))
            self.imports.import_seeds()

    # The website

    def update_from_site(self) -> None:
        """Start an update from the website and show its details (only the details if it runs)."""
        if self.fetches.running or self._start_update():
            self.fetch_dialog.show()
            self.fetch_dialog.raise_()

    def _start_update(self) -> bool:
        if self._busy():
            return False
        self.empty_bar.hide()
        preferences = self.preferences.preferences
        return self.fetches.start(preferences.fetch_sites, preferences.fetch_delay)

    def _fetch_finished(self, _report: object) -> None:
        self._show_last_update()
        self.session.run()

    def _show_last_update(self) -> None:
        def last(context: JobContext) -> dt.datetime | None:
            return context.archive.last_fetched_at()

        self.runner.submit(last, self.status.show_last_update, lambda _error: None)

    def open_on_site(self) -> None:
        """Open the current item's page on the website in the browser."""
        current = self.results.list.currentIndex()
        item_id = self.model.item_id(current.row()) if current.isValid() else None
        if item_id is None and self.detail.detail is not None:
            item_id = self.detail.detail.item.id
        if item_id is None:
            return
        found = item_id

        def address(context: JobContext) -> str | None:
            return site_url(context.archive.item(found))

        self.runner.submit(address, self._open_address)

    def _open_address(self, url: str | None) -> None:
        if url is None:
            self._show_message(self.tr("This item was not fetched from the site: it has no address there."))
        else:
            QDesktopServices.openUrl(QUrl(url))

    def _rebuild_finished(self, report: object) -> None:
        if report is not None:
            self.detail.show_empty()
            self.refresh()

    def _import_finished(self, _report: ImportReport | None) -> None:
        if self.detail.detail is None:
            self.detail.show_empty()
        self.session.run()
        self._import_waiting()

    def restore_backup(self) -> RestoreDialog:
        """Open File ▸ Restore from Automatic Backup; what a restore adds shows in the window at once."""
        dialog = RestoreDialog(self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda _report: self.refresh())
        dialog.open()
        return dialog

    def _export(self) -> None:
        """Ask what to export once the selection's ids are known (read in the background if need be)."""
        if not self._busy():
            self.results.with_selected_ids(self._ask_export)

    def _ask_export(self, picked: list[str]) -> None:
        if self._busy():  # an import may have started while the selection was read
            return
        search = SearchRequest(query=self.session.query, sort=self.session.sort)
        choice = self.exports.ask(picked, search, self.model.total)
        if choice is not None:
            self.exports.export(choice)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self._import([Path(url.toLocalFile()) for url in event.mimeData().urls()])
        event.acceptProposedAction()

    # The rest

    def show_syntax_help(self) -> None:
        if self._syntax_popup is None:
            self._syntax_popup = SyntaxPopup(self)
        self._syntax_popup.show_below(self.search_bar.edit)

    def show_syntax_reference(self) -> None:
        if self._syntax_reference is None:
            self._syntax_reference = SyntaxReference(self)
        self._syntax_reference.show()
        self._syntax_reference.raise_()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Press Archive"), about_html(self.archive.path))

    def _change_language(self, language: object) -> None:
        """A new language needs a new window; a running task would be lost with this one, so then the
        language waits for the next start."""
        if self._busy(quiet=True):
            self._show_message(self.tr(
                "The new language is used when Press Archive starts again (a task is running now)."
            ))
        else:
            self.language_requested.emit(language)

    def _busy(self, *, quiet: bool = False) -> bool:
        """Whether an import, export, update or rebuild runs (one at a time); the status bar then says
        so, unless `quiet` (the caller will try again when the task ends)."""
        busy = self.imports.running or self.exports.running or self.fetches.running or self.rebuilds.running
        if busy and not quiet:
            self._show_busy()
        return busy

    def _show_busy(self) -> None:
        self._show_message(self.tr(
            "An import, export, update or rebuild is running; wait for it to finish or cancel it."
        ))

    def _show_message(self, message: str) -> None:
        self.status.showMessage(message, MESSAGE_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the note being typed, stop background work, remember the window's layout."""
        self.detail.note.flush()
        self.imports.cancel()
        self.exports.cancel()
        self.fetches.cancel()
        self.runner.shutdown()
        self.settings.save_layout(self, self.splitter, self.commands.view_toggles())
        super().closeEvent(event)
