"""The authoring commands, as an author types them: new, find, format, schema."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

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
    assert "# 2 matches; a quote entry" in out
    status, _, err = run(capsys, "find", "s.txt", "firm", "dialog", "again")
    assert status == 1
    assert "not in this text" in err and "where the quote has 'dialog'" in err


def test_find_s_quote_entry_has_the_source_s_own_characters(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`won't` typed, `won’t` in the source: the entry to paste had the typed
    apostrophe, which the reader would then show (an author's trial)."""
    (in_tmp / "s.txt").write_text("She said: we won’t   go back to it.\n", encoding="utf-8")
    status, out, _ = run(capsys, "find", "s.txt", "we won't go")
    assert status == 0
    assert '    text: "we won’t go"' in out
    status, out, _ = run(capsys, "find", "s.txt", "She said: we … go back to")  # marks: as typed
    assert '    text: "She said: we … go back to"' in out


def test_find_prefers_words_that_differ_only_in_case_and_says_so(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hint showed 'here wanted a' for 'nobody wanted' (a new user's trial)."""
    (in_tmp / "s.txt").write_text(
        "“Nobody here wanted a strike. Nobody wanted to see the ships waiting.”\n"
    )
    status, _, err = run(capsys, "find", "s.txt", "nobody", "wanted")
    assert status == 1
    assert "the nearest passage (line 1 of the source): 'strike. Nobody wanted to" in err
    assert "it has 'Nobody' where the quote has 'nobody': case must match" in err


def test_case_is_not_said_to_matter_for_words_that_differ_in_more(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A quote of other words was told "it has 'the' where the quote has 'The':
    case must match" (an author's trial): fixing the capital would not do."""
    (in_tmp / "s.txt").write_text("Fishermen say the lake has fed their families for years.\n")
    status, _, err = run(capsys, "find", "s.txt", "The", "lake", "belongs", "to", "all", "of", "us")
    assert status == 1
    assert "case must match" not in err
    assert "it has 'has' where the quote has 'belongs'" in err


@pytest.mark.parametrize(
    ("words", "edge"),
    [("… But we were not going", "starts"), ("But we were not going ...", "ends")],
)
def test_an_ellipsis_at_a_quotes_edge_is_said_to_be_no_elision(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], words: str, edge: str
) -> None:
    """The hint said "it has 'there.' where the quote has '…'" (a new user's trial)."""
    (in_tmp / "s.txt").write_text("Ships waiting out there. But we were not going back.\n")
    status, _, err = run(capsys, "find", "s.txt", words)
    assert status == 1
    assert f"the quote {edge} with an ellipsis, which is not an elision" in err
    assert "delete it" in err and "where the quote has" not in err


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


def test_check_watch_checks_again_after_an_edit_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    cli.main(["new", str(folder)])
    with _watching(folder) as stdout:
        seen = _until(stdout, "watching for changes")
        assert "ok: 1 briefing, 0 problems" in seen
        _edited(folder)
        seen = _until(stdout, "watching for changes")
        assert "--- changed: " in seen and "quotes.yaml" in seen
        assert "error[unknown-field]: 'speeker' is not a field of a quote" in seen


def test_check_watch_goes_on_watching_a_folder_deleted_and_made_again(tmp_path: Path) -> None:
    """`rm -r` then `cp -r`: it checked once, then saw no edit at all while it
    said it was watching (a robustness trial); with a pause between the two,
    it ended on the folder gone (a review). It says the folder is gone, and
    waits for it."""
    folder, copy = tmp_path / "b", tmp_path / "copy"
    cli.main(["new", str(copy)])
    shutil.copytree(copy, folder)
    with _watching(folder) as stdout:
        _until(stdout, "watching for changes")
        shutil.rmtree(folder)
        assert "--- gone: " in _until(stdout, "watching for it to come back")
        shutil.copytree(copy, folder)
        seen = _until(stdout, "watching for changes")
        assert "ok: 1 briefing, 0 problems" in seen
        time.sleep(0.3)
        _edited(folder)
        seen = _until(stdout, "watching for changes")
        assert "error[unknown-field]: 'speeker' is not a field of a quote" in seen


def test_check_watch_in_json_is_one_json_array_a_line_and_its_own_lines_on_stderr(
    tmp_path: Path,
) -> None:
    """The watch's `--- watching for changes` lines were in the JSON stream, which
    neither a JSON parser nor `jq` could read."""
    folder = tmp_path / "b"
    cli.main(["new", str(folder)])
    with _watching(folder, "--format", "json", apart=True) as stdout:
        assert json.loads(_until(stdout, "\n")) == []
        _edited(folder)
        (problem,) = json.loads(_until(stdout, "\n"))
        assert problem["code"] == "unknown-field"


@contextmanager
def _watching(folder: Path, *options: str, apart: bool = False) -> Iterator[IO[bytes]]:
    """`briefing check --watch FOLDER` running, its output (`apart`: standard output
    alone, stderr checked for the watch's lines at the end); Ctrl+C ends it with 130."""
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "check", "--watch", str(folder), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if apart else subprocess.STDOUT,
        env={**os.environ, "NO_COLOR": "1"},
    )
    try:
        assert process.stdout is not None
        yield process.stdout
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 130
        if apart:
            assert process.stderr is not None
            said = process.stderr.read().decode()
            assert "watching for changes" in said and "--- changed: " in said
            for line in process.stdout.read().splitlines():  # (an edit seen twice: again)
                assert isinstance(json.loads(line), list)
    finally:
        if process.poll() is None:
            process.kill()


def _edited(folder: Path) -> None:
    """The new briefing's quote given a misspelt field."""
    quotes = folder / "quotes.yaml"
    quotes.write_text(quotes.read_text().replace("speaker: the-minister", "speeker: x"))


def _until(stream: IO[bytes], marker: str, seconds: float = 30) -> str:
    """What the process writes until `marker` (bounded: a watch that hangs fails the test)."""
    seen = b""
    deadline = time.monotonic() + seconds
    while marker.encode() not in seen:
        if time.monotonic() > deadline:
            raise AssertionError(f"{marker!r} did not come within {seconds} s: {seen!r}")
        ready, _, _ = select.select([stream], [], [], 0.1)
        if ready:
            seen += os.read(stream.fileno(), 65536)
    return seen.decode()


def test_find_says_which_quotes_already_take_the_words(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`find` offered a new entry for words two quotes of two speakers already
    took (a desk editor's trial): it names them under the place."""
    from conftest import briefing_files, write_folder

    folder = write_folder(in_tmp / "b", briefing_files())
    status, out, _ = run(capsys, "find", str(folder / "sources" / "s.txt"), "said", "hello")
    assert status == 0
    lines = out.splitlines()
    assert lines[1] == "  already quoted: q, said by a"  # q is "hello world"
    status, out, _ = run(capsys, "find", str(folder / "sources" / "s.txt"), "She", "said")
    assert status == 0 and "already quoted" not in out  # words no quote takes


def test_find_names_the_source_whose_text_the_file_is(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Inside a briefing folder the quote to paste names its source, not a placeholder."""
    from conftest import briefing_files, write_folder

    folder = write_folder(in_tmp / "b", briefing_files())
    status, out, _ = run(capsys, "find", str(folder / "sources" / "s.txt"), "hello")
    assert status == 0 and "    source: s\n" in out
    os.chdir(folder / "sources")  # a relative path, from inside the folder
    status, out, _ = run(capsys, "find", "s.txt", "hello")
    assert status == 0 and "    source: s\n" in out


def test_find_names_the_source_whose_text_path_is_written_with_escapes(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The files that hold the text's name are read first (two seconds at
    10,000 quotes when every file was); a path the file does not spell out
    as it is (a YAML escape) is still found among the others."""
    from conftest import BASE_FILES, briefing_files, write_folder

    yaml = str(BASE_FILES["briefing.yaml"])
    escaped = yaml.replace("text: sources/s.txt", 'text: "sources/\\x73.txt"')
    assert escaped != yaml
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": escaped}))
    status, out, _ = run(capsys, "find", str(folder / "sources" / "s.txt"), "hello")
    assert status == 0 and "    source: s\n" in out
