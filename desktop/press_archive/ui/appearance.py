"""The app's icon and the few colours it adds to the palette, chosen for light and dark palettes alike.

There is deliberately no application style sheet: Qt stops following palette changes (a desktop
switching to dark mode) for widgets under a style sheet, so everything is drawn from the palette.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPalette

from press_archive.model import Language

RESOURCES = Path(__file__).resolve().parent / "resources"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class Colors:
    """The few colours the app adds to the palette's own: matches, badges, secondary text, changes.

    Removed and added words are told apart by a warm and a cool tint, which readers with red-green
    colour blindness see apart too; and they are struck through and underlined besides.
    """

    text: QColor
    muted: QColor
    link: QColor
    mark_background: QColor
    mark_text: QColor
    error: QColor
    star: QColor
    badges: dict[Language, QColor]
    badge_text: QColor
    removed_background: QColor
    removed_text: QColor
    added_background: QColor
    added_text: QColor
    notice_background: QColor  # behind a notice about the item itself ("changed on the site")


def colors_for(palette: QPalette) -> Colors:
    dark = is_dark(palette)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    if muted.alpha() < 255 or muted == palette.color(QPalette.ColorRole.Text):
        muted = QColor("#9a9a9a" if dark else "#6b6b6b")
    return Colors(
        text=palette.color(QPalette.ColorRole.Text),
        muted=muted,
        link=palette.color(QPalette.ColorRole.Link),
        mark_background=QColor("#75600f" if dark else "#ffe380"),
        mark_text=QColor("#fff6d0" if dark else "#1d1d1d"),
        error=QColor("#ff7b72" if dark else "#c62828"),
        star=QColor("#f2c14e" if dark else "#d99a00"),
        badges={
            Language.EN: QColor("#3f7fc8" if dark else "#2d67a8"),
            Language.RU: QColor("#c8604f" if dark else "#b0463a"),
        },
        badge_text=QColor("#ffffff"),
        removed_background=QColor("#5c2b22" if dark else "#fbdcd4"),
        removed_text=QColor("#ffd5cb" if dark else "#7d2414"),
        added_background=QColor("#1f3d63" if dark else "#d5e6fb"),
        added_text=QColor("#eef5ff" if dark else "#1d1d1d"),  # not the links' blue: added words are no link
        notice_background=QColor("#3a3323" if dark else "#fbf1d9"),
    )


def app_icon() -> QIcon:
    return QIcon(str(RESOURCES / "icon.svg"))
