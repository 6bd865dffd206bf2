"""An item the site changed, in the reading pane: the notice, the changes behind a link that the keyboard
reaches, the removed and added words marked by more than colour, in English, Russian, light and dark."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from press_archive.model import Annotation, DateSource, Item, Kind, Language
from press_archive.model import ItemVersion as Version
from press_archive.ui.appearance import Colors, colors_for
from press_archive.ui.detail_pane import DetailPane
from press_archive.ui.item_detail import ItemDetail
from press_archive.ui.item_html import item_document
from press_archive.ui.preferences import Theme
from press_archive.ui.theme import palette_for
from press_archive.ui.version_html import CHANGES_LINK

TITLE = "Meeting of the CSTO Secretary General with the Ambassador of Belarus"
MET = "On 11 February 2026 CSTO Secretary General Talatbek {name} met the Ambassador of Belarus in Moscow."
TALKS = "The sides discussed the preparations for the Organization's events in 2026."
TRUST = "A high degree of trust between the member states was noted during the meeting."
FIRST_SEEN = dt.datetime(2026, 2, 11, 12, 30, tzinfo=dt.UTC)
SECOND_SEEN = dt.datetime(2026, 2, 13, 12, 5, tzinfo=dt.UTC)
THIRD_SEEN = dt.datetime(2026, 2, 20, 12, 45, tzinfo=dt.UTC)


Moment = dt.datetime | None


def _version(number: int, body: tuple[str, ...], first: Moment, last: Moment, title: str = TITLE) -> Version:
    return Version(f"v{number}", title, body, dt.date(2026, 2, 11), first, last, current=False)


def _current(version: Version) -> Version:
    return dataclasses.replace(version, current=True)


LAST_MISSPELT = dt.datetime(2026, 2, 12, 12, 0, tzinfo=dt.UTC)
MISSPELT = _version(1, (MET.format(name="Masadikov"), TALKS), FIRST_SEEN, LAST_MISSPELT)
CORRECTED = _current(_version(2, (MET.format(name="Masadykov"), TALKS), SECOND_SEEN, SECOND_SEEN))
TWO = (MISSPELT, CORRECTED)
THREE = (
    _version(1, MISSPELT.body, FIRST_SEEN, FIRST_SEEN, title="Meeting with the Ambassador of Belarus"),
    _version(2, CORRECTED.body, SECOND_SEEN, SECOND_SEEN),
    _current(_version(3, (*CORRECTED.body, TRUST), THIRD_SEEN, THIRD_SEEN)),
)


def _item(versions: tuple[Version, ...]) -> Item:
    body = versions[-1].body if versions else CORRECTED.body
    return Item(id="8712f2641c8e59e9", title=TITLE, body=body, language=Language.EN, kind=Kind.ARTICLE,
                date=dt.date(2026, 2, 11), date_source=DateSource.LINE, versions=versions)


def _detail(versions: tuple[Version, ...]) -> ItemDetail:
    item = _item(versions)
    return ItemDetail(item, "", False, (), ((),) * len(item.body), Annotation(item.id))


def _document(versions: tuple[Version, ...], shown: bool, colors: Colors | None = None) -> str:
    return item_document(_detail(versions), colors or colors_for(QPalette()), changes_shown=shown)


def _mark(text: str, colors: Colors, removed: bool) -> str:
    if removed:
        tint, ink, line = colors.removed_background, colors.removed_text, "line-through"
    else:
        tint, ink, line = colors.added_background, colors.added_text, "underline"
    style = f"background-color:{tint.name()}; color:{ink.name()}; text-decoration:{line}"
    return f'<span style="{style}">{text}</span>'


def _pane(qtbot: QtBot, versions: tuple[Version, ...], palette: QPalette | None = None) -> DetailPane:
    pane = DetailPane()
    qtbot.addWidget(pane)
    if palette is not None:
        pane.setPalette(palette)
    pane.resize(760, 900)
    pane.show_detail(_detail(versions))
    return pane


@pytest.mark.parametrize("versions", [(), (CORRECTED,)], ids=["no versions", "one version"])
def test_an_item_the_site_never_changed_shows_no_notice(
    qapp: QApplication, versions: tuple[Version, ...]
) -> None:
    document = _document(versions, shown=True)
    assert "Changed on the site" not in document
    assert CHANGES_LINK not in document
    assert "line-through" not in document


def test_a_changed_item_says_when_it_changed_and_how_many_versions_are_kept(
    qapp: QApplication, english: None
) -> None:
    document = _document(TWO, shown=False)
    local = SECOND_SEEN.astimezone()  # the current version's first capture, in the user's time zone
    assert f"Changed on the site on {local.day} February 2026" in document
    assert "2 versions kept" in document
    assert f'<a href="{CHANGES_LINK}">Show&nbsp;changes</a>' in document
    assert "Masadikov" not in document  # the changes wait for the link


def test_the_changes_strike_the_removed_words_and_underline_the_added_ones(
    qapp: QApplication, english: None
) -> None:
    colors = colors_for(QPalette())
    document = _document(TWO, shown=True, colors=colors)
    assert f"Talatbek {_mark('Masadikov', colors, True)} {_mark('Masadykov', colors, False)} met" in document
    assert "Hide&nbsp;changes" in document
    assert "Version 2 against version 1" in document
    assert f"first captured {MISSPELT.first_seen.astimezone():%-d} February 2026" in document
    assert TALKS not in document.split("Current text (version 2)")[0]  # unchanged sentences are not quoted


def test_three_versions_show_the_newest_change_first_and_every_version_with_its_captures(
    qapp: QApplication, english: None
) -> None:
    colors = colors_for(QPalette())
    document = _document(THREE, shown=True, colors=colors)
    assert "3 versions kept" in document
    newest = document.index("Version 3 against version 2")
    older = document.index("Version 2 against version 1")
    assert newest < older
    assert _mark(TRUST, colors, False) in document[newest:older]
    assert "Masadikov" in document[older:]
    # The first version's title differed: its change shows, and the list names it.
    assert _mark("of the CSTO Secretary General", colors, False) in document[older:]
    assert "“Meeting with the Ambassador of Belarus”" in document
    versions_list = document[document.index("VERSIONS KEPT"):document.index("CURRENT TEXT (VERSION 3)")]
    rows = [versions_list.index(f"Version {number}") for number in (3, 2, 1)]
    assert rows == sorted(rows)
    assert "the current text" in versions_list
    assert versions_list.count("captured") == 3


def test_words_of_a_version_are_escaped(qapp: QApplication) -> None:
    old = _version(1, ("The <script>alert(1)</script> text.",), FIRST_SEEN, FIRST_SEEN, title="<b>Old</b>")
    new = _current(_version(2, ("The <img src=x> text.",), SECOND_SEEN, SECOND_SEEN))
    document = _document((old, new), shown=True)
    assert "<script>" not in document and "<img" not in document and "<b>Old" not in document
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document


def test_a_page_saved_by_hand_changed_without_a_date(qapp: QApplication, english: None) -> None:
    versions = (_version(1, MISSPELT.body, None, None), _current(_version(2, CORRECTED.body, None, None)))
    document = _document(versions, shown=True)
    assert "Changed on the site (the page was saved by hand, no capture date)" in document
    assert "on a page saved by hand, no capture date" in document
    assert document.count("saved by hand, no capture date") == 4  # the notice, the change, two versions


def test_the_link_shows_and_hides_the_changes_and_another_item_opens_with_them_hidden(qtbot: QtBot) -> None:
    pane = _pane(qtbot, TWO)
    assert "Masadikov" not in pane.browser.toPlainText()
    pane.browser.anchorClicked.emit(QUrl(CHANGES_LINK))
    assert pane.changes_shown
    assert "Talatbek Masadikov Masadykov met" in pane.browser.toPlainText()
    pane.browser.anchorClicked.emit(QUrl(CHANGES_LINK))
    assert "Masadikov" not in pane.browser.toPlainText()
    pane.toggle_changes()
    pane.show_detail(_detail(THREE))
    assert not pane.changes_shown


def test_the_link_is_reached_and_used_with_the_keyboard(qtbot: QtBot) -> None:
    pane = _pane(qtbot, TWO)
    pane.show()
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    pane.browser.setFocus()
    for _link in range(5):  # "Open on the site" may come first
        qtbot.keyClick(pane.browser, Qt.Key.Key_Tab)
        if pane.browser.textCursor().charFormat().anchorHref() == CHANGES_LINK:
            break
    assert pane.browser.textCursor().selectedText() == "Show\xa0changes"
    qtbot.keyClick(pane.browser, Qt.Key.Key_Return)
    assert pane.changes_shown
    assert pane.browser.textCursor().selectedText() == "Hide\xa0changes"  # still on the link
    qtbot.keyClick(pane.browser, Qt.Key.Key_Return)
    assert not pane.changes_shown


def test_a_screen_reader_is_told_in_words_what_was_removed_and_added(qtbot: QtBot, english: None) -> None:
    pane = _pane(qtbot, THREE)
    assert pane.browser.accessibleDescription() == ""
    pane.toggle_changes()
    said = pane.browser.accessibleDescription()
    assert "Version 3 against version 2: added “A high degree of trust" in said
    assert "Version 2 against version 1: Title: added “of the CSTO Secretary General”" in said
    assert "removed “Masadikov”; added “Masadykov”" in said


def _has_pixel(pane: DetailPane, color: QColor) -> bool:
    image = pane.browser.viewport().grab().toImage()
    points = ((x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))
    return any(image.pixelColor(x, y) == color for x, y in points)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_changes_are_drawn_in_the_palettes_colours(qtbot: QtBot, theme: Theme) -> None:
    palette = palette_for(theme)
    colors = colors_for(palette)
    pane = _pane(qtbot, TWO, palette)
    pane.show()
    pane.toggle_changes()
    assert _mark("Masadikov", colors, True) in item_document(_detail(TWO), colors, changes_shown=True)
    for tint in (colors.notice_background, colors.removed_background, colors.added_background):
        assert _has_pixel(pane, tint), tint.name()


def _contrast(ink: QColor, paper: QColor) -> float:
    """The WCAG contrast ratio of two colours: 4.5 is the least for body text."""
    def luminance(color: QColor) -> float:
        channels = [value / 255 for value in (color.red(), color.green(), color.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(ink), luminance(paper)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_marked_words_and_the_notice_are_readable_in_either_palette(qapp: QApplication, theme: Theme) -> None:
    colors = colors_for(palette_for(theme))
    assert _contrast(colors.removed_text, colors.removed_background) >= 4.5
    assert _contrast(colors.added_text, colors.added_background) >= 4.5
    assert _contrast(colors.text, colors.notice_background) >= 4.5
    assert _contrast(colors.link, colors.notice_background) >= 4.5
    assert colors.added_text != colors.link  # an added word must not pass for a link


def test_the_notice_and_the_changes_in_russian(qapp: QApplication, russian: None) -> None:
    document = _document(THREE, shown=True)
    local = SECOND_SEEN.astimezone()
    assert f"Изменено на сайте {THIRD_SEEN.astimezone().day} февраля 2026" in document
    assert "сохранены 3 версии" in document
    assert "Скрыть&nbsp;изменения" in document
    assert "Версия 3 в сравнении с версией 2" in document
    assert f"загружено {local.day} февраля 2026" in document
    assert "«Meeting with the Ambassador of Belarus»" in document
