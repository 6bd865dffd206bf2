"""Items related to one item: its teaser/article, its other-language twin, and "more like this".

- The teaser <-> article link is the one the import made (`items.lead_of`).
- The twin is the same event on the other edition: an item in the other language dated the same
  day or one day apart (the editions do not always publish on the same day) that names the same
  people (compared by name key, so `Масадыков` meets `Masadykov`) and gives the same numbers.
  Names and numbers survive translation; ordinary words do not.
- "More like this" asks the index for the items sharing the item's rarest stems, rarest first
  because a rare word says more about what an item is about than a common one.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import sqlite_utils

from press_archive.archive.analysis import stem, word_spans, words
from press_archive.archive.names import is_name_word, name_key
from press_archive.archive.reading import parse_date, resolve_id
from press_archive.archive.schema import date_key_range
from press_archive.archive.search import HIT_COLUMNS, hit_from_row
from press_archive.model import RelatedItem, Relation

SIMILAR_TERMS = 12  # stems a "more like this" query is made of
SIMILAR_ITEMS = 5
MIN_SHARED_TERMS = 3  # fewer shared stems is coincidence
TWIN_WINDOW_DAYS = 1
_CANDIDATES = 40


def _rows(db: sqlite_utils.Database, where: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    return db.execute(f"SELECT {HIT_COLUMNS}, 0.0 FROM items i WHERE {where}", params).fetchall()


def _names(text: str) -> dict[str, str]:
    """Name key -> the word as written first, for the capitalised words of a text."""
    found: dict[str, str] = {}
    for start, end, _word in word_spans(text):
        written = text[start:end]
        if is_name_word(written) and (key := name_key(written)) is not None:
            found.setdefault(key, written)
    return found


def _numbers(text: str) -> set[str]:
    return {word for word in words(text) if word.isdigit()}


def _twin(db: sqlite_utils.Database, row: tuple[Any, ...]) -> RelatedItem | None:
    date = parse_date(row[2])
    if date is None:
        return None
    window = dt.timedelta(days=TWIN_WINDOW_DAYS)
    other = "ru" if row[5] == "en" else "en"
    text = f"{row[3]}\n{row[7]}"
    names, numbers = _names(text), _numbers(text)
    best: tuple[float, tuple[Any, ...], list[str], list[str]] | None = None
    for candidate in _rows(
        db,
        "i.date_key >= ? AND i.date_key < ? AND i.language = ?",
        (date_key_range(date - window)[0], date_key_range(date + window)[1], other),
    ):
        candidate_text = f"{candidate[3]}\n{candidate[7]}"
        shared_names = [names[key] for key in _names(candidate_text) if key in names]
        shared_numbers = sorted(numbers & _numbers(candidate_text))
        if not shared_names or len(shared_names) + len(shared_numbers) < 2:
            continue
        distance = abs((parse_date(candidate[2]) or date) - date).days
        score = len(shared_names) + 0.5 * len(shared_numbers) - 0.5 * distance
        if best is None or score > best[0]:
            best = (score, candidate, shared_names, shared_numbers)
    if best is None:
        return None
    _score, candidate, shared_names, shared_numbers = best
    reason = f"{candidate[2]}, both name {', '.join(shared_names)}"
    if shared_numbers:
        reason += f"; both give {', '.join(shared_numbers)}"
    return RelatedItem(
        Relation.TWIN, hit_from_row(candidate), reason, tuple(shared_names), tuple(shared_numbers)
    )


def _document_frequency(db: sqlite_utils.Database, term: str) -> int:
    row = db.execute("SELECT doc FROM temp.items_vocab WHERE term = ?", (term,)).fetchone()
    return int(row[0]) if row else 0


def _similar(db: sqlite_utils.Database, row: tuple[Any, ...], exclude: set[str]) -> list[RelatedItem]:
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.items_vocab USING fts5vocab(main, items_fts, row)")
    written: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for word in words(f"{row[3]}\n{row[7]}"):
        if len(word) >= 3 and not word.isdigit():
            term = stem(word)
            written.setdefault(term, word)
            counts[term] += 1
    frequencies = {term: _document_frequency(db, term) for term in counts}
    telling = sorted(
        (term for term, df in frequencies.items() if df >= 2), key=lambda t: (frequencies[t], -counts[t], t)
    )
    terms = telling[:SIMILAR_TERMS]
    if len(terms) < MIN_SHARED_TERMS:
        return []
    match = "{title_stem body_stem} : (" + " OR ".join(f'"{term}"' for term in terms) + ")"
    keys = [
        key
        for (key,) in db.execute(
            "SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rank LIMIT ?", (match, _CANDIDATES)
        )
    ]
    related = []
    for key in keys:
        (candidate,) = _rows(db, "i.date_key = ?", (key,))
        if candidate[1] in exclude:
            continue
        candidate_terms = {stem(word) for word in words(f"{candidate[3]}\n{candidate[7]}")}
        shared = [written[term] for term in terms if term in candidate_terms]
        if len(shared) >= MIN_SHARED_TERMS:
            related.append(
                RelatedItem(
                    Relation.SIMILAR, hit_from_row(candidate), "shares " + ", ".join(shared), tuple(shared)
                )
            )
        if len(related) == SIMILAR_ITEMS:
            break
    return related


def related_items(db: sqlite_utils.Database, item_id: str) -> list[RelatedItem]:
    """The items related to one (an id or unique prefix): article/teasers, twin, then similar."""
    full_id = resolve_id(db, item_id)
    (row,) = _rows(db, "i.id = ?", (full_id,))
    lead_of = db.execute("SELECT lead_of FROM items WHERE id = ?", (full_id,)).fetchone()[0]
    related = [
        RelatedItem(Relation.ARTICLE, hit_from_row(article), "this item is the lead of the article")
        for article in (_rows(db, "i.id = ?", (lead_of,)) if lead_of else [])
    ]
    related += [
        RelatedItem(Relation.TEASER, hit_from_row(teaser), "a teaser made of this article's lead")
        for teaser in _rows(db, "i.lead_of = ? ORDER BY i.date_key", (full_id,))
    ]
    twin = _twin(db, row)
    if twin is not None:
        related.append(twin)
    exclude = {full_id, *(item.hit.item_id for item in related)}
    return related + _similar(db, row, exclude)
