"""The record tables: the model, the checker's records and the index's JSON agree.

`briefing.records.schema` holds one table per record type; the checker, the
builder and the index codec are derived from it. These tests hold the table
to the model's dataclasses, every record the checker builds to the model's
annotations, and the codec to the table (every row written, read back equal,
and a damaged row refused).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from conftest import CONTENT, write_folder

from briefing.check.content import check_content
from briefing.index.codec import IndexShapeError, briefing_from_json, briefing_to_json
from briefing.records.anchor_results import Span
from briefing.records.dates import DateValue
from briefing.records.model import Briefing, CheckerWarning
from briefing.records.queries import BriefingQueries
from briefing.records.schema import TABLES, Field, Kind

#: The Python type of one value of each kind (ENUM: the field's enum).
KIND_TYPES: dict[Kind, type] = {
    Kind.ID: str,
    Kind.TEXT: str,
    Kind.URL: str,
    Kind.PATH: str,
    Kind.REF: str,
    Kind.DATE: DateValue,
    Kind.COUNT: int,
    Kind.FLAG: bool,
    Kind.SPAN: Span,
    Kind.WARNING: CheckerWarning,
}
#: The Briefing's attributes that are not fields: its records.
BRIEFING_PARTS = {"sources", "actors", "events", "quotes"}


def fields_of(model: type) -> set[str]:
    """The model's attributes that are fields (rows of its table)."""
    names = set(annotations(model))
    return names - BRIEFING_PARTS if model is Briefing else names


#: A briefing that sets every field authors may write, and a control character.
EVERY_FIELD = {
    "briefing.yaml": """\
briefing:
  id: full
  title: Every field
  as_of: 2022-02-10T10:45:00+01:00
  summary: "Two lines\\u0007"
  tags: [diplomacy, europe]
  language: de
sources:
  - id: s
    title: S
    outlet: Wire
    published: 2022-02-09~
    url: https://example.org/s
    credits: [AP, Reuters]
    text: sources/s.txt
  - id: bare
    title: Bare
    published: 2022-02-20
actors:
  - id: a
    name: A
    kind: person
    role: Minister
    affiliations: [st]
    aliases: [Ay]
    same_as: [https://www.wikidata.org/entity/Q7416]
    summary: Someone
  - id: st
    name: State
    kind: state
    role: "Head\\u200bof state"
events:
  - id: e
    title: E
    when: 2022-02-07~/2022-02-09
    when_text: early that week
    place: Moscow
    actors: [a, st]
    summary: It happened
    sources: [s, bare]
  - id: open
    title: Open
    when: ../2022-02-10
    sources: [bare]
quotes:
  - id: q
    text: hello world
    speaker: a
    source: s
    said: 2022-02-09
    channel: news-conference
    reported_by: st
    event: e
    occurrence: 2
    note: the second time
  - id: unanchored
    text: words
    speaker: st
    source: bare
    note: "a hidden\u200bspace"
""",
    "sources/s.txt": "She said hello world.\n\nThen, again: hello world.\n",
}


def annotations(model: type) -> dict[str, Any]:
    return typing.get_type_hints(model)


def expected_annotation(field: Field, default: object) -> object:
    """The type the model must give a field of this kind."""
    one: object = field.enum if field.kind is Kind.ENUM else KIND_TYPES[field.kind]
    if field.many:
        return tuple[one, ...]
    if field.required or default not in (None, dataclasses.MISSING):
        return one
    return one | None


@pytest.mark.parametrize("key", TABLES)
def test_each_table_row_is_an_attribute_of_its_model_and_typed_as_its_kind(key: str) -> None:
    table = TABLES[key]
    model = table.model
    assert isinstance(model, type)
    hints = annotations(model)
    defaults = {f.name: f.default for f in dataclasses.fields(model)}
    rows = [field.attribute for field in table.fields]
    assert sorted(rows) == sorted(fields_of(model)), "one row per attribute"
    for field in table.fields:
        want = expected_annotation(field, defaults[field.attribute])
        assert hints[field.attribute] == want, field


def conforms(value: object, annotation: Any) -> bool:
    """Whether `value` is of the (simple) annotated type."""
    origin = typing.get_origin(annotation)
    if origin is types.UnionType or origin is typing.Union:
        return any(conforms(value, arm) for arm in typing.get_args(annotation))
    if origin is tuple:
        item = typing.get_args(annotation)[0]
        return isinstance(value, tuple) and all(conforms(v, item) for v in value)
    if annotation is type(None):
        return value is None
    return isinstance(value, annotation) and (annotation is not int or type(value) is not bool)


def records_of(briefing: Briefing) -> list[object]:
    return [briefing, *briefing.sources, *briefing.actors, *briefing.events, *briefing.quotes]


def built(folder: Path) -> Briefing:
    result = check_content(folder).folders[0]
    assert result.briefing is not None, [p.message for p in result.problems]
    return result.briefing


@pytest.fixture
def every_field(tmp_path: Path) -> Briefing:
    return built(write_folder(tmp_path / "full", dict(EVERY_FIELD)))


