"""Standard output as scripts use it: JSON that parses whatever the locale, a
closed pipe, a full disk and a closed standard output, for every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CONTENT, briefing_files, write_folder

WAIT = 60

#: A briefing whose text is not ASCII: an accent, an emoji, and a curly quote.
QUOTED = "café 👍🏽 l’escalade"


def _library(tmp_path: Path) -> Path:
    files = briefing_files(**{"sources__s.txt": f"She said {QUOTED}.\n\nThen she left.\n"})
    files["briefing.yaml"] = str(files["briefing.yaml"]).replace(
        "text: hello world", f"text: {QUOTED}"
    )
    write_folder(tmp_path / "lib" / "b", files)
    return tmp_path / "lib"


def briefing(
    *args: str, stdout: int | None = subprocess.PIPE, **env: str
) -> tuple[int, bytes, str]:
    done = subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env={**os.environ, **env},
        timeout=WAIT,
        check=False,
    )
    return done.returncode, done.stdout or b"", done.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize(
    "args",
    [
        ("search", "cafe", "{lib}", "--format", "json"),
        ("export", "{lib}/b", "--to", "json"),
        ("export", "{lib}/b", "--to", "annotations"),
    ],
    ids=["search", "export-json", "export-annotations"],
)
def test_json_is_utf8_and_parses_whatever_the_stream_encoding(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """With PYTHONIOENCODING=ascii, `é` came out as `\\xe9`: no JSON escape."""
    lib = _library(tmp_path)
    status, out, err = briefing(*(a.format(lib=lib) for a in args), PYTHONIOENCODING="ascii")
    assert (status, err) == (0, "")
    assert "café 👍🏽 l’escalade" in json.dumps(json.loads(out.decode("utf-8")), ensure_ascii=False)


def test_check_json_keeps_the_text_of_a_message(tmp_path: Path) -> None:
    write_folder(
        tmp_path / "b", briefing_files(**{"more.yaml": "actors:\n  - id: é\n    nàme: x\n"})
    )
    status, out, _ = briefing("check", str(tmp_path / "b"), "--format", "json",
                              PYTHONIOENCODING="ascii")  # fmt: skip
    assert status == 1
    assert any("'nàme'" in p["message"] for p in json.loads(out.decode("utf-8")))


def test_a_markdown_export_to_standard_output_is_the_file_unchanged(tmp_path: Path) -> None:
    lib = _library(tmp_path)
    _, out, _ = briefing("export", f"{lib}/b", "--to", "markdown", PYTHONIOENCODING="ascii")
    assert QUOTED in out.decode("utf-8")


def test_a_line_for_people_is_still_escaped_for_an_ascii_terminal(tmp_path: Path) -> None:
    lib = _library(tmp_path)
    _, out, _ = briefing("search", "cafe", str(lib), PYTHONIOENCODING="ascii")
    assert b"caf\\xe9" in out


COMMANDS = [
    ("list", str(CONTENT)),
    ("check", str(CONTENT)),
    ("check", str(CONTENT), "--format", "json"),
    ("search", "huge", str(CONTENT)),
    ("export", "ukraine-diplomacy-2022-02-10", "--to", "json"),
    ("format",),
    ("schema",),
    ("--version",),
    ("--help",),
]


@pytest.mark.parametrize(
    "args", COMMANDS, ids=[" ".join(x for x in a if "/" not in x) for a in COMMANDS]
)
def test_a_closed_pipe_is_141_not_1_which_reads_as_errors_or_nothing_found(
    args: tuple[str, ...],
) -> None:
    """`briefing search … | head -1` exited 1: "nothing found" to a script."""
    reading, writing = os.pipe()
    os.close(reading)
    try:
        status, _, err = briefing(*args, stdout=writing)
    finally:
        os.close(writing)
    assert (status, err) == (141, "")


@pytest.mark.parametrize(
    "args", COMMANDS, ids=[" ".join(x for x in a if "/" not in x) for a in COMMANDS]
)
def test_a_full_disk_is_one_line_and_exit_4_for_every_command(args: tuple[str, ...]) -> None:
    """`list > /dev/full` was an internal error, `format` "cannot read docs/format.md",
    and `--help` exit 0 with nothing written."""
    with open("/dev/full", "wb") as full:
        status, _, err = briefing(*args, stdout=full.fileno())
    assert (status, err) == (
        4,
        "briefing: cannot write to standard output: no space left on device\n",
    )


@pytest.mark.parametrize(
    "args", COMMANDS, ids=[" ".join(x for x in a if "/" not in x) for a in COMMANDS]
)
def test_a_closed_standard_output_is_said_not_lost(args: tuple[str, ...]) -> None:
    """`list >&-` exited 0 with its output lost; `search >&-` was an internal error."""
    done = subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(1),  # the shell's `>&-`
        timeout=WAIT,
        check=False,
    )
    assert (done.returncode, done.stderr) == (
        4,
        "briefing: cannot write to standard output: it is closed\n",
    )
