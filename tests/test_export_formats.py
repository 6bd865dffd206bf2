"""Every export format, written and read back with a real parser of that format.

Two items, one English and one Russian, carry what breaks writers: quotes, braces, ampersands,
percent signs, backslashes, dollar signs, Markdown marks, a title on two lines, a paragraph that
looks like a formula. Each test compares what the parser reads with the values the items hold.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import bibtexparser
import openpyxl
import pytest
import rispy
import yaml
from bibtexparser.middlewares import LatexDecodingMiddleware
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db
from pypdf import PdfReader
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from press_archive.exporters.records import ExportMeta, ExportRecord, field_names, make_record, record_as_dict
from press_archive.exporters.registry import FORMATS
from press_archive.model import Annotation, DateSource, Item, Kind, Language, Sighting

EN_ID = "1a2b3c4d5e6f7a8b"
RU_ID = "9f8e7d6c5b4a3928"
EN_URL = "https://en.odkb-csto.org/news/news_odkb/talks/?page=2&lang=en"
EN_LIST_URL = "https://en.odkb-csto.org/news/?PAGEN_1=2"
#: The list page was captured first: a citation gives its URL and capture time.
EN_FIRST_CAPTURE = dt.datetime(2025, 12, 6, 23, 30, tzinfo=dt.UTC)
EN_TITLE = 'CSTO & UN: "Peace" {talks} at 50% — C:\\files\\ $5 #1 ~x^2 *_under_* [link](x)\non two lines'
EN_BODY = (
    "On 4 December the Council met in Minsk & agreed on 100% of the {draft}.",
    "# not a heading, 1. not a list, <b>not bold</b>, &amp; stays as typed, == no highlight ==",
    "Backslash \\ and a line\nbreak inside one paragraph.",
)
RU_TITLE = "Итоги «встречи» ОДКБ & ООН: 100% {скобки} \\ обратная косая"
#: The Russian item is a teaser whose title was cut from its text: a citation gives its first sentence.
RU_FIRST_SENTENCE = "=СУММ(A1:A3) выглядит как формула, но это текст"
RU_BODY = (
    f"{RU_FIRST_SENTENCE}. Второе предложение того же абзаца.",
    "Генеральный секретарь ОДКБ провёл встречу — «$» и % и _ и ~.",
)
EN_NOTE = 'My **own** note with "quotes", {braces}, & 50%\nand a second line\n\nA second paragraph \\ here.'
RU_NOTE = "Заметка: «важно» & {срочно}\u2028после разделителя строк"

EN_ITEM = Item(
    id=EN_ID,
    title=EN_TITLE,
    body=EN_BODY,
    language=Language.EN,
    kind=Kind.ARTICLE,
    date=dt.date(2025, 12, 5),
    date_source=DateSource.LINE,
    attachments=("Declaration & annex {final}.pdf",),
    sightings=(
        Sighting(EN_ID, "/home/reader/pages/en news.html#0", 0, Kind.ARTICLE, EN_URL,
                 dt.datetime(2026, 1, 3, 9, 0, tzinfo=dt.UTC)),
        Sighting(EN_ID, "C:\\Users\\reader\\pages.zip!site/en list.html", 3, Kind.TEASER, EN_LIST_URL,
                 EN_FIRST_CAPTURE),
        Sighting(EN_ID, "pages/en news.html", 2, Kind.ARTICLE, EN_URL),
        Sighting(EN_ID, "pages/en old.txt", 1, Kind.ARTICLE, None),
    ),
)
RU_ITEM = Item(
    id=RU_ID,
    title=RU_TITLE,
    body=RU_BODY,
    language=Language.RU,
    kind=Kind.TEASER,
    date=None,
    date_source=DateSource.NONE,
    title_derived=True,
    lead_of=EN_ID,
    sightings=(Sighting(RU_ID, "страницы/новости.txt", 2, Kind.TEASER, None),),
)
ANNOTATIONS = {
    EN_ID: Annotation(EN_ID, tags=("Iran talks", "a&b {x}"), starred=True, note=EN_NOTE),
    RU_ID: Annotation(RU_ID, tags=("ОДКБ",), starred=False, note=RU_NOTE),
}
ITEMS = (EN_ITEM, RU_ITEM)
EN_ORGANISATION = "Collective Security Treaty Organization"
RU_ORGANISATION = "Организация Договора о коллективной безопасности"
QUERY = 'итоги & "{talks}"'
#: Every field of the two records, written out by hand: what each format must give back.
EXPECTED = {
    EN_ID: {
        "id": EN_ID,
        "citation_key": "csto2025-12-05-1a2b3c4d",
        "date": "2025-12-05",
        "date_source": "line",
        "title": EN_TITLE,
        "title_derived": False,
        "language": "en",
        "kind": "article",
        "body": list(EN_BODY),
        "urls": [EN_URL, EN_LIST_URL],
        "url": EN_LIST_URL,
        "accessed": "2025-12-06T23:30:00+00:00",
        "sources": ["en news.html#0", "pages.zip!site/en list.html", "en news.html", "en old.txt"],
        "attachments": ["Declaration & annex {final}.pdf"],
        "lead_of": None,
        "author": EN_ORGANISATION,
        "publisher": "en.odkb-csto.org",
        "tags": ["Iran talks", "a&b {x}"],
        "starred": True,
        "note": EN_NOTE,
    },
    RU_ID: {
        "id": RU_ID,
        "citation_key": "csto-undated-9f8e7d6c",
        "date": None,
        "date_source": "none",
        "title": RU_TITLE,
        "title_derived": True,
        "language": "ru",
        "kind": "teaser",
        "body": list(RU_BODY),
        "urls": [],
        "url": None,
        "accessed": None,
        "sources": ["новости.txt"],
        "attachments": [],
        "lead_of": EN_ID,
        "author": RU_ORGANISATION,
        "publisher": "odkb-csto.org",
        "tags": ["ОДКБ"],
        "starred": False,
        "note": RU_NOTE,
    },
}
USER_FIELDS = ("tags", "starred", "note")


def one_line(text: str) -> str:
    return " ".join(text.split())


def expected(item_id: str, with_user_data: bool) -> dict[str, object]:
    fields = dict(EXPECTED[item_id])
    if not with_user_data:
        for name in USER_FIELDS:
            del fields[name]
    return fields


def records(with_user_data: bool) -> list[ExportRecord]:
    return [make_record(item, ANNOTATIONS[item.id] if with_user_data else None) for item in ITEMS]


def meta(with_user_data: bool, raw_cells: bool = False) -> ExportMeta:
    return ExportMeta(
        selection='search "итоги" (newest first)',
        exported_at=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        item_count=len(ITEMS),
        with_user_data=with_user_data,
        generator="Press Archive 9.9",
        query=QUERY,
        raw_cells=raw_cells,
    )


def export(name: str, tmp_path: Path, with_user_data: bool = True, raw_cells: bool = False) -> Path:
    export_format = FORMATS[name]
    path = tmp_path / f"export{export_format.suffix}"
    if export_format.is_folder:
        path.mkdir()
    export_format.writer()(records(with_user_data), meta(with_user_data, raw_cells), path)
    return path


user_data_or_not = pytest.mark.parametrize("with_user_data", [True, False], ids=["user-data", "plain"])


def test_record_carries_distinct_urls_and_sources_and_the_organisation_in_its_language() -> None:
    english, russian = records(with_user_data=True)
    assert english.urls == (EN_URL, EN_LIST_URL)
    assert english.sources == ("en news.html#0", "pages.zip!site/en list.html", "en news.html", "en old.txt")
    assert (english.author, russian.author) == (EN_ORGANISATION, RU_ORGANISATION)
    assert (english.publisher, russian.publisher) == ("en.odkb-csto.org", "odkb-csto.org")
    assert (english.tags, english.starred, english.note) == (("Iran talks", "a&b {x}"), True, EN_NOTE)


def test_a_citation_gives_the_earliest_capture_at_a_url() -> None:
    english, russian = records(with_user_data=False)
    assert (english.url, english.accessed) == (EN_LIST_URL, EN_FIRST_CAPTURE)
    assert (russian.url, russian.accessed) == (None, None)
    uncaptured = make_record(Item(**{**EN_ITEM.__dict__, "sightings": EN_ITEM.sightings[2:]}))
    assert (uncaptured.url, uncaptured.accessed) == (EN_URL, None)


def test_a_record_names_no_folder_of_this_machine() -> None:
    for record in records(with_user_data=True):
        assert not any("/" in source.partition("!")[0] or "\\" in source for source in record.sources)


def test_a_teaser_is_cited_by_its_whole_first_sentence() -> None:
    sentence = (
        "The Secretary General of the CSTO met the delegation of the Republic of Kazakhstan in Moscow "
        "to discuss the preparation of the joint exercises planned for the autumn of next year"
    )
    teaser = Item(
        id="abcdefabcdefabcd", title=sentence[:100] + "…", body=(f"{sentence}. It went well.",),
        language=Language.EN, kind=Kind.TEASER, date=None, date_source=DateSource.NONE, title_derived=True,
    )
    record = make_record(teaser)
    assert (record.title, record.citation_title) == (teaser.title, sentence)
    assert make_record(EN_ITEM).citation_title == EN_TITLE


def test_record_without_user_data_has_empty_user_fields() -> None:
    english, _russian = records(with_user_data=False)
    assert (english.tags, english.starred, english.note) == ((), False, "")


@user_data_or_not
def test_record_as_dict_holds_every_field_in_column_order(with_user_data: bool) -> None:
    for record in records(with_user_data):
        values = record_as_dict(record, with_user_data)
        assert list(values) == field_names(with_user_data)
        assert values == expected(record.id, with_user_data)


# CSV -------------------------------------------------------------------------------------------


def _csv_row_values(row: dict[str, str]) -> dict[str, object]:
    """A CSV row back into typed values, as a script reading the file would."""
    values: dict[str, object] = dict(row)
    for name in ("title_derived", "starred"):
        if name in values:
            assert row[name] in ("true", "false")
            values[name] = row[name] == "true"
    for name in ("date", "lead_of", "url", "accessed"):
        values[name] = row[name] or None
    values["body"] = row["body"].split("\n\n")
    for name in ("urls", "sources", "attachments", "tags"):
        if name in values:
            values[name] = row[name].split("\n") if row[name] else []
    return values


@user_data_or_not
def test_csv_with_raw_cells_round_trips_every_field(tmp_path: Path, with_user_data: bool) -> None:
    path = export("csv", tmp_path, with_user_data, raw_cells=True)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == field_names(with_user_data)
    assert [_csv_row_values(row) for row in rows] == [expected(item.id, with_user_data) for item in ITEMS]


@pytest.mark.parametrize("name", ["csv", "csv-excel"])
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(min_size=1).filter(lambda text: text.strip()), start=st.sampled_from("=+-@\t\ra"))
def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_shown_as_text(
    tmp_path_factory: pytest.TempPathFactory, name: str, title: str, start: str
) -> None:
    title = start + title
    record = dataclasses.replace(records(with_user_data=False)[0], title=title, body=("-1+1",))
    path = tmp_path_factory.mktemp("csv") / "items.csv"
    FORMATS[name].writer()([record], meta(with_user_data=False), path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = csv.DictReader(handle)
    is_formula = title[0] in "=+-@\t\r"
    assert row["title"] == ("'" + title if is_formula else title)
    assert row["body"] == "'-1+1"
    assert row["id"] == record.id  # an id or a date is never touched


def test_csv_for_excel_starts_with_a_byte_order_mark_and_holds_the_same_rows(tmp_path: Path) -> None:
    (tmp_path / "plain").mkdir()
    plain = export("csv", tmp_path / "plain")
    excel = export("csv-excel", tmp_path)
    data = excel.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:] == plain.read_bytes()


# XLSX ------------------------------------------------------------------------------------------


@user_data_or_not
def test_xlsx_round_trips_every_field_with_real_dates(tmp_path: Path, with_user_data: bool) -> None:
    book = openpyxl.load_workbook(export("xlsx", tmp_path, with_user_data))
    sheet = book["Items"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == field_names(with_user_data)
    for row, item in zip(rows[1:], ITEMS, strict=True):
        values = dict(zip(rows[0], row, strict=True))
        want = expected(item.id, with_user_data)
        assert values.pop("date") == (dt.datetime(2025, 12, 5) if want.pop("date") else None)
        assert values.pop("body").split("\n\n") == want.pop("body")
        for name in ("urls", "sources", "attachments", "tags"):
            if name in want:
                assert (values.pop(name) or "").split("\n") == (want.pop(name) or [""])
        assert values == want
    assert len(rows) == 1 + len(ITEMS)


def test_xlsx_keeps_formula_lookalikes_as_text_and_freezes_a_bold_header(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export("xlsx", tmp_path))
    sheet = book["Items"]
    body = sheet.cell(row=3, column=field_names(True).index("body") + 1)
    assert body.data_type == "s"
    assert body.value.startswith("=СУММ(A1:A3)")
    assert sheet.freeze_panes == "A2"
    assert sheet.cell(row=1, column=1).font.bold
    assert sheet.column_dimensions["E"].width == 60  # the title column
    assert sheet.cell(row=2, column=3).number_format == "yyyy-mm-dd"


def test_xlsx_says_what_was_exported_on_a_second_sheet(tmp_path: Path) -> None:
    about = dict(openpyxl.load_workbook(export("xlsx", tmp_path))["Export"].iter_rows(values_only=True))
    assert about["query"] == QUERY
    assert about["exported_at"] == "2026-01-02T03:04:05+00:00"
    assert about["item_count"] == 2


def test_xlsx_drops_control_characters_excel_refuses_and_cuts_overlong_cells(tmp_path: Path) -> None:
    item = Item(
        id="00ff00ff00ff00ff", title="Form\x0cfeed", body=("x" * 40_000,), language=Language.EN,
        kind=Kind.ARTICLE, date=None, date_source=DateSource.NONE,
    )
    path = tmp_path / "odd.xlsx"
    FORMATS["xlsx"].writer()([make_record(item)], meta(False), path)
    row = next(openpyxl.load_workbook(path)["Items"].iter_rows(min_row=2, values_only=True))
    values = dict(zip(field_names(False), row, strict=True))
    assert values["title"] == "Formfeed"
    assert len(values["body"]) == 32_767 and values["body"].endswith(" […]")


# JSON and JSON Lines ---------------------------------------------------------------------------


@user_data_or_not
def test_json_round_trips_every_field_and_says_what_was_exported(
    tmp_path: Path, with_user_data: bool
) -> None:
    document = json.loads(export("json", tmp_path, with_user_data).read_text(encoding="utf-8"))
    items = document.pop("items")
    assert document == {
        "format": "press-archive-export",
        "version": 1,
        "selection": 'search "итоги" (newest first)',
        "query": QUERY,
        "exported_at": "2026-01-02T03:04:05+00:00",
        "item_count": 2,
        "with_user_data": with_user_data,
        "generator": "Press Archive 9.9",
    }
    assert items == [expected(item.id, with_user_data) for item in ITEMS]


def test_json_keeps_russian_readable(tmp_path: Path) -> None:
    assert "Итоги «встречи»" in export("json", tmp_path).read_text(encoding="utf-8")


def test_json_lines_has_one_item_per_line_even_with_unicode_line_separators(tmp_path: Path) -> None:
    text = export("jsonl", tmp_path).read_text(encoding="utf-8")
    assert "\u2028" not in text
    lines = text.splitlines()
    assert [json.loads(line) for line in lines] == [expected(item.id, True) for item in ITEMS]


# Markdown --------------------------------------------------------------------------------------


def _rendered(markdown: str) -> HTMLParser:
    return HTMLParser(MarkdownIt("commonmark").render(markdown))


def _texts(tree: HTMLParser, selector: str) -> list[str]:
    return [one_line(node.text()) for node in tree.css(selector)]


@user_data_or_not
def test_markdown_document_reads_back_as_the_items_text(tmp_path: Path, with_user_data: bool) -> None:
    tree = _rendered(export("markdown", tmp_path, with_user_data).read_text(encoding="utf-8"))
    assert _texts(tree, "h1") == ["Press Archive export"]
    assert _texts(tree, "h2") == [one_line(EN_TITLE), one_line(RU_TITLE)]
    paragraphs = _texts(tree, "p")
    for paragraph in (*EN_BODY, *RU_BODY):
        assert one_line(paragraph) in paragraphs
    assert any(QUERY in text for text in _texts(tree, "li"))
    assert "Declaration & annex {final}.pdf" in _texts(tree, "li")
    assert [node.attributes["href"] for node in tree.css("li a")] == [EN_URL, EN_LIST_URL]
    assert not tree.css("h2 *, ol, blockquote, hr")  # no escaped mark turned into markup
    assert len(tree.css("em")) == len(tree.css("code")) == len(ITEMS)  # only the line of details
    notes = _texts(tree, "h3")
    if with_user_data:
        assert notes == ["Note", "Note"]
        assert "Tags: Iran talks, a&b {x}" in " ".join(paragraphs)
        assert [one_line(node.text()) for node in tree.css("strong")] == ["own"]  # the note is Markdown
    else:
        assert notes == [] and not tree.css("strong")


# Obsidian notes folder -------------------------------------------------------------------------


def _front_matter_and_body(path: Path) -> tuple[dict[str, object], str]:
    text = path.read_text(encoding="utf-8")
    match = re.fullmatch(r"---\n(.*?)\n---\n(.*)", text, flags=re.DOTALL)
    assert match, f"{path.name} does not start with front matter"
    return yaml.safe_load(match.group(1)), match.group(2)


@user_data_or_not
def test_obsidian_front_matter_round_trips_every_field(tmp_path: Path, with_user_data: bool) -> None:
    folder = export("obsidian", tmp_path, with_user_data)
    notes = sorted(path for path in folder.iterdir() if path.name != "Press Archive export.md")
    assert [path.name for path in notes] == [
        "2025-12-05 CSTO & UN Peace {talks} at 50% — C files $5 1 ~x 2 _under_ link (x) on two lines.md",
        "undated Итоги «встречи» ОДКБ & ООН 100% {скобки} обратная косая.md",
    ]
    for path, item in zip(notes, ITEMS, strict=True):
        fields, body = _front_matter_and_body(path)
        want = expected(item.id, with_user_data)
        want["date"] = item.date
        del want["body"]
        if with_user_data:
            del want["note"]
            want["archive_tags"] = want.pop("tags")
            want["tags"] = {EN_ID: ["Iran-talks", "a-b-x"], RU_ID: ["ОДКБ"]}[item.id]
        assert fields == want
        tree = _rendered(body)
        assert _texts(tree, "h1") == [one_line(item.title)]
        paragraphs = _texts(tree, "p")
        assert all(one_line(paragraph) in paragraphs for paragraph in item.body)
        note_start = one_line(ANNOTATIONS[item.id].note.split("\n\n")[0].replace("**", ""))
        assert (note_start in paragraphs) is with_user_data


def test_obsidian_index_links_every_note(tmp_path: Path) -> None:
    folder = export("obsidian", tmp_path)
    index = (folder / "Press Archive export.md").read_text(encoding="utf-8")
    links = re.findall(r"\[\[(.+?)\]\]", index)
    assert len(links) == len(ITEMS)
    assert all((folder / f"{link}.md").is_file() for link in links)
    assert "Items: 2" in index


def test_obsidian_notes_of_one_day_and_title_get_distinct_names(tmp_path: Path) -> None:
    twin = Item(**{**EN_ITEM.__dict__, "id": "feedfacefeedface"})
    folder = tmp_path / "notes"
    folder.mkdir()
    FORMATS["obsidian"].writer()([make_record(EN_ITEM), make_record(twin)], meta(False), folder)
    names = sorted(path.name for path in folder.iterdir())
    assert len(names) == 3
    assert any(name.endswith(" feedface.md") for name in names)


# BibTeX ----------------------------------------------------------------------------------------


def _latex_decoder() -> LatexNodes2Text:
    """pylatexenc's LaTeX-to-text, taught the text macros LaTeX itself defines and the export uses."""
    context = get_default_latex_context_db()
    context.add_context_category(
        "text-symbols",
        prepend=True,
        macros=[
            MacroTextSpec("textbraceleft", "{"),
            MacroTextSpec("textbraceright", "}"),
            MacroTextSpec("textasciicircum", "^"),
        ],
    )
    return LatexNodes2Text(latex_context=context)


