"""Politeness towards each host: its robots.txt, and a pause between two requests to it.

robots.txt is read once per host and run, before the host's first page. As RFC 9309 asks, a
robots.txt that is missing (4xx) allows everything, and one that cannot be had (a server error, no
answer) forbids everything for this run: the host's pages fail naming the reason. The pause between
two requests to a host is the longer of the user's delay and the host's Crawl-delay.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from protego import Protego

from press_archive.web.client import HttpClient
from press_archive.web.errors import FetchError
from press_archive.web.urls import host_of, origin_of

#: The name robots.txt groups are matched against (the product token of the User-Agent).
ROBOTS_AGENT = "PressArchive"


@dataclass(frozen=True)
class HostRules:
    """What a host's robots.txt allows; `refusal` says why nothing is allowed, if nothing is."""

    parser: Protego | None
    crawl_delay: float | None = None
    refusal: str | None = None

    def allows(self, url: str) -> bool:
        if self.refusal is not None:
            return False
        return self.parser is None or bool(self.parser.can_fetch(url, ROBOTS_AGENT))


class Politeness:
    """The rules and the clock of every host one crawl talks to."""

    def __init__(
        self,
        client: HttpClient,
        delay: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._delay = delay
        self._clock = clock
        self._rules: dict[str, HostRules] = {}
        self._last_request: dict[str, float] = {}

    def rules(self, url: str) -> HostRules:
        """The rules of the URL's host, reading its robots.txt on first use."""
        host = host_of(url)
        if host not in self._rules:
            self._rules[host] = self._read_robots(url)
        return self._rules[host]

    def ready_at(self, url: str) -> float:
        """When (on the clock) the URL's host may be asked again."""
        host = host_of(url)
        last = self._last_request.get(host)
        if last is None:
            return self._clock()
        rules = self._rules.get(host)
        pause = max(self._delay, (rules.crawl_delay or 0.0) if rules else 0.0)
        return last + pause

    def requested(self, url: str) -> None:
        """Note that the URL's host was just asked something."""
        self._last_request[host_of(url)] = self._clock()

    def _read_robots(self, url: str) -> HostRules:
        robots_url = f"{origin_of(url)}/robots.txt"
        try:
            exchange = self._client.get(robots_url)
        except FetchError as error:
            return HostRules(None, refusal=f"its robots.txt could not be read: {error.reason}")
        finally:
            self.requested(url)
        if exchange.status >= 500 or exchange.status == 429:
            return HostRules(None, refusal=f"its robots.txt could not be read: HTTP {exchange.status}")
        if exchange.status != 200 or exchange.content is None:
            return HostRules(None)  # no robots.txt: everything is allowed
        parser = Protego.parse(exchange.content.decode("utf-8", errors="replace"))
        return HostRules(parser, crawl_delay=parser.crawl_delay(ROBOTS_AGENT))
