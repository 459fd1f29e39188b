"""A briefing's folder deleted and made again under the reader: followed throughout.

A trial of a shared desk: `rm -rf` of the content folder, then `cp -r` of it
again (a sync, a `git checkout`, an unpacked backup) with an edit, and the
open briefing never changed again; while the folder was gone, only a toast
said so. The header says it for as long as it lasts, the reader keeps
looking at its usual pace, and takes the files in again when they are back.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, reader, settle, toasts, until
from test_reload import header, shown_briefing
from textual.pilot import Pilot

from briefing.screens import live
from briefing.screens.library import LibraryScreen

GONE = "⚠ its folder is gone: the last version read"
LIBRARY_GONE = "⚠ its library's folder is gone: the last version read"
BACK = "Read again: its folder is back."


@pytest.fixture(autouse=True)
def _look_often(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live, "POLL_SECONDS", 0.2)


def counted_looks(monkeypatch: pytest.MonkeyPatch) -> list[None]:
    """One item for each look at the open briefing's files, as it is taken."""
    looks: list[None] = []
    real = live.LiveContentApp._look_for_changes

    def look(self: live.LiveContentApp) -> None:
        looks.append(None)
        real(self)

    monkeypatch.setattr(live.LiveContentApp, "_look_for_changes", look)
    return looks


async def library_shown_then_gone(pilot: Pilot[None], library: Path) -> LibraryScreen:
    """The library on screen, its folder then removed, and its title's warning shown."""
    await settle(pilot)
    listing = pilot.app.screen
    assert isinstance(listing, LibraryScreen)
    shutil.rmtree(library)
    gone = "⚠ the library's folder is gone"
    await until(pilot, lambda: library_title(listing).startswith(gone), "the title's warning")
    return listing


