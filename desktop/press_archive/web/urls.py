"""One spelling per page: URLs normalised so that a crawl fetches each page of the site once.

The site's links to one page differ in ways that do not change the page: a fragment, a session id,
the AJAX parameters its scripts add, analytics tags, the order of the query's parameters, an
explicit default port. Pagination (`PAGEN_1=3`) is what makes a listing's pages differ, and stays;
its first page (`PAGEN_1=1`) is the listing itself.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from press_archive.web.errors import UrlError

#: Query parameters that never change which page is served.
_DROPPED_PARAMETERS = frozenset({
    "bxajaxid", "sphrase_id", "phpsessid", "sessid", "sid", "clear_cache", "back_url", "back_url_admin",
    "fbclid", "gclid", "yclid", "_openstat",
})  # fmt: skip
_DROPPED_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_PAGINATION = re.compile(r"^PAGEN_\d+$")
#: Files a page links to that are kept with it; every other link is crawled as a page.
ATTACHMENT_SUFFIXES = frozenset({".pdf", ".doc", ".docx", ".rtf", ".odt", ".xls", ".xlsx", ".ppt", ".pptx"})
#: Links never worth a request: not pages, and not attachments either.
_SKIPPED_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".css", ".js",
    ".mp3", ".mp4", ".avi", ".mov", ".webm", ".wav", ".zip", ".rar", ".7z", ".gz", ".xml", ".rss",
    ".woff", ".woff2", ".ttf", ".eot",
})  # fmt: skip


def _dropped(name: str, value: str) -> bool:
    lowered = name.lower()
    first_page = bool(_PAGINATION.match(name)) and value == "1"
    return first_page or lowered in _DROPPED_PARAMETERS or lowered.startswith(_DROPPED_PREFIXES)


def normalise_url(url: str, base: str | None = None) -> str | None:
    """The one spelling of a link (resolved against `base`), or None if it leads to no web page.

    Links to mail, telephones and scripts, and links that cannot be parsed, give None: a page's
    broken link is not worth an error.
    """
    try:
        absolute = urljoin(base, url.strip()) if base else url.strip()
        parts = urlsplit(absolute)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _dropped(name, value)
    )
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def parse_start_url(text: str) -> str:
    """A start URL as given on the command line, normalised; raises `UrlError` naming what is wrong."""
    if not re.match(r"^https?://", text.strip(), re.IGNORECASE):
        raise UrlError(text, "not a web address (it must start with http:// or https://)")
    url = normalise_url(text)
    if url is None:
        raise UrlError(text, "not a valid web address (no host, or a bad port)")
    return url


def host_of(url: str) -> str:
    """The host (and port, if not the default) a normalised URL is served from."""
    return urlsplit(url).netloc


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def suffix_of(url: str) -> str:
    """The extension of the URL's last path segment, lowercased ("" if none)."""
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    return "." + last.rsplit(".", 1)[1].lower() if "." in last else ""


def is_attachment(url: str) -> bool:
    return suffix_of(url) in ATTACHMENT_SUFFIXES


def is_skipped(url: str) -> bool:
    """A link to an image, a style sheet, a script or a medium: never fetched."""
    return suffix_of(url) in _SKIPPED_SUFFIXES


def is_pagination(url: str) -> bool:
    """A page of a listing: the site numbers them with `PAGEN_<n>` parameters."""
    return any(_PAGINATION.match(name) for name, _ in parse_qsl(urlsplit(url).query))
