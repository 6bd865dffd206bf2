"""The archive's window: search across the top, facets on the left, timeline and results in the centre,
the item being read on the right, background work in the status bar.

The window arranges the panes and passes messages between them; every read and write of the archive
is a job on the `JobRunner`, so nothing here waits for the disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from press_archive.archive import Archive, QueryError
from press_archive.model import ImportReport, SavedSearch, SearchRequest, SearchResult, SortOrder
from press_archive.ui.about import about_html
from press_archive.ui.actions import build_menus, create_actions
from press_archive.ui.annotation_flow import AnnotationFlow
from press_archive.ui.detail_pane import EMPTY_MESSAGE, DetailPane
from press_archive.ui.export_flow import ExportFlow
from press_archive.ui.facet_panel import FacetPanel
from press_archive.ui.import_flow import ImportFlow
from press_archive.ui.item_detail import ItemDetail, load_detail
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.query_terms import filter_terms, with_term, without_term
from press_archive.ui.result_model import ResultListModel, ResultPage
from press_archive.ui.results_pane import ResultsPane
from press_archive.ui.saved_searches import SavedSearches
from press_archive.ui.search_bar import SearchBar
from press_archive.ui.search_session import SearchSession
from press_archive.ui.status_bar import MESSAGE_MS, StatusBar
from press_archive.ui.syntax_help import SyntaxPopup
from press_archive.ui.window_settings import WindowSettings

DETAIL_CHANNEL = "detail"
DEFAULT_SIZE = QSize(1280, 800)
DEFAULT_SPLIT = [230, 560, 490]
#: How a change of the window's width is shared: the facets keep theirs, the list takes the most.
SPLIT_STRETCH = (0, 3, 2)
BUSY_MESSAGE = "An import or export is running; wait for it to finish or cancel it."


class MainWindow(QMainWindow):
    """See the module docstring. Call `start()` once the window is shown."""

    #: The first page of a search is on screen.
    results_shown = Signal()
    #: The count and the facets of that search are on screen.
    counts_shown = Signal()
    #: The reading pane shows an item (its id).
    detail_shown = Signal(str)

    def __init__(self, archive: Archive, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.settings = WindowSettings(settings)
        self.runner = JobRunner(archive, self)
        self.session = SearchSession(self.runner, self)
        self.model = ResultListModel(self.runner)
        self.search_bar = SearchBar(self)
        self.facets = FacetPanel(self)
        self.results = ResultsPane(self.model, self)
        self.detail = DetailPane(self)
        self.status = StatusBar(self)
        self.commands = create_actions(self)
        self.imports = ImportFlow(self.runner, self.status, self)
        self.exports = ExportFlow(self.runner, self.status, self)
        self.annotations = AnnotationFlow(self.runner, self.detail, self.model)
        self.saved = SavedSearches(
            self.runner, self.commands.saved_searches, self.commands.delete_saved_search, self
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._syntax_popup: SyntaxPopup | None = None
        self.setWindowTitle(f"Press Archive — {archive.path.name}")
        self.setStatusBar(self.status)
        self.setAcceptDrops(True)
        build_menus(self.menuBar(), self.commands)
        self._lay_out()
        self._connect()
        self._restore()

    def _lay_out(self) -> None:
        for pane, minimum_width in ((self.facets, 170), (self.results, 340), (self.detail, 300)):
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
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(root)

    def _connect(self) -> None:
        bar, commands, results_list = self.search_bar, self.commands, self.results.list
        bar.query_changed.connect(self.search)
        bar.query_committed.connect(self._remember_query)
        bar.sort_changed.connect(self.set_sort)
        bar.results_requested.connect(self.results.focus_results)
        bar.help_requested.connect(self.show_syntax_help)
        self.session.page_ready.connect(self._show_page)
        self.session.counts_ready.connect(self._show_counts)
        self.session.failed.connect(self._search_failed)
        for messenger in (self.model.fetch_failed, self.runner.unhandled_error, self.annotations.failed,
                          self.saved.failed):
            messenger.connect(self._show_message)
        results_list.selectionModel().currentChanged.connect(self._open_current)
        results_list.activated.connect(self._read_current)
        self.facets.facet_picked.connect(self.add_filter)
        self.facets.filter_removed.connect(self.remove_filter)
        self.results.timeline.month_picked.connect(self.add_filter)
        self.detail.item_link_clicked.connect(self.open_item)
        self.imports.finished.connect(self._import_finished)
        self.saved.changed.connect(self._update_suggestions)
        self.saved.chosen.connect(bar.set_query)
        commands.import_files.triggered.connect(lambda: self._import(self.imports.ask_files()))
        commands.import_folder.triggered.connect(lambda: self._import(self.imports.ask_folder()))
        commands.export_selection.triggered.connect(self._export)
        commands.quit.triggered.connect(self.close)
        commands.find.triggered.connect(bar.focus)
        commands.clear_search.triggered.connect(self.clear_search)
        commands.toggle_star.triggered.connect(self.toggle_star)
        commands.tag_selection.triggered.connect(self._tag_selection)
        commands.save_search.triggered.connect(lambda: self.saved.save(bar.query))
        commands.focus_facets.triggered.connect(self.facets.focus_facets)
        commands.syntax_help.triggered.connect(self.show_syntax_help)
        commands.about.triggered.connect(self._about)
        for order, action in commands.sort_orders.items():
            action.triggered.connect(lambda _checked=False, order=order: self.set_sort(order))
        commands.show_facets.toggled.connect(self.facets.setVisible)
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

    def start(self) -> None:
        """Open on the archive: an empty one gets the bundled pages first, then the last search runs."""
        def check_empty(context: JobContext) -> bool:
            return context.archive.is_empty()

        self.runner.submit(check_empty, self._opened)
        self.saved.refresh()
        self.annotations.refresh_tag_names()
        backups = [backup for backup in (self.archive.migration_backup, self.archive.user.migration_backup)
                   if backup is not None]
        if backups:
            self._show_message(f"The archive was upgraded; the old version was kept in {backups[0]}.")

    def _opened(self, empty: bool) -> None:
        if empty:
            self.detail.show_message("Importing the pages bundled with Press Archive…")
            self.imports.import_seeds()
        else:
            self.search(self.search_bar.query)

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

    def add_filter(self, term: str) -> None:
        self.search_bar.set_query(with_term(self.search_bar.query, term))

    def remove_filter(self, term: str) -> None:
        self.search_bar.set_query(without_term(self.search_bar.query, term))

    def clear_search(self) -> None:
        if self.search_bar.query:
            self.search_bar.set_query("")
        self.search_bar.focus()

    def _show_page(self, page: ResultPage) -> None:
        open_id = self.detail.detail.item.id if self.detail.detail else None
        self.search_bar.show_understood(page.result.parsed_query)
        self.model.show_page(page)
        self.status.show_first_page(page.result)
        row = self.model.row_of(open_id) if open_id else None
        if row is not None:
            self.results.list.setCurrentIndex(self.model.index(row))
        elif self.detail.detail is not None:
            self.detail.show_message(EMPTY_MESSAGE)
        self.results_shown.emit()

    def _show_counts(self, result: SearchResult) -> None:
        if result.total is not None:
            self.model.set_total(result.total)
            self.status.show_total(result.total)
        self.facets.show_facets(result.facets)
        self.results.show_months(result.facets.get("month", ()))
        self.counts_shown.emit()

    def _search_failed(self, error: Exception) -> None:
        self.facets.set_counting(False)  # the results of the last good search stay, and so do their facets
        if isinstance(error, QueryError):
            self.search_bar.show_error(error)
        else:
            self._show_message(f"Search failed: {error}")

    def _remember_query(self, query: str) -> None:
        self.settings.remember_query(query)
        self._update_suggestions(self.saved.searches)

    def _update_suggestions(self, saved: list[SavedSearch]) -> None:
        self.search_bar.set_suggestions([*self.settings.history, *(search.query for search in saved)])

    # Reading and annotating

    @Slot(QModelIndex, QModelIndex)
    def _open_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            hit = self.model.hit(current.row())
            self._load_detail(hit.item_id, self.session.query, hit.via_variant)

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
        self._load_detail(item_id, "", False)

    def _load_detail(self, item_id: str, query: str, via_variant: bool) -> None:
        def load(context: JobContext) -> ItemDetail:
            return load_detail(context, item_id, query, via_variant)

        self.runner.submit(load, self._show_detail, self._detail_failed, channel=DETAIL_CHANNEL)

    def _show_detail(self, detail: ItemDetail) -> None:
        self.detail.show_detail(detail)
        self.detail_shown.emit(detail.item.id)

    def _detail_failed(self, error: Exception) -> None:
        self.detail.show_message(f"This item could not be read: {error}")

    def _picked_or_shown(self) -> list[str]:
        """The selected results; else the item in the reading pane."""
        picked = self.results.selected_item_ids()
        if not picked and self.detail.detail is not None:
            picked = [self.detail.detail.item.id]
        return picked

    def toggle_star(self) -> None:
        """Star the picked items, or unstar them when every one is starred already."""
        picked = self._picked_or_shown()
        if picked:
            self.annotations.star(picked, not self.results.all_starred(picked))

    def _tag_selection(self) -> None:
        picked = self._picked_or_shown()
        if picked:
            self.annotations.ask_and_tag(picked, self)
        else:
            self._show_message("Select the items to tag first.")

    # Importing and exporting

    def _import(self, paths: list[Path]) -> None:
        if not paths:
            return
        if self.exports.running or not self.imports.import_paths(paths):
            self._show_message(BUSY_MESSAGE)

    def _import_finished(self, _report: ImportReport | None) -> None:
        if self.detail.detail is None:
            self.detail.show_message(EMPTY_MESSAGE)
        self.session.run()

    def _export(self) -> None:
        if self.imports.running or self.exports.running:
            self._show_message(BUSY_MESSAGE)
            return
        search = SearchRequest(query=self.session.query, sort=self.session.sort)
        choice = self.exports.ask(self.results.selected_item_ids(), search, self.model.total)
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

    def _about(self) -> None:
        QMessageBox.about(self, "About Press Archive", about_html(self.archive.path))

    def _show_message(self, message: str) -> None:
        self.status.showMessage(message, MESSAGE_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the note being typed, stop background work, remember the window's layout."""
        self.detail.note.flush()
        self.imports.cancel()
        self.exports.cancel()
        self.runner.shutdown()
        self.settings.save_layout(self, self.splitter, self.commands.view_toggles())
        super().closeEvent(event)
