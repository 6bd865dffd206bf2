"""The reading pane's document: item text escaped, only web links linked, the query's words marked."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from press_archive.model import (
    Annotation,
    DateSource,
    Item,
    Kind,
    Language,
    RelatedItem,
    Relation,
    SearchHit,
    Sighting,
    Snippet,
)
from press_archive.ui.appearance import colors_for
from press_archive.ui.item_detail import ItemDetail
from press_archive.ui.item_html import is_web_url, item_document, marked, site_url

BASE_ITEM = Item(
    id="abc123",
    title="Talks in <b>Tehran</b>",
    body=("The <script>alert(1)</script> delegation met.", "Second & last paragraph."),
    language=Language.EN,
    kind=Kind.ARTICLE,
    date=dt.date(2025, 12, 5),
    date_source=DateSource.LINE,
    sightings=(
        Sighting("abc123", "pages/news.html", 0, Kind.ARTICLE, "https://example.org/news?id=1&x=2"),
        Sighting("abc123", "old.zip!dump/page.txt", 3, Kind.TEASER, "javascript:alert(1)"),
    ),
)


def _detail(item: Item = BASE_ITEM) -> ItemDetail:
    first_paragraph_spans = ((30, 40),)  # "delegation"
    spans = (first_paragraph_spans, *[()] * (len(item.body) - 1))
    related = (
        RelatedItem(
            Relation.TWIN,
            _hit("twin1", "Переговоры в <Тегеране>"),
            "2025-12-05, both name Masadykov",
            ("Masadykov",),
            ("80",),
        ),
    )
    return ItemDetail(item, "delegation", False, (), spans, Annotation(item.id), related)


def _hit(item_id: str, title: str) -> SearchHit:
    return SearchHit(item_id, dt.date(2025, 12, 5), title, False, Language.RU, Kind.ARTICLE, Snippet(""), 0.0)


def test_item_text_is_escaped(qapp: QApplication) -> None:
    document = item_document(_detail(), colors_for(QPalette()))
    assert "<script>" not in document
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    assert "Talks in &lt;b&gt;Tehran&lt;/b&gt;" in document
    assert "Second &amp; last paragraph." in document


def test_only_http_and_https_urls_become_links(qapp: QApplication) -> None:
    document = item_document(_detail(), colors_for(QPalette()))
    assert '<a href="https://example.org/news?id=1&amp;x=2">' in document
    assert 'href="javascript:' not in document
    assert "javascript:alert(1)" in document  # still shown, as text


def test_no_resource_is_referenced(qapp: QApplication) -> None:
    document = item_document(_detail(), colors_for(QPalette())).lower()
    assert "<img" not in document
    assert "url(" not in document


def test_the_query_words_are_marked_in_the_body(qapp: QApplication) -> None:
    colors = colors_for(QPalette())
    document = item_document(_detail(), colors)
    mark = f"background-color:{colors.mark_background.name()}; color:{colors.mark_text.name()}"
    assert f'<span style="{mark}">delegation</span> met.' in document


def test_matches_are_marked_inside_the_escaped_text(qapp: QApplication) -> None:
    colors = colors_for(QPalette())
    text = "a <delegation> met"
    assert marked(text, ((3, 13),), colors) == (
        f'a &lt;<span style="background-color:{colors.mark_background.name()}; '
        f'color:{colors.mark_text.name()}">delegation</span>&gt; met'
    )


def test_spans_out_of_range_or_overlapping_are_ignored(qapp: QApplication) -> None:
    colors = colors_for(QPalette())
    assert marked("short", ((2, 40),), colors) == "short"
    assert marked("abcdef", ((0, 4), (2, 5)), colors).count("<span") == 1


def test_is_web_url() -> None:
    assert is_web_url("https://en.odkb-csto.org/news/")
    assert is_web_url("http://example.org")
    assert not is_web_url("file:///etc/passwd")
    assert not is_web_url("javascript:alert(1)")
    assert not is_web_url("https://")


def test_derived_titles_and_undated_items_say_so(qapp: QApplication) -> None:
    document = item_document(
        _detail(dataclasses.replace(BASE_ITEM, title_derived=True, date=None, date_source=DateSource.NONE)),
        colors_for(QPalette()),
    )
    assert "font-style:italic" in document
    assert "title cut from the first sentence" in document
    assert "Undated" in document
    assert "no date on the page" in document


def test_provenance_names_every_page_and_where_on_it(qapp: QApplication) -> None:
    document = item_document(_detail(), colors_for(QPalette()))
    assert "SEEN ON 2 PAGES" in document
    assert "news.html" in document
    assert "item 4 (side column)" in document


def test_related_items_are_links_to_them_with_the_reason(qapp: QApplication) -> None:
    document = item_document(_detail(), colors_for(QPalette()))
    assert '<a href="item:twin1" style="text-decoration:none">Переговоры в &lt;Тегеране&gt;</a>' in document
    assert "Other edition" in document
    assert "both name Masadykov; both give 80" in document


def _fetched(url: str, kind: Kind, captured: dt.datetime | None, source: str | None = None) -> Sighting:
    return Sighting("abc123", source or url, 0, kind, url, captured)


def test_each_address_shows_when_it_was_captured_in_local_time(qapp: QApplication, english: None) -> None:
    captured = dt.datetime(2025, 3, 12, 14, 3, tzinfo=dt.UTC)
    item = dataclasses.replace(
        BASE_ITEM, sightings=(_fetched("https://en.odkb-csto.org/news/1/", Kind.ARTICLE, captured),)
    )
    document = item_document(_detail(item), colors_for(QPalette()))
    local = captured.astimezone()
    assert f"captured {local.day} March 2025, {local:%H:%M}" in document
    assert '<a href="https://en.odkb-csto.org/news/1/">https://en.odkb-csto.org/news/1/</a>' in document
    assert "Open on the site" in document


def test_the_site_address_is_the_items_own_page_else_the_newest_capture() -> None:
    early, late = dt.datetime(2024, 1, 1, tzinfo=dt.UTC), dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    listing = _fetched("https://odkb-csto.org/news/", Kind.TEASER, late)
    older_listing = _fetched("https://odkb-csto.org/", Kind.TEASER, early)
    article = _fetched("https://odkb-csto.org/news/7/", Kind.ARTICLE, early)
    saved = Sighting("abc123", "saved/page.html", 0, Kind.ARTICLE)
    assert site_url(dataclasses.replace(BASE_ITEM, sightings=(listing, article, saved))) == article.url
    assert site_url(dataclasses.replace(BASE_ITEM, sightings=(older_listing, listing))) == listing.url
    assert site_url(dataclasses.replace(BASE_ITEM, sightings=(saved,))) is None


def test_an_item_without_an_address_offers_no_link_to_the_site(qapp: QApplication) -> None:
    item = dataclasses.replace(BASE_ITEM, sightings=(Sighting("abc123", "saved/page.html", 0, Kind.ARTICLE),))
    document = item_document(_detail(item), colors_for(QPalette()))
    assert "Open on the site" not in document
    assert "captured" not in document


def test_why_an_item_is_related_is_said_in_the_interfaces_language(qapp: QApplication, russian: None) -> None:
    document = item_document(_detail(), colors_for(QPalette()))
    assert "в обеих названы Masadykov; в обеих есть 80" in document
    assert "both name" not in document
