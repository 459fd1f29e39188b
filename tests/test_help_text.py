"""`briefing --help` says what `briefing` alone does."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from briefing.cli.commands import main
from briefing.cli.parser import build_parser, parser_and_commands, with_command
from briefing.errors import UsageError

README = Path(__file__).resolve().parent.parent / "README.md"


def test_help_says_that_no_command_opens_the_bundled_briefings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "With no command, briefing opens the reader on the bundled briefing" in text
    assert "Settings (theme, keys) are in config.toml" in text


def test_the_readme_lists_every_command_with_its_options() -> None:
    """The README's table of commands, held to the parser: a command or option
    added to one and not the other is caught here. `--index`, which several
    commands take, is said once, in the sentence under the table."""
    readme = README.read_text(encoding="utf-8")
    table, after = readme.split("## The command\n\n```\n", 1)[1].split("```", 1)
    index_sentence = after.split("\n\n")[1]
    lines = {line.split()[1]: line for line in table.splitlines() if line.startswith("briefing ")}
    (commands,) = (a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) | {"--version"} == set(lines)
    for name, parser in commands.choices.items():
        for action in parser._actions:
            options = [o for o in action.option_strings if o not in ("-h", "--help")]
            if options == ["--index"]:
                assert f"`{name}`" in index_sentence, (name, "--index")
            elif options:
                assert any(o in lines[name] for o in options), (name, options)


def test_a_folder_given_without_a_command_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`briefing lib` (a folder of briefings) was answered with argparse's usage and
    "invalid choice: 'lib' (choose from 'open', 'check', ...)" (a demanding user's
    trial). It is read as `briefing open lib`; a command's name stays the command."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my lib").mkdir()
    (tmp_path / "check").mkdir()
    commands = parser_and_commands()[1]
    assert with_command(["my lib"], commands) == ["open", "my lib"]
    assert with_command(["my lib", "--briefing", "b"], commands)[:2] == ["open", "my lib"]
    assert with_command(["check"], commands) == ["check"]
    with pytest.raises(
        UsageError, match="'my lbi' is neither a command nor a folder; did you mean"
    ):
        with_command(["my lbi"], commands)
    args = parser_and_commands()[0].parse_args(with_command(["my lib"], commands))
    assert args.handler == parser_and_commands()[0].parse_args(["open", "x"]).handler


@pytest.mark.parametrize(
    ("given", "meant"),
    [("chek", "check"), ("lsit", "list"), ("nwe", "new"), ("serach", "search"), ("nots", "notes")],
)
def test_a_misspelt_command_is_offered_the_one_it_was_near(
    given: str,
    meant: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([given, "lib"]) == 2
    assert capsys.readouterr().err == (
        f"briefing: '{given}' is not a command; did you mean '{meant}'? "
        "(briefing --help lists them)\n"
    )


@pytest.mark.parametrize("given", ["nonsense", "library", "zzz"])
def test_a_word_that_is_no_command_and_not_there_is_answered_in_one_line(
    given: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Argparse answered such a word with its usage and "invalid choice: ...
    (choose from 'open', 'check', ...)", which said nothing of folders though
    `briefing library` run in the wrong folder means one; and difflib alone
    offered `notes` for `nonsense`, a word nobody types for it."""
    monkeypatch.chdir(tmp_path)
    assert main([given]) == 2
    assert capsys.readouterr().err == (
        f"briefing: '{given}' is neither a command nor a file or folder here "
        "(briefing --help lists the commands)\n"
    )


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("./librray", "no such file or folder: librray; did you mean library?"),
        ("library/b00O1", "no such file or folder: library/b00O1; did you mean library/b0001?"),
        ("~/library", "no such file or folder: ~/library"),
        ("new.yaml", "no such file or folder: new.yaml"),
        ("NEW.YML", "no such file or folder: NEW.YML"),
        ("notes.txt", "not a folder: notes.txt (give a briefing folder or a content directory)"),
    ],
)
def test_a_path_given_without_a_command_is_answered_as_open_answers_it(
    given: str,
    said: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`briefing /tmp/trial29/librray` was answered with argparse's "invalid
    choice: ... (choose from 'open', 'check', ...)" while `briefing open` said
    the folder was not there, and which was (a new user's trial). A word that
    has a `/`, starts with `.` or `~`, ends in `.yaml` or `.yml`, or is there is
    a path, and `open` answers it: alone or after `open`, the same line."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "library" / "b0001").mkdir(parents=True)
    (tmp_path / "notes.txt").write_text("a file\n", encoding="utf-8")
    assert main([given]) == 2
    assert capsys.readouterr().err == f"briefing: {said}\n"
    assert main(["open", given]) == 2
    assert capsys.readouterr().err == f"briefing: {said}\n"


def test_an_absolute_path_misspelt_is_offered_the_folder_it_was_near(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "library").mkdir()
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert main([str(tmp_path / "librray")]) == 2
    assert capsys.readouterr().err == (
        f"briefing: no such file or folder: {tmp_path / 'librray'}; "
        f"did you mean {tmp_path / 'library'}?\n"
    )


def test_a_commands_options_may_stand_anywhere_among_its_arguments(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`search minister --format json lib` said "unrecognized arguments: lib"."""
    import json

    from conftest import CONTENT

    index = str(tmp_path / "index.json")
    status = main(["search", "huge", "--format", "json", str(CONTENT), "--index", index])
    assert status == 0
    assert json.loads(capsys.readouterr().out)[0]["match"].lower() == "huge"


@pytest.mark.parametrize(
    ("args", "usage"),
    [
        (["check", "--bogus", "content"], "usage: briefing check [-h]"),
        (["list", "--bogus"], "usage: briefing list [-h]"),
    ],
)
def test_a_misused_command_shows_its_own_usage(
    capsys: pytest.CaptureFixture[str], args: list[str], usage: str
) -> None:
    """It showed briefing's, `usage: briefing [-h] [--version] COMMAND ...`."""
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    assert capsys.readouterr().err.startswith(usage)
