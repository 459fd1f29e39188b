"""Textual's command palette (Ctrl+P), safe at any size, and every record in it."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual.await_complete import AwaitComplete
from textual.binding import Binding, BindingType
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider

from briefing.screens.cells import ellipsis, for_cells
from briefing.screens.option_list import can_page
from briefing.screens.quotes_pane import attribution
from briefing.screens.safe import highlighted, plain

if TYPE_CHECKING:
    from briefing.screens.briefing_screen import BriefingScreen


class BriefingCommands(Provider):
    """Jump to any record of the open briefing. Content is shown as plain text."""

    def _entries(self) -> Iterator[tuple[str, str, str, str]]:
        """(kind, id, text to match and show, help) for every record.

        The text is matched as it is shown (briefing.screens.cells), so that the
        matched letters highlighted are the ones on screen.
        """
        screen: BriefingScreen = self.screen  # type: ignore[assignment]
        briefing = screen.briefing
        for actor in briefing.actors:
            role = f" — {actor.role}" if actor.role else ""
            yield "actor", actor.id, for_cells(f"Actor: {actor.name}{role}"), "Show this actor"
        for event in briefing.events:
            text = for_cells(f"Event: {event.when.describe()} · {event.title}")
            yield "event", event.id, text, "Show this event in the chronology"
        for quote in briefing.quotes:
            words = ellipsis(quote.text, 70)
            text = for_cells(f"Quote: “{words}” {attribution(quote, screen.names)}")
            yield "quote", quote.id, text, "Show this quote"

    async def discover(self) -> Hits:
        for kind, record_id, text, help_text in self._entries():
            yield DiscoveryHit(
                plain(text), partial(self._jump, kind, record_id), text=text, help=help_text
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for kind, record_id, text, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, highlighted(matcher, text), partial(self._jump, kind, record_id),
                          text=text, help=help_text)  # fmt: skip

    def _jump(self, kind: str, record_id: str) -> None:
        screen: BriefingScreen = self.screen  # type: ignore[assignment]
        screen.jump_to(kind, record_id)


class ReaderPalette(CommandPalette):
    """Textual's palette, closed once, and with page keys that hold at any size.

    - Each Enter the palette reads dismisses it, and `Screen.dismiss` pops
      whatever screen is on top: Ctrl+P then Enter Enter in one burst closed
      the palette, then the briefing screen under it, and the chosen command
      ran on a screen without widgets (`NoMatches '#actors'`; a third Enter:
      `ScreenStackError`). A palette that is no longer in front is closed.
    - Its page bindings hand the key to the list, which raised `KeyError: 0`
      when the terminal left it no lines (60×3, Ctrl+P, PageDown): `can_page`.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("pagedown", "page(1)", "Next page", show=False),
        Binding("pageup", "page(-1)", "Previous page", show=False),
    ]

    def action_page(self, direction: int) -> None:
        for commands in self.query(CommandList):
            if not can_page(commands):
                continue
            if direction > 0:
                commands.action_page_down()
            else:
                commands.action_page_up()

    def dismiss(self, result: None = None) -> AwaitComplete:
        if not self.is_active:
            return AwaitComplete()  # already closed: popping now would close the screen below
        return super().dismiss(result)
