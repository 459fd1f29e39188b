"""Copy a citation, open a source's address: what a reader of a quote does next.

Copying goes through Textual's clipboard support (OSC 52: the terminal puts
the text on the system clipboard). Opening hands an http or https address,
and nothing else, to the system browser (`webbrowser`) in a worker thread,
so a slow browser start never holds up the reader.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from functools import partial
from typing import Any

from textual.app import App
from textual.events import Key
from textual.screen import Screen
from textual.widget import Widget

from briefing.present.citation import web_address
from briefing.records.model import Source


def key_of(screen: Screen[Any], action: str) -> str | None:
    """The key of `screen`'s own `action` as the footer shows it (the keymap's),
    if the action acts now."""
    for active in screen.active_bindings.values():
        if active.node is screen and active.binding.action == action and active.enabled:
            return screen.app.get_key_display(active.binding)
    return None


def copy_instead(screen: Screen[Any], what: str) -> str | None:
    """What the screen's copy key does instead of opening a source with no
    address ("c copies the quote with its citation"), if it acts there."""
    copy = key_of(screen, "copy")
    return f"{copy} copies {what} with its citation" if copy else None


def dimmed_action_pressed(
    screen: Screen[Any], event: Key, actions: Collection[str] = ("open_source",)
) -> str | None:
    """The action, of `actions`, whose key the screen's footer shows dimmed and
    `event` is: the event is stopped, for the screen to say why the key does
    nothing there (`o` for a source with no address did nothing, silently: a
    new user's trial). Textual runs no action its `check_action` does not
    allow, so the key is caught before the bindings are looked at, by what it
    is bound to (a keymap may have moved it)."""
    active = screen.active_bindings.get(event.key)
    if active is None or active.enabled or active.node is not screen:
        return None
    action = active.binding.action.partition("(")[0]  # `full(True)`: `full`
    if action not in actions:
        return None
    event.stop()
    event.prevent_default()
    return action


def copy_citation(widget: Widget, text: str, what: str) -> None:
    """Put `text` on the clipboard and say so (`what`: "the quote")."""
    widget.app.copy_to_clipboard(text)
    # Whether the terminal took it cannot be known: said as what was done. Under
    # tmux's default (set-clipboard external) nothing was copied, and a plain
    # "Copied" misled a new user's trial; outside tmux the word of it was noise.
    tmux = "; under tmux it needs set-clipboard on" if os.environ.get("TMUX") else ""
    widget.notify(
        f"Sent {what} with its citation to the terminal's clipboard (OSC 52{tmux}).",
        markup=False,
        timeout=5,
    )


def open_source(widget: Widget, source: Source, instead: str | None = None) -> None:
    """Open `source`'s address in the system browser, or say why not (with
    `instead`, what the reader can do instead: "c copies the quote ...")."""
    if not source.url:
        said = f"“{source.title}” has no address to open"
        said += f"; {instead}." if instead else "."
        widget.notify(said, markup=False, timeout=6 if instead else 4)
        return
    open_address(widget, source.url)


def open_address(widget: Widget, address: str) -> None:
    """Open `address` in the system browser if it is an http or https one, or
    say why not: what `o` does, and a click on an address shown underlined."""
    url = web_address(address)
    if url is None:
        widget.notify(
            f"Not opened: {address} is not an http or https address.",
            severity="warning",
            markup=False,
            timeout=6,
        )
        return
    app = widget.app
    copy = key_of(widget.screen, "copy")  # as the keymap has it
    app.run_worker(
        partial(_open_in_browser, app, url, copy),
        thread=True,
        group="browser",
        exit_on_error=False,
        description="open a source's address in the browser",
    )


def _open_in_browser(app: App[object], url: str, copy: str | None) -> None:
    """In a worker: `webbrowser.open`, then a notice of what happened.

    Never a browser that runs in the terminal (lynx, w3m: what Python picks
    where there is no display): it would draw over the reader and take its
    keys. Said once the browser is started, or not: "Opening" followed by
    "No browser could be started" contradicted itself.
    """
    import webbrowser  # only when a source is opened: it is not needed to start

    why = "no browser could be started"
    try:
        if _runs_in_this_terminal():
            opened, why = False, "the only browser here runs in this terminal"
        else:
            opened = webbrowser.open(url)
    except (webbrowser.Error, OSError):
        opened = False
    if opened:
        app.call_from_thread(app.notify, f"Opened {url} in your browser.", markup=False, timeout=4)
    else:
        app.call_from_thread(
            app.notify,
            f"Not opened: {why}. "
            + (
                f"{copy} copies the citation, with the address ({url})."
                if copy
                else f"The address: {url}"
            ),
            severity="warning",
            markup=False,
            timeout=8,
        )


def _runs_in_this_terminal() -> bool:
    """Whether the browser Python would start first is one that takes the terminal
    (a console browser is a plain GenericBrowser; graphical ones run in the background)."""
    import webbrowser

    try:
        return type(webbrowser.get()) is webbrowser.GenericBrowser
    except webbrowser.Error:
        return False  # none at all: `open` says so
