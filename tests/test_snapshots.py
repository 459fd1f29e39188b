"""How the reader looks, pinned as SVG snapshots at 120×40 and 80×24.

Update them after a deliberate change with `pytest tests/test_snapshots.py
--snapshot-update`, and look at the new SVGs before committing them.
"""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from conftest import REPO
from reader_helpers import SIZE, SMALL, reader, settle, write_library
from textual.pilot import Pilot

SIZES = {"120x40": SIZE, "80x24": SMALL}
EXAMPLE = REPO / "docs" / "example"


def pressing(*keys: str, pauses: int = 1) -> Callable[[Pilot[None]], Awaitable[None]]:
    """What to do before a snapshot: wait for the reader, press `keys`, let it draw."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        for _ in range(pauses):
            await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_briefing_screen(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(reader(None, tmp_path), terminal_size=SIZES[size], run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_quote_viewer(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    open_second_quote = pressing("tab", "tab", "j", "enter")

    app = reader(None, tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=open_second_quote)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("tab", ["chronology", "quotes"])
def test_briefing_tab(snap_compare, tmp_path: Path, size: str, tab: str) -> None:  # type: ignore[no-untyped-def]
    """The actors tab is test_briefing_screen; at 120x40 every pane shows, the
    active one framed in the accent colour."""

    to_tab = pressing(*["tab"] * (1 if tab == "chronology" else 2))

    app = reader(None, tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=to_tab)


@pytest.mark.parametrize("size", SIZES)
def test_filtered_by_an_actor(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    """Enter on an actor: the header says what narrows the other panes, which
    keep their places (the lists with nothing to scroll show no bar)."""

    filter_by_first_actor = pressing("enter")

    app = reader(None, tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=filter_by_first_actor)


@pytest.mark.parametrize("size", SIZES)
def test_full_text(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    open_full_text = pressing("tab", "tab", "G", "enter", "f", pauses=2)

    app = reader(None, tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=open_full_text)


@pytest.mark.parametrize("size", SIZES)
def test_quote_with_an_elision(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    open_first_quote = pressing("tab", "tab", "enter")

    app = reader(EXAMPLE, tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=open_first_quote)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("record", ["actor", "event"])
def test_details(snap_compare, tmp_path: Path, size: str, record: str) -> None:  # type: ignore[no-untyped-def]
    """docs/example's mayor (role, affiliation, summary) and its vote (two sources)."""

    # the vote is the chronology's third row; the mayor is the first actor
    open_details = pressing(*(["tab", "j", "j"] if record == "event" else []), "d")

    app = reader(EXAMPLE, tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=open_details)


@pytest.mark.parametrize("size", SIZES)
def test_summary(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    open_summary = pressing("s")

    app = reader(None, tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=open_summary)


@pytest.mark.parametrize("size", SIZES)
def test_library_with_a_broken_briefing(snap_compare, in_tmp: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    app = reader(write_library(Path(".")), in_tmp)  # relative: the problems' paths are stable
    assert snap_compare(app, terminal_size=SIZES[size], run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_library_with_its_broken_briefing_chosen(snap_compare, in_tmp: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    """Its problems beside the list, or under it below 100 columns."""
    app = reader(write_library(Path(".")), in_tmp)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=pressing("j", pauses=2))


@pytest.mark.parametrize("size", SIZES)
def test_library_of_several_briefings(snap_compare, in_tmp: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    from test_library import write_briefings

    app = reader(write_briefings(Path(".")), in_tmp)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_quote_with_a_warning(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    """“we won” taken from “we won't”: the checker's warning above the source and the words."""
    from test_reader_quote_warnings import cut_and_sound

    open_first_quote = pressing("tab", "tab", "enter", pauses=2)

    app = reader(cut_and_sound(tmp_path), tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=open_first_quote)


def wrong_weekday_example(tmp_path: Path) -> Path:
    """docs/example with a date slip planted: the vote dated Wednesday 11 Feb
    2026, its when_text still the source's "on Tuesday evening"."""
    folder = tmp_path / "example"
    shutil.copytree(EXAMPLE, folder)
    events = folder / "events.yaml"
    written = events.read_text(encoding="utf-8")
    slip = written.replace(
        "when: 2026-02-10\n    when_text: on", "when: 2026-02-11\n    when_text: on"
    )
    assert slip != written
    events.write_text(slip, encoding="utf-8")
    return folder


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("shown", ["chronology", "details"])
def test_event_with_a_warning(snap_compare, tmp_path: Path, size: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    """The vote's row marked ⚠ beside "on Tuesday evening", and its details
    saying the checker's warning under its title (the vote: the third row)."""
    keys = ["tab"] if shown == "chronology" else ["tab", "j", "j", "d"]

    app = reader(wrong_weekday_example(tmp_path), tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=pressing(*keys))


def alike_and_late_example(tmp_path: Path) -> Path:
    """docs/example with two slips planted: a second Tomás Vidal, written
    without the accent, the same role and club; the Gazette's article dated
    two days after the briefing's as_of (12 Feb 2026)."""
    folder = tmp_path / "example"
    shutil.copytree(EXAMPLE, folder)
    actors = folder / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8")
        + "  - id: tomas-vidal-2\n    name: Tomas Vidal\n    kind: person\n"
        "    role: Chair of the Riverside Cyclists' Club\n    affiliations: [cyclists-club]\n",
        encoding="utf-8",
    )
    head = folder / "briefing.yaml"
    written = head.read_text(encoding="utf-8")
    slip = written.replace("    published: 2026-02-11\n", "    published: 2026-02-14\n", 1)
    assert slip != written
    head.write_text(slip, encoding="utf-8")
    return folder


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("shown", ["actors", "details", "summary"])
def test_actor_and_source_with_a_warning(
    snap_compare, tmp_path: Path, size: str, shown: str
) -> None:  # type: ignore[no-untyped-def]
    """The second Tomás Vidal's row marked ⚠ before its name, its details
    saying the checker's warning under its name (the third actor of the
    People), and the summary saying the Gazette's under its title."""
    keys = {"actors": [], "details": ["j", "j", "d"], "summary": ["s"]}[shown]

    app = reader(alike_and_late_example(tmp_path), tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=pressing(*keys))


def test_library_filtered(snap_compare, in_tmp: Path) -> None:  # type: ignore[no-untyped-def]
    from test_library import write_briefings

    filter_by_a_word = pressing("slash", "k", "r", "a")

    app = reader(write_briefings(Path(".")), in_tmp)
    assert snap_compare(app, terminal_size=SMALL, run_before=filter_by_a_word)


def test_key_panel(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    show_keys = pressing("question_mark", pauses=2)

    assert snap_compare(reader(None, tmp_path), terminal_size=SMALL, run_before=show_keys)


@pytest.mark.parametrize("size", SIZES)
def test_warnings_listed(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    """`!`: each warning under the record it is about, the briefing's own
    first, the cursor on the quote's (the last), where Enter goes."""
    from test_warned_records import warned_briefing

    to_the_quote = pressing("exclamation_mark", "G", pauses=3)

    app = reader(warned_briefing(tmp_path), tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=to_the_quote)


@pytest.mark.parametrize("size", SIZES)
def test_find(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    """Find's rows: a source passage's says its paragraph (¶N), under a line
    naming its source once for its run of passages; the list gone to its last
    row, so that at 80x24 the passages show too."""

    async def find_words(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("f", *"romania")
        await pilot.pause(0.3)  # past the typing's pause
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down", "end")
        await pilot.pause()

    app = reader(None, tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=find_words)
