"""The actors pane: grouped by kind, with role, affiliations and counts.

An actor the checker warned of (`Actor.warnings`: its name, kind, role and
affiliations those of another actor, a same_as another has, a hidden
character in its name ...) has `WARNED` before its name, on the line it
already has, so no row grows: "Tomás Reyes" and "Tomas Reyes", both Council
leader, read as two sound actors (a review). `d` says what the warning is.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

from briefing.present.counts import in_pane_order, said_and_relayed
from briefing.records.folding import Query
from briefing.records.model import Actor, ActorKind
from briefing.records.refs import Kind
from briefing.records.text import counted
from briefing.screens.marks import with_mark
from briefing.screens.pane import Pane
from briefing.screens.record_list import RowLayout
from briefing.screens.safe import join, plain
from briefing.screens.warnings import WARNED_MARK

HEADINGS = {
    ActorKind.PERSON: "People",
    ActorKind.ORGANISATION: "Organisations",
    ActorKind.STATE: "States",
    ActorKind.GROUP: "Groups",
}


class ActorsPane(Pane[Actor]):
    TITLE = "Actors"
    KIND = Kind.ACTOR

    def search_text(self, record: Actor) -> str:
        return " ".join(
            [record.name, record.role or "", *record.aliases, *record.affiliation_names]
        )

    def row_layout(self, records: list[Actor], width: int) -> RowLayout:
        """Actors grouped by kind, each group under a heading with its count."""
        groups: dict[ActorKind, list[Actor]] = {kind: [] for kind in HEADINGS}
        for actor in records:
            groups[actor.kind].append(actor)
        ids: list[str | None] = []
        rows: list[object] = []
        heights: list[int] = []
        for kind, heading in HEADINGS.items():
            group = groups[kind]
            if group:
                ids.append(None)
                so_far = " read so far" if self.read_so_far else ""  # a large one's first rows
                rows.append(f"{heading} ({len(group)}{so_far})")
                heights.append(1)
                ids.extend(actor.id for actor in group)
                rows.extend(group)
                # an actor with no role or affiliation takes one line, not a blank second
                # (what _about tests, without building the line: 32,000 at x1000)
                heights.extend(
                    self.ROW_HEIGHT if actor.role or actor.affiliation_names else 1
                    for actor in group
                )
        return RowLayout.of(ids, rows, heights)

    def render_row(self, record: object, width: int) -> list[Content]:
        if isinstance(record, str):
            return [plain(record)]
        assert isinstance(record, Actor)
        name = plain(record.name, "bold")
        if record.warnings:  # where the quotes pane marks who said a warned quote
            name = join(WARNED_MARK, name)
        mark = self.marks.get(record.id)
        room = width - name.cell_length - 2 - (mark.cell_length + 1 if mark is not None else 0)
        counts = _counts_in(record, room)
        first = join(name, plain(f"  {counts}", "dim")) if counts else name
        about = _about(record)
        also = _aliases_found(record, about, self.list_widget.filter_query)
        if also and not about:  # a row of one line: the name's line says it, short
            first = join(first, plain(f" · {also}", "dim italic"))
        elif also:
            about = f"{about} · also called {also}"
        lines = [with_mark(first, mark, width)]
        return [*lines, plain(f"  {about}", "italic")] if about else lines


def _counts_in(actor: Actor, room: int) -> str:
    """`3 events, 2 quotes (+1 relayed)`, or less of it when that is over `room` cells.

    Events before quotes, as the panes and every other count list them. A
    count of none is left out (`3 events`, not `3 events, 0 quotes`); when
    the whole does not fit beside the name, the quotes relayed go first (the
    details, `d`, keep them): at 120 columns the actors pane cut most rows at
    `0 quotes, 3 e…` (a new user's trial). What still does not fit is cut.
    """
    said, relayed, events = actor.quotes_said, actor.quotes_relayed, actor.event_count
    quotes = counted(said, "quote") if said else ""
    event_part = counted(events, "event") if events else ""
    shorter = in_pane_order(events=event_part, quotes=quotes)
    if not relayed:
        return shorter
    whole = in_pane_order(events=event_part, quotes=said_and_relayed(said, relayed))
    return whole if cell_len(whole) <= room or not shorter else shorter


def _aliases_found(actor: Actor, about: str, query: Query) -> str:
    """`“Moscow”`: the aliases that hold words of the `/` filter the row does
    not show otherwise ("" for none). `/moscow` listed Russia with
    nothing on its row to say why (a trial)."""
    if not query or not actor.aliases:
        return ""
    shown = f"{actor.name} {about}"
    missing = [word for word in query.words if not Query(word).spans(shown)]
    if not missing:
        return ""
    found = [alias for alias in actor.aliases if any(Query(w).spans(alias) for w in missing)]
    return ", ".join(f"“{alias}”" for alias in found)


def _about(actor: Actor) -> str:
    """An actor's second line: role and affiliations ("" when it has neither)."""
    return " · ".join(filter(None, (actor.role, ", ".join(actor.affiliation_names))))
