"""Sentences with a count in them, for code that is not a QObject of its own.

lupdate records a message's plural forms only for `tr` called on a QObject with a count, and
Russian changes the words around a number with it (1 странице, 2 страницах), so each phrase is a
whole sentence here rather than a noun pasted into one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class CountedPhrases(QObject):
    def seen_on_pages(self, count: int) -> str:
        return self.tr("Seen on %Ln pages", "", count)

    def versions_kept(self, count: int) -> str:
        return self.tr("%Ln versions kept", "", count)


#: The one instance; `tr` needs an object, never its state.
COUNTED = CountedPhrases()
