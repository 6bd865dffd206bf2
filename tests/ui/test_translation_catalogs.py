"""The translation catalogs are complete and current: every text of the interface is in them, translated,
with its placeholders intact, and the compiled catalogs the package loads match their sources."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from press_archive.exporters import FORMATS
from press_archive.ui.export_format_texts import FORMAT_TEXTS
from press_archive.ui.translator import CATALOG, TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = sorted((ROOT / "desktop" / "press_archive" / "ui").glob("*.py"))
SOURCES_DIR = ROOT / "resources" / "translations"
QT_BIN = Path(sys.executable).parent
#: language -> (lupdate options beyond the shared ones, plural forms per counted message)
CATALOGS = {"ru": ([], 3), "en": (["-pluralonly"], 2)}
PLACEHOLDER = re.compile(r"\{\w*\}|%Ln|%n")
ACCELERATOR = re.compile(r"&(?!&)")

Key = tuple[str, str, str, bool]  # context, source, comment, counted


def _messages(ts_file: Path) -> dict[Key, list[str]]:
    """Every message of a .ts file with its translations (one per plural form)."""
    messages = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            counted = message.get("numerus") == "yes"
            key = (name, message.findtext("source", ""), message.findtext("comment", ""), counted)
            forms = [form.text or "" for form in translation.iter("numerusform")] if counted else [
                translation.text or ""
            ]
            messages[key] = forms if translation.get("type") != "unfinished" else []
    return messages


def _extract(tmp_path: Path, language: str) -> dict[Key, list[str]]:
    """What lupdate finds in the interface's code today, as scripts/translations runs it."""
    target = tmp_path / f"{CATALOG}_{language}.ts"
    options, _forms = CATALOGS[language]
    subprocess.run(
        [str(QT_BIN / "pyside6-lupdate"), "-silent", "-locations", "none", "-source-language", "en",
         *options, *map(str, UI_SOURCES), "-ts", str(target)],
        check=True, capture_output=True,
    )
    return _messages(target)


@pytest.mark.parametrize("language", CATALOGS)
def test_the_catalog_holds_exactly_the_texts_the_code_has(tmp_path: Path, language: str) -> None:
    in_code = set(_extract(tmp_path, language))
    in_catalog = set(_messages(SOURCES_DIR / f"{CATALOG}_{language}.ts"))
    assert sorted(in_code - in_catalog) == [], "new texts: run scripts/translations and translate them"
    assert sorted(in_catalog - in_code) == [], "texts no longer in the code: run scripts/translations"


@pytest.mark.parametrize("language", CATALOGS)
def test_every_text_is_translated_with_its_placeholders_and_plural_forms(language: str) -> None:
    _options, plural_forms = CATALOGS[language]
    catalog = _messages(SOURCES_DIR / f"{CATALOG}_{language}.ts")
    for (context, source, _comment, counted), forms in catalog.items():
        where = f"{language}: {context}: {source!r}"
        assert forms and all(form.strip() for form in forms), f"not translated: {where}"
        assert len(forms) == (plural_forms if counted else 1), where
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), where
            assert len(ACCELERATOR.findall(form)) == len(ACCELERATOR.findall(source)), where


@pytest.mark.parametrize("language", CATALOGS)
def test_the_compiled_catalog_is_compiled_from_the_current_source(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"{CATALOG}_{language}.qm"
    subprocess.run(
        [str(QT_BIN / "pyside6-lrelease"), "-silent", str(SOURCES_DIR / f"{CATALOG}_{language}.ts"),
         "-qm", str(compiled)],
        check=True, capture_output=True,
    )
    shipped = TRANSLATIONS_DIR / f"{CATALOG}_{language}.qm"
    assert shipped.read_bytes() == compiled.read_bytes(), "run scripts/translations"


def test_every_export_format_text_is_marked_for_translation() -> None:
    registry = {text for found in FORMATS.values() for text in (found.label, found.description)}
    assert registry == set(FORMAT_TEXTS)
