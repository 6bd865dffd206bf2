"""The export formats' names and descriptions in the interface's language.

The registry (`exporters.registry`) knows nothing of Qt and names the formats in English for the
command line; the window looks each text up by that English text. The texts are listed here so
that lupdate finds them, and a test checks the list against the registry.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from press_archive.exporters import ExportFormat

FORMAT_TEXTS = (
    QT_TRANSLATE_NOOP("ExportFormat", "CSV"),
    QT_TRANSLATE_NOOP("ExportFormat", "UTF-8 table for scripts, LibreOffice and databases"),
    QT_TRANSLATE_NOOP("ExportFormat", "CSV for Excel"),
    QT_TRANSLATE_NOOP("ExportFormat", "UTF-8 with a byte order mark, which Excel needs"),
    QT_TRANSLATE_NOOP("ExportFormat", "Excel workbook"),
    QT_TRANSLATE_NOOP("ExportFormat", "Excel and LibreOffice Calc, with real dates"),
    QT_TRANSLATE_NOOP("ExportFormat", "JSON"),
    QT_TRANSLATE_NOOP("ExportFormat", "one document: what was exported, then the items"),
    QT_TRANSLATE_NOOP("ExportFormat", "JSON Lines"),
    QT_TRANSLATE_NOOP("ExportFormat", "one item per line, for streaming tools"),
    QT_TRANSLATE_NOOP("ExportFormat", "Markdown"),
    QT_TRANSLATE_NOOP("ExportFormat", "one document for reading, Pandoc and note apps"),
    QT_TRANSLATE_NOOP("ExportFormat", "Markdown notes folder"),
    QT_TRANSLATE_NOOP("ExportFormat", "one note per item with YAML front matter (an Obsidian vault folder)"),
    QT_TRANSLATE_NOOP("ExportFormat", "BibTeX"),
    QT_TRANSLATE_NOOP("ExportFormat", "biblatex/biber, Zotero, Pandoc"),
    QT_TRANSLATE_NOOP("ExportFormat", "RIS"),
    QT_TRANSLATE_NOOP("ExportFormat", "Zotero, EndNote, Mendeley"),
    QT_TRANSLATE_NOOP("ExportFormat", "CSL-JSON"),
    QT_TRANSLATE_NOOP("ExportFormat", "Zotero, Pandoc citeproc"),
    QT_TRANSLATE_NOOP("ExportFormat", "HTML report"),
    QT_TRANSLATE_NOOP("ExportFormat", "a report for the browser, with contents"),
    QT_TRANSLATE_NOOP("ExportFormat", "PDF report"),
    QT_TRANSLATE_NOOP("ExportFormat", "a report to print or send, with title page and contents"),
)


def format_label(export_format: ExportFormat) -> str:
    return QCoreApplication.translate("ExportFormat", export_format.label)


def format_description(export_format: ExportFormat) -> str:
    return QCoreApplication.translate("ExportFormat", export_format.description)
