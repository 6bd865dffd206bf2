"""Check boxes and radio buttons that stand out on a dark window.

Fusion outlines an indicator in the window colour made darker, which on a dark palette is all but
the window colour itself: an unchecked box or an empty radio button vanished. The palette cannot fix
this for indicators alone (a lighter window colour would lighten every window), so the style draws
indicators with a window colour of their own, light enough that the outline Fusion derives from it
contrasts with the dark window. Light palettes are drawn as Fusion draws them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from press_archive.ui.appearance import is_dark

#: The window colour indicators are drawn with on dark palettes; Fusion outlines them 40% darker.
INDICATOR_WINDOW = QColor("#d8d8d8")

INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)


class ReadableIndicatorStyle(QProxyStyle):
    """The application's style (Fusion unless the desktop says otherwise), with visible indicators."""

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element not in INDICATORS or not is_dark(option.palette):
            super().drawPrimitive(element, option, painter, widget)
            return
        palette = QPalette(option.palette)
        palette.setColor(QPalette.ColorRole.Window, INDICATOR_WINDOW)
        original, option.palette = option.palette, palette
        try:
            super().drawPrimitive(element, option, painter, widget)
        finally:
            option.palette = original
