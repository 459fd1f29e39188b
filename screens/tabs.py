"""The tabs line below 100×30, where one pane shows at a time: a click on a
tab's name shows that pane, and on the key's hint the next one.

A mouse user's trial: the tabs were plain text, so the other panes could be
reached only through the palette (the footer has no room for Tab at 80
columns: the line says it). Each name carries a click action in its style's
meta, as a tuple (never markup): the names and actions are the reader's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from briefing.screens.clicks import clickable
from briefing.screens.safe import join, plain


def tab_line(names: Sequence[str], active: str, next_key: str) -> Content:
    """The tabs, `active` shown reversed, and the hint of the key to the next."""
    labels = [
        clickable(
            plain(f" {name.capitalize()} ", "bold reverse" if name == active else "dim"),
            "screen.show_pane",
            name,
        )
        for name in names
    ]
    hint = clickable(plain(f"{next_key}: next", "dim"), "screen.next_pane")
    return join(*labels, plain("   "), hint)
