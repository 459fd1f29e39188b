"""What the checker says of the open briefing's files: the errors of files
changed into something that does not open, or the warnings of the briefing
on screen (a quote that takes part of a word of its source ...)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from briefing.check.report import problem_line
from briefing.records.problems import Problem
from briefing.records.text import counted
from briefing.screens.footer import KeysFooter
from briefing.screens.outside import ClosedByClickOutside
from briefing.screens.safe import plain


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

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = tuple(problems)

    def compose(self) -> ComposeResult:
        errors = sum(1 for p in self.problems if p.is_error)
        if errors:
            lines = [
                plain(f"The files now have {counted(errors, 'error')}", "bold $text-error"),
                plain(
                    "The briefing on screen is the last version that opened; it is read again "
                    "as soon as the files open.\n",
                    "dim",
                ),
            ]
        else:
            self.add_class("-warnings")
            warned = counted(len(self.problems), "warning")
            lines = [
                plain(f"The checker gives this briefing {warned}", "bold $text-warning"),
                plain(
                    "A warning does not keep a briefing from opening: it says where the "
                    "briefing may read otherwise than its sources, or was written oddly.\n",
                    "dim",
                ),
            ]
        for problem in self.problems:
            lines.append(plain(problem_line(problem)))
            if problem.hint:
                lines.append(plain(f"  hint: {problem.hint}", "dim"))
        with VerticalScroll(id="problems-box"):
            yield Static(Content("\n").join(lines))
        yield KeysFooter()
