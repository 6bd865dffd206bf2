"""What a crawl did, counted as it goes: for the progress line, the summary and `--format json`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FailedUrl:
    url: str
    status: int | None  # the HTTP status, None when no answer came
    error: str


@dataclass
class CrawlReport:
    """Counts of one run of a crawl (a resumed run counts only what it did itself)."""

    pages_fetched: int = 0  # pages downloaded whole (HTML, status 200)
    pages_unchanged: int = 0  # answered 304: not downloaded again
    pages_failed: int = 0
    attachments_fetched: int = 0
    skipped: int = 0  # not HTML, refused by robots.txt, or a redirect off the site
    items_new: int = 0
    items_seen_again: int = 0
    items_changed: int = 0  # seen again with a text the site changed since: a new version kept
    queued: int = 0  # left in the queue (at the end: what a page limit left for the next run)
    failed: list[FailedUrl] = field(default_factory=list)
    not_imported: list[FailedUrl] = field(default_factory=list)  # fetched, but holding no news item
    resumed: bool = False
    complete: bool = False
    unreachable: str | None = None  # why the crawl could not run at all: no start URL answered
    elapsed_s: float = 0.0

    @property
    def requests(self) -> int:
        """The site's URLs asked for in this run (robots.txt aside)."""
        return self.pages_fetched + self.pages_unchanged + self.pages_failed + self.attachments_fetched

    @property
    def rate(self) -> float:
        """URLs per second so far."""
        return self.requests / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        """Seconds to empty the queue at the rate so far (links found later will add to it)."""
        return self.queued / self.rate if self.rate > 0 else None

    def as_json(self, captures_dir: str) -> dict[str, object]:
        return {
            "pages_fetched": self.pages_fetched,
            "pages_unchanged": self.pages_unchanged,
            "pages_failed": self.pages_failed,
            "attachments_fetched": self.attachments_fetched,
            "skipped": self.skipped,
            "items_new": self.items_new,
            "items_seen_again": self.items_seen_again,
            "items_changed": self.items_changed,
            "queued": self.queued,
            "complete": self.complete,
            "resumed": self.resumed,
            "failed": [_failure_json(failure) for failure in self.failed],
            "not_imported": [{"url": page.url, "error": page.error} for page in self.not_imported],
            "captures_dir": captures_dir,
            "elapsed_s": round(self.elapsed_s, 3),
        }


def _failure_json(failure: FailedUrl) -> dict[str, object]:
    if failure.status is None:
        return {"url": failure.url, "error": failure.error}
    return {"url": failure.url, "status": failure.status, "error": failure.error}
