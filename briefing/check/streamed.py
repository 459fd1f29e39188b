"""A file's records straight from the parser's events, when there is nothing to report.

Nearly every file of a briefing is clean. For those, building located nodes
(`yamlsafe.read_yaml`) and walking them again (`fields.check_file`) cost
more than twice the parse itself. This reader makes the same `RawRecord`s
in one pass over the events: each value checked as it arrives
(`clean_values`), each record's values and places gathered as its mapping
closes, and a value's place kept only where `raw.PLACES_KEPT` says the
checks across records may point.

It reports nothing. At the first thing the located checker would report,
or might (an anchor, a tag, an alias, a second document, a parse error, a
duplicate or unknown key, a value of the wrong shape or type, a text that
a comment cuts short, a cause of a warning ...), it gives up and returns
None, and the caller checks the file the located way, which says exactly
what and where. So it only ever needs to be stricter than that checker;
tests/test_streamed.py holds it to the same records, and to giving up
wherever a problem is reported.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import Any

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

from briefing.check.clean_values import Accept, NotClean, acceptor, unmarked
from briefing.check.comments import BLANKS, comment_after, may_hold_cuts
from briefing.check.raw import (
    LIST_PLACES_KEPT,
    PLACE_INDEX,
    PLACES_KEPT,
    RawRecord,
    SharedValues,
    keep_places,
)
from briefing.check.yamlsafe import DEFAULT_LOADER, unremarkable
from briefing.records.problems import ProblemSink
from briefing.records.schema import FIELDS, TOP_LEVEL_KEYS, Field, Kind


def read_records(data: bytes, sink: ProblemSink, shared: SharedValues) -> list[RawRecord] | None:
    """The records of a file (`data`), as `fields.check_file` makes them from a
    clean file; None when the located checker may have something to say.

    `sink`: the file's, for the problems the checks across records find later.
    """
    prepared = unremarkable(data)
    if prepared is None:
        return None
    data, text = prepared
    parser = DEFAULT_LOADER(data)
    try:
        questions = text if "?" in text else None
        comments = text if may_hold_cuts(text) else None
        walk = _Walk(parser.get_event, sink, shared, questions, unmarked(text), comments)
        return walk.file()
    except (NotClean, yaml.YAMLError):
        return None
    finally:
        parser.dispose()


def _place(event: Any) -> int:
    """Where an event starts, as `raw.packed` keeps a node's place."""
    mark = event.start_mark
    line: int = mark.line
    column: int = mark.column
    return (line + 1) << 32 | (column + 1)


def _collection(event: Any, kind: type) -> None:
    """`event` starts a `kind` collection with no anchor and no tag, or NotClean."""
    anchor, tag = getattr(event, "anchor", None), getattr(event, "tag", None)
    if type(event) is not kind or anchor is not None or tag is not None:
        raise NotClean


def _tagged_text(tag: str) -> bool:
    """False (not plain: text, whatever it reads like) for a value tagged `!!str`
    or `!`, as `yamlsafe` reads it; NotClean for any other tag (refused there)."""
    if tag not in _TEXT_TAGS:
        raise NotClean
    return False


_TEXT_TAGS = ("!", "tag:yaml.org,2002:str")


_TEXT = Kind.TEXT


def _not_cut(text: str, event: Any) -> None:
    """NotClean when a comment follows the plain scalar of `event` on its line:
    the located check may warn that it cut a text short."""
    if event.value and comment_after(text, event.end_mark.index) is not None:
        raise NotClean


def _expect(event: Any, kind: type) -> None:
    if type(event) is not kind:
        raise NotClean


