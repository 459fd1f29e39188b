"""The sourced-quote viewer: the words inside their source, and who said them.

The passage comes from the source file, not from the YAML: the paragraph that
holds the quote, with the exact span highlighted. `f` shows the whole text
scrolled to the span. A quote whose source has no text says plainly that it
is not checked against one.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from briefing.present.quotes import how_and_when
from briefing.present.sources import source_facts
from briefing.records.anchoring import paragraphs
from briefing.records.model import Actor, Quote
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind, RecordRef
from briefing.screens.footer import KeysFooter
from briefing.screens.safe import join, plain

HIGHLIGHT = "bold reverse"


class QuoteViewer(Screen[RecordRef | None]):
    """Dismisses with the speaker or the event to show (a or e), else None."""

    CSS_PATH = "quote_viewer.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "close", "Back", id="viewer.back"),
        Binding("n", "step(1)", "Next", id="viewer.next"),
        Binding("p", "step(-1)", "Prev", id="viewer.previous"),
        Binding("f", "toggle_full", "Full text", id="viewer.full"),
        Binding("a", "to_speaker", "Speaker", id="viewer.speaker"),
        Binding("e", "to_event", "Event", id="viewer.event"),
        Binding("j", "scroll(1)", "Scroll down", show=False, id="viewer.down"),
        Binding("k", "scroll(-1)", "Scroll up", show=False, id="viewer.up"),
    ]

    def __init__(self, queries: BriefingQueries, order: list[str], quote_id: str) -> None:
        """`order`: the ids of the quotes n and p step through, `quote_id` among them."""
        super().__init__()
        self.queries = queries
        self.order = order
        self.position = order.index(quote_id)
        self.full = False

    @property
    def quote(self) -> Quote:
        return self.queries.quote(self.order[self.position])

    def compose(self) -> ComposeResult:
        yield Static(id="viewer-position")
        yield Static(id="source-info")
        yield VerticalScroll(id="passage")
        yield Static(id="chain")
        yield KeysFooter()

    def on_mount(self) -> None:
        self._render_quote()

    def _render_quote(self) -> None:
        quote = self.quote
        source = self.queries.source(quote.source)
        self.query_one("#viewer-position", Static).update(
            plain(f"Quote {self.position + 1} of {len(self.order)}", "dim")
        )
        info = [plain(source.title, "bold")]
        facts = source_facts(source)
        if facts:
            info.append(plain("\n" + facts, "dim"))
        if source.url:
            info.append(plain("\n" + source.url, "dim underline"))
        self.query_one("#source-info", Static).update(join(*info))
        self.query_one("#chain", Static).update(self._chain(quote))
        self._render_passage(quote)

    def _render_passage(self, quote: Quote) -> None:
        passage = self.query_one("#passage", VerticalScroll)
        passage.remove_children()
        source = self.queries.source(quote.source)
        span = quote.span
        if span is None or source.text is None:
            passage.mount(
                Static(
                    join(
                        plain("Not checked against a source text: ", "bold $text-warning"),
                        plain(f"the source “{source.title}” has no text file, so these words are "
                              "shown as the briefing gives them.\n\n"),
                        plain(f"“{quote.text}”", "italic"),
                    ),
                    classes="paragraph",
                )
            )  # fmt: skip
            return
        text = source.text
        if not self.full:
            paragraph = text[span.paragraph_start : span.paragraph_end]
            offset = span.paragraph_start
            block = self._highlighted(paragraph, span.start - offset, span.end - offset)
            passage.mount(Static(block, classes="paragraph current"))
            return
        widgets = []
        current = None
        for start, end in paragraphs(text):
            if start <= span.start < end or (span.start < start < span.end):
                block = self._highlighted(text[start:end], span.start - start, span.end - start)
                current = Static(block, classes="paragraph current")
                widgets.append(current)
            else:
                widgets.append(Static(plain(text[start:end]), classes="paragraph"))
        passage.mount_all(widgets)
        if current is not None:
            self.call_after_refresh(passage.scroll_to_widget, current, animate=False, top=True)

    @staticmethod
    def _highlighted(text: str, start: int, end: int) -> Content:
        """`text` with [start, end) highlighted; in pieces, as `plain` may drop
        characters no terminal agrees on the width of (briefing.screens.cells)."""
        start, end = max(0, start), min(len(text), end)
        return join(plain(text[:start]), plain(text[start:end], HIGHLIGHT), plain(text[end:]))

    def _chain(self, quote: Quote) -> Content:
        lines = [_actor_line("Said by ", self.queries.actor(quote.speaker))]
        if quote.reported_by:
            lines.append(_actor_line("as relayed by ", self.queries.actor(quote.reported_by)))
        how = how_and_when(quote)
        if how:
            lines.append(join(plain("How and when ", "dim"), plain(how)))
        if quote.event:
            event = self.queries.event(quote.event)
            lines.append(join(plain("At ", "dim"), plain(event.title),
                              plain(f" ({event.when.describe()})", "dim")))  # fmt: skip
        if quote.note:
            lines.append(join(plain("Note ", "dim"), plain(quote.note, "italic")))
        if quote.span is not None:
            lines.append(plain(f"Found on line {quote.span.line} of the source text", "dim"))
        return Content("\n").join(lines)

    def action_step(self, step: int) -> None:
        position = self.position + step
        if not 0 <= position < len(self.order):
            self.notify("No more quotes that way.", markup=False, timeout=2)
            return
        self.position = position
        self._render_quote()

    def action_toggle_full(self) -> None:
        self.full = not self.full
        self._render_passage(self.quote)

    def action_scroll(self, lines: int) -> None:
        self.query_one("#passage", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_to_speaker(self) -> None:
        self.dismiss(RecordRef(Kind.ACTOR, self.quote.speaker))

    def action_to_event(self) -> None:
        if self.quote.event is None:
            self.notify("This quote is not tied to an event.", markup=False, timeout=2)
            return
        self.dismiss(RecordRef(Kind.EVENT, self.quote.event))

    def action_close(self) -> None:
        self.dismiss(None)


def _actor_line(label: str, actor: Actor) -> Content:
    """`Said by Liz Truss, Foreign Secretary`, the name in bold."""
    role = f", {actor.role}" if actor.role else ""
    return join(plain(label, "dim"), plain(actor.name, "bold"), plain(role))
