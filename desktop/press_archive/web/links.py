"""The links of a fetched page, resolved and normalised, in the order they appear."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from press_archive.web.urls import normalise_url


def extract_links(markup: str, page_url: str) -> list[str]:
    """Every distinct page or file the page links to (`<a href>`), resolved against its `<base>`.

    Links that lead nowhere on the web (mail, scripts, fragments of this page) are left out.
    """
    tree = LexborHTMLParser(markup)
    base = page_url
    for element in tree.css("base[href]"):
        resolved = normalise_url(element.attributes.get("href") or "", page_url)
        if resolved:
            base = resolved
        break
    own = normalise_url(page_url)
    found: dict[str, None] = {}
    for anchor in tree.css("a[href]"):
        url = normalise_url(anchor.attributes.get("href") or "", base)
        if url and url != own:
            found.setdefault(url)
    return list(found)
