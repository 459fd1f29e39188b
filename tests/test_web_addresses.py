"""Web addresses: a source's `url` and an actor's `same_as` list.

Each is checked as the contract says (`http://` or `https://` only), and a
bad one is a located `bad-url` error, never a crash.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import briefing_files, check, write_folder

from briefing.check.content import check_content
from briefing.index.codec import briefing_from_json, briefing_to_json
from briefing.records.docs import markdown
from briefing.records.json_schema import json_schema
from briefing.records.queries import BriefingQueries

SOURCE = "sources:\n  - id: t\n    title: T\n    url: {url}\n"


@pytest.mark.parametrize("url", ['"http://["', '"https://[::1"', "http://[x]y"])
def test_a_url_python_cannot_split_is_a_located_error(in_tmp: Path, url: str) -> None:
    """An unclosed IPv6 bracket once made `urlsplit` raise: exit 3, "internal error"."""
    write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": SOURCE.format(url=url)}))
    problems = check(in_tmp / "b")
    assert [(p.code, p.file, p.line, p.column) for p in problems] == [
        ("bad-url", "b/extra.yaml", 4, 10)
    ]


ACTOR = "actors:\n  - id: b\n    name: B\n    kind: person\n    same_as: {same_as}\n"
WIKIDATA = "https://www.wikidata.org/entity/Q7416"


def checked(folder: Path, same_as: str) -> list[tuple[str, str, int, int]]:
    write_folder(folder, briefing_files(**{"extra.yaml": ACTOR.format(same_as=same_as)}))
    return [(p.code, p.file, p.line, p.column) for p in check(folder)]


def test_same_as_goes_through_the_index_json_unchanged(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "b",
        briefing_files(**{"extra.yaml": ACTOR.format(same_as=f"[{WIKIDATA}, http://x.org/b]")}),
    )
    result = check_content(folder).folders[0]
    assert result.problems == [] and result.briefing is not None
    assert BriefingQueries(result.briefing).actor("b").same_as == (WIKIDATA, "http://x.org/b")
    assert BriefingQueries(result.briefing).actor("a").same_as == ()
    data = json.loads(json.dumps(briefing_to_json(result.briefing)))
    assert [a["same_as"] for a in data["actors"]] == [[], [WIKIDATA, "http://x.org/b"]]
    again = briefing_from_json(data)
    assert again == result.briefing and BriefingQueries(again).actor("b").same_as == (
        WIKIDATA,
        "http://x.org/b",
    )


@pytest.mark.parametrize(
    ("same_as", "column"),
    [
        (f"[{WIKIDATA}, Q7416]", 15 + len(WIKIDATA) + 2),
        ("[ftp://example.org/b]", 15),
        ('["http://["]', 15),
        (f"\n      - {WIKIDATA}\n      - www.wikidata.org/entity/Q7416", 9),
    ],
    ids=["no scheme", "not http", "unsplittable", "block list"],
)
def test_a_bad_same_as_item_is_a_located_error(in_tmp: Path, same_as: str, column: int) -> None:
    line = 5 + same_as.count("\n")
    assert checked(in_tmp / "b", same_as) == [("bad-url", "b/extra.yaml", line, column)]


def test_same_as_must_be_a_list(in_tmp: Path) -> None:
    assert checked(in_tmp / "b", WIKIDATA) == [("wrong-type", "b/extra.yaml", 5, 14)]


def test_same_as_is_documented_and_in_the_json_schema() -> None:
    assert (
        "| same_as | no | list of text | `http://` or `https://` URIs that identify the actor"
        in markdown()
    )
    actor = json_schema()["$defs"]["actor"]
    assert actor["properties"]["same_as"]["items"] == {"$ref": "#/$defs/url"}
    assert "same_as" not in actor["required"]


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ('"https://example.org/a b"', "a web address has no spaces or line breaks in it"),
        ('"https://example.org/\\e[2J"', "a web address holds no control or invisible characters"),
        ("ftp://example.org", "a web address starts with http:// or https://"),
        # what a reader's `o` or an export's link must never be given
        ("javascript:alert(1)", "a web address starts with http:// or https://"),
        ("file:///etc/passwd", "a web address starts with http:// or https://"),
        ('"data:text/html,<b>x</b>"', "a web address starts with http:// or https://"),
        ("https:/example.org", "a web address needs a host after the '//'"),
        ('"http://["', "it cannot be read as an address"),
    ],
)
def test_a_bad_url_is_told_what_is_wrong_with_it(in_tmp: Path, url: str, said: str) -> None:
    """Every bad address was told it must start with http:// or https://,
    even one that did (a new user's trial: a space and an escape in it)."""
    write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": SOURCE.format(url=url)}))
    (problem,) = [p for p in check(in_tmp / "b") if p.code == "bad-url"]
    assert said in problem.message
