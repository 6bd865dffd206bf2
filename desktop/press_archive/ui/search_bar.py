"""The search field across the top: search as you type, history in a completer, errors shown inline.

Typing waits for a short pause before searching, so each keystroke does not start a search of its
own; Enter searches at once. The line under the field says what went wrong with a query, or how it
was understood when the archive rewrote it, and never pops up a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from press_archive.archive import QueryError
from press_archive.model import SortOrder
from press_archive.ui.appearance import RESOURCES, colors_for

DEBOUNCE_MS = 250


def sort_label(order: SortOrder) -> str:
    labels = {
        SortOrder.RELEVANCE: QCoreApplication.translate("SortOrder", "Best match"),
        SortOrder.NEWEST: QCoreApplication.translate("SortOrder", "Newest first"),
        SortOrder.OLDEST: QCoreApplication.translate("SortOrder", "Oldest first"),
    }
    return labels[order]


class SearchBar(QWidget):
    """The query field, the sort order and the hint line."""

    #: The query to search for: after a pause in typing, on Enter, or when cleared.
    query_changed = Signal(str)
    #: The user settled on a query (Enter, or picked from the history): worth remembering.
    query_committed = Signal(str)
    sort_changed = Signal(object)
    #: Down was pressed in the field: the user wants to move into the results.
    results_requested = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr('Search titles and text: words, "exact phrases", lang:ru, date:2025-12 …   (F1 for help)')
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Search"))
        self.edit.addAction(QIcon(str(RESOURCES / "search.svg")), QLineEdit.ActionPosition.LeadingPosition)
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._error_action = QAction(warning_icon, "", self)
        self._suggestions = QStringListModel(self)
        self._completer = completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.edit.setCompleter(completer)
        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Sort order"))
        for order in SortOrder:
            self.sort.addItem(sort_label(order), order)
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("Query syntax (F1)"))
        self.help_button.setAutoRaise(True)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self._hint_is_error = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._layout()
        self._timer.timeout.connect(self._emit_query)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._commit)
        self.edit.installEventFilter(self)
        self.sort.currentIndexChanged.connect(lambda _index: self.sort_changed.emit(self.sort_order))
        self.help_button.clicked.connect(self.help_requested)
        completer.activated.connect(lambda _text: self._commit())

    def _layout(self) -> None:
        self._row = row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.edit, 1)
        row.addWidget(self.sort)
        row.addWidget(self.help_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 2)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.hint)
        self.hint.setMinimumHeight(self.hint.fontMetrics().height())
        self.hint.setContentsMargins(4, 0, 0, 0)

    def add_tool(self, action: QAction) -> QToolButton:
        """A button for a window command at the end of the row, beside the help button."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._row.addWidget(button)
        return button

    @property
    def query(self) -> str:
        return self.edit.text()

    def set_query(self, query: str) -> None:
        """Put a query in the field (from a facet, a chip or the history) and search for it at once."""
        self.edit.setText(query)
        self._emit_query()

    @property
    def sort_order(self) -> SortOrder:
        return SortOrder(self.sort.currentData())  # Qt hands the enum's value back as a plain str

    def set_sort(self, order: SortOrder) -> None:
        self.sort.setCurrentIndex(self.sort.findData(order))

    @property
    def suggestions(self) -> list[str]:
        return self._suggestions.stringList()

    def set_suggestions(self, queries: list[str]) -> None:
        """What the completer offers: recent and saved queries, most useful first."""
        self._suggestions.setStringList(list(dict.fromkeys(query for query in queries if query.strip())))

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def show_error(self, error: QueryError) -> None:
        where = self.tr("{reason} (at character {position})")
        self._set_hint(where.format(reason=error.reason, position=error.position + 1), error=True)

    def show_understood(self, parsed: str, also_searched: tuple[str, ...] = ()) -> None:
        """Echo the query as the archive understood it, when that differs from what was typed, and
        the other names of the concepts it named, which were searched with them."""
        typed = " ".join(self.query.split()).casefold()
        parts = [] if parsed.casefold() == typed else [self.tr("Searched for: {query}").format(query=parsed)]
        if also_searched:
            parts.append(self.tr("also searched: {names}").format(names=", ".join(also_searched)))
        self._set_hint(" · ".join(parts), error=False)

    def clear_hint(self) -> None:
        self._set_hint("", error=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            popup = self._completer.popup()
            if event.key() == Qt.Key.Key_Down and (popup is None or not popup.isVisible()):
                self.results_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_hint()
        super().changeEvent(event)

    def _colour_hint(self) -> None:
        colors = colors_for(self.palette())
        palette = self.hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colors.error if self._hint_is_error else colors.muted)
        self.hint.setPalette(palette)

    def _set_hint(self, text: str, error: bool) -> None:
        self._hint_is_error = error
        self.hint.setText(text)
        self._colour_hint()
        if error and self._error_action not in self.edit.actions():
            self._error_action.setToolTip(text)
            self.edit.addAction(self._error_action, QLineEdit.ActionPosition.TrailingPosition)
        elif not error:
            self.edit.removeAction(self._error_action)
        self._error_action.setToolTip(text)

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _commit(self) -> None:
        self._emit_query()
        self.query_committed.emit(self.query)

    @Slot()
    def _emit_query(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query)
