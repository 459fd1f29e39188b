"""Failures of the workers of screens and widgets, brought to the app's one handler.

Textual tells only a worker's owner how it ended (`Worker.StateChanged` does
not bubble): an error in a worker of a screen or a pane, started with
`exit_on_error=False`, was dropped, and "Looking through the library…" stayed
on screen for good, the reader ending with 0 (a code review). A class that
starts workers takes `ReportsWorkerFailures` too, and the app hears each
failure as a `WorkerFailed` message, up through the widgets as messages go.

It comes AFTER the Textual class in the bases: Textual names a node's CSS
types along its first bases only, and a Find screen that took it first was no
`Screen` to the stylesheet, its background transparent, the briefing showing
through its margins (an analyst's trial); a pane was no `Vertical`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.dom import DOMNode
from textual.message import Message
from textual.worker import Worker, WorkerState


@dataclass
class WorkerFailed(Message):
    """A worker of `control` ended on an error (`worker.error`)."""

    worker: Worker[Any]
    owner: DOMNode

    @property
    def control(self) -> DOMNode:
        return self.owner


class ReportsWorkerFailures(DOMNode):
    """Posts `WorkerFailed` for each of its workers that ends on an error."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.post_message(WorkerFailed(event.worker, self))
