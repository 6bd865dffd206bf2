"""Pages written for the reliability tests, in the shapes the site's pages are saved in.

Every item is numbered; its number fixes its date, its text and its language, so a test knows which
items a page holds and can search for one by its number. Later pages show some earlier items again,
as the site's side column does, so an import records items seen on several pages.
"""

from __future__ import annotations

import datetime as dt
import html
import random
import zipfile
from pathlib import Path

from press_archive.model import Language

FIRST_DAY = dt.date(2012, 1, 1)
_PLACES_EN = ("Minsk", "Yerevan", "Astana", "Bishkek", "Dushanbe", "Moscow")
_PLACES_RU = ("Минске", "Ереване", "Астане", "Бишкеке", "Душанбе", "Москве")
_NAVIGATION = {Language.EN: "Go back", Language.RU: "Назад"}


def item_date(number: int) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=number)


def item_text(number: int, language: Language) -> str:
    """The body of item `number`: unique to it, and naming its number as a searchable word."""
    place = number % len(_PLACES_EN)
    if language is Language.RU:
        return (
            f"В {_PLACES_RU[place]} прошли консультации ОДКБ по региональной безопасности, "
            f"раунд номер r{number}; делегации обсудили совместные учения и пограничное сотрудничество."
        )
    return (
        f"In {_PLACES_EN[place]} the CSTO held consultations on regional security, round number "
        f"r{number}; the delegations discussed joint exercises and border cooperation."
    )


def text_page(numbers: list[int], language: Language = Language.EN) -> str:
    """A page as a text dump of the site holds it: stamp line, body, two blank lines between items."""
    items = [f"{item_date(n):%d.%m.%Y}\n\n{item_text(n, language)}" for n in numbers]
    return "\n\n\n".join([*items, _NAVIGATION[language]]) + "\n"


def html_page(numbers: list[int], language: Language = Language.EN, url: str | None = None) -> str:
    """A page as a browser saves it: a canonical link, one container per item."""
    link = f'<link rel="canonical" href="{html.escape(url)}">' if url else ""
    items = "\n".join(
        f'<div class="news-item"><div class="news-date">{item_date(n):%d.%m.%Y}</div>'
        f"<p>{html.escape(item_text(n, language))}</p></div>"
        for n in numbers
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{language.value}"><head><meta charset="utf-8">{link}</head>\n'
        f"<body>\n{items}\n</body></html>\n"
    )


def write_corpus(folder: Path, pages: int, seed: int) -> int:
    """Write `pages` page files and a zip of ten more pages; returns how many documents that is.

    Every third page is Russian, a quarter of those in the site's old cp1251 coding; every fifth page
    is HTML. Each page adds three new items and shows one earlier item of its language again.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    shown: dict[Language, list[int]] = {Language.EN: [], Language.RU: []}
    zipped: list[tuple[str, bytes]] = []
    for page in range(pages + 10):
        language = Language.RU if page % 3 == 2 else Language.EN
        numbers = [3 * page, 3 * page + 1, 3 * page + 2]
        if shown[language]:
            numbers.append(rng.choice(shown[language]))
        shown[language] += numbers[:3]
        name, data = _page_file(page, numbers, language)
        if page < pages:
            (folder / name).write_bytes(data)
        else:
            zipped.append((name, data))
    with zipfile.ZipFile(folder / "zz-saved.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in zipped:
            archive.writestr(f"saved/{name}", data)
    return pages + len(zipped)


def _page_file(page: int, numbers: list[int], language: Language) -> tuple[str, bytes]:
    stem = f"page-{page:04d}-{language.value}"
    if page % 5 == 0:
        url = f"https://{language.value}.odkb-csto.org/news/{page}/"
        return f"{stem}.html", html_page(numbers, language, url).encode("utf-8")
    coding = "cp1251" if language is Language.RU and page % 4 == 0 else "utf-8"
    return f"{stem}.txt", text_page(numbers, language).encode(coding)
