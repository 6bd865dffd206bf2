"""Keeping every raw response as web archivists keep them: WARC 1.1 files, compressed record by record.

Each run writes a file of its own (never appended to, never overwritten), opening with a warcinfo
record that names the software and its User-Agent, then a request and a response record per
exchange. Every record is a gzip member of its own and is handed to the system as soon as it is
written, so a run killed at any moment leaves every earlier record readable: at worst the last one
is cut short, and readers skip it.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from press_archive.web.client import Exchange

WARC_VERSION = "WARC/1.1"


def _warc_date(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class CaptureWriter:
    """Writes one run's exchanges to a new `.warc.gz` file in `folder`."""

    def __init__(self, folder: Path, software: str, user_agent: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        self.path = self._new_file(folder, stamp)
        self._file: BinaryIO = self.path.open("xb")
        self._writer = WARCWriter(self._file, gzip=True, warc_version=WARC_VERSION)
        self.records = 0
        info = self._writer.create_warcinfo_record(
            self.path.name,
            {
                "software": software,
                "format": "WARC File Format 1.1",
                "http-header-user-agent": user_agent,
                "robots": "obey",
            },
        )
        self._writer.write_record(info)
        self._flush()

    @staticmethod
    def _new_file(folder: Path, stamp: str) -> Path:
        """A name no earlier run used: two runs in one second get numbered files."""
        number = 0
        while True:
            path = folder / f"press-archive-{stamp}-{os.getpid()}-{number:02d}.warc.gz"
            if not path.exists():
                return path
            number += 1

    def write(self, exchange: Exchange) -> None:
        """Append the exchange's request and response records, and hand them to the system."""
        assert exchange.body is not None, "only responses read whole are kept"
        date = _warc_date(exchange.captured_at)
        response_headers = {"WARC-Date": date}
        if exchange.server_ip:
            response_headers["WARC-IP-Address"] = exchange.server_ip
        response = self._writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            length=None,
            http_headers=StatusAndHeaders(
                f"{exchange.status} {exchange.reason}".strip(),
                exchange.headers,
                protocol=exchange.http_version,
            ),
            warc_headers_dict=response_headers,
        )
        request = self._writer.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(b""),
            length=None,
            http_headers=StatusAndHeaders(
                f"{exchange.method} {exchange.target} {exchange.http_version}",
                exchange.request_headers,
                is_http_request=True,
            ),
            warc_headers_dict={"WARC-Date": date},
        )
        self._writer.write_request_response_pair(request, response)
        self.records += 2
        self._flush()

    def _flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