def _bibtex_entries(path: Path) -> dict[str, dict[str, str]]:
    """The entries by key, LaTeX decoded to text except the URL, which biblatex reads verbatim."""
    text = path.read_text(encoding="utf-8")
    raw = bibtexparser.parse_string(text)
    decoding = LatexDecodingMiddleware(decoder=_latex_decoder())
    library = bibtexparser.parse_string(text, append_middleware=[decoding])
    assert not library.failed_blocks
    assert {entry.entry_type for entry in library.entries} == {"online"}
    entries = {e.key: {name: f.value for name, f in e.fields_dict.items()} for e in library.entries}
    for entry in raw.entries:
        if "url" in entry.fields_dict:
            entries[entry.key]["url"] = entry.fields_dict["url"].value
    return entries


@user_data_or_not
def test_bibtex_round_trips_what_a_reference_carries(tmp_path: Path, with_user_data: bool) -> None:
    entries = _bibtex_entries(export("bibtex", tmp_path, with_user_data))
    assert list(entries) == ["csto2025-12-05-1a2b3c4d", "csto-undated-9f8e7d6c"]
    english, russian = entries.values()
    assert english["title"] == one_line(EN_TITLE)
    assert russian["title"] == RU_FIRST_SENTENCE
    assert (english["author"], russian["author"]) == (EN_ORGANISATION, RU_ORGANISATION)
    assert (english["organization"], russian["organization"]) == ("en.odkb-csto.org", "odkb-csto.org")
    assert english["date"] == "2025-12-05" and "date" not in russian
    assert (english["langid"], russian["langid"]) == ("english", "russian")
    assert unquote(english["url"]) == EN_LIST_URL and "url" not in russian
    assert english["urldate"] == "2025-12-06" and "urldate" not in russian
    assert english["abstract"].split("\n\n") == [one_line(p) for p in EN_BODY]
    assert russian["abstract"].split("\n\n") == list(RU_BODY)
    assert english["library"] == f"Press Archive item {EN_ID}"
    if with_user_data:
        assert english["keywords"].split(", ") == ["Iran talks", "a&b {x}"]
        assert russian["keywords"] == "ОДКБ"
        assert english["annotation"].split("\n\n") == [one_line(p) for p in EN_NOTE.split("\n\n")]
        assert russian["annotation"] == one_line(RU_NOTE)
    else:
        assert not {"keywords", "annotation"} & (english.keys() | russian.keys())


