"""docs/briefing.schema.json: a JSON Schema of a briefing file, from the record tables."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import CONTENT, REPO, check, write_folder
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.records.dates import DateError, parse_date
from briefing.records.json_schema import DATE_PATTERN, json_schema, text

SCHEMA_FILE = REPO / "docs" / "briefing.schema.json"
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


class _AuthorsLoader(yaml.SafeLoader):
    """PyYAML's safe loader, but a date stays the string it is written as
    (YAML 1.2, which editors use, has no dates; the checker reads them as text)."""


_AuthorsLoader.add_constructor("tag:yaml.org,2002:timestamp", _AuthorsLoader.construct_yaml_str)


def load(text: str) -> Any:
    return yaml.load(text, Loader=_AuthorsLoader)  # a SafeLoader


def errors(data: Any) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(data)]


def test_the_file_is_generated_from_the_tables() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == text(), (
        "run: python -m briefing.records.json_schema > docs/briefing.schema.json"
    )


def test_it_is_a_valid_draft_2020_12_schema() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_loader_keeps_dates_as_written() -> None:
    assert load("when: 2022-02-10\nat: 2022-02-10 10:45:00\n") == {
        "when": "2022-02-10",
        "at": "2022-02-10 10:45:00",
    }


BUNDLED = sorted(CONTENT.glob("*/*.yaml"))


@pytest.mark.parametrize("path", BUNDLED, ids=[p.name for p in BUNDLED])
def test_every_bundled_file_is_valid(path: Any) -> None:
    assert errors(load(path.read_text(encoding="utf-8"))) == []


def test_an_empty_file_is_valid() -> None:
    assert errors(load("")) == []


BASE = """\
briefing: {id: b, title: T, as_of: 2022-02-10}
sources:
  - {id: s, title: S, url: "https://example.org/a?b#c", text: sources/s.txt}
actors:
  - {id: a, name: A, kind: person, affiliations: [st], same_as: ["http://x.org/a"]}
events:
  - {id: e, title: E, when: 2022-02-07~/2022-02-09, sources: [s]}
quotes:
  - {id: q, text: hello, speaker: a, source: s, channel: news-conference, occurrence: 2}
"""

#: What the schema refuses: (what is replaced in BASE, by what).
REFUSED = {
    "an unknown top-level key": ("briefing:", "briefng:"),
    "an unknown field": ("kind: person", "kind: person, rol: x"),
    "a derived field": ("kind: person", "kind: person, quotes_said: 3"),
    "a missing required field": ("id: e, title: E, ", "id: e, "),
    "a bad id": ("id: a,", "id: Liz_Truss,"),
    "a bad reference": ("speaker: a", "speaker: A"),
    "a bad date": ("as_of: 2022-02-10", "as_of: 10 February 2022"),
    "a time with a qualifier": ("as_of: 2022-02-10", "as_of: 2022-02-10T10:45~"),
    "an interval open at both ends": ("2022-02-07~/2022-02-09", "../.."),
    "a url that is not http": ("https://example.org/a?b#c", "ftp://example.org"),
    "a url without a host": ("https://example.org/a?b#c", "https:///a"),
    "a same_as that is not a web address": ('["http://x.org/a"]', "[Q7416]"),
    "a same_as that is not a list": ('["http://x.org/a"]', '"http://x.org/a"'),
    "an unknown kind": ("kind: person", "kind: persn"),
    "an unknown channel": ("news-conference", "press"),
    "an occurrence of 0": ("occurrence: 2", "occurrence: 0"),
    "a quoted occurrence": ("occurrence: 2", 'occurrence: "2"'),
    "an event without sources": ("sources: [s]", "sources: []"),
    "a list that is text": ("affiliations: [st]", "affiliations: st"),
    "text that is a list": ("title: S,", "title: [S],"),
    "a section that is not a list": ("quotes:\n  - ", "quotes:\n    "),
}


def test_the_base_briefing_is_valid() -> None:
    assert errors(load(BASE)) == []


@pytest.mark.parametrize("case", REFUSED)
def test_it_refuses(case: str) -> None:
    old, new = REFUSED[case]
    assert old in BASE
    assert errors(load(BASE.replace(old, new, 1))) != []


# Dates: the pattern and the checker's parser agree. Strings are drawn from a
# loose grammar around the contract's forms, so most are near misses.
_TIME = r"T[0-9]{1,3}:[0-9]{1,3}(:[0-9]{2})?([Z+-][0-9:]{0,5})?"
_LOOSE = rf"(\.\.|[0-9]{{1,5}}(-[0-9]{{1,3}}(-[0-9]{{1,3}}({_TIME})?)?)?[~?%]{{0,2}})"
LOOSE_DATE = re.compile(rf"{_LOOSE}(/{_LOOSE})?")


@st.composite
def near_date(draw: st.DrawFn) -> str:
    """A point in the contract's shape, its numbers around their limits."""
    two = st.integers(0, 99).map("{:02d}".format)
    text = f"{draw(st.integers(0, 9999)):04d}"
    for separator, numbers in (("-", st.integers(0, 13)), ("-", st.integers(0, 32))):
        if not draw(st.booleans()):
            return text + draw(st.sampled_from(["", "", "~", "?", "%"]))
        text += separator + draw(numbers.map("{:02d}".format))
    if draw(st.booleans()):
        text += f"T{draw(st.integers(0, 24)):02d}:{draw(st.integers(0, 60)):02d}"
        text += draw(st.sampled_from(["", f":{draw(two)}"]))
        text += draw(st.sampled_from(["", "Z", f"+{draw(two)}:{draw(two)}", f"-{draw(two)}"]))
    return text + draw(st.sampled_from(["", "", "~"]))


