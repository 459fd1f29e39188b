"""What the commands print never holds a terminal's control sequences, whatever
the content, its folder names or the notes file hold (a code review found
`briefing search` printing a folder's escape sequence as it was, and the JSON
outputs C1 controls and right-to-left overrides)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder

from briefing import cli
from briefing.userdata.store import UserStore

#: ESC, the C1 CSI, and a right-to-left override: each acts on a terminal.
ESC, CSI, RLO = "\x1b", "\x9b", "\u202e"
ACTING = (ESC, CSI, RLO, "\x07")
FOLDER = f"b{ESC}[31mRED{CSI}2J{RLO}"
TWINS = (f"d1{ESC}[31m{CSI}2J{RLO}", f"d2{ESC}]0;x\a")


def _library(tmp_path: Path) -> Path:
    """A content folder of a briefing in a hostile folder, its title hostile too,
    and beside it one with a problem whose message quotes a hostile value."""
    base = str(briefing_files()["briefing.yaml"])
    text = base.replace("  title: T\n", '  title: "Zebra \\e[31m \\x9b2J \\u202eevil"\n', 1)
    assert text != base
    write_folder(tmp_path / "content" / FOLDER, briefing_files(**{"briefing.yaml": text}))
    broken = base.replace("id: b", "id: c", 1).replace("kind: person", 'kind: "p\\e]0;x\\an"')
    write_folder(tmp_path / "content" / f"c{ESC}[2J", briefing_files(**{"briefing.yaml": broken}))
    # Two folders giving one id, neither named after it: each one's hint names the other.
    twin = base.replace("id: b", "id: d", 1)
    for name in TWINS:
        write_folder(tmp_path / "content" / name, briefing_files(**{"briefing.yaml": twin}))
    return tmp_path / "content"


def _notes() -> None:
    """A notes file edited by hand: notes under a key holding an escape, and
    with an escape in their text and time."""
    store = UserStore()
    note = {"text": f"n{ESC}[2J", "digest": "0", "record": "R", "written": f"2026{ESC}[2J"}
    for key in (f"b/quote/q{ESC}[31m", "b/quote/q", f"b{ESC}[31m/quote/q"):
        store.put("notes", key, note)
    assert store.save()


@pytest.mark.parametrize(
    "args",
    [
        ["check", "{content}"],
        ["check", "--format", "json", "{content}"],
        ["list", "{content}"],
        ["index", "{content}"],
        ["search", "zebra", "{content}"],
        ["search", "zebra", "{content}", "--format", "json"],
        ["search", "hello", "{content}"],
        ["notes", "{content}"],
        ["notes", "{content}", "--format", "json"],
        ["index", "{content}/" + FOLDER, "--own-index"],  # its default index's name, said
    ],
)
def test_no_command_prints_a_control_sequence(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = _library(tmp_path)
    _notes()
    argv = [arg.format(content=content) for arg in args if arg != "--own-index"]
    if argv[0] != "check" and "--own-index" not in args:
        argv += ["--index", str(tmp_path / "index.json")]
    cli.main(argv)
    out, err = capsys.readouterr()
    assert out or err
    for char in ACTING:
        assert char not in out, (args, out)
        assert char not in err, (args, err)
    made = [p.name for p in tmp_path.rglob("*") if not p.is_relative_to(tmp_path / "content")]
    assert all(name.isprintable() for name in made), made  # no file of ours named with one


def test_a_hint_naming_a_hostile_folder_names_it_visibly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hint of two folders sharing an id names the other folder: its escape
    sequence is shown as a picture of its characters (`␛`), not acted on."""
    cli.main(["check", str(_library(tmp_path))])
    out = capsys.readouterr().out
    hints = [line for line in out.splitlines() if "hint: it is also the id in" in line]
    assert len(hints) == len(TWINS), out
    assert any("in d1\u241b[31m" in hint for hint in hints), hints
    assert any("in d2\u241b]0;x\u2407;" in hint for hint in hints), hints
    for char in ACTING:
        assert char not in out


def test_json_output_reads_back_the_hostile_characters_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Escaped, not dropped: the JSON holds exactly what the content holds."""
    content = _library(tmp_path)
    cli.main(["search", "zebra", str(content), "--format", "json", "--index", str(tmp_path / "i")])
    out = capsys.readouterr().out
    assert "\\u009b" in out and "\\u202e" in out
    [hit] = [h for h in json.loads(out) if h["kind"] == "briefing"]
    assert FOLDER in hit["file"]
