"""An export of what the filtered panes show (briefing.export.view): the
records chosen, every actor an export names, the sources they cite."""

from __future__ import annotations

import json

from conftest import REPO

from briefing.check.folder import check_folder
from briefing.export import export
from briefing.export.view import cut_to, view_of
from briefing.records.model import Briefing

EXAMPLE = REPO / "docs" / "example"


def example() -> Briefing:
    briefing = check_folder(EXAMPLE).briefing
    assert briefing is not None
    return briefing


def test_a_cut_keeps_its_records_the_actors_they_name_and_their_sources() -> None:
    whole = example()
    view = view_of("actor Tomas Vidal", "tomas-vidal", ["tomas-vidal"], [], ["vidal-three-years"])
    cut = cut_to(whole, view)
    assert [q.id for q in cut.quotes] == ["vidal-three-years"]
    assert [e.id for e in cut.events] == [q.event for q in cut.quotes if q.event]
    # the speaker, and the club he speaks for (its name is written beside his)
    assert {a.id for a in cut.actors} == {"tomas-vidal", "cyclists-club"}
    assert {s.id for s in cut.sources} == {q.source for q in cut.quotes}
    assert cut.title == f"{whole.title} (only the records of actor Tomas Vidal)"


def test_a_relayed_quote_brings_its_reporter_and_the_affiliations_in_turn() -> None:
    view = view_of("actor Ana Duarte", "ana-duarte", ["ana-duarte"], [], ["duarte-only-choice"])
    cut = cut_to(example(), view)
    # Duarte, the council relaying her, and the city the council belongs to
    assert {a.id for a in cut.actors} == {"ana-duarte", "riverside-council", "riverside"}


def test_every_format_writes_a_cut() -> None:
    whole = example()
    events = [whole.events[0].id]
    view = view_of("event E", events[0], [], events, [])
    cut = cut_to(whole, view)
    for name in ("markdown", "text", "json", "timelinejs", "annotations", "csv"):
        made = export(cut, name)
        assert made is not None
    records = json.loads(export(cut, "json").text)
    assert [e["id"] for e in records["events"]] == events


def test_the_events_its_quotes_were_said_at_come_with_them() -> None:
    whole = example()
    said_at = [q for q in whole.quotes if q.event is not None]
    assert said_at, "the example has a quote of an event"
    quote = said_at[0]
    cut = cut_to(whole, view_of("actor X", "x", [quote.speaker], [], [quote.id]))
    assert [e.id for e in cut.events] == [quote.event]