def test_every_record_the_checker_builds_is_of_its_models_types(every_field: Briefing) -> None:
    """The builder makes records from the table with no per-field code: this
    is what holds the checker's values to the model's annotations."""
    bundled = built(next(p for p in sorted(CONTENT.iterdir()) if p.is_dir()))
    for record in records_of(every_field) + records_of(bundled):
        hints = annotations(type(record))
        for name in fields_of(type(record)):
            value = getattr(record, name)
            assert conforms(value, hints[name]), (type(record).__name__, name, value)


def test_every_field_is_set_and_derived(every_field: Briefing) -> None:
    """The briefing used here really sets every field (else the tests above prove less)."""
    for record in records_of(every_field):
        key = "briefing" if isinstance(record, Briefing) else f"{type(record).__name__.lower()}s"
        for field in TABLES[key].fields:
            values = [
                getattr(r, field.attribute)
                for r in records_of(every_field)
                if type(r) is type(record)
            ]
            assert any(v not in (None, (), 0, False) for v in values), (key, field.name)
    lookup = BriefingQueries(every_field)
    actor = lookup.actor("a")
    assert actor.affiliation_names == ("State",) and actor.quotes_said == 1
    assert lookup.actor("st").quotes_relayed == 1
    assert lookup.event("e").source_titles == ("S", "Bare")
    assert lookup.quote("q").span is not None and lookup.quote("unanchored").span is None
    assert [w.code for w in lookup.quote("unanchored").warnings] == ["format-character"]
    assert lookup.quote("q").warnings == ()
    # 'early that week' is not in its source's text: the event's warning, not a quote's
    assert [w.code for w in lookup.event("e").warnings] == ["when-text-not-in-source"]
    assert lookup.event("open").warnings == ()
    # an actor's and a source's own: a hidden character in its role, a date after as_of
    assert [w.code for w in lookup.actor("st").warnings] == ["format-character"]
    assert lookup.actor("a").warnings == ()
    assert [w.code for w in lookup.source("bare").warnings] == ["published-after-as-of"]
    assert lookup.source("s").warnings == ()
    assert every_field.has_control_characters


def through_json(briefing: Briefing) -> Briefing:
    text = json.dumps(briefing_to_json(briefing), sort_keys=True, ensure_ascii=False)
    return briefing_from_json(json.loads(text))


def test_records_read_back_from_the_index_json_are_equal(every_field: Briefing) -> None:
    bundled = built(next(p for p in sorted(CONTENT.iterdir()) if p.is_dir()))
    for briefing in (every_field, bundled):
        again = through_json(briefing)
        assert again == briefing
        assert records_of(again) == records_of(briefing)  # the records, field by field


def test_the_index_json_is_plain_and_deterministic(every_field: Briefing) -> None:
    first = json.dumps(briefing_to_json(every_field), ensure_ascii=False)
    assert first == json.dumps(briefing_to_json(through_json(every_field)), ensure_ascii=False)

    def plain(value: object) -> bool:
        if isinstance(value, dict):
            return all(type(k) is str and plain(v) for k, v in value.items())
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return value is None or type(value) in (str, int, bool)

    assert plain(briefing_to_json(every_field))


SECTION_OF = {"briefing": "head", "sources": "sources", "actors": "actors", "events": "events"}
ROWS = [(key, field.attribute) for key, table in TABLES.items() for field in table.fields]


@pytest.mark.parametrize(("key", "attribute"), ROWS, ids=[f"{k}.{a}" for k, a in ROWS])
def test_a_row_without_one_of_its_keys_is_refused(
    every_field: Briefing, key: str, attribute: str
) -> None:
    data = briefing_to_json(every_field)
    section = SECTION_OF.get(key, key)
    rows = [data[section]] if section == "head" else data[section]
    for row in rows:
        del row[attribute]
    with pytest.raises(IndexShapeError):
        briefing_from_json(data)


DAMAGE = {
    "an actor kind it does not know": ("actors", "kind", "robot"),
    "a channel it does not know": ("quotes", "channel", "telegram"),
    "no date where one is required": ("events", "when", None),
    "no as_of": ("head", "as_of", None),
    "a date of another shape": ("quotes", "said", {"text": "2022"}),
    "a span of another shape": ("quotes", "span", [1, 2]),
    "a list that is a number": ("actors", "aliases", 3),
    "warnings that are a text": ("quotes", "warnings", "quote-cuts-word"),
    "an actor's warnings that are a text": ("actors", "warnings", "actor-alike"),
    "a source's warnings that are a text": ("sources", "warnings", "published-after-as-of"),
    "an event's warnings that are a text": ("events", "warnings", "when-text-weekday"),
    "a warning of another shape": ("quotes", "warnings", [["quote-cuts-word", "cut"]]),
    "a warning's message that is a number": ("quotes", "warnings", [["quote-cuts-word", 3, None]]),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_value_of_another_shape_is_refused(every_field: Briefing, damage: str) -> None:
    section, key, value = DAMAGE[damage]
    data = briefing_to_json(every_field)
    row = data[section] if section == "head" else data[section][0]
    row[key] = value
    with pytest.raises(IndexShapeError):
        briefing_from_json(data)


def test_keys_the_index_adds_are_left_alone(every_field: Briefing) -> None:
    data = briefing_to_json(every_field)
    for row in data["quotes"]:
        row["briefing"] = "full"
    assert briefing_from_json(data) == every_field
