"""Reading the site's DD.MM.YYYY stamps and the dates written out in the lead of a body."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from press_archive.importer.dates import (
    LeadingDate,
    TrailingDate,
    find_opening_date,
    parse_site_date,
    split_leading_date,
    split_trailing_date,
)
from press_archive.model import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05.12.2025", dt.date(2025, 12, 5)),
        ("  29.02.2024 \n", dt.date(2024, 2, 29)),
        ("31.12.1999", dt.date(1999, 12, 31)),
    ],
)
def test_a_stamp_is_its_date(text: str, expected: dt.date) -> None:
    assert parse_site_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31.02.2025",
        "00.01.2025",
        "12.13.2024",
        "29.02.2023",
        "01.01.0000",
        "5.12.2025",
        "05.12.25",
        "05.12.2025 Download document a.docx",
        "on 05.12.2025",
        "05-12-2025",
        "",
    ],
)
def test_anything_but_a_whole_real_stamp_is_no_date(text: str) -> None:
    assert parse_site_date(text) is None


@given(st.dates())
def test_every_calendar_date_reads_back_from_its_stamp(date: dt.date) -> None:
    assert parse_site_date(date.strftime("%d.%m.") + f"{date.year:04d}") == date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12.03.2024", LeadingDate(dt.date(2024, 3, 12), "")),
        ("12.03.2024On March 12", LeadingDate(dt.date(2024, 3, 12), "On March 12")),
        ("12.03.2024 Download document x.pdf", LeadingDate(dt.date(2024, 3, 12), " Download document x.pdf")),
        ("28.11.2024 (21:00)", LeadingDate(dt.date(2024, 11, 28), "")),
        ("28.11.2024 (21:00) The heads met", LeadingDate(dt.date(2024, 11, 28), " The heads met")),
        ("31.02.2024On March 12", None),
        ("12.03.20245", None),
        ("The council met on 12.03.2024", None),
    ],
)
def test_a_line_is_cut_after_the_stamp_it_starts_with(line: str, expected: LeadingDate | None) -> None:
    assert split_leading_date(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title of the news 26.06.2025", TrailingDate("Title of the news", dt.date(2025, 6, 26))),
        ("Заголовок новости  26.06.2025 ", TrailingDate("Заголовок новости", dt.date(2025, 6, 26))),
        ("Title of the news26.06.2025", None),
        ("Title of the news 31.06.2025", None),
        ("26.06.2025 Title of the news", None),
        ("Title of the news 26.06.2025 (16:30)", TrailingDate("Title of the news", dt.date(2025, 6, 26))),
    ],
)
def test_a_text_is_cut_before_the_stamp_it_ends_with(text: str, expected: TrailingDate | None) -> None:
    assert split_trailing_date(text) == expected


@pytest.mark.parametrize(
    ("lead", "language", "expected"),
    [
        ("On January 9, 2022, the ministers met in Minsk.", Language.EN, dt.date(2022, 1, 9)),
        ("On January 9th, 2022 the ministers met.", Language.EN, dt.date(2022, 1, 9)),
        ("On 26 August 2025, consultations were held.", Language.EN, dt.date(2025, 8, 26)),
        ("On May 9, 2025 a parade was held.", Language.EN, dt.date(2025, 5, 9)),
        ("12 May 2024: the council met.", Language.EN, dt.date(2024, 5, 12)),
        ("On the 3rd of March 2023, the ministers met.", Language.EN, dt.date(2023, 3, 3)),
        ("14 августа 2023 года в Ереване прошло заседание.", Language.RU, dt.date(2023, 8, 14)),
        ("26 июня 2025 г. в Минске прошло совещание.", Language.RU, dt.date(2025, 6, 26)),
        ("В 1 Мая 2024 года прошел парад.", Language.RU, dt.date(2024, 5, 1)),
    ],
)
def test_a_text_opening_with_a_whole_date_is_dated_by_it(
    lead: str, language: Language, expected: dt.date
) -> None:
    assert find_opening_date(lead, language) == expected


@pytest.mark.parametrize(
    ("lead", "language"),
    [
        ("On December 4, at the invitation of the Iranian side, a delegation arrived.", Language.EN),
        ("On 13 February, a traditional meeting was held in Moscow.", Language.EN),
        ("On December 4, at the invitation of the host, on January 9, 2022, it began.", Language.EN),
        ("On February 30, 2024, nothing happened.", Language.EN),
        ("The meeting took place on 9 January 2022 in Minsk.", Language.EN),
        ("The Council of Defence Ministers met in Minsk on 12 May 2024 to review the forces", Language.EN),
        ("The ministers may meet again in 2025.", Language.EN),
        ("4 декабря по приглашению иранской стороны делегация прибыла.", Language.RU),
        ("13 октября с.г. в Минске состоялась встреча.", Language.RU),
        ("31 сентября 2024 года ничего не произошло.", Language.RU),
        ("Заседание прошло 9 января 2022 в Минске.", Language.RU),
        ("On January 9, 2022, the ministers met.", Language.RU),
        ("9 января 2022 года министры встретились.", Language.EN),
        ("The council met on 12.03.2024 in Minsk.", Language.EN),
    ],
)
def test_a_date_inside_a_text_or_without_its_year_dates_nothing(lead: str, language: Language) -> None:
    assert find_opening_date(lead, language) is None
