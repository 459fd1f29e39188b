"""The briefing's summary, sources and tags, and how to read the chronology.

One key away (`s`). A few sources come first, under the title, a few lines
each (briefing.screens.source_list): they stay in sight at 80×24 however
long the summary is; many come after the summary, which they would bury.
The legend explains the marks the chronology puts on dates and on events
that rest on a single source, and the marks of what the reader remembers;
the user's own note on the briefing (`W`) comes last.

Opened over a large briefing's first rows, while the rest is read, it says
the whole's counts (known from the start) and that the sources are read
with the rest; the briefing screen hands it the whole when it comes
(`show_whole`), and the note once the reader's memory is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.events import Resize
from textual.geometry import Size
from textual.widgets import Static

from briefing.index.preview import Totals
from briefing.present.counts import record_counts
from briefing.records.dates import DateValue, parse_date
from briefing.records.model import Briefing
from briefing.records.queries import BriefingQueries
from briefing.records.text import BIDI_MARK, CUT_BEFORE_MARK, CUT_MARK, ZERO_WIDTH_MARK
from briefing.screens.bound_keys import briefing_key, list_key
from briefing.screens.cells import CUT_STYLE, TONE_MARK
from briefing.screens.fields import Field, Fields
from briefing.screens.first_rows import NOT_READ, compose_again
from briefing.screens.footer import KeysFooter
from briefing.screens.marks import legend
from briefing.screens.outdated import OutdatedLine
from briefing.screens.outside import ClosedByClickOutside
from briefing.screens.quote_passage import OTHER_SPEAKER_NAMED, SPEAKER_NAMED
from briefing.screens.remembering import Remembering
from briefing.screens.safe import join, plain
from briefing.screens.scrolling import scroll_lines
from briefing.screens.sizes import is_narrow
from briefing.screens.source_list import SourceList
from briefing.screens.warnings import WARNED

#: Up to this many sources are listed above the summary; more, below it.
SOURCES_FIRST_UP_TO = 3

#: How the chronology writes what is known of a date, and what it means: each
#: example a date as the briefing's file would give it, `{day}` the day the
#: examples are of (the briefing's `as_of`), `{before}` the day before it and
#: `{week}` a week before. Written as the chronology's rows write them
#: (`DateValue.describe`), so that the two cannot drift; said to a reader, not
#: an author: the file's own signs (`%`) are the contract's business (a first
#: reader's trial read "(~ in the file)" as addressed to someone else, and
#: examples of 2022 in a briefing of 2026).
DATE_MARKS = (
    ("{day}~", "approximate"),
    ("{day}?", "uncertain"),
    ("{day}%", "approximate and uncertain"),
    ("{before}/{day}", "an interval: from the first date to the last"),
    ("{week}/..", "began then; when it ended is not known"),
    ("../{day}", "had happened by then; when it began is not known"),
    # (a historian's trial read 09:15, 04:30, 10:00 in one day as shuffled)
    ("{day}T04:30-04:00", "the place's own clock; times are in the order of the moments"),
)


#: The examples' day for a briefing whose `as_of` has none to give.
_FALLBACK_DAY = date(2000, 1, 10)


def date_examples(as_of: DateValue) -> list[tuple[str, str]]:
    """`DATE_MARKS` as the chronology shows them, of the day `as_of` ends on
    (its first day for a month or a year)."""
    point = as_of.end or as_of.start
    day = _FALLBACK_DAY
    if point is not None and point.year > 1:  # (a week before 1 Jan 0001 is no date)
        day = date(point.year, point.month or 1, point.day or 1)
    days = {
        "day": day.isoformat(),
        "before": (day - timedelta(days=1)).isoformat(),
        "week": (day - timedelta(days=7)).isoformat(),
    }
    return [(parse_date(form.format_map(days)).describe(), meaning) for form, meaning in DATE_MARKS]


def marks_table(title: str, marks: Sequence[tuple[Content, str]], gap_after: bool = True) -> Fields:
    """A legend: its title, then each mark and what it means, the meaning's
    wrapped rows set in under it (at 80 columns they went back to the margin,
    under the marks: a trial). One widget: each is a cost of `s`."""
    width = max(mark.cell_length for mark, _ in marks) + 4
    rows: list[Field] = [(plain(title, "bold"), Content(""))]  # a title wider than labels
    rows += [(join(plain("  "), mark), plain(text, "dim")) for mark, text in marks]
    return Fields(rows, label_width=width, classes="part" if gap_after else "legend")


def date_legend(as_of: DateValue) -> Fields:
    """The marks on the chronology's dates, explained, with dates of the briefing's."""
    marks = [(plain(example, "bold"), meaning) for example, meaning in date_examples(as_of)]
    return marks_table("Reading the chronology", marks, gap_after=False)


def sources_legend(all_single_source: bool) -> Fields:
    """What the chronology says of an event's sources (set in under the date
    legend, each line's wrapped rows under itself)."""
    lines = [plain("A date in italics is approximate or uncertain.", "dim")]
    # "Source" as the briefing means it: a published document, not an informant
    # (a reader's trial read "single source" as a newsroom does).
    if all_single_source:
        lines.append(plain("Every event here rests on one published source (“1 source”).", "dim"))
    else:
        only = plain("  the event rests on one published source only", "dim")
        lines.append(join(plain("single source", "$text-warning"), only))
    lines.append(plain("A source is a document (an article, a statement), however many "
                       "reporters it credits.", "dim"))  # fmt: skip
    return Fields([("", line) for line in lines], label_width=2, classes="part")


