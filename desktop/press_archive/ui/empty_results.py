"""Why the result list is empty, said in the list itself: no hits (and queries spelled close that
would find something), an empty archive (and how to fill it), or a query that cannot be read (and
where).

The spellings are looked up in the archive's vocabulary, in a job: a search with no hits paints
its "no items match" at once, and the suggestions join it when they come.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from press_archive.archive import QueryError
from press_archive.model import SearchResult, Suggestion
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.result_list_view import ResultListView

SUGGESTIONS_CHANNEL = "suggestions"
#: The scheme of a suggestion's link in the placeholder: the rest of the link is the query.
SUGGESTION_LINK = "query:"


class EmptyResults(QObject):
    """Keeps the list's placeholder in step with the search on screen."""

    #: A suggested query was clicked.
    query_picked = Signal(str)
    #: The placeholder changed (for tests and screenshots): its text, or "" once there are hits.
    explained = Signal(str)

    def __init__(self, view: ResultListView, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._runner = runner
        self._why: Callable[[], str] = str  # writes the reason on screen, again when the language changes
        view.placeholder.linkActivated.connect(self._link_clicked)

    def explain(self, result: SearchResult) -> None:
        """After a first page: say why it is empty, if it is."""
        self._runner.invalidate(SUGGESTIONS_CHANNEL)
        if result.hits:
            self._show(str)
        elif not result.request.query.strip():
            self._show(self._empty_archive)
        else:
            query = result.request.query
            self._show(lambda: self._no_hits(query, None))
            self._runner.submit(
                lambda context: _suggest(context, result),
                lambda found: self._show(lambda: self._no_hits(query, found)),
                lambda _error: None,  # the list keeps saying "no items match", which stays true
                channel=SUGGESTIONS_CHANNEL,
            )

    def explain_error(self, error: QueryError) -> None:
        """A query that cannot be read: said in the list when it has nothing else to show."""
        self._runner.invalidate(SUGGESTIONS_CHANNEL)
        if self._view.model().rowCount() == 0:
            self._show(lambda: self._query_error(error))

    def retranslate(self) -> None:
        self._show(self._why)

    def _show(self, why: Callable[[], str]) -> None:
        self._why = why
        text = why()
        self._view.set_placeholder(text)
        self.explained.emit(text)

    def _link_clicked(self, link: str) -> None:
        if link.startswith(SUGGESTION_LINK):
            self.query_picked.emit(link.removeprefix(SUGGESTION_LINK))

    def _no_hits(self, query: str, suggestions: list[Suggestion] | None) -> str:
        heading = self.tr("No items match {query}.").format(query=f"<b>{html.escape(query)}</b>")
        if suggestions is None:
            return heading
        if not suggestions:
            return heading + "<br>" + self.tr(
                "Check the spelling, use fewer words, or remove a filter."
            )
        links = [
            self.tr("{query} ({hits})").format(
                query=f'<a href="{SUGGESTION_LINK}{html.escape(found.query, quote=True)}">'
                f"{html.escape(found.query)}</a>",
                hits=self.tr("%Ln items", "", found.hits),
            )
            for found in suggestions
        ]
        return heading + "<br>" + self.tr("Did you mean: {queries}?").format(queries=", ".join(links))

    def _empty_archive(self) -> str:
        return "<b>{}</b><br>{}".format(
            self.tr("The archive is empty."),
            self.tr(
                "Import saved pages or web archives with File ▸ Import (or drop them here), "
                "or get the site on the command line with {command}."
            ).format(command="<code>press-archive fetch</code>"),
        )

    def _query_error(self, error: QueryError) -> str:
        cut = error.position
        marked = "{}<u><b>{}</b></u>{}".format(
            html.escape(error.query[:cut]), html.escape(error.query[cut:cut + 1] or " "),
            html.escape(error.query[cut + 1:]),
        )
        return "<b>{}</b><br>{}<br><code>{}</code>".format(
            self.tr("The query cannot be read."),
            self.tr("{reason} (at character {position})").format(
                reason=html.escape(error.reason), position=error.position + 1
            ),
            marked,
        )


def _suggest(context: JobContext, result: SearchResult) -> list[Suggestion]:
    return context.archive.suggest(result.request)