def restored(kept: Path, folder: Path, old: str, new: str) -> None:
    """`kept` copied back to `folder`, `old` made `new` in its briefings' files."""
    shutil.copytree(kept, folder)
    for path in folder.rglob("briefing.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(old, new), encoding="utf-8")


def two_briefings(tmp_path: Path) -> tuple[Path, Path]:
    """A library of two briefings (`b` in a-first, `second` in b-second), and a copy of it."""
    library = tmp_path / "library"
    write_folder(library / "a-first", briefing_files())
    second = str(BASE_FILES["briefing.yaml"]).replace("id: b\n", "id: second\n")
    write_folder(library / "b-second", briefing_files(**{"briefing.yaml": second}))
    return library, shutil.copytree(library, tmp_path / "kept")


def counted_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each time the reader reads the content again (its index opened anew)."""
    reads: list[Path] = []
    opening = live.open_index

    def counting(content: Path, *args: object, **kwargs: object) -> object:
        reads.append(content)
        return opening(content, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(live, "open_index", counting)
    return reads


async def test_a_folder_deleted_and_restored_with_an_edit_is_followed(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    kept = shutil.copytree(folder, tmp_path / "kept")
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = shown_briefing(app)
        shutil.rmtree(folder)
        await until(pilot, lambda: header(screen).startswith(GONE), "the header's warning")
        assert screen.queries.quote("q").text == "hello world"  # the last version read
        await until(pilot, lambda: "read again when its folder is back" in toasts(app), "toast")
        await pilot.pause(1.0)  # several looks: still there, said once
        assert header(screen).startswith(GONE)
        assert toasts(app).count("is gone") == 1
        restored(kept, folder, "text: hello world", "text: said hello world")
        await until(pilot, lambda: screen.queries.quote("q").text == "said hello world", "the edit")
        await until(pilot, lambda: BACK in toasts(app), "the return said")
        assert not header(screen).startswith("⚠")
        assert app.outdated is None


async def test_a_briefing_folder_of_a_library_deleted_and_restored_is_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library"
    write_folder(library / "a-first", briefing_files())
    second = str(BASE_FILES["briefing.yaml"]).replace("id: b\n", "id: second\n")
    folder = write_folder(library / "b-second", briefing_files(**{"briefing.yaml": second}))
    kept = shutil.copytree(folder, tmp_path / "kept")
    reads = counted_reads(monkeypatch)
    looks = counted_looks(monkeypatch)
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        screen = shown_briefing(app)
        assert screen.briefing.id == "second"
        shutil.rmtree(folder)
        await until(pilot, lambda: header(screen).startswith(GONE), "the header's warning")
        read_while_gone, looked = len(reads), len(looks)
        # six looks, counted (a pause could pass with none on a busy machine): no
        # look reads the library again
        await until(pilot, lambda: len(looks) >= looked + 6, "six looks at the files")
        assert len(reads) == read_while_gone
        restored(kept, folder, "title: T\n", "title: Back again\n")
        await until(pilot, lambda: screen.briefing.title == "Back again", "the edit")
        await until(pilot, lambda: BACK in toasts(app), "the return said")
        assert not header(screen).startswith("⚠")
        assert isinstance(app.screen_stack[-2], LibraryScreen)  # still there to go back to


async def test_the_library_folder_gone_and_back_is_followed(tmp_path: Path) -> None:
    library, kept = two_briefings(tmp_path)
    app = reader(library, tmp_path, "second")  # `briefing open library --briefing second`
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = shown_briefing(app)
        shutil.rmtree(library)
        await until(pilot, lambda: header(screen).startswith(LIBRARY_GONE), "the warning")
        await pilot.press("escape")  # nowhere to go: it says why
        await until(pilot, lambda: "Nothing to go back to" in toasts(app), "Esc's answer")
        assert "library's folder is gone" in toasts(app).split("Nothing to go back to")[1]
        assert app.screen is screen
        restored(kept, library, "title: T\n", "title: Restored\n")
        await until(pilot, lambda: screen.briefing.title == "Restored", "the edit")
        await until(pilot, lambda: BACK in toasts(app), "the return said")
        assert not header(screen).startswith("⚠")


async def test_a_folder_back_broken_or_as_another_briefing_says_so_as_an_edit_would(
    tmp_path: Path,
) -> None:
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    kept = shutil.copytree(folder, tmp_path / "kept")
    app = reader(tmp_path / "content", tmp_path, "b")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = shown_briefing(app)
        shutil.rmtree(folder)
        await until(pilot, lambda: header(screen).startswith(GONE), "the header's warning")
        restored(kept, folder, "kind: person", "kind: persn")  # back with an error
        await until(pilot, lambda: bool(app.problems), "the errors")
        assert header(screen).startswith("⚠ its files have 1 error (!)")
        assert BACK not in toasts(app)
        shutil.rmtree(folder)
        await until(pilot, lambda: header(screen).startswith(GONE), "gone again")
        assert app.problems == ()
        restored(kept, folder, "id: b\n", "id: renamed\n")  # back as another briefing
        await until(pilot, lambda: "no longer in its folder" in toasts(app), "the id change")
        assert header(screen).startswith("⚠ no longer in its folder: the last version read")


async def test_back_in_a_library_whose_folder_is_gone_it_says_its_list_is_the_last_read(
    tmp_path: Path,
) -> None:
    library, kept = two_briefings(tmp_path)
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        screen = shown_briefing(app)
        shutil.rmtree(library)
        await until(pilot, lambda: header(screen).startswith(LIBRARY_GONE), "the warning")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        assert "listed as last read" in toasts(app)
        restored(kept, library, "title: T\n", "title: Listed again\n")
        listing = app.screen
        assert isinstance(listing, LibraryScreen)
        await until(
            pilot, lambda: [s.title for s in listing.summaries] == ["Listed again"] * 2, "the list"
        )


def library_title(screen: LibraryScreen) -> str:
    return str(screen.query_one("#library-title").render())


async def test_a_library_whose_folder_goes_while_listed_says_so_until_it_is_back(
    tmp_path: Path,
) -> None:
    """The library on screen as its folder went said it in a toast, gone in 15 s,
    then listed the briefings as if nothing had happened; a briefing opened from
    it then said nothing either, its files never looking changed (left over from
    a trial of a shared desk)."""
    library, kept = two_briefings(tmp_path)
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        listing = await library_shown_then_gone(pilot, library)
        said = "⚠ the library's folder is gone: its briefings as last read · Briefings"
        assert library_title(listing).startswith(said)
        await pilot.press("enter")
        screen = shown_briefing(app)
        await settle(pilot)
        assert header(screen).startswith(LIBRARY_GONE)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is listing, "the library")
        assert library_title(listing).startswith(said)
        restored(kept, library, "title: T\n", "title: Listed again\n")
        await until(
            pilot, lambda: [s.title for s in listing.summaries] == ["Listed again"] * 2, "the list"
        )
        assert library_title(listing).startswith("Briefings")
        await pilot.press("enter")
        assert not header(shown_briefing(app)).startswith("⚠")


async def test_a_library_back_without_the_open_briefing_s_folder_says_its_folder_is_gone(
    tmp_path: Path,
) -> None:
    """Opened while the library's folder was gone, the briefing kept saying
    the library's folder was gone once it was back without the briefing's
    own (a review): its files looked unchanged, gone both times."""
    library, kept = two_briefings(tmp_path)
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        listing = await library_shown_then_gone(pilot, library)
        listing.show_briefing("b")
        await pilot.press("enter")
        screen = shown_briefing(app)
        await settle(pilot)
        assert header(screen).startswith(LIBRARY_GONE)
        library.mkdir()
        shutil.copytree(kept / "b-second", library / "b-second")
        await until(pilot, lambda: header(screen).startswith(GONE), "its own folder's warning")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is listing, "the library")
        assert not library_title(listing).startswith("⚠")
