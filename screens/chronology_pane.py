"""The chronology pane: events in the contract's order, uncertainty visible.

A row is the date and the title, then the author's words for the date and
where and who. A title too long for its line takes a second line (a row of
three), so that a title is read whole in the list, not only in `d`: it was
cut at both 80 and 120 columns (a reader's trial). Row heights so follow
the list's width, as the quotes pane's do.

An event that rests on a single source is marked in the warning colour,
where other events have several: it is the one to read with care. When
every event has one source (a briefing from one article), the mark tells
one event from another no more than the date's colour does; the column then
says "1 source" quietly, and the summary says it once for all.

An event the checker warned of (`Event.warnings`: its when_text naming a
weekday its date is not, words its sources do not hold ...) has `WARNED`
before where and who, the line beside the author's words for the date, as a
warned quote has it before who said it: "on Wednesday morning" for a
Thursday read as sound (a review). `d` says what the warning is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from briefing.records.dates import DateValue
from briefing.records.model import Event
from briefing.records.refs import Kind
from briefing.screens.cells import clamp, truncate, wrap_content
from briefing.screens.lines import set_line
from briefing.screens.marks import with_mark
from briefing.screens.pane import Pane
from briefing.screens.record_list import RowLayout
from briefing.screens.safe import join, plain, plain_cells
from briefing.screens.warnings import WARNED_MARK

#: the Sources column is as wide as its longest word ("sources", "Sources"):
#: the two cells more it had were taken from the events' titles
WHEN_WIDTH, SOURCES_WIDTH = 24, 7
#: Rows narrower than this (a terminal of 60 columns) give the When column
#: NARROW_WHEN_WIDTH cells: at 24 it left a title 21, cut after two lines
#: (a trial). A date then takes its second line sooner, as a long one does.
NARROW_ROWS, NARROW_WHEN_WIDTH = 64, 14
#: The lines a title may take: beyond them it ends in the cut mark (`d` shows it all).
TITLE_LINES = 2


def when_width(row_width: int) -> int:
    """The When column's cells in rows `row_width` wide."""
    return NARROW_WHEN_WIDTH if row_width < NARROW_ROWS else WHEN_WIDTH


def _event_width(row_width: int) -> int:
    return max(10, row_width - when_width(row_width) - SOURCES_WIDTH - 2)


def _cell(content: Content, width: int) -> Content:
    return truncate(content, width, pad=True)


def _two_line_width(event: Event, when_cells: int = WHEN_WIDTH) -> int:
    """The narrowest event column in which the event's row takes two lines:
    its title fits on one, and the When column's second line (the author's
    words for the date, after the date's end when it took two lines) on its
    own (`NEVER_TWO` when it does not: both then wrap onto a third line).
    The same at every width of a When column (`when_cells`): a new width
    compares, and measures nothing."""
    if _second_when_cells(event, when_cells) > when_cells:
        return NEVER_TWO
    return plain_cells(event.title)


#: `_two_line_width` of a row that takes three lines at any width.
NEVER_TWO = 1 << 30


def _lines(content: Content, width: int, count: int) -> list[Content]:
    """`content` wrapped to `width` in `count` lines (the last ending in the
    cut mark when there is more), padded with empty lines to `count`."""
    lines = clamp(wrap_content(content, width), count, width) if content.plain else []
    return lines + [Content("")] * (count - len(lines))


