"""Hits per month for the current search, as bars; clicking a bar narrows the search to that month.

Months without hits are drawn as gaps, so the bars keep their place on the time axis. The chart's own
category axis shortens labels that do not fit ("…"), so the axis labels are drawn here instead, as
`timeline_axis` lays them out for the width at hand; hovering a bar tells its month and count.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, QLocale, QMargins, QPointF, QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from press_archive.model import FacetCount
from press_archive.ui.formatting import month_name, term_month
from press_archive.ui.timeline_axis import AxisLabel, axis_labels

HEIGHT = 118
#: Pixels between the bars' baseline and the labels under it.
LABEL_GAP = 3.0


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
        self._label_font = QFont(self.font())
        self._label_font.setPointSizeF(self._label_font.pointSizeF() * 0.85)
        chart.setMargins(QMargins(4, 4, 8, math.ceil(LABEL_GAP + QFontMetricsF(self._label_font).height())))
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

    def axis_labels(self) -> list[AxisLabel]:
        """The labels under the bars at the plot's present width, left to right."""
        metrics = QFontMetricsF(self._label_font)
        return axis_labels(
            [(year, month) for year, month, _facet in self._slots], self.chart().plotArea().width(),
            metrics.horizontalAdvance,
            lambda month: QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat),
        )

    def bar_tooltip(self, index: int) -> str:
        """What hovering bar `index` tells: "March 2025: 42 items"."""
        year, month, facet = self._slots[index]
        count = facet.count if facet else 0
        return self.tr("{month}: %Ln items", "", count).format(month=month_name(year, month))

    def pick(self, index: int) -> None:
        """Act as if bar `index` was clicked: months with hits narrow the search."""
        facet = self._slots[index][2] if 0 <= index < len(self._slots) else None
        if facet is not None:
            self.month_picked.emit(facet.value)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect, /) -> None:
        super().drawForeground(painter, rect)
        if not self._slots:
            return
        plot = self.chart().plotArea()
        painter.save()
        painter.setFont(self._label_font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        baseline = plot.bottom() + LABEL_GAP + QFontMetricsF(self._label_font).ascent()
        for label in self.axis_labels():
            painter.drawText(QPointF(plot.left() + label.left, baseline), label.text)
        painter.restore()

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
        months = QValueAxis()
        months.setRange(-0.5, len(self._slots) - 0.5)
        months.setLabelsVisible(False)
        months.setTickCount(2)
        counts = QValueAxis()
        counts.setRange(0, max(facet.count for *_date, facet in self._slots if facet) or 1)
        counts.setTickCount(3)
        counts.applyNiceNumbers()
        counts.setLabelFormat("%d")
        for axis in (months, counts):
            axis.setLabelsFont(self._label_font)
            axis.setLabelsColor(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        months.setGridLineVisible(False)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
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
        QToolTip.showText(QCursor.pos(), self.bar_tooltip(index), self)
