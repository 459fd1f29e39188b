"""A briefing made safe to show, once, where the reader loads it.

Every string of content (YAML fields and source texts) is passed through
`visible()`, so no control character, escape sequence, bidirectional
control or stray zero-width character can reach a terminal. `visible()`
replaces each such character with exactly one symbol,
so offsets into a source text (quote spans, paragraphs) still hold. In source
texts a carriage return becomes a space (CRLF files would otherwise show `␍`
at every line end), also one for one.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any, TypeVar

from briefing.records.model import Briefing
from briefing.records.text import visible

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return tuple(visible(v) for v in value)
    return value


def _clean(record: T) -> T:
    changes = {}
    for field in fields(record):
        value = getattr(record, field.name)
        cleaned = _clean_value(value)
        if cleaned is not value and cleaned != value:
            changes[field.name] = cleaned
    return replace(record, **changes) if changes else record


def for_display(briefing: Briefing) -> Briefing:
    """A copy of `briefing` whose every string is safe to hand to a widget.

    Nearly every briefing holds no character that `visible()` marks (the
    checker notes whether it does, in `has_control_characters`): those are
    returned as they are, at no cost.
    """
    if not briefing.has_control_characters:
        return briefing
    sources = tuple(
        _clean(replace(s, text=None if s.text is None else s.text.replace("\r", " ")))
        for s in briefing.sources
    )
    return replace(
        _clean(briefing),
        sources=sources,
        actors=tuple(_clean(a) for a in briefing.actors),
        events=tuple(_clean(e) for e in briefing.events),
        quotes=tuple(_clean(q) for q in briefing.quotes),
    )
