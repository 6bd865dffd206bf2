"""`python -m benchmarks.judged_search`: recall and precision of search on a small judged set.

Two invented pages, one per edition, name the same bodies, posts, places and people in both
languages (`CSTO` / `ОДКБ`, `Joint Staff` / `Объединенный штаб`, `Zas` / `Зась`). Each query is
judged by the items a reader means by it, whichever language or spelling they use; a quoted query
is judged by the spelling it quotes. The figures are totals over all the queries: recall is the
share of the judged items found, precision the share of the found items that were judged.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from press_archive.archive import Archive
from press_archive.model import SearchRequest

#: Item names and their text; the first words of each text identify the item among the hits.
ENGLISH = {
    "en-sg": "The CSTO Secretary General met the Ambassador of Armenia in Moscow to discuss the "
    "Collective Rapid Reaction Forces.",
    "en-cfm": "The Collective Security Treaty Organization held a session of the Council of Foreign "
    "Ministers in Yerevan.",
    "en-staff": "The Chief of the Joint Staff reviewed the peacekeeping forces in Dushanbe.",
    "en-zas": "Colonel Pavel Zas presented a report in Minsk on border security.",
    "en-cssc": "A meeting of the Committee of Secretaries of Security Councils took place in Bishkek.",
    "en-weather": "Weather in the city was calm for the whole week of talks.",
    "en-statement": "The CFM adopted a statement on the situation in Afghanistan.",
    "en-crrf": "The CSTO CRRF held an exercise in Belarus.",
}
RUSSIAN = {
    "ru-sg": "Генеральный секретарь ОДКБ встретился с послом Армении в Москве.",
    "ru-cfm": "Организация Договора о коллективной безопасности провела заседание Совета министров "
    "иностранных дел в Ереване.",
    "ru-staff": "Начальник Объединенного штаба проверил миротворческие силы в Душанбе.",
    "ru-zas": "Полковник Павел Зась выступил с докладом в Минске.",
    "ru-cssc": "Заседание Комитета секретарей советов безопасности прошло в Бишкеке.",
    "ru-pa": "За неделю в Астане Парламентская Ассамблея ОДКБ обсудила миграцию.",
    "ru-statement": "СМИД ОДКБ утвердил заявление о положении в Афганистане.",
    "ru-crrf": "Коллективные силы оперативного реагирования провели учения в Беларуси.",
}
_ORGANISATION = {"en-sg", "en-cfm", "en-crrf", "ru-sg", "ru-cfm", "ru-pa", "ru-statement"}
_CFM = {"en-cfm", "en-statement", "ru-cfm", "ru-statement"}
_CRRF = {"en-sg", "en-crrf", "ru-crrf"}
#: Each query and the items it should find.
JUDGED: dict[str, set[str]] = {
    "CSTO": _ORGANISATION,
    "ОДКБ": _ORGANISATION,
    "Collective Security Treaty Organization": _ORGANISATION,
    '"CSTO"': {"en-sg", "en-crrf"},
    "Joint Staff": {"en-staff", "ru-staff"},
    "Объединенный штаб": {"en-staff", "ru-staff"},
    "Secretary General": {"en-sg", "ru-sg"},
    "Генеральный секретарь": {"en-sg", "ru-sg"},
    "Council of Foreign Ministers": _CFM,
    "CFM": _CFM,
    "СМИД": _CFM,
    "CRRF": _CRRF,
    "КСОР": _CRRF,
    "Zas": {"en-zas", "ru-zas"},
    "Зась": {"en-zas", "ru-zas"},
    "Moscow": {"en-sg", "ru-sg"},
    "Москва": {"en-sg", "ru-sg"},
    "Armenia": {"en-sg", "ru-sg"},
    "Minsk": {"en-zas", "ru-zas"},
    "Bishkek": {"en-cssc", "ru-cssc"},
    "Astana": {"ru-pa"},
    "Parliamentary Assembly": {"ru-pa"},
    "Committee of Secretaries of Security Councils": {"en-cssc", "ru-cssc"},
    "Afghanistan": {"en-statement", "ru-statement"},
}


@dataclass(frozen=True)
class Judgement:
    query: str
    judged: frozenset[str]
    found: frozenset[str]

    @property
    def hits(self) -> int:
        return len(self.judged & self.found)


def write_pages(folder: Path) -> Path:
    """One page per edition: every item a dated teaser, as the site's side column prints them."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, items, back in (("en.txt", ENGLISH, "Go back"), ("ru.txt", RUSSIAN, "Назад")):
        teasers = [f"{day + 1:02d}.03.2025\n\n{text}" for day, text in enumerate(items.values())]
        (folder / name).write_text("\n\n\n".join([*teasers, back]) + "\n", encoding="utf-8")
    return folder


def judge(archive: Archive, queries: dict[str, set[str]] = JUDGED) -> list[Judgement]:
    """Run each query and name the items it found."""
    leads = {text[:40]: name for name, text in (ENGLISH | RUSSIAN).items()}
    judgements = []
    for query, judged in queries.items():
        result = archive.search(SearchRequest(query=query, limit=100))
        found = {leads.get(archive.item(hit.item_id).body[0][:40], hit.item_id) for hit in result.hits}
        judgements.append(Judgement(query, frozenset(judged), frozenset(found)))
    return judgements


def totals(judgements: Iterable[Judgement]) -> tuple[float, float]:
    """(recall, precision) over all the queries' items together."""
    listed = list(judgements)
    hits = sum(judgement.hits for judgement in listed)
    judged = sum(len(judgement.judged) for judgement in listed)
    found = sum(len(judgement.found) for judgement in listed)
    return hits / judged, (hits / found if found else 1.0)


def render(judgements: list[Judgement]) -> str:
    lines = ["| query | judged | found | of them judged |", "|---|--:|--:|--:|"]
    for judgement in judgements:
        lines.append(
            f"| `{judgement.query}` | {len(judgement.judged)} | {len(judgement.found)} | {judgement.hits} |"
        )
    recall, precision = totals(judgements)
    lines.append(f"\nRecall {recall:.2f}, precision {precision:.2f} over {len(judgements)} queries.")
    return "\n".join(lines)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder, Archive(Path(folder) / "archive.db") as archive:
        report = archive.import_paths([write_pages(Path(folder) / "pages")])
        if not report.ok:
            print(f"the judged pages did not import: {report.failures}", file=sys.stderr)
            return 1
        print(render(judge(archive)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
