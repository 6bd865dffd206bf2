"""HTTP as a polite crawler speaks it: one GET at a time, retried when that may help, never too large.

Redirects are not followed here: the crawler judges each target like any other link, so a redirect
off the site is never taken. A response body is read as it comes and abandoned past the size limit,
and the body of a response the crawler does not want (an image, say) is not read at all.
The bytes are kept as they came over the wire (compressed, if the server compressed them) for the
web archive, and decompressed beside them for the importer.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from press_archive.web.errors import FetchError

#: Statuses that mean "later": retried after the server's Retry-After.
RETRIED_STATUSES = frozenset({429, 503})
#: Hop-by-hop framing, already undone when the body is read: a stored header would contradict the body.
_FRAMING = frozenset({"transfer-encoding"})


@dataclass(frozen=True)
class ClientSettings:
    user_agent: str
    timeout: float = 30.0  # seconds for connecting, and for each read
    tries: int = 3  # attempts per URL, the first included
    backoff: float = 1.0  # seconds before the second attempt, doubled before each next one
    max_retry_after: float = 60.0  # a longer Retry-After is not waited for: the URL fails
    max_bytes: int = 20_000_000  # one response's body, as received


@dataclass(frozen=True)
class Exchange:
    """One request and the response it got, as sent and received; `body` is None when it was not read."""

    url: str
    method: str
    target: str  # the request line's path and query
    request_headers: list[tuple[str, str]]
    http_version: str
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes | None
    content: bytes | None  # the body decompressed
    captured_at: dt.datetime  # when the response arrived, UTC
    server_ip: str | None = None
    attempts: int = field(default=1, compare=False)

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((value for key, value in self.headers if key.lower() == lowered), None)

    @property
    def content_type(self) -> str:
        return (self.header("content-type") or "").split(";", 1)[0].strip().lower()


#: Decides from a response's content type whether its body is wanted.
BodyWanted = Callable[[str], bool]


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _decompress(body: bytes, encoding: str | None, limit: int, url: str) -> bytes:
    """The body without its content coding (gzip or deflate, the ones asked for), never past `limit`."""
    coding = (encoding or "identity").strip().lower()
    if coding == "identity":
        return body
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(url, f"compressed as {coding!r}, which was not asked for")
    decoder = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib, told by the header
    try:
        data = decoder.decompress(body, limit + 1)
    except zlib.error:
        if coding != "deflate":
            raise FetchError(url, "a damaged compressed body") from None
        data = _raw_deflate(body, limit, url)  # some servers send deflate without its zlib header
    if len(data) > limit:
        raise FetchError(url, f"larger than {limit // 1_000_000} MB once decompressed; not kept")
    return data


def _raw_deflate(body: bytes, limit: int, url: str) -> bytes:
    try:
        return zlib.decompressobj(-zlib.MAX_WBITS).decompress(body, limit + 1)
    except zlib.error:
        raise FetchError(url, "a damaged compressed body") from None


def _transport_reason(error: httpx.TransportError, timeout: float) -> str:
    if isinstance(error, httpx.TimeoutException):
        return f"no answer within {timeout:g} s"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"the server's answer is not valid HTTP ({error})"
    if isinstance(error, httpx.ConnectError):
        return f"cannot connect ({error})"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


class HttpClient:
    """GETs one URL at a time over kept-alive connections: requests never overlap, so a host never
    has more than one connection from the crawler.

    `on_response` sees every response received whole, retried ones included, for the web archive.
    """

    def __init__(
        self,
        settings: ClientSettings,
        on_response: Callable[[Exchange], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self._on_response = on_response
        self._sleep = sleep
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=settings.timeout,
            follow_redirects=False,
            limits=httpx.Limits(max_connections=8, max_keepalive_connections=8),
        )

    def close(self) -> None:
        self._client.close()

    def get(
        self,
        url: str,
        etag: str | None = None,
        last_modified: str | None = None,
        wanted: BodyWanted | None = None,
    ) -> Exchange:
        """GET `url`, conditionally when validators are given; raises `FetchError` when no attempt
        brought an answer. An answer "try later" that stays so is returned as it is."""
        headers = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        settings = self.settings
        for attempt in range(1, settings.tries + 1):
            pause = settings.backoff * 2 ** (attempt - 1)
            try:
                exchange = self._once(url, headers, wanted, attempt)
            except httpx.TransportError as error:
                if attempt == settings.tries:
                    reason = _transport_reason(error, settings.timeout)
                    raise FetchError(url, f"{reason} (tried {attempt} times)") from error
                self._sleep(pause)
                continue
            except httpx.InvalidURL as error:
                raise FetchError(url, f"not a URL that can be requested ({error})") from error
            if exchange.status not in RETRIED_STATUSES or attempt == settings.tries:
                return exchange
            wait = _retry_after(exchange.header("retry-after"))
            if wait is not None and wait > settings.max_retry_after:
                return exchange  # asked to come back much later: this run does not wait
            self._sleep(pause if wait is None else wait)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _once(self, url: str, headers: dict[str, str], wanted: BodyWanted | None, attempt: int) -> Exchange:
        limit = self.settings.max_bytes
        with self._client.stream("GET", url, headers=headers) as response:
            captured_at = dt.datetime.now(dt.UTC)
            content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            body = None
            if wanted is None or response.status_code != 200 or wanted(content_type):
                body = _read_body(response, url, limit)
            request = response.request
            exchange = Exchange(
                url=url,
                method=request.method,
                target=request.url.raw_path.decode("ascii"),
                request_headers=_pairs(request.headers.raw),
                http_version=response.http_version,
                status=response.status_code,
                reason=response.reason_phrase,
                headers=[pair for pair in _pairs(response.headers.raw) if pair[0].lower() not in _FRAMING],
                body=body,
                content=None
                if body is None
                else _decompress(body, response.headers.get("content-encoding"), limit, url),
                captured_at=captured_at,
                server_ip=_server_ip(response),
                attempts=attempt,
            )
        if body is not None and self._on_response is not None:
            self._on_response(exchange)
        return exchange


def _read_body(response: httpx.Response, url: str, limit: int) -> bytes:
    """The body as received, read as it comes; past `limit` bytes the response is abandoned."""
    too_large = f"larger than {limit // 1_000_000} MB; not kept"
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(url, too_large, response.status_code)
    chunks, size = [], 0
    for chunk in response.iter_raw():
        size += len(chunk)
        if size > limit:
            raise FetchError(url, too_large, response.status_code)
        chunks.append(chunk)
    return b"".join(chunks)


def _pairs(raw: list[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(key.decode("latin-1"), value.decode("latin-1")) for key, value in raw]


def _server_ip(response: httpx.Response) -> str | None:
    stream = response.extensions.get("network_stream")
    address = stream.get_extra_info("server_addr") if stream is not None else None
    return str(address[0]) if address else None
