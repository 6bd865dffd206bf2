"""`python -m benchmarks.fidelity`: how faithfully pages of the site are cut into news items.

Each page of the corpus in `benchmarks/fidelity/` comes with the items a reader sees on it
(`NAME.expected.json`). Every page is split in this process with the importer's `split_page`, each
expected item is looked up by the start of its body, and the table counts what came out right:
items (kind, date, end of body, attachments), titles, dates, and what must never happen: a date the
page does not give, an item that is a navigation or furniture line. The split time per MB on a page
of 1 MB and one of 10 MB built from the corpus shows whether splitting stays linear. The table goes
to stdout and every figure to `benchmarks/results/fidelity-<date>.json`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from benchmarks.machine import describe_code, describe_machine
from press_archive.importer.boilerplate import is_navigation
from press_archive.importer.split import split_page
from press_archive.model import DateSource, ParsedItem

CORPUS_DIR = Path(__file__).resolve().parent / "fidelity"
RESULTS_DIR = Path(__file__).resolve().parent / "results"
#: A derived title is a list row, not a paragraph.
LONGEST_DERIVED_TITLE = 200
MEGABYTE = 1_000_000


@dataclass(frozen=True)
class Expected:
    """One item a reader sees on a page, as its case file describes it."""

    kind: str
    title: str | None
    title_derived: bool | None  # None: either
    date: dt.date | None
    prose_date: dt.date | None  # the item opens with this date in words: undated or dated so, both right
    body_starts: str
    body_ends: str
    attachments: tuple[str, ...] | None  # None: not checked


@dataclass(frozen=True)
class Case:
    name: str
    pages: tuple[str, ...]
    items: tuple[Expected, ...]
    not_items: tuple[str, ...]  # lines that must open no item's title or body


@dataclass
class Score:
    """The counts of one case, or of the corpus when cases are added up."""

    pages: int = 0
    items_expected: int = 0
    items_right: int = 0
    titles_right: int = 0
    dates_right: int = 0
    invented_dates: int = 0
    boilerplate_items: int = 0
    extra_items: int = 0
    missed_items: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for counted in fields(self):
            if counted.name != "problems":
                setattr(self, counted.name, getattr(self, counted.name) + getattr(other, counted.name))
        self.problems.extend(other.problems)


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _expected(entry: dict[str, Any]) -> Expected:
    attachments = entry.get("attachments")
    return Expected(
        kind=entry["kind"],
        title=entry["title"],
        title_derived=entry["title_derived"],
        date=_date(entry["date"]),
        prose_date=_date(entry.get("prose_date")),
        body_starts=entry["body_starts"],
        body_ends=entry["body_ends"],
        attachments=None if attachments is None else tuple(attachments),
    )


def load_corpus(folder: Path = CORPUS_DIR) -> list[Case]:
    """Every case of the folder: `NAME.expected.json` and the pages it names, in name order."""
    cases = []
    for path in sorted(folder.glob("*.expected.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        pages = tuple((folder / page["file"]).read_text(encoding="utf-8") for page in data["pages"])
        name = path.name.removesuffix(".expected.json")
        items = tuple(_expected(entry) for entry in data["items"])
        cases.append(Case(name, pages, items, tuple(data["not_items"])))
    return cases


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _letters(text: str) -> str:
    return "".join(character for character in text.casefold() if character.isalnum())


def _body(item: ParsedItem) -> str:
    return _fold(" ".join(item.body))


def _title_right(item: ParsedItem, expected: Expected) -> bool:
    if expected.title is not None:
        derived_right = expected.title_derived is None or item.title_derived is expected.title_derived
        return derived_right and _fold(item.title) == _fold(expected.title)
    # A title cut from the text: the text's opening words (a greeting before them may be skipped).
    title = _letters(item.title.removesuffix("…"))
    opens_at = _letters(" ".join(item.body)).find(title)
    return item.title_derived and len(item.title) <= LONGEST_DERIVED_TITLE and 0 <= opens_at <= 200


def _date_right(item: ParsedItem, expected: Expected) -> bool:
    if expected.date is not None:
        return item.date == expected.date and item.date_source is not DateSource.PROSE
    if item.date is None:
        return True
    return item.date == expected.prose_date and item.date_source is DateSource.PROSE


def _describe(item: ParsedItem) -> str:
    return f"{item.kind.value} {item.date} {item.title[:60]!r} / {' '.join(item.body)[:60]!r}"


def score_case(case: Case) -> Score:
    """Split the case's pages and compare what came out with what a reader sees."""
    items = [item for page in case.pages for item in split_page(page)]
    score = Score(pages=len(case.pages), items_expected=len(case.items))
    unmatched = list(items)
    for expected in case.items:
        start = _fold(expected.body_starts)
        found = next((item for item in unmatched if _body(item).startswith(start)), None)
        if found is None:
            score.missed_items += 1
            score.problems.append(f"{case.name}: missed {expected.body_starts[:60]!r}")
            continue
        unmatched.remove(found)
        dated = _date_right(found, expected)
        right = (
            found.kind.value == expected.kind
            and dated
            and _body(found).endswith(_fold(expected.body_ends))
            and (expected.attachments is None or found.attachments == expected.attachments)
        )
        score.items_right += right
        score.dates_right += dated
        score.invented_dates += found.date is not None and expected.date is None and not dated
        titled = _title_right(found, expected)
        score.titles_right += titled
        if not (right and titled):
            score.problems.append(f"{case.name}: wrong {_describe(found)}")
    known_dates = {date for expected in case.items for date in (expected.date, expected.prose_date)}
    for extra in unmatched:
        score.extra_items += 1
        score.invented_dates += extra.date is not None and extra.date not in known_dates
        score.problems.append(f"{case.name}: extra {_describe(extra)}")
    boilerplate = [_fold(line) for line in case.not_items]
    for item in items:
        if any(_fold(item.title).startswith(line) or _body(item).startswith(line) for line in boilerplate):
            score.boilerplate_items += 1
            score.problems.append(f"{case.name}: boilerplate item {_describe(item)}")
    return score


