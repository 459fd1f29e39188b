"""A file in the index's folder of briefing files that briefing did not write.

The user emptied one, or wrote over it: it is never read past its first
bytes, replaced or deleted. Only that briefing is read from its folder, in
memory, each time it is needed; a notice names the file, says it was left
as it is and that deleting it lets the index keep the briefing again. The
rest of the index is read and written as ever.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, open_from_library, reader, settle, toasts, until

from briefing import cli
from briefing.index.catalogue import files_folder
from briefing.index.records_file import file_name
from briefing.index.store import open_index
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.library import LibraryScreen

NOT_OURS = {"empty": b"", "garbage": b"garbage\n"}
LEFT_ALONE = "is not one briefing wrote"
HOW_TO_UNDO = "deleting that file lets the index keep it again"


def library(root: Path) -> Path:
    """Folders `a-first` (id `b`) and `b-second` (id `second`)."""
    content = root / "library"
    write_folder(content / "a-first", briefing_files())
    second = str(BASE_FILES["briefing.yaml"]).replace("id: b\n", "id: second\n")
    write_folder(content / "b-second", briefing_files(**{"briefing.yaml": second}))
    return content


def digest(path: Path) -> tuple[int, str]:
    return path.stat().st_ino, hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return library(tmp_path)


@pytest.fixture
def index(tmp_path: Path) -> Path:
    return tmp_path / "index.json"


def spoil(index: Path, folder: str, what: bytes) -> Path:
    """Write `what` over the file of `folder` in the index, as a user would."""
    mine = files_folder(index) / file_name(folder)
    assert mine.exists()
    mine.write_bytes(what)
    return mine


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("what", NOT_OURS.values(), ids=list(NOT_OURS))
def test_the_index_command_says_so_and_fails_and_leaves_the_file(
    capsys: pytest.CaptureFixture[str], content: Path, index: Path, what: bytes
) -> None:
    assert run(capsys, "index", str(content), "--index", str(index))[0] == 0
    mine = spoil(index, "b-second", what)
    before = digest(mine)
    for command in (["index"], ["index", "--rebuild"]):
        status, out, err = run(capsys, *command, str(content), "--index", str(index))
        assert status == 1, command
        assert "up to date" not in out
        assert out.startswith("indexed ") and "1 briefing not kept in it" in out
        assert len(err.splitlines()) == 1, err
        assert err.startswith(f"briefing: {mine}, the index's file for {content / 'b-second'}, ")
        assert LEFT_ALONE in err and "left as it is" in err and HOW_TO_UNDO in err
        assert digest(mine) == before
    mine.unlink()  # as the notice says: the index keeps the briefing again
    status, out, err = run(capsys, "index", str(content), "--index", str(index))
    assert (status, err) == (0, "") and out.startswith("indexed 1 of 2 briefings")
    assert open_index(content, index).unstored == []
    assert mine.read_bytes().startswith(b'{"_briefing_index"')


def test_a_command_that_reads_the_briefing_says_so_once_and_succeeds(
    capsys: pytest.CaptureFixture[str], content: Path, index: Path
) -> None:
    open_index(content, index)
    mine = spoil(index, "a-first", b"")
    status, out, err = run(capsys, "list", str(content), "--index", str(index), "--actor", "a")
    assert status == 0 and out.startswith("b  ")
    assert len(err.splitlines()) == 1 and LEFT_ALONE in err and HOW_TO_UNDO in err
    assert mine.read_bytes() == b""


def test_a_folder_edited_beside_such_a_file_is_written_and_the_file_left(
    capsys: pytest.CaptureFixture[str], content: Path, index: Path
) -> None:
    open_index(content, index)
    mine = spoil(index, "b-second", b"garbage\n")
    for folder in ("a-first", "b-second"):  # both changed: the catalogue is stale
        (content / folder / "briefing.yaml").write_text(
            (content / folder / "briefing.yaml").read_text().replace("title: T", "title: New"),
        )
    status, out, err = run(capsys, "list", str(content), "--index", str(index))
    assert status == 0 and out.count("  New  ") == 2
    assert len(err.splitlines()) == 1 and f"{mine}, the index's file for " in err
    assert mine.read_bytes() == b"garbage\n"
    assert b'"title":"New"' in (files_folder(index) / file_name("a-first")).read_bytes()
    assert open_index(content, index, check_files=True).unstored == ["b-second"]


@pytest.mark.parametrize("what", NOT_OURS.values(), ids=list(NOT_OURS))
async def test_the_reader_opens_it_from_its_folder_and_says_so(
    content: Path, tmp_path: Path, what: bytes
) -> None:
    index = tmp_path / "index.json"
    open_index(content, index)
    mine = spoil(index, "b-second", what)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_from_library(pilot, "second")
        said = toasts(app)
        assert f"{mine}, the index's file for" in said.replace("\n", "")
    assert app.return_code in (0, None)
    assert mine.read_bytes() == what


async def test_spoiled_while_the_reader_runs_it_opens_again_from_its_folder(
    content: Path, tmp_path: Path
) -> None:
    """Back to the library (which reads the briefings opened, for their counts)
    and Enter on it again: an internal error, exit 3 (a trial)."""
    index = tmp_path / "index.json"
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_from_library(pilot, "second")
        mine = spoil(index, "b-second", b"garbage\n")
        await pilot.press("backspace")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen) and app.screen.briefing.id == "second"
        await until(pilot, lambda: f"{mine}, the index's file for" in toasts(app), "the notice")
    assert mine.read_bytes() == b"garbage\n"


async def test_a_briefing_opened_before_does_not_crash_the_library_at_start(
    content: Path, tmp_path: Path
) -> None:
    """The library reads each briefing opened before, to count what is new in
    it: that read ended the reader at start, exit 3 (a trial)."""
    index = tmp_path / "index.json"
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_from_library(pilot, "second")
    mine = spoil(index, "b-second", b"")
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await until(pilot, lambda: f"{mine}, the index's file for" in toasts(app), "the notice")
        assert HOW_TO_UNDO in toasts(app).replace("\n", "")
        await pilot.press("q")
    assert app.return_code == 0
    assert mine.read_bytes() == b""


def test_each_such_briefing_is_checked_once_while_the_index_is_open(
    content: Path, index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.check import folder

    open_index(content, index)
    spoil(index, "a-first", b"")
    spoil(index, "b-second", b"")
    checked: list[str] = []
    real = folder.check_folder

    def counting(path: Path, text_places: bool = False):  # type: ignore[no-untyped-def]
        checked.append(path.name)
        return real(path, text_places)

    monkeypatch.setattr(folder, "check_folder", counting)
    opened = open_index(content, index)
    for _ in range(2):
        assert [opened.briefing(i).id for i in ("b", "second")] == ["b", "second"]
    assert checked == ["a-first", "b-second"]
    assert len(opened.notices) == 2
