"""`briefing`: how the command starts the reader (the reader itself: test_pty.py)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import briefing_files, write_folder

import briefing.screens.app
import briefing.screens.process
from briefing.cli import reader
from briefing.cli.commands import main


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


def test_a_folder_name_given_for_the_id_is_offered_the_id_it_holds(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """The library lists `library-0001 (b0001)`; `open lib --briefing b0001` said
    only "no briefing with the id 'b0001' (briefing list shows the ids)" (a
    demanding user's trial)."""
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    for number in range(1, 8):
        briefing = base.replace("id: b", f"id: library-{number:04d}", 1)
        write_folder(
            tmp_path / "lib" / f"b{number:04d}", briefing_files(**{"briefing.yaml": briefing})
        )
    monkeypatch.setattr(reader, "need_a_terminal", lambda: None)
    index = str(tmp_path / "index.json")
    status = main(["open", str(tmp_path / "lib"), "--briefing", "b0003", "--index", index])
    assert status == 2
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith("(the folder b0003 holds the briefing 'library-0003': --briefing library-0003)")
    )
