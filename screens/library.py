"""The library: every briefing of a content directory, and why a broken one does not open."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.check.report import problem_line
from briefing.index.store import BriefingSummary
from briefing.present.counts import record_counts
from briefing.records.text import counted
from briefing.screens.footer import KeysFooter
from briefing.screens.option_list import KeyOptionList
from briefing.screens.safe import join, plain


class LibraryScreen(Screen[None]):
    CSS_PATH = "library.tcss"

    class Open(Message):
        """Open this briefing."""

        def __init__(self, screen: LibraryScreen, briefing_id: str) -> None:
            self.screen_ = screen
            self.briefing_id = briefing_id
            super().__init__()

        @property
        def control(self) -> LibraryScreen:
            return self.screen_

    def __init__(self, summaries: list[BriefingSummary], notices: list[str]) -> None:
        super().__init__()
        self.summaries = summaries
        self.notices = notices
        #: An Open is on its way: the library is about to be covered.
        self.opening = False

    def compose(self) -> ComposeResult:
        count = len(self.summaries)
        broken = sum(1 for s in self.summaries if not s.opens)
        note = f" — {broken} with errors" if broken else ""
        yield Static(
            join(plain("Briefings", "bold"), plain(f"  {count}{note}", "dim")), id="library-title"
        )
        with Horizontal():
            yield KeyOptionList(*(self._option(s) for s in self.summaries), id="library-list")
            with VerticalScroll(id="problems"):
                yield Static(id="problems-text")
        yield KeysFooter()

    def on_mount(self) -> None:
        listing = self.query_one("#library-list", OptionList)
        listing.highlighted = 0 if self.summaries else None
        listing.focus()
        self._show_problems(0)

    def _option(self, summary: BriefingSummary) -> Option:
        title = plain(summary.title or summary.folder, "bold")
        if summary.opens:
            as_of = summary.as_of.describe() if summary.as_of else "?"
            counts = record_counts(summary.actors, summary.events, summary.quotes)
            detail = plain(f"\n  as of {as_of} · {counts} · ok", "dim")
        else:
            errors = counted(summary.errors, "error")
            detail = plain(f"\n  ✗ {summary.folder} · {errors}: does not open", "bold $text-error")
        return Option(join(title, detail), id=summary.folder)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_problems(event.option_index)

    def _show_problems(self, index: int | None) -> None:
        panel = self.query_one("#problems", VerticalScroll)
        text = self.query_one("#problems-text", Static)
        if index is None or not self.summaries:
            panel.display = False
            return
        summary = self.summaries[index]
        panel.display = bool(summary.problems)
        lines = [plain("Why it does not open (as briefing check reports it):", "bold")]
        for problem in summary.problems:
            lines.append(plain(problem_line(problem)))
            if problem.hint:
                lines.append(plain(f"  hint: {problem.hint}", "dim"))
        text.update(Content("\n").join(lines))

    def on_screen_resume(self) -> None:
        self.opening = False

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.opening:
            return  # a second Enter in the same burst: the briefing is already opening
        summary = self.summaries[event.option_index]
        if summary.opens and summary.id:
            self.opening = True
            self.post_message(self.Open(self, summary.id))
        else:
            self.notify(
                f"{summary.folder} has errors and does not open; fix them and reopen.",
                severity="warning",
                markup=False,
            )
