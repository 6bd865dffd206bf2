"""Laying out a page of the site as a saved text dump or as saved HTML, in the shapes the importer reads.

A page is the side column of teasers, newest first, then the main story, then navigation and the
footer. The story is printed in one of the site's four shapes (see `importer/split.py` and the
pages under `tests/data/pages/`): title over a stamp line, the title repeated with the stamp
appended, a stamp glued to the first word, or no stamp and the date in the lead's words.
Teasers are a stamp over the text, a stamp right above it, or (rarely) no stamp at all.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from enum import StrEnum

from benchmarks.writing import Story


class ArticleShape(StrEnum):
    STAMP_LINE = "stamp-line"
    TITLE_REPEATED = "title-repeated"
    STAMP_GLUED = "stamp-glued"
    DATE_IN_PROSE = "date-in-prose"


@dataclass(frozen=True)
class Page:
    english: bool
    teasers: tuple[Story, ...]  # newest first, as the side column shows them
    compact: tuple[bool, ...]  # per teaser: the stamp right above the text, with no blank line
    article: Story
    shape: ArticleShape
    slug: str


_NAVIGATION = {True: "Go back\n\nBack to the section\n\nBack to the all news", False: "Назад\n\nВсе новости"}
_FOOTER = {
    True: "© Collective Security Treaty Organization. All rights reserved.\n\nSite map",
    False: "© Организация Договора о коллективной безопасности. Все права защищены.\n\nКарта сайта",
}


def stamp(date: dt.date) -> str:
    return f"{date.day:02d}.{date.month:02d}.{date.year}"


def _text_teaser(teaser: Story, compact: bool) -> str:
    body = teaser.paragraphs[0]
    if teaser.date is None:
        return body
    gap = "\n" if compact else "\n\n"
    return f"{stamp(teaser.date)}{gap}{body}"


def _text_article(article: Story, shape: ArticleShape) -> str:
    assert article.title is not None and article.date is not None
    first, *rest = article.paragraphs
    tail = "".join(f"\n\n{paragraph}" for paragraph in rest)
    date = stamp(article.date)
    heads = {
        ArticleShape.STAMP_LINE: f"{article.title}\n\n{date}\n\n{first}",
        ArticleShape.TITLE_REPEATED: f"{article.title}\n\n{article.title} {date}\n\n{first}",
        ArticleShape.STAMP_GLUED: f"{article.title}\n{date}{first}",
        ArticleShape.DATE_IN_PROSE: f"{article.title}\n\n{first}",
    }
    return heads[shape] + tail


def page_text(page: Page) -> str:
    """The page as a text dump of the site holds it: two blank lines between items."""
    items = [
        _text_teaser(teaser, compact) for teaser, compact in zip(page.teasers, page.compact, strict=True)
    ]
    items.append(_text_article(page.article, page.shape))
    return "\n\n\n".join([*items, _NAVIGATION[page.english], _FOOTER[page.english]]) + "\n"


def _html_teaser(teaser: Story, index: int) -> str:
    date = f'<div class="news-date">{stamp(teaser.date)}</div>' if teaser.date else ""
    body = html.escape(teaser.paragraphs[0])
    return f'<div class="news-item">{date}<p><a href="/news/{index}/">{body}</a></p></div>'


def page_html(page: Page) -> str:
    """The page as a browser saves it: chrome, a side column of teasers, the article, the footer."""
    article = page.article
    assert article.title is not None and article.date is not None
    language = "en" if page.english else "ru"
    title = html.escape(article.title)
    date = (
        ""
        if page.shape is ArticleShape.DATE_IN_PROSE
        else f'<div class="news-date">{stamp(article.date)}</div>'
    )
    paragraphs = "\n".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in article.paragraphs)
    teasers = "\n".join(_html_teaser(teaser, index) for index, teaser in enumerate(page.teasers))
    back = "".join(
        f'<div class="back"><a href="/news/">{html.escape(line)}</a></div>'
        for line in _NAVIGATION[page.english].split("\n\n")
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        f'<link rel="canonical" href="https://{language}.odkb-csto.org/news/news_odkb/{page.slug}/">\n'
        "<script>window.dataLayer = window.dataLayer || [];</script>\n</head>\n<body>\n"
        '<header class="site-header"><a class="logo" href="/">CSTO</a><nav><ul><li><a href="/news/">News</a>'
        "</li></ul></nav></header>\n"
        f'<div class="page">\n<aside class="news-column">\n{teasers}\n</aside>\n'
        f'<article class="news-detail">\n<h1>{title}</h1>\n{date}\n{paragraphs}\n</article>\n{back}\n</div>\n'
        f"<footer>{html.escape(_FOOTER[page.english].splitlines()[0])}</footer>\n</body>\n</html>\n"
    )