def score_corpus(cases: list[Case]) -> tuple[Score, dict[str, Score]]:
    """The corpus's total, and each case's own score."""
    total = Score()
    per_case = {case.name: score_case(case) for case in cases}
    for score in per_case.values():
        total.add(score)
    return total, per_case


def big_page(cases: list[Case], size: int) -> str:
    """A page of `size` bytes or a little more, made of the corpus's pages one after another.

    Navigation lines are left out: after one, the rest of a page is its footer, and the whole text
    is to be read as news.
    """
    lines = [
        line for case in cases for page in case.pages for line in page.splitlines() if not is_navigation(line)
    ]
    text = "\n".join(lines) + "\n\n\n"
    return text * (size // len(text.encode("utf-8")) + 1)


def split_seconds_per_mb(cases: list[Case], megabytes: int) -> dict[str, float | int]:
    page = big_page(cases, megabytes * MEGABYTE)
    started = time.perf_counter()
    items = split_page(page)
    seconds = time.perf_counter() - started
    size = len(page.encode("utf-8"))
    return {
        "bytes": size,
        "lines": page.count("\n"),
        "items": len(items),
        "seconds": round(seconds, 3),
        "seconds_per_mb": round(seconds / (size / MEGABYTE), 3),
    }


def _percent(part: int, whole: int) -> str:
    return f"{part:,} of {whole:,} ({100 * part / whole:.1f} %)" if whole else "0"


def render(total: Score, speed: dict[str, dict[str, float | int]]) -> str:
    expected = total.items_expected
    rows = [
        ("pages", f"{total.pages:,}"),
        ("items expected", f"{expected:,}"),
        ("items right", _percent(total.items_right, expected)),
        ("titles right", _percent(total.titles_right, expected)),
        ("dates right", _percent(total.dates_right, expected)),
        ("invented dates (must be 0)", f"{total.invented_dates:,}"),
        ("boilerplate items (must be 0)", f"{total.boilerplate_items:,}"),
        ("extra items", f"{total.extra_items:,}"),
        ("missed items", f"{total.missed_items:,}"),
    ]
    for label, figures in speed.items():
        size = f"{figures['lines']:,} lines, {figures['items']:,} items"
        rows.append((f"split time, {label} page", f"{figures['seconds_per_mb']} s per MB ({size})"))
    if len(speed) == 2:
        small, large = speed.values()
        rows.append(
            ("10 MB vs 1 MB, time per MB", f"{large['seconds_per_mb'] / small['seconds_per_mb']:.2f}×")
        )
    lines = ["| figure | value |", "|---|--:|"]
    lines.extend(f"| {label} | {value} |" for label, value in rows)
    return "\n".join(lines)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fidelity", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="folder of pages and expected items")
    parser.add_argument("--verbose", action="store_true", help="list every item that is not right")
    parser.add_argument("--skip-speed", action="store_true", help="do not time the 1 MB and 10 MB pages")
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="folder for the JSON results")
    return parser.parse_args()


def main() -> None:
    arguments = _arguments()
    cases = load_corpus(arguments.corpus)
    code = describe_code()
    total, per_case = score_corpus(cases)
    speed = (
        {}
        if arguments.skip_speed
        else {
            "1 MB": split_seconds_per_mb(cases, 1),
            "10 MB": split_seconds_per_mb(cases, 10),
        }
    )
    print(render(total, speed))
    if arguments.verbose:
        print("\n".join(total.problems))
    results = {
        "date": dt.date.today().isoformat(),
        "machine": describe_machine(),
        "code": code,
        "total": asdict(total),
        "cases": {name: asdict(score) for name, score in per_case.items()},
        "speed": speed,
    }
    arguments.results.mkdir(parents=True, exist_ok=True)
    path = arguments.results / f"fidelity-{results['date']}.json"
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"results written to {path}")


if __name__ == "__main__":
    main()
