"""YAML front matter for notes, written without a YAML library.

Every string is a double-quoted scalar with JSON's escapes (JSON strings are valid YAML), and the
characters YAML does not allow in a file or reads as line breaks (C1 controls, U+2028, U+2029) are
escaped too, so Obsidian, Pandoc and PyYAML read back exactly the text that was written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping

#: Characters outside YAML's printable set, plus the ones YAML 1.1 treats as line breaks.
_NOT_YAML_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029]"
)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def yaml_scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return _NOT_YAML_PRINTABLE.sub(_escape, json.dumps(value, ensure_ascii=False))
    raise TypeError(f"no YAML scalar for a {type(value).__name__}")


def front_matter(fields: Mapping[str, object]) -> str:
    """A `---` block of the fields; a list is a block sequence, an empty one `[]`."""
    lines = ["---"]
    for name, value in fields.items():
        if isinstance(value, list | tuple):
            lines.append(f"{name}:" + ("" if value else " []"))
            lines.extend(f"  - {yaml_scalar(entry)}" for entry in value)
        else:
            lines.append(f"{name}: {yaml_scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"
