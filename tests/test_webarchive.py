"""Web archives (.warc, .warc.gz, .wacz) as the importer reads them: one document per HTML response,
with its URL and capture time; other records passed over; damage reported with its offset."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.pages import html_page
from helpers.warc import Record, html_response, warc_bytes, write_wacz, write_warc
from press_archive.importer.discover import Document, iter_documents
from press_archive.importer.errors import PageError
from press_archive.importer.webarchive import iter_captured_pages
from press_archive.model import Language

EN = "https://en.odkb-csto.org/news/news_odkb/"
RU = "https://odkb-csto.org/news/news_odkb/"
CAPTURED = dt.datetime(2025, 12, 5, 10, 11, 12, tzinfo=dt.UTC)


def _documents(results: list[Document | PageError]) -> list[Document]:
    return [result for result in results if isinstance(result, Document)]


def _errors(results: list[Document | PageError]) -> list[str]:
    return [str(result) for result in results if isinstance(result, PageError)]


def _three_pages() -> list[Record]:
    return [
        html_response(f"{EN}one/", html_page([1])),
        html_response(f"{RU}two/", html_page([2], Language.RU), date="2025-12-06T08:00:00.250Z"),
        html_response(f"{EN}three/", html_page([3])),
    ]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_each_html_response_is_a_document_with_its_url_and_capture_time(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    offsets = write_warc(path, _three_pages())
    results = list(iter_documents([path]))
    assert _errors(results) == []
    first, second, third = _documents(results)
    assert [d.source for d in (first, second, third)] == [f"{path}#{offset}" for offset in offsets]
    assert [d.key for d in (first, second, third)] == [f"{path.resolve()}#{offset}" for offset in offsets]
    assert [d.url for d in (first, second, third)] == [f"{EN}one/", f"{RU}two/", f"{EN}three/"]
    assert first.captured_at == CAPTURED and first.captured_at.tzinfo is not None
    assert second.captured_at == dt.datetime(2025, 12, 6, 8, 0, 0, 250000, tzinfo=dt.UTC)
    assert first.data == html_page([1]).encode() and first.suffix == ".html"
    again = _documents(list(iter_documents([path])))
    assert [d.key for d in again] == [d.key for d in (first, second, third)]


def test_requests_revisits_metadata_and_what_is_not_an_html_page_are_passed_over(tmp_path: Path) -> None:
    page = html_page([1]).encode()
    records = [
        Record("", kind="warcinfo"),
        Record(f"{EN}one/", kind="request"),
        Record(f"{EN}one/", page),
        Record(f"{EN}one/", kind="revisit"),
        Record(f"{EN}one/", b"via: tests", kind="metadata"),
        Record(f"{EN}gone/", page, status="404 Not Found"),
        Record(f"{EN}moved/", page, status="301 Moved Permanently"),
        Record(f"{EN}logo.png", b"\x89PNG\r\n\x1a\n", headers=(("Content-Type", "image/png"),)),
        Record(f"{EN}site.css", b"body { color: red }", headers=(("Content-Type", "text/css"),)),
        Record(f"{EN}untyped.json", b'{"a": 1}', headers=()),
        Record(f"{EN}untyped/", page, headers=()),
        Record(f"{EN}strict/", page, headers=(("Content-Type", "application/xhtml+xml"),)),
    ]
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, records)
    results = list(iter_documents([path]))
    assert _errors(results) == []
    assert [d.source for d in _documents(results)] == [f"{path}#{offsets[i]}" for i in (2, 10, 11)]


def test_chunked_and_compressed_payloads_are_decoded(tmp_path: Path) -> None:
    markup = html_page([7]).encode()
    packed = gzip.compress(markup)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(packed), packed)
    headers = (("Content-Type", "text/html"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked"))
    path = tmp_path / "crawl.warc"
    write_warc(path, [Record(f"{EN}seven/", chunked, headers=headers)])
    (document,) = _documents(list(iter_documents([path])))
    assert document.data == markup


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_file_cut_inside_its_last_record_reports_it_and_keeps_the_others(tmp_path: Path, name: str) -> None:
    data, offsets = warc_bytes(_three_pages(), gzip=name.endswith(".gz"))
    path = tmp_path / name
    path.write_bytes(data[: offsets[2] + (len(data) - offsets[2]) // 2])
    results = list(iter_documents([path]))
    assert [d.url for d in _documents(results)] == [f"{EN}one/", f"{RU}two/"]
    (error,) = _errors(results)
    assert error.startswith(f"{path}: damaged record at byte {offsets[2]}")


def test_a_damaged_gzip_member_is_reported_and_the_records_after_it_are_read(tmp_path: Path) -> None:
    data, offsets = warc_bytes(_three_pages(), gzip=True)
    middle = (offsets[1] + offsets[2]) // 2
    damaged = data[:middle] + bytes(64) + data[middle + 64 :]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(damaged)
    results = list(iter_documents([path]))
    assert [d.url for d in _documents(results)] == [f"{EN}one/", f"{EN}three/"]
    (error,) = _errors(results)
    assert error.startswith(f"{path}: damaged record at byte {offsets[1]}")


def test_a_garbled_record_header_in_a_plain_warc_is_reported_and_the_next_record_read(tmp_path: Path) -> None:
    data, offsets = warc_bytes(_three_pages(), gzip=False)
    damaged = data[: offsets[1]] + b"GARBAGE" + data[offsets[1] + 7 :]
    path = tmp_path / "crawl.warc"
    path.write_bytes(damaged)
    results = list(iter_documents([path]))
    assert [d.url for d in _documents(results)] == [f"{EN}one/", f"{EN}three/"]
    (error,) = _errors(results)
    assert error.startswith(f"{path}: damaged record at byte {offsets[1]}")


def test_a_file_that_is_no_web_archive_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "page.warc"
    path.write_text(html_page([1]), encoding="utf-8")
    results = list(iter_documents([path]))
    assert [e.split(":")[1].strip() for e in _errors(results)] == ["not a web archive (WARC) at byte 0"]
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert _errors(list(iter_documents([empty]))) == [f"{empty}: empty file"]
    assert _documents(results) == []


@settings(max_examples=60, deadline=None)
@given(compressed=st.booleans(), cut=st.floats(min_value=0, max_value=1))
def test_a_file_cut_anywhere_keeps_the_whole_records_before_the_cut(compressed: bool, cut: float) -> None:
    """A record cut inside its gzip trailer or the blank lines after it has lost none of its page:
    it may be kept; a page kept is always whole."""
    records = _three_pages()
    data, offsets = warc_bytes(records, gzip=compressed)
    end = max(1, int(len(data) * cut))  # an empty file is another error, tested apart
    ends = [*offsets[1:], len(data)]
    results = list(iter_captured_pages(io.BytesIO(data[:end]), "cut.warc", 1_000_000))
    pages = {r.offset: r.data for r in results if not isinstance(r, PageError)}
    assert {offsets[i] for i, full in enumerate(ends) if full <= end} <= pages.keys()
    bodies = {offset: record.body for offset, record in zip(offsets, records, strict=True)}
    assert pages == {offset: bodies[offset] for offset in pages}
    errors = [r for r in results if isinstance(r, PageError)]
    cut_records = [offset for offset, full in zip(offsets, ends, strict=True) if offset < end < full]
    assert len(errors) == (1 if cut_records and cut_records[0] not in pages else 0)
    if cut_records and cut_records[0] not in pages:
        assert str(errors[0]).startswith(f"cut.warc: damaged record at byte {cut_records[0]}")


def test_a_page_over_the_size_limit_is_refused_with_its_offset() -> None:
    data, offsets = warc_bytes(_three_pages(), gzip=True)
    results = list(iter_captured_pages(io.BytesIO(data), "big.warc.gz", 100))
    assert [str(r) for r in results] == [
        f"big.warc.gz: page at byte {offset} too large (more than 0 MB)" for offset in offsets
    ]


# WACZ, and web archives inside folders and zips -------------------------------------------------


def test_a_wacz_gives_the_pages_of_its_warc_files(tmp_path: Path) -> None:
    first, first_offsets = warc_bytes(_three_pages()[:2], gzip=True)
    second, _ = warc_bytes(_three_pages()[2:], gzip=True)
    path = tmp_path / "site.wacz"
    write_wacz(path, {"a.warc.gz": first, "b.warc.gz": second})
    results = list(iter_documents([path]))
    assert _errors(results) == []
    documents = _documents(results)
    assert [d.url for d in documents] == [f"{EN}one/", f"{RU}two/", f"{EN}three/"]
    assert documents[1].source == f"{path}!archive/a.warc.gz#{first_offsets[1]}"
    assert documents[1].key == f"{path.resolve()}!archive/a.warc.gz#{first_offsets[1]}"
    assert documents[0].captured_at == CAPTURED


def test_a_wacz_missing_a_listed_warc_names_it_and_reads_the_rest(tmp_path: Path) -> None:
    data, _ = warc_bytes(_three_pages(), gzip=True)
    path = tmp_path / "site.wacz"
    write_wacz(path, {"a.warc.gz": data}, listed=["a.warc.gz", "lost.warc.gz"])
    results = list(iter_documents([path]))
    assert _errors(results) == [
        f"{path}!archive/lost.warc.gz: missing from the WACZ, though its datapackage.json lists it"
    ]
    assert len(_documents(results)) == 3


def test_a_wacz_with_a_broken_manifest_says_so_and_reads_its_warcs(tmp_path: Path) -> None:
    data, _ = warc_bytes(_three_pages(), gzip=True)
    path = tmp_path / "site.wacz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("archive/a.warc.gz", data)
        archive.writestr("datapackage.json", "{not json")
    results = list(iter_documents([path]))
    (error,) = _errors(results)
    assert error.startswith(f"{path}!datapackage.json: not a valid WACZ manifest")
    assert len(_documents(results)) == 3


def test_web_archives_in_a_folder_are_read_and_other_files_left(tmp_path: Path) -> None:
    folder = tmp_path / "captures"
    folder.mkdir()
    write_warc(folder / "a.warc.gz", _three_pages()[:1])
    write_warc(folder / "b.WARC", _three_pages()[1:2])
    data, _ = warc_bytes(_three_pages()[2:], gzip=True)
    write_wacz(folder / "c.wacz", {"c.warc.gz": data})
    (folder / "notes.gz").write_bytes(gzip.compress(b"not read"))
    results = list(iter_documents([folder]))
    assert _errors(results) == []
    assert [d.source for d in _documents(results)] == [
        str(folder / "a.warc.gz#0"), str(folder / "b.WARC#0"), str(folder / "c.wacz!archive/c.warc.gz#0")
    ]


def test_web_archives_inside_a_zip_are_read(tmp_path: Path) -> None:
    data, offsets = warc_bytes(_three_pages(), gzip=True)
    wacz = tmp_path / "inner.wacz"
    write_wacz(wacz, {"a.warc.gz": data})
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("crawls/site.warc.gz", data)
        archive.write(wacz, "crawls/site.wacz")
    results = list(iter_documents([path]))
    assert _errors(results) == []
    sources = [d.source for d in _documents(results)]
    assert sources[:3] == [f"{path}!crawls/site.wacz!archive/a.warc.gz#{offset}" for offset in offsets]
    assert sources[3:] == [f"{path}!crawls/site.warc.gz#{offset}" for offset in offsets]
    assert {d.url for d in _documents(results)} == {f"{EN}one/", f"{RU}two/", f"{EN}three/"}


def test_a_wacz_inside_a_zip_inside_a_zip_is_too_deep(tmp_path: Path) -> None:
    data, _ = warc_bytes(_three_pages(), gzip=True)
    wacz = tmp_path / "inner.wacz"
    write_wacz(wacz, {"a.warc.gz": data})
    middle = io.BytesIO()
    with zipfile.ZipFile(middle, "w") as archive:
        archive.write(wacz, "site.wacz")
    path = tmp_path / "outer.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("middle.zip", middle.getvalue())
    (error,) = _errors(list(iter_documents([path])))
    assert error.startswith(f"{path}!middle.zip!site.wacz: zip nested too deep")