def test_bibtex_keeps_cyrillic_as_utf8(tmp_path: Path) -> None:
    text = export("bibtex", tmp_path).read_text(encoding="utf-8")
    assert "{Организация Договора о коллективной безопасности}" in text
    assert "=СУММ(A1:A3) выглядит как формула, но это текст" in text


def test_bibtex_unpaired_braces_keep_the_file_balanced(tmp_path: Path) -> None:
    """BibTeX counts escaped braces too: one unpaired brace must not unbalance the whole entry."""
    item = Item(
        id="00ff00ff00ff00ff", title="Opens { and } closes } twice", body=("{ alone",), language=Language.EN,
        kind=Kind.ARTICLE, date=None, date_source=DateSource.NONE,
    )
    path = tmp_path / "odd.bib"
    FORMATS["bibtex"].writer()([make_record(item)], meta(False), path)
    text = path.read_text(encoding="utf-8")
    assert text.count("{") == text.count("}")
    entry = _bibtex_entries(path)["csto-undated-00ff00ff"]
    assert (entry["title"], entry["abstract"]) == ("Opens { and } closes } twice", "{ alone")


# RIS -------------------------------------------------------------------------------------------


@user_data_or_not
def test_ris_round_trips_what_a_reference_carries(tmp_path: Path, with_user_data: bool) -> None:
    english, russian = rispy.loads(export("ris", tmp_path, with_user_data).read_text(encoding="utf-8"))
    assert english == {
        "type_of_reference": "NEWS",
        "id": "csto2025-12-05-1a2b3c4d",
        "title": one_line(EN_TITLE),
        "authors": [EN_ORGANISATION],
        "secondary_title": EN_ORGANISATION,
        "publisher": "en.odkb-csto.org",
        "date": "2025/12/05/",
        "year": "2025",
        "language": "en",
        "urls": [EN_LIST_URL, EN_URL],
        "access_date": "2025/12/06/",
        "abstract": one_line(" ".join(EN_BODY)),
        "accession_number": EN_ID,
        **({"keywords": ["Iran talks", "a&b {x}"], "notes": [one_line(EN_NOTE)]} if with_user_data else {}),
    }
    assert russian == {
        "type_of_reference": "NEWS",
        "id": "csto-undated-9f8e7d6c",
        "title": RU_FIRST_SENTENCE,
        "authors": [RU_ORGANISATION],
        "secondary_title": RU_ORGANISATION,
        "publisher": "odkb-csto.org",
        "language": "ru",
        "abstract": " ".join(RU_BODY),
        "accession_number": RU_ID,
        **({"keywords": ["ОДКБ"], "notes": [one_line(RU_NOTE)]} if with_user_data else {}),
    }


