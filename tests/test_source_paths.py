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


def test_an_absolute_path_into_the_folder_is_told_the_relative_path_to_write(
    in_tmp: Path,
) -> None:
    """`/…/b/sources/s.txt` was said to be "outside this briefing's folder" (an
    audit): it is inside; what is wrong is that the path is not relative."""
    folder = in_tmp / "b"
    absolute = f"{folder.resolve()}/sources/s.txt"
    write_folder(folder, _with_text_path(f"text: {absolute}"))
    assert _said(folder) == [
        (
            f"b/briefing.yaml:8:11: error[source-text-path]: the text file's path '{absolute}' "
            "starts at the root '/': a path is written relative to this briefing's folder, "
            "so that the briefing can be moved and shared",
            "write it from the folder: sources/s.txt",
        )
    ]


def test_an_absolute_path_through_a_link_to_the_folder_is_told_the_relative_path(
    in_tmp: Path,
) -> None:
    """The folder as the author reaches it (a link to the content directory)."""
    folder = write_folder(in_tmp / "real" / "b", {})
    (in_tmp / "shortcut").symlink_to(in_tmp / "real")
    absolute = f"{in_tmp}/shortcut/b/sources/s.txt"
    write_folder(folder, _with_text_path(f"text: {absolute}"))
    [(_line, hint)] = _said(in_tmp / "real" / "b")
    assert hint == "write it from the folder: sources/s.txt"


def test_an_absolute_path_out_of_the_folder_is_outside_and_told_to_be_relative(
    in_tmp: Path,
) -> None:
    (in_tmp / "outside.txt").write_text("She said hello world.\n", encoding="utf-8")
    absolute = f"{in_tmp.resolve()}/outside.txt"
    folder = write_folder(in_tmp / "b", _with_text_path(f"text: {absolute}"))
    assert _said(folder) == [
        (
            f"b/briefing.yaml:8:11: error[source-text-outside]: the text file '{absolute}' is "
            "outside this briefing's folder (and a path is written relative to the folder, "
            "not from the root '/')",
            "copy the text into the folder (e.g. sources/) and write its path from there, "
            "as in sources/article.txt",
        )
    ]


NFC, NFD = "\u00e9", "e\u0301"  # é as one character, as two


@pytest.fixture
def forms_differ(tmp_path: Path) -> None:
    """Skip where the file system finds a name in either form (macOS's)."""
    (tmp_path / f"form{NFD}").write_text("", encoding="utf-8")
    if (tmp_path / f"form{NFC}").exists():
        pytest.skip("this file system holds names in one Unicode form")


@pytest.mark.usefixtures("forms_differ")
def test_a_file_named_in_nfd_where_the_path_is_nfc_says_so_and_to_rename_it(
    in_tmp: Path,
) -> None:
    """'sources/é.txt' with the file saved as NFD was told "did you mean
    'sources/é.txt'?", a path that looked the same (an audit). The contract
    asks that the path exist: an error still, that shows the difference."""
    folder = write_folder(
        in_tmp / "b",
        _with_text_path(f"text: sources/caf{NFC}.txt")
        | {"sources/s.txt": None, f"sources/caf{NFD}.txt": "She said hello world.\n"},
    )
    assert _said(folder) == [
        (
            f"b/briefing.yaml:8:11: error[source-text-missing]: there is no file "
            f"'sources/caf{NFC}.txt' in this briefing's folder: the file is there, under a "
            "name that looks the same but is saved in another Unicode form: "
            f"'{NFC}' is U+00E9 (NFC) in the path, U+0065 U+0301 (NFD) on disk",
            "rename the file to the NFC form of its name, as the path writes it (most "
            "tools write NFC; macOS has saved names in NFD)",
        )
    ]


@pytest.mark.usefixtures("forms_differ")
def test_a_path_in_nfd_where_the_file_is_nfc_is_told_the_path_to_write(in_tmp: Path) -> None:
    folder = write_folder(
        in_tmp / "b",
        _with_text_path(f"text: sources/caf{NFD}.txt")
        | {"sources/s.txt": None, f"sources/caf{NFC}.txt": "She said hello world.\n"},
    )
    [(line, hint)] = _said(folder)
    assert line.endswith(f"'{NFC}' is U+0065 U+0301 (NFD) in the path, U+00E9 (NFC) on disk")
    assert hint == 'write the path in NFC, as the name on disk is: text: "sources/caf\\u00e9.txt"'


@pytest.mark.usefixtures("forms_differ")
def test_a_folder_of_the_path_named_in_another_form_is_named(in_tmp: Path) -> None:
    folder = write_folder(
        in_tmp / "b",
        _with_text_path(f"text: d{NFC}/s.txt")
        | {"sources/s.txt": None, f"d{NFD}/s.txt": "She said hello world.\n"},
    )
    [(line, hint)] = _said(folder)
    assert "a folder of the path is there, under a name that looks the same" in line
    assert hint is not None and hint.startswith(f"rename the folder 'd{NFD}' to the NFC form")
