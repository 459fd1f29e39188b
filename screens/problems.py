"""What the checker says of the open briefing's files: the errors of files
changed into something that does not open, or the warnings of the briefing
on screen (a quote that takes part of a word of its source ...).

The errors are text, as `briefing check` reports them: there is no record
to go to in files that do not open. The warnings are a list, one item per
warning, which says the record it is about (briefing.screens.warned_list);
Enter goes there as the palette goes to a record, a quote opened in the
viewer where its words stand in their source: `ShowRecord`, posted to
the screen the list was opened over (the app's when that screen shows no
records: briefing.screens.live).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import OptionList, Static

from briefing.check.report import problem_line
from briefing.present.warned import warned, warnings_counted
from briefing.records.problems import Problem
from briefing.records.queries import BriefingQueries
from briefing.records.text import counted
from briefing.screens.bound_keys import briefing_key
from briefing.screens.footer import KeysFooter
from briefing.screens.outside import ClosedByClickOutside
from briefing.screens.palette import ShowRecord
from briefing.screens.remembering import Remembering
from briefing.screens.safe import plain
from briefing.screens.warned_list import WarningList, reached

#: Under the count of the warnings: what a warning is.
WHAT_A_WARNING_IS = (
    "A warning does not keep a briefing from opening: it says where it may read otherwise "
    "than its sources, or was written oddly."
)


class ProblemsScreen(ClosedByClickOutside):
    """What `briefing check` says of the files: their errors, while the last
    good version stays on screen, or the warnings of the briefing shown."""

    CSS_PATH = "problems.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace,exclamation_mark", "dismiss", "Close", id="problems.close"),
        # A modal screen takes none of the app's keys: these two, every screen has
        # (`?` lists q as quitting from everywhere; here it did nothing: a trial).
        Binding("q", "app.quit", "Quit", id="problems.quit"),
        Binding("question_mark", "app.toggle_help", "Keys", id="problems.keys"),
        Binding("ctrl+c", "app.quit", "Quit", show=False, id="problems.interrupt"),
    ]

    def __init__(
        self,
        problems: Sequence[Problem],
        queries: BriefingQueries | None = None,
        *,
        first_rows: bool = False,
        start: int | None = None,
        chosen: Callable[[int], None] | None = None,
    ) -> None:
        """`queries`: the briefing on screen, whose records the warnings are
        about (`first_rows`: only a large briefing's first rows, the rest being
        read); `start`: the item to put the cursor on; `chosen`: told the item
        Enter went from, to start there next time."""
        super().__init__()
        self.problems = tuple(problems)
        self.queries = queries
        self.first_rows = first_rows
        self.start = start
        self.chosen = chosen
        #: the rest of a large briefing could not be read (`show_whole_failed`)
        self.whole_failed = False

    def compose(self) -> ComposeResult:
        errors = sum(1 for p in self.problems if p.is_error)
        if errors or self.queries is None:
            yield from self._errors(errors)
        else:
            yield from self._warnings(self.queries)
        yield KeysFooter()

    def _errors(self, errors: int) -> ComposeResult:
        lines = [
            plain(f"The files now have {counted(errors, 'error')}", "bold $text-error"),
            plain(
                "The briefing on screen is the last version that opened; it is read again "
                "as soon as the files open.\n",
                "dim",
            ),
        ]
        for problem in self.problems:
            lines.append(plain(problem_line(problem)))
            if problem.hint:
                lines.append(plain(f"  hint: {problem.hint}", "dim"))
        with VerticalScroll(id="problems-box"):
            yield Static(Content("\n").join(lines))

    def _warnings(self, queries: BriefingQueries) -> ComposeResult:
        self.add_class("-warnings")
        items = warned(self.problems, queries.briefing)
        title = warnings_counted(items)
        if self.first_rows:  # those of records not read yet are not told from the briefing's
            still = (
                "the rest could not be read"
                if self.whole_failed
                else "the records are still being read"
            )
            title = f"{counted(len(items), 'warning')} ({still})"
        with Vertical(id="problems-box"):
            yield Static(plain(title, "bold $text-warning"), id="problems-title")
            yield Static(plain(WHAT_A_WARNING_IS, "dim"), id="problems-note")
            summary = briefing_key(self.app, "briefing.summary")
            yield WarningList(items, queries, summary, self.first_rows, id="problems-list")

    def on_mount(self) -> None:
        self._show_list()

    def _show_list(self) -> None:
        for listing in self.query(WarningList):
            listing.focus()
            self.call_after_refresh(self._list, listing)

    def standing(self) -> int | None:
        """The item the list stands on (where it was told to start, until shown)."""
        for listing in self.query(WarningList):
            if listing.highlighted is not None:
                return listing.highlighted
        return self.start

    # Opened over a large briefing's first rows (briefing.screens.first_rows),
    # the list is made again when the whole is read: its items said "not read
    # yet" and Enter stayed dimmed until `!` was opened again (a review).
    def show_whole(self, queries: BriefingQueries, quotes: Sequence[str]) -> None:
        if not self.first_rows:
            return
        self.queries, self.first_rows, self.start = queries, False, self.standing()
        self.call_later(self._compose_again)

    def show_whole_failed(self) -> None:
        if self.first_rows:
            self.whole_failed, self.start = True, self.standing()
            self.call_later(self._compose_again)

    def show_remembered(self, remembering: Remembering) -> None:
        """Nothing the reader remembers is shown here."""

    async def _compose_again(self) -> None:
        if not self.is_attached:
            return  # closed meanwhile
        await self.recompose()
        self._show_list()

    def _list(self, listing: WarningList) -> None:
        listing.list_items()
        if self.start is not None and 0 <= self.start < len(listing.items):
            # the item last gone to, at the top: the next one shows under it
            listing.highlighted = self.start
            listing.scroll_to_highlight(top=True)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.refresh_bindings()  # Enter dimmed on an item with no record to go to

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if not self.is_active:
            # a second Enter of a burst, read by the list before the first closed
            # it: `dismiss` would close the screen now on top instead
            return
        listing = self.query_one(WarningList)
        item = listing.chosen()
        record = reached(item) if item is not None else None
        if record is None:
            return  # a source, the briefing itself: the item says where it stands
        if self.chosen is not None and listing.highlighted is not None:
            self.chosen(listing.highlighted)
        stack = self.app.screen_stack
        below = stack[stack.index(self) - 1]
        self.dismiss(None)
        # a warned quote opened where the warning is said beside the source's words
        below.post_message(ShowRecord(below, record, open_quote=True))
