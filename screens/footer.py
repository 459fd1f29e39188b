"""The footer every screen shows: Textual's, redrawn only when its keys change."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class KeysFooter(Footer):
    """Textual's Footer, which rebuilds all its keys whenever the bindings
    might have changed: every focus change, every return to a screen, several
    times for each quote opened and closed. This one
    rebuilds only when the keys it would show are not the ones it shows.

    It is split from the screen rather than docked on it, so that the keys
    panel, split off after it, stands above it and never over it.
    """

    DEFAULT_CSS = """
    KeysFooter {
        split: bottom;
    }
    /* a group's label ("n p Next/prev") apart from the key after it */
    KeysFooter.-compact FooterLabel {
        margin: 0 1 0 0;
    }
    """

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._shown: tuple[tuple[str, str, bool, str], ...] | None = None

    def bindings_changed(self, screen: Screen[Any]) -> None:
        shown = tuple(
            (binding.key, binding.description, enabled, tooltip)
            for _, binding, enabled, tooltip in screen.active_bindings.values()
            if binding.show
        )
        if shown == self._shown:
            return
        if screen.app.app_focus:  # Textual's Footer waits for focus to redraw
            self._shown = shown
        super().bindings_changed(screen)
