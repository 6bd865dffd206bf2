"""The left-hand pane: the active filters as removable chips, and the facets of the current results.

A facet's value is the exact query term that picking it adds, so the pane never builds query
syntax itself: it passes on what the archive gave it. That holds for estimated facets too: only
their counts are approximate, so they stay clickable while the exact counts are on their way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from press_archive.model import FacetCount, Kind, Language
from press_archive.ui.appearance import colors_for
from press_archive.ui.chip import Chip
from press_archive.ui.flow_layout import FlowLayout
from press_archive.ui.formatting import (
    format_number,
    kind_name,
    language_name,
    month_name,
    month_title,
    term_month,
)
from press_archive.ui.headings import section_heading

#: The facets shown, in this order. Months are shown under their year.
GROUPS = ("year", "language", "kind", "tag", "name")
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
#: The note on estimates is smaller than the facets: it qualifies them without competing with them.
NOTE_SCALE = 0.9


class FacetPanel(QWidget):
    """Facets with counts; a click adds its term to the query, a chip's click removes one."""

    facet_picked = Signal(str)
    filter_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}
        self._terms: list[str] = []
        self._facets: dict[str, tuple[FacetCount, ...]] = {}
        self._estimated = False
        self._collapsed_groups: set[str] = set()
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._filters_heading = section_heading(self.tr("Active filters"), self)
        self._chips = QWidget(self)
        self._chips_layout = FlowLayout(self._chips, spacing=4)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._pick)
        self.tree.itemActivated.connect(self._pick)
        self.tree.itemCollapsed.connect(self._remember_collapsed)
        self.tree.itemExpanded.connect(self._remember_expanded)
        self.estimate_note = QLabel(self.tr("Estimated from a sample; counting every hit…"), self)
        self.estimate_note.setWordWrap(True)
        self.estimate_note.setContentsMargins(10, 8, 10, 6)
        note_font = self.estimate_note.font()
        note_font.setPointSizeF(note_font.pointSizeF() * NOTE_SCALE)
        self.estimate_note.setFont(note_font)
        self._empty = QLabel("", self)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._filters = QWidget(self)
        filters = QVBoxLayout(self._filters)
        filters.setContentsMargins(10, 8, 10, 4)
        filters.setSpacing(6)
        filters.addWidget(self._filters_heading)
        filters.addWidget(self._chips)
        self._empty.setContentsMargins(10, 8, 10, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._filters)
        layout.addWidget(self.estimate_note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self._empty, 1)
        self.show_filters([])
        self.show_message(self.tr("Counting…"))

    def show_facets(self, facets: dict[str, tuple[FacetCount, ...]], estimated: bool = False) -> None:
        """Rebuild the tree from a search's facets, keeping the groups the user collapsed.

        `estimated` counts are scaled from a sample: they are written "≈ 12,300", under a note saying so.
        """
        self.tree.clear()
        self._labels = {}
        self._facets = facets
        self._estimated = estimated
        months = facets.get("month", ())
        titles = {
            "year": self.tr("Date"),
            "language": self.tr("Language"),
            "kind": self.tr("Kind"),
            "tag": self.tr("Tags"),
            "name": self.tr("People and organisations"),
        }
        for key in GROUPS:
            values = facets.get(key, ())
            if not values:
                continue
            title = titles[key]
            group = QTreeWidgetItem(self.tree, [title, ""])
            group.setSizeHint(0, self._row_size())
            group.setData(0, GROUP_ROLE, key)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            font = QFont(self.tree.font())
            font.setBold(True)
            group.setFont(0, font)
            for facet in values:
                entry = self._add_value(group, facet, title, _facet_label(facet))
                if key == "year":
                    for month in months:
                        if month.value.startswith(facet.value + "-"):
                            self._add_value(entry, month, title, _month_label(month))
            group.setExpanded(key not in self._collapsed_groups)
        has_facets = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has_facets)
        self._empty.setVisible(not has_facets)
        self._empty.setText(self.tr("No facets for these results."))
        self._show_estimate_note(has_facets and estimated)
        self.tree.setEnabled(True)
        self.show_filters(self._terms)

    def set_counting(self, counting: bool) -> None:
        """Grey the facets out while a new search is counted: until then they belong to the last one.

        Counting stopped (the search failed) also ends the note that exact counts are coming.
        """
        self.tree.setEnabled(not counting)
        if not counting:
            self._show_estimate_note(False)

    def show_message(self, message: str) -> None:
        """Stand-in text while the facets are counted, or when there are none."""
        self.tree.clear()
        self._facets = {}
        self._show_estimate_note(False)
        self.tree.hide()
        self._empty.setText(message)
        self._empty.show()

    def show_filters(self, terms: list[str]) -> None:
        """One chip per `field:value` term of the query; clicking a chip removes its term."""
        self._terms = list(terms)
        while (child := self._chips_layout.takeAt(0)) is not None:
            widget = child.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for term in terms:
            tooltip = self.tr("Remove {term} from the search").format(term=term)
            chip = Chip(self._labels.get(term, term), term, tooltip, self._chips)
            chip.clicked.connect(lambda _checked=False, term=term: self.filter_removed.emit(term))
            self._chips_layout.addWidget(chip)
            chip.show()
        self._filters.setVisible(bool(terms))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._facets:
            self.show_facets(self._facets, self._estimated)  # the muted colour comes from the palette
        super().changeEvent(event)

    def focus_facets(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)

    def _add_value(
        self, parent: QTreeWidgetItem, facet: FacetCount, group_title: str, label: str
    ) -> QTreeWidgetItem:
        count = format_number(facet.count)
        entry = QTreeWidgetItem(parent, [label, f"≈ {count}" if self._estimated else count])
        entry.setSizeHint(0, self._row_size())
        entry.setData(0, VALUE_ROLE, facet.value)
        entry.setToolTip(0, self.tr("Show only {label} ({term})").format(label=label, term=facet.value))
        if self._estimated:
            entry.setToolTip(1, self.tr("An estimate, scaled up from a sample of the matching days"))
        entry.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        entry.setForeground(1, colors_for(self.palette()).muted)
        self._labels[facet.value] = _chip_label(facet, label, group_title)
        return entry

    def _show_estimate_note(self, shown: bool) -> None:
        note_palette = self.estimate_note.palette()
        note_palette.setColor(self.estimate_note.foregroundRole(), colors_for(self.palette()).muted)
        self.estimate_note.setPalette(note_palette)
        self.estimate_note.setVisible(shown)

    def _row_size(self) -> QSize:
        """Rows a little taller than the text, so a click lands where the user aims."""
        return QSize(0, self.tree.fontMetrics().height() + 8)

    @Slot(QTreeWidgetItem, int)
    def _pick(self, entry: QTreeWidgetItem, _column: int) -> None:
        value = entry.data(0, VALUE_ROLE)
        if isinstance(value, str):
            self.facet_picked.emit(value)

    @Slot(QTreeWidgetItem)
    def _remember_collapsed(self, entry: QTreeWidgetItem) -> None:
        group = entry.data(0, GROUP_ROLE)
        if isinstance(group, str):
            self._collapsed_groups.add(group)

    @Slot(QTreeWidgetItem)
    def _remember_expanded(self, entry: QTreeWidgetItem) -> None:
        self._collapsed_groups.discard(entry.data(0, GROUP_ROLE))


def _facet_label(facet: FacetCount) -> str:
    """The archive names languages and kinds in English; the interface names them in its own language."""
    field, _colon, value = facet.value.partition(":")
    if field == "lang" and value in tuple(Language):
        return language_name(Language(value))
    if field == "kind" and value in tuple(Kind):
        return kind_name(Kind(value))
    return facet.label


def _month_label(facet: FacetCount) -> str:
    """Under its year, a month is named in full: "December"."""
    month = term_month(facet.value)
    return month_title(month[1]) if month else facet.label


def _chip_label(facet: FacetCount, label: str, group_title: str) -> str:
    """What a filter's chip says: "Language: Russian", "Date: December 2025"."""
    month = term_month(facet.value) if facet.value.startswith("date:") else None
    return f"{group_title}: {month_name(*month) if month else label}"

