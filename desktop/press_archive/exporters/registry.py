"""Every export format, by the name the command line and the export dialog use.

A format's module is imported only when it is used: the PDF needs Qt and the workbook openpyxl,
and neither should slow down starting the command line for a search.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import cast

from press_archive.exporters.errors import UnknownFormatError
from press_archive.exporters.records import ExportMeta, ExportRecord

#: Writes the records to `path`: a new file, or for a folder format a new empty folder.
Writer = Callable[[Iterable[ExportRecord], ExportMeta, Path], None]


@dataclass(frozen=True)
class ExportFormat:
    name: str  # as typed after --format
    label: str  # as a menu shows it
    suffix: str  # of the file, "" for a folder
    description: str  # which programs it is for
    module: str
    function: str

    @property
    def is_folder(self) -> bool:
        return not self.suffix

    def writer(self) -> Writer:
        module = import_module(f"press_archive.exporters.{self.module}")
        return cast(Writer, getattr(module, self.function))


FORMATS: dict[str, ExportFormat] = {
    fmt.name: fmt
    for fmt in (
        ExportFormat("csv", "CSV", ".csv", "UTF-8 table for scripts, LibreOffice and databases",
                     "csv_table", "write_csv"),
        ExportFormat("csv-excel", "CSV for Excel", ".csv", "UTF-8 with a byte order mark, which Excel needs",
                     "csv_table", "write_csv_for_excel"),
        ExportFormat("xlsx", "Excel workbook", ".xlsx", "Excel and LibreOffice Calc, with real dates",
                     "xlsx_table", "write_xlsx"),
        ExportFormat("json", "JSON", ".json", "one document: what was exported, then the items",
                     "json_records", "write_json"),
        ExportFormat("jsonl", "JSON Lines", ".jsonl", "one item per line, for streaming tools",
                     "json_records", "write_json_lines"),
        ExportFormat("markdown", "Markdown", ".md", "one document for reading, Pandoc and note apps",
                     "markdown", "write_markdown"),
        ExportFormat("obsidian", "Markdown notes folder", "", "one note per item with YAML front matter "
                     "(an Obsidian vault folder)", "obsidian", "write_obsidian_folder"),
        ExportFormat("bibtex", "BibTeX", ".bib", "biblatex/biber, Zotero, Pandoc", "bibtex", "write_bibtex"),
        ExportFormat("ris", "RIS", ".ris", "Zotero, EndNote, Mendeley", "ris", "write_ris"),
        ExportFormat("csl-json", "CSL-JSON", ".json", "Zotero, Pandoc citeproc",
                     "csl_json", "write_csl_json"),
        ExportFormat("html", "HTML report", ".html", "a report for the browser, with contents",
                     "html_report", "write_html_report"),
        ExportFormat("pdf", "PDF report", ".pdf", "a report to print or send, with title page and contents",
                     "pdf_report", "write_pdf_report"),
    )
}


def find_format(name: str) -> ExportFormat:
    try:
        return FORMATS[name.strip().lower()]
    except KeyError:
        raise UnknownFormatError(name, list(FORMATS)) from None