DATES = st.one_of(
    st.from_regex(LOOSE_DATE, fullmatch=True),
    near_date(),
    st.tuples(near_date(), st.sampled_from(["/", "/../", "../"]), near_date()).map(
        lambda parts: parts[0] + parts[1] + parts[2] if parts[1] == "/" else parts[1] + parts[2]
    ),
    near_date().map(lambda point: point + "/.."),
)


@settings(max_examples=500)
@given(DATES)
def test_the_date_pattern_accepts_what_the_checker_accepts(value: str) -> None:
    matches = re.search(DATE_PATTERN, value) is not None
    try:
        parse_date(value)
    except DateError as exc:
        # a wrong form never matches; an impossible date (30 Feb) may
        assert not matches or exc.code != "bad-date", value
    else:
        assert matches, value


@pytest.mark.parametrize(
    "value",
    ["2022", "2022-02", "2022-02-10", "2022-02-10T10:45", "2022-02-10T10:45:00+01:00",
     "2022-02-10T10:45Z", "2022-02-09~", "2022-02-09?", "2022-02-09%", "2022-02-10/2022-02-20",
     "2022-02-07~/2022-02-09", "2022-02-15/..", "../2022-02-10"],
)  # fmt: skip
def test_the_contracts_date_examples_match(value: str) -> None:
    parse_date(value)
    assert re.search(DATE_PATTERN, value)


# The schema and the checker agree: on a briefing `check` accepts, and on each of
# the broken ones above, which both refuse (what the schema cannot express, unique
# ids, references that exist, quotes found in their source, `check` alone sees).
CHECKED = BASE.replace(
    "actors:\n", "actors:\n  - {id: st, name: State, kind: state}\n"
)  # fmt: skip
SOURCE_TEXT = "hello, and hello again.\n"


def checked(yaml_text: str, tmp_path: Path) -> list[str]:
    folder = write_folder(
        tmp_path / "b", {"briefing.yaml": yaml_text, "sources/s.txt": SOURCE_TEXT}
    )
    return [p.code for p in check(folder) if p.is_error]


def test_a_briefing_check_accepts_the_schema_accepts(tmp_path: Path) -> None:
    assert checked(CHECKED, tmp_path) == []
    assert errors(load(CHECKED)) == []


#: What check accepts written without quotes, which YAML reads as a number:
#: (what is replaced in CHECKED, by what), each.
UNQUOTED = {
    "an id and a reference of digits": [
        ("id: st, name: State", "id: 12, name: State"),
        ("affiliations: [st]", "affiliations: [12]"),
    ],
    "a year": [("as_of: 2022-02-10", "as_of: 2022")],
}


@pytest.mark.parametrize("case", UNQUOTED)
def test_what_check_accepts_unquoted_the_schema_accepts(case: str, tmp_path: Path) -> None:
    """`id: 12` passed `briefing check`, and an editor using the schema flagged
    it (a new user's trial)."""
    text = CHECKED
    for old, new in UNQUOTED[case]:
        text = text.replace(old, new, 1)
    assert checked(text, tmp_path) == []
    assert errors(load(text)) == []


@pytest.mark.parametrize("case", REFUSED)
def test_what_the_schema_refuses_check_refuses(case: str, tmp_path: Path) -> None:
    old, new = REFUSED[case]
    broken = CHECKED.replace(old, new, 1)
    assert errors(load(broken)) != []
    assert checked(broken, tmp_path) != [], f"check accepts {case}"


def test_the_date_pattern_refuses_an_offset_without_its_colon() -> None:
    """The checker refuses `10:45:00+0100` (an audit); an editor must flag it too."""
    assert re.search(DATE_PATTERN, "2022-02-10T10:45:00+0100") is None
    assert re.search(DATE_PATTERN, "2022-02-10T10:45:00+01") is not None
