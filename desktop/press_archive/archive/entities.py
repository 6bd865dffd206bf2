"""A light entity index: the people and organisations an item mentions, found at import time.

No model and no network: press releases name people in a fixed pattern, after a title or an
organisation ("CSTO Secretary General Talatbek Masadykov", "Minister of Foreign Affairs of the
Russian Federation Sergey Lavrov", "генеральный секретарь ОДКБ Таалатбек Масадыков") or before one
("Safar Umarzoda, Head of the Department"). The judgement calls, so they can be argued with:

- A person is two or three capitalised words in a row (three only with a patronymic in the middle:
  `Andrey Nikolaevich Serdyukov`). Words that are titles, organisation or event nouns, months, or
  look like English common words by their ending (-tion, -ity, -s, ...) are not name words; they
  end a name or anchor one.
- A person counts when anchored: right after a title, an acronym or any other capitalised word, or
  followed by ", <title>", or with a patronymic. An unanchored pair counts only when its surname is
  already known, from this text or from the archive (`Safar Umarzoda emphasized...`).
- A person is keyed by the name key of the surname (`names.name_key`), so `Masadikov`,
  `Masadykov` and `Масадыкова` are one entity.
- A word that begins with two capitals (`CFM`, `CFMs`, `СМИДа`) or is the name of a concept
  (`Moscow`, `Armenia`: `concepts.toml`) is never part of a person's name.
- An organisation is an acronym (`CSTO`, `ОДКБ`), or capitalised words up to an organisation noun,
  with an `of ...` tail that names no organisation of its own (`Council of Foreign Ministers`,
  `International Committee of the Red Cross`). It is keyed by its words' stems, or by its concept
  when it is one of the bundled concepts' names, so every name of the CSTO is one entity.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from press_archive.archive.analysis import fold, stem, words
from press_archive.archive.concepts import CONCEPT, bundled_concepts
from press_archive.archive.names import name_key

PERSON = "p:"
ORGANISATION = "o:"

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")
_ROMAN = re.compile(r"[IVXLCM]+")
_CLOSING = frozenset(")]»”\"'’")
_CONNECTORS = frozenset({"of", "the", "and", "for"})


def _vocabulary(text: str) -> frozenset[str]:
    return frozenset(text.split())


TITLE_WORDS = _vocabulary(
    "secretary general deputy minister chairman chairwoman chairperson chair director head chief "
    "ambassador president vice colonel lieutenant major captain admiral marshal commander fellow "
    "envoy representative spokesman spokeswoman spokesperson rector governor mayor speaker senator "
    "prime mr mrs ms dr prof professor officer advisor adviser assistant counsellor counselor "
    "delegate leader king queen prince emir patriarch"
)
ORGANISATION_WORDS = _vocabulary(
    "organization organisation committee council ministry ministries institute academy federation "
    "republic staff secretariat center centre department assembly nations union agency service "
    "parliament university forces office commission bureau administration government kingdom bank "
    "court command directorate police"
)
_EVENT_WORDS = _vocabulary(
    "conference meeting session summit forum exercise exercises training operation declaration plan "
    "programme program strategy day week year agreement treaty charter convention protocol statement "
    "report announcement news"
)
_CALENDAR_WORDS = _vocabulary(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday январь января февраль февраля март марта "
    "апрель апреля май мая июнь июня июль июля август августа сентябрь сентября октябрь октября "
    "ноябрь ноября декабрь декабря"
)
_FUNCTION_WORDS = _vocabulary(
    "the this that these those then there their they also thus hence here when what where while with "
    "from within under after before since over upon into both each such some most many however "
    "furthermore moreover meanwhile according during"
)
_COMMON_ENDINGS = tuple(
    _vocabulary("s tion sion ment ness ity ance ence ing ship ous ive al ary ory ism ist ly")
)
_RUSSIAN_TITLE_STEMS = tuple(
    _vocabulary(
        "секретар генсек министр генерал полковник подполковник майор начальник председател директор глав "
        "посол посл президент заместител руководител представител командующ советник спикер премьер "
        "сотрудник эксперт помощник депутат мэр губернатор ректор профессор господин"
    )
)
_RUSSIAN_ORGANISATION_STEMS = tuple(
    _vocabulary(
        "организац комитет совет министерств институт академи федерац республик штаб секретариат центр "
        "департамент управлени ассамбле наци союз агентств служб парламент университет сил комисси бюро "
        "администрац правительств банк суд командован"
    )
)
_RUSSIAN_COMMON_ENDINGS = tuple(
    _vocabulary(
        "ости ость ание ания ение ения ство ства ции ция ской ского ских ском ская ное ного ной ных ный ная"
    )
)
_PATRONYMIC = re.compile(r"(?:vich|vna|ich|вич|вна|ич|ична)$", re.IGNORECASE)
#: Token classifications are cached: the same few thousand words make up most of every text, and
#: classifying a word costs far more than looking it up.
_TOKEN_CACHE = 1 << 16


@dataclass(frozen=True)
class Entity:
    key: str  # PERSON or ORGANISATION followed by the spelling-independent key
    label: str  # as written in this text


@lru_cache(maxsize=_TOKEN_CACHE)
def _is_word(token: str) -> bool:
    return token[0].isalnum()


@lru_cache(maxsize=_TOKEN_CACHE)
def _is_capitalised(token: str) -> bool:
    return _is_word(token) and token[0].isupper()


@lru_cache(maxsize=_TOKEN_CACHE)
def is_acronym(token: str) -> bool:
    return 2 <= len(token) <= 6 and token.isalpha() and token.isupper() and not _ROMAN.fullmatch(token)


@lru_cache(maxsize=_TOKEN_CACHE)
def _is_title(token: str) -> bool:
    lower = fold(token).lower()
    parts = lower.split("-")
    return any(part in TITLE_WORDS or part.startswith(_RUSSIAN_TITLE_STEMS) for part in parts)


@lru_cache(maxsize=_TOKEN_CACHE)
def _is_organisation_word(token: str) -> bool:
    lower = fold(token).lower()
    singular = lower[:-1] if lower.endswith("s") else lower
    return (
        lower in ORGANISATION_WORDS
        or singular in ORGANISATION_WORDS
        or lower.startswith(_RUSSIAN_ORGANISATION_STEMS)
    )


@lru_cache(maxsize=_TOKEN_CACHE)
def _is_name_word(token: str) -> bool:
    """A word that can be part of a person's name (see the module's why for what is not)."""
    if not (_is_capitalised(token) and token.isalpha() and len(token) >= 3) or token[:2].isupper():
        return False
    lower = fold(token).lower()
    if lower in _FUNCTION_WORDS or lower in _EVENT_WORDS or lower in _CALENDAR_WORDS:
        return False
    if _is_title(token) or _is_organisation_word(token) or bundled_concepts().of_name(token) is not None:
        return False
    if lower.isascii():
        # A plural's -s needs a stem before it: `Zas` is a name, `Talks` a common word.
        return not lower.endswith(_COMMON_ENDINGS) or (len(lower) == 3 and lower.endswith("s"))
    return not lower.endswith(_RUSSIAN_COMMON_ENDINGS)


def person_key(surname: str) -> str:
    """The key of a person, from the surname in any spelling or script."""
    return PERSON + (name_key(surname) or fold(surname).lower())


def _previous_word(tokens: list[str], index: int) -> str | None:
    """The word before `index`, looking through closing brackets and quotes ("(CSSC) Sergey Shoigu")."""
    index -= 1
    while index >= 0 and tokens[index] in _CLOSING:
        index -= 1
    return tokens[index] if index >= 0 and _is_word(tokens[index]) else None


def _people(tokens: list[str], capitals: list[int]) -> tuple[list[Entity], list[Entity], set[int]]:
    """The people of a token list: those certain, those that count only if the archive knows them,
    and the token positions they take (organisations skip those). A name starts with a capital, so
    only the `capitals` positions are tried as starts."""
    anchored: list[tuple[int, int]] = []
    candidates: list[tuple[int, int]] = []
    next_start = 0
    for index in capitals:
        if index < next_start or not _is_name_word(tokens[index]):
            continue
        end = index
        while end < len(tokens) and _is_name_word(tokens[end]):
            end += 1
        start = index
        if end - start >= 3 and _PATRONYMIC.search(tokens[end - 2]):
            start = end - 3
        elif end - start >= 2:
            start = end - 2
        if end - start >= 2:
            before = _previous_word(tokens, start)
            title_after = end + 1 < len(tokens) and tokens[end] == "," and _is_title(tokens[end + 1])
            has_patronymic = end - start == 3
            if (
                has_patronymic
                or title_after
                or (before is not None and (_is_capitalised(before) or _is_title(before)))
            ):
                anchored.append((start, end))
            else:
                candidates.append((start, end))
        next_start = end
    known = {person_key(tokens[end - 1]) for _start, end in anchored}
    certain = anchored + [(start, end) for start, end in candidates if person_key(tokens[end - 1]) in known]
    uncertain = [(start, end) for start, end in candidates if person_key(tokens[end - 1]) not in known]
    taken = {position for start, end in certain + uncertain for position in range(start, end)}

    def entities(spans: list[tuple[int, int]]) -> list[Entity]:
        return [Entity(person_key(tokens[end - 1]), tokens[end - 1]) for _start, end in spans]

    return entities(certain), entities(uncertain), taken


def _runs(tokens: list[str], capitals: list[int], taken: set[int]) -> Iterable[list[str]]:
    """Capitalised words joined by connectors ("of the", "and"), people's names cut out.

    `capitals` are the positions of the tokens that start with a capital, the only ones a run can
    hold besides connectors, so the walk skips the lower-case bulk of the text.
    """
    run: list[str] = []
    last = -1
    for position in capitals:
        token = tokens[position]
        if position in taken or not _is_capitalised(token):
            if run:
                yield run
            run = []
            continue
        gap = tokens[last + 1 : position]
        # "of the", "and" join two capitalised words; "the" alone does not ("On 3 March the CSTO").
        joined = all(word.lower() in _CONNECTORS for word in gap) and not (gap and gap[0].lower() == "the")
        if run and joined:
            run.extend(gap)
            run.append(token)
        else:
            if run:
                yield run
            run = [token]
        last = position
    if run:
        yield run


def _trimmed(part: list[str]) -> list[str]:
    """A part cut to its organisation: leading titles and articles, and trailing titles, go."""
    first, last = 0, len(part)
    while first < last and (_is_title(part[first]) or fold(part[first]).lower() in _FUNCTION_WORDS):
        first += 1
    while last > first and _is_title(part[last - 1]) and not _is_organisation_word(part[last - 1]):
        last -= 1
    return part[first:last]


def _organisations_of_run(run: list[str]) -> Iterable[str]:
    """Organisation names in one run: each part holding an organisation noun, with its `of` tail.

    Parts are split at "of" and "and", so "the Collective Security Treaty Organization and the
    International Committee of the Red Cross" gives two organisations, the second with its tail.
    """
    if not any(map(_is_organisation_word, run)):
        return
    parts: list[tuple[str, list[str]]] = [("", [])]
    for token in run:
        lower = token.lower()
        if lower in {"of", "and"}:
            parts.append((lower, []))
        elif lower == "the" and not parts[-1][1]:
            parts[-1] = (f"{parts[-1][0]} the".strip(), [])
        else:
            parts[-1][1].append(token)
    index = 0
    while index < len(parts):
        part = parts[index][1]
        index += 1
        if not any(_is_organisation_word(token) for token in part):
            continue
        name = _trimmed(part)
        while (
            index < len(parts)
            and parts[index][1]
            and not any(_is_organisation_word(token) for token in parts[index][1])
        ):
            connector, tail = parts[index]
            name = [*name, *connector.split(), *tail]
            index += 1
        if len(name) >= 2:
            yield " ".join(name)


@lru_cache(maxsize=1 << 16)
def organisation_key(name: str) -> str:
    """The key of an organisation's name, as written anywhere: the concept it is one name of
    (`CSTO` and `ОДКБ` are one entity), else the stems of its words. Remembered: the same few
    hundred names stand in most items, and stemming each again was a tenth of an import."""
    concept = bundled_concepts().of_name(name)
    if concept is not None:
        return CONCEPT + concept.id
    return ORGANISATION + " ".join(stem(word) for word in words(name))


@dataclass(frozen=True)
class Mentions:
    """What a text names, found without the archive: the people it names in passing (a bare
    "Safar Umarzoda emphasized") count only once the archive knows them, which the writer decides."""

    people: tuple[Entity, ...]
    if_known: tuple[Entity, ...]
    organisations: tuple[Entity, ...]

    def resolve(self, is_known: Callable[[str], bool]) -> list[Entity]:
        """The distinct entities, in order: people, people the archive knows, organisations."""
        found = [*self.people, *(entity for entity in self.if_known if is_known(entity.key))]
        distinct: dict[str, Entity] = {}
        for entity in (*found, *self.organisations):
            distinct.setdefault(entity.key, entity)
        return list(distinct.values())


def find_mentions(text: str) -> Mentions:
    """The people and organisations of a text, before the archive is asked about any of them."""
    tokens = _TOKEN.findall(text)
    capitals = list(compress(count(), map(str.isupper, map(itemgetter(0), tokens))))
    people, if_known, taken = _people(tokens, capitals)
    organisations = [
        Entity(organisation_key(tokens[position]), tokens[position])
        for position in capitals
        if position not in taken and is_acronym(tokens[position])
    ]
    for run in _runs(tokens, capitals, taken):
        organisations.extend(Entity(organisation_key(name), name) for name in _organisations_of_run(run))
    return Mentions(tuple(people), tuple(if_known), tuple(organisations))


def extract_entities(text: str, is_known: Callable[[str], bool] = lambda _key: False) -> list[Entity]:
    """The distinct people and organisations of a text, people first.

    `is_known(key)` tells whether the archive already knows a person key, so that a bare later
    mention ("Safar Umarzoda emphasized") counts when an earlier item anchored the name.
    """
    return find_mentions(text).resolve(is_known)
