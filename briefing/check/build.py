"""Building the typed Briefing from checked records, with its derived fields."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import cast

from briefing.check.fields import RawRecord
from briefing.records.anchoring import NormalisedText, Span
from briefing.records.dates import DateValue
from briefing.records.model import Actor, ActorKind, Briefing, Channel, Event, Quote, Source
from briefing.records.text import needs_marks


def build_briefing(
    records: dict[str, list[RawRecord]],
    texts: dict[str, NormalisedText],
    spans: dict[str, Span],
) -> Briefing:
    """The typed briefing, from records that passed every check.

    Derived fields are computed here, once, so that no reader computes them:
    events in chronological order, actors' counts and affiliation names,
    events' source titles, whether any string holds a character that
    `visible()` marks (a control, bidirectional or zero-width character).
    """
    sources = tuple(
        Source(
            id=_str(r, "id"),
            title=_str(r, "title"),
            outlet=_opt(r, "outlet"),
            published=_date(r, "published"),
            url=_opt(r, "url"),
            credits=_tuple(r, "credits"),
            text_path=_opt(r, "text"),
            text=texts[r.id].original if r.id in texts else None,
        )
        for r in records["sources"]
    )
    source_titles = {source.id: source.title for source in sources}
    events = sorted(
        (
            Event(
                id=_str(r, "id"),
                title=_str(r, "title"),
                when=cast(DateValue, r.values["when"]),
                sources=_tuple(r, "sources"),
                when_text=_opt(r, "when_text"),
                place=_opt(r, "place"),
                actors=_tuple(r, "actors"),
                summary=_opt(r, "summary"),
                source_titles=tuple(source_titles[i] for i in _tuple(r, "sources")),
            )
            for r in records["events"]
        ),
        key=lambda e: e.when.sort_key(e.id),
    )
    quotes = tuple(
        Quote(
            id=_str(r, "id"),
            text=_str(r, "text"),
            speaker=_str(r, "speaker"),
            source=_str(r, "source"),
            said=_date(r, "said"),
            channel=Channel(_str(r, "channel")) if "channel" in r.values else None,
            reported_by=_opt(r, "reported_by"),
            event=_opt(r, "event"),
            occurrence=cast("int | None", r.values.get("occurrence")),
            note=_opt(r, "note"),
            span=spans.get(_str(r, "id")),
        )
        for r in records["quotes"]
    )
    said = Counter(q.speaker for q in quotes)
    relayed = Counter(q.reported_by for q in quotes if q.reported_by)
    takes_part = Counter(a for e in events for a in set(e.actors))
    names = {_str(r, "id"): _str(r, "name") for r in records["actors"]}
    actors = tuple(
        Actor(
            id=_str(r, "id"),
            name=_str(r, "name"),
            kind=ActorKind(_str(r, "kind")),
            role=_opt(r, "role"),
            affiliations=_tuple(r, "affiliations"),
            aliases=_tuple(r, "aliases"),
            summary=_opt(r, "summary"),
            affiliation_names=tuple(names[a] for a in _tuple(r, "affiliations")),
            quotes_said=said[_str(r, "id")],
            quotes_relayed=relayed[_str(r, "id")],
            event_count=takes_part[_str(r, "id")],
        )
        for r in records["actors"]
    )
    head = records["briefing"][0]
    has_control_characters = any(
        needs_marks(value)
        for section in records.values()
        for record in section
        for value in _strings(record.values)
    ) or any(needs_marks(text.original) for text in texts.values())
    return Briefing(
        id=_str(head, "id"),
        title=_str(head, "title"),
        as_of=cast(DateValue, head.values["as_of"]),
        summary=_opt(head, "summary"),
        tags=_tuple(head, "tags"),
        language=_opt(head, "language") or "en",
        sources=sources,
        actors=actors,
        events=tuple(events),
        quotes=quotes,
        has_control_characters=has_control_characters,
    )


def _strings(values: dict[str, object]) -> Iterator[str]:
    for value in values.values():
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            yield from (v for v in value if isinstance(v, str))


def _str(record: RawRecord, name: str) -> str:
    return cast(str, record.values[name])


def _opt(record: RawRecord, name: str) -> str | None:
    return cast("str | None", record.values.get(name))


def _tuple(record: RawRecord, name: str) -> tuple[str, ...]:
    return cast("tuple[str, ...]", record.values.get(name, ()))


def _date(record: RawRecord, name: str) -> DateValue | None:
    return cast("DateValue | None", record.values.get(name))
