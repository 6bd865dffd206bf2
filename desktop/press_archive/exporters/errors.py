"""Errors an export raises, each naming the file or the selection and saying what to do about it."""

from __future__ import annotations


class ExportError(Exception):
    """An export that could not be done; `target` is the file or folder asked for, or the selection."""

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = target
        self.reason = reason


class TargetExistsError(ExportError):
    """The target is already there and replacing it was not asked for (`force`)."""

    def __init__(self, target: str) -> None:
        super().__init__(target, "already exists; export with force (--force) to replace it")


class ExportCancelledError(ExportError):
    """The user cancelled: nothing was written and the target, if it existed, is untouched."""

    def __init__(self, target: str) -> None:
        super().__init__(target, "export cancelled; nothing was written")


class UnknownFormatError(ExportError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(name, f"no such export format; known formats: {', '.join(known)}")