#: The marks in what the reader shows of the text, and what each means.
TEXT_MARKS = (
    ("…  […]", "the author left words of the quote out (an elision)"),
    ("[words]", "the author's words in a quote, not the speaker's (an insertion)"),
    (CUT_MARK, "cut here for room: {select}, or {details}, shows it whole"),
    (CUT_BEFORE_MARK, "text before it cut for room (a match shown in its context)"),
    (TONE_MARK, "the skin tone of the emoji before it, as its source has it"),
    (WARNED, "the checker warns of the quote, event, actor or source it marks "
     "({select} on a quote, {details} on an event or an actor, says why; a source "
     "says it under its title)"),
    (f"␛ {BIDI_MARK} {ZERO_WIDTH_MARK}",
     "a hidden character of the text, made visible: a control, a direction "
     "override, a zero-width character or separator"),
)  # fmt: skip


def text_legend(app: App[Any]) -> Fields:
    """The marks in the text, explained: a trial could not tell the author's
    `…` from a row cut for room, and a skin tone had no word."""
    keys = {"select": list_key(app, "select"), "details": briefing_key(app, "briefing.details")}
    marks = [
        # as rows draw them: the cut marks dim, the text's own marks bold
        (
            plain(mark, CUT_STYLE if mark in (CUT_MARK, CUT_BEFORE_MARK) else "bold"),
            meaning.format_map(keys),
        )
        for mark, meaning in TEXT_MARKS
    ]
    marks += [  # the quote viewer's passage (briefing.screens.quote_passage)
        (plain("Name", SPEAKER_NAMED), "in a quote's source: where it names who said the quote"),
        (plain("Name", OTHER_SPEAKER_NAMED), "and where it names another the source is quoted for"),
    ]
    return marks_table("Marks in the text", marks)


def marks_legend(app: App[Any]) -> Fields:
    """The marks rows carry for what the reader remembers, explained, with the
    keys as the user's keymap has them (`*` was said after it moved: a trial)."""
    meanings = legend(lambda name: briefing_key(app, f"briefing.{name}"))
    return marks_table("Your marks", [(plain(mark, "bold"), meaning) for mark, meaning in meanings])