def test_ris_lines_end_as_the_specification_says(tmp_path: Path) -> None:
    data = export("ris", tmp_path).read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")
    assert data.startswith(b"TY  - NEWS\r\n")


# CSL-JSON --------------------------------------------------------------------------------------


@user_data_or_not
def test_csl_json_round_trips_what_a_citation_carries(tmp_path: Path, with_user_data: bool) -> None:
    english, russian = json.loads(export("csl-json", tmp_path, with_user_data).read_text(encoding="utf-8"))
    assert english == {
        "id": "csto2025-12-05-1a2b3c4d",
        "type": "article-newspaper",
        "title": EN_TITLE,
        "author": [{"literal": EN_ORGANISATION}],
        "container-title": EN_ORGANISATION,
        "publisher": "en.odkb-csto.org",
        "language": "en",
        "custom": {"press_archive_id": EN_ID},
        "issued": {"date-parts": [[2025, 12, 5]]},
        "URL": EN_LIST_URL,
        "accessed": {"date-parts": [[2025, 12, 6]]},
        "abstract": "\n\n".join(EN_BODY),
        **({"keyword": "Iran talks, a&b {x}", "annote": EN_NOTE} if with_user_data else {}),
    }
    assert not {"issued", "URL", "accessed"} & russian.keys()
    assert russian["title"] == RU_FIRST_SENTENCE and russian["author"] == [{"literal": RU_ORGANISATION}]
    assert russian["publisher"] == "odkb-csto.org"


