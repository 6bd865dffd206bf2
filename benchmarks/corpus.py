"""A deterministic synthetic corpus of saved site pages, of a given number of distinct items.

Pages alternate between the English and the Russian edition; each edition is a stream running from
2000 to 2026. A page shows the newest teasers of its edition (some already shown on the page before,
as the site's side column repeats them) and one article, which is sometimes also a teaser of its
own lead. Everything a page holds comes from a random generator seeded by the corpus seed and the
page's number, so folders are written in parallel and the same seed always gives the same bytes.

Generated corpora are cached under `benchmarks/corpora/` (not committed), keyed by size, seed and
the generator's version, so the million-item corpus is written once.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import random
import shutil
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from benchmarks.pages import ArticleShape, Page, page_html, page_text
from benchmarks.vocabulary import Vocabulary, build_vocabulary
from benchmarks.writing import Story, lead_teaser, write_story

GENERATOR_VERSION = 1
CORPORA_DIR = Path(__file__).resolve().parent / "corpora"
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}

NEW_TEASERS = 24  # teasers a page shows for the first time
REPEATED_TEASERS = 8  # newest teasers of the edition's previous page, shown again
ITEMS_PER_PAGE = NEW_TEASERS + 1  # distinct items a page adds: its new teasers and its article
PAGES_PER_FOLDER = 400
FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2026, 12, 31)

HTML_SHARE = 0.1  # pages saved as HTML rather than as text
CP1251_SHARE = 0.05  # Russian text pages saved in the site's old single-byte coding
UNDATED_TEASER_SHARE = 0.01
LEAD_TEASER_SHARE = 0.3  # pages whose article's lead is also one of its new teasers
COMPACT_STAMP_SHARE = 0.2
SHAPE_WEIGHTS = {
    ArticleShape.STAMP_LINE: 0.45,
    ArticleShape.TITLE_REPEATED: 0.25,
    ArticleShape.STAMP_GLUED: 0.2,
    ArticleShape.DATE_IN_PROSE: 0.1,
}


@dataclass(frozen=True)
class Corpus:
    """A generated corpus on disk, with what importing it must give."""

    path: Path
    seed: int
    items: int  # distinct items: an import stores exactly these
    pages: int
    sightings: int  # items counted on every page they appear on
    html_pages: int
    bytes: int

    @property
    def items_seen_again(self) -> int:
        return self.sightings - self.items


@dataclass(frozen=True)
class _FolderTally:
    pages: int
    sightings: int
    html_pages: int
    bytes: int


@cache
def _vocabulary() -> Vocabulary:
    return build_vocabulary()


def _page_rng(seed: int, page: int) -> random.Random:
    return random.Random(seed * 1_000_003 + page)


def _edition_pages(pages: int, english: bool) -> int:
    return (pages + 1) // 2 if english else pages // 2


def _page_day(pages: int, page: int) -> dt.date:
    english = page % 2 == 0
    span = (LAST_DAY - FIRST_DAY).days
    return FIRST_DAY + dt.timedelta(days=(page // 2) * span // max(1, _edition_pages(pages, english)))


def _teaser_date(rng: random.Random, day: dt.date, days_before: int) -> dt.date | None:
    if rng.random() < UNDATED_TEASER_SHARE:
        return None
    return max(FIRST_DAY, day - dt.timedelta(days=days_before))


def _new_stories(rng: random.Random, pages: int, page: int) -> tuple[Story, list[Story], ArticleShape]:
    """The article a page introduces, its new teasers (newest first), and the article's shape."""
    vocabulary = _vocabulary()
    english = page % 2 == 0
    day = _page_day(pages, page)
    shape = rng.choices(list(SHAPE_WEIGHTS), weights=list(SHAPE_WEIGHTS.values()))[0]
    article = write_story(
        rng,
        vocabulary,
        english=english,
        date=day,
        article=True,
        date_in_prose=shape is ArticleShape.DATE_IN_PROSE,
    )
    offsets = sorted(rng.randint(0, 2) for _ in range(NEW_TEASERS))
    teasers = [
        write_story(
            rng,
            vocabulary,
            english=english,
            date=_teaser_date(rng, day, offset),
            article=False,
        )
        for offset in offsets
    ]
    if rng.random() < LEAD_TEASER_SHARE:
        teasers[0] = lead_teaser(article)
    return article, teasers, shape


