"""`python -m benchmarks.fetch_speed`: how fast `fetch` crawls, and what importing each page adds.

A synthetic copy of the site (two editions, about 300 pages) is served on 127.0.0.1 and fetched with
`--delay 0` twice: by the real command in a process of its own (fetch, keep the WARC, import each
page), and by the same crawler with an importer that keeps nothing (fetch and keep the WARC only).
The difference per page is the time the import adds. Then a tenth of the articles are corrected on
the site and the archive is fetched again with `--full`: every page is asked for, the changed ones
are downloaded and kept as new versions of their items. The table goes to stdout, every figure to
`benchmarks/results/fetch-<date>.json`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from benchmarks.local_site import Site, running_site
from benchmarks.machine import describe_code, describe_machine
from press_archive.archive import Archive
from press_archive.importer.discover import Document
from press_archive.model import ImportReport
from press_archive.web.capture import CaptureWriter
from press_archive.web.client import ClientSettings
from press_archive.web.crawl import Crawler, CrawlSettings
from press_archive.web.scope import scope_of

RESULTS_DIR = Path(__file__).resolve().parent / "results"
#: Articles per edition: with the home page and the listing's pages, 151 pages an edition.
ARTICLES = 120
USER_AGENT = "PressArchive/benchmark (+offline news archive)"


class _KeepNothing:
    """An importer that imports nothing: the crawl's cost without the archive's."""

    def import_documents(self, documents: Iterable[Document]) -> ImportReport:
        for _document in documents:
            pass
        return ImportReport()


def _fetch_with_import(urls: list[str], db: Path, *options: str) -> dict[str, object]:
    command = [sys.executable, "-m", "press_archive", "--db", str(db), "fetch", *urls, "--delay", "0"]
    command += options
    started = time.perf_counter()
    done = subprocess.run([*command, "--format", "json"], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    summary = json.loads(done.stdout)
    return {"pages": summary["pages_fetched"], "crawl_s": summary["elapsed_s"], "wall_s": round(wall, 3),
            "items_new": summary["items_new"], "pages_unchanged": summary["pages_unchanged"],
            "items_changed": summary["items_changed"]}  # fmt: skip


def _correct_a_tenth(site: Site) -> int:
    """Correct every tenth article of both editions, as the site's editors do: a word put right in
    the second paragraph and a paragraph added. Returns how many were changed."""
    changed = 0
    for edition in (site.en, site.ru):
        for number in range(10, edition.articles + 1, 10):
            first, second = edition.body(number)
            edition.revised[number] = [first, second.replace(",", ";", 1), f"Round r{number} was summed up."]
            changed += 1
    return changed


def _fetch_capture_only(urls: list[str], db: Path) -> dict[str, object]:
    settings = CrawlSettings(ClientSettings(USER_AGENT), delay=0)
    with Archive(db) as archive, archive.frontier() as frontier:
        captures = CaptureWriter(archive.captures_dir, "Press Archive benchmark", USER_AGENT)
        try:
            crawler = Crawler(urls, scope_of(urls), frontier, _KeepNothing(), captures.write, settings)
            report = crawler.run()
        finally:
            captures.close()
    return {"pages": report.pages_fetched, "crawl_s": round(report.elapsed_s, 3)}


def _row(name: str, run: dict[str, object]) -> str:
    pages, seconds = float(str(run["pages"])), float(str(run["crawl_s"]))
    return f"| {name} | {pages:,.0f} | {seconds:.2f} s | {pages / seconds:,.1f} pages/s |"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fetch_speed", description=__doc__)
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="folder for the JSON results")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch, running_site(ARTICLES) as site:
        urls = [f"{site.en_url}/", f"{site.ru_url}/"]
        with_import = _fetch_with_import(urls, Path(scratch) / "with-import.db")
        capture_only = _fetch_capture_only(urls, Path(scratch) / "capture-only.db")
        corrected = _correct_a_tenth(site)
        again = _fetch_with_import(urls, Path(scratch) / "with-import.db", "--full")
    pages = float(str(with_import["pages"]))
    added_ms = (float(str(with_import["crawl_s"])) - float(str(capture_only["crawl_s"]))) / pages * 1000
    today = dt.date.today().isoformat()
    lines = [
        f"Press Archive fetch benchmark, {today}: a local site of {pages:,.0f} pages, --delay 0.",
        "",
        "| run | pages | crawl time | speed |",
        "|---|--:|--:|--:|",
        _row("fetch, keep WARC, import (the command)", with_import),
        _row("fetch, keep WARC only", capture_only),
        "",
        f"The import adds {added_ms:.1f} ms per page ({with_import['items_new']} items new).",
        "",
        f"Fetched again with --full after {corrected} articles were corrected on the site: "
        f"{again['pages_unchanged']} pages answered 304, {again['pages']} were downloaded in "
        f"{again['crawl_s']} s, and {again['items_changed']} items kept a new version.",
    ]
    print("\n".join(lines))
    arguments.results.mkdir(parents=True, exist_ok=True)
    result = {
        "date": today,
        "machine": describe_machine(),
        "code": describe_code(),
        "pages": pages,
        "with_import": with_import,
        "capture_only": capture_only,
        "articles_corrected": corrected,
        "full_refetch": again,
        "import_ms_per_page": round(added_ms, 2),
    }
    path = arguments.results / f"fetch-{today}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