class ChronologyPane(Pane[Event]):
    TITLE = "Chronology"
    KIND = Kind.EVENT
    HEIGHTS_FOLLOW_WIDTH: ClassVar[bool] = True

    def __init__(
        self, names: Mapping[str, str], *, all_single_source: bool = False, id: str
    ) -> None:
        super().__init__(id=id)
        self.names = names
        #: every event of the briefing rests on one source: no warning colour
        self.all_single_source = all_single_source
        #: each event's `_two_line_width` by id, with the event it was
        #: measured for: an event read again (its author edited the briefing)
        #: is measured again. Any thread may add to it (`row_layout` runs in
        #: filters' workers too): a race measures an event twice, alike.
        self._two_line_widths: dict[tuple[str, int], tuple[Event, int]] = {}

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            yield widget
            if "pane-title" in widget.classes:  # the titles of the columns below it
                yield Static(classes="column-titles")

    def on_resize(self) -> None:
        super().on_resize()
        row_width = self.list_widget.scrollable_content_region.width
        event_width = _event_width(row_width)
        titles = join(
            # cut to the rows' widths, then the rows' space: a cut title never
            # runs into the next ("…Sources")
            _cell(plain("When", "bold"), when_width(row_width)),
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

    def row_layout(self, records: list[Event], width: int) -> RowLayout:
        """Two lines for an event, or three (`_two_line_width`).

        32,000 events at x1000 are laid out again at each filter and each
        width (`?` narrows the panes): each is measured once, for every width.
        """
        event_width = _event_width(max(10, width))
        when_cells = when_width(max(10, width))
        ids = [event.id for event in records]
        measured = self._two_line_widths
        known = measured.get
        heights = []
        for event in records:
            key = (event.id, when_cells)
            hit = known(key)
            if hit is None or hit[0] is not event:  # not measured, or read again since
                hit = measured[key] = (event, _two_line_width(event, when_cells))
            heights.append(2 if hit[1] <= event_width else 3)
        return RowLayout.of(ids, records, heights)

    def render_row(self, record: object, width: int) -> list[Content]:
        assert isinstance(record, Event)
        event_width = _event_width(max(10, width))
        when_cells = when_width(max(10, width))
        when, said = _when_cells(record, when_cells)
        who = ", ".join(self.names.get(a, a) for a in record.actors) or "participants not named"
        where_who = " · ".join(filter(None, (record.place, who)))
        if record.single_source and self.all_single_source:
            sources = (plain("1", "dim"), plain("source", "dim"))
        elif record.single_source:
            sources = (plain("single", "$text-warning"), plain("source", "$text-warning"))
        else:
            sources = (plain(str(len(record.sources))), plain("sources"))
        # A mark (briefing.screens.marks) ends the title's cell: the sources stay in line.
        title = plain(record.title)
        fits = plain_cells(record.title) <= event_width
        *titles, last_title = [title] if fits else _lines(title, event_width, TITLE_LINES)
        titles.append(with_mark(last_title, self.marks.get(record.id), event_width))
        height = 2 if _two_line_width(record, when_cells) <= event_width else 3  # as row_layout
        place_and_people = plain(where_who, "dim")
        if record.warnings:  # where the quotes pane marks who said a warned quote
            place_and_people = join(WARNED_MARK, place_and_people)
        events = [*titles, place_and_people]
        events += [Content("")] * (height - len(events))
        whens = [when, *(_lines(said, when_cells, height - 1) if height > 2 else [said])]
        return [
            join(_cell(whens[line], when_cells), " ", _cell(events[line], event_width),
                 *((" ", sources[line]) if line < len(sources) else ()))
            for line in range(height)
        ]  # fmt: skip


def _when_cells(record: Event, width: int = WHEN_WIDTH) -> tuple[Content, Content]:
    """The When column's two lines: the date, then the author's words for it
    (after the date's end, when the date took two lines: `_date_lines`)."""
    style = "bold italic" if record.when.qualifiers else "bold"
    first, rest = _date_lines(record.when, width)
    words = plain(record.when_text or "", "dim")
    if not rest:
        return plain(first, style), words
    second = (
        join(plain(rest, style), plain(WORDS_AFTER_DATE, "dim"), words)
        if record.when_text
        else plain(rest, style)
    )
    return plain(first, style), second


#: Between a date's end and the author's words for it on one line: two spaces
#: read as one phrase, `UTC  late on Tuesday night` (an author's trial).
WORDS_AFTER_DATE = " · "


def _date_lines(when: DateValue, width: int = WHEN_WIDTH) -> tuple[str, str]:
    """The date as its cell shows it: its first line, and what of it goes on the
    second ("" when it fits on one).

    A date too long for its line (`9 Mar 2026? – 10 Mar 2026?`) was cut in
    its end's year (a new user's trial): an interval is then broken after
    its dash, its end leading the second line. A time with its offset
    (`15 Nov 2020 19:27 UTC-05:00`) was cut in the offset (another trial):
    it is broken at its last space that fits, the offset leading the second.
    """
    described = when.describe()
    if len(described) <= width:
        return described, ""
    start, dash, end = described.partition(" – ")
    if dash:
        return f"{start} –", end
    cut = described.rfind(" ", 0, width + 1)
    if cut <= 0:
        return described, ""
    return described[:cut], described[cut + 1 :]


#: What of a date goes on its cell's second line (`_date_lines`), by the date's
#: text: describing each of 9,000 intervals again took 14 ms of each new width
#: at x1000, where a few hundred dates recur.
_DATE_RESTS: dict[tuple[str, int], str] = {}


def _second_when_cells(event: Event, width: int = WHEN_WIDTH) -> int:
    """The cells of the When column's second line: the date's end, if it took
    two lines, then the author's words for the date."""
    words = event.when_text or ""
    when = event.when
    start = when.start
    # At WHEN_WIDTH only an interval or a time with its offset can be too long
    # for one line: the others are not described again (32,000 events at x1000).
    short = not when.is_interval and (start is None or start.offset_minutes is None)
    if short and width >= WHEN_WIDTH:
        return plain_cells(words)
    rest = _DATE_RESTS.get((when.text, width))
    if rest is None:  # a date's text always reads the same
        rest = _DATE_RESTS[(when.text, width)] = _date_lines(when, width)[1]
    return plain_cells(f"{rest}{WORDS_AFTER_DATE}{words}" if rest and words else rest or words)
