"""The index's folder replaced by a file while the reader runs.

At start the same condition is said in one line and the reader works from
memory; while it runs it did the same only for the library, and reading a
briefing ended the reader (NotADirectoryError, exit 3, a trial). Now each
briefing is read from its folder, and it is said once.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, open_from_library, reader, settle, toasts, until

from briefing.index.store import open_index

SAID = "cannot be read or written (Not a directory); working from memory this time"


def library_of_three(root: Path) -> Path:
    content = root / "library"
    for number, name in enumerate(("first", "second", "third")):
        text = str(BASE_FILES["briefing.yaml"]).replace("id: b\n", f"id: {name}\n")
        write_folder(content / f"{number}-{name}", briefing_files(**{"briefing.yaml": text}))
    return content


async def test_a_file_in_place_of_the_index_folder_is_said_once_and_briefings_open(
    tmp_path: Path,
) -> None:
    content = library_of_three(tmp_path)
    cache = tmp_path / "cache"
    app = reader(content, cache)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_from_library(pilot, "first")
        shutil.rmtree(cache)
        cache.write_text("x\n", encoding="utf-8")
        await pilot.press("backspace")  # the library reads the briefings opened, for their counts
        await settle(pilot)
        await open_from_library(pilot, "second")
        await until(pilot, lambda: SAID in toasts(app).replace("\n", " "), "the notice")
        await pilot.press("backspace")
        await settle(pilot)
        await open_from_library(pilot, "third")
        await pilot.press("backspace")
        await settle(pilot)
        await open_from_library(pilot, "first")
        assert toasts(app).count("working from memory") == 1
        await pilot.press("q")
    assert app.return_code == 0
    assert cache.read_text(encoding="utf-8") == "x\n"


def test_an_open_index_goes_on_from_memory_once_its_folder_is_a_file(tmp_path: Path) -> None:
    content = library_of_three(tmp_path)
    cache = tmp_path / "cache"
    index = open_index(content, cache / "index.json")
    assert index.briefing("first").id == "first"
    shutil.rmtree(cache)
    cache.write_text("x\n", encoding="utf-8")
    assert [index.briefing(name).id for name in ("second", "third")] == ["second", "third"]
    assert index.word_index("first") is not None
    assert [SAID in notice for notice in index.notices] == [True]
    assert cache.read_text(encoding="utf-8") == "x\n"


def test_an_open_index_whose_catalogue_is_replaced_goes_on_from_memory(tmp_path: Path) -> None:
    """A briefing's file to rebuild, and the catalogue no longer the index's:
    the rebuild refused it (UsageError) from whatever read the briefing."""
    from briefing.index.catalogue import files_folder

    content = library_of_three(tmp_path)
    catalogue = tmp_path / "cache" / "index.json"
    index = open_index(content, catalogue)
    catalogue.write_text("my notes\n", encoding="utf-8")
    for built in files_folder(catalogue).glob("*.json"):
        built.unlink()  # each must be built again
    assert [index.briefing(name).id for name in ("first", "second")] == ["first", "second"]
    assert len(index.notices) == 1
    assert index.notices[0] == (
        f"{catalogue} is not a briefing index (it does not begin as one does), so it was "
        "left as it is; working from memory this time"
    )
    assert catalogue.read_text(encoding="utf-8") == "my notes\n"


def test_an_index_removed_while_open_is_not_built_again_whole_as_a_briefing_opens(
    tmp_path: Path,
) -> None:
    """The index's folder deleted while the reader ran: opening a briefing then
    built the whole library's index again, on the screen's thread, with no
    word of it (seconds for a large library). That briefing alone is built,
    from memory, and it is said once; the next start builds the index."""
    content = library_of_three(tmp_path)
    cache = tmp_path / "cache"
    index = open_index(content, cache / "index.json")
    assert index.briefing("first").id == "first"
    shutil.rmtree(cache)
    assert [index.briefing(name).id for name in ("second", "third")] == ["second", "third"]
    assert not cache.exists()  # nothing built again meanwhile
    assert len(index.notices) == 1
    assert "was removed while the reader ran; working from memory" in index.notices[0]
