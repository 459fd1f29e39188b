"""A source's `text:` path that no file can have: said at the path, never a crash.

The path is the author's text, handed to the OS to find the file; what the
OS cannot take (a NUL) or would read otherwise than written (a trailing
'/', an empty path that names the folder itself) gets a located error.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing import cli

BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)


def _with_text_path(written: str) -> dict[str, str | bytes | None]:
    """The base briefing with its source's `text:` written as `written` (line 8, column 11)."""
    return briefing_files(**{"briefing.yaml": BASE.replace("text: sources/s.txt", written)})


def _errors(folder: Path) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.code) for p in check(folder) if p.severity == "error"]


@pytest.mark.parametrize(
    "written", ['text: "sources/s.txt\\0"', 'text: "sources\\x00/s.txt"', 'text: "\\0"']
)
def test_a_nul_in_a_text_path_is_a_located_error(written: str, in_tmp: Path) -> None:
    folder = write_folder(in_tmp / "b", _with_text_path(written))
    problems = check(folder)  # said once: not also a control character to warn of
    assert [(p.file, p.line, p.column, p.code) for p in problems] == [
        ("b/briefing.yaml", 8, 11, "source-text-path")
    ]
    assert "NUL" in problems[0].message


def test_a_nul_in_a_text_path_fails_the_check_and_the_export_in_words(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_folder(in_tmp / "b", _with_text_path('text: "sources/s.txt\\0"'))
    status = cli.main(["check", "--format", "json", "b"])
    out, err = capsys.readouterr()
    assert status == 1, err
    codes = [(p["line"], p["column"], p["code"]) for p in json.loads(out)]
    assert (8, 11, "source-text-path") in codes
    status = cli.main(["export", "b", "--to", "markdown"])
    out, err = capsys.readouterr()
    assert status == 1 and out == "" and "briefing check b" in err


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("text: sources/s.txt/", "remove the '/' at the end: sources/s.txt"),
        ("text: sources/s.txt/.", "remove the '/.' at the end: sources/s.txt"),
        ("text: sources/s.txt/more.txt", "did you mean 'sources/s.txt'?"),
    ],
)
def test_a_path_that_goes_on_past_a_file_is_refused(written: str, hint: str, in_tmp: Path) -> None:
    """The OS opens no file at 'a.txt/'; a Path, which drops the '/', would."""
    folder = write_folder(in_tmp / "b", _with_text_path(written))
    problems = check(folder)
    assert [(p.line, p.column, p.code) for p in problems] == [(8, 11, "source-text-missing")]
    assert "'sources/s.txt' is a file, not a folder" in problems[0].message
    assert problems[0].hint == hint


def test_a_folder_named_with_a_slash_is_still_a_folder(in_tmp: Path) -> None:
    folder = write_folder(in_tmp / "b", _with_text_path("text: sources/"))
    assert _errors(folder) == [(8, 11, "is-a-folder")]


def test_an_empty_path_is_said_to_be_empty_not_a_folder(in_tmp: Path) -> None:
    folder = write_folder(in_tmp / "b", _with_text_path('text: ""'))
    problems = check(folder)
    assert [(p.line, p.column, p.code) for p in problems] == [(8, 11, "source-text-path")]
    assert "empty" in problems[0].message and "folder" not in problems[0].message


@pytest.mark.parametrize("written", ["text: ./sources/s.txt", "text: sources//s.txt"])
def test_a_path_the_os_reads_as_the_file_is_accepted(written: str, in_tmp: Path) -> None:
    folder = write_folder(in_tmp / "b", _with_text_path(written))
    assert check(folder) == []


def _said(folder: Path) -> list[tuple[str, str | None]]:
    """Each problem as the author reads it: the located line, and its hint."""
    from briefing.check.report import problem_line

    return [(problem_line(p), p.hint) for p in check(folder)]


def test_a_text_file_that_links_outside_says_the_link_leads_there(in_tmp: Path) -> None:
    """'sources/link.txt' was said to be "outside this briefing's folder" (a new
    author's trial): it is inside, a link that leads out. Where it leads is
    named, made safe to print (a name may hold a control character)."""
    elsewhere = in_tmp / "else\x1bwhere"
    elsewhere.mkdir()
    (elsewhere / "article.txt").write_text("She said hello world.\n", encoding="utf-8")
    folder = write_folder(in_tmp / "b", briefing_files(**{"sources__s.txt": None}))
    (folder / "sources").mkdir()
    (folder / "sources" / "s.txt").symlink_to(elsewhere / "article.txt")
    target = f"{in_tmp.resolve()}/else␛where/article.txt"
    assert _said(folder) == [
        (
            "b/briefing.yaml:8:11: error[source-text-outside]: the text file 'sources/s.txt' "
            f"is a symbolic link to '{target}', outside this briefing's folder",
            "copy what the link leads to into this briefing's folder, in place of the "
            "link: a briefing is shared and copied without what its links lead to",
        )
    ]


def test_a_folder_on_the_way_that_links_outside_is_named(in_tmp: Path) -> None:
    """The link may be a folder of the path: it is the one named."""
    (in_tmp / "elsewhere").mkdir()
    (in_tmp / "elsewhere" / "s.txt").write_text("She said hello world.\n", encoding="utf-8")
    folder = write_folder(in_tmp / "b", briefing_files(**{"sources__s.txt": None}))
    (folder / "sources").symlink_to(in_tmp / "elsewhere")
    assert _said(folder) == [
        (
            "b/briefing.yaml:8:11: error[source-text-outside]: the text file 'sources/s.txt' "
            f"is reached through the symbolic link 'sources', which leads to "
            f"'{in_tmp.resolve()}/elsewhere', outside this briefing's folder",
            "copy what the link leads to into this briefing's folder, in place of the "
            "link: a briefing is shared and copied without what its links lead to",
        )
    ]


@pytest.mark.parametrize("written", ["text: ../outside.txt", "text: sources/../../outside.txt"])
def test_a_path_that_leaves_by_itself_is_said_to_be_outside(written: str, in_tmp: Path) -> None:
    (in_tmp / "outside.txt").write_text("She said hello world.\n", encoding="utf-8")
    folder = write_folder(in_tmp / "b", _with_text_path(written))
    relative = written.removeprefix("text: ")
    assert _said(folder) == [
        (
            "b/briefing.yaml:8:11: error[source-text-outside]: the text file "
            f"'{relative}' is outside this briefing's folder",
            "copy the text into the folder (e.g. sources/) and point there",
        )
    ]
