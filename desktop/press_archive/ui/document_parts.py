"""Pieces of the reading pane's document that its parts share: secondary text and section headings.

They take text already escaped: callers escape what came from a page, and may pass their own markup.
"""

from __future__ import annotations

import html

from press_archive.ui.appearance import Colors


def muted(text: str, colors: Colors, size: str = "small") -> str:
    return f'<span style="color:{colors.muted.name()}; font-size:{size}">{text}</span>'


def section(title: str, colors: Colors) -> str:
    """A heading in small capitals, the way the pane's panels name their sections."""
    return (
        f'<p style="margin-top:18px; margin-bottom:4px; font-weight:600; color:{colors.muted.name()}; '
        f'font-size:small">{html.escape(title.upper())}</p>'
    )
