"""Writing one synthetic news item: a dated lead naming a person, then prose drawn from the vocabulary.

Every English item names the CSTO and every Russian one the ОДКБ, as on the site, so those are words
in (nearly) every item; a few people are named in fixed shares of the items, so the selectivity of
a name query is known in advance.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from benchmarks.vocabulary import (
    MASADYKOV,
    ORGANISATIONS_EN,
    ORGANISATIONS_RU_GENITIVE,
    PLACES,
    SERDYUKOV,
    SHOIGU,
    Person,
    Vocabulary,
    WordSampler,
)

#: Shares of the items whose lead names each of these people (Masadykov: a "selective" name).
FAMOUS_SHARES = ((MASADYKOV, 0.007), (SERDYUKOV, 0.015), (SHOIGU, 0.005))
TEASER_WORDS = (40, 200)
ARTICLE_WORDS = (120, 300)
_SENTENCE_WORDS = (7, 19)

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
_RU_MONTHS_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
    "ноября", "декабря",
)  # fmt: skip
_EN_EVENTS = ("meeting", "session", "conference", "joint exercise", "round table", "consultations")
_EN_TOPICS = ("border security", "joint exercises", "illegal migration", "drug trafficking", "cyber threats")
_RU_EVENTS = ("заседании", "совещании", "конференции", "совместных учениях", "круглом столе", "консультациях")


@dataclass(frozen=True)
class Story:
    """One item as the site printed it, before it is laid out on a page."""

    english: bool
    date: dt.date | None
    title: str | None  # articles only
    paragraphs: tuple[str, ...]


def _pick_person(rng: random.Random, vocabulary: Vocabulary) -> Person:
    roll = rng.random()
    for person, share in FAMOUS_SHARES:
        if roll < share:
            return person
        roll -= share
    return vocabulary.people[int(len(vocabulary.people) * rng.random() ** 3)]  # a few are named often


def _english_lead(rng: random.Random, person: Person, prose_date: dt.date | None) -> str:
    name = rng.choice(person.english)
    place = rng.choice(PLACES).english
    organisation = rng.choice(ORGANISATIONS_EN)
    event = rng.choice(_EN_EVENTS)
    opening = (
        f"On {_EN_MONTHS[prose_date.month - 1]} {prose_date.day}, {prose_date.year}, the"
        if prose_date
        else "The"
    )
    return (
        f"{opening} {person.english_title} {name} took part in the {event} of the {organisation} "
        f"held in {place}, where the CSTO delegation discussed"
    )


def _russian_lead(rng: random.Random, person: Person, prose_date: dt.date | None) -> str:
    place = rng.choice(PLACES).russian_locative
    organisation = rng.choice(ORGANISATIONS_RU_GENITIVE)
    event = rng.choice(_RU_EVENTS)
    when = (
        f"{prose_date.day} {_RU_MONTHS_GENITIVE[prose_date.month - 1]} {prose_date.year} г. в {place} "
        if prose_date
        else ""
    )
    if rng.random() < 0.5:
        opening = f"{when}{person.russian_title} {person.russian_nominative} принял участие в {event}"
    else:
        opening = f"{when}По приглашению {person.russian_genitive} делегация ОДКБ приняла участие в {event}"
    return f"{opening} {organisation} в {place}, где представители ОДКБ обсудили"


def _sentence(rng: random.Random, sampler: WordSampler) -> str:
    words = sampler.draw(rng, rng.randint(*_SENTENCE_WORDS))
    return " ".join(words).capitalize() + "."


def _sentences(rng: random.Random, sampler: WordSampler, lead: str, words: int) -> list[str]:
    """Sentences up to about `words` words; the first continues `lead`."""
    first = f"{lead} {' '.join(sampler.draw(rng, rng.randint(*_SENTENCE_WORDS)))}."
    sentences = [first]
    count = len(first.split())
    while count < words:
        sentence = _sentence(rng, sampler)
        sentences.append(sentence)
        count += len(sentence.split())
    return sentences


def _english_title(rng: random.Random, person: Person) -> str:
    place = rng.choice(PLACES).english
    name, topic = rng.choice(person.english), rng.choice(_EN_TOPICS)
    return f"{person.english_title} {name} visited {place} for talks on {topic}"


def _russian_title(rng: random.Random, person: Person) -> str:
    place = rng.choice(PLACES).russian_locative
    return f"{person.russian_title} {person.russian_nominative} провел встречу в {place}"


def write_story(
    rng: random.Random,
    vocabulary: Vocabulary,
    *,
    english: bool,
    date: dt.date | None,
    article: bool,
    date_in_prose: bool = False,
) -> Story:
    """An article (titled, several paragraphs) or a teaser (one paragraph); `date_in_prose` opens the
    lead with the date in words, for pages that print no stamp."""
    sampler = vocabulary.english if english else vocabulary.russian
    person = _pick_person(rng, vocabulary)
    prose_date = date if date_in_prose else None
    lead = _english_lead(rng, person, prose_date) if english else _russian_lead(rng, person, prose_date)
    low, high = ARTICLE_WORDS if article else TEASER_WORDS
    sentences = _sentences(rng, sampler, lead, rng.randint(low, high))
    if not article:
        return Story(english, date, None, (" ".join(sentences),))
    paragraphs: list[str] = []
    cut_points = sorted(rng.sample(range(1, len(sentences)), k=min(len(sentences) - 1, rng.randint(1, 4))))
    for start, end in zip([0, *cut_points], [*cut_points, len(sentences)], strict=True):
        paragraphs.append(" ".join(sentences[start:end]))
    title = _english_title(rng, person) if english else _russian_title(rng, person)
    return Story(english, date, title, tuple(paragraphs))


def lead_teaser(story: Story) -> Story:
    """The teaser the side column shows for an article: its first paragraph, same day, no title."""
    return Story(story.english, story.date, None, story.paragraphs[:1])
