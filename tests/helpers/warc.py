"""Web archives written for the tests with warcio's writer: the records a crawler leaves, made to order.

`write_warc` returns the byte offset of every record, so a test knows where each one starts (to name
it in an expected error, or to cut the file inside it).
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEFAULT_DATE = "2025-12-05T10:11:12Z"


@dataclass(frozen=True)
class Record:
    """One record: a response by default; `kind` "request", "revisit", "metadata" or "warcinfo"."""

    url: str
    body: bytes = b""
    kind: str = "response"
    date: str = DEFAULT_DATE
    status: str = "200 OK"
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)


def html_response(url: str, markup: str, date: str = DEFAULT_DATE) -> Record:
    return Record(url, markup.encode("utf-8"), date=date)


def _warc_record(writer: WARCWriter, record: Record, number: int) -> object:
    # A record id of its own, not a random one: the same records make the same bytes.
    record_id = f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>"
    warc_headers = {"WARC-Date": record.date, "WARC-Record-ID": record_id}
    payload = io.BytesIO(record.body)
    if record.kind == "warcinfo":
        return writer.create_warcinfo_record("crawl.warc.gz", {"software": "tests"})
    if record.kind == "request":
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.test")], is_http_request=True)
        return writer.create_warc_record(
            record.url, "request", payload=payload, http_headers=request, warc_headers_dict=warc_headers
        )
    if record.kind == "revisit":
        http = StatusAndHeaders(record.status, list(record.headers), protocol="HTTP/1.1")
        return writer.create_revisit_record(
            record.url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", record.url, "2025-01-01T00:00:00Z", http
        )
    if record.kind == "metadata":
        return writer.create_warc_record(
            record.url, "metadata", payload=payload, warc_content_type="application/warc-fields",
            warc_headers_dict=warc_headers,
        )
    http = StatusAndHeaders(record.status, list(record.headers), protocol="HTTP/1.1")
    return writer.create_warc_record(
        record.url, "response", payload=payload, http_headers=http, warc_headers_dict=warc_headers
    )


def warc_bytes(records: list[Record], gzip: bool) -> tuple[bytes, list[int]]:
    """The WARC file's bytes, and the offset each record starts at."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip, warc_version="1.1")
    offsets = []
    for number, record in enumerate(records):
        offsets.append(buffer.tell())
        writer.write_record(_warc_record(writer, record, number))
    return buffer.getvalue(), offsets


def write_warc(path: Path, records: list[Record]) -> list[int]:
    """Write a .warc or .warc.gz (by the name's end); returns the records' offsets."""
    data, offsets = warc_bytes(records, gzip=path.name.endswith(".gz"))
    path.write_bytes(data)
    return offsets


def write_wacz(path: Path, warcs: dict[str, bytes], listed: list[str] | None = None) -> None:
    """A WACZ holding `warcs` (name in archive/ -> bytes), its manifest listing `listed` (default: all)."""
    names = list(warcs) if listed is None else listed
    manifest = {
        "profile": "data-package",
        "wacz_version": "1.1.1",
        "resources": [
            *({"name": name, "path": f"archive/{name}", "hash": "", "bytes": 0} for name in names),
            {"name": "pages.jsonl", "path": "pages/pages.jsonl", "hash": "", "bytes": 0},
        ],
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in warcs.items():
            archive.writestr(f"archive/{name}", data, compress_type=zipfile.ZIP_STORED)
        archive.writestr("datapackage.json", json.dumps(manifest))
        archive.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n')
        archive.writestr("indexes/index.cdx", "")
