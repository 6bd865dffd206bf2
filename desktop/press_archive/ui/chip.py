"""A removable value (a search filter, a tag), drawn as a pill with a cross; a click removes it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

PADDING_X = 10
PADDING_Y = 4
CROSS = "×"


class Chip(QAbstractButton):
    """Painted from the palette (not a style sheet), so it follows a switch between light and dark."""

    def __init__(self, label: str, value: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setText(label)
        self.setToolTip(tooltip)
        self.setAccessibleName(tooltip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repaint on hover, for the highlighted border

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.text()) + metrics.horizontalAdvance(f"  {CROSS}")
        return QSize(width + 2 * PADDING_X + 2, metrics.height() + 2 * PADDING_Y)  # +2: the outline

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(f"…  {CROSS}") + 2 * PADDING_X
        return QSize(width, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        hot = self.underMouse() or self.hasFocus()
        border = palette.color(QPalette.ColorRole.Highlight) if hot else palette.color(QPalette.ColorRole.Mid)
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlpha(40 if hot else 22)
        painter.setPen(border)
        painter.setBrush(fill)
        radius = box.height() / 2
        painter.drawRoundedRect(box, radius, radius)
        metrics = self.fontMetrics()
        cross_width = metrics.horizontalAdvance(f"  {CROSS}")
        text_box = box.adjusted(PADDING_X, 0, -PADDING_X - cross_width, 0)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        label = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, int(text_box.width()))
        painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        cross_box = box.adjusted(box.width() - PADDING_X - cross_width, 0, -PADDING_X, 0)
        painter.drawText(cross_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, CROSS)
