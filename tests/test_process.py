"""The command as a process: no terminal means no reader, and no stream makes it fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder
from pty_terminal import WAIT, reader_env


def briefing(
    tmp_path: Path, *args: str, stdin: int | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """`briefing ARGS` as a separate process, never allowed to run past WAIT seconds."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        env=reader_env(tmp_path, **env),
        timeout=WAIT,
    )


@pytest.mark.parametrize("args", [(), ("open", "content")], ids=["briefing", "open"])
def test_with_no_terminal_for_input_the_reader_refuses_at_once(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    done = briefing(tmp_path, *args, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "briefing: the reader needs a terminal, and standard input is not one; "
        "for text, use briefing list / briefing check"
    ]


def test_with_output_to_a_pipe_the_reader_refuses_at_once(tmp_path: Path) -> None:
    master, slave = os.openpty()  # input from a terminal, output into a pipe
    try:
        done = briefing(tmp_path, stdin=slave)
    finally:
        os.close(master)
        os.close(slave)
    assert done.returncode == 2
    assert "standard output is not one" in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_output_an_ascii_stream_cannot_hold_is_escaped_not_fatal(tmp_path: Path) -> None:
    files = briefing_files()
    files["briefing.yaml"] = str(files["briefing.yaml"]).replace("title: T\n", "title: Café ☕\n")
    write_folder(tmp_path / "good" / "cafe", files)
    broken = str(files["briefing.yaml"]).replace("speaker: a", "speaker: zoë")
    write_folder(tmp_path / "broken" / "cafe", briefing_files(**{"briefing.yaml": broken}))

    listed = briefing(tmp_path, "list", str(tmp_path / "good"), PYTHONIOENCODING="ascii")
    assert listed.returncode == 0, listed.stderr
    assert "Caf\\xe9 \\u2615" in listed.stdout

    checked = briefing(tmp_path, "check", str(tmp_path / "broken"), PYTHONIOENCODING="ascii")
    assert checked.returncode == 1, checked.stderr
    assert "'zo\\xeb'" in checked.stdout
    assert "internal error" not in checked.stderr
