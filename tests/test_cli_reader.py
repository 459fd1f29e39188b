"""`briefing`: how the command starts the reader (the reader itself: test_pty.py)."""

from __future__ import annotations

import argparse
import io
import os
import sys
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
        keeper = SimpleNamespace(told=[], unsaved=[], unsaved_listing=[])
        return SimpleNamespace(keeper=keeper, places=SimpleNamespace(problem=None))

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


# --- the user's folders: a full path to a folder there or that can be made -----

FOLDER_VARIABLES = ["BRIEFING_DATA_DIR", "BRIEFING_CONFIG_DIR", "BRIEFING_STATE_DIR"]


def _refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], name: str, value: str
) -> str:
    """What `briefing` says, in one line, with $name set to `value` (exit 2)."""
    monkeypatch.setenv(name, value)
    started: list[bool] = []
    monkeypatch.setattr(reader, "need_a_terminal", lambda: started.append(True))
    assert main([]) == 2
    assert started == []  # refused before anything else
    [line] = capsys.readouterr().err.splitlines()
    return line


@pytest.mark.parametrize("name", FOLDER_VARIABLES)
def test_a_folder_variable_with_a_missing_parent_is_refused_not_made(
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """BRIEFING_DATA_DIR=/tmp/x/deep/data made the whole tree, silently (a trial);
    BRIEFING_INDEX_DIR was refused with "is there a typo?"."""
    line = _refused(monkeypatch, capsys, name, str(tmp_path / "typo" / "deep" / "data"))
    assert line == (
        f"briefing: {name} names {tmp_path / 'typo' / 'deep' / 'data'}, and the folder it "
        f"would be made in, {tmp_path / 'typo' / 'deep'}, does not exist: is there a typo?"
    )
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize("name", FOLDER_VARIABLES)
def test_a_folder_variable_starting_with_a_tilde_is_refused_saying_the_full_path(
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    in_tmp: Path,
) -> None:
    """BRIEFING_DATA_DIR="~/brf" made a folder named ~ where briefing was run (a trial)."""
    monkeypatch.setenv("HOME", str(in_tmp / "home"))
    line = _refused(monkeypatch, capsys, name, "~/brf")
    assert line == (
        f'briefing: {name} is "~/brf", which starts with ~: briefing would make a folder '
        "named ~ in the folder it is run from (a shell does not expand ~ inside quotes); "
        f"write the full path: {in_tmp / 'home' / 'brf'}"
    )
    assert list(in_tmp.iterdir()) == []


@pytest.mark.parametrize("name", [*FOLDER_VARIABLES, "BRIEFING_INDEX_DIR"])
def test_a_relative_folder_variable_is_refused_saying_the_full_path(
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    in_tmp: Path,
) -> None:
    """A relative BRIEFING_DATA_DIR kept notes wherever briefing was run from."""
    line = _refused(monkeypatch, capsys, name, "notes")
    assert line == (
        f'briefing: {name} is "notes", a relative path: it would name another folder in '
        f"each folder briefing is run from; write the full path: {in_tmp / 'notes'}"
    )
    assert list(in_tmp.iterdir()) == []


def test_the_folder_variables_are_the_ones_each_folder_reads() -> None:
    from briefing.files.config import CONFIG_DIR_ENV
    from briefing.files.crashlog import STATE_DIR_ENV
    from briefing.files.locations import INDEX_DIR_ENV
    from briefing.files.user_folders import OVERRIDES
    from briefing.userdata.location import DATA_DIR_ENV

    assert OVERRIDES == {
        "cache": INDEX_DIR_ENV,
        "config": CONFIG_DIR_ENV,
        "data": DATA_DIR_ENV,
        "state": STATE_DIR_ENV,
    }


def test_briefing_notes_refuses_a_relative_data_folder(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(in_tmp / "index"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", "data")
    assert main(["notes"]) == 2
    assert 'BRIEFING_DATA_DIR is "data", a relative path' in capsys.readouterr().err
    assert not (in_tmp / "data").exists()


# --- without a terminal: said where the user looks ------------------------------


class _Stream(io.StringIO):
    def __init__(self, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal


def _without_terminal(
    monkeypatch: pytest.MonkeyPatch, stdin: bool, stdout: bool, stderr: bool
) -> tuple[int, str, str]:
    """`briefing` with each stream a terminal or not: its status, stdout, stderr."""
    streams = [_Stream(stdin), _Stream(stdout), _Stream(stderr)]
    for name, stream in zip(("stdin", "stdout", "stderr"), streams, strict=True):
        monkeypatch.setattr(sys, name, stream)
    status = main([])
    return status, streams[1].getvalue(), streams[2].getvalue()


def test_stderr_redirected_is_said_on_the_terminal_stdout_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`briefing 2>/dev/null` exited 2 with nothing on screen: the only message went
    to the stream redirected (a trial)."""
    status, out, err = _without_terminal(monkeypatch, stdin=True, stdout=True, stderr=False)
    said = (
        "briefing: the reader draws on standard error too, and it is not a terminal "
        "(2> sends it elsewhere); run briefing without 2>, or for text use "
        "briefing list / briefing check\n"
    )
    assert (status, out, err) == (2, said, said)  # on screen, and in the log 2> names


def test_stdout_not_a_terminal_is_said_on_stderr_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, err = _without_terminal(monkeypatch, stdin=True, stdout=False, stderr=True)
    assert (status, out) == (2, "")  # stdout is a pipe or a file: nothing there
    assert err == (
        "briefing: the reader needs a terminal, and standard output is not one; "
        "for text, use briefing list / briefing check\n"
    )


class _Encoded(_Stream):
    """A terminal whose locale's character set is `encoding`."""

    def __init__(self, encoding: str) -> None:
        super().__init__(terminal=True)
        self._encoding = encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


def test_a_terminal_that_cannot_draw_the_reader_is_refused_saying_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A trial on limited terminals: under TERM=dumb the whole screen was drawn in
    escape codes, and under a Latin-1 locale every line and mark came out as
    `\\u256d`, six cells wide. Each is refused (exit 2), saying what to do."""
    monkeypatch.setenv("TERM", "dumb")
    status, _, err = _without_terminal(monkeypatch, stdin=True, stdout=True, stderr=True)
    assert status == 2 and "TERM=dumb" in err and "briefing export --to text" in err
    monkeypatch.setenv("TERM", "xterm-256color")
    for name in ("stdin", "stdout"):
        monkeypatch.setattr(sys, name, _Stream(True))
    monkeypatch.setattr(sys, "stderr", _Encoded("iso8859-1"))
    assert main([]) == 2
    said = sys.stderr.getvalue()
    assert "character set (iso8859-1, from the locale)" in said and "LC_ALL=C.UTF-8" in said
