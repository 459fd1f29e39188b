"""The chronology pane: events in the contract's order, uncertainty visible.

An event that rests on a single source is marked in the warning colour,
where other events have several: it is the one to read with care. When
every event has one source (a briefing from one article), the mark tells
one event from another no more than the date's colour does; the column then
says "1 source" quietly, and the summary says it once for all.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from briefing.records.model import Event
from briefing.records.refs import Kind
from briefing.screens.cells import truncate
from briefing.screens.lines import set_line
from briefing.screens.marks import with_mark
from briefing.screens.pane import Pane
from briefing.screens.safe import join, plain

#: the Sources column is as wide as its longest word ("sources", "Sources"):
#: the two cells more it had were taken from the events' titles
WHEN_WIDTH, SOURCES_WIDTH = 24, 7


def _event_width(row_width: int) -> int:
    return max(10, row_width - WHEN_WIDTH - SOURCES_WIDTH - 2)


def _cell(content: Content, width: int) -> Content:
    return truncate(content, width, pad=True)


class ChronologyPane(Pane[Event]):
    TITLE = "Chronology"
    KIND = Kind.EVENT

    def __init__(
        self, names: Mapping[str, str], *, all_single_source: bool = False, id: str
    ) -> None:
        super().__init__(id=id)
        self.names = names
        #: every event of the briefing rests on one source: no warning colour
        self.all_single_source = all_single_source

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            yield widget
            if "pane-title" in widget.classes:  # the titles of the columns below it
                yield Static(classes="column-titles")

    def on_resize(self) -> None:
        super().on_resize()
        event_width = _event_width(self.list_widget.scrollable_content_region.width)
        titles = join(
            # cut to the rows' widths, then the rows' space: a cut title never
            # runs into the next ("…Sources")
            _cell(plain("When", "bold"), WHEN_WIDTH),
            " ",
            _cell(plain("Event · where · who", "bold"), event_width),
            " ",
            plain("Sources", "bold"),
        )
        set_line(self.query_one(".column-titles", Static), titles)

    def search_text(self, record: Event) -> str:
        who = " ".join(self.names.get(a, a) for a in record.actors)
        return " ".join(
            [record.title, record.when.describe(), record.when_text or "", record.place or "", who]
        )

    def render_row(self, record: object, width: int) -> list[Content]:
        assert isinstance(record, Event)
        event_width = _event_width(width)
        when, said = _when_cells(record)
        who = ", ".join(self.names.get(a, a) for a in record.actors) or "participants not named"
        where_who = " · ".join(filter(None, (record.place, who)))
        if record.single_source and self.all_single_source:
            sources = (plain("1", "dim"), plain("source", "dim"))
        elif record.single_source:
            sources = (plain("single", "$text-warning"), plain("source", "$text-warning"))
        else:
            sources = (plain(str(len(record.sources))), plain("sources"))
        # A mark (briefing.screens.marks) ends the title's cell: the sources stay in line.
        title = with_mark(plain(record.title), self.marks.get(record.id), event_width)
        return [
            join(_cell(when, WHEN_WIDTH), " ", _cell(title, event_width), " ", sources[0]),
            join(_cell(said, WHEN_WIDTH), " ",
                 _cell(plain(where_who, "dim"), event_width), " ", sources[1]),
        ]  # fmt: skip


def _when_cells(record: Event) -> tuple[Content, Content]:
    """The When column's two lines: the date, then the author's words for it.

    A date too long for its line (`9 Mar 2026? – 10 Mar 2026?`) was cut in
    its end's year (a new user's trial): an interval is then broken after
    its dash, its end leading the second line.
    """
    style = "bold italic" if record.when.qualifiers else "bold"
    described = record.when.describe()
    words = plain(record.when_text or "", "dim")
    start, dash, end = described.partition(" – ")
    if len(described) <= WHEN_WIDTH or not dash:
        return plain(described, style), words
    second = join(plain(end, style), plain("  "), words) if record.when_text else plain(end, style)
    return plain(f"{start} –", style), second
