"""The briefing's summary, sources and tags, and how to read the chronology.

One key away (`s`). A few sources come first, under the title, a few lines
each (briefing.screens.source_list): they stay in sight at 80×24 however
long the summary is; many come after the summary, which they would bury.
The legend explains the marks the chronology puts on dates and on events
that rest on a single source, and the marks of what the reader remembers;
the user's own note on the briefing (`W`) comes last.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.events import Resize
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.present.counts import record_counts
from briefing.records.model import Briefing
from briefing.screens.footer import KeysFooter
from briefing.screens.marks import LEGEND
from briefing.screens.safe import join, plain
from briefing.screens.scrolling import scroll_lines
from briefing.screens.sizes import is_narrow
from briefing.screens.source_list import SourceList

#: Up to this many sources are listed above the summary; more, below it.
SOURCES_FIRST_UP_TO = 3

#: How the chronology writes what is known of a date, and what it means.
DATE_MARKS = (
    ("~10 Feb 2022", "approximate (~ in the file)"),
    ("10 Feb 2022?", "uncertain (?)"),
    ("~10 Feb 2022?", "approximate and uncertain (%)"),
    ("8–9 Feb 2022", "an interval: from the first date to the last"),
    ("from 3 Feb 2022", "began then; when it ended is not known"),
    ("by 10 Feb 2022", "had happened by then; when it began is not known"),
)


def legend(all_single_source: bool) -> Content:
    """The marks on the chronology's dates and sources, explained."""
    width = max(len(example) for example, _ in DATE_MARKS) + 2
    lines = [plain("Reading the chronology", "bold")]
    for example, meaning in DATE_MARKS:
        lines.append(join(plain(f"\n  {example:<{width}}", "bold"), plain(meaning, "dim")))
    lines.append(plain("\n  A date in italics is approximate or uncertain.", "dim"))
    # "Source" as the briefing means it: a published document, not an informant
    # (a reader's trial read "single source" as a newsroom does).
    if all_single_source:
        lines.append(plain("\n  Every event here rests on one published source (“1 source”).",
                           "dim"))  # fmt: skip
    else:
        only = plain("  the event rests on one published source only", "dim")
        lines.append(join(plain("\n  single source", "$text-warning"), only))
    lines.append(plain("\n  A source is a document (an article, a statement), however many "
                       "reporters it credits.", "dim"))  # fmt: skip
    return join(*lines)


def marks_legend() -> Content:
    """The marks rows carry for what the reader remembers, explained."""
    lines = [plain("Your marks", "bold")]
    for mark, meaning in LEGEND:
        lines.append(join(plain(f"\n  {mark:<3}", "bold"), plain(meaning, "dim")))
    return join(*lines)


class SummaryScreen(ModalScreen[None]):
    CSS_PATH = "summary.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,s,backspace", "dismiss", "Close", id="summary.close"),
        Binding("j", "scroll(1)", "Scroll down", show=False, id="summary.down"),
        Binding("k", "scroll(-1)", "Scroll up", show=False, id="summary.up"),
        # A modal screen takes none of the app's keys: these two, every screen has.
        Binding("q", "app.quit", "Quit", id="summary.quit"),
        Binding("question_mark", "app.toggle_help", "Keys", id="summary.keys"),
    ]

    def __init__(self, briefing: Briefing, note: Content | None = None) -> None:
        """`note`: the user's note on the briefing, as briefing.screens.marks shows it."""
        super().__init__()
        self.briefing = briefing
        self.note = note

    def compose(self) -> ComposeResult:
        # Sized for the terminal before the first layout, not after it (a second layout).
        self._fit(self.app.size)
        b = self.briefing
        head = [
            plain(b.title, "bold"),
            plain(f"\nas of {b.as_of.describe()} · ", "dim"),
            plain(record_counts(len(b.actors), len(b.events), len(b.quotes)), "dim"),
        ]
        summary = Static(
            plain(b.summary or "This briefing has no summary.", "" if b.summary else "dim"),
            classes="part",
        )
        heading = "Sources" if len(b.sources) < 2 else f"Sources ({len(b.sources)})"
        sources = [
            Static(plain(heading, "bold"), classes="heading"),
            SourceList(b.sources, classes="source"),
        ]
        with VerticalScroll(id="summary-box"):
            yield Static(join(*head), classes="part")
            # A few sources come first, in sight at 80×24 however long the
            # summary; many would push the summary out of reach below them.
            if len(b.sources) <= SOURCES_FIRST_UP_TO:
                yield from (*sources, summary)
            else:
                yield from (summary, *sources)
            about = [plain("Tags ", "dim"), plain(", ".join(b.tags) or "none")]
            about += [plain("\nLanguage ", "dim"), plain(b.language)]
            about += [plain("\nId ", "dim"), plain(b.id)]
            yield Static(join(*about), classes="part")
            all_single = all(event.single_source for event in b.events)
            yield Static(legend(all_single), classes="part")
            yield Static(marks_legend(), classes="part")
            if self.note is not None:
                yield Static(self.note, classes="part", id="summary-note")
        yield KeysFooter()

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        # Small, the summary fills the screen rather than floating in it.
        self.set_class(is_narrow(size), "narrow")

    def action_scroll(self, lines: int) -> None:
        scroll_lines(self.query_one("#summary-box", VerticalScroll), lines)
