"""The sourced-quote viewer: the words inside their source, and who said them.

The passage comes from the source file, not from the YAML: the paragraph that
holds the quote (or the two it runs over, or its parts stand in), with the
exact words highlighted. A quote with elisions is
highlighted part by part, the source's words between the parts struck
through and dimmed: left out by the briefing, not hidden from the reader.
`f` shows the whole text scrolled to the quote, the words of the source's
other quotes marked in it; `]` and `[` go to the next and previous quote in
the order of the text, and n and p then walk that order (a desk editor read
a source top to bottom to see what each passage was made to say). A quote
whose source has no text says plainly that it is not checked against one.

`a` and `e` (and a palette jump) leave the viewer with a `Jump` that says
what to show next and which quote was open, so Backspace can open it again.

A quote the checker warned of says each warning at the top, above the
source and the words (briefing.screens.warnings): shown as a sound one, a
quote of "we won" from "we won't" read as said (a review). A source it
warned of (published after the briefing's as_of ...) has the mark before
its title, and its warnings said in full among the facts under the words,
where there is room for them.

A quote shown here counts as seen (no longer new or changed); `*` pins it
and `w` writes a note on it, shown under who said it (briefing.screens.remembering).

Opened on a large briefing's first rows, n and p go through those read so
far, and say so, until the whole is read (briefing.screens.first_rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.css.scalar import Scalar
from textual.events import Key, Resize
from textual.geometry import Region
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from briefing.present.citation import quote_citation
from briefing.present.quotes import how_and_when, in_quotation_marks, where_found
from briefing.present.sources import source_facts
from briefing.present.unwrapping import unwrapped
from briefing.records.editorial import has_marks
from briefing.records.model import Actor, Quote
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind, RecordRef
from briefing.records.text import visible_line
from briefing.screens.cells import wrap_content
from briefing.screens.clicks import address
from briefing.screens.fields import Field, Fields
from briefing.screens.first_rows import NOT_READ
from briefing.screens.footer import KeysFooter
from briefing.screens.lines import Line, set_line
from briefing.screens.marks import MARK_STYLES, PINNED, WAS_SHORT
from briefing.screens.outdated import OutdatedLine
from briefing.screens.palette import BriefingCommands, ShowRecord
from briefing.screens.paragraph_lines import ParagraphLines
from briefing.screens.quote_passage import (
    Passage,
    WordsAt,
    lead_in,
    quote_paragraph,
    quotes_in_text,
    speakers_of,
)
from briefing.screens.remembering import Remembering
from briefing.screens.safe import join, plain, quote_words
from briefing.screens.sharing import (
    copy_citation,
    copy_instead,
    dimmed_action_pressed,
    open_source,
)
from briefing.screens.sizes import is_narrow
from briefing.screens.state import Jump, QuoteOverlay
from briefing.screens.warnings import WARNED_MARK, warning_block
from briefing.screens.whole_text import WholeText
from briefing.userdata.reading import Mark

#: A quote's warnings said at the top in full, up to this many (more: a row each).
WARNINGS_IN_FULL = 2
#: The rows each of those may take at the top, from 100×30 (below it, one,
#: and the facts under the words say it whole).
WARNING_ROWS = 3
#: Before a warning held to a row at the top.
WARNS_BELOW = "The checker warns (in full below): "
#: n and p side by side in the footer: "n p Next/prev"
STEPS = Binding.Group("Next/prev")
#: `]` and `[` side by side: "] [ In the text"
IN_TEXT = Binding.Group("In the text")


class QuoteViewer(Screen[Jump | None]):
    """Dismisses with the step to take next (a, e, a palette jump), else None."""

    CSS_PATH = "quote_viewer.tcss"
    COMMANDS: ClassVar = Screen.COMMANDS | {BriefingCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        # As on the briefing screen, Esc leaves and Backspace walks back: from
        # the whole text to the paragraph, then out (`action_back`).
        Binding("escape", "close", "Close", id="viewer.close"),
        Binding("backspace", "back", "Back", show=False, id="viewer.back"),
        Binding("n", "step(1)", "Next", id="viewer.next", group=STEPS),
        Binding("p", "step(-1)", "Prev", id="viewer.previous", group=STEPS),
        # `f` says where it goes from what is shown: two bindings, one shown at
        # a time (`check_action`), of one id, so that a keymap moves both.
        Binding("f", "full(True)", "Full text", id="viewer.full"),
        Binding("f", "full(False)", "Paragraph", id="viewer.full"),
        # Copy before Speaker and Event: at 80 columns the footer keeps the
        # first keys, and an editor missed `c` there (a desk editor's trial)
        Binding("c", "copy", "Copy", id="viewer.copy"),
        Binding("a", "to_speaker", "Speaker", id="viewer.speaker"),
        Binding("e", "to_event", "Event", id="viewer.event"),
        Binding("o", "open_source", "Open", id="viewer.open"),
        Binding(
            "right_square_bracket",
            "in_text(1)",
            "Next in the text",
            id="viewer.next_in_text",
            group=IN_TEXT,
        ),
        Binding(
            "left_square_bracket",
            "in_text(-1)",
            "Previous in the text",
            id="viewer.previous_in_text",
            group=IN_TEXT,
        ),
        Binding("j", "scroll(1)", "Scroll down", show=False, id="viewer.down"),
        Binding("k", "scroll(-1)", "Scroll up", show=False, id="viewer.up"),
        Binding("asterisk", "pin", "Pin or unpin", show=False, id="viewer.pin"),
        Binding("w", "note", "Note", show=False, id="viewer.note"),
    ]

    def __init__(
        self,
        queries: BriefingQueries,
        order: list[str],
        quote_id: str,
        full: bool = False,
        remembering: Remembering | None = None,
        first_rows: bool = False,
        from_library: bool = False,
    ) -> None:
        """`order`: the ids of the quotes n and p step through, `quote_id`
        among them; `full`: open on the whole text; `remembering`: what the
        reader remembers of the briefing (None: nothing); `first_rows`:
        `queries` is a large briefing's first rows, the whole on its way;
        `from_library`: opened from the library's Find, so the briefing is
        named (its quote from one of many briefings did not say whose: a trial)."""
        super().__init__()
        self.from_library = from_library
        self.remembering = remembering
        self.first_rows = first_rows
        self.queries = queries
        self.order = order
        self.position = order.index(quote_id)
        self.full = full
        #: opened on the quote's paragraph, not straight on the whole text (Back
        #: from the whole text then goes to the paragraph, not to the panes)
        self.opened_as_quote = not full
        #: where the quoted words start: in which paragraph, after what
        self._words: WordsAt | None = None
        #: the quotes shown here that were new or changed, by id (`_see`)
        self._was: dict[str, Mark] = {}
        #: whether the terminal is small (screens.sizes), as the header was held to it
        self._narrow = False
        #: whether the facts say the quote's warnings in full (`_warnings_cut`)
        self._said_below = False
        #: the rest of the briefing could not be read (`show_whole_failed`)
        self.whole_failed = False
        #: n and p walk the source's quotes in the order of its text (`]`, `[`)
        self.in_text = False

    @property
    def quote(self) -> Quote:
        return self.queries.quote(self.order[self.position])

    @property
    def overlay(self) -> QuoteOverlay:
        """What this viewer shows, for the briefing screen's history."""
        return QuoteOverlay(self.quote.id, tuple(self.order), self.full)

    def compose(self) -> ComposeResult:
        # The first quote composed as it is: mounted after the first frame (the
        # passage's paragraphs, the fields set again), it laid the screen out
        # a second time as the viewer opened.
        quote = self.quote
        yield OutdatedLine()
        yield Line(self._position_line(), id="viewer-position")  # a long id cut, said: ▸
        warnings = Fields(self._warning_fields(quote), label_width=0, id="quote-warnings")
        warnings.clamp(True)
        warnings.display = bool(quote.warnings)
        yield warnings
        yield Fields(self._source_info(quote), label_width=0, id="source-info")
        paragraphs_shown, words = self._passage(quote)
        facts = VerticalScroll(Fields(self._chain_fields(), id="chain"), id="facts")
        facts.can_focus = False  # the passage's keys run on into it (`Passage`)
        yield Passage(*paragraphs_shown, facts=facts, id="passage")
        yield facts
        yield KeysFooter()
        self._words = words

    def on_mount(self) -> None:
        self._see()
        self._show_position()  # with what the quote was, if it was new or changed
        self._scroll_to_words()

    def _see(self) -> None:
        """The quote shown is seen; what it was (new, changed) is said in the
        position line, as its row's mark goes (a trial saw a Δ go unexplained)."""
        if self.remembering is None:
            return
        was = self.remembering.mark(self.ref)
        if was is not None:
            self._was[self.ref.id] = was
        self.remembering.seen(self.ref)

    def show_whole(self, queries: BriefingQueries, quotes: Sequence[str]) -> None:
        """The whole briefing, read since the viewer opened on its first rows:
        n and p go through the quotes the pane lists now, from the one shown."""
        shown = self.order[self.position]
        order = list(quotes) if shown in quotes else [q.id for q in queries.quotes]
        self.queries, self.first_rows, self.in_text = queries, False, False
        self.order, self.position = order, order.index(shown)
        if self.is_attached:
            self._show_position()

    def show_whole_failed(self) -> None:
        self.whole_failed = True

    def show_remembered(self, remembering: Remembering) -> None:
        """What the reader remembers, read since: the quote is seen; pin and note act."""
        self.remembering = remembering
        self._see()
        self.refresh_bindings()
        if self.is_attached:
            self._show_position()
            self._show_chain()

    def on_resize(self, event: Resize) -> None:
        # Small, the viewer drops its margins: the passage needs the lines.
        narrow = is_narrow(event.size)
        self.set_class(narrow, "narrow")
        # The header is held to its rows at any size: unheld, a source with a
        # 5,000-character address took 23 of 40 rows and scrolled the quote
        # away (an adversarial trial). The facts scroll (`Passage`): none of
        # them is cut short.
        header = self.query_one("#source-info", Fields)
        if narrow != self._narrow:
            self._narrow = narrow
            header.show(self._source_info(self.quote))
            self._show_warnings(self.quote)
        cut = self._warnings_cut()
        if cut != self._said_below:  # the warnings go to the facts, or come back
            self._said_below = cut
            self._show_chain()
        header.clamp(True)
        self.call_after_refresh(self._fit_facts)
        # The paragraphs wrap anew: the words may have moved out of sight.
        self.call_after_refresh(self._keep_words_in_sight)

    def on_passage_narrowed(self) -> None:
        self.call_after_refresh(self._keep_words_in_sight)

    @property
    def ref(self) -> RecordRef:
        return RecordRef(Kind.QUOTE, self.order[self.position])

    async def _render_quote(self) -> None:
        """Show the quote now at `position` (n, p, f), in place of the one shown."""
        quote = self.quote
        self._see()
        self._show_position()
        self._show_warnings(quote)
        self.query_one("#source-info", Fields).show(self._source_info(quote))
        self._show_chain()
        await self._show_passage(quote)

    async def _show_passage(self, quote: Quote) -> None:
        passage = self.query_one("#passage", VerticalScroll)
        await passage.remove_children()
        shown, self._words = self._passage(quote)
        await passage.mount_all(shown)
        self._scroll_to_words()
        # the lines a paragraph left blank to the facts; the whole text keeps them
        self.call_after_refresh(self._fit_facts)

    def _source_info(self, quote: Quote) -> list[Field]:
        """The source's title, facts and address, with the rows each may take
        (Fields.clamp): fewer in a small terminal (screens.sizes)."""
        source = self.queries.source(quote.source)
        rows = 1 if self._narrow else 2
        title = plain(source.title, "bold")
        if source.warnings:  # said in full among the facts (`_chain`)
            title = join(WARNED_MARK, title)
        info: list[Field] = [("", title, rows + 1)]
        facts = source_facts(source)
        if facts:
            info.append(("", plain(facts, "dim"), rows))
        if source.url:
            info.append(("", address(source.url, "dim underline"), rows))
        return info

    def _warning_fields(self, quote: Quote) -> list[Field]:
        """Each warning of the checker about the quote, held to a few rows; the
        author's advice too where there is room. Of more than a few, each on
        one row: they would push the words out of a small terminal; the chain
        under the quote then says them in full (`_chain`)."""
        warnings = quote.warnings
        if len(warnings) > WARNINGS_IN_FULL or self._warnings_cut():
            # A row each, said whole under the words: two rows of a warning at
            # the top and all of it again below took 8 rows of 24 (a first
            # reader's trial)
            return [("", warning_block(w, hint=False, lead=WARNS_BELOW), 1) for w in warnings]
        return [("", warning_block(w, hint=True), WARNING_ROWS) for w in warnings]

    def _warnings_cut(self) -> bool:
        """Whether the top holds the quote's warnings short of their advice or
        their words: in a small terminal, or where one is longer than its rows
        at the screen's width (the block's padding aside)."""
        if self._narrow or len(self.quote.warnings) > WARNINGS_IN_FULL:
            return True  # narrow: the words need the rows
        width = max(1, self.app.size.width - 2)
        return any(
            sum(len(wrap_content(line, width)) for line in said.split("\n")) > WARNING_ROWS
            for said in (warning_block(w, hint=True) for w in self.quote.warnings)
        )

    def _show_warnings(self, quote: Quote) -> None:
        block = self.query_one("#quote-warnings", Fields)
        block.show(self._warning_fields(quote))
        block.display = bool(quote.warnings)

    def _position_line(self) -> Content:
        of = f"{len(self.order)} read so far" if self.first_rows else str(len(self.order))
        if self.in_text:
            of += " from this text, in its order"
        line = plain(f"Quote {self.position + 1} of {of} · {self.quote.id}", "dim")
        if self.from_library:
            title = plain(visible_line(self.queries.briefing.title), "dim italic")
            line = join(line, plain(" · in ", "dim"), title)
        if self.remembering is not None and self.remembering.pinned(self.ref):
            line = join(line, plain(f"  {PINNED} pinned", "bold $text-accent"))
        was = self._was.get(self.ref.id)
        if was is not None:
            symbol, style = MARK_STYLES[was]
            line = join(line, plain(f"  {symbol} ", style), plain(WAS_SHORT[was], "italic"))
        return line

    def _show_position(self) -> None:
        set_line(self.query_one("#viewer-position", Static), self._position_line())

    def _chain_fields(self) -> list[Field]:
        chain = self._chain(self.quote)
        note = self.remembering.note_block(self.ref) if self.remembering is not None else None
        if note is not None:
            chain.append(("", note))
        return chain

    def _show_chain(self) -> None:
        self.query_one("#chain", Fields).show(self._chain_fields())
        self.query_one("#facts", VerticalScroll).scroll_home(animate=False, immediate=True)
        self.call_after_refresh(self._fit_facts)

    def _fit_facts(self) -> None:
        """The facts under the passage given the lines it leaves blank, when they
        do not all show in their stylesheet's share of the screen: at 80×24 a
        short paragraph left seven blank lines above facts held to 40%, the
        reader's own note out of sight below them (a new user's trial). What
        is still out of sight, j and PgDn scroll to (`Passage`).

        Worked out from what each part needs, not from a layout with the
        height cleared: a layout still under way left the facts at their
        share under blank lines."""
        passage = self.query_one("#passage", Passage)
        facts = self.query_one("#facts", VerticalScroll)
        chain = self.query_one("#chain", Fields)
        stylesheet = facts.styles.base.max_height
        if stylesheet is None or not self.size.height:
            return
        share = int(stylesheet.resolve(self.size, self.app.size))
        used = max((c.virtual_region_with_margin.bottom for c in passage.children), default=0)
        total = passage.outer_size.height + facts.outer_size.height
        gutter = facts.styles.gutter  # (the width as without a scrollbar: all shown)
        needs = len(chain.rows(max(1, facts.outer_size.width - gutter.width))) + gutter.height
        height = min(needs, max(share, total - used - passage.styles.gutter.height))
        if facts.styles.max_height != Scalar.from_number(height):
            facts.styles.max_height = height

    def _marked(self, quote: Quote) -> str:
        """The quote's words between the quotation marks of its briefing's language."""
        return in_quotation_marks(quote.text, language=self.queries.briefing.language)

    def _has_text(self) -> bool:
        """Whether the quote is shown in its source's text (else as the briefing gives it)."""
        return (
            self.quote.span is not None and self.queries.source(self.quote.source).text is not None
        )

    def _passage(self, quote: Quote) -> tuple[list[Widget], WordsAt | None]:
        """The paragraphs to show, and where the quoted words start in them
        (None: a quote not found in a source text, shown as it is)."""
        source = self.queries.source(quote.source)
        span = quote.span
        if span is None or source.text is None:
            said = Static(
                join(
                    plain("Not checked against a source text: ", "bold $text-warning"),
                    plain(f"the source “{source.title}” has no text file, so these words are "
                          "shown as the briefing gives them.\n\n"),
                    quote_words(self._marked(quote)),
                ),
                classes="paragraph",
            )  # fmt: skip
            return [said], None
        text = unwrapped(source.text)  # a hard-wrapped text's lines joined (same offsets)
        speakers = speakers_of(self.queries, quote)
        if not self.full:
            shown, words = quote_paragraph(
                text, span.paragraph_start, span.paragraph_end, span, quote, speakers
            )
            return [*lead_in(text, span, speakers), shown], words
        quoted = [
            piece
            for other in quotes_in_text(self.queries, quote.source)
            if other.id != quote.id and other.span is not None
            for piece in other.span.pieces
        ]
        # One widget draws the lines in sight (briefing.screens.paragraph_lines):
        # a widget per paragraph took 15 s over a 3 MB transcript.
        whole = WholeText(text, quote, speakers, quoted)
        lines = ParagraphLines(whole, whole.current, classes="whole-text")
        found = None if whole.words is None else WordsAt(lines, whole.words[1], whole.words[0])
        return [lines], found

    def _scroll_to_words(self) -> None:
        """The whole text with the paragraph where the words start at the top;
        and, whatever is shown, the words in sight."""
        words = self._words
        if words is None:
            return
        passage = self.query_one("#passage", VerticalScroll)

        def scroll() -> None:
            if self.full:
                top = Region(0, words.top(), 1, 1)
                passage.scroll_to_region(top, animate=False, top=True, immediate=True)
            self._keep_words_in_sight()

        # After the paragraphs are laid out: before, the scroll stopped at the top.
        self.call_after_refresh(scroll)

    def _keep_words_in_sight(self) -> None:
        """Scroll to the line where the quoted words start, when it is out of
        sight: a paragraph taller than the passage (a small terminal, a long
        paragraph) showed its first lines and not the words (a user's trial)."""
        words = self._words
        if words is None or not words.paragraph.is_mounted:
            return
        passage = self.query_one("#passage", VerticalScroll)
        paragraph = words.paragraph.virtual_region
        line = words.top() + words.line(paragraph.width)
        window = passage.scrollable_content_region.at_offset(passage.scroll_offset)
        if window.contains_region(Region(paragraph.x, line, 1, min(2, window.height))):
            return
        above = 1 if window.height > 3 else 0  # a line of what leads to the words
        passage.scroll_to_region(
            Region(paragraph.x, max(0, line - above), 1, 1),
            animate=False,
            top=True,
            immediate=True,
        )

    def _chain(self, quote: Quote) -> list[Field]:
        """Who said the words, how and where, and where they were found: a field
        each, in full (the facts scroll, `Passage`)."""
        lines: list[Field] = [("Said by", _actor_line(self.queries.actor(quote.speaker)))]
        if quote.reported_by:
            lines.append(("Relayed by", _actor_line(self.queries.actor(quote.reported_by))))
        how = how_and_when(quote)
        if how:
            lines.append(("How, when", how))
        if quote.event:
            event = self.queries.event(quote.event)
            at = join(plain(event.title), plain(f" ({event.when.describe()})", "dim"))
            lines.append(("At", at))
        if quote.note:
            lines.append(("Note", plain(quote.note, "italic")))
        if len(quote.warnings) > WARNINGS_IN_FULL or (quote.warnings and self._warnings_cut()):
            # Each on one row at the top, or held to two rows without its
            # advice in a small terminal, where a warning of three rows was
            # cut (a trial on limited terminals), or to three at any size
            # (a fact-checker's trial): here in full, with it.
            said = [warning_block(w, hint=True, lead="") for w in quote.warnings]
            lines.append(("Warnings" if len(said) > 1 else "Warning", join(*said, separator="\n")))
        source = self.queries.source(quote.source)
        if source.warnings:
            # the header's title marked ⚠ has no room for them: a date after the
            # briefing's as_of, of the source the words are checked against. The
            # advice to the author where there is room: the summary (`s`) has it.
            hint = not self._narrow
            said = [warning_block(w, hint=hint, lead="") for w in source.warnings]
            lines.append(("Source", join(*said, separator="\n")))
        if quote.span is not None and has_marks(quote.text):
            # The briefing's own wording, where it differs from the source's:
            # elisions, and insertions shown as the author's.
            lines.append(("Quoted as", quote_words(self._marked(quote))))
        text = source.text
        if quote.span is not None and text is not None:
            lines.append(("Found", plain(where_found(quote, text), "dim")))
        return lines

    # --- keys -------------------------------------------------------------------

    async def action_step(self, step: int) -> None:
        position = self.position + step
        if not 0 <= position < len(self.order):
            said = "No more quotes that way"
            if self.first_rows:
                said += " among those read so far: " + (
                    NOT_READ if self.whole_failed else "the rest come in a moment"
                )
            self.notify(f"{said}.", markup=False, timeout=2)
            return
        self.position = position
        await self._render_quote()
        self.refresh_bindings()  # `e` and `o` show only where they have something to act on

    async def action_in_text(self, step: int) -> None:
        """The next (`step` 1) or previous quote taken from this source, in the
        order of its text; from then on n and p walk that order."""
        in_text = [q.id for q in quotes_in_text(self.queries, self.quote.source)]
        position = in_text.index(self.quote.id) + step
        if not 0 <= position < len(in_text):
            way = "after" if step > 0 else "before"
            self.notify(f"No quote is taken from this text {way} this one.", markup=False,
                        timeout=2)  # fmt: skip
            return
        self.order, self.position, self.in_text = in_text, position, True
        await self._render_quote()
        self.refresh_bindings()

    async def action_full(self, full: bool) -> None:
        """The whole text (`full`), or the quote's paragraph."""
        self.full = full
        await self._show_passage(self.quote)
        self.refresh_bindings()  # the footer's `f` says where it goes now

    def action_scroll(self, lines: int) -> None:
        for passage in self.query("#passage").results(Passage):  # none while composed
            passage.scroll_through(lines)

    def action_to_speaker(self) -> None:
        self.dismiss(Jump(RecordRef(Kind.ACTOR, self.quote.speaker), True, self.overlay))

    def action_to_event(self) -> None:
        if self.quote.event is None:
            self.notify("This quote is not tied to an event.", markup=False, timeout=2)
            return
        self.dismiss(Jump(RecordRef(Kind.EVENT, self.quote.event), True, self.overlay))

    def action_copy(self) -> None:
        copy_citation(self, quote_citation(self.quote, self.queries), "the quote")

    def action_open_source(self) -> None:
        instead = copy_instead(self, "the quote")
        open_source(self, self.queries.source(self.quote.source), instead)

    def on_key(self, event: Key) -> None:
        pressed = dimmed_action_pressed(self, event, ("open_source", "full"))
        if pressed == "open_source":
            self.action_open_source()
        elif pressed == "full":
            title = self.queries.source(self.quote.source).title
            self.notify(
                f"“{title}” has no text in the briefing: there is no paragraph or "
                "whole text to show, only the quote as the briefing gives it.",
                markup=False,
                timeout=5,
            )

    def action_close(self) -> None:
        """Esc: back to the panes, from the paragraph or the whole text. Esc
        from the whole text went to the paragraph, a second one out (a new
        user's trial), where Esc leaves every other screen at once."""
        self.dismiss(None)

    async def action_back(self) -> None:
        """Backspace: from the whole text to the quote's paragraph, then to the
        panes, as Backspace walks back through every step on the briefing
        screen. Opened on the whole text (Backspace there reopened it so), it
        goes straight back."""
        if self.full and self.opened_as_quote:
            await self.action_full(False)
            return
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("pin", "note"):
            return self.remembering is not None
        if action == "full":  # "f Full text" over the paragraph, "f Paragraph" over the whole
            if not self._has_text():  # dimmed, and pressed it says why (`on_key`)
                return None if parameters == (True,) else False
            return parameters != (self.full,)
        if action == "to_event":
            return self.quote.event is not None  # not offered where there is none
        if action == "in_text":  # where the text has another quote to go to
            quote = self.quote
            return quote.span is not None and len(quotes_in_text(self.queries, quote.source)) > 1
        if action == "open_source":
            # Dimmed where the source has no address: hidden, `o` (which the
            # README names) did nothing and said nothing; offered as any other
            # key, it said there was nothing to open (two new users' trials).
            # Pressed, it says why, and what `c` copies instead (`on_key`).
            return True if self.queries.source(self.quote.source).url else None
        return True

    def action_pin(self) -> None:
        if self.remembering is not None:
            self.remembering.toggle_pin(self, self.ref)
            self._show_position()

    def action_note(self) -> None:
        if self.remembering is not None:
            self.remembering.edit_note(self.ref, self._show_chain)

    @on(ShowRecord)
    def _show_record(self, message: ShowRecord) -> None:
        """A palette jump from over the quote: the briefing screen shows the record."""
        message.stop()
        self.dismiss(Jump(message.ref, narrow=False, origin=self.overlay))


def _actor_line(actor: Actor) -> Content:
    """`Liz Truss, Foreign Secretary`, the name in bold."""
    role = f", {actor.role}" if actor.role else ""
    return join(plain(actor.name, "bold"), plain(role))
