"""What the archive's hit lists read, recorded for a test while they go on reading as before."""

from __future__ import annotations

from typing import Any

import pytest

from press_archive.archive import hit_list


def recorded_reads(monkeypatch: pytest.MonkeyPatch, reader: str) -> list[tuple[Any, ...]]:
    """The arguments of every call the hit lists make from now on to one of their readers (`search`,
    `hit_ids`, ...), which still answers as before."""
    calls: list[tuple[Any, ...]] = []
    real = getattr(hit_list, reader)

    def recording(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(hit_list, reader, recording)
    return calls
