"""Which hosts a crawl may visit: the sites it was started on, and never anything else."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from press_archive.web.urls import host_of

#: The site's editions, crawled when no URL is given: English, then Russian.
DEFAULT_START_URLS = ("https://en.odkb-csto.org/", "https://odkb-csto.org/")
#: With the default start URLs, every host under this domain is part of the site (the sub-sites the
#: editions link to, such as the Joint Staff's).
SITE_DOMAIN = "odkb-csto.org"


@dataclass(frozen=True)
class Scope:
    """The hosts of the start URLs (with their ports), plus every host under `domain` if one is given."""

    hosts: frozenset[str]
    domain: str | None = None

    def contains(self, url: str) -> bool:
        if host_of(url) in self.hosts:
            return True
        if self.domain is None:
            return False
        name = urlsplit(url).hostname or ""
        return name == self.domain or name.endswith(f".{self.domain}")


def scope_of(start_urls: Sequence[str], whole_domain: str | None = None) -> Scope:
    return Scope(frozenset(host_of(url) for url in start_urls), whole_domain)
