"""Textual's command palette (Ctrl+P), safe at any size, and every record in it.

Choosing a record posts `ShowRecord` to the screen the palette was opened
over; that screen decides how to show it. The palette knows no screen class,
only the `BriefingQueries` such a screen holds, so the briefing screen can
import this module without this module importing it back.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import ClassVar

from textual.await_complete import AwaitComplete
from textual.binding import Binding, BindingType
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.message import Message
from textual.screen import Screen

from briefing.present.quotes import attribution, insertions
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind, RecordRef
from briefing.screens.cells import ellipsis, for_cells
from briefing.screens.option_list import can_page
from briefing.screens.safe import INSERTION_STYLE, highlighted, quote_words


class ShowRecord(Message):
    """Show this record: chosen in the palette opened over `screen`."""

    def __init__(self, screen: Screen[object], ref: RecordRef) -> None:
        self.screen = screen
        self.ref = ref
        super().__init__()

    @property
    def control(self) -> Screen[object]:
        return self.screen


#: Between what a record says and its id, in the palette's rows.
ID_SEPARATOR = " · "


def _id_dim(shown: Content, ref: RecordRef) -> Content:
    """`shown` with the id at its end dim."""
    return shown.stylize("dim", len(shown) - len(for_cells(ref.id)), len(shown))


class BriefingCommands(Provider):
    """Jump to any record of the open briefing. Content is shown as plain text."""

    def _entries(self) -> Iterator[tuple[RecordRef, str, str]]:
        """(record, text to match and show, help) for every record.

        The text is matched as it is shown (briefing.screens.cells), so that the
        matched letters highlighted are the ones on screen.
        """
        queries = getattr(self.screen, "queries", None)
        if not isinstance(queries, BriefingQueries):
            return  # opened over a screen that shows no briefing
        # Each ends with the record's id (dim), as Find's rows do: an author
        # who knows a quote by its id typed it, and nothing was found (an
        # author's trial).
        for actor in queries.actors:
            role = f" — {actor.role}" if actor.role else ""
            text = for_cells(f"Actor: {actor.name}{role}{ID_SEPARATOR}{actor.id}")
            yield RecordRef(Kind.ACTOR, actor.id), text, "Show this actor"
        for event in queries.chronology:
            text = for_cells(
                f"Event: {event.when.describe()} · {event.title}{ID_SEPARATOR}{event.id}"
            )
            yield RecordRef(Kind.EVENT, event.id), text, "Show this event in the chronology"
        for quote in queries.quotes:
            words = ellipsis(quote.text, 70)
            said = attribution(quote, queries.names)
            text = for_cells(f"Quote: “{words}” {said}{ID_SEPARATOR}{quote.id}")
            yield RecordRef(Kind.QUOTE, quote.id), text, "Show this quote"

    async def discover(self) -> Hits:
        for ref, text, help_text in self._entries():
            shown = _id_dim(quote_words(text), ref)  # an insertion shown as the author's
            yield DiscoveryHit(shown, partial(self._show, ref), text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for ref, text, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                shown = highlighted(matcher, text)
                for start, end in insertions(text):
                    shown = shown.stylize(INSERTION_STYLE, start, end)
                shown = _id_dim(shown, ref)
                yield Hit(score, shown, partial(self._show, ref), text=text, help=help_text)

    def _show(self, ref: RecordRef) -> None:
        self.screen.post_message(ShowRecord(self.screen, ref))


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

    async def action_page(self, direction: int) -> None:
        action = "page_down" if direction > 0 else "page_up"
        for commands in self.query(CommandList):
            if can_page(commands):
                await commands.run_action(action)

    def dismiss(self, result: None = None) -> AwaitComplete:
        if not self.is_active:
            return AwaitComplete()  # already closed: popping now would close the screen below
        return super().dismiss(result)
