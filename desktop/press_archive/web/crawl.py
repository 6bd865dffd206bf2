"""The crawler: take the next URL from the frontier, fetch it politely, keep and import it, queue its links.

The order of the steps is what makes a crawl safe to kill: a response is written to the web archive
first, then its page is imported, and only then is the URL recorded as done in the frontier. A run
killed anywhere fetches at most the URL it was busy with again, and the archive loses nothing.

Incremental runs: known pages are asked for with their validators (a 304 costs no download), and
known URLs are fetched again only when it may bring news: the start URLs, and the listings linked
from a page that brought news (a new item, or a link never seen before this run). So a listing's
pagination is walked until a page of it brings nothing new; `full` walks every known URL again.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from press_archive.importer.decode import decode_document
from press_archive.importer.discover import Document
from press_archive.importer.errors import PageError
from press_archive.model import FetchRun, FrontierEntry, ImportReport, UrlKind
from press_archive.web.client import ClientSettings, Exchange, HttpClient
from press_archive.web.errors import FetchError
from press_archive.web.links import extract_links
from press_archive.web.report import CrawlReport, FailedUrl
from press_archive.web.robots import Politeness
from press_archive.web.scope import Scope
from press_archive.web.urls import host_of, is_attachment, is_pagination, is_skipped, normalise_url

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class FrontierStore(Protocol):
    """Where the crawl keeps its queue and what each URL answered (the archive's `Frontier`)."""

    def start_run(self, seeds: Sequence[str], full: bool) -> FetchRun: ...

    def finish_run(self, run: int) -> None: ...

    def queued(self, run: int) -> list[FrontierEntry]: ...

    def known(self, urls: Iterable[str]) -> dict[str, FrontierEntry]: ...

    def enqueue(self, run: int, urls: Sequence[tuple[str, UrlKind]]) -> list[str]: ...

    def record(
        self,
        run: int,
        url: str,
        *,
        kind: UrlKind,
        failed: bool,
        status: int | None,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
    ) -> None: ...


class PageImporter(Protocol):
    """Where fetched pages go (the `Archive`)."""

    def import_documents(self, documents: Iterable[Document]) -> ImportReport: ...


@dataclass(frozen=True)
class CrawlSettings:
    client: ClientSettings
    delay: float = 1.0  # seconds between two requests to one host
    max_pages: int | None = None  # URLs asked for in this run, then it stops (and resumes next time)
    full: bool = False


def _kind_of_link(url: str) -> UrlKind:
    if is_attachment(url):
        return UrlKind.ATTACHMENT
    return UrlKind.LISTING if is_pagination(url) else UrlKind.PAGE


class Crawler:
    """One run of a crawl of the sites of `seeds`; `progress` is called after every URL.

    `stop` is asked before every URL: once it says yes the run ends there, with the rest left queued
    for the next run, as a page limit leaves it (the URL being fetched is always finished first).
    """

    def __init__(
        self,
        seeds: Sequence[str],
        scope: Scope,
        frontier: FrontierStore,
        importer: PageImporter,
        keep: Callable[[Exchange], None],
        settings: CrawlSettings,
        progress: Callable[[CrawlReport], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        stop: Callable[[], bool] | None = None,
    ) -> None:
        self._seeds = list(dict.fromkeys(seeds))
        self._scope = scope
        self._frontier = frontier
        self._importer = importer
        self._settings = settings
        self._progress = progress
        self._sleep = sleep
        self._stop = stop
        self._client = HttpClient(settings.client, on_response=keep, sleep=sleep)
        self._politeness = Politeness(self._client, settings.delay)
        self._queues: dict[str, deque[str]] = {}
        self._seed_failures: dict[str, str | None] = {}
        self.report = CrawlReport()

    def run(self) -> CrawlReport:
        started = time.monotonic()
        try:
            run = self._frontier.start_run(self._seeds, self._settings.full)
            self.report.resumed = run.resumed
            self._add_to_queues(entry.url for entry in self._frontier.queued(run.id))
            while self._goes_on():
                self._visit(run.id, self._next_url())
                self.report.elapsed_s = time.monotonic() - started
                if self._progress is not None:
                    self._progress(self.report)
            self.report.complete = not self.report.queued
            if self.report.complete:
                self._frontier.finish_run(run.id)
        finally:
            self._client.close()
            self.report.elapsed_s = time.monotonic() - started
        if self._seed_failures and len(self._seed_failures) == len(self._seeds):
            reasons = [f"{url}: {reason}" for url, reason in self._seed_failures.items() if reason]
            if len(reasons) == len(self._seeds):
                self.report.unreachable = "; ".join(reasons)
        return self.report

    def _goes_on(self) -> bool:
        """Something is queued, the page limit is not reached, and no one asked to stop."""
        limit = self._settings.max_pages
        if not self.report.queued or (limit is not None and self.report.requests >= limit):
            return False
        return self._stop is None or not self._stop()

    def _add_to_queues(self, urls: Iterable[str]) -> None:
        for url in urls:
            self._queues.setdefault(host_of(url), deque()).append(url)
            self.report.queued += 1

    def _next_url(self) -> str:
        """The first URL of the host that may be asked soonest, once that moment has come."""
        waiting = [queue[0] for queue in self._queues.values() if queue]
        url = min(waiting, key=self._politeness.ready_at)
        self._wait_for(url)
        self._queues[host_of(url)].popleft()
        self.report.queued -= 1
        return url

    def _wait_for(self, url: str) -> None:
        pause = self._politeness.ready_at(url) - time.monotonic()
        if pause > 0:
            self._sleep(pause)

    def _visit(self, run: int, url: str) -> None:
        entry = self._frontier.known([url])[url]
        rules = self._politeness.rules(url)
        if not rules.allows(url):
            if rules.refusal is None:
                self._skip(run, entry, "disallowed by robots.txt")
            else:
                self._fail(run, entry, None, f"not fetched: {rules.refusal}")
            return
        self._wait_for(url)  # reading robots.txt was a request too

        def wanted(content_type: str) -> bool:
            return entry.kind is UrlKind.ATTACHMENT or content_type in HTML_TYPES

        try:
            exchange = self._client.get(url, entry.etag, entry.last_modified, wanted)
        except FetchError as error:
            self._fail(run, entry, error.status, error.reason)
            return
        finally:
            self._politeness.requested(url)
        if url in self._seeds:
            self._seed_failures[url] = None
        self._handle(run, entry, exchange)

    def _handle(self, run: int, entry: FrontierEntry, exchange: Exchange) -> None:
        url, status = entry.url, exchange.status
        if status == 304:
            self.report.pages_unchanged += 1
            self._frontier.record(run, url, kind=entry.kind, failed=False, status=status)
        elif status in _REDIRECTS:
            self._follow_redirect(run, entry, exchange)
        elif status != 200:
            reason = f"HTTP {status} {exchange.reason}".strip()
            self._fail(run, entry, status, reason)
        elif exchange.content is None:
            self._skip(run, entry, f"not an HTML page ({exchange.content_type or 'no content type'})")
        elif entry.kind is UrlKind.ATTACHMENT:
            self.report.attachments_fetched += 1
            self._done(run, entry, exchange, entry.kind)
        else:
            self.report.pages_fetched += 1
            brought_items = self._import(exchange)
            self._done(run, entry, exchange, self._queue_links(run, exchange, brought_items))

    def _follow_redirect(self, run: int, entry: FrontierEntry, exchange: Exchange) -> None:
        location = exchange.header("location") or ""
        target = normalise_url(location, entry.url)
        if target is None or not self._scope.contains(target):
            self._skip(run, entry, f"redirects off the site, to {location or 'nowhere'}")
            return
        self._frontier.record(run, entry.url, kind=entry.kind, failed=False, status=exchange.status)
        self._add_to_queues(self._frontier.enqueue(run, [(target, _kind_of_link(target))]))

    def _import(self, exchange: Exchange) -> bool:
        """Import the page; True if it brought items the archive did not hold."""
        assert exchange.content is not None
        document = Document(
            source=exchange.url,
            key=exchange.url,
            data=exchange.content,
            suffix=".html",
            url=exchange.url,
            captured_at=exchange.captured_at,
        )
        imported = self._importer.import_documents([document])
        self.report.items_new += imported.items_new
        self.report.items_seen_again += imported.items_seen_again
        self.report.items_changed += imported.items_changed
        for failure in imported.failures:
            self.report.not_imported.append(FailedUrl(exchange.url, None, failure.reason))
        return imported.items_new > 0

    def _queue_links(self, run: int, exchange: Exchange, brought_items: bool) -> UrlKind:
        """Queue the page's new links, and its listings if it brought news; returns the page's kind."""
        assert exchange.content is not None
        try:
            markup = decode_document(exchange.content, exchange.url)
        except PageError:
            return UrlKind.PAGE
        links = [
            link
            for link in extract_links(markup, exchange.url)
            if self._scope.contains(link) and not is_skipped(link)
        ]
        known = self._frontier.known(links)
        news = brought_items or any(link not in known or known[link].first_run == run for link in links)
        wanted = [
            (link, known[link].kind if link in known else _kind_of_link(link))
            for link in links
            if link not in known or (news and known[link].kind is UrlKind.LISTING)
        ]
        self._add_to_queues(self._frontier.enqueue(run, wanted))
        listing = is_pagination(exchange.url) or any(is_pagination(link) for link in links)
        return UrlKind.LISTING if listing else UrlKind.PAGE

    def _done(self, run: int, entry: FrontierEntry, exchange: Exchange, kind: UrlKind) -> None:
        self._frontier.record(
            run,
            entry.url,
            kind=kind,
            failed=False,
            status=exchange.status,
            etag=exchange.header("etag"),
            last_modified=exchange.header("last-modified"),
        )

    def _skip(self, run: int, entry: FrontierEntry, reason: str) -> None:
        self.report.skipped += 1
        self._frontier.record(run, entry.url, kind=entry.kind, failed=False, status=None, error=reason)

    def _fail(self, run: int, entry: FrontierEntry, status: int | None, reason: str) -> None:
        self.report.pages_failed += 1
        self.report.failed.append(FailedUrl(entry.url, status, reason))
        if entry.url in self._seeds:
            self._seed_failures[entry.url] = reason if status is None else None
        self._frontier.record(run, entry.url, kind=entry.kind, failed=True, status=status, error=reason)
