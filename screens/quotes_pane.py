"""The quotes pane: the words, who said them, how and when.

A row is the words (two lines at most, ending in the cut mark when there
are more), then who said them: a quote that fits on one line takes two lines, not three
with an empty one. Row heights so follow the list's width: the pane lays its
rows out again when the width changes.

A quote the checker warned of (`Quote.warnings`: its words cut from a word
of the source, an insertion standing for words left out ...) has `WARNED`
before who said it: shown as a sound one, "we won" from "we won't" read as
said (a review). The viewer says what the warning is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.cells import cell_len
from textual.binding import Binding, BindingType
from textual.content import Content

from briefing.present.quotes import attribution, in_quotation_marks, quotation_marks
from briefing.records.model import Quote
from briefing.records.refs import Kind
from briefing.screens.cells import clamp, for_cells, wrap_content
from briefing.screens.marks import with_mark
from briefing.screens.pane import Pane
from briefing.screens.record_list import RecordList, RowLayout
from briefing.screens.safe import join, plain, plain_cells, quote_words
from briefing.screens.warnings import WARNED_MARK

WORD_LINES = 2


def _words(quote: Quote, language: str) -> str:
    """The quote's words between the marks of its briefing's `language`."""
    return for_cells(in_quotation_marks(quote.text, language=language))


def _one_line_width(quote: Quote, language: str) -> int:
    """The cells the words take on one line, as `render_row` wraps them.

    The words measured apart from the quotation marks: Rich's `cell_len` sums
    a string character by character unless every character is in its Latin
    ranges, which “ and ” are not (170 ms for the ten thousand quotes of a
    x1000 briefing, at every width the pane takes). The marks are measured
    as they are: 「 and 」 take two cells each.
    """
    opening, closing = quotation_marks(quote.text, language)
    marks = cell_len(opening + closing) if opening else 0
    return marks + plain_cells(" ".join(quote.text.split()))


class QuotesList(RecordList):
    """The quotes' list: Enter opens the quote (the other panes' filter by the record)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open the quote", id="list.select"),
    ]


class QuotesPane(Pane[Quote]):
    TITLE = "Quotes"
    KIND = Kind.QUOTE
    LIST = QuotesList
    ROW_HEIGHT = WORD_LINES + 1
    HEIGHTS_FOLLOW_WIDTH = True

    def __init__(self, names: Mapping[str, str], *, language: str, id: str) -> None:
        super().__init__(id=id)
        self.names = names
        #: the briefing's `language`, whose quotation marks the words stand in
        self.language = language
        #: each quote's `_one_line_width` by id, with the quote it was measured
        #: for (one read again is measured again); any thread may add to it
        self._one_line_widths: dict[str, tuple[Quote, int]] = {}

    def search_text(self, record: Quote) -> str:
        return f"{record.text} {attribution(record, self.names)}"

    def row_layout(self, records: list[Quote], width: int) -> RowLayout:
        """One line of words for a quote that fits on one, else two; then who."""
        width = max(10, width)
        ids = [quote.id for quote in records]
        # 10,000 quotes at x1000, laid out again at each filter and width:
        # each is measured once, for every width
        measured = self._one_line_widths
        known = measured.get
        language = self.language
        heights = []
        for quote in records:
            hit = known(quote.id)
            if hit is None or hit[0] is not quote:
                hit = measured[quote.id] = (quote, _one_line_width(quote, language))
            heights.append(2 if hit[1] <= width else 3)
        return RowLayout.of(ids, records, heights)

    def render_row(self, record: object, width: int) -> list[Content]:
        """The words on their lines (ending in the cut mark when there are more), then who."""
        assert isinstance(record, Quote)
        words = quote_words(_words(record, self.language))
        lines = wrap_content(words, max(10, width)) or [Content("")]
        lines = clamp(lines, WORD_LINES, width)
        who = plain(attribution(record, self.names), "dim italic")
        if record.warnings:
            who = join(WARNED_MARK, who)
        return [*lines, with_mark(who, self.marks.get(record.id), max(10, width))]