def test_pandoc_citeproc_cites_the_organisation_title_url_and_access_date(tmp_path: Path) -> None:
    assert shutil.which("pandoc"), "pandoc is missing: scripts/bootstrap --test installs it"
    teaser = Item(
        id="0123456789abcdef", title="The Council met in Minsk to agree on a long list of things to…",
        body=("The Council met in Minsk to agree on a long list of things to do next year. It did.",),
        language=Language.EN, kind=Kind.TEASER, date=None, date_source=DateSource.NONE, title_derived=True,
        sightings=(Sighting("0123456789abcdef", "crawl.warc.gz#0", 0, Kind.TEASER, EN_LIST_URL,
                            EN_FIRST_CAPTURE),),
    )
    path = tmp_path / "items.json"
    FORMATS["csl-json"].writer()([*records(False), make_record(teaser)], meta(False), path)
    keys = [item["id"] for item in json.loads(path.read_text(encoding="utf-8"))]
    rendered = subprocess.run(
        ["pandoc", "--citeproc", f"--bibliography={path}", "--to=plain", "--wrap=none"],
        input=" ".join(f"[@{key}]" for key in keys), capture_output=True, text=True, check=True,
    ).stdout
    english, cited_teaser, russian = (line for line in rendered.splitlines()[2:] if line)
    assert english.startswith(f"{EN_ORGANISATION}. 2025. “CSTO & UN")
    assert english.endswith(f"{EN_LIST_URL}.")
    assert russian == f"{RU_ORGANISATION}. n.d. “{RU_FIRST_SENTENCE}.” {RU_ORGANISATION}."
    # The same author again is a dash; the teaser's title is its whole first sentence, title-cased.
    assert cited_teaser == (
        "———. n.d. “The Council Met in Minsk to Agree on a Long List of Things to Do Next Year.” "
        f"{EN_ORGANISATION}. Accessed December 6, 2025. {EN_LIST_URL}."
    )


