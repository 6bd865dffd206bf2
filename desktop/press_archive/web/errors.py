"""Errors of the fetcher, each naming the URL and what went wrong with it."""

from __future__ import annotations


class FetchError(Exception):
    """A URL that could not be fetched: no answer, a refusal, an answer too large or not HTTP.

    `status` is the HTTP status when the server answered, None when it did not.
    """

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


class UrlError(ValueError):
    """Text that is not a web address the fetcher can crawl."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url!r}: {reason}")
        self.url = url
        self.reason = reason
