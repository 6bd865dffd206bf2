"""JSON (one document: what was exported, then the items) and JSON Lines (one item per line).

UTF-8 with Russian as it is, not as \\u escapes, so the files stay readable and small. In JSON Lines
the characters some readers take for line ends (U+0085, U+2028, U+2029) are escaped, so that one
line is always one item.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from press_archive.exporters.records import ExportMeta, ExportRecord, meta_as_dict, record_as_dict

JSON_FORMAT_NAME = "press-archive-export"
JSON_FORMAT_VERSION = 1
_ESCAPE_LINE_SEPARATORS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def write_json(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    document = {
        "format": JSON_FORMAT_NAME,
        "version": JSON_FORMAT_VERSION,
        **meta_as_dict(meta),
        "items": [record_as_dict(record, meta.with_user_data) for record in records],
    }
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def write_json_lines(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            line = json.dumps(record_as_dict(record, meta.with_user_data), ensure_ascii=False)
            handle.write(line.translate(_ESCAPE_LINE_SEPARATORS))
            handle.write("\n")
