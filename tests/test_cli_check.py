"""`briefing check` as an author or a CI job uses it: lines, summary, JSON, exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BASE_FILES, CONTENT, briefing_files, write_folder

from briefing import cli
from briefing.check import content

BROKEN = {
    "extra.yaml": "actors:\n  - id: b\n    name: B\n    kind: persn\n    rol: x\n",
    "more.yaml": "actor: []\n",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_bundled_content_passes(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", str(CONTENT))
    assert status == 0
    assert out.strip() == "ok: 1 briefing, 0 problems"


def test_problems_grouped_by_file_with_hints_and_summary(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    write_folder(in_tmp / "b", briefing_files(**BROKEN))
    status, out, _ = run(capsys, "check", "b")
    assert status == 1
    assert out.splitlines() == [
        "b/extra.yaml:4:11: error[bad-enum]: 'persn' is not a kind this format knows",
        "  hint: did you mean 'person'?",
        "b/extra.yaml:5:5: error[unknown-field]: 'rol' is not a field of an actor",
        "  hint: did you mean 'role'?",
        "",
        "b/more.yaml:1:1: error[unknown-section]: 'actor' is not a section of a briefing",
        "  hint: did you mean 'actors'?",
        "",
        "3 errors, 0 warnings in 2 files; 1 briefing checked",
    ]


def test_a_folder_above_the_content_directory_is_told_to_open_the_content_directory(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    write_folder(in_tmp / "work" / "content" / "b", briefing_files())
    (in_tmp / "work" / "cache").mkdir()
    status, out, _ = run(capsys, "check", "work")
    assert status == 1
    assert out.splitlines()[:5] == [
        "work/cache:1:1: error[folder-empty]: this briefing folder holds no .yaml or .yml file",
        "  hint: add a briefing.yaml (see the format's example)",
        "",
        "work/content:1:1: error[folder-empty]: this briefing folder holds no .yaml or .yml file",
        "  hint: it holds briefing folders itself: it is a content directory, so open or check "
        "it as one (briefing open work/content)",
    ]


def test_a_mistyped_folder_is_never_answered_with_a_file(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """The reader's `e` wrote harbour-strike.md beside the author: `check
    harbour-strike` said "did you mean harbour-strike.md?", and that file was
    then refused as "not a folder" (an author's trial)."""
    write_folder(in_tmp / "lib" / "harbour-strike", briefing_files())
    (in_tmp / "harbour-strike.md").write_text("# an export\n", encoding="utf-8")
    status, _, err = run(capsys, "check", "harbour-strike")
    assert status == 2
    assert err.strip() == "briefing: no such file or folder: harbour-strike"


def test_a_yaml_file_left_in_a_content_directory_is_named_as_what_hides_its_briefings(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """Every YAML file directly in a folder makes it a briefing folder: one file
    dropped among the briefing folders turned the library into one broken
    briefing, whose error said to add a briefing.yaml."""
    write_folder(in_tmp / "content" / "b", briefing_files())
    (in_tmp / "content" / "stray.yaml").write_text("actors: []\n")
    status, out, _ = run(capsys, "check", "content")
    assert status == 1
    assert out.splitlines()[:2] == [
        "content/stray.yaml:1:1: error[briefing-missing]: no file in this folder has the "
        "'briefing:' mapping (id, title, as_of)",
        "  hint: this folder also holds briefing folders ('b'); as it holds YAML files itself "
        "('stray.yaml'), it is read as one briefing: move those files into a briefing folder, "
        "or out, and it is read as a content directory again",
    ]


def test_a_command_in_a_hint_takes_a_folder_named_with_a_dash_as_a_path(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    write_folder(in_tmp / "-work" / "content" / "b", briefing_files())
    status, out, _ = run(capsys, "check", "./-work/content/..")
    assert status == 1
    assert "(briefing open ./-work/content)" in out


def test_warnings_alone_pass(capsys: pytest.CaptureFixture[str], in_tmp: Path) -> None:
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    write_folder(
        in_tmp / "b", briefing_files(**{"briefing.yaml": base.replace("title: T", 'title: ""')})
    )
    status, out, _ = run(capsys, "check", "b")
    assert status == 0
    assert out.splitlines()[-1] == "0 errors, 1 warning in 1 file; 1 briefing checked"


def test_quiet_reports_errors_only_and_still_counts_the_warnings(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """ESLint's --quiet: an author fixing errors first is not buried in warnings."""
    base = str(briefing_files()["briefing.yaml"])
    broken = {**BROKEN, "briefing.yaml": base.replace("title: T", 'title: ""')}
    write_folder(in_tmp / "b", briefing_files(**broken))
    status, out, _ = run(capsys, "check", "--quiet", "b")
    assert status == 1
    assert "warning[" not in out and out.count("error[") == 3
    assert out.splitlines()[-1] == "3 errors, 1 warning in 3 files; 1 briefing checked"
    status, out, _ = run(capsys, "check", "--quiet", "--format", "json", "b")
    assert [p["severity"] for p in json.loads(out)] == ["error"] * 3


def test_more_warnings_than_max_warnings_fail_the_check(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """An author's CI that must stay clean: warnings passed with exit 0."""
    base = str(briefing_files()["briefing.yaml"])
    write_folder(
        in_tmp / "b", briefing_files(**{"briefing.yaml": base.replace("title: T", 'title: ""')})
    )
    status, out, _ = run(capsys, "check", "--max-warnings", "0", "b")
    assert status == 1
    assert out.splitlines()[-2:] == [
        "0 errors, 1 warning in 1 file; 1 briefing checked",
        "1 warning: more than --max-warnings 0 allows",
    ]
    status, out, _ = run(capsys, "check", "--max-warnings", "1", "b")
    assert status == 0 and "more than" not in out
    status, out, err = run(capsys, "check", "--max-warnings", "0", "--format", "json", "b")
    assert status == 1 and len(json.loads(out)) == 1  # the JSON stays an array
    assert "1 warning: more than --max-warnings 0 allows" in err  # why the exit is 1
    status, out, err = run(
        capsys, "check", "--quiet", "--max-warnings", "0", "--format", "json", "b"
    )
    assert (status, json.loads(out)) == (1, []) and "more than --max-warnings 0" in err
    with pytest.raises(SystemExit) as exited:
        cli.main(["check", "--max-warnings", "-1", "b"])
    assert exited.value.code == 2
    assert "not a whole number of at least 0: '-1'" in capsys.readouterr().err


def test_json_lists_every_problem(capsys: pytest.CaptureFixture[str], in_tmp: Path) -> None:
    write_folder(in_tmp / "b", briefing_files(**BROKEN))
    status, out, _ = run(capsys, "check", "--format", "json", "b")
    assert status == 1
    problems = json.loads(out)
    assert [(p["file"], p["line"], p["column"], p["severity"], p["code"]) for p in problems] == [
        ("b/extra.yaml", 4, 11, "error", "bad-enum"),
        ("b/extra.yaml", 5, 5, "error", "unknown-field"),
        ("b/more.yaml", 1, 1, "error", "unknown-section"),
    ]
    assert problems[0]["hint"] == "did you mean 'person'?"
    assert set(problems[0]) == {"file", "line", "column", "severity", "code", "message", "hint"}


def test_a_typo_in_a_path_gets_the_name_it_was_near(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """`briefing open lib/b00001` said only that there was no such folder (a new
    user's trial); and `check b/briefing.yaml` did not name the folder it wants."""
    write_folder(in_tmp / "lib" / "b0001", briefing_files())
    write_folder(in_tmp / "lib" / "b0201", briefing_files())
    status, _, err = run(capsys, "check", "lib/b00001")
    assert status == 2
    assert err.strip() == "briefing: no such file or folder: lib/b00001; did you mean lib/b0001?"
    _, _, err = run(capsys, "check", "lib/b00O1")  # one key from b0001, two from b0201
    assert err.strip().endswith("did you mean lib/b0001?")
    status, _, err = run(capsys, "check", "lib/b0001/briefing.yaml")
    assert status == 2
    assert err.strip() == (
        "briefing: not a folder: lib/b0001/briefing.yaml (give a briefing folder or a "
        "content directory: lib/b0001, the folder this file is in)"
    )
    _, _, err = run(capsys, "check", "elsewhere")
    assert err.strip() == "briefing: no such file or folder: elsewhere"  # nothing near it


def test_a_typo_among_hundreds_of_folders_gets_the_nearest_first_name(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """In a library of 300 folders, `check lib/b001` offered lib/b0071: of the many
    names one key away, difflib kept only the five it sorts last (a demanding
    user's trial); the first by name is the one to offer."""
    for number in range(1, 301):
        (in_tmp / "lib" / f"b{number:04d}").mkdir(parents=True)
    status, _, err = run(capsys, "check", "lib/b001")
    assert status == 2
    assert err.strip() == "briefing: no such file or folder: lib/b001; did you mean lib/b0001?"


def test_misuse_exits_2(capsys: pytest.CaptureFixture[str], in_tmp: Path) -> None:
    status, out, err = run(capsys, "check", "no-such-folder")
    assert (status, out) == (2, "")
    assert err.strip() == "briefing: no such file or folder: no-such-folder"
    with pytest.raises(SystemExit) as exited:
        cli.main(["check"])
    assert exited.value.code == 2


def test_internal_failure_is_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(path: Path) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(content, "check_content", explode)
    status, _, err = run(capsys, "check", str(CONTENT))
    assert status == 3
    assert err.strip().splitlines() == [
        "briefing: internal error: RuntimeError: disk on fire (please report it)"
    ]


def test_colour_only_when_forced_and_never_with_no_color(
    capsys: pytest.CaptureFixture[str], in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_folder(in_tmp / "b", briefing_files(**BROKEN))
    monkeypatch.delenv("NO_COLOR")
    _, piped, _ = run(capsys, "check", "b")
    assert "\x1b[" not in piped  # not a terminal: plain
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, coloured, _ = run(capsys, "check", "b")
    assert "\x1b[" in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    _, plain, _ = run(capsys, "check", "b")
    assert "\x1b[" not in plain


def test_content_text_cannot_inject_markup_or_escapes(
    capsys: pytest.CaptureFixture[str], in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = 'actors:\n  - id: b\n    name: B\n    kind: "[bold]x\\e]0;pwned\\a"\n'
    write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": hostile}))
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR")
    _, out, _ = run(capsys, "check", "b")
    assert "[bold]x␛]0;pwned␇" in out
    assert "\x1b]" not in out and "\x07" not in out


def test_a_real_process_prints_no_traceback(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "b", briefing_files(**{"x.yaml": b"\xff\xfe\x00garbage"}))
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "check", str(folder)], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert "error[yaml-encoding]" in done.stdout


def test_a_changed_word_gets_the_source_passage_its_line_and_the_word(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hint quotes the source in its own characters and names the word that differs."""
    source = "Intro.\n\nHe said: \u201cWe believe in free trade, and in open markets.\u201d\n"
    base = str(BASE_FILES["briefing.yaml"]).replace(
        "text: hello world", "text: We believe in fair trade, and in open markets"
    )
    write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": base, "sources/s.txt": source}))
    assert cli.main(["check", "b"]) == 1
    hint = capsys.readouterr().out.splitlines()[1]
    assert hint == (
        "  hint: the nearest passage (line 3 of the source): 'said: \u201cWe believe in free "
        "trade, and in open markets.\u201d' \u2014 it has 'free' where the quote has 'fair'"
    )


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("as_of: 2022-02-10", 'as_of: "２０２６-０２-１２"', 4),
        ("when: 2022-02-10", 'when: "٢٠٢٢"', 16),
        ("when: 2022-02-10", "when: ２０２２", 16),
    ],
)
def test_a_date_in_other_digits_than_0_to_9_is_refused_with_the_ascii_form(
    old: str, new: str, line: int, capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": base.replace(old, new)}))
    status, out, _ = run(capsys, "check", "--format", "json", "b")
    assert status == 1
    [problem] = json.loads(out)
    assert (problem["line"], problem["code"]) == (line, "bad-date")
    assert problem["hint"].startswith("write it as 20")


def test_a_folder_inside_a_briefing_folder_is_told_to_check_the_briefing_folder(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """`check b/sources` said to add a briefing.yaml (an author's trial)."""
    write_folder(in_tmp / "b", briefing_files())
    status, out, _ = run(capsys, "check", "b/sources")
    assert status == 1
    assert out.splitlines()[:2] == [
        "b/sources:1:1: error[folder-empty]: this briefing folder holds no .yaml or .yml file",
        "  hint: it is inside the briefing folder 'b': check that one (briefing check b)",
    ]


def test_paths_given_from_the_root_are_said_whole(
    capsys: pytest.CaptureFixture[str], in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cd / && briefing check /tmp/b` said `tmp/b/…`, a path that reads as
    somewhere else (an author's trial); below the working folder, paths stay short."""
    write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": "actor: []\n"}))
    _, out, _ = run(capsys, "check", "b")
    assert out.startswith("b/extra.yaml:1:1:")
    monkeypatch.chdir("/")
    _, out, _ = run(capsys, "check", str(in_tmp / "b"))
    assert out.startswith(f"{in_tmp}/b/extra.yaml:1:1:")


def test_names_that_are_not_utf8_are_said_with_their_bytes_in_folder_hints(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """A review: the new folder hints showed such a name as 'caf�', where the
    error line, `list` and the library say 'caf\\xe9'."""
    name = os.fsdecode(b"caf\xe9")
    write_folder(in_tmp / name, briefing_files())
    _, out, _ = run(capsys, "check", f"{name}/sources")
    assert "it is inside the briefing folder 'caf\\xe9'" in out
    write_folder(in_tmp / "content" / name, briefing_files())
    (in_tmp / "content" / os.fsdecode(b"stray\xff.yaml")).write_text("actors: []\n")
    _, out, _ = run(capsys, "check", "content")
    assert "holds briefing folders ('caf\\xe9')" in out
    assert "YAML files itself ('stray\\xff.yaml')" in out
    assert "\N{REPLACEMENT CHARACTER}" not in out


def test_a_file_that_does_not_read_says_references_wait_for_it(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """A tab in actors.yaml hid a misspelt speaker in quotes.yaml, which showed
    only once the tab was mended, with nothing said of it before (an author's
    trial)."""
    base = str(BASE_FILES["briefing.yaml"])
    head, actors = base.split("actors:\n")
    actors, rest = actors.split("events:\n")
    quotes = rest.split("quotes:\n")[1]
    files = {
        "briefing.yaml": head + "events:\n" + rest.split("quotes:\n")[0],
        "actors.yaml": "actors:\n" + actors.replace("    name: A", "\tname: A"),
        "quotes.yaml": "quotes:\n" + quotes.replace("speaker: a", "speaker: aa"),
    }
    write_folder(in_tmp / "b", briefing_files(**files))
    status, out, _ = run(capsys, "check", "b")
    assert status == 1
    assert "b/actors.yaml:3:1: error[yaml-tab]" in out
    assert (
        "  hint: replace the tab with spaces. Then: references between records are "
        "checked once this file reads to its end: more problems may show then"
    ) in out.splitlines()
    assert "speaker" not in out
    (in_tmp / "b" / "actors.yaml").write_text(files["actors.yaml"].replace("\t", "    "))
    status, out, _ = run(capsys, "check", "b")
    assert "b/quotes.yaml:4:14: error[unknown-reference]" in out
    assert "references between records" not in out


def test_a_file_that_is_not_read_at_all_says_references_wait_for_it(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """A broken link among the files hid a misspelt speaker just as a tab did:
    what stops a file on disk says that references wait, as a YAML error does."""
    quotes = str(BASE_FILES["briefing.yaml"]).replace("speaker: a", "speaker: aa")
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": quotes}))
    (folder / "extra.yaml").symlink_to("gone.yaml")
    status, out, _ = run(capsys, "check", "b")
    assert status == 1
    assert "b/extra.yaml:1:1: error[link-broken]: " in out
    assert (
        "  hint: point the link at something that exists, or remove it. Then: references "
        "between records are checked once this file reads to its end: more problems may show then"
    ) in out.splitlines()
    assert "speaker" not in out
    (folder / "extra.yaml").unlink()
    _, out, _ = run(capsys, "check", "b")
    assert "error[unknown-reference]" in out


def test_a_duplicate_id_names_the_other_place_shortly(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """'the first is in /tmp/…/extra.yaml at line 15': the whole path again,
    and "the first" meant first by file name, not the author's original."""
    actor = "actors:\n  - id: a\n    name: Another A\n    kind: person\n"
    write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": actor}))
    status, out, _ = run(capsys, "check", "b")
    assert status == 1
    assert out.splitlines()[:2] == [
        "b/extra.yaml:2:9: error[duplicate-id]: two actors have the id 'a'",
        "  hint: the other is in briefing.yaml at line 10; give one of them another id",
    ]


def test_overlapping_paths_count_each_briefing_and_problem_once(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """`check lib lib/b` listed b's error twice ("2 errors"), and `check lib/a lib/a`
    said "ok: 2 briefings"."""
    a_files = briefing_files()
    a_files["briefing.yaml"] = str(a_files["briefing.yaml"]).replace("id: b\n", "id: a\n", 1)
    write_folder(in_tmp / "lib" / "a", a_files)
    write_folder(in_tmp / "lib" / "b", briefing_files(**{"more.yaml": "actor: []\n"}))
    status, out, _ = run(capsys, "check", "lib", "lib/b", str(in_tmp / "lib" / "b"))
    assert status == 1
    assert out.count("error[unknown-section]") == 1
    assert out.splitlines()[-1] == "1 error, 0 warnings in 1 file; 2 briefings checked"
    status, out, _ = run(capsys, "check", "lib/a", "lib/a/")
    assert (status, out) == (0, "ok: 1 briefing, 0 problems\n")


def test_an_interrupted_check_says_so(
    capsys: pytest.CaptureFixture[str], in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Interrupted (Ctrl+C, a CI job's timeout), a check printed nothing at all: an
    empty log with no word of why (a trial of scripts and CI)."""
    write_folder(in_tmp / "b", briefing_files())

    def interrupted(*_: object, **__: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(content, "check_content", interrupted)
    status, out, err = run(capsys, "check", "b")
    assert (status, out) == (130, "")
    assert err == "briefing check: interrupted: nothing is reported\n"


def test_ctrl_c_as_a_command_ends_ends_it_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """kill -INT as a check flushed its last line printed a KeyboardInterrupt
    traceback under it: the command's own handling had ended (a trial)."""
    import briefing.cli as entry

    def flushing(*_: object) -> int:
        raise KeyboardInterrupt  # where main's last flush stands

    ended: list[int] = []

    def end(status: int) -> None:  # (the process's own end: os._exit after a reader ran)
        ended.append(status)

    monkeypatch.setattr(entry, "main", flushing)
    monkeypatch.setattr(entry, "end", end)
    entry.run()
    assert ended == [130]
    assert capsys.readouterr().err == ""
