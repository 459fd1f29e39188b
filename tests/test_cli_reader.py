"""`briefing`: how the command starts the reader (the reader itself: test_pty.py)."""

from __future__ import annotations

import argparse
import os
from types import SimpleNamespace
from typing import Any

import pytest

import briefing.screens.app
import briefing.screens.process
from briefing.cli import reader


def _start_reader(monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    """Run `briefing` with the reader replaced: the frame cap Textual would read."""
    seen: dict[str, str | None] = {}

    def make_app(*args: Any) -> object:
        seen["TEXTUAL_FPS"] = os.environ.get("TEXTUAL_FPS")
        return SimpleNamespace(keeper=SimpleNamespace(told=[], unsaved=[], unsaved_listing=[]))

    monkeypatch.setattr(reader, "need_a_terminal", lambda: None)
    monkeypatch.setattr(reader, "check_index_path", lambda *args: None)
    monkeypatch.setattr(briefing.screens.app, "make_app", make_app)
    monkeypatch.setattr(briefing.screens.process, "run_reader", lambda app: 0)
    assert reader.read_bundled(argparse.Namespace()) == 0
    return seen


def test_the_reader_draws_up_to_120_frames_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    """At Textual's 60, a frame that follows another waits up to 33 ms (FRAMES_PER_SECOND)."""
    # Set first, so that the reader's own setting is undone after the test too:
    # `delenv` of a name that is not set records nothing to restore.
    monkeypatch.setenv("TEXTUAL_FPS", "")
    monkeypatch.delenv("TEXTUAL_FPS")
    assert _start_reader(monkeypatch) == {"TEXTUAL_FPS": "120"}


def test_a_frame_cap_the_user_set_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTUAL_FPS", "30")
    assert _start_reader(monkeypatch) == {"TEXTUAL_FPS": "30"}