def _write_page(folder: Path, page: int, layout: Page, rng: random.Random) -> tuple[int, bool]:
    """Write one page file; returns (bytes written, whether it is HTML)."""
    language = "en" if layout.english else "ru"
    if rng.random() < HTML_SHARE:
        data = page_html(layout).encode("utf-8")
        name = f"{page:07d}-{language}.html"
    else:
        text = page_text(layout)
        encoding = "cp1251" if not layout.english and rng.random() < CP1251_SHARE else "utf-8"
        data = text.encode(encoding)
        name = f"{page:07d}-{language}.txt"
    (folder / name).write_bytes(data)
    return len(data), name.endswith(".html")


def _write_folder(task: tuple[Path, int, int, int]) -> _FolderTally:
    """Write pages [first, first + PAGES_PER_FOLDER) into their folder."""
    root, seed, pages, first = task
    folder = root / f"{first // PAGES_PER_FOLDER:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    previous: dict[int, list[Story]] = {}  # page -> its new teasers, for the edition's next page
    for page in range(max(0, first - 2), first):
        previous[page] = _new_stories(_page_rng(seed, page), pages, page)[1]
    tally = _FolderTally(0, 0, 0, 0)
    for page in range(first, min(first + PAGES_PER_FOLDER, pages)):
        rng = _page_rng(seed, page)
        article, new_teasers, shape = _new_stories(rng, pages, page)
        shown = new_teasers + previous.get(page - 2, [])[:REPEATED_TEASERS]
        # An undated teaser right above a stamp would read as that item's title: the site lists them last.
        teasers = sorted(shown, key=lambda teaser: teaser.date is None)
        previous[page] = new_teasers
        layout = Page(
            english=page % 2 == 0,
            teasers=tuple(teasers),
            compact=tuple(rng.random() < COMPACT_STAMP_SHARE for _ in teasers),
            article=article,
            shape=shape,
            slug=f"{page:07d}",
        )
        size, is_html = _write_page(folder, page, layout, rng)
        tally = _FolderTally(
            tally.pages + 1,
            tally.sightings + len(teasers) + 1,
            tally.html_pages + is_html,
            tally.bytes + size,
        )
    return tally


def corpus_path(items: int, seed: int, root: Path = CORPORA_DIR) -> Path:
    return root / f"{items}-items-seed{seed}-v{GENERATOR_VERSION}"


def generate(items: int, seed: int, root: Path = CORPORA_DIR, workers: int | None = None) -> Corpus:
    """The corpus of `items` distinct items (a multiple of ITEMS_PER_PAGE), written unless cached.

    A manifest written last marks a complete corpus; a folder without one is written again.
    """
    if items <= 0 or items % ITEMS_PER_PAGE:
        raise ValueError(f"the item count must be a positive multiple of {ITEMS_PER_PAGE}, not {items}")
    path = corpus_path(items, seed, root)
    manifest = path / "manifest.json"
    if manifest.exists():
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        return Corpus(path=path, **{key: value for key, value in recorded.items() if key != "path"})
    if path.exists():
        shutil.rmtree(path)
    pages = items // ITEMS_PER_PAGE
    pages_dir = path / "pages"
    tasks = [(pages_dir, seed, pages, first) for first in range(0, pages, PAGES_PER_FOLDER)]
    _vocabulary()  # built once here; forked workers inherit it
    processes = min(workers or os.cpu_count() or 1, len(tasks))
    if processes > 1:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            tallies = pool.map(_write_folder, tasks, chunksize=1)
    else:
        tallies = [_write_folder(task) for task in tasks]
    corpus = Corpus(
        path=path,
        seed=seed,
        items=items,
        pages=sum(tally.pages for tally in tallies),
        sightings=sum(tally.sightings for tally in tallies),
        html_pages=sum(tally.html_pages for tally in tallies),
        bytes=sum(tally.bytes for tally in tallies),
    )
    recorded = {key: value for key, value in asdict(corpus).items() if key != "path"}
    manifest.write_text(json.dumps(recorded, indent=2) + "\n", encoding="utf-8")
    return corpus


def pages_dir(corpus: Corpus) -> Path:
    """The folder to import: every page of the corpus, in sub-folders."""
    return corpus.path / "pages"
