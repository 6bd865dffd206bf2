"""`python -m benchmarks.decode_compare`: the importer's coding detection beside charset-normalizer.

Every page of the fidelity corpus (`benchmarks/fidelity/`, English and Russian), and short texts the
site prints alone (a headline, a one-line teaser, a navigation line), is encoded in each coding a
saved page of the site arrives in: UTF-8, UTF-8 and UTF-16 with a byte-order mark, UTF-16 without
one, Windows-1251 and KOI8-R. Each detector decodes the bytes; a page counts as right when the text
comes back exactly (after the same newline and Unicode normalisation). The table gives the share
right per coding and the processor time per MB, and the figures go to
`benchmarks/results/decode-<date>.json`.
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import json
import time
from collections.abc import Callable
from pathlib import Path

from charset_normalizer import from_bytes

from benchmarks.fidelity import CORPUS_DIR, RESULTS_DIR
from benchmarks.machine import describe_code, describe_machine
from press_archive.importer.decode import decode_document, normalise_text
from press_archive.importer.errors import PageError

SHORT_TEXTS = (
    "Генеральный секретарь ОДКБ провел встречу с послом",
    "Учения «Взаимодействие-2025» пройдут в Беларуси",
    "Вернуться назад",
    "Все новости ОДКБ",
    "В Минске прошло заседание Совета министров обороны.",
    "The CSTO Secretary General met the Ambassador — in Minsk",
)
CODINGS: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with mark": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16 with mark": lambda text: text.encode("utf-16"),
    "utf-16-le, no mark": lambda text: text.encode("utf-16-le"),
    "windows-1251": lambda text: text.encode("cp1251"),
    "koi8-r": lambda text: text.encode("koi8-r"),
}


def _ours(data: bytes) -> str | None:
    try:
        return decode_document(data, "sample")
    except PageError:
        return None


def _charset_normalizer(data: bytes) -> str | None:
    best = from_bytes(data).best()
    return None if best is None else normalise_text(str(best))


DETECTORS: dict[str, Callable[[bytes], str | None]] = {
    "importer (decode.py)": _ours,
    "charset-normalizer": _charset_normalizer,
}


def _samples() -> list[str]:
    pages = [path.read_text(encoding="utf-8") for path in sorted(CORPUS_DIR.glob("*.txt"))]
    return [normalise_text(text) for text in (*pages, *SHORT_TEXTS)]


def _encodable(text: str, coding: str) -> bool:
    try:
        CODINGS[coding](text)
    except UnicodeEncodeError:
        return False
    return True


def measure() -> dict[str, dict[str, dict[str, float]]]:
    """{detector: {coding: {"right": share, "samples": n, "ms_per_mb": t}}}."""
    samples = _samples()
    figures: dict[str, dict[str, dict[str, float]]] = {}
    for detector_name, detect in DETECTORS.items():
        figures[detector_name] = {}
        for coding, encode in CODINGS.items():
            cases = [(text, encode(text)) for text in samples if _encodable(text, coding)]
            size = sum(len(data) for _text, data in cases)
            started = time.process_time()
            right = sum(detect(data) == text for text, data in cases)
            seconds = time.process_time() - started
            figures[detector_name][coding] = {
                "right": right / len(cases),
                "samples": len(cases),
                "ms_per_mb": 1000 * seconds / (size / 1_000_000),
            }
    return figures


def table(figures: dict[str, dict[str, dict[str, float]]]) -> str:
    detectors = list(figures)
    lines = [
        "| coding | samples | " + " | ".join(f"{name}: right, ms/MB" for name in detectors) + " |",
        "|---|--:|" + "--:|" * len(detectors),
    ]
    for coding in CODINGS:
        cells = [
            f"{figures[name][coding]['right']:.0%}, {figures[name][coding]['ms_per_mb']:,.0f}"
            for name in detectors
        ]
        samples = int(figures[detectors[0]][coding]["samples"])
        lines.append(f"| {coding} | {samples} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="folder for the JSON results")
    arguments = parser.parse_args()
    figures = measure()
    print(table(figures))
    arguments.results.mkdir(parents=True, exist_ok=True)
    path = arguments.results / f"decode-{dt.date.today().isoformat()}.json"
    record = {"machine": describe_machine(), "code": describe_code(), "figures": figures}
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"results written to {path}")


if __name__ == "__main__":
    main()
