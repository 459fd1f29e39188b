"""The bare Textual app: one line of text, nothing else.

Issue 17 sets its first-frame goal against this app (a bare Textual app =
1.00); the floor app (bench/floor_app.py, the reader's skeleton in stock
widgets) is reported beside it, since a reader with three panes and a
footer can hardly draw its first frame sooner than that skeleton.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

MARKER = "Bare Textual app"


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Static(MARKER)


if __name__ == "__main__":
    BareApp().run()
