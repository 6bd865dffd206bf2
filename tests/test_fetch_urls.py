"""URL normalisation, the site's scope and link extraction: one spelling per page, never off the site."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from press_archive.web.errors import UrlError
from press_archive.web.links import extract_links
from press_archive.web.scope import DEFAULT_START_URLS, SITE_DOMAIN, scope_of
from press_archive.web.urls import is_attachment, is_pagination, normalise_url, parse_start_url


@pytest.mark.parametrize(
    "link,expected",
    [
        ("/news/?PAGEN_1=2#top", "https://en.odkb-csto.org/news/?PAGEN_1=2"),
        ("/news/?PAGEN_1=1", "https://en.odkb-csto.org/news/"),
        (
            "/news/1/?bxajaxid=ab12&sphrase_id=9&PHPSESSID=x&utm_source=t&utm_medium=m",
            "https://en.odkb-csto.org/news/1/",
        ),
        ("/search/?q=b&a=1", "https://en.odkb-csto.org/search/?a=1&q=b"),
        ("HTTPS://EN.odkb-csto.org:443", "https://en.odkb-csto.org/"),
        ("http://localhost:8080/x", "http://localhost:8080/x"),
        ("news/2/", "https://en.odkb-csto.org/news/news/2/"),
    ],
)
def test_links_are_spelt_one_way(link: str, expected: str) -> None:
    assert normalise_url(link, "https://en.odkb-csto.org/news/") == expected


@pytest.mark.parametrize(
    "link", ["mailto:press@example.org", "javascript:history.back()", "tel:123", "http://[::1"]
)
def test_links_to_no_web_page_are_dropped(link: str) -> None:
    assert normalise_url(link, "https://en.odkb-csto.org/") is None


@given(
    st.lists(
        st.tuples(st.sampled_from(["PAGEN_1", "a", "utm_x", "bxajaxid", "q"]), st.text("xyz12", max_size=3))
    )
)
def test_normalising_is_idempotent_and_ignores_parameter_order(params: list[tuple[str, str]]) -> None:
    query = "&".join(f"{name}={value}" for name, value in params)
    once = normalise_url(f"https://odkb-csto.org/news/?{query}")
    assert once is not None and normalise_url(once) == once
    shuffled = "&".join(f"{name}={value}" for name, value in reversed(params))
    assert normalise_url(f"https://odkb-csto.org/news/?{shuffled}") == once


@pytest.mark.parametrize(
    "given_url", ["odkb-csto.org", "ftp://odkb-csto.org/", "http://", "http://host:99999/"]
)
def test_a_start_url_that_is_no_web_address_is_refused_by_name(given_url: str) -> None:
    with pytest.raises(UrlError) as raised:
        parse_start_url(given_url)
    assert raised.value.url == given_url and raised.value.reason


def test_with_no_url_the_sub_sites_belong_to_the_site_and_nothing_else_does() -> None:
    scope = scope_of(DEFAULT_START_URLS, SITE_DOMAIN)
    assert scope.contains("https://jshq.odkb-csto.org/news/")
    assert scope.contains("https://odkb-csto.org/")
    assert not scope.contains("https://odkb-csto.org.example.com/")
    assert not scope.contains("https://example.org/odkb-csto.org/")


def test_with_urls_only_their_hosts_and_ports_belong_to_the_site() -> None:
    scope = scope_of(["http://127.0.0.1:8001/", "http://127.0.0.1:8002/news/"])
    assert scope.contains("http://127.0.0.1:8002/news/1/")
    assert not scope.contains("http://127.0.0.1:8003/")
    assert not scope.contains("https://jshq.odkb-csto.org/")


def test_pagination_and_attachments_are_told_by_the_url() -> None:
    assert is_pagination("https://odkb-csto.org/news/?PAGEN_2=3")
    assert not is_pagination("https://odkb-csto.org/news/?page=3")
    assert is_attachment("https://odkb-csto.org/upload/iblock/abc/Decision.DOCX")
    assert not is_attachment("https://odkb-csto.org/news/docx/")


def test_links_are_read_in_order_resolved_against_the_base_once_each() -> None:
    markup = """<html><head><base href="https://odkb-csto.org/ru/"></head><body>
        <a href="news/1/">one</a><a href="/news/2/#x">two</a><a href="news/1/?utm_source=a">again</a>
        <a href="mailto:a@b.c">mail</a><a href="https://example.org/">off</a><a>no href</a></body></html>"""
    assert extract_links(markup, "https://odkb-csto.org/ru/") == [
        "https://odkb-csto.org/ru/news/1/",
        "https://odkb-csto.org/news/2/",
        "https://example.org/",
    ]
