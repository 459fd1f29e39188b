"""The authoring commands, as an author types them: new, find, format, schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import cli
from briefing.files.locations import guide_file, schema_file


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_new_then_check_passes(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "new", "my-briefing", "--title", "Talks")
    assert status == 0
    assert "wrote my-briefing/briefing.yaml" in out
    assert run(capsys, "check", "my-briefing")[0] == 0
    status, _, err = run(capsys, "new", "my-briefing")
    assert status == 2 and "already holds something" in err


def test_find_gives_each_place_and_a_quote_to_paste(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "s.txt").write_text("We said “firm dialogue”.\nAnd firm dialogue again.\n")
    status, out, _ = run(capsys, "find", "s.txt", "firm", "dialogue")
    assert status == 0
    lines = out.splitlines()
    assert lines[:2] == [
        "s.txt:1:10: occurrence 1 of 2: firm dialogue",
        "s.txt:2:5: occurrence 2 of 2: firm dialogue",
    ]
    assert '    text: "firm dialogue"' in out and "    occurrence: 1" in out
    status, _, err = run(capsys, "find", "s.txt", "firm", "dialog", "again")
    assert status == 1
    assert "not in this text" in err and "where the quote has 'dialog'" in err


def test_format_and_schema_print_the_files_or_where_they_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "format")
    assert status == 0 and out == guide_file().read_text(encoding="utf-8")
    assert out.startswith("# Writing a briefing")
    status, out, _ = run(capsys, "schema")
    assert json.loads(out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    status, out, _ = run(capsys, "schema", "--path")
    assert Path(out.strip()) == schema_file()


def test_help_says_what_no_command_does(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "With no command, briefing opens the reader on the bundled briefing." in " ".join(
        out.split()
    )
