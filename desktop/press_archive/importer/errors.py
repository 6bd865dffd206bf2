"""The one error type of the importer: a document that cannot be read, with a reason a user can act on."""

from __future__ import annotations


class PageError(Exception):
    """A document (file or zip member) that cannot be imported.

    `source` names the document as the user gave it; `reason` says what is wrong with it in plain
    words ("not a text or HTML page: PNG image data"). The rest of an import goes on without it.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
