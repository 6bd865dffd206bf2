"""HTML pages to text with the exact shape of the site's text dumps, which the splitter reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from press_archive.importer.decode import decode_document
from press_archive.importer.errors import PageError
from press_archive.importer.html import MAX_DEPTH, HtmlPage, html_to_text, nesting_depth
from press_archive.model import Language

HTML_DIR = Path(__file__).parent / "data" / "html"


def _text(markup: str) -> str:
    return html_to_text(markup, "page.html").text


def _fixture(name: str) -> HtmlPage:
    return html_to_text((HTML_DIR / name).read_text(encoding="utf-8"), name)


def test_an_english_news_page_has_the_shape_of_a_text_dump() -> None:
    page = _fixture("news_en.html")

    assert page.text == "\n".join([
        "05.12.2025",
        "",
        "On December 4, at the invitation of the Iranian side, a delegation from the Joint Staff of the CSTO "
        "took part in the joint anti-terrorism trainings “Sahand-Anti-Terror 2025” in the Islamic Republic "
        "of Iran.",
        "",
        "",
        "05.12.2025",
        "",
        "The CSTO Deputy Secretary General Valery Semerikov took part in the BRICS+ 2025 Anti-Terrorism "
        "Conference, held in Moscow.",
        "",
        "",
        "05.12.2025",
        "",
        "A delegation from the CSTO Secretariat took part from 1 to 5 December in the VIII Coordination "
        "Meeting with the ICRC in Geneva.",
        "",
        "",
        "Announcement: Meetings of the CSTO statutory bodies will be held in Bishkek",
        "",
        "24.11.2025",
        "",
        "On November 27, a joint meeting of the Council of Foreign Ministers (CFM), Council of Defense "
        "Ministers (CDM), and Committee of Security Council Secretaries (CSCS) will be held in Bishkek.",
        "",
        "The CSTO CSC session is expected to adopt a Declaration.\u00a0Furthermore, the priorities for "
        "Russia’s chairmanship in 2026 are expected to be announced.",
        "",
        "24.11.2025 Download document abc123.docx",
        "",
        "",
        "Go back",
        "",
        "Back to the section",
        "",
        "Back to the all news",
    ])  # fmt: skip
    assert page.url == "https://en.odkb-csto.org/news/news_odkb/announcement-meetings-in-bishkek/"
    assert page.language is Language.EN


def test_a_russian_page_with_teasers_in_one_list_keeps_single_blank_lines_between_them() -> None:
    page = _fixture("news_ru.html")

    assert page.text == "\n".join([
        "13.02.2026",
        "",
        "13 февраля в Москве состоялась традиционная встреча Министра иностранных дел Российской Федерации "
        "Сергея Лаврова с председателями профильных комитетов парламентов.",
        "",
        "12.02.2026",
        "",
        "Секретарь Совета Безопасности Российской Федерации Сергей Шойгу дал интервью агентству «Интерфакс».",
        "",
        "11.02.2026",
        "11 февраля 2026 года в Секретариате ОДКБ состоялась встреча Генерального секретаря ОДКБ.",
        "",
        "",
        "Консультации представителей государств – членов ОДКБ",
        "",
        "Консультации представителей государств – членов ОДКБ 27.08.2025",
        "",
        "26 августа 2025 года в Москве состоялись консультации представителей государств\u00a0– членов "
        "Организации Договора о\u00a0коллективной безопасности.",
        "",
        "Повестка дня 80-й сессии Генеральной Ассамблеи ООН;",
        "",
        "миротворческая деятельность ООН.",
        "",
        "Консультации подтвердили высокую степень совпадения подходов.",
        "",
        "",
        "Вернуться назад",
    ])  # fmt: skip
    assert page.url == "https://odkb-csto.org/news/news_odkb/konsultatsii/"  # the canonical link is relative
    assert page.language is Language.RU


OLD_RU_PAGE = """<html lang="ru"><head><meta charset="windows-1251"><title>Новости ОДКБ</title></head>
<body><table class="layout"><tr><td class="menu"><nav><a href="/">Главная</a></nav></td>
<td class="content"><h1>В Минске прошло заседание Совета министров обороны</h1>
<p class="date">15.03.2009</p>
<p>15 марта в Минске состоялось очередное заседание Совета министров обороны государств – членов ОДКБ.<br>
Министры обсудили вопросы военного сотрудничества.</p>
<p>Принято решение о проведении совместных учений «Взаимодействие – 2009».</p>
<p><a href="/upload/a1b2c3.doc">Скачать документ</a> a1b2c3.doc</p>
</td></tr></table></body></html>"""


def test_an_old_page_saved_in_cp1251_reads_through_decode_and_html(tmp_path: Path) -> None:
    saved = tmp_path / "old.htm"
    saved.write_bytes(OLD_RU_PAGE.encode("cp1251"))

    page = html_to_text(decode_document(saved.read_bytes(), "old.htm"), "old.htm")

    assert page == HtmlPage(
        text="\n".join([
            "В Минске прошло заседание Совета министров обороны",
            "",
            "15.03.2009",
            "",
            "15 марта в Минске состоялось очередное заседание Совета министров обороны государств – членов "
            "ОДКБ.",
            "Министры обсудили вопросы военного сотрудничества.",
            "",
            "Принято решение о проведении совместных учений «Взаимодействие – 2009».",
            "",
            "Скачать документ a1b2c3.doc",
        ]),
        url=None,
        language=Language.RU,
    )  # fmt: skip


def test_a_truncated_page_still_gives_its_text() -> None:
    page = _fixture("truncated_en.html")

    assert page.text == "\n".join([
        "05.12.2025",
        "",
        "The CSTO Deputy Secretary General took part in the conference.",
        "",
        "",
        "04.12.2025",
        "",
        "A delegation of the Joint Staff arri",
    ])  # fmt: skip
    assert page.language is Language.EN


def test_each_teaser_in_its_own_container_is_followed_by_two_blank_lines() -> None:
    markup = "<div><div>05.12.2025</div><p>One.</p></div><div><div>04.12.2025</div><p>Two.</p></div>"
    assert _text(markup) == "05.12.2025\n\nOne.\n\n\n04.12.2025\n\nTwo."


def test_a_div_of_its_own_text_is_a_paragraph_and_text_around_blocks_too() -> None:
    assert (
        _text("<div>Intro <b>bold</b><p>Para</p>tail</div><div>Next</div>")
        == "Intro bold\n\nPara\n\ntail\n\n\nNext"
    )


def test_br_breaks_a_line_and_two_br_break_the_paragraph() -> None:
    assert _text("<p>One<br>two<br><br>three<br></p>") == "One\ntwo\n\nthree"


def test_whitespace_is_folded_and_entities_decoded() -> None:
    assert _text("<p>  a &amp;\n\t b&nbsp;c &laquo;d&raquo; &#8470;1 </p>") == "a & b\u00a0c «d» №1"


def test_table_rows_are_paragraphs_with_cells_side_by_side() -> None:
    markup = "<table><tr><th>Date</th><th>Event</th></tr><tr><td>05.12.2025</td><td>Meeting</td></tr></table>"
    markup += "<p>x</p>"
    assert _text(markup) == "Date Event\n\n05.12.2025 Meeting\n\nx"


def test_preformatted_text_keeps_its_line_breaks() -> None:
    assert _text("<pre>line one\n  line two\n\nline three</pre>") == "line one\nline two\n\nline three"


@pytest.mark.parametrize(
    "element",
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "form",
        "button",
        "nav",
        "header",
        "footer",
    ],
)
def test_scripts_chrome_and_navigation_are_dropped(element: str) -> None:
    assert (
        _text(f"<body><div><{element}>HIDDEN <abbr>HIDDEN</abbr></{element}><p>Shown</p></div></body>")
        == "Shown"
    )


def test_the_head_and_comments_are_dropped() -> None:
    assert (
        _text("<html><head><title>HIDDEN</title></head><body><!-- HIDDEN --><p>Shown</p></body></html>")
        == "Shown"
    )


@pytest.mark.parametrize(
    "markup",
    [
        "",
        "   ",
        "<html><head><title>Title</title></head><body><script>var a;</script><p>&nbsp;</p><br></body></html>",
    ],
)
def test_a_page_without_text_is_refused(markup: str) -> None:
    with pytest.raises(PageError) as raised:
        html_to_text(markup, "empty.html")
    assert (raised.value.source, raised.value.reason) == ("empty.html", "no text in page")


@pytest.mark.parametrize(
    ("lang", "language"),
    [
        ('lang="ru"', Language.RU),
        ('lang="ru-RU"', Language.RU),
        ('lang=" RU "', Language.RU),
        ('lang="en"', Language.EN),
        ('lang="en-US"', Language.EN),
        ('lang="en_GB"', Language.EN),
        ('lang="kk"', None),
        ('lang="english"', None),
        ("lang", None),
        ("", None),
    ],
)
def test_the_language_comes_from_the_html_lang_attribute(lang: str, language: Language | None) -> None:
    assert html_to_text(f"<html {lang}><body><p>x</p></body></html>", "page.html").language is language


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ('<link rel="canonical" href=" https://odkb-csto.org/a/ ">', "https://odkb-csto.org/a/"),
        ('<link rel="Canonical alternate" href="http://odkb-csto.org/b/">', "http://odkb-csto.org/b/"),
        ('<meta property="og:url" content="https://odkb-csto.org/c/">', "https://odkb-csto.org/c/"),
        (
            '<link rel="canonical" href="ftp://odkb-csto.org/d/"><meta property="og:url" content="https://x.org/e/">',
            "https://x.org/e/",
        ),
        ('<link rel="canonical" href="javascript:void(0)">', None),
        ('<link rel="canonical" href="http://[broken">', None),
        ('<link rel="alternate" href="https://odkb-csto.org/f/">', None),
        ("", None),
    ],
)
def test_the_url_is_the_canonical_link_else_og_url_and_only_http(head: str, url: str | None) -> None:
    assert html_to_text(f"<html><head>{head}</head><body><p>x</p></body></html>", "page.html").url == url


def test_deeply_nested_markup_does_not_exhaust_the_stack() -> None:
    assert _text("<div>" * 5_000 + "deep") == "deep"  # five times the interpreter's recursion limit


@given(st.text())
def test_arbitrary_strings_give_text_or_a_page_error(markup: str) -> None:
    try:
        page = html_to_text(markup, "page.html")
    except PageError as error:
        assert error.reason == "no text in page"
    else:
        assert page.text == page.text.strip()
        assert "\n\n\n\n" not in page.text


def _nested(depth: int, tag: str = "div") -> str:
    return f"<html><body>{f'<{tag}>' * depth}deep text{f'</{tag}>' * depth}</body></html>"


def test_markup_nested_beyond_any_page_is_refused_before_it_is_parsed() -> None:
    """200,000 nested elements took the parser 90 s."""
    with pytest.raises(PageError, match="nests more than") as raised:
        html_to_text(_nested(200_000), "deep.html")
    assert raised.value.source == "deep.html"


@pytest.mark.parametrize("markup", [
    _nested(MAX_DEPTH - 2),
    "<html><body>" + "<p>deep text" * 10_000 + "</body></html>",  # unclosed paragraphs are not nesting
    "<html><body>" + "<span>deep text<br/><img src=x>" * 10 + "</span>" * 10 + "</body></html>",
])
def test_deep_but_possible_markup_is_read(markup: str) -> None:
    assert "deep text" in html_to_text(markup, "page.html").text


@given(depth=st.integers(0, 50), tags=st.lists(st.sampled_from(["div", "section", "span", "p"]), min_size=1))
def test_the_depth_counted_is_the_depth_written(depth: int, tags: list[str]) -> None:
    opened = [tags[level % len(tags)] for level in range(depth)]
    markup = "".join(f'<{tag} class="x">' for tag in opened)
    markup += "".join(f"</{tag}>" for tag in reversed(opened))
    assert nesting_depth(markup) == sum(1 for tag in opened if tag != "p")
