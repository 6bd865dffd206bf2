"""Light, dark, or the desktop's own colours: the palette the whole application is drawn with.

Every widget draws from the palette (see `appearance`), so switching it repaints the open window
at once. Light and dark are full palettes, every role set: a style's standard palette may itself
follow the desktop into dark mode, which is not what choosing "Light" means.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from press_archive.ui.preferences import Theme

Role = QPalette.ColorRole

LIGHT_COLORS = {
    Role.Window: "#efefef",
    Role.WindowText: "#1d1d1d",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f5f5f5",
    Role.Text: "#1d1d1d",
    Role.Button: "#e8e8e8",
    Role.ButtonText: "#1d1d1d",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3071c5",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#1f5fae",
    Role.LinkVisited: "#6b3fa0",
    Role.PlaceholderText: "#6b6b6b",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1d1d1d",
    Role.Light: "#ffffff",
    Role.Midlight: "#f3f3f3",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676",
}
DARK_COLORS = {
    Role.Window: "#2b2b2d",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#1f1f21",
    Role.AlternateBase: "#2a2a2c",
    Role.Text: "#e6e6e6",
    Role.Button: "#333336",
    Role.ButtonText: "#e6e6e6",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3d6fb6",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#7fb0f0",
    Role.LinkVisited: "#b99be6",
    Role.PlaceholderText: "#9a9a9a",
    Role.ToolTipBase: "#333336",
    Role.ToolTipText: "#e6e6e6",
    Role.Light: "#4a4a4f",
    Role.Midlight: "#3c3c40",
    Role.Mid: "#45454a",
    Role.Dark: "#19191a",
    Role.Shadow: "#000000",
}
DISABLED_TEXT = {Theme.LIGHT: "#9a9a9a", Theme.DARK: "#77777a"}


def palette_for(theme: Theme) -> QPalette:
    """The palette of a theme; for `Theme.SYSTEM` an empty one, which lets the desktop's show through."""
    if theme is Theme.SYSTEM:
        return QPalette()
    palette = QPalette()
    for role, color in (DARK_COLORS if theme is Theme.DARK else LIGHT_COLORS).items():
        palette.setColor(role, QColor(color))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT[theme]))
    return palette


def apply_theme(app: QApplication, theme: Theme) -> None:
    app.setPalette(palette_for(theme))
