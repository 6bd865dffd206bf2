"""Hits per month for the current search, as bars; clicking a bar narrows the search to that month.

Months without hits are drawn as gaps, so the bars keep their place on the time axis; the axis is
labelled with years, since month labels would not fit once a search spans more than a year or two.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from press_archive.model import FacetCount
from press_archive.ui.formatting import month_name, term_month

HEIGHT = 118


def month_slots(months: tuple[FacetCount, ...]) -> list[tuple[int, int, FacetCount | None]]:
    """Every month from the first to the last one with hits, gaps included, oldest first."""
    known = {key: facet for facet in months if (key := term_month(facet.value)) is not None}
    if not known:
        return []
    (year, month), last = min(known), max(known)
    slots = []
    while (year, month) <= last:
        slots.append((year, month, known.get((year, month))))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return slots


class TimelineView(QChartView):
    """A bar chart of the "month" facet."""

    month_picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: tuple[FacetCount, ...] = ()
        self._slots: list[tuple[int, int, FacetCount | None]] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFixedHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 8, 0))
        chart.setBackgroundRoundness(0)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        self.setChart(chart)
        self._apply_palette()

    @property
    def bar_count(self) -> int:
        return len(self._slots)

    def show_months(self, months: tuple[FacetCount, ...]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._months = months
        self._slots = month_slots(months)
        if not self._slots:
            return
        bars = QBarSet("hits")
        bars.append([float(facet.count) if facet else 0.0 for _year, _month, facet in self._slots])
        bars.setColor(self.palette().color(QPalette.ColorRole.Highlight))
        bars.setBorderColor(QColor(Qt.GlobalColor.transparent))
        series = QBarSeries()
        series.setBarWidth(0.85)
        series.append(bars)
        series.clicked.connect(self._clicked)
        series.hovered.connect(self._hovered)
        chart.addSeries(series)
        self._add_axes(series)

    def pick(self, index: int) -> None:
        """Act as if bar `index` was clicked: months with hits narrow the search."""
        facet = self._slots[index][2] if 0 <= index < len(self._slots) else None
        if facet is not None:
            self.month_picked.emit(facet.value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self.show_months(self._months)
        super().changeEvent(event)

    def _add_axes(self, series: QBarSeries) -> None:
        chart = self.chart()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(40)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        years = QCategoryAxis()
        years.setRange(-0.5, len(self._slots) - 0.5)
        years.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        for index, (year, month, _facet) in enumerate(self._slots):
            if month == 12 or index == len(self._slots) - 1:
                years.append(str(year), index + 0.5)
        counts = QValueAxis()
        counts.setRange(0, max(facet.count for *_date, facet in self._slots if facet) or 1)
        counts.setTickCount(3)
        counts.applyNiceNumbers()
        counts.setLabelFormat("%d")
        for axis in (years, counts):
            axis.setLabelsFont(font)
            axis.setLabelsColor(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        years.setGridLineVisible(False)
        chart.addAxis(years, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(years)
        series.attachAxis(counts)

    def _apply_palette(self) -> None:
        background = self.palette().color(QPalette.ColorRole.Base)
        self.chart().setBackgroundBrush(QBrush(background))
        self.setBackgroundBrush(QBrush(background))

    @Slot(int, QBarSet)
    def _clicked(self, index: int, _bars: QBarSet) -> None:
        self.pick(index)

    @Slot(bool, int, QBarSet)
    def _hovered(self, inside: bool, index: int, _bars: QBarSet) -> None:
        if not inside or not 0 <= index < len(self._slots):
            QToolTip.hideText()
            return
        year, month, facet = self._slots[index]
        count = facet.count if facet else 0
        text = self.tr("{month}: %Ln items", "", count).format(month=month_name(year, month))
        QToolTip.showText(QCursor.pos(), text, self)