def test_csl_json_ids_are_the_bibtex_keys(tmp_path: Path) -> None:
    items = json.loads(export("csl-json", tmp_path).read_text(encoding="utf-8"))
    (tmp_path / "bib").mkdir()
    assert [item["id"] for item in items] == list(_bibtex_entries(export("bibtex", tmp_path / "bib")))


# HTML report -----------------------------------------------------------------------------------


@user_data_or_not
def test_html_report_holds_every_item_with_contents_linked_to_sections(
    tmp_path: Path, with_user_data: bool
) -> None:
    tree = HTMLParser(export("html", tmp_path, with_user_data).read_text(encoding="utf-8"))
    assert [node.text(separator="\n") for node in tree.css("h2")] == [EN_TITLE, RU_TITLE]
    meta_rows = {row.css_first("th").text(): row.css_first("td").text() for row in tree.css("table.meta tr")}
    assert meta_rows["Query"] == QUERY
    assert meta_rows["Exported"].startswith("2026-01-02 03:04")
    targets = [node.attributes["href"] for node in tree.css("table.contents a")]
    assert targets == [f"#item-{EN_ID}", f"#item-{RU_ID}"]
    assert all(tree.css_first(f"h2[id='{target[1:]}']") for target in targets)
    paragraphs = [node.text(separator="\n") for node in tree.css("p")]
    for paragraph in (*EN_BODY, *RU_BODY):
        assert paragraph in paragraphs
    assert [node.attributes["href"] for node in tree.css("ul a")] == [EN_URL, EN_LIST_URL]
    note_texts = [" ".join(node.text().split()) for node in tree.css("div.note p")]
    if with_user_data:  # the note is Markdown, rendered
        assert note_texts == [
            'My own note with "quotes", {braces}, & 50% and a second line', "A second paragraph \\ here.",
            " ".join(RU_NOTE.split()),
        ]
        assert [node.text() for node in tree.css("div.note strong")] == ["own"]
        assert len(tree.css("div.note br")) == 1  # the line break typed in the note
        assert "★ Starred · Tags: Iran talks, a&b {x}" in paragraphs
    else:
        assert note_texts == [] and not tree.css("p.user")


