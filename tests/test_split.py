"""Cutting pages into items: the real seeds, one invented page per shape the site uses, and a property
test that no input at all makes the splitter raise or invent text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from press_archive.importer.split import split_page
from press_archive.model import DateSource, Kind, Language, ParsedItem

PAGES_DIR = Path(__file__).resolve().parent / "data" / "pages"

LINE, TITLE, PROSE, NONE = DateSource.LINE, DateSource.TITLE, DateSource.PROSE, DateSource.NONE
ARTICLE, TEASER = Kind.ARTICLE, Kind.TEASER


def _page(name: str) -> str:
    return (PAGES_DIR / name).read_text(encoding="utf-8")


def _seed(seeds_dir: Path, number: str) -> str:
    (path,) = seeds_dir.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def _summary(item: ParsedItem) -> tuple[Kind, str | None, DateSource, int]:
    date = None if item.date is None else item.date.isoformat()
    return item.kind, date, item.date_source, len(item.body)


SEED_TEASERS_OF_DECEMBER = [
    "On December 4, at the invitation of the Iranian side, a delegation from the Joint Staff",
    "The CSTO Deputy Secretary General Valery Semerikov took part in the “BRICS+ 2025",
    "A delegation from the CSTO Secretariat, led by the Deputy Secretary General Taalatbek Masadikov",
]


@pytest.mark.parametrize(
    ("number", "article_title", "article_date", "article_source", "article_leads"),
    [
        (
            "000",
            "Announcement: Meetings of the CSTO statutory bodies will be held in Bishkek",
            "2025-11-24",
            LINE,
            ["On November 27, a joint meeting", "The CSTO CSC session is expected"],
        ),
        (
            "002",
            "The Head of the Department for Countering Challenges and Threats of the CSTO Secretariat took "
            "part in the Annual Conference on the Review of Security Issues",
            "2025-06-26",
            TITLE,
            ["Safar Umarzoda, Head of the Department", "In his speech, Safar Umarzoda"],
        ),
    ],
)
def test_seeds_with_three_december_teasers_and_an_article(
    seeds_dir: Path,
    number: str,
    article_title: str,
    article_date: str,
    article_source: DateSource,
    article_leads: list[str],
) -> None:
    items = split_page(_seed(seeds_dir, number))
    assert [_summary(item) for item in items] == [
        (TEASER, "2025-12-05", LINE, 1),
        (TEASER, "2025-12-05", LINE, 1),
        (TEASER, "2025-12-05", LINE, 1),
        (ARTICLE, article_date, article_source, len(article_leads)),
    ]
    for teaser, lead in zip(items, SEED_TEASERS_OF_DECEMBER, strict=False):
        assert teaser.body[0].startswith(lead)
        assert teaser.title_derived
    article = items[3]
    assert article.title == article_title
    assert not article.title_derived
    assert [paragraph[: len(lead)] for paragraph, lead in zip(article.body, article_leads, strict=True)] == (
        article_leads
    )
    assert [item.position for item in items] == [0, 1, 2, 3]
    assert {item.language for item in items} == {Language.EN}


def test_seed_003_teasers_separated_by_single_blank_lines(seeds_dir: Path) -> None:
    items = split_page(_seed(seeds_dir, "003"))
    assert [_summary(item) for item in items] == [
        (TEASER, "2026-02-13", LINE, 1),
        (TEASER, "2026-02-13", LINE, 1),
        (TEASER, "2026-02-12", LINE, 1),
        (TEASER, "2026-02-12", LINE, 1),
        (TEASER, "2026-02-11", LINE, 1),
        (ARTICLE, "2025-08-27", TITLE, 4),
    ]
    leads = [
        "On 13 February, a traditional meeting",
        "CSTO Secretary General Talatbek Masadykov addressed",
        "Secretary of the Security Council of the Russian Federation",
        "On 12 February, a briefing was held",
        "On 11 February 2026, a meeting took place",
        "On August 26, 2025, in Moscow",
    ]
    assert [item.body[0][: len(lead)] for item, lead in zip(items, leads, strict=True)] == leads
    assert items[5].title == (
        "Consultations were held between representatives of the CSTO member states on the agenda of the "
        "80th session of the UN General Assembly"
    )
    assert items[5].body[3].startswith("The consultations once again confirmed")


# (page, [(kind, date, date source, paragraphs, title, start of the first paragraph)])
FIXTURE_PAGES = [
    pytest.param(
        "en_teasers.txt",
        [
            (
                TEASER,
                "2024-03-14",
                LINE,
                1,
                "On March 13, the CSTO Secretary General held talks with the "
                "Ambassador of the Republic of Belarus in Moscow",
                "On March 13",
            ),
            (
                TEASER,
                "2024-03-14",
                LINE,
                1,
                "The CSTO Secretariat hosted a working meeting of experts on information security",
                "The CSTO Secretariat hosted",
            ),
            (
                TEASER,
                "2024-03-13",
                LINE,
                1,
                "Col. Gen. A. Petrov, Chief of the CSTO Joint Staff, visited the "
                "training ground near Dushanbe",
                "Col. Gen. A. Petrov",
            ),
            (
                TEASER,
                "2024-03-12",
                LINE,
                1,
                "A seminar for press officers of the CSTO member states opened in Yerevan",
                "A seminar for press officers",
            ),
        ],
        id="1-teasers-two-blanks-one-blank-and-none",
    ),
    pytest.param(
        "en_title_repeat.txt",
        [
            (TEASER, "2024-04-17", LINE, 1, None, "The CSTO Secretary General met"),
            (
                ARTICLE,
                "2024-04-16",
                TITLE,
                2,
                "The CSTO Parliamentary Assembly discussed the harmonisation of national legislation",
                "On April 16, 2024, a meeting",
            ),
        ],
        id="2-title-repeated-with-its-date",
    ),
    pytest.param(
        "en_title_date_line.txt",
        [
            (TEASER, "2024-05-20", LINE, 1, None, "The CSTO Secretariat received"),
            (
                ARTICLE,
                "2024-05-19",
                LINE,
                2,
                "Exercise “Interaction-2024” will be held in the Republic of Belarus",
                "The joint staff exercise",
            ),
        ],
        id="3-headline-then-date-line",
    ),
    pytest.param(
        "en_glued_date.txt",
        [
            (TEASER, "2024-03-20", LINE, 1, None, "The CSTO Secretary General sent"),
            (
                ARTICLE,
                "2024-03-12",
                LINE,
                2,
                "A meeting of the CSTO Council of Foreign Ministers was held in Minsk",
                "On March 12, the ministers",
            ),
        ],
        id="4-date-glued-to-the-body",
    ),
    pytest.param(
        "en_attachments.txt",
        [
            (
                ARTICLE,
                "2024-02-28",
                LINE,
                1,
                "Statement of the CSTO Council of Foreign Ministers on the situation in the region",
                "The Council of Foreign Ministers adopted",
            ),
        ],
        id="5-attachment-lines",
    ),
    pytest.param(
        "en_no_date_line.txt",
        [
            (TEASER, "2025-09-04", LINE, 1, None, "The CSTO Secretary General took part"),
            (
                ARTICLE,
                "2025-08-26",
                PROSE,
                2,
                "Consultations on military cooperation were held at the CSTO Secretariat",
                "On 26 August 2025, consultations",
            ),
        ],
        id="6-no-date-line-date-from-the-lead",
    ),
    pytest.param(
        "en_no_date_no_year.txt",
        [
            (
                ARTICLE,
                None,
                NONE,
                2,
                "A delegation of the CSTO Joint Staff visited the Republic of Kazakhstan",
                "On December 4, at the invitation",
            ),
        ],
        id="6-no-date-line-and-no-year-in-the-lead",
    ),
    pytest.param(
        "en_undated_teasers.txt",
        [
            (TEASER, "2024-06-03", LINE, 1, None, "The CSTO Secretary General received"),
            (
                TEASER,
                None,
                NONE,
                1,
                "The CSTO Secretariat published the analytical bulletin on the military "
                "and political situation in Central Asia",
                "The CSTO Secretariat published",
            ),
            (TEASER, None, NONE, 1, None, "A round table on countering extremism"),
        ],
        id="7-undated-teasers",
    ),
    pytest.param(
        "ru_title_repeat.txt",
        [
            (
                TEASER,
                "2023-08-15",
                LINE,
                1,
                "Генеральный секретарь ОДКБ провел встречу с Послом Республики "
                "Армения в Российской Федерации",
                "Генеральный секретарь ОДКБ",
            ),
            (
                TEASER,
                "2023-08-14",
                LINE,
                1,
                "В Секретариате ОДКБ состоялось заседание Рабочей группы по Афганистану",
                "В Секретариате ОДКБ",
            ),
            (
                ARTICLE,
                "2023-08-14",
                TITLE,
                2,
                "Заседание Совета министров иностранных дел ОДКБ прошло в Ереване",
                "14 августа 2023 года в Ереване",
            ),
        ],
        id="8-russian-title-repeated",
    ),
    pytest.param(
        "ru_glued_date.txt",
        [
            (TEASER, "2025-06-27", LINE, 1, None, "Делегация Секретариата ОДКБ"),
            (
                ARTICLE,
                "2025-06-26",
                LINE,
                2,
                "Учения «Взаимодействие-2025» пройдут в Республике Беларусь",
                "«Взаимодействие-2025» станет",
            ),
        ],
        id="8-russian-date-glued-to-a-guillemet",
    ),
    pytest.param(
        "ru_no_date_line.txt",
        [
            (
                ARTICLE,
                "2025-06-26",
                PROSE,
                2,
                "Совещание руководителей пресс-служб министерств обороны государств – членов ОДКБ",
                "26 июня 2025 г. в Минске",
            ),
        ],
        id="8-russian-date-from-the-lead",
    ),
    pytest.param(
        "en_dates_in_prose.txt",
        [
            (
                ARTICLE,
                "2024-04-05",
                LINE,
                4,
                "The CSTO Council approved the plan of joint measures",
                "By the decision of 12.03.2024, the Council",
            ),
        ],
        id="9-dates-inside-prose-start-nothing",
    ),
    pytest.param(
        "en_footer.txt",
        [
            (
                ARTICLE,
                "2024-07-10",
                LINE,
                1,
                "The CSTO Secretary General took part in the security forum",
                "The CSTO Secretary General addressed",
            ),
            (TEASER, "2024-07-09", LINE, 1, None, "A meeting of the working group on Afghanistan"),
        ],
        id="footer-after-navigation-keeps-only-dated-teasers",
    ),
]


@pytest.mark.parametrize(("name", "expected"), FIXTURE_PAGES)
def test_page_shapes(
    name: str, expected: list[tuple[Kind, str | None, DateSource, int, str | None, str]]
) -> None:
    items = split_page(_page(name))
    assert [_summary(item) for item in items] == [
        (kind, date, source, n) for kind, date, source, n, *_ in expected
    ]
    for item, (kind, _, _, _, title, lead) in zip(items, expected, strict=True):
        assert item.body[0].startswith(lead), item.body[0]
        assert item.title_derived is (kind is TEASER)
        if title is not None:
            assert item.title == title
    assert [item.position for item in items] == list(range(len(items)))


def test_attachment_lines_are_recorded_not_read_as_text() -> None:
    (article,) = split_page(_page("en_attachments.txt"))
    assert article.attachments == ("3f9a0c2b7e1d4a6b.docx", "9b1e44d07a2c3f18.pdf")
    assert all("Download" not in paragraph for paragraph in article.body)
    ru_article = split_page(_page("ru_glued_date.txt"))[1]
    assert ru_article.attachments == ("5c0ffee15bada55e.pdf",)


def test_a_date_at_the_start_of_prose_keeps_its_paragraph_whole() -> None:
    (article,) = split_page(_page("en_dates_in_prose.txt"))
    assert article.body[1] == "12.03.2024 was also the date on which the expert group submitted its report."
    assert (
        article.body[2] == '12.03.2024 the Council further noted the results of the operation "Illegal-2023".'
    )


def test_a_stamp_glued_to_the_russian_word_for_year_is_prose() -> None:
    page = "Итоги года\n\n10.01.2025\n\n05.12.2024г. состоялось заседание Совета.\n\nСовет принял решения."
    (article,) = split_page(page)
    assert article.body == ("05.12.2024г. состоялось заседание Совета.", "Совет принял решения.")


def test_an_attachment_line_glued_to_its_stamp_is_still_an_attachment() -> None:
    (teaser,) = split_page("05.05.2024\n\nThe Council met.\n05.05.2024Download document 0a1b.docx")
    assert (teaser.body, teaser.attachments) == (("The Council met.",), ("0a1b.docx",))


def test_navigation_and_footer_text_are_in_no_item() -> None:
    texts = [item.title + " " + item.text for item in split_page(_page("en_footer.txt"))]
    for dropped in ("Go back", "Back to the section", "All rights reserved", "Site map"):
        assert not any(dropped in text for text in texts)


def test_navigation_above_the_first_item_is_skipped_not_taken_for_a_footer() -> None:
    page = (
        "Все новости\n\nУчения пройдут в Беларуси\n\n26.06.2025\n\nУчения пройдут осенью.\n\nНазад\n\nПодвал."
    )
    (article,) = split_page(page)
    assert (article.kind, article.title, article.body) == (
        ARTICLE,
        "Учения пройдут в Беларуси",
        ("Учения пройдут осенью.",),
    )


@pytest.mark.parametrize("name", ["ru_title_repeat.txt", "ru_glued_date.txt", "ru_no_date_line.txt"])
def test_russian_pages_are_russian_and_lose_their_navigation(name: str) -> None:
    items = split_page(_page(name))
    assert {item.language for item in items} == {Language.RU}
    assert not any("Вернуться" in item.text or "Все новости" in item.text for item in items)


def test_language_is_told_per_item_unless_the_caller_knows_it() -> None:
    page = (
        "01.02.2024\n\nThe CSTO Secretary General held a meeting.\n\n"
        "02.02.2024\n\nГенеральный секретарь ОДКБ провел встречу."
    )
    assert [item.language for item in split_page(page)] == [Language.EN, Language.RU]
    assert [item.language for item in split_page(page, language=Language.RU)] == [Language.RU, Language.RU]


def test_of_two_titled_items_the_longer_is_the_article_and_the_other_keeps_its_title() -> None:
    page = (
        "Short news with a title\n\n03.03.2024\n\nOne short paragraph.\n\n\n"
        "Main story of the page\n\n04.03.2024\n\nA much longer first paragraph of the main story.\n\n"
        "And a second paragraph of it."
    )
    first, second = split_page(page)
    assert (first.kind, first.title, first.title_derived) == (TEASER, "Short news with a title", False)
    assert (second.kind, second.title, second.date) == (
        ARTICLE,
        "Main story of the page",
        dt.date(2024, 3, 4),
    )


def test_a_long_first_sentence_is_cut_at_a_word_with_an_ellipsis() -> None:
    words = " ".join(f"word{number}" for number in range(60))
    (teaser,) = split_page(f"05.05.2024\n\n{words}.")
    assert teaser.title.endswith("…")
    assert len(teaser.title) <= 120
    assert words.startswith(teaser.title.removesuffix("…") + " ")


def test_a_whitespace_only_line_is_blank() -> None:
    page = "05.05.2024\n\nFirst paragraph.\n \u00a0\t\nSecond paragraph."
    (teaser,) = split_page(page)
    assert teaser.body == ("First paragraph.", "Second paragraph.")


@pytest.mark.parametrize(
    "text", ["", "\n\n \n", "Go back\n\nBack to the section\n\nНазад", "05.12.2025\n\n06.12.2025"]
)
def test_pages_without_news_give_no_items(text: str) -> None:
    assert split_page(text) == []


def _fold(text: str) -> str:
    return " ".join(text.split())


SITE_LIKE_LINES = st.sampled_from(
    [
        "",
        " ",
        "05.12.2025",
        "31.02.2025",
        "12.03.2024On March 12, the Council met.",
        "12.03.2024 the council met",
        "28.02.2024 Download document 3f9a0c2b.docx",
        "Download file report.pdf",
        "Go back",
        "Вернуться назад",
        "A headline without a full stop",
        "A headline without a full stop 26.06.2025",
        "On January 9, 2022, the ministers met. Col. Gen. A. Petrov spoke.",
        "14 августа 2023 года состоялось заседание.",
        "«Взаимодействие-2025»",
        "...",
        ".",
        "\ufeff",
    ]
)
PAGES = st.one_of(
    st.text(),
    st.lists(st.one_of(SITE_LIKE_LINES, st.text(max_size=30)), max_size=30).map("\n".join),
)


@settings(max_examples=400)
@given(PAGES)
def test_any_text_gives_items_made_of_its_own_text(text: str) -> None:
    items = split_page(text)
    folded = _fold(text)
    articles = [item for item in items if item.kind is ARTICLE]
    assert len(articles) <= 1
    assert [item.position for item in items] == list(range(len(items)))
    for item in items:
        title = item.title.removesuffix("…") if item.title_derived else item.title
        assert item.title and title in folded
        assert all(paragraph and paragraph in folded for paragraph in item.body)
        assert item.date is None or isinstance(item.date, dt.date)
        assert (item.date is None) is (item.date_source is NONE)
        assert isinstance(item.language, Language)
