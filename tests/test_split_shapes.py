"""Each layout the site's editors use, cut into the items a reader sees: one invented page per rule and
shape, in English and in Russian.

An expected item is (kind, title or None when the page gives it none, date, how the date was found,
paragraphs). None of the pages is real: the meetings, people and documents are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from press_archive.importer.split import split_page
from press_archive.model import DateSource, Kind, ParsedItem

ARTICLE, TEASER = Kind.ARTICLE, Kind.TEASER
LINE, TITLE, PROSE, NONE = DateSource.LINE, DateSource.TITLE, DateSource.PROSE, DateSource.NONE

Expected = tuple[Kind, str | None, str | None, DateSource, tuple[str, ...]]


def _read(item: ParsedItem) -> Expected:
    title = None if item.title_derived else item.title
    date = None if item.date is None else item.date.isoformat()
    return item.kind, title, date, item.date_source, item.body


def _split(page: str) -> list[Expected]:
    items = split_page(page)
    assert [item.position for item in items] == list(range(len(items)))
    return [_read(item) for item in items]


def _teaser(*body: str, date: str | None = None, source: DateSource = NONE) -> Expected:
    return TEASER, None, date, source if date is not None else NONE, body


def _article(title: str, *body: str, date: str | None = None, source: DateSource = NONE) -> Expected:
    return ARTICLE, title, date, source if date is not None else NONE, body


def _listed(title: str, *lead: str) -> Expected:
    return TEASER, title, None, NONE, lead or (title,)


def _check(page: str, expected: list[Expected]) -> None:
    assert _split(page) == expected


# Rule: each line of a side column is its own teaser, a line with no final full stop too.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "The Secretary General opened a photo exhibition in the Secretariat.\n"
            "Officers of the Joint Staff visited a mountain training centre\n"
            "A round table on drone threats was held in Tashkent.\n\n\n"
            "Ministers agreed the budget of the Organization\n\n"
            "Ministers agreed the budget of the Organization 03.10.2024\n\n"
            "The Council of Foreign Ministers approved the budget for the next year.\n\n"
            "Go back",
            [
                _teaser("The Secretary General opened a photo exhibition in the Secretariat."),
                _teaser("Officers of the Joint Staff visited a mountain training centre"),
                _teaser("A round table on drone threats was held in Tashkent."),
                _article(
                    "Ministers agreed the budget of the Organization",
                    "The Council of Foreign Ministers approved the budget for the next year.",
                    date="2024-10-03",
                    source=TITLE,
                ),
            ],
            id="en",
        ),
        pytest.param(
            "Генеральный секретарь открыл фотовыставку в Секретариате.\n"
            "Офицеры Объединенного штаба посетили горный учебный центр\n"
            "В Ташкенте прошел круглый стол по угрозам беспилотников.\n"
            "Министры согласовали бюджет Организации\n"
            "03.10.2024\n"
            "Совет министров иностранных дел утвердил бюджет на следующий год.\n"
            "Вернуться назад",
            [
                _teaser("Генеральный секретарь открыл фотовыставку в Секретариате."),
                _teaser("Офицеры Объединенного штаба посетили горный учебный центр"),
                _teaser("В Ташкенте прошел круглый стол по угрозам беспилотников."),
                _article(
                    "Министры согласовали бюджет Организации",
                    "Совет министров иностранных дел утвердил бюджет на следующий год.",
                    date="2024-10-03",
                    source=LINE,
                ),
            ],
            id="ru-single-newlines-throughout",
        ),
    ],
)
def test_teasers_on_single_newlines_are_one_item_each(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Rule: undated teasers keep their paragraphs; the article is titled by its line, dated by its repeat.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "The Secretariat welcomed a group of students from Kazan.\n\n\n"
            "The Joint Staff tested a new planning system.\n\n"
            "The test will go on until the end of the month.\n\n\n"
            "Border guards shared experience in Osh\n\n"
            "Border guards shared experience in Osh 15.05.2024\n\n"
            "A meeting of the heads of border services took place in Osh.\n\n"
            "They agreed to hold joint patrols.\n\n"
            "Back to the section",
            [
                _teaser("The Secretariat welcomed a group of students from Kazan."),
                _teaser(
                    "The Joint Staff tested a new planning system.",
                    "The test will go on until the end of the month.",
                ),
                _article(
                    "Border guards shared experience in Osh",
                    "A meeting of the heads of border services took place in Osh.",
                    "They agreed to hold joint patrols.",
                    date="2024-05-15",
                    source=TITLE,
                ),
            ],
            id="en",
        ),
        pytest.param(
            "Секретариат принял группу студентов из Казани.\n\n\n"
            "Объединенный штаб испытал новую систему планирования.\n\n"
            "Испытания продлятся до конца месяца.\n\n\n"
            "Пограничники обменялись опытом в Оше\n\n"
            "Пограничники обменялись опытом в Оше 15.05.2024\n\n"
            "В Оше прошла встреча руководителей пограничных служб.\n\n"
            "Вернуться к разделу",
            [
                _teaser("Секретариат принял группу студентов из Казани."),
                _teaser(
                    "Объединенный штаб испытал новую систему планирования.",
                    "Испытания продлятся до конца месяца.",
                ),
                _article(
                    "Пограничники обменялись опытом в Оше",
                    "В Оше прошла встреча руководителей пограничных служб.",
                    date="2024-05-15",
                    source=TITLE,
                ),
            ],
            id="ru",
        ),
    ],
)
def test_undated_teasers_then_an_article_stamped_on_its_repeated_title(
    page: str, expected: list[Expected]
) -> None:
    _check(page, expected)


# Rule: a headline directly above a stamp is its title, with or without blank lines between; a line
# ending in a full stop above a stamp is the previous teaser's last sentence.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "04.02.2025\n\nThe Secretariat hosted a lecture on the history of peacekeeping.\n\n\n"
            "Military doctors trained in Vitebsk\n\n04.02.2025\n\n"
            "Medical units practised the evacuation of the wounded.\n\nGo back",
            [
                _teaser(
                    "The Secretariat hosted a lecture on the history of peacekeeping.",
                    date="2025-02-04",
                    source=LINE,
                ),
                _article(
                    "Military doctors trained in Vitebsk",
                    "Medical units practised the evacuation of the wounded.",
                    date="2025-02-04",
                    source=LINE,
                ),
            ],
            id="en-blank-lines",
        ),
        pytest.param(
            "04.02.2025\nThe Secretariat hosted a lecture on peacekeeping.\n"
            "It was given by a veteran of the missions.\n"
            "03.02.2025\nThe working group on migration met online.\n"
            "Military doctors trained in Vitebsk\n03.02.2025\n"
            "Medical units practised the evacuation of the wounded.\nGo back",
            [
                _teaser(
                    "The Secretariat hosted a lecture on peacekeeping.",
                    "It was given by a veteran of the missions.",
                    date="2025-02-04",
                    source=LINE,
                ),
                _teaser("The working group on migration met online.", date="2025-02-03", source=LINE),
                _article(
                    "Military doctors trained in Vitebsk",
                    "Medical units practised the evacuation of the wounded.",
                    date="2025-02-03",
                    source=LINE,
                ),
            ],
            id="en-single-newlines-sentence-above-a-stamp",
        ),
        pytest.param(
            "Военные медики провели тренировку в Витебске\n\n\n04.02.2025\n\n\n"
            "Медицинские подразделения отработали эвакуацию раненых.\n\n"
            "Тренировка прошла в условиях, приближенных к боевым.\n\nНазад",
            [
                _article(
                    "Военные медики провели тренировку в Витебске",
                    "Медицинские подразделения отработали эвакуацию раненых.",
                    "Тренировка прошла в условиях, приближенных к боевым.",
                    date="2025-02-04",
                    source=LINE,
                ),
            ],
            id="ru-two-blank-lines",
        ),
        pytest.param(
            "Военные медики провели тренировку в Витебске\n04.02.2025\n"
            "Медицинские подразделения отработали эвакуацию раненых.\nНазад",
            [
                _article(
                    "Военные медики провели тренировку в Витебске",
                    "Медицинские подразделения отработали эвакуацию раненых.",
                    date="2025-02-04",
                    source=LINE,
                ),
            ],
            id="ru-single-newlines",
        ),
    ],
)
def test_a_title_then_the_stamp_alone_on_the_next_line(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Rule: a stamp glued to the body dates the item; the whole line above it, two sentences too, is its title.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "Talks are over. The delegations signed a protocol\n\n"
            "09.09.2024On 6 September, the delegations of the two secretariats met in Almaty.\n\n"
            "The protocol covers the exchange of information.\n\nGo back",
            [
                _article(
                    "Talks are over. The delegations signed a protocol",
                    "On 6 September, the delegations of the two secretariats met in Almaty.",
                    "The protocol covers the exchange of information.",
                    date="2024-09-09",
                    source=LINE,
                ),
            ],
            id="en",
        ),
        pytest.param(
            "08.09.2024\nСекретариат провел семинар для пресс-секретарей.\n"
            "Переговоры завершены подписанием протокола\n"
            "09.09.2024«Протокол открывает новый этап», – отметил глава делегации.\nВернуться назад",
            [
                _teaser("Секретариат провел семинар для пресс-секретарей.", date="2024-09-08", source=LINE),
                _article(
                    "Переговоры завершены подписанием протокола",
                    "«Протокол открывает новый этап», – отметил глава делегации.",
                    date="2024-09-09",
                    source=LINE,
                ),
            ],
            id="ru-glued-to-a-guillemet",
        ),
    ],
)
def test_a_stamp_glued_to_the_body(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Rule: "DD.MM.YYYY Body…" on one line dates its item, under a title or with no title line.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "17.06.2024 The Secretary General received a delegation of Kyrgyz journalists.\n\n"
            "Peacekeepers completed a course in Kazakhstan\n\n"
            "16.06.2024 The course at the peacekeeping centre lasted two weeks.\n\n"
            "  Its graduates will serve in the Collective Forces.\n\nGo back",
            [
                _teaser(
                    "The Secretary General received a delegation of Kyrgyz journalists.",
                    date="2024-06-17",
                    source=LINE,
                ),
                _article(
                    "Peacekeepers completed a course in Kazakhstan",
                    "The course at the peacekeeping centre lasted two weeks.",
                    "Its graduates will serve in the Collective Forces.",
                    date="2024-06-16",
                    source=LINE,
                ),
            ],
            id="en",
        ),
        pytest.param(
            "17.06.2024 Генеральный секретарь принял делегацию журналистов.\n\n"
            "16.06.2024 В Секретариате прошло заседание рабочей группы.\n\nНазад",
            [
                _teaser(
                    "Генеральный секретарь принял делегацию журналистов.", date="2024-06-17", source=LINE
                ),
                _teaser("В Секретариате прошло заседание рабочей группы.", date="2024-06-16", source=LINE),
            ],
            id="ru-no-title-lines",
        ),
    ],
)
def test_a_stamp_and_the_body_on_one_line(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Rule: "DD.MM.YYYY Download document <name>" dates the item above it; the file is an attachment.
@pytest.mark.parametrize(
    ("page", "expected", "attachment"),
    [
        pytest.param(
            "Joint statement of the Secretaries General\n\n11.11.2024\n\n"
            "The Secretaries General reaffirmed their readiness to cooperate.\n\n"
            "11.11.2024 Download document 5d2e8f01a9c4b7e3.docx\n\nGo back",
            [
                _article(
                    "Joint statement of the Secretaries General",
                    "The Secretaries General reaffirmed their readiness to cooperate.",
                    date="2024-11-11",
                    source=LINE,
                )
            ],
            "5d2e8f01a9c4b7e3.docx",
            id="en",
        ),
        pytest.param(
            "Заявление Совета министров обороны о подготовке войск\n\n12.11.2024\n\n"
            "Министры подтвердили готовность к совместной подготовке.\n\n"
            "12.11.2024 Скачать документ 9e1f3a7b22c0d845.docx\n\nНазад",
            [
                _article(
                    "Заявление Совета министров обороны о подготовке войск",
                    "Министры подтвердили готовность к совместной подготовке.",
                    date="2024-11-12",
                    source=LINE,
                )
            ],
            "9e1f3a7b22c0d845.docx",
            id="ru",
        ),
    ],
)
def test_a_download_line_is_an_attachment_and_dates_its_item(
    page: str, expected: list[Expected], attachment: str
) -> None:
    _check(page, expected)
    assert [item.attachments for item in split_page(page)] == [(attachment,)]


# Rule: a stamp with a time is a stamp; the time is dropped.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "02.12.2024 (19:45)\n\nThe Secretary General spoke on the radio.\n\n\n"
            "Summit documents were published\n\n01.12.2024 (09:00)\n\n"
            "The texts are on the website.\n\nGo back",
            [
                _teaser("The Secretary General spoke on the radio.", date="2024-12-02", source=LINE),
                _article(
                    "Summit documents were published",
                    "The texts are on the website.",
                    date="2024-12-01",
                    source=LINE,
                ),
            ],
            id="en",
        ),
        pytest.param(
            "02.12.2024 (19:45)\n\nГенеральный секретарь выступил по радио.\n\n\n"
            "Документы саммита опубликованы\n\nДокументы саммита опубликованы 01.12.2024 (09:00)\n\n"
            "Тексты размещены на сайте.\n\nНазад",
            [
                _teaser("Генеральный секретарь выступил по радио.", date="2024-12-02", source=LINE),
                _article(
                    "Документы саммита опубликованы",
                    "Тексты размещены на сайте.",
                    date="2024-12-01",
                    source=TITLE,
                ),
            ],
            id="ru-after-the-repeated-title",
        ),
    ],
)
def test_a_stamp_with_a_time(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Rule: a date line, then a title printed twice, then the body: one article dated by the stamp.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        pytest.param("Deputies visited the border with Afghanistan", "The visit lasted three days.", id="en"),
        pytest.param("Депутаты посетили границу с Афганистаном", "Визит продлился три дня.", id="ru"),
    ],
)
def test_a_date_line_before_a_title_printed_twice(title: str, body: str) -> None:
    page = f"26.04.2023\n\n{title}\n\n{title}\n\n{body}\n\nGo back"
    _check(page, [_article(title, body, date="2023-04-26", source=LINE)])


# Rule: after undated teasers, a headline followed by text running to the navigation is an undated
# article; its paragraphs stay together across two or three blank lines, its signature inside it.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "The Secretary General met the head of the Eurasian Economic Commission.\n\n\n"
            "Experts finished the glossary of peacekeeping terms.\n\n\n"
            "A conference on arms control will open in Minsk\n\n\n"
            "The conference will bring together diplomats and military experts.\n\n\n"
            "Its agenda includes the non-proliferation regime.\n\n\n\n"
            "Press Service of the CSTO Secretariat\n\nGo back",
            [
                _teaser("The Secretary General met the head of the Eurasian Economic Commission."),
                _teaser("Experts finished the glossary of peacekeeping terms."),
                _article(
                    "A conference on arms control will open in Minsk",
                    "The conference will bring together diplomats and military experts.",
                    "Its agenda includes the non-proliferation regime.",
                    "Press Service of the CSTO Secretariat",
                ),
            ],
            id="en",
        ),
        pytest.param(
            "Генеральный секретарь встретился с главой Евразийской экономической комиссии.\n\n\n"
            "Эксперты завершили словарь миротворческих терминов.\n\n\n"
            "В Минске откроется конференция по контролю над вооружениями\n\n\n"
            "1 марта 2024 года конференция соберет дипломатов и военных экспертов.\n\n\n"
            "В повестке – режим нераспространения.\n\n\n"
            "Пресс-служба Секретариата ОДКБ\n\nВернуться назад",
            [
                _teaser("Генеральный секретарь встретился с главой Евразийской экономической комиссии."),
                _teaser("Эксперты завершили словарь миротворческих терминов."),
                _article(
                    "В Минске откроется конференция по контролю над вооружениями",
                    "1 марта 2024 года конференция соберет дипломатов и военных экспертов.",
                    "В повестке – режим нераспространения.",
                    "Пресс-служба Секретариата ОДКБ",
                    date="2024-03-01",
                    source=PROSE,
                ),
            ],
            id="ru-dated-by-its-own-lead",
        ),
    ],
)
def test_an_undated_article_after_undated_teasers(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Rule: salutations open and closings and signatures close the item they belong to.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "Dear graduates!\n\nThe Secretary General congratulated the graduates of the staff college.\n\n\n"
            "Address of the Secretary General to the peacekeepers\n\n\n"
            "Dear comrades!\n\nDistinguished guests!\n\nYour service strengthens our common security.\n\n"
            "Thank you very much!\n\nThe Press Office of the CSTO Secretariat\n\nGo back",
            [
                _teaser(
                    "Dear graduates!",
                    "The Secretary General congratulated the graduates of the staff college.",
                ),
                _article(
                    "Address of the Secretary General to the peacekeepers",
                    "Dear comrades!",
                    "Distinguished guests!",
                    "Your service strengthens our common security.",
                    "Thank you very much!",
                    "The Press Office of the CSTO Secretariat",
                ),
            ],
            id="en",
        ),
        pytest.param(
            "Дорогие выпускники!\nГенеральный секретарь поздравил выпускников командного колледжа.\n"
            "Обращение Генерального секретаря к миротворцам\n20.10.2024\n"
            "Уважаемые товарищи!\nВаша служба укрепляет нашу общую безопасность.\n"
            "Благодарю за внимание!\nПресс-служба Секретариата ОДКБ\nВернуться назад",
            [
                _teaser(
                    "Дорогие выпускники!", "Генеральный секретарь поздравил выпускников командного колледжа."
                ),
                _article(
                    "Обращение Генерального секретаря к миротворцам",
                    "Уважаемые товарищи!",
                    "Ваша служба укрепляет нашу общую безопасность.",
                    "Благодарю за внимание!",
                    "Пресс-служба Секретариата ОДКБ",
                    date="2024-10-20",
                    source=LINE,
                ),
            ],
            id="ru-single-newlines",
        ),
    ],
)
def test_salutations_and_signatures_belong_to_their_item(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Rule: a listing's entries are teasers titled by their lines, undated; its furniture is no item.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "News\n\nThe Secretary General met the Mayor of Bishkek\n\nIMG_0071.jpg\n\n"
            "Sappers of the Collective Forces cleared a training field\n\n"
            "A forum of veterans opened in Yerevan on 9 May 2024\n\n"
            "1 2 3 Next\n\nAll CSTO News\n\n© 2024 CSTO. All rights reserved.",
            [
                _listed("The Secretary General met the Mayor of Bishkek"),
                _listed("Sappers of the Collective Forces cleared a training field"),
                _listed("A forum of veterans opened in Yerevan on 9 May 2024"),
            ],
            id="en-blank-lines",
        ),
        pytest.param(
            "Joint Staff News\nThe Joint Staff planned the autumn exercises\n"
            "Signal troops checked their field stations\nphoto_2.jpeg\n"
            "Staff officers met in Minsk on 14 June 2023 for a briefing\nBack to list",
            [
                _listed("The Joint Staff planned the autumn exercises"),
                _listed("Signal troops checked their field stations"),
                _listed("Staff officers met in Minsk on 14 June 2023 for a briefing"),
            ],
            id="en-single-newlines",
        ),
        pytest.param(
            "Secretariat News\n\nExperts met on chemical safety\nThe meeting took place in Astana.\n\n"
            "On 3 April 2024 the Secretariat opened a course\n"
            "On 3 April 2024 the course opened in Moscow.\n\n"
            "Go back",
            [
                _listed("Experts met on chemical safety", "The meeting took place in Astana."),
                (
                    TEASER,
                    "On 3 April 2024 the Secretariat opened a course",
                    "2024-04-03",
                    PROSE,
                    ("On 3 April 2024 the course opened in Moscow.",),
                ),
            ],
            id="en-titles-and-leads",
        ),
        pytest.param(
            "Новости\n\nГенеральный секретарь встретился с мэром Бишкека\n\nDSC_1044.JPG\n\n"
            "Саперы Коллективных сил разминировали учебное поле\n\n"
            "Форум ветеранов открылся в Ереване 9 мая 2024 года\n\n"
            "« 1 2 3 »\n\nВсе новости ОДКБ\n\n© ОДКБ, 2024",
            [
                _listed("Генеральный секретарь встретился с мэром Бишкека"),
                _listed("Саперы Коллективных сил разминировали учебное поле"),
                _listed("Форум ветеранов открылся в Ереване 9 мая 2024 года"),
            ],
            id="ru-blank-lines",
        ),
        pytest.param(
            "Новости Секретариата\nЭксперты обсудили химическую безопасность в Астане\n"
            "Встреча прошла в Астане.\n"
            "Генеральный секретарь выступил на форуме\n12 апреля с.г. он выступил перед студентами.\n"
            "Все новости",
            [
                _listed("Эксперты обсудили химическую безопасность в Астане", "Встреча прошла в Астане."),
                _listed(
                    "Генеральный секретарь выступил на форуме", "12 апреля с.г. он выступил перед студентами."
                ),
            ],
            id="ru-titles-and-leads-a-yearless-lead",
        ),
    ],
)
def test_a_listing_gives_one_teaser_per_entry_and_no_furniture(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Rule: a section heading above an article is neither an item nor part of its title.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "Joint Staff News\n\nEngineers built a bridge over the Vakhsh\n\n"
            "Engineers built a bridge over the Vakhsh 30.08.2024\n\n"
            "The bridge was built in two days.\n\nGo back",
            [
                _article(
                    "Engineers built a bridge over the Vakhsh",
                    "The bridge was built in two days.",
                    date="2024-08-30",
                    source=TITLE,
                )
            ],
            id="en",
        ),
        pytest.param(
            "Новости\nИнженеры навели мост через Вахш\n30.08.2024\nМост наведен за двое суток.\nНазад",
            [
                _article(
                    "Инженеры навели мост через Вахш",
                    "Мост наведен за двое суток.",
                    date="2024-08-30",
                    source=LINE,
                )
            ],
            id="ru-directly-above-the-title",
        ),
        pytest.param(
            "Parliamentary Assembly News\n\n"
            "The Assembly reviewed harmonisation of laws\n\n23.05.2024\n\n"
            "The deputies reviewed six laws.\n\nGo back",
            [
                _article(
                    "The Assembly reviewed harmonisation of laws",
                    "The deputies reviewed six laws.",
                    date="2024-05-23",
                    source=LINE,
                )
            ],
            id="en-a-heading-of-another-section",
        ),
    ],
)
def test_a_section_heading_above_an_article(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Rule: a date comes from a stamp or the item's own opening words, never from inside a sentence, a
# lead with no year, or a listed title.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "The council, which met on 2 February 2024, approved the plan.\n\n\n"
            "On 5 February, the Secretary General visited the Joint Staff.\n\n\n"
            "The report dated 12.02.2024 was sent to the member states.",
            [
                _teaser("The council, which met on 2 February 2024, approved the plan."),
                _teaser("On 5 February, the Secretary General visited the Joint Staff."),
                _teaser("The report dated 12.02.2024 was sent to the member states."),
            ],
            id="en",
        ),
        pytest.param(
            "Совет, заседавший 2 февраля 2024 года, одобрил план.\n\n\n"
            "5 февраля с.г. Генеральный секретарь посетил Объединенный штаб.\n\n\n"
            "12.02.2024г. доклад был направлен в государства-члены.",
            [
                _teaser("Совет, заседавший 2 февраля 2024 года, одобрил план."),
                _teaser("5 февраля с.г. Генеральный секретарь посетил Объединенный штаб."),
                _teaser("12.02.2024г. доклад был направлен в государства-члены."),
            ],
            id="ru",
        ),
    ],
)
def test_no_date_is_invented(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


@pytest.mark.parametrize(
    ("page", "lead", "date"),
    [
        pytest.param(
            "On 7 March 2024, the Secretary General met the ministers.",
            "On 7 March 2024",
            dt.date(2024, 3, 7),
            id="en",
        ),
        pytest.param(
            "7 марта 2024 г. Генеральный секретарь встретился с министрами.",
            "7 марта 2024 г.",
            dt.date(2024, 3, 7),
            id="ru-year-word",
        ),
    ],
)
def test_an_item_is_dated_by_its_own_opening_words_and_marked_so(page: str, lead: str, date: dt.date) -> None:
    (teaser,) = split_page(page)
    assert teaser.body[0].startswith(lead)
    assert (teaser.date, teaser.date_source) == (date, PROSE)


# Rule: an article saved with its title only, at the end of the page, is not glued to the last teaser.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "The Secretary General received the Ambassador of Serbia.\n\n\n"
            "The working group on Afghanistan met in Dushanbe.\n\n\n"
            "Peacekeepers of the member states met in Astana\n\nGo back",
            [
                _teaser("The Secretary General received the Ambassador of Serbia."),
                _teaser("The working group on Afghanistan met in Dushanbe."),
                _article(
                    "Peacekeepers of the member states met in Astana",
                    "Peacekeepers of the member states met in Astana",
                ),
            ],
            id="en",
        ),
        pytest.param(
            "Генеральный секретарь принял посла Сербии.\n"
            "Рабочая группа по Афганистану собралась в Душанбе.\n"
            "Миротворцы государств – членов ОДКБ встретились в Астане\nВернуться назад",
            [
                _teaser("Генеральный секретарь принял посла Сербии."),
                _teaser("Рабочая группа по Афганистану собралась в Душанбе."),
                _article(
                    "Миротворцы государств – членов ОДКБ встретились в Астане",
                    "Миротворцы государств – членов ОДКБ встретились в Астане",
                ),
            ],
            id="ru-single-newlines",
        ),
    ],
)
def test_a_title_only_article_at_the_end_of_a_page(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Rule: a dated side column splits at each stamp, one or two blank lines between its items.
@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n"], ids=["one-blank-line", "two-blank-lines"])
@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        pytest.param(
            "The Secretary General visited the Military Academy.",
            "The Joint Staff held a video conference.",
            "The Secretariat received a delegation of students.",
            id="en",
        ),
        pytest.param(
            "Генеральный секретарь посетил Военную академию.",
            "Объединенный штаб провел видеоконференцию.",
            "Секретариат принял делегацию студентов.",
            id="ru",
        ),
    ],
)
def test_a_dated_side_column(gap: str, first: str, second: str, third: str) -> None:
    page = gap.join(
        f"{stamp}\n\n{text}"
        for stamp, text in [("10.10.2024", first), ("10.10.2024", second), ("09.10.2024", third)]
    )
    _check(
        page,
        [
            _teaser(first, date="2024-10-10", source=LINE),
            _teaser(second, date="2024-10-10", source=LINE),
            _teaser(third, date="2024-10-09", source=LINE),
        ],
    )


def test_a_stamp_with_its_text_on_the_very_next_line_in_a_spaced_side_column() -> None:
    page = (
        "10.10.2024\n\nThe Secretary General visited the Academy.\n\n10.10.2024\n"
        "The Joint Staff met.\n\nGo back"
    )
    _check(
        page,
        [
            _teaser("The Secretary General visited the Academy.", date="2024-10-10", source=LINE),
            _teaser("The Joint Staff met.", date="2024-10-10", source=LINE),
        ],
    )


# Shapes the site's editors also use.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "Home / News / Joint Staff News\n\nPilots trained over the Kant air base\n\n22.07.2024\n\n"
            "Crews practised flights in pairs.\n\nGo back",
            [
                _article(
                    "Pilots trained over the Kant air base",
                    "Crews practised flights in pairs.",
                    date="2024-07-22",
                    source=LINE,
                )
            ],
            id="en-breadcrumb",
        ),
        pytest.param(
            "Главная » Новости » Новости Объединенного штаба\n\n"
            "Летчики провели тренировку над авиабазой Кант\n\n"
            "22.07.2024\n\nЭкипажи отработали полеты в паре.\n\nВернуться назад",
            [
                _article(
                    "Летчики провели тренировку над авиабазой Кант",
                    "Экипажи отработали полеты в паре.",
                    date="2024-07-22",
                    source=LINE,
                )
            ],
            id="ru-breadcrumb",
        ),
        pytest.param(
            "19.03.2025\n\nThe Secretary General met the Red Cross delegation.\n\nRead more\n\n\n"
            "18.03.2025\n\nThe Joint Staff planned a staff training.\n\nRead more",
            [
                _teaser(
                    "The Secretary General met the Red Cross delegation.", date="2025-03-19", source=LINE
                ),
                _teaser("The Joint Staff planned a staff training.", date="2025-03-18", source=LINE),
            ],
            id="en-read-more-after-dated-teasers",
        ),
        pytest.param(
            "The Secretariat held a seminar on youth policy\n\n"
            "The Secretariat held a seminar on youth policy 28.05.2024\n\n"
            "Young experts from all member states took part in the seminar.\n\n"
            "They proposed a network of youth councils.\n\nGo back",
            [
                _article(
                    "The Secretariat held a seminar on youth policy",
                    "Young experts from all member states took part in the seminar.",
                    "They proposed a network of youth councils.",
                    date="2024-05-28",
                    source=TITLE,
                )
            ],
            id="en-a-page-with-only-an-article",
        ),
        pytest.param(
            "The Secretariat published its annual review\n\n14.01.2025\n\n"
            "The review was sent to the member states.\n\n"
            "Results of the year\n\nTwelve exercises were held.\n\nWhat comes next\n\n"
            "The plans are ambitious.\n\nGo back",
            [
                _article(
                    "The Secretariat published its annual review",
                    "The review was sent to the member states.",
                    "Results of the year",
                    "Twelve exercises were held.",
                    "What comes next",
                    "The plans are ambitious.",
                    date="2025-01-14",
                    source=LINE,
                )
            ],
            id="en-subheadings-in-a-stamped-article",
        ),
        pytest.param(
            "Что ждет Организацию в новом году?\n\n30.12.2024\n\n"
            "Генеральный секретарь ответил на вопросы корреспондента.\n\n"
            "Каковы главные итоги года?\n\nПринята стратегия коллективной безопасности.\n\nВернуться назад",
            [
                _article(
                    "Что ждет Организацию в новом году?",
                    "Генеральный секретарь ответил на вопросы корреспондента.",
                    "Каковы главные итоги года?",
                    "Принята стратегия коллективной безопасности.",
                    date="2024-12-30",
                    source=LINE,
                )
            ],
            id="ru-an-interview-headline-ending-in-a-question-mark",
        ),
        pytest.param(
            "This site uses cookies to improve your experience.\n\n"
            "11.06.2024\n\nThe Secretary General met the heads of the press services.\n\n"
            "Views: 215",
            [
                _teaser(
                    "The Secretary General met the heads of the press services.",
                    date="2024-06-11",
                    source=LINE,
                )
            ],
            id="en-cookie-banner-and-view-counter",
        ),
    ],
)
def test_shapes_beyond_the_listed_ones(page: str, expected: list[Expected]) -> None:
    _check(page, expected)


# Shapes the site's pages have beyond the acceptance set, each once cut wrong (say how in its id).
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "The Secretary General met the heads of the information services.\n\n\n"
            "Statement of the Council of Foreign Ministers on the legal framework\n\n"
            "The ministers reaffirmed their commitment to the Charter.\n\n"
            "07.07.2022 Download document 7a3f09c1e24b58d6.docx\n\nGo back",
            [
                _teaser("The Secretary General met the heads of the information services."),
                _article(
                    "Statement of the Council of Foreign Ministers on the legal framework",
                    "The ministers reaffirmed their commitment to the Charter.",
                    date="2022-07-07",
                    source=LINE,
                ),
            ],
            id="download-line-under-undated-text-dates-it",
        ),
        pytest.param(
            "Совместное заявление генеральных секретарей\n\n"
            "Генеральные секретари подтвердили готовность к сотрудничеству.\n\n"
            "12.11.2024 Скачать документ 9e1f3a7b22c0d845.docx\n\nНазад",
            [
                _article(
                    "Совместное заявление генеральных секретарей",
                    "Генеральные секретари подтвердили готовность к сотрудничеству.",
                    date="2024-11-12",
                    source=LINE,
                )
            ],
            id="four-word-title-is-not-a-section-heading",
        ),
        pytest.param(
            "Новости Секретариата\nЭксперты обсудили химическую безопасность\nВстреча прошла в Астане.\n"
            "Генеральный секретарь выступил на форуме\n"
            "12 апреля с.г. он выступил перед студентами.\nВсе новости",
            [
                _listed("Эксперты обсудили химическую безопасность", "Встреча прошла в Астане."),
                _listed(
                    "Генеральный секретарь выступил на форуме", "12 апреля с.г. он выступил перед студентами."
                ),
            ],
            id="short-first-entry-under-a-heading-is-an-entry",
        ),
        pytest.param(
            "News\n\nDrones were discussed\n\nThe Secretary General met the Mayor of Bishkek\n\n"
            "Sappers of the Collective Forces cleared a training field\n\nGo back",
            [
                _listed("Drones were discussed"),
                _listed("The Secretary General met the Mayor of Bishkek"),
                _listed("Sappers of the Collective Forces cleared a training field"),
            ],
            id="short-entry-below-a-known-heading",
        ),
        pytest.param(
            "The Secretary General met the Red Cross delegation.\n\nRead more\n\n\n"
            "The Joint Staff planned a staff training.\n\nRead more\n\n\n"
            "Officers trained in Belarus\n\nOfficers trained in Belarus 18.03.2025\n\n"
            "The training lasted a week.\n\nGo back",
            [
                _teaser("The Secretary General met the Red Cross delegation."),
                _teaser("The Joint Staff planned a staff training."),
                _article(
                    "Officers trained in Belarus",
                    "The training lasted a week.",
                    date="2025-03-18",
                    source=TITLE,
                ),
            ],
            id="read-more-under-each-teaser-ends-nothing",
        ),
        pytest.param(
            "Учения начались в Киргизии\n\nУчения начались в Киргизии 14.08.2024\n\nВерсия для печати\n\n"
            "На полигоне начались совместные учения.\n\nПоделиться\n\nВернуться назад",
            [
                _article(
                    "Учения начались в Киргизии",
                    "На полигоне начались совместные учения.",
                    date="2024-08-14",
                    source=TITLE,
                )
            ],
            id="print-and-share-buttons-around-the-text",
        ),
        pytest.param(
            "Эксперты обсудили противодействие терроризму.\n\n\n"
            "Секретариат подготовил обзор обстановки в регионе\n\n\n"
            "В обзоре проанализированы угрозы безопасности.\n\nЦентральная Азия\n\n"
            "Особое внимание уделено границе.\n\nВернуться назад",
            [
                _teaser("Эксперты обсудили противодействие терроризму."),
                _article(
                    "Секретариат подготовил обзор обстановки в регионе",
                    "В обзоре проанализированы угрозы безопасности.",
                    "Центральная Азия",
                    "Особое внимание уделено границе.",
                ),
            ],
            id="subheading-inside-an-undated-article",
        ),
        pytest.param(
            "Министры обороны обсудили подготовку учений\n\n15.04.2024 г.\n\n"
            "Совет министров обороны обсудил подготовку учений.\n\nВернуться назад",
            [
                _article(
                    "Министры обороны обсудили подготовку учений",
                    "Совет министров обороны обсудил подготовку учений.",
                    date="2024-04-15",
                    source=LINE,
                )
            ],
            id="stamp-with-the-russian-year-word-alone",
        ),
        pytest.param(
            "10.10.2024\n\n\nThe Secretary General visited the Military Academy.\n\n\n"
            "10.10.2024\n\n\nThe Joint Staff held a video conference.",
            [
                _teaser(
                    "The Secretary General visited the Military Academy.", date="2024-10-10", source=LINE
                ),
                _teaser("The Joint Staff held a video conference.", date="2024-10-10", source=LINE),
            ],
            id="stamp-with-its-text-two-blank-lines-below",
        ),
    ],
)
def test_shapes_beyond_the_common_ones(page: str, expected: list[Expected]) -> None:
    _check(page, expected)
