"""Render the application icon's SVG into the PNG sizes desktops look up in the hicolor theme.

The PNGs are committed, so installing the desktop entry needs no renderer; run this again whenever
the SVG changes: `.venv/bin/python packaging/render_icons.py`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICON_NAME = "org.pressarchive.PressArchive"
SVG = ROOT / "resources" / "icons" / f"{ICON_NAME}.svg"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class IconRenderError(Exception):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def png_path(hicolor: Path, size: int) -> Path:
    return hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def render_png(renderer: QSvgRenderer, size: int, target: Path) -> None:
    """Draw the SVG afresh at each size: scaling one large PNG down blurs the small ones."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise IconRenderError(target, "Qt could not write the PNG")


def render_icons(svg: Path, hicolor: Path) -> list[Path]:
    """Write one PNG per size in `SIZES` under `hicolor`; the paths written."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise IconRenderError(svg, "not a valid SVG file")
    written: list[Path] = []
    for size in SIZES:
        target = png_path(hicolor, size)
        render_png(renderer, size, target)
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Render the app icon's SVG into the hicolor PNG sizes.")
    parser.add_argument("--svg", type=Path, default=SVG, help="the icon to render")
    parser.add_argument("--out", type=Path, default=HICOLOR, help="the hicolor folder to write into")
    args = parser.parse_args(argv)
    # Painting text (an SVG may hold some) needs an application object, even offscreen.
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        written = render_icons(args.svg, args.out)
    except IconRenderError as error:
        print(f"render_icons: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
