"""Whatever bytes a file holds, importing it never raises: a failure is a line of the report, and the
archive stays sound. (The stages' own properties are in their tests: the splitter in
`test_split.py`, decoding in `test_decode.py`, the query parser in `test_search_properties.py`.)
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.archive_state import damage
from press_archive.archive import Archive

_MARKUP = st.sampled_from([
    "<html>", "<html lang='ru'>", "<body>", "</body>", "<div>", "</div>", "<p>", "</p>", "<br>", "<script>",
    "</script>", "<style>", "<nav>", "<table><tr><td>", "<!--", "-->", "<a href='javascript:x'>", "&amp;",
    "&lt;p&gt;", "&#0;", "<![CDATA[", "<meta charset='koi8-r'>", "<link rel=canonical href=http://x>",
])  # fmt: skip
_PAGE_LINES = st.sampled_from([
    "05.12.2025", "31.02.2025", "00.00.0000", "12.03.2024On March 12", "Go back", "Назад", "", "\n", "\r\n",
    "Download document report.pdf", "Announcement: Meetings in Bishkek", "ОДКБ провела учения.",
    "The CSTO delegation met in Minsk.", "\ufeff", "\u2028", "\x00",
])  # fmt: skip
_TEXT = st.text(max_size=300)
_PAGE_TEXT = st.one_of(
    _TEXT,
    st.lists(st.one_of(_PAGE_LINES, _TEXT), max_size=30).map("\n".join),
    st.lists(st.one_of(_MARKUP, _PAGE_LINES, _TEXT), max_size=40).map("".join),
)
_CODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1251", "koi8-r"])
_ENCODED = st.tuples(_PAGE_TEXT, _CODINGS)
CONTENTS = st.one_of(
    st.binary(max_size=3000),
    _ENCODED.map(lambda pair: pair[0].encode(pair[1], errors="replace")),
)
SUFFIXES = st.sampled_from([".txt", ".html", ".htm", ".xhtml", ".zip", ".dat"])


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, Path]]:
    """One archive for every example: it fills up as they run, as a real one does."""
    folder = tmp_path_factory.mktemp("arbitrary")
    with Archive(folder / "archive.db") as opened:
        yield opened, folder


_names = itertools.count()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=CONTENTS, suffix=SUFFIXES)
def test_importing_any_bytes_reports_instead_of_raising_and_keeps_the_archive_sound(
    archive: tuple[Archive, Path], data: bytes, suffix: str
) -> None:
    opened, folder = archive
    page = folder / f"page-{next(_names)}{suffix}"
    page.write_bytes(data)
    items_before = opened.stats().items

    report = opened.import_paths([page])

    assert report.files_read + report.files_skipped + len(report.failures) >= 1
    for failure in report.failures:
        assert failure.source.startswith(str(page)) and failure.reason.strip()
    assert opened.stats().items == items_before + report.items_new
    assert damage(opened.path) == []
