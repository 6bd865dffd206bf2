"""The status bar says when the rows on screen stand in for a ranking still being computed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from press_archive.ui.status_bar import StatusBar


def test_the_ranking_note_shows_only_while_the_ranking_is_pending(qtbot: QtBot) -> None:
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.show()
    assert not bar.ranking_note.isVisible()
    bar.show_ranking_pending(True)
    assert bar.ranking_note.isVisible()
    bar.show_ranking_pending(False)
    assert not bar.ranking_note.isVisible()