# PDF report ------------------------------------------------------------------------------------


def _pdf_pages(path: Path) -> list[str]:
    """Each page's text without white space (extraction breaks lines and words) or ligatures (ﬁ)."""
    return [_squeezed(unicodedata.normalize("NFKC", page.extract_text())) for page in PdfReader(path).pages]


def _squeezed(text: str) -> str:
    return "".join(text.split())


@user_data_or_not
def test_pdf_report_has_a_title_page_contents_and_every_item(
    qapp: object, tmp_path: Path, with_user_data: bool
) -> None:
    path = export("pdf", tmp_path, with_user_data)
    pages = _pdf_pages(path)
    title_page, contents, *item_pages = pages
    assert "PressArchiveexport" in title_page
    assert _squeezed(QUERY) in title_page and "2026-01-0203:04" in title_page
    for title in (EN_TITLE, RU_TITLE):
        assert _squeezed(title)[:40] in contents
        assert any(_squeezed(title) in page for page in item_pages)
    text = "".join(item_pages)
    for paragraph in (*EN_BODY, *RU_BODY):
        assert _squeezed(paragraph) in text
    assert (_squeezed("A second paragraph \\ here.") in text) is with_user_data
    assert PdfReader(path).metadata.title == 'Press Archive export: search "итоги" (newest first)'


