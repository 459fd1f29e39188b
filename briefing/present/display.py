"""A briefing made safe to show, once, where the reader loads it.

Every string of content (YAML fields and source texts) is passed through
`visible()`, so no control character, escape sequence, bidirectional
control or stray zero-width character can reach a terminal. `visible()`
replaces each such character with exactly one symbol,
so offsets into a source text (quote spans, paragraphs) still hold. In source
texts a carriage return becomes a space (CRLF files would otherwise show `␍`
at every line end), also one for one.

A field the reader shows on one line (a title, a name, a place, a tag: every
text but those whose lines are their own, `Field.one_line`) goes through
`visible_line()` instead: a line break in it is shown as `␊` and a tab as `␉`,
one for one too, so that no row of a pane breaks in two and hides the rest
of what it says.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any, TypeVar

from briefing.records.model import Briefing
from briefing.records.schema import TABLES
from briefing.records.text import visible, visible_line

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")

#: By record type, its attributes shown on one line.
_ONE_LINE: dict[object, frozenset[str]] = {
    table.model: frozenset(f.attribute for f in table.fields if f.one_line)
    for table in TABLES.values()
}
_NONE: frozenset[str] = frozenset()


def _clean_value(value: Any, one_line: bool) -> Any:
    shown = visible_line if one_line else visible
    if isinstance(value, str):
        return shown(value)
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return tuple(shown(v) for v in value)
    return value


def _clean(record: T, lines_kept: bool) -> T:
    one_line = _NONE if lines_kept else _ONE_LINE.get(type(record), _NONE)
    changes = {}
    for field in fields(record):
        value = getattr(record, field.name)
        cleaned = _clean_value(value, field.name in one_line)
        if cleaned is not value and cleaned != value:
            changes[field.name] = cleaned
    return replace(record, **changes) if changes else record


def for_display(briefing: Briefing) -> Briefing:
    """A copy of `briefing` whose every string is safe to hand to a widget, and
    whose every field shown on one line has no line break or tab left in it.

    Nearly every briefing holds no character that `visible()` or, in such a
    field, `visible_line()` marks (the checker notes whether it does, in
    `has_control_characters`): those are returned as they are, at no cost.
    """
    return _cleaned(briefing, lines_kept=False)


def without_hidden(briefing: Briefing) -> Briefing:
    """`for_display` for an export: every line break and tab kept where it is
    (a CSV cell keeps it; Markdown and HTML put a one-line field on one line)."""
    return _cleaned(briefing, lines_kept=True)


def _cleaned(briefing: Briefing, lines_kept: bool) -> Briefing:
    if not briefing.has_control_characters:
        return briefing
    sources = tuple(
        _clean(replace(s, text=None if s.text is None else s.text.replace("\r", " ")), lines_kept)
        for s in briefing.sources
    )
    return replace(
        _clean(briefing, lines_kept),
        sources=sources,
        actors=tuple(_clean(a, lines_kept) for a in briefing.actors),
        events=tuple(_clean(e, lines_kept) for e in briefing.events),
        quotes=tuple(_clean(q, lines_kept) for q in briefing.quotes),
    )
