"""A line saying that what is shown is no longer what the briefing's files give.

While the open briefing's files have errors, or it has left its folder, the
reader keeps the last version that opened (briefing.screens.live). The
briefing screen's header says so; over it, the quote viewer and the details
said nothing, and showed a source's words its file no longer held (an
author's trial). This line says it there, for as long as it is true: it
follows the app's `outdated` (the same words as the header's).
"""

from __future__ import annotations

from textual.widgets import Static

from briefing.screens.safe import plain

#: What the app's attribute is called (a reactive: None while the files give what is shown).
OUTDATED = "outdated"


class OutdatedLine(Static):
    """`⚠ why`, shown only while the app's `outdated` says why."""

    def __init__(self) -> None:
        super().__init__(classes="outdated-line")
        self.display = False

    def on_mount(self) -> None:
        self.watch(self.app, OUTDATED, self._show, init=True)

    def _show(self, why: str | None) -> None:
        self.display = why is not None
        if why is not None:
            self.update(plain(f"⚠ {why}", "bold $text-warning"))
