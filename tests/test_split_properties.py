"""Pages made of the kinds of lines the site prints, in any order and spacing: the splitter never
raises, keeps the page's order and words, makes at most one article, and never makes an item of a
navigation or furniture line nor dates one from anything but a stamp or the item's own words."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from press_archive.importer.split import split_page
from press_archive.model import DateSource, Kind, ParsedItem

NAVIGATION = [
    "Go back",
    "Back to the section",
    "All CSTO News",
    "Read more",
    "Вернуться назад",
    "Все новости ОДКБ",
]
FURNITURE = ["IMG_5120.jpg", "photo_3.jpeg", "1 2 3 4 Next", "« 1 2 … 9 »", "© 2024 CSTO", "Views: 48"]
TEXT = [
    "Joint Staff News",
    "Новости",
    "Home / News / Secretariat News",
    "The Secretary General met the Ambassador of Uzbekistan",
    "Генеральный секретарь встретился с послом Узбекистана",
    "The working group on migration met in Minsk.",
    "Рабочая группа по миграции собралась в Минске.",
    "On 4 March 2024, experts discussed the draft plan.",
    "4 марта 2024 года эксперты обсудили проект плана.",
    "On 11 December, the council met in Yerevan.",
    "The report dated 12.02.2024 was approved.",
    "Dear colleagues!",
    "Уважаемые участники!",
    "Thank you for your attention!",
    "Press Service of the CSTO Secretariat",
    "Пресс-служба Секретариата ОДКБ",
    "What awaits the Organization in the new year?",
    "Download document 3ab4c5d6.docx",
]


def _stamped(date: dt.date, shape: int, text: str) -> str:
    stamp = date.strftime("%d.%m.%Y")
    return [
        stamp,
        f"{stamp} (10:30)",
        f"{stamp}{text}",
        f"{stamp} {text}",
        f"{stamp} Download document 9f8e7d6c.docx",
        f"{text} {stamp}",
    ][shape]


DATES = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))
STAMPS = st.builds(_stamped, DATES, st.integers(0, 5), st.sampled_from(TEXT[3:9]))
SITE_LINES = st.one_of(st.sampled_from(NAVIGATION + FURNITURE + TEXT), STAMPS)
PAGES = st.lists(st.tuples(SITE_LINES, st.integers(0, 3)), max_size=40).map(
    lambda lines: "".join(line + "\n" * (blanks + 1) for line, blanks in lines)
)


def _fold(text: str) -> str:
    return " ".join(text.split())


def _in_page_order(items: list[ParsedItem], page: str) -> bool:
    """Every paragraph is a piece of the page, each found after the one before it."""
    cursor = 0
    for item in items:
        for paragraph in item.body:
            found = page.find(paragraph, cursor)
            if found < 0:
                return False
            cursor = found + len(paragraph)
    return True


@settings(max_examples=300, deadline=None)
@given(PAGES)
def test_a_page_of_site_lines_is_cut_in_order_into_its_own_text(page: str) -> None:
    items = split_page(page)
    folded = _fold(page)
    assert _in_page_order(items, folded)
    assert [item.position for item in items] == list(range(len(items)))
    assert sum(item.kind is Kind.ARTICLE for item in items) <= 1
    frame = {_fold(line) for line in NAVIGATION + FURNITURE}
    for item in items:
        assert item.body
        assert item.title not in frame
        assert not frame & set(item.body)
        if item.date_source in (DateSource.LINE, DateSource.TITLE):
            assert item.date is not None and item.date.strftime("%d.%m.%Y") in page
        if item.date_source is DateSource.PROSE:
            assert item.date is not None and str(item.date.year) in item.body[0][:30]


def test_a_page_of_ten_megabytes_and_a_hundred_thousand_lines_is_split() -> None:
    choose = random.Random(7)
    lines = [
        choose.choice(TEXT) + " " + "word " * choose.randrange(5, 30)
        if choose.random() < 0.8
        else _stamped(
            dt.date(2024, 1, 1) + dt.timedelta(days=choose.randrange(365)), choose.randrange(6), "Text."
        )
        for _ in range(100_000)
    ]
    page = "\n\n".join(lines)
    assert len(page.encode("utf-8")) >= 10_000_000
    items = split_page(page)
    assert items
    assert len(items) <= len(lines)