def test_pdf_contents_give_the_page_each_item_starts_on(qapp: object, tmp_path: Path) -> None:
    long_items = [
        Item(id=f"{n:016x}", title=f"Item number {n} of the long report",
             body=("Lorem ipsum dolor. " * 120,) * 3, language=Language.EN, kind=Kind.ARTICLE,
             date=dt.date(2024, 1, n), date_source=DateSource.LINE)
        for n in range(1, 7)
    ]
    path = tmp_path / "long.pdf"
    FORMATS["pdf"].writer()([make_record(item) for item in long_items], meta(False), path)
    pages = _pdf_pages(path)
    for item in long_items:
        heading = _squeezed(item.title)
        starts_on = next(number for number, page in enumerate(pages[2:], start=3) if heading in page)
        listed = re.search(re.escape(heading) + r"(\d+?)(?=\d{4}-\d\d-\d\d|PressArchive)", pages[1])
        assert listed and int(listed.group(1)) == starts_on, (item.title, starts_on)
    assert pages[-1].endswith(f"{len(pages)}/{len(pages)}")


# Page text in the exports a colleague opens ---------------------------------------------------------

HOSTILE_URLS = (
    "javascript:alert(document.cookie)", "file:///etc/passwd", "data:text/html,<script>x</script>",
    "JaVaScRiPt:alert(1)",
)
HOSTILE_TITLE = '<script>alert(1)</script><img src="http://evil.example/x.png"> [click](javascript:alert(1))'


def _hostile_record() -> ExportRecord:
    english = records(with_user_data=False)[0]
    urls = (*HOSTILE_URLS, EN_URL)
    return dataclasses.replace(english, title=HOSTILE_TITLE, body=(HOSTILE_TITLE,), urls=urls)


def test_html_report_has_no_script_image_or_link_but_the_webs_from_page_text(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    FORMATS["html"].writer()([_hostile_record()], meta(with_user_data=False), path)
    tree = HTMLParser(path.read_text(encoding="utf-8"))
    assert tree.css("script") == [] and tree.css("img") == []
    links = [node.attributes["href"] for node in tree.css("a")]
    assert [href for href in links if not href.startswith("#")] == [EN_URL]
    assert all(url in tree.body.text() for url in HOSTILE_URLS)  # shown, as text


HOSTILE_NOTE = (
    '<script>alert(1)</script> <img src="http://evil.example/x.png"> ![pixel](https://evil.example/p.png)\n\n'
    + " ".join(f"[click]({url})" for url in HOSTILE_URLS) + " [fine](https://example.org/page)"
)
#: An image in a note is a link to it at most: nothing is fetched when the report is opened.
WEB_LINKS = ["https://evil.example/p.png", "https://example.org/page"]


@pytest.mark.parametrize("format_name", ["html", "pdf"])
def test_a_notes_markdown_renders_without_html_images_or_links_but_the_webs(
    qapp: object, tmp_path: Path, format_name: str
) -> None:
    hostile = dataclasses.replace(records(with_user_data=True)[0], note=HOSTILE_NOTE, urls=())
    path = tmp_path / f"report.{format_name}"
    FORMATS[format_name].writer()([hostile], meta(with_user_data=True), path)
    if format_name == "pdf":
        links = [annotation.get_object().get("/A", {}).get("/URI") for page in PdfReader(path).pages
                 for annotation in page.get("/Annots", [])]
        assert [link for link in links if link] == WEB_LINKS
        assert _squeezed("<script>alert(1)</script>") in "".join(_pdf_pages(path))
        return
    tree = HTMLParser(path.read_text(encoding="utf-8"))
    assert tree.css("script") == [] and tree.css("img") == []
    assert [node.attributes["href"] for node in tree.css("div.note a")] == WEB_LINKS
    note = tree.css_first("div.note").text()
    assert "<script>alert(1)</script>" in note and all(url in note for url in HOSTILE_URLS)


def test_markdown_has_no_html_or_link_but_the_webs_from_page_text(tmp_path: Path) -> None:
    path = tmp_path / "export.md"
    FORMATS["markdown"].writer()([_hostile_record()], meta(with_user_data=False), path)
    tokens = MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8"))
    inline = [child for token in tokens for child in token.children or ()]
    assert not [token for token in [*tokens, *inline] if token.type in ("html_block", "html_inline", "image")]
    assert [child.attrs["href"] for child in inline if child.type == "link_open"] == [EN_URL]
