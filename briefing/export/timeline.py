"""The `timelinejs` export: TimelineJS's JSON (https://timeline.knightlab.com/docs/json-format.html).

One slide per event. TimelineJS knows exact dates only, so each event's
`display_date` is the date as the reader shows it (`~10 Feb 2022`,
`10 Feb 2022?`, `from 15 Feb 2022`, `by 10 Feb 2022`), and its
`start_date`/`end_date` parts are the ones the contract's date gives:

- a period (`2022`, `2022-02`) has the parts it has (TimelineJS shows a year
  or a month as such); an instant its time, in UTC when it has an offset
  (TimelineJS has no time zones: 04:30-04:00 stood before 09:15+01:00, which
  is earlier, and two sessions at one moment in Geneva and Ottawa six hours
  apart, a historian's trial), its own clock and offset in `display_date`;
- a closed interval has both ends; an end open to the future (`2022-02-15/..`)
  has its start alone, and one open to the past (`../2022-02-10`) its end as
  its start: it stands at the date it is known "by", as the reader places it.

Text is HTML to TimelineJS: every string of content is escaped, and only
checked http(s) addresses become links.
"""

from __future__ import annotations

from typing import Any

from briefing.export.inert import html_line, html_link, html_text, json_text
from briefing.export.result import Export
from briefing.present.display import without_hidden
from briefing.records.dates import DatePoint
from briefing.records.model import Briefing, Event
from briefing.records.queries import BriefingQueries


def export(briefing: Briefing) -> Export:
    return Export({"": json_text(timeline(briefing))})


def timeline(briefing: Briefing) -> dict[str, Any]:
    briefing = without_hidden(briefing)
    queries = BriefingQueries(briefing)
    title_text = f"<p>As of {html_line(briefing.as_of.describe())}</p>"
    if briefing.summary:
        title_text += html_text(briefing.summary)
    return {
        "title": {"text": {"headline": html_line(briefing.title), "text": title_text}},
        "events": [_slide(event, queries) for event in queries.chronology],
    }


def date_parts(point: DatePoint) -> dict[str, str]:
    """A contract date point as TimelineJS's date object (its numbers as strings,
    as TimelineJS's examples write them); an instant with an offset in UTC."""
    point = point.in_utc()
    parts = {
        "year": point.year,
        "month": point.month,
        "day": point.day,
        "hour": point.hour,
        "minute": point.minute,
        "second": point.second,
    }
    return {name: str(value) for name, value in parts.items() if value is not None}


def _slide(event: Event, queries: BriefingQueries) -> dict[str, Any]:
    when = event.when
    start, end = when.start, when.end
    slide: dict[str, Any] = {"unique_id": f"event-{event.id}"}
    if start is None:  # ../END: known by its end
        assert end is not None
        slide["start_date"] = date_parts(end)
    else:
        slide["start_date"] = date_parts(start)
        if when.is_interval and end is not None:
            slide["end_date"] = date_parts(end)
    slide["display_date"] = html_line(when.describe())
    slide["text"] = {"headline": html_line(event.title), "text": _body(event, queries)}
    return slide


def _body(event: Event, queries: BriefingQueries) -> str:
    facts = [fact for fact in (event.when_text, event.place) if fact]
    if event.actors:
        facts.append("With " + ", ".join(queries.actor(a).name for a in event.actors))
    body = "".join(html_text(fact) for fact in facts)
    if event.summary:
        body += html_text(event.summary)
    sources = [queries.source(s) for s in event.sources]
    label = "Source" if len(sources) == 1 else "Sources"
    links = ", ".join(html_link(s.title, s.url) for s in sources)
    return body + f"<p>{label}: {links}</p>"
