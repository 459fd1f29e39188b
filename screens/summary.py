"""The briefing's summary, tags and sources, one key away."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.present.sources import publication, text_status
from briefing.records.model import Briefing
from briefing.screens.footer import KeysFooter
from briefing.screens.safe import join, plain


class SummaryScreen(ModalScreen[None]):
    CSS_PATH = "summary.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,s,backspace", "dismiss", "Close", id="summary.close"),
    ]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing

    def compose(self) -> ComposeResult:
        b = self.briefing
        parts = [plain(b.title, "bold"), plain(f"\nas of {b.as_of.describe()}\n\n", "dim")]
        parts.append(
            plain(b.summary or "This briefing has no summary.", "" if b.summary else "dim")
        )
        if b.tags:
            parts.append(plain("\n\nTags: " + ", ".join(b.tags), "dim"))
        parts.append(plain("\n\nSources", "bold"))
        for source in b.sources:
            facts = " · ".join(fact for fact in (publication(source), text_status(source)) if fact)
            parts.append(plain(f"\n• {source.title}"))
            parts.append(plain(f"  {facts}", "dim"))
        with VerticalScroll(id="summary-box"):
            yield Static(join(*parts))
        yield KeysFooter()
