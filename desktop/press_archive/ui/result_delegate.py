"""How one search hit is painted: date, language badge and title, then two lines of snippet.

Every row has the same height, so the view can lay out a million rows without measuring them;
only the rows on screen are ever painted, each from the `SearchHit` already in memory, or as a
placeholder while its page is read.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from press_archive.model import Annotation, Kind, SearchHit, Snippet
from press_archive.ui.appearance import Colors, colors_for
from press_archive.ui.formatting import format_date, short_date_samples
from press_archive.ui.result_model import ANNOTATION_ROLE, HIT_ROLE

PADDING_X = 12
PADDING_Y = 7
LINE_GAP = 3
SNIPPET_LINES = 2
BADGE_PADDING = 4
STAR = "★"
MIN_WIDTH = 200


class ResultDelegate(QStyledItemDelegate):
    """Paints a `SearchHit` row; the model's `HIT_ROLE` supplies it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date_widths: dict[str, int] = {}  # by font: dates line up in a column of the widest

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        # The width is a minimum only: rows stretch to the view, and eliding keeps them readable.
        return QSize(MIN_WIDTH, 2 * PADDING_Y + LINE_GAP + (1 + SNIPPET_LINES) * line + 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        hit = index.data(HIT_ROLE)
        annotation = index.data(ANNOTATION_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        if not isinstance(hit, SearchHit):
            _paint_placeholder(painter, option.rect, option.font, colors_for(option.palette))
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        colors = colors_for(palette)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(text_role)
        muted = text_color if selected else colors.muted
        rect: QRect = option.rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y)
        font: QFont = option.font
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line_height = QFontMetrics(font).height()
        x = self._paint_date(painter, hit, rect, font, muted)
        x = self._paint_badge(painter, hit, QRect(x, rect.top(), 0, line_height), font, colors)
        right = self._paint_trailer(painter, hit, annotation, rect, font, muted)
        if annotation is not None and annotation.starred:
            x = self._paint_star(painter, QRect(x, rect.top(), 0, line_height), font, colors)
        self._paint_title(painter, hit, QRect(x, rect.top(), right - x, line_height), font, text_color, muted)
        snippet_top = rect.top() + line_height + LINE_GAP
        _paint_snippet(painter, hit.snippet, QRectF(rect.left(), snippet_top, rect.width(), 0), font,
                       text_color, colors)
        painter.setPen(QColor(colors.muted.red(), colors.muted.green(), colors.muted.blue(), 45))
        bottom = option.rect.bottom()
        painter.drawLine(option.rect.left(), bottom, option.rect.right(), bottom)
        painter.restore()

    def _paint_date(self, painter: QPainter, hit: SearchHit, rect: QRect, font: QFont, color: QColor) -> int:
        metrics = QFontMetrics(font)
        width = self._date_widths.get(font.key())
        if width is None:
            width = max(metrics.horizontalAdvance(sample) for sample in short_date_samples())
            self._date_widths[font.key()] = width
        date_font = QFont(font)
        date_font.setItalic(hit.date is None)
        painter.setFont(date_font)
        painter.setPen(color)
        painter.drawText(QRect(rect.left(), rect.top(), width, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_date(hit.date))
        return rect.left() + width + 10

    def _paint_badge(
        self, painter: QPainter, hit: SearchHit, line: QRect, font: QFont, colors: Colors
    ) -> int:
        badge_font = QFont(font)
        badge_font.setPointSizeF(max(font.pointSizeF() * 0.72, 6.5))
        badge_font.setBold(True)
        metrics = QFontMetrics(badge_font)
        label = hit.language.value.upper()
        width = metrics.horizontalAdvance("RU") + 2 * BADGE_PADDING
        height = metrics.height() + 2
        badge = QRectF(line.left(), line.top() + (line.height() - height) / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.badges[hit.language])
        painter.drawRoundedRect(badge, 3, 3)
        painter.setFont(badge_font)
        painter.setPen(colors.badge_text)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        return line.left() + width + 8

    def _paint_trailer(
        self, painter: QPainter, hit: SearchHit, annotation: Annotation | None, rect: QRect, font: QFont,
        color: QColor,
    ) -> int:
        """A mark for a match by variant only, "teaser", then the item's tags, small at the line's end.

        Articles, the usual case, are not marked; the trailer takes at most a third of the line.
        """
        words = [self.tr("≈ variant")] if hit.via_variant else []
        if hit.kind is Kind.TEASER:
            words.append(self.tr("teaser"))
        words += annotation.tags if annotation else ()
        if not words:
            return rect.right()
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        metrics = QFontMetrics(small)
        label = metrics.elidedText(" · ".join(words), Qt.TextElideMode.ElideRight, rect.width() // 3)
        width = metrics.horizontalAdvance(label)
        painter.setFont(small)
        painter.setPen(color)
        painter.drawText(QRect(rect.right() - width, rect.top(), width, QFontMetrics(font).height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        return rect.right() - width - 10

    def _paint_star(self, painter: QPainter, rect: QRect, font: QFont, colors: Colors) -> int:
        painter.setFont(font)
        painter.setPen(colors.star)
        width = QFontMetrics(font).horizontalAdvance(STAR + " ")
        painter.drawText(QRect(rect.left(), rect.top(), width, rect.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, STAR)
        return rect.left() + width

    def _paint_title(self, painter: QPainter, hit: SearchHit, rect: QRect, font: QFont, color: QColor,
                     muted: QColor) -> None:
        """Titles the page did not give (cut from the first sentence) are italic and grey, never bold."""
        title_font = _title_font(font, derived=hit.title_derived)
        painter.setFont(title_font)
        painter.setPen(muted if hit.title_derived else color)
        metrics = QFontMetrics(title_font)
        text = metrics.elidedText(hit.title, Qt.TextElideMode.ElideRight, max(rect.width(), 0))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _paint_placeholder(painter: QPainter, row: QRect, font: QFont, colors: Colors) -> None:
    """A row whose page is still being read: faint bars where its title and snippet will be.

    They keep the list readable as a list while the scroll bar is dragged far ahead of what is read.
    """
    rect = row.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y)
    line = QFontMetrics(font).height()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colors.muted.red(), colors.muted.green(), colors.muted.blue(), 40))
    widths = (rect.width() * 2 // 3, rect.width(), rect.width() * 4 // 5)
    for number, width in enumerate(widths):
        top = rect.top() + number * line + (LINE_GAP if number else 0)
        painter.drawRoundedRect(QRectF(rect.left(), top + line / 4, width, line / 2), 3, 3)
    painter.restore()


def _title_font(font: QFont, derived: bool = False) -> QFont:
    title = QFont(font)
    title.setBold(not derived)
    title.setItalic(derived)
    return title


def _paint_snippet(painter: QPainter, snippet: Snippet, rect: QRectF, font: QFont, color: QColor,
                   colors: Colors) -> None:
    """At most two lines; when the text runs on, the second line ends in an ellipsis."""
    text = snippet.text
    layout = _layout(text, snippet.highlights, font, rect.width(), colors)
    if layout.lineCount() > SNIPPET_LINES:
        cut = layout.lineAt(SNIPPET_LINES - 1)
        end = cut.textStart() + cut.textLength()
        while end > 0 and layout.lineCount() > SNIPPET_LINES:
            end = text.rfind(" ", 0, end - 1)
            end = end if end > 0 else 0
            layout = _layout(text[:end] + " …", snippet.highlights, font, rect.width(), colors)
    painter.setPen(color)
    layout.draw(painter, QPointF(rect.left(), rect.top()))


def _layout(text: str, highlights: tuple[tuple[int, int], ...], font: QFont, width: float,
            colors: Colors) -> QTextLayout:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    mark = QTextCharFormat()
    mark.setBackground(colors.mark_background)
    mark.setForeground(colors.mark_text)
    ranges = []
    for start, end in highlights:
        if start < len(text):
            highlight = QTextLayout.FormatRange()
            highlight.start, highlight.length, highlight.format = start, min(end, len(text)) - start, mark
            ranges.append(highlight)
    layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout
