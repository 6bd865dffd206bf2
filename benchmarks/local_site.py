"""A synthetic copy of the site, served over real HTTP on 127.0.0.1, for the fetcher's tests and benchmark.

Two editions on two ports, each with a home page, a news listing paginated with `PAGEN_1`, and
article pages laid out as the site lays them out (a side column of dated teasers, then the article).
An article can be changed after it was published (`revised`), as the site's editors correct their
releases. Every page answers ETag and Last-Modified and honours them with 304. The English edition can also
serve trouble: a path robots.txt disallows, a link and a redirect off the site, 404, 500, a 429
with Retry-After: 1, a page slower than any test's timeout, a non-HTML resource, a .docx attachment
and a page larger than any test's size limit. Every request is counted by path and status.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import html
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

FIRST_DAY = dt.date(2024, 1, 1)
PER_PAGE = 4
LAST_MODIFIED = "Mon, 02 Dec 2024 10:00:00 GMT"
SLOW_SECONDS = 2.0
HUGE_BYTES = 3_000_000
_PLACES = {
    "en": ("Minsk", "Yerevan", "Astana", "Bishkek", "Dushanbe", "Moscow"),
    "ru": ("Минске", "Ереване", "Астане", "Бишкеке", "Душанбе", "Москве"),
}
TROUBLE_PATHS = (
    "/private/secret/", "/go-away/", "/missing/", "/broken/", "/busy/", "/slow/", "/data/feed",
    "/upload/report.docx", "/huge/",
)  # fmt: skip


def stamp(date: dt.date) -> str:
    return f"{date.day:02d}.{date.month:02d}.{date.year}"


@dataclass
class Edition:
    language: str
    articles: int
    trouble: bool = False
    crawl_delay: float = 0.0  # the Crawl-delay robots.txt asks for, if any
    offsite: str = ""  # the base URL of a host that is not part of the site
    other_edition: str = ""  # the base URL of the other edition, linked from the home page
    requests: Counter[tuple[str, int]] = field(default_factory=Counter)
    arrivals: list[float] = field(default_factory=list)  # when each request came (monotonic clock)
    agents: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    busy_answered: bool = False
    #: Articles the site's editors changed since they were published: number -> the text it shows now.
    revised: dict[int, list[str]] = field(default_factory=dict)

    def date(self, number: int) -> dt.date:
        return FIRST_DAY + dt.timedelta(days=number)

    def title(self, number: int) -> str:
        place = _PLACES[self.language][number % 6]
        if self.language == "ru":
            return f"Консультации по региональной безопасности в {place}, раунд r{number}"
        return f"Consultations on regional security in {place}, round r{number}"

    def body(self, number: int) -> list[str]:
        if number in self.revised:
            return self.revised[number]
        place = _PLACES[self.language][number % 6]
        if self.language == "ru":
            return [
                f"В {place} прошли консультации ОДКБ по региональной безопасности, раунд номер r{number}.",
                "Делегации обсудили совместные учения, пограничное сотрудничество и подготовку кадров.",
            ]
        return [
            f"In {place} the CSTO held consultations on regional security, round number r{number}.",
            "The delegations discussed joint exercises, border cooperation and the training of staff.",
        ]

    def newest(self) -> list[int]:
        return list(range(self.articles, 0, -1))

    def _teaser(self, number: int) -> str:
        return (
            f'<div class="news-item"><div class="news-date">{stamp(self.date(number))}</div>'
            f'<p><a href="/news/{number}/">{html.escape(self.body(number)[0])}</a></p></div>'
        )

    def _page(self, title: str, main: str, extra_links: str = "") -> bytes:
        side = "".join(self._teaser(number) for number in self.newest()[:3])
        back = "Назад" if self.language == "ru" else "Go back"
        return (
            f'<!DOCTYPE html><html lang="{self.language}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title></head><body>"
            f'<header><a href="/">CSTO</a><nav><a href="/news/">News</a></nav></header>'
            f'<div class="page"><aside class="news-column">{side}</aside>{main}'
            f'<div class="back"><a href="/news/#top">{back}</a></div>{extra_links}</div>'
            f"<footer>&copy; CSTO</footer></body></html>"
        ).encode()

    def article(self, number: int) -> bytes:
        paragraphs = "".join(f"<p>{html.escape(text)}</p>" for text in self.body(number))
        attachment = ""
        if self.trouble and number == 1:
            attachment = '<div class="file"><a href="/upload/report.docx">Download document</a></div>'
        main = (
            f'<article class="news-detail"><h1>{html.escape(self.title(number))}</h1>'
            f'<div class="news-date">{stamp(self.date(number))}</div>{paragraphs}{attachment}</article>'
        )
        return self._page(self.title(number), main)

    def listing(self, page: int) -> bytes | None:
        numbers = self.newest()[(page - 1) * PER_PAGE : page * PER_PAGE]
        if not numbers:
            return None
        entries = "".join(
            f'<div class="news-item"><div class="news-date">{stamp(self.date(number))}</div>'
            f'<p><a href="/news/{number}/?bxajaxid=42&amp;utm_source=list">'
            f"{html.escape(self.title(number))}</a></p></div>"
            for number in numbers
        )
        pages = (self.articles + PER_PAGE - 1) // PER_PAGE
        pager = "".join(
            f'<a href="/news/?PAGEN_1={other}&amp;sphrase_id=7">{other}</a>'
            for other in range(1, pages + 1)
            if other != page
        )
        return self._page("News", f'<section class="news-list">{entries}</section><nav>{pager}</nav>')

    def home(self) -> bytes:
        links = '<a href="/news/">All news</a>'
        if self.other_edition:
            links += f'<a href="{self.other_edition}/">Other edition</a>'
        if self.trouble:
            links += "".join(f'<a href="{path}">{path}</a>' for path in TROUBLE_PATHS)
            links += f'<a href="{self.offsite}/elsewhere/">Elsewhere</a><a href="/logo.png">logo</a>'
        return self._page("CSTO", "", f"<div>{links}</div>")

    def robots(self) -> bytes:
        delay = f"Crawl-delay: {self.crawl_delay:g}\n" if self.crawl_delay else ""
        return f"User-agent: *\nDisallow: /private/\n{delay}".encode()

    def downloads(self, path: str) -> int:
        """How many times the path (with its query) was answered 200."""
        with self.lock:
            return self.requests[(path, 200)]

    def asked(self, path: str) -> int:
        with self.lock:
            return sum(count for (asked, _status), count in self.requests.items() if asked == path)

    def total_downloads(self) -> Counter[str]:
        with self.lock:
            return Counter({path: count for (path, status), count in self.requests.items() if status == 200})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _EditionServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def setup(self) -> None:
        """Headers and body go out in two writes: without this, Nagle's algorithm holds the body back
        for the client's delayed acknowledgement, 40 ms a response, which no real server waits."""
        super().setup()
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        edition = self.server.edition
        with edition.lock:
            edition.arrivals.append(time.monotonic())
            edition.agents.add(self.headers.get("User-Agent", ""))
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        status, body, headers = self._route(edition, path, query)
        with edition.lock:
            edition.requests[(self.path, status)] += 1
        if status == 200 and body is not None and path not in ("/huge/", "/data/feed"):
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            headers = {**headers, "ETag": etag, "Last-Modified": LAST_MODIFIED}
            if self.headers.get("If-None-Match") == etag:
                with edition.lock:
                    edition.requests[(self.path, 200)] -= 1
                    edition.requests[(self.path, 304)] += 1
                self._send(304, b"", headers)
                return
        self._send(status, body or b"", headers)

    def _route(
        self, edition: Edition, path: str, query: dict[str, list[str]]
    ) -> tuple[int, bytes | None, dict[str, str]]:
        html_type = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            return 200, edition.robots(), {"Content-Type": "text/plain"}
        if path == "/":
            return 200, edition.home(), html_type
        if path == "/news/":
            page = edition.listing(int(query.get("PAGEN_1", ["1"])[0]))
            return (404, b"no such page", html_type) if page is None else (200, page, html_type)
        if path.startswith("/news/") and path.strip("/").split("/")[-1].isdigit():
            number = int(path.strip("/").split("/")[-1])
            if 1 <= number <= edition.articles:
                return 200, edition.article(number), html_type
        if edition.trouble:
            return self._trouble(edition, path, html_type)
        return 404, b"<html><body>Not found</body></html>", html_type

    def _trouble(
        self, edition: Edition, path: str, html_type: dict[str, str]
    ) -> tuple[int, bytes | None, dict[str, str]]:
        if path == "/private/secret/":
            return 200, edition._page("Secret", "<p>Never fetched.</p>"), html_type
        if path == "/go-away/":
            return 302, b"", {"Location": f"{edition.offsite}/landing/"}
        if path == "/broken/":
            return 500, b"<html><body>Server error</body></html>", html_type
        if path == "/busy/":
            with edition.lock:
                first, edition.busy_answered = not edition.busy_answered, True
            if first:
                return 429, b"slow down", {"Retry-After": "1", "Content-Type": "text/plain"}
            return 200, edition.article(2), html_type
        if path == "/slow/":
            time.sleep(SLOW_SECONDS)
            return 200, edition.article(3), html_type
        if path == "/data/feed":
            return 200, b'{"items": []}' * 1000, {"Content-Type": "application/json"}
        if path == "/upload/report.docx":
            docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            return 200, b"PK\x03\x04 a small synthetic document", {"Content-Type": docx}
        if path == "/huge/":
            return 200, b"<html><body>" + b"<p>filler text</p>" * (HUGE_BYTES // 18), html_type
        return 404, b"<html><body>Not found</body></html>", html_type

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            # The client may give up on a huge or slow answer, as it should.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)


class _EditionServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, edition: Edition) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.edition = edition

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: object, client_address: object) -> None:
        """A client killed in the middle of a request is what some tests do: not worth a traceback."""


@dataclass
class Site:
    en: Edition
    ru: Edition
    en_url: str
    ru_url: str
    offsite: Edition
    offsite_url: str


@contextmanager
def serve(*servers: ThreadingHTTPServer) -> Iterator[None]:
    threads = [threading.Thread(target=server.serve_forever, daemon=True) for server in servers]
    for thread in threads:
        thread.start()
    try:
        yield
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


@contextmanager
def running_site(articles: int = 9, trouble: bool = False, crawl_delay: float = 0.0) -> Iterator[Site]:
    """Both editions and an off-site host, served until the block ends."""
    offsite = Edition("en", 1)
    en = Edition("en", articles, trouble=trouble, crawl_delay=crawl_delay)
    ru = Edition("ru", articles, crawl_delay=crawl_delay)
    servers = [_EditionServer(edition) for edition in (en, ru, offsite)]
    en.offsite = servers[2].url
    en.other_edition, ru.other_edition = servers[1].url, servers[0].url
    with serve(*servers):
        yield Site(en, ru, servers[0].url, servers[1].url, offsite, servers[2].url)


@contextmanager
def garbage_server() -> Iterator[str]:
    """A server that answers every connection with bytes that are not HTTP; yields its base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def answer() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.recv(65536)
                connection.sendall(b"\x00\x01 this is no HTTP at all \xff\xfe\r\n\r\n")

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        listener.close()
