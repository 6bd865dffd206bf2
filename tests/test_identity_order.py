"""One item however, and in whatever order, it is seen: a stamped and an unstamped copy of a teaser
are one item carrying the stamp's date, and the id users' data points at never changes."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from press_archive.archive import Archive
from press_archive.model import DateSource, SearchRequest

SHARED = "The Joint Staff sent a convoy of field kitchens to the flooded districts near Kurgan-Tyube."
SHARED_RU = "Объединенный штаб направил колонну полевых кухонь в пострадавшие от паводка районы."

DATED_PAGE = f"""11.09.2024

{SHARED}


10.09.2024

Cadets of the staff college finished their survival course in the Pamir mountains.


A seminar on the demining of river banks opened at the training centre

A seminar on the demining of river banks opened at the training centre 09.09.2024

On 9 September, sappers of the member states began a seminar on clearing river banks.


Go back
"""

UNDATED_PAGE = f"""{SHARED}


The Secretariat prepared a reference book on the humanitarian demining programmes of the member states.


Officers of the rapid reaction forces rehearsed a river crossing at night

Officers of the rapid reaction forces rehearsed a river crossing at night 05.09.2024

On 5 September, officers of the rapid reaction forces rehearsed a night river crossing.


Go back
"""

PROSE_PAGE = f"""On 10 September 2024, the Joint Staff reviewed the convoy's route.


{SHARED_RU}


Вернуться назад
"""


def _write(folder: Path, pages: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in pages.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _shared_item(archive: Archive) -> tuple[str, dt.date | None, DateSource, int]:
    (hit,) = archive.search(SearchRequest('"field kitchens"')).hits
    item = archive.item(hit.item_id)
    return item.id, item.date, item.date_source, len(item.sightings)


@pytest.mark.parametrize("order", list(itertools.permutations(["dated.txt", "undated.txt"])))
def test_a_dated_and_an_undated_copy_are_one_dated_item_in_either_order(
    tmp_path: Path, order: tuple[str, ...]
) -> None:
    paths = dict(
        zip(
            ["dated.txt", "undated.txt"],
            _write(tmp_path, {"dated.txt": DATED_PAGE, "undated.txt": UNDATED_PAGE}),
            strict=True,
        )
    )
    with Archive(tmp_path / "archive.db") as archive:
        for name in order:
            assert archive.import_paths([paths[name]]).ok
        _id, date, source, sightings = _shared_item(archive)
        assert (date, source, sightings) == (dt.date(2024, 9, 11), DateSource.LINE, 2)
        assert archive.stats().items == 5
        dated = archive.search(SearchRequest("kitchens date:2024-09-11")).hits
        assert [hit.title for hit in dated] == [archive.item(_id).title]


def test_the_id_an_undated_item_was_stored_under_survives_its_dating(tmp_path: Path) -> None:
    dated, undated = _write(tmp_path, {"dated.txt": DATED_PAGE, "undated.txt": UNDATED_PAGE})
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.import_paths([undated]).ok
        first_id, date, _source, _ = _shared_item(archive)
        assert date is None
        archive.user.tag([first_id], "convoys")
        archive.user.set_note(first_id, "Check the route.")
        assert archive.import_paths([dated]).ok
        same_id, date, _source, _ = _shared_item(archive)
        assert (same_id, date) == (first_id, dt.date(2024, 9, 11))
        assert archive.user.tagged("convoys") == [first_id]
        assert [hit.item_id for hit in archive.search(SearchRequest("tag:convoys")).hits] == [first_id]
        newest = archive.search(SearchRequest("", sort="newest", limit=1)).hits  # type: ignore[arg-type]
        assert newest[0].item_id == first_id


def test_a_date_read_from_an_items_own_words_gives_way_to_a_stamp(tmp_path: Path) -> None:
    stamped = PROSE_PAGE.replace(
        "On 10 September 2024, the Joint Staff", "12.09.2024\n\nOn 10 September 2024, the Joint Staff"
    )
    prose_path, stamped_path = _write(tmp_path, {"prose.txt": PROSE_PAGE, "stamped.txt": stamped})
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.import_paths([prose_path]).ok
        (hit,) = archive.search(SearchRequest('"reviewed the convoy"')).hits
        assert (hit.date, archive.item(hit.item_id).date_source) == (dt.date(2024, 9, 10), DateSource.PROSE)
        assert archive.import_paths([stamped_path]).ok
        (again,) = archive.search(SearchRequest('"reviewed the convoy"')).hits
        item = archive.item(again.item_id)
        assert (item.id, item.date, item.date_source, len(item.sightings)) == (
            hit.item_id,
            dt.date(2024, 9, 12),
            DateSource.LINE,
            2,
        )
