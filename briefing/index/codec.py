"""Records to plain JSON values and back, for the index.

Explicit per type (no `dataclasses.asdict`, which deep-copies and is slow at
tens of thousands of records). Everything written is a str, int, bool, None,
list or dict; reading back gives records equal to the ones written. A value of
the wrong shape raises `IndexShapeError`, so a damaged index is rebuilt.
"""

from __future__ import annotations

from typing import Any

from briefing.records.anchoring import Span
from briefing.records.dates import DatePoint, DateValue
from briefing.records.model import Actor, ActorKind, Briefing, Channel, Event, Quote, Source

Json = dict[str, Any]


class IndexShapeError(ValueError):
    """The index holds something this version cannot read back."""


def _point(point: DatePoint | None) -> list[Any] | None:
    if point is None:
        return None
    return [
        point.year,
        point.month,
        point.day,
        point.hour,
        point.minute,
        point.second,
        point.offset_minutes,
        point.qualifier,
    ]


def date_to_json(value: DateValue | None) -> Json | None:
    if value is None:
        return None
    return {
        "text": value.text,
        "start": _point(value.start),
        "end": None if not value.is_interval else _point(value.end),
        "interval": value.is_interval,
        "earliest": value.earliest,
        "latest": value.latest,
    }


def date_from_json(data: Json | None) -> DateValue | None:
    if data is None:
        return None
    start = None if data["start"] is None else DatePoint(*data["start"])
    end = start  # a single date: both ends are the same point
    if data["interval"]:
        end = None if data["end"] is None else DatePoint(*data["end"])
    return DateValue(data["text"], start, end, data["interval"], data["earliest"], data["latest"])


def briefing_to_json(briefing: Briefing) -> dict[str, Any]:
    """The briefing as one head record and a list of records per section."""
    head = {
        "id": briefing.id,
        "title": briefing.title,
        "as_of": date_to_json(briefing.as_of),
        "summary": briefing.summary,
        "tags": list(briefing.tags),
        "language": briefing.language,
        "has_control_characters": briefing.has_control_characters,
    }
    sources = [
        {
            "id": s.id,
            "title": s.title,
            "outlet": s.outlet,
            "published": date_to_json(s.published),
            "url": s.url,
            "credits": list(s.credits),
            "text_path": s.text_path,
            "text": s.text,
        }
        for s in briefing.sources
    ]
    actors = [
        {
            "id": a.id,
            "name": a.name,
            "kind": a.kind.value,
            "role": a.role,
            "affiliations": list(a.affiliations),
            "aliases": list(a.aliases),
            "summary": a.summary,
            "affiliation_names": list(a.affiliation_names),
            "quotes_said": a.quotes_said,
            "quotes_relayed": a.quotes_relayed,
            "event_count": a.event_count,
        }
        for a in briefing.actors
    ]
    events = [
        {
            "id": e.id,
            "title": e.title,
            "when": date_to_json(e.when),
            "sources": list(e.sources),
            "when_text": e.when_text,
            "place": e.place,
            "actors": list(e.actors),
            "summary": e.summary,
            "source_titles": list(e.source_titles),
        }
        for e in briefing.events
    ]
    quotes = [
        {
            "id": q.id,
            "text": q.text,
            "speaker": q.speaker,
            "source": q.source,
            "said": date_to_json(q.said),
            "channel": None if q.channel is None else q.channel.value,
            "reported_by": q.reported_by,
            "event": q.event,
            "occurrence": q.occurrence,
            "note": q.note,
            "span": None
            if q.span is None
            else [
                q.span.start,
                q.span.end,
                q.span.paragraph_start,
                q.span.paragraph_end,
                q.span.line,
                [list(part) for part in q.span.parts],
            ],
        }
        for q in briefing.quotes
    ]
    return {"head": head, "sources": sources, "actors": actors, "events": events, "quotes": quotes}


def briefing_from_json(data: dict[str, Any]) -> Briefing:
    """Records back from `briefing_to_json`'s output; IndexShapeError if damaged."""
    try:
        return _briefing_from_json(data)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise IndexShapeError(f"{type(exc).__name__}: {exc}") from exc


def _briefing_from_json(data: dict[str, Any]) -> Briefing:
    head = data["head"]
    sources = tuple(
        Source(
            id=s["id"],
            title=s["title"],
            outlet=s["outlet"],
            published=date_from_json(s["published"]),
            url=s["url"],
            credits=tuple(s["credits"]),
            text_path=s["text_path"],
            text=s["text"],
        )
        for s in data["sources"]
    )
    actors = tuple(
        Actor(
            id=a["id"],
            name=a["name"],
            kind=ActorKind(a["kind"]),
            role=a["role"],
            affiliations=tuple(a["affiliations"]),
            aliases=tuple(a["aliases"]),
            summary=a["summary"],
            affiliation_names=tuple(a["affiliation_names"]),
            quotes_said=a["quotes_said"],
            quotes_relayed=a["quotes_relayed"],
            event_count=a["event_count"],
        )
        for a in data["actors"]
    )
    events = tuple(
        Event(
            id=e["id"],
            title=e["title"],
            when=date_from_json(e["when"]),  # type: ignore[arg-type]
            sources=tuple(e["sources"]),
            when_text=e["when_text"],
            place=e["place"],
            actors=tuple(e["actors"]),
            summary=e["summary"],
            source_titles=tuple(e["source_titles"]),
        )
        for e in data["events"]
    )
    quotes = tuple(
        Quote(
            id=q["id"],
            text=q["text"],
            speaker=q["speaker"],
            source=q["source"],
            said=date_from_json(q["said"]),
            channel=None if q["channel"] is None else Channel(q["channel"]),
            reported_by=q["reported_by"],
            event=q["event"],
            occurrence=q["occurrence"],
            note=q["note"],
            span=None if q["span"] is None else _span(q["span"]),
        )
        for q in data["quotes"]
    )
    as_of = date_from_json(head["as_of"])
    if as_of is None:
        raise ValueError("a briefing without as_of")
    return Briefing(
        id=head["id"],
        title=head["title"],
        as_of=as_of,
        summary=head["summary"],
        tags=tuple(head["tags"]),
        language=head["language"],
        sources=sources,
        actors=actors,
        events=events,
        quotes=quotes,
        has_control_characters=head["has_control_characters"],
    )


def _span(data: list[Any]) -> Span:
    start, end, paragraph_start, paragraph_end, line, parts = data
    return Span(start, end, paragraph_start, paragraph_end, line, tuple((a, b) for a, b in parts))