class _Walk:
    """One file's events, walked as the schema lays out a briefing file.

    Events are typed `Any`: they are told apart by `type() is`, which a type
    checker cannot follow (as in `yaml_builder.Builder`).
    """

    def __init__(
        self,
        next_event: Callable[[], Any],
        sink: ProblemSink,
        shared: SharedValues,
        text_with_question_marks: str | None,
        unmarked: bool,
        text_with_comments: str | None = None,
    ) -> None:
        self._next_event = next_event
        #: the text, when a comment may follow a value on its line: a plain
        #: text that one follows gives up (comments.warn_comments_cutting_text)
        self._comment_text = text_with_comments
        self._sink = sink
        self._shared = shared
        # PyYAML reads `[?x]` as an explicit key; the located reader refuses
        # a plain scalar right after a '?' (yaml_builder.Builder._refuse_split_question).
        self._question_text = text_with_question_marks
        #: each section's fields, with checks that skip looking for characters
        #: the reader marks when the file's text shows that there are none
        self._plans = _UNMARKED_PLANS if unmarked else _PLANS
        #: the places records keep, one array per file (`raw.keep_places`)
        self._places: array[int] = array("Q")
        #: equal texts of the file held once, as `yamlsafe` holds them
        self._texts: dict[str, str] = {}

    def file(self) -> list[RawRecord]:
        next_event = self._next_event
        _expect(next_event(), StreamStartEvent)
        _expect(next_event(), DocumentStartEvent)
        _collection(next_event(), MappingStartEvent)
        records: list[RawRecord] = []
        sections: set[str] = set()
        while True:
            event = next_event()
            if type(event) is MappingEndEvent:
                break
            section = self._scalar(event)
            if section not in TOP_LEVEL_KEYS or section in sections:
                raise NotClean
            sections.add(section)
            start = next_event()
            if section == "briefing":
                _collection(start, MappingStartEvent)
                records.append(self._record(section, start))
                continue
            _collection(start, SequenceStartEvent)
            while True:
                start = next_event()
                if type(start) is SequenceEndEvent:
                    break
                _collection(start, MappingStartEvent)
                records.append(self._record(section, start))
        _expect(next_event(), DocumentEndEvent)
        _expect(next_event(), StreamEndEvent)  # not a second document
        return records

    def _scalar(self, event: Any) -> str:
        """A scalar's text, if it has no anchor, no tag, and no '?' just before it."""
        if type(event) is not ScalarEvent or event.anchor is not None or event.tag is not None:
            raise NotClean
        if self._question_text is not None and not event.style:
            self._not_after_question_mark(event)
        value: str = event.value
        return value

    def _not_after_question_mark(self, event: Any) -> None:
        """NotClean when the plain scalar of `event` follows a '?' (`[?x]`)."""
        text = self._question_text
        mark = event.start_mark
        if text is None or mark is None or (mark.index and text[mark.index - 1] == "?"):
            raise NotClean

    # `_record` and `_items` see every scalar of a briefing: `_scalar` and
    # `_place` are written out in them (a call per scalar was a tenth of the check).

    def _record(self, section: str, start: Any) -> RawRecord:
        """The record whose mapping `start` opens, as `fields._check_record` makes it."""
        next_event = self._next_event
        questions = self._question_text is not None
        comments = self._comment_text
        shared = self._shared
        held = self._texts.setdefault
        plan = self._plans[section]
        record = RawRecord(section, self._sink, shared, self._places)
        values: dict[str, object] = {}
        places = [0] * len(PLACES_KEPT[section])
        while True:
            event = next_event()
            kind = type(event)
            if kind is MappingEndEvent:
                break
            if kind is not ScalarEvent or event.anchor is not None or event.tag is not None:
                raise NotClean
            if questions and not event.style:
                self._not_after_question_mark(event)
            planned = plan.get(event.value)
            if planned is None:
                raise NotClean
            name, spec, accept, same_text, index = planned
            if name in values:  # a duplicate key
                raise NotClean
            event = next_event()
            if spec.many:
                _collection(event, SequenceStartEvent)
                value: object = self._items(spec, accept, same_text, record)
            else:
                if type(event) is not ScalarEvent or event.anchor is not None:
                    raise NotClean
                plain = not event.style
                if questions and plain:
                    self._not_after_question_mark(event)
                if event.tag is not None:
                    plain = _tagged_text(event.tag)
                value = accept(spec, event.value, plain, shared)
                if comments is not None and not event.style and spec.kind is _TEXT:
                    end: Any = event.end_mark  # (a Mark: typed Optional by the stubs)
                    if comments.startswith(BLANKS, end.index):
                        _not_cut(comments, event)
                if same_text and isinstance(value, str):
                    value = held(value, value)
            if index >= 0:
                mark = event.start_mark
                places[index] = (mark.line + 1) << 32 | (mark.column + 1)
            values[name] = value
        for name in _REQUIRED[section]:
            if name not in values:
                raise NotClean
        record.values = values
        keep_places(record, _place(start), places)
        return record

    def _items(
        self, spec: Field, accept: Accept, same_text: bool, record: RawRecord
    ) -> tuple[object, ...]:
        """A list's values, as `fields._check_list` makes them; the places of references."""
        next_event = self._next_event
        questions = self._question_text is not None
        comments = self._comment_text if spec.kind is _TEXT else None
        shared = self._shared
        held = self._texts.setdefault
        items: list[object] = []
        places: list[int] = []
        while True:
            event = next_event()
            kind = type(event)
            if kind is SequenceEndEvent:
                break
            if kind is not ScalarEvent or event.anchor is not None:
                raise NotClean
            plain = not event.style
            if questions and plain:
                self._not_after_question_mark(event)
            if event.tag is not None:
                plain = _tagged_text(event.tag)
            item = accept(spec, event.value, plain, shared)
            if (
                comments is not None
                and not event.style
                and comments.startswith(BLANKS, event.end_mark.index)
            ):
                _not_cut(comments, event)
            items.append(held(item, item) if same_text and isinstance(item, str) else item)
            mark = event.start_mark
            places.append((mark.line + 1) << 32 | (mark.column + 1))
        if spec.non_empty and not items:
            raise NotClean
        if spec.name in LIST_PLACES_KEPT[record.section]:  # references, and `same_as`
            if record.pending is None:
                record.pending = {}
            record.pending[spec.name] = places
        return tuple(items)


_HELD_ONCE = (Kind.TEXT, Kind.URL, Kind.PATH)
#: A field's plan: its name (the schema's string), its row, the check of a
#: value, whether equal texts of it are held once, and the index of its place
#: in `raw.PLACES_KEPT` (-1: not kept).
_Plan = tuple[str, Field, Accept, bool, int]


def _plans(marks_possible: bool) -> dict[str, dict[str, _Plan]]:
    """Per top-level key: each field authors write, by the key they write, with its plan."""
    return {
        section: {
            name: (
                spec.name,
                spec,
                acceptor(spec, marks_possible),
                spec.kind in _HELD_ONCE,
                PLACE_INDEX[section].get(spec.name, -1),
            )
            for name, spec in fields.items()
        }
        for section, fields in FIELDS.items()
    }


_PLANS = _plans(marks_possible=True)
_UNMARKED_PLANS = _plans(marks_possible=False)
_REQUIRED = {
    section: tuple(spec.name for spec in fields.values() if spec.required)
    for section, fields in FIELDS.items()
}
