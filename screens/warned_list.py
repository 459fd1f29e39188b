"""The checker's warnings of the open briefing as a list: one item per warning,
saying which record it is about in the reader's words (the quote's speaker
and first words, the event's date and title, the actor's name, the source's
title), then the warning itself.

A first-time analyst's trial could not get from `!` to a warned record: the
list was text. Enter on an item that names a quote, an event or an actor
goes to it as the palette does (`ShowRecord`). A source has no row of its
own (the summary lists it, its warnings under its title), and a warning
about the briefing itself none at all: Enter is dimmed on those, and their
item says where they stand. The checker's advice to the author stands under
a warning about the briefing itself, which no other place shows; a record's
is in its viewer or details.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets.option_list import Option

from briefing.present.quotes import in_quotation_marks
from briefing.present.warned import Warned
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind, RecordRef
from briefing.screens.cells import truncate, wrap_content
from briefing.screens.option_list import ReaderOptionList
from briefing.screens.safe import join, plain, quote_words
from briefing.screens.themes import colours_of
from briefing.screens.warnings import ADVICE, WARNED, WARNING_STYLE

#: The kinds of record Enter goes to: each has a row in a pane, but a source,
#: which the summary lists.
REACHED = frozenset({Kind.ACTOR, Kind.EVENT, Kind.QUOTE, Kind.SOURCE})
#: Before a warning's message, under the line that names its record.
INDENT = "  "


def reached(item: Warned) -> RecordRef | None:
    """The record Enter on `item` goes to (None: it has no row to go to)."""
    record = item.record
    return record if record is not None and record.kind in REACHED else None


class WarningList(ReaderOptionList):
    """The warnings, one option each: Enter goes to the record ("Go to it",
    not the lists' "Open"), dimmed in the footer where there is none to go to."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Go to it", id="problems.go"),
    ]

    def __init__(
        self,
        items: Sequence[Warned],
        queries: BriefingQueries,
        summary_key: str,
        first_rows: bool = False,
        id: str | None = None,
    ) -> None:
        """`summary_key`: the briefing screen's key for the summary, which lists
        the sources; `first_rows`: `queries` are a large briefing's first rows."""
        super().__init__(id=id)
        self.items = tuple(items)
        self.queries = queries
        self.summary_key = summary_key
        self.first_rows = first_rows
        #: the width the options were made for (0: not yet)
        self._listed_width = 0

    def chosen(self) -> Warned | None:
        """The item under the cursor."""
        index = self.highlighted
        return self.items[index] if index is not None and 0 <= index < len(self.items) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "select":
            item = self.chosen()
            return True if item is not None and reached(item) is not None else None
        return super().check_action(action, parameters)

    def list_items(self) -> None:
        """The items as options, each line made for the list's width: a line the
        list wrapped would begin at its left edge, under nothing."""
        width = self.scrollable_content_region.width or self.app.size.width - 8
        if width == self._listed_width:
            return
        self._listed_width = width
        highlighted = self.highlighted
        self.clear_options()
        options: list[Option | None] = []
        for item in self.items:  # a rule between two (an option's padding is not counted)
            if options:
                options.append(None)
            lines = item_lines(
                item, self.queries, width, self.summary_key, self.first_rows, self._mark_style()
            )
            options.append(Option(lines))
        self.add_options(options)
        if self.items:
            self.highlighted = highlighted if highlighted is not None else 0

    def _mark_style(self) -> str:
        """The ⚠'s style: in 16 colours, bold in the row's own colour, as the panes'
        ⚠ on their chosen row (the warning's colour was sent as the chosen row's
        background in tokyo-night and catppuccin-mocha: unseen there, a review)."""
        colours = colours_of(self.app)
        return "bold" if colours.few and not colours.no_color else WARNING_STYLE

    def on_resize(self) -> None:
        if self.items:
            self.list_items()


def item_lines(
    item: Warned,
    queries: BriefingQueries,
    width: int,
    summary_key: str,
    first_rows: bool = False,
    mark_style: str = WARNING_STYLE,
) -> Content:
    """The record the warning is about, on one line cut to `width`; under it the
    warning, wrapped and indented; for a source, that the summary (`summary_key`)
    lists it; for the briefing itself, the checker's advice."""
    kind, about = record_words(item, queries, first_rows)
    room = max(8, width - len(kind) - 3)
    head = join(plain(f"{kind} · ", "dim"), truncate(about.stylize("bold"), room))
    lines = [head]
    inner = max(8, width - 2 * len(INDENT))
    said = join(plain(f"{WARNED} ", mark_style), plain(item.problem.message))
    for number, line in enumerate(wrap_content(said, inner)):
        lines.append(join(INDENT + (INDENT if number else ""), line))
    hint = item.problem.hint
    if item.record is None and hint:
        below = f"{ADVICE}{hint}"
    elif item.record is not None and item.record.kind is Kind.SOURCE:
        below = f"A source has no row: Enter opens the summary ({summary_key}) on it."
    else:
        below = ""
    for line in wrap_content(plain(below, "dim"), inner) if below else ():
        lines.append(join(INDENT * 2, line))
    return join(*lines, separator="\n")


def record_words(item: Warned, queries: BriefingQueries, first_rows: bool) -> tuple[str, Content]:
    """What the record is ("Quote") and which, as a reader knows it; of a large
    briefing's `first_rows`, a warning of none of them may be of a record not
    read yet."""
    record = item.record
    if record is None:
        problem = item.problem
        where = f"{PurePath(problem.file).name}, line {problem.line}"
        kind = "Not read yet, or the briefing itself" if first_rows else "The briefing itself"
        return kind, plain(where)
    if record.kind is Kind.QUOTE:
        quote = queries.quote(record.id)
        speaker = queries.names.get(quote.speaker, quote.speaker)
        words = in_quotation_marks(" ".join(quote.text.split()), language=queries.briefing.language)
        return "Quote", join(
            plain(f"{speaker}: "), quote_words(words)
        )  # an insertion as the author's
    if record.kind is Kind.EVENT:
        event = queries.event(record.id)
        return "Event", plain(f"{event.when.describe()} · {event.title}")
    if record.kind is Kind.ACTOR:
        actor = queries.actor(record.id)
        return "Actor", plain(f"{actor.name}, {actor.role}" if actor.role else actor.name)
    return "Source", plain(queries.source(record.id).title)
