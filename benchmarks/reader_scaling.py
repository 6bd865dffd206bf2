"""`python -m benchmarks.reader_scaling`: is every reader of untrusted input linear in its input?

Each reader is given an input, then the same kind of input twice, four and eight times as large,
and timed (best of a few runs). A linear reader takes about twice as long for each doubling; a
quadratic one four times as long. The table prints the time per size and the worst ratio between
two doublings, which is judged linear up to `LINEAR_RATIO` (room for the machine's noise).
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass

from press_archive.archive.query import MAX_QUERY_CHARS, parse_query
from press_archive.archive.snippets import make_snippet
from press_archive.importer.decode import decode_document
from press_archive.importer.errors import PageError
from press_archive.importer.html import html_to_text

DOUBLINGS = 4
RUNS = 5
#: A doubling costing up to 2.6 times as long still counts as linear (caches, allocation).
LINEAR_RATIO = 2.6


@dataclass(frozen=True)
class Reader:
    name: str
    make_input: Callable[[int], object]  # the input of size n
    read: Callable[[object], object]
    base: int  # the smallest n


def _html_flat(n: int) -> str:
    return "<html><body>" + "<p>Minsk talks <b>CSTO</b> &amp; more</p>" * n + "</body></html>"


def _html_nested(n: int) -> str:
    return "<html><body>" + "<div>" * n + "deep" + "</div>" * n + "</body></html>"


def _quietly(read: Callable[[str], object]) -> Callable[[object], object]:
    """A reader that may refuse its input: refusing is an answer, and its time counts."""

    def run(value: object) -> object:
        try:
            return read(str(value))
        except PageError as error:
            return error

    return run


READERS = (
    Reader("HTML, paragraphs", _html_flat, _quietly(lambda m: html_to_text(m, "page.html")), 2_000),
    Reader("HTML, nested (refused past the limit)", _html_nested,
           _quietly(lambda m: html_to_text(m, "page.html")), 25_000),
    Reader("decode cp1251 bytes", lambda n: ("Переговоры в Минске. " * n).encode("cp1251"),
           lambda data: decode_document(data, "page.txt") if isinstance(data, bytes) else None, 5_000),
    Reader("snippet of a long matching item", lambda n: " ".join(["Minsk talks"] * n),
           lambda text: make_snippet(str(text), ["minsk"]), 5_000),
    Reader("query of NOTs (to the length limit)", lambda n: "-" * min(n, MAX_QUERY_CHARS - 5) + "Minsk",
           lambda query: parse_query(str(query)), 200),
)


def _best_time(reader: Reader, value: object) -> float:
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        reader.read(value)
        best = min(best, time.perf_counter() - start)
    return best


def measure(reader: Reader, scale: int = 1) -> list[tuple[int, float]]:
    sizes = [reader.base * scale * 2**step for step in range(DOUBLINGS)]
    return [(size, _best_time(reader, reader.make_input(size))) for size in sizes]


def worst_ratio(times: list[tuple[int, float]]) -> float:
    return max(later / max(earlier, 1e-6) for (_n, earlier), (_m, later) in itertools.pairwise(times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="Multiply every input size by this.")
    scale = parser.parse_args().scale
    sizes = " | ".join(f"×{2**step}" for step in range(DOUBLINGS))
    print(f"| reader | {sizes} | worst ratio | linear |")
    print("|---|" + "--:|" * DOUBLINGS + "--:|:-:|")
    for reader in READERS:
        times = measure(reader, scale)
        ratio = worst_ratio(times)
        cells = " | ".join(f"{seconds * 1000:.1f} ms" for _size, seconds in times)
        print(f"| {reader.name} (n={reader.base * scale:,}) | {cells} | {ratio:.2f} | "
              f"{'yes' if ratio <= LINEAR_RATIO else 'NO'} |")


if __name__ == "__main__":
    main()
