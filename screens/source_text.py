"""A source text, whole, with the hits of a search highlighted; n and p step through them.

A hit is a word of the search in a paragraph that holds them all, as Find's
results are: not every "with" of the text for "agreed with her".

Opened from a search result in a source passage: scrolled to that passage,
its first hit the current one (drawn apart from the others). The text is one
widget that draws the lines in sight (briefing.screens.paragraph_lines): a
widget per paragraph took 10 s to open a 3 MB transcript, and 1.5 s a step
(a trial with long documents). The scroll goes to the paragraph that holds
the current hit, and a step draws again only the two paragraphs it leaves
and enters.
"""

from __future__ import annotations

import bisect
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import Static

from briefing.index.words import passage_hit_spans
from briefing.present.unwrapping import unwrapped
from briefing.records.model import Source
from briefing.records.normalising import paragraphs
from briefing.records.words import SearchQuery
from briefing.screens.footer import KeysFooter
from briefing.screens.paragraph_lines import ParagraphLines
from briefing.screens.safe import plain, source_piece
from briefing.screens.snippets import HIT_STYLE, highlighted

CURRENT_STYLE = "bold reverse $accent"
#: n and p side by side in the footer: "n p Next/prev hit"
STEPS = Binding.Group("Next/prev hit")


class SourceText(Screen[None]):
    CSS_PATH = "search.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "close", "Back", id="source_text.back"),
        # p as in the quote viewer; N too, the key it had first
        Binding("n", "step(1)", "Next hit", id="source_text.next", group=STEPS),
        Binding("p,N", "step(-1)", "Previous hit", id="source_text.previous", group=STEPS),
    ]

    def __init__(self, source: Source, query: SearchQuery, start: int = 0) -> None:
        """`source` cleaned for display; the current hit is the first at or after `start`."""
        super().__init__()
        self.source = source
        self.text = unwrapped(source.text or "")  # a hard-wrapped text's lines joined
        self.paragraphs = paragraphs(self.text) or [(0, len(self.text))]
        #: the words found in the paragraphs that hold them all (Find's passages)
        self.hits = passage_hit_spans(self.text, self.paragraphs, query)
        self._hit_starts = [h[0] for h in self.hits]
        self._paragraph_starts = [start for start, _ in self.paragraphs]
        self.current = min(bisect.bisect_left(self._hit_starts, start), max(0, len(self.hits) - 1))

    def compose(self) -> ComposeResult:
        # The title wraps in a column of its own, the counter beside its first
        # line: one line of text, the counter at its end, wrapped inside
        # "hit 1 of 3" when the title filled the line (a new user's trial).
        with Horizontal(id="source-header"):
            yield Static(plain(self.source.title, "bold"), id="source-title")
            yield Static(id="source-hits")
        with VerticalScroll(id="source-body"):
            yield ParagraphLines(_Hits(self), id="source-lines")
        yield KeysFooter()

    def on_mount(self) -> None:
        self._update_title()
        self.call_after_refresh(self._scroll_to_current)

    def _paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    def _paragraph(self, number: int) -> Content:
        """The paragraph with its hits highlighted, the current one apart."""
        start, end = self.paragraphs[number]
        spans: list[tuple[int, int]] = []
        styles: list[str] = []
        first = bisect.bisect_left(self._hit_starts, start)
        for index in range(first, bisect.bisect_left(self._hit_starts, end)):
            a, b = self.hits[index]
            spans.append((a - start, min(b, end) - start))
            styles.append(CURRENT_STYLE if index == self.current else HIT_STYLE)
        return highlighted(self.text[start:end], spans, styles=styles)

    def _update_title(self) -> None:
        count = len(self.hits)
        where = f"hit {self.current + 1} of {count}" if count else "no hit"
        # not the keys: the footer says them as the keymap has them, and
        # "n/p: next/previous" wrapped the line at 120 columns (an author's trial)
        self.query_one("#source-hits", Static).update(plain(where, "dim"))

    def _scroll_to_current(self) -> None:
        if not self.hits:
            return
        number = self._paragraph_of(self.hits[self.current][0])
        lines = self.query_one("#source-lines", ParagraphLines)
        top = Region(0, lines.virtual_region.y + lines.paragraph_top(number), 1, 1)
        self.query_one("#source-body", VerticalScroll).scroll_to_region(
            top, animate=False, top=True, immediate=True
        )

    def action_step(self, by: int) -> None:
        if not self.hits:
            return
        before = self._paragraph_of(self.hits[self.current][0])
        step = self.current + by
        self.current = step % len(self.hits)
        if not 0 <= step < len(self.hits):  # round again, said as the viewer says its end
            said = "the first" if by > 0 else "the last"
            self.notify(f"No more hits that way: back to {said}.", markup=False, timeout=2)
        after = self._paragraph_of(self.hits[self.current][0])
        self.query_one("#source-lines", ParagraphLines).restyle({before, after})
        self._update_title()
        self._scroll_to_current()

    def action_close(self) -> None:
        self.dismiss(None)


class _Hits:
    """The source's paragraphs with their hits, as `ParagraphLines` draws them."""

    def __init__(self, screen: SourceText) -> None:
        self._screen = screen

    def __len__(self) -> int:
        return len(self._screen.paragraphs)

    def shown(self, index: int) -> Content:
        return self._screen._paragraph(index)

    def measured(self, index: int) -> str:
        start, end = self._screen.paragraphs[index]
        return plain(source_piece(self._screen.text[start:end])).plain
