"""The library for hundreds of briefings: ordered, found by words, and a way back to it."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, burst, drawn, reader, settle, toasts, write_library
from textual.app import App
from textual.geometry import Region

from briefing.files.config import CONFIG_DIR_ENV
from briefing.index.store import BriefingSummary
from briefing.records.dates import parse_date
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.cells import truncate
from briefing.screens.keeper import NEVER_OPENED
from briefing.screens.library import LibraryScreen
from briefing.screens.library_rows import LibraryRow, render_row

BRIEFINGS = [
    # folder, id, title, as_of, tags
    ("a-kyiv", "kyiv-talks", "Talks in Kyiv", "2022-02-10", ["ukraine", "diplomacy"]),
    ("b-paris", "elysee", "Élysée summit on François's plan", "2022-03-01", ["france"]),
    ("c-warsaw", "krakow", "Kraków accord", "2021-11-05", ["poland", "diplomacy"]),
    ("d-lagos", "lagos", "Lagos port strike", "2022-01-20", ["nigeria"]),
]


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))


def write_briefings(root: Path) -> Path:
    content = root / "content"
    base = str(BASE_FILES["briefing.yaml"])
    for folder, ident, title, as_of, tags in BRIEFINGS:
        head = (
            f'briefing:\n  id: {ident}\n  title: "{title}"\n  as_of: {as_of}\n'
            f"  tags: [{', '.join(tags)}]\n"
        )
        text = base.replace("briefing:\n  id: b\n  title: T\n  as_of: 2022-02-10\n", head)
        write_folder(content / folder, briefing_files(**{"briefing.yaml": text}))
    return content


def shown(app: App[None]) -> list[str]:
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    return [row.summary.id or row.summary.folder for row in screen.shown]


def title_bar(app: App[None]) -> str:
    return str(app.screen.query_one("#library-title").render())


async def test_a_narrow_title_bar_is_cut_with_the_mark_not_wrapped(tmp_path: Path) -> None:
    """At 40 columns the bar wrapped: its end went to a hidden second line and
    the line shown ended on a dangling "·" (a user's trial)."""
    app = reader(write_library(tmp_path), tmp_path)  # "… · 1 with errors · newest first"
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one("#library-title")
        line = "".join(
            strip.text for strip in bar.render_lines(Region(0, 0, bar.outer_size.width, 1))
        )
        assert line.rstrip().endswith("▸") and not line.rstrip().endswith("·")


async def test_newest_first_and_o_steps_through_the_orders(tmp_path: Path) -> None:
    app = reader(write_briefings(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert shown(app) == ["elysee", "kyiv-talks", "lagos", "krakow"]
        assert "newest first" in title_bar(app)
        await pilot.press("o")
        assert shown(app) == ["elysee", "krakow", "lagos", "kyiv-talks"]  # by title, folded
        assert "by title" in title_bar(app)
        await pilot.press("o")
        assert shown(app) == ["elysee", "krakow", "kyiv-talks", "lagos"]
        assert "by id" in title_bar(app)
        await pilot.press("o")
        assert shown(app) == ["kyiv-talks", "elysee", "krakow", "lagos"]
        assert "by folder" in title_bar(app)
        await pilot.press("o")
        assert "newest first" in title_bar(app)


async def test_the_filter_finds_words_of_titles_ids_and_tags(tmp_path: Path) -> None:
    app = reader(write_briefings(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)

        async def typed(text: str) -> list[str]:
            screen.filter_box.value = text
            await pilot.pause()
            return shown(app)

        assert await typed("francois") == ["elysee"]  # accents folded
        assert await typed("KRAK") == ["krakow"]  # case folded, a prefix of a word
        assert await typed("rak") == []  # not the middle of a word
        assert await typed("summit elysee") == ["elysee"]  # every word, in any order
        assert await typed("summit kyiv") == []
        assert "Nothing matches what you typed" in drawn(screen.listing)
        assert await typed("talks kyiv") == ["kyiv-talks"]  # the id's words too
        assert "1 of 4" in title_bar(app)


async def test_the_filter_finds_the_tags_of_an_index(tmp_path: Path) -> None:
    app = reader(write_briefings(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"diplomacy", "enter")
        assert shown(app) == ["kyiv-talks", "krakow"]
        await pilot.press("slash", "space", "p", "o", "l", "enter")
        assert shown(app) == ["krakow"]


async def test_slash_then_letters_in_one_burst_reach_the_filter(tmp_path: Path) -> None:
    app = reader(write_briefings(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "slash", "k", "r", "a", "k")  # k would move the cursor, r reload
        await pilot.pause()
        await pilot.pause()
        assert shown(app) == ["krakow"]


async def test_escape_clears_the_filter_and_keeps_the_row(tmp_path: Path) -> None:
    app = reader(write_briefings(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", "l", "a", "g", "enter")
        assert shown(app) == ["lagos"]
        await pilot.press("escape")
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert len(shown(app)) == 4
        assert screen.highlighted() is not None and screen.highlighted().id == "lagos"


async def test_back_from_a_briefing_returns_to_the_library_on_its_row(tmp_path: Path) -> None:
    app = reader(write_briefings(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter")  # the third: lagos
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.briefing.id == "lagos"
        await pilot.press("enter")  # a thread: Backspace undoes it first
        await pilot.press("backspace")
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("backspace")  # nothing left to undo: the library
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert screen.highlighted() is not None and screen.highlighted().id == "lagos"
        await pilot.press("j", "enter")  # and on from there
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.briefing.id == "krakow"


async def test_esc_with_nothing_to_clear_returns_to_the_library_on_its_row(
    tmp_path: Path,
) -> None:
    """Esc clears the text filter, then the thread, then goes back to the library
    the briefing came from (issue 12.3, the README). It stayed put while
    Backspace had steps to walk back: after a filter cleared, a dead key (a trial)."""
    app = reader(write_briefings(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter")  # lagos
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("enter", "escape")  # a thread chosen, then cleared: still here
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("escape")  # nothing to clear: the library
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert screen.highlighted() is not None and screen.highlighted().id == "lagos"


async def test_enter_on_a_folder_of_briefing_folders_says_to_open_it_as_a_library(
    tmp_path: Path,
) -> None:
    """Two libraries side by side in one content directory: Enter on one said
    "has errors … Fix them" (a first reader's trial); it says to open it alone."""
    content = write_library(tmp_path)
    write_folder(content / "more" / "inner", briefing_files())
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("slash", *"more", "enter")  # the filter, to its one row
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        said = toasts(app)
        assert "more does not open: " in said, said
        assert "briefing open " in said and "Fix them" not in said


async def test_esc_in_a_briefing_opened_alone_stays_and_says_nothing(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingScreen)
        assert not app.screen.query("Toast")


async def test_back_from_a_briefing_opened_alone_stays(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("backspace")
        assert isinstance(app.screen, BriefingScreen)
        assert len(app.screen_stack) == 2


# --- each row: id, tags, counts, errors -----------------------------------------


@dataclass(frozen=True)
class TaggedSummary(BriefingSummary):
    """A summary with tags, as the catalogue's summaries carry them (issue 12.1)."""

    tags: tuple[str, ...] = ()


def row_text(summary: BriefingSummary, width: int = 100) -> str:
    return "\n".join(line.plain for line in render_row(LibraryRow.of(summary), width))


def test_a_row_shows_the_id_tags_counts_and_date() -> None:
    summary = TaggedSummary(
        "daily-0001", "daily-0001", "brief-1", "Talks", parse_date("2022-02-10"), 3, 1, 2, (),
        tags=("ukraine", "diplomacy"),
    )  # fmt: skip
    text = row_text(summary)
    assert "Talks" in text and "as of 10 Feb 2022" in text
    assert "brief-1 (daily-0001)" in text
    assert "#ukraine #diplomacy" in text
    assert "3 actors · 1 event · 2 quotes" in text
    hashed = TaggedSummary(
        "daily-0001", "daily-0001", "brief-1", "Talks", parse_date("2022-02-10"), 3, 1, 2, (),
        tags=("#streik", "hamburg"),
    )  # fmt: skip
    assert "#streik #hamburg" in row_text(hashed)  # not ##streik (a trial)


def test_long_tags_never_push_the_counts_off_a_row() -> None:
    """`#shadow fleet #European Union #United States · 32 act▸`: the counts and
    `ok` went off the row's end (an analyst's trial); the tags go last."""
    summary = TaggedSummary(
        "daily-0001", "daily-0001", "brief-1", "Talks", parse_date("2022-02-10"), 32, 32, 10, (),
        tags=("shadow fleet", "European Union", "United States", "sanctions", "oil"),
    )  # fmt: skip
    _, details = render_row(LibraryRow.of(summary), 80)
    shown = truncate(details, 80).plain
    assert "32 actors · 32 events · 10 quotes · ok" in shown
    assert shown.index("ok") < shown.index("#shadow")


def test_a_broken_row_shows_its_error_count(tmp_path: Path) -> None:
    from briefing.records.codes import Severity
    from briefing.records.problems import Problem

    problem = Problem("x/briefing.yaml", 3, 1, Severity.ERROR, "bad-enum", "no")
    summary = BriefingSummary("x", "x", None, None, None, 0, 0, 0, (problem, problem))
    assert "does not open: 2 errors · x" in row_text(summary)


def test_a_narrow_row_still_says_whether_the_briefing_opens_and_its_warnings() -> None:
    """At 80 columns the end of a row, "10 erro…", was cut (a new user's trial)."""
    from briefing.records.codes import Severity
    from briefing.records.problems import Problem

    error = Problem("x/briefing.yaml", 3, 1, Severity.ERROR, "bad-enum", "no")
    broken = BriefingSummary("x", "x", None, "A long title", None, 0, 0, 0, (error,) * 10)
    _, details = render_row(LibraryRow.of(broken), 30)
    assert details.plain.startswith("  does not open: 10 errors")
    warning = Problem("x/briefing.yaml", 3, 1, Severity.WARNING, "quote-cuts-word", "no")
    summary = TaggedSummary(
        "daily-0001", "daily-0001", "brief-1", "Talks", parse_date("2022-02-10"), 32, 32, 10,
        (warning,) * 2, tags=("ukraine", "diplomacy"),
    )  # fmt: skip
    _, details = render_row(LibraryRow.of(summary), 50)
    assert "2 warnings" in truncate(details, 50).plain


@pytest.mark.parametrize(
    ("width", "reading", "side"),
    [
        (100, NEVER_OPENED, "never opened · as of 10 Feb 2022"),
        (38, NEVER_OPENED, "as of 10 Feb 2022"),  # "never opened" goes first
        (38, "3 new", "3 new · 10 Feb 2022"),  # what is new stays; "as of" goes
    ],
)
def test_a_narrow_row_keeps_room_for_the_title(width: int, reading: str, side: str) -> None:
    """At 40 columns the title was cut to "Gener…" beside "never opened · as of
    6 Jul 2025" (a user's trial): the title keeps half the row."""
    summary = BriefingSummary(
        "f", "f", "brief-1", "Generated briefing x50", parse_date("2022-02-10"), 0, 0, 0, ()
    )
    row = replace(LibraryRow.of(summary), reading=reading)
    title = render_row(row, width)[0].plain
    assert title.endswith(" " + side) and len(title) == width
    shown = title.removesuffix(" " + side).rstrip()
    assert shown.startswith("Generated") and "·" not in shown and "never" not in shown
    assert len(shown) >= min(len("Generated briefing x50"), width // 2 - 2)  # about half


@pytest.mark.parametrize("opens", [True, False])
def test_a_folder_named_over_two_lines_is_shown_on_one(opens: bool) -> None:
    """A new user's trial: a folder `new<LF>line` cut its row's second line short."""
    from briefing.records.codes import Severity
    from briefing.records.problems import Problem

    error = Problem("x/briefing.yaml", 3, 1, Severity.ERROR, "bad-enum", "no")
    summary = TaggedSummary(
        "new\nline", "new\nline", "brief-1", None, parse_date("2022-02-10"), 3, 1, 2,
        () if opens else (error,), tags=("ukraine",),
    )  # fmt: skip
    if not opens:
        summary = BriefingSummary("new\nline", "new\nline", None, None, None, 0, 0, 0, (error,))
    lines = render_row(LibraryRow.of(summary), 120)
    assert all("\n" not in line.plain for line in lines)
    assert "new␊line" in lines[0].plain and "new␊line" in lines[1].plain
    if opens:
        assert "#ukraine" in lines[1].plain  # what followed the name is there


def test_a_folder_name_that_is_not_utf8_is_shown_as_check_names_it() -> None:
    """`check` and `list` show the byte as `\\xe9` (their hint says so); the
    library showed `caf�`."""
    from briefing.records.codes import Severity
    from briefing.records.problems import Problem

    name = os.fsdecode(b"caf\xe9")
    error = Problem(f"{name}/briefing.yaml", 1, 1, Severity.ERROR, "name-not-utf8", "no")
    summary = BriefingSummary(name, name, None, None, None, 0, 0, 0, (error,))
    title, details = (line.plain for line in render_row(LibraryRow.of(summary), 120))
    assert title == "✗ caf\\xe9" and details.endswith("· caf\\xe9")


def test_tags_are_found_by_the_filter() -> None:
    from briefing.screens.library_rows import matching

    summary = TaggedSummary(
        "f", "f", "brief-1", "Talks", parse_date("2022-02-10"), 0, 0, 0, (), tags=("Łódź",)
    )
    assert matching([LibraryRow.of(summary)], "lodz") != []


async def test_a_reading_status_come_as_the_library_is_taken_down_is_let_go(
    tmp_path: Path,
) -> None:
    """What is new in each briefing is worked out in a worker; its answer, come
    as the reader ended and the library's widgets went, asked for the list and
    ended the reader with a crash report (a test's flake)."""
    app = reader(write_library(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await screen.query_one("#library-list").remove()  # as the reader ends
        screen.show_reading_status({row.summary.id or "": "3 new" for row in screen.rows})
        await pilot.pause()
    assert app.return_code in (None, 0)


@pytest.mark.parametrize(
    ("title", "typed"),
    [
        ("Biden’s call with Putin", "biden's"),
        ("A vote of 9–2", "9-2"),
        ("各方应保持冷静克制", "冷静"),
    ],
)
def test_the_library_s_filter_finds_what_the_panes_filter_finds(title: str, typed: str) -> None:
    """The library kept a copy of the filter of its own, without the panes'
    apostrophes, dashes and Chinese runs: `biden's` found no "Biden’s" (a review)."""
    from briefing.screens.library_rows import matching

    summary = TaggedSummary("f", "f", "brief-1", title, parse_date("2022-02-10"), 0, 0, 0, ())
    assert matching([LibraryRow.of(summary)], typed) != []
    assert matching([LibraryRow.of(summary)], typed + "zzz") == []


async def test_down_from_the_librarys_filter_box_goes_to_the_list(tmp_path: Path) -> None:
    app = reader(write_briefings(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await pilot.press("slash", *"talks", "down")
        await pilot.pause()
        assert app.focused is screen.listing
        assert screen.filter_box.value == "talks"
