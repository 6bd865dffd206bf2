"""The HTML report: one self-contained file (no scripts, no outside styles) that any browser opens."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from press_archive.exporters.records import ExportMeta, ExportRecord
from press_archive.exporters.report import report_html

BROWSER_STYLE = """\
body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; max-width: 46em; margin: 2em auto;
       padding: 0 1em; line-height: 1.5; color: #222; }
h1 { font-family: sans-serif; }
h2 { font-family: sans-serif; font-size: 1.3em; margin-top: 2.5em; padding-top: 1em;
     border-top: 1px solid #ccc; }
table.meta th { text-align: left; padding-right: 1em; vertical-align: top; }
table.contents { border-collapse: collapse; }
table.contents td { padding: 0.15em 0.6em 0.15em 0; vertical-align: top; }
td.date, p.details { color: #666; font-family: sans-serif; font-size: 0.9em; white-space: nowrap; }
p.label { font-family: sans-serif; font-weight: bold; margin-bottom: 0; }
p.user { font-family: sans-serif; color: #8a5a00; }
div.note { background: #fff8dc; padding: 0.4em 0.8em; margin: 0.3em 0; }
@media print { h1.contents, h2.first { page-break-before: always; } }
"""


def write_html_report(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    path.write_text(report_html(list(records), meta, BROWSER_STYLE), encoding="utf-8")
