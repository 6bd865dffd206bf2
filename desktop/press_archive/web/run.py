"""One fetch of the site into an archive, wired the same way for `press-archive fetch` and the window.

The crawler knows nothing of archives (it is given a frontier, an importer and a place to keep
responses); this is where an open `Archive` supplies all three, so the command line and the
window's Update run exactly the same crawl.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from press_archive.web.capture import CaptureWriter
from press_archive.web.client import ClientSettings
from press_archive.web.crawl import Crawler, CrawlSettings
from press_archive.web.report import CrawlReport
from press_archive.web.scope import DEFAULT_START_URLS, SITE_DOMAIN, Scope, scope_of

if TYPE_CHECKING:
    from press_archive.archive import Archive


def default_user_agent(version: str) -> str:
    """The User-Agent that names the app and its version, as a polite crawler does."""
    return f"PressArchive/{version} (+offline news archive)"


def site_scope(start_urls: Sequence[str]) -> tuple[list[str], Scope]:
    """The start URLs and the hosts a crawl may visit: no URL means the site's editions and every
    sub-site under its domain; given URLs mean those sites only."""
    if not start_urls:
        return list(DEFAULT_START_URLS), scope_of(DEFAULT_START_URLS, SITE_DOMAIN)
    return list(start_urls), scope_of(start_urls)


@dataclass(frozen=True)
class FetchRequest:
    start_urls: tuple[str, ...] = ()  # normalised (`parse_start_url`); empty: the site's editions
    delay: float = 1.0  # seconds between two requests to one host
    max_pages: int | None = None
    full: bool = False
    user_agent: str | None = None  # None: `default_user_agent`


def fetch_site(
    archive: Archive,
    request: FetchRequest,
    version: str,
    progress: Callable[[CrawlReport], None] | None = None,
    stop: Callable[[], bool] | None = None,
    client: ClientSettings | None = None,
) -> CrawlReport:
    """Crawl into `archive`, keeping every response in a new capture file beside it.

    `client` replaces the HTTP client's settings (the user agent included); tests shorten its
    timeouts. A stopped or limited run is taken up by the next fetch of the same start URLs.
    """
    archive.require_writable()  # before a capture file is made beside it
    start_urls, scope = site_scope(request.start_urls)
    agent = client.user_agent if client else request.user_agent or default_user_agent(version)
    settings = CrawlSettings(
        client or ClientSettings(user_agent=agent),
        delay=request.delay,
        max_pages=request.max_pages,
        full=request.full,
    )
    captures = CaptureWriter(archive.captures_dir, f"Press Archive {version}", agent)
    try:
        with archive.frontier() as frontier:
            crawler = Crawler(
                start_urls, scope, frontier, archive, captures.write, settings, progress, stop=stop
            )
            return crawler.run()
    finally:
        captures.close()
