"""Light and dark: the added colours follow the palette, and a palette change repaints the reading pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
)
from pytestqt.qtbot import QtBot

from press_archive.ui.appearance import app_icon, colors_for, is_dark
from press_archive.ui.detail_pane import DetailPane
from press_archive.ui.indicator_style import ReadableIndicatorStyle
from press_archive.ui.launch import run_gui
from press_archive.ui.main_window import MainWindow
from press_archive.ui.preferences import Theme
from press_archive.ui.syntax_help import SyntaxPopup
from press_archive.ui.theme import palette_for


def _dark() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#2b2b2d"), (QPalette.ColorRole.Base, "#1f1f21"),
                        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.WindowText, "#e6e6e6")):
        palette.setColor(role, QColor(color))
    return palette


def test_dark_palettes_get_dark_marks_and_light_ones_light_marks(qapp: QApplication) -> None:
    light, dark = colors_for(qapp.style().standardPalette()), colors_for(_dark())
    assert is_dark(_dark()) and not is_dark(qapp.style().standardPalette())
    assert light.mark_background.lightness() > 160 > dark.mark_background.lightness()
    assert dark.text.name() == "#e6e6e6"


def test_a_palette_change_repaints_the_reading_pane_in_the_new_colours(qtbot: QtBot) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.setPalette(_dark())
    assert colors_for(_dark()).muted.name() in pane.browser.toHtml()


def test_the_app_icon_draws(qapp: QApplication) -> None:
    assert not app_icon().pixmap(64, 64).isNull()


def test_f1_shows_the_query_syntax_under_the_search_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    (popup,) = window.findChildren(SyntaxPopup)
    assert popup.isVisible()
    assert "name:&quot;Masadykov&quot;" in popup.findChild(QLabel).text()
    popup.close()


def test_an_archive_that_cannot_be_opened_is_explained_and_the_exit_status_is_1(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("my shopping list", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert run_gui(not_a_database) == 1
    assert shown and "not a Press Archive database" in shown[0]


def _indicator_contrast(button: QAbstractButton, style: QStyle) -> int:
    """How far the indicator's most distinct pixel is from the window colour, in lightness."""
    button.setStyle(style)
    button.setPalette(palette_for(Theme.DARK))
    button.resize(button.sizeHint())
    image = button.grab().toImage()
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (QStyle.SubElement.SE_RadioButtonIndicator if isinstance(button, QRadioButton)
               else QStyle.SubElement.SE_CheckBoxIndicator)
    box = style.subElementRect(element, option, button)
    window = button.palette().color(QPalette.ColorRole.Window).lightness()
    return max(abs(image.pixelColor(x, y).lightness() - window)
               for x in range(box.left(), box.right() + 1) for y in range(box.top(), box.bottom() + 1))


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_an_unchecked_indicator_stands_out_on_the_dark_palette(
    qtbot: QtBot, kind: type[QAbstractButton]
) -> None:
    fusion, readable = QStyleFactory.create("Fusion"), ReadableIndicatorStyle("Fusion")
    plain, button = kind("Include my notes"), kind("Include my notes")
    for widget in (plain, button):
        qtbot.addWidget(widget)
    assert _indicator_contrast(plain, fusion) < 30  # the outline Fusion gives it: all but invisible
    assert _indicator_contrast(button, readable) > 60