class SummaryScreen(ClosedByClickOutside):
    CSS_PATH = "summary.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,s,backspace", "dismiss", "Close", id="summary.close"),
        Binding("j", "scroll(1)", "Scroll down", show=False, id="summary.down"),
        Binding("k", "scroll(-1)", "Scroll up", show=False, id="summary.up"),
        # A modal screen takes none of the app's keys: these two, every screen has.
        Binding("q", "app.quit", "Quit", id="summary.quit"),
        Binding("question_mark", "app.toggle_help", "Keys", id="summary.keys"),
        # and Ctrl+C, listed as quitting everywhere (it did nothing here: a trial)
        Binding("ctrl+c", "app.quit", "Quit", show=False, id="summary.interrupt"),
    ]

    def __init__(
        self,
        briefing: Briefing,
        note: Content | None = None,
        reading: Totals | None = None,
        *,
        at_source: str | None = None,
    ) -> None:
        """`note`: the user's note on the briefing, as briefing.screens.marks shows it;
        `reading`: `briefing` is a large one's first rows, and these the whole's counts;
        `at_source`: the id of a source to open on, its title at the top (a source's
        warning chosen in `!`, a source found by Find)."""
        super().__init__()
        self.briefing = briefing
        self.note = note
        self.reading = reading
        self.at_source = at_source
        #: the rest of the briefing could not be read (`show_whole_failed`)
        self.whole_failed = False

    def compose(self) -> ComposeResult:
        # Sized for the terminal before the first layout, not after it (a second layout).
        self._fit(self.app.size)
        b, whole = self.briefing, self.reading
        counts = (
            record_counts(len(b.actors), len(b.events), len(b.quotes))
            if whole is None
            else record_counts(whole.actors, whole.events, whole.quotes)
        )
        head = [
            plain(b.title, "bold"),
            plain(f"\nas of {b.as_of.describe()} · ", "dim"),
            plain(counts, "dim"),
        ]
        summary = Static(
            plain(b.summary or "This briefing has no summary.", "" if b.summary else "dim"),
            classes="part",
        )
        with VerticalScroll(id="summary-box"):
            yield OutdatedLine()
            yield Static(join(*head), classes="part")
            # A few sources come first, in sight at 80×24 however long the
            # summary; many would push the summary out of reach below them.
            # Those of the first rows are not the briefing's: none is listed
            # until the whole is read (a large briefing, with many).
            if whole is None and len(b.sources) <= SOURCES_FIRST_UP_TO:
                yield from (*self._sources(), summary)
            else:
                yield from (summary, *self._sources())
            about = [plain("Tags ", "dim"), plain(", ".join(b.tags) or "none")]
            about += [plain("\nLanguage ", "dim"), plain(b.language)]
            about += [plain("\nId ", "dim"), plain(b.id)]
            yield Static(join(*about), classes="part")
            # Of the first rows, "every event" would be of those: the mark is explained.
            all_single = whole is None and all(event.single_source for event in b.events)
            yield date_legend(b.as_of)
            yield sources_legend(all_single)
            yield marks_legend(self.app)
            yield text_legend(self.app)
            if self.note is not None:
                yield Static(self.note, classes="part", id="summary-note")
        yield KeysFooter()

    def _sources(self) -> list[Static | SourceList]:
        """The sources' heading and list; while the whole is read, a word that they come."""
        sources = self.briefing.sources
        if self.reading is not None:
            coming = (
                plain(f"not read: {NOT_READ}", "italic $error")
                if self.whole_failed
                else plain("reading them with the rest of the briefing…", "italic $warning")
            )
            return [
                Static(plain("Sources", "bold"), classes="heading"),
                Static(coming, classes="part", id="summary-sources-reading"),
            ]
        heading = "Sources" if len(sources) < 2 else f"Sources ({len(sources)})"
        return [
            Static(plain(heading, "bold"), classes="heading"),
            SourceList(sources, classes="source"),
        ]

    def show_whole(self, queries: BriefingQueries, quotes: Sequence[str]) -> None:
        """The whole briefing, read since the summary opened on its first rows."""
        self.briefing, self.reading = queries.briefing, None
        self.call_later(self._compose_again)

    def show_whole_failed(self) -> None:
        self.whole_failed = True
        if self.is_attached:
            self.call_later(self._compose_again)

    def show_remembered(self, remembering: Remembering) -> None:
        """The user's note on the briefing, read since the summary opened."""
        note = remembering.note_block(None)
        if note != self.note:
            self.note = note
            self.call_later(self._compose_again)

    async def _compose_again(self) -> None:
        await compose_again(self, "summary-box")

    def on_mount(self) -> None:
        if self.at_source is not None:
            self.call_after_refresh(self._scroll_to_source)

    def _scroll_to_source(self) -> None:
        box = self.query_one("#summary-box", VerticalScroll)
        for listing in self.query(SourceList):
            row = listing.title_row(str(self.at_source), listing.content_size.width)
            if row is not None:
                box.scroll_to(y=listing.virtual_region.y + row, animate=False, immediate=True)

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        # Small, the summary fills the screen rather than floating in it.
        self.set_class(is_narrow(size), "narrow")

    def action_scroll(self, lines: int) -> None:
        for box in self.query("#summary-box").results(VerticalScroll):  # none while composed
            scroll_lines(box, lines)
