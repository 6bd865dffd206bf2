"""A re-fetch after the site corrected an article: both texts kept as one item, by the fetch and by
its capture files read back in either order, or packed in a WACZ."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.local_site import Site, running_site

from helpers.cli import run_cli
from helpers.warc import write_wacz
from press_archive.archive import Archive

CORRECTED = [
    "In Astana the CSTO held consultations on regional security, round number r2.",
    "The delegations discussed joint exercises, border protection and the training of staff.",
    "The next round will be held in Bishkek in the spring.",
]


def _fetch(db: Path, site: Site, *options: str) -> dict[str, object]:
    code, out, err = run_cli(db, "fetch", f"{site.en_url}/", "--delay", "0", "--format", "json", *options)
    assert code == 0, err
    summary: dict[str, object] = json.loads(out)
    return summary


def _article(db: Path) -> dict[str, object]:
    code, out, err = run_cli(db, "search", "r2 kind:article lang:en", "--format", "json")
    assert code == 0, err
    (hit,) = json.loads(out)
    code, out, err = run_cli(db, "show", hit["id"], "--format", "json")
    assert code == 0, err
    record: dict[str, object] = json.loads(out)
    return record


def test_a_corrected_article_fetched_again_keeps_both_versions(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with running_site(articles=3) as site:
        assert _fetch(db, site)["items_changed"] == 0
        original = site.en.body(2)
        site.en.revised[2] = CORRECTED
        again = _fetch(db, site, "--full")
        assert site.en.downloads("/news/2/") == 2, "the changed page was downloaded again"
    assert again["items_changed"] == 1 and again["items_new"] == 0
    record = _article(db)
    versions = record["versions"]
    assert isinstance(versions, list) and len(versions) == 2
    assert [version["body"] for version in versions] == [original, CORRECTED]
    assert [version["current"] for version in versions] == [False, True]
    assert record["body"] == CORRECTED
    assert all(version["first_seen"] and version["last_seen"] for version in versions)
    assert versions[0]["last_seen"] < versions[1]["first_seen"]

    code, out, _err = run_cli(db, "show", str(record["id"]), "--versions")
    assert code == 0
    assert "version 1 of 2, captured" in out and "version 2 of 2 (shown), captured" in out
    assert "[-cooperation-] {+protection+}" in out
    assert "{+The next round will be held in Bishkek in the spring.+}" in out

    code, out, _err = run_cli(db, "show", str(record["id"]))
    assert "changed on the site on " in out and "2 versions kept" in out
    with Archive(db) as archive:
        assert archive.search("r2 cooperation lang:en kind:article").total == 0
        assert archive.search("r2 cooperation lang:en kind:article version:all").total == 1


def test_the_capture_files_in_any_order_and_packaging_give_the_same_item_and_versions(tmp_path: Path) -> None:
    fetched = tmp_path / "fetched.db"
    with running_site(articles=3) as site:
        _fetch(fetched, site)
        site.en.revised[2] = CORRECTED
        _fetch(fetched, site, "--full")
    expected = _article(fetched)
    files = sorted((tmp_path / "fetched-captures").glob("*.warc.gz"))
    assert len(files) == 2
    for name, order in (("forward.db", files), ("backward.db", files[::-1])):
        lines = []
        for capture_file in order:
            code, out, err = run_cli(tmp_path / name, "import", str(capture_file))
            assert code == 0, err
            lines.append(out)
        assert "1 changed on the site" in lines[-1] and "changed on the site" not in lines[0]
        _assert_same(_article(tmp_path / name), expected)
    # One web-archive package, whose later capture comes first.
    package = tmp_path / "site.wacz"
    earlier, later = (path.read_bytes() for path in files)
    write_wacz(package, {"a-later.warc.gz": later, "b-earlier.warc.gz": earlier})
    code, _out, err = run_cli(tmp_path / "from-wacz.db", "import", str(package))
    assert code == 0, err
    _assert_same(_article(tmp_path / "from-wacz.db"), expected)


def _assert_same(record: dict[str, object], expected: dict[str, object]) -> None:
    assert record["id"] == expected["id"]
    assert record["versions"] == expected["versions"]
    assert record["body"] == CORRECTED
