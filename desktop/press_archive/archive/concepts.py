"""Concepts: the names one thing goes by in the two editions (`CSTO`, `ОДКБ`, `Collective Security
Treaty Organization`), read from `concepts.toml` in this package and from a user's file beside the
archive.

A name is compared by the Snowball stems of its words, as the index's stem columns hold them, so
one form of a Russian name stands for all its cases, and a name is never matched by less than its
whole words: no concept is found by a fragment of a word.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from press_archive.archive.analysis import stem, words

CONCEPT = "c:"  # the entity key prefix of an organisation that is a concept
BUNDLED_FILE = Path(__file__).with_name("concepts.toml")
#: The name of the user's own concept file, in the archive's directory.
USER_FILE = "concepts.toml"
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class ConceptFileError(ValueError):
    """A concept file that cannot be used; the message names the file and what is wrong."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class Concept:
    id: str
    names: tuple[str, ...]  # as written in the file, the first being the one a list shows


def name_stems(name: str) -> tuple[str, ...]:
    """A name as it is compared: the stems of its words."""
    return tuple(stem(word) for word in words(name))


class Concepts:
    """The concepts known to an archive, found by the stems of any of their names."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.by_id = {concept.id: concept for concept in concepts}
        self._by_stems = {
            name_stems(name): concept for concept in self.by_id.values() for name in concept.names
        }
        self.longest = max((len(stems) for stems in self._by_stems), default=0)

    def find(self, stems: tuple[str, ...]) -> Concept | None:
        return self._by_stems.get(stems)

    def of_name(self, name: str) -> Concept | None:
        """The concept one of whose names this is, in any form."""
        return self.find(name_stems(name))

    def with_file(self, path: Path) -> Concepts:
        """These concepts and a file's: a known id gets the file's names besides its own."""
        merged = dict(self.by_id)
        for concept in _read(path):
            known = merged.get(concept.id)
            names = (*known.names, *concept.names) if known else concept.names
            merged[concept.id] = Concept(concept.id, tuple(dict.fromkeys(names)))
        combined = Concepts(merged.values())
        _check_distinct(path, combined.by_id.values())
        return combined


def _read(path: Path) -> Iterator[Concept]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConceptFileError(path, f"cannot be read as TOML ({error})") from error
    entries = data.get("concept", [])
    if not isinstance(entries, list):
        raise ConceptFileError(path, "`concept` must be a list of [[concept]] tables")
    for number, entry in enumerate(entries, start=1):
        where = f"concept {number}"
        concept_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(concept_id, str) or not _ID.fullmatch(concept_id):
            raise ConceptFileError(path, f"{where} needs an id of lower-case letters, digits and dashes")
        names = entry.get("names")
        if not isinstance(names, list) or not names or not all(isinstance(name, str) for name in names):
            raise ConceptFileError(path, f"{where} ({concept_id}) needs `names`, a list of strings")
        if any(not words(name) for name in names):
            raise ConceptFileError(path, f"{where} ({concept_id}) has a name with no letters or digits")
        yield Concept(concept_id, tuple(names))


def _check_distinct(path: Path, concepts: Iterable[Concept]) -> None:
    """Refuse a name two concepts share: a search for it could not say which it means."""
    owners: dict[tuple[str, ...], str] = {}
    for concept in concepts:
        for name in concept.names:
            owner = owners.setdefault(name_stems(name), concept.id)
            if owner != concept.id:
                raise ConceptFileError(path, f"the name {name!r} is given to both {owner} and {concept.id}")


@lru_cache(maxsize=1)
def bundled_concepts() -> Concepts:
    """The reviewed concepts shipped with the app."""
    return Concepts(()).with_file(BUNDLED_FILE)


def load_concepts(archive: Path) -> Concepts:
    """The bundled concepts and those of the user's file beside the `archive`, if there is one;
    raises `ConceptFileError` for a user file that cannot be used."""
    user_file = archive.parent / USER_FILE
    return bundled_concepts().with_file(user_file) if user_file.is_file() else bundled_concepts()
