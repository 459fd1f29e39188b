"""Copy a quote or an event with its citation; open its source (issue 13.7)."""

from __future__ import annotations

import webbrowser
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import CONTENT, REPO
from reader_helpers import SIZE, reader, settle, toasts, until
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from briefing.files.config import CONFIG_DIR_ENV
from briefing.present.citation import found_in_text, web_address
from briefing.present.quotes import COUNTED_IN_UP_TO
from briefing.records.anchor_results import Span
from briefing.records.model import Quote, Source
from briefing.screens.details import DetailsScreen
from briefing.screens.footer import KeysFooter, ShownKey
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.record_list import RecordList
from briefing.screens.sharing import open_source

EXAMPLE = REPO / "docs" / "example"


async def choose(app: App[None], pilot: Pilot[None], pane: str, record_id: str) -> None:
    tabs = {"actors": 0, "chronology": 1, "quotes": 2}[pane]
    await pilot.press(*["tab"] * tabs)
    assert app.screen.query_one(f"#{pane}-list", RecordList).move_to(record_id)


async def test_c_in_the_viewer_copies_the_quote_with_its_citation(tmp_path: Path) -> None:
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await choose(app, pilot, "quotes", "duarte-reopen")
        await pilot.press("enter", "c")
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        assert app.clipboard == (
            "“We will reopen [the bridge] as soon as the repairs are done, and not a day later”\n"
            "— Ana Duarte, Mayor of Riverside, remarks, 10 Feb 2026\n"
            'Note: The article says "she added".\n'
            "Source: Riverside closes its old bridge for repairs. Riverside Gazette, "
            "11 Feb 2026, credits: Riverside Gazette newsroom. "
            "https://example.org/riverside/bridge\n"
            "Found in paragraph 6 of the source's text (line 6 of sources/gazette.txt)"
        )
        assert "Sent the quote with its citation to the terminal's clipboard" in toasts(app)


async def test_the_copy_of_a_quote_keeps_the_briefings_note_on_it(tmp_path: Path) -> None:
    """The note that the article does not date these words was in the Markdown
    export and lost from the copy (a desk editor's trial)."""
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await choose(app, pilot, "quotes", "truss-any-incursion")
        await pilot.press("c")
        await pilot.pause()
        copied = app.clipboard.splitlines()
        assert copied[2] == (
            'Note: The article says only "she added", after quoting her tweet of late '
            "February 9: not whether these words were in it."
        )
        assert copied[3].startswith("Source: ")


def footer_key(app: App[None], description: str) -> ShownKey | None:
    """The footer's key described so, as it is drawn now (None: not drawn)."""
    shown = app.screen.query_one(KeysFooter).shown_keys()
    return next((key for key in shown if key.description == description), None)


async def test_o_in_the_viewer_says_the_source_has_no_address(tmp_path: Path) -> None:
    """`o` did nothing and said nothing for a source with no address, though
    `?` and the README list it (a new user's trial). The footer shows it dimmed
    there; pressed, it says why, and what `c` copies instead."""
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await choose(app, pilot, "quotes", "council-notice-closed")
        await pilot.press("enter")
        await pilot.pause()
        shown = footer_key(app, "Open")
        assert shown is not None and not shown.enabled
        await pilot.press("o")
        await pilot.pause()
        said = toasts(app)
        assert "“Notice of the council's decision on the Mill Street bridge” has no address" in said
        assert "c copies the quote with its citation" in said
        await pilot.press("p")  # the quote before it, from the gazette: an address
        await pilot.pause()
        shown = footer_key(app, "Open")
        assert shown is not None and shown.enabled


async def test_o_in_an_events_details_says_its_sources_have_no_address(tmp_path: Path) -> None:
    """The details hid `o` for an event whose sources have no address, and `o`
    did nothing there, silently: dimmed, and pressed, it says why."""
    app = reader(None, tmp_path)  # the bundled briefing's source has no address
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("tab", "d")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        shown = footer_key(app, "Open source")
        assert shown is not None and not shown.enabled
        await pilot.press("o")
        await pilot.pause()
        said = toasts(app)
        assert "“Truss meets Lavrov in Moscow" in said and "has no address to open" in said
        assert "c copies the event with its citation" in said


async def test_a_remapped_o_still_says_the_source_has_no_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text('[keys]\n"viewer.open" = "O"\n"viewer.copy" = "y"\n')
    monkeypatch.setenv(CONFIG_DIR_ENV, str(config))
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await choose(app, pilot, "quotes", "council-notice-closed")
        await pilot.press("enter", "o")
        await pilot.pause()
        assert "has no address" not in toasts(app)  # o is no longer its key
        await pilot.press("O")
        await pilot.pause()
        assert "has no address to open; y copies the quote" in toasts(app)


@pytest.mark.parametrize("under_tmux", [True, False])
async def test_the_copy_notice_speaks_of_tmux_only_under_tmux(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, under_tmux: bool
) -> None:
    """A reader's trial: the notice said "under tmux it needs set-clipboard on"
    whatever the terminal."""
    if under_tmux:
        monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    else:
        monkeypatch.delenv("TMUX", raising=False)
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await choose(app, pilot, "quotes", "truss-any-incursion")
        await pilot.press("c")
        await pilot.pause()
        assert "terminal's clipboard (OSC 52" in toasts(app)
        assert ("set-clipboard on" in toasts(app)) is under_tmux


async def test_the_citation_names_the_sources_credits_as_the_viewer_does(
    tmp_path: Path,
) -> None:
    """The viewer named the credits (AFP, AP, Reuters); the copy left them out."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose(app, pilot, "quotes", "truss-any-incursion")
        await pilot.press("enter", "c")
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        source, found = app.clipboard.splitlines()[-2:]
        assert source.startswith("Source: Truss meets Lavrov in Moscow")
        assert source.endswith(". 10 Feb 2022, credits: AFP; AP; Reuters")
        # where to check the words, pasted where the reader is not (an analyst's trial)
        assert found == "Found in paragraph 8 of the source's text (line 21 of sources/article.txt)"


async def test_c_in_the_panes_copies_the_chosen_quote_or_event(tmp_path: Path) -> None:
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("c")  # on an actor: nothing to copy, nothing copied
        assert app.clipboard == ""
        await choose(app, pilot, "chronology", "vote")
        await pilot.press("c")
        assert app.clipboard.startswith("10 Feb 2026: The council votes to close the bridge")
        assert "With Riverside Council, Ana Duarte" in app.clipboard
        assert "- Notice of the council's decision on the Mill Street bridge." in app.clipboard
        await pilot.press("tab")
        app.screen.query_one("#quotes-list", RecordList).move_to("duarte-only-choice")
        await pilot.press("c")
        assert "— Ana Duarte, Mayor of Riverside, as relayed by Riverside Council" in (
            app.clipboard
        )


async def test_o_opens_the_sources_address_in_the_browser(
    tmp_path: Path, opened: list[str]
) -> None:
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await choose(app, pilot, "quotes", "duarte-reopen")
        await pilot.press("enter", "o")
        await app.workers.wait_for_complete()
        assert opened == ["https://example.org/riverside/bridge"]
        await pilot.press("escape")
        app.screen.query_one("#quotes-list", RecordList).move_to("council-notice-closed")
        await pilot.press("o")  # its source has no address
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert opened == ["https://example.org/riverside/bridge"]
        assert "has no address to open" in toasts(app)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "https://"]
)
async def test_only_web_addresses_are_opened(tmp_path: Path, opened: list[str], url: str) -> None:
    assert web_address(url) is None
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        open_source(app.screen, Source(id="s", title="T", url=url))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert opened == []
        assert "Not opened" in toasts(app)


async def said_when_the_votes_source_is_opened(tmp_path: Path) -> str:
    """The notices after `o` on the example's vote (its source has an address)."""
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await choose(app, pilot, "chronology", "vote")
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        return toasts(app)


async def test_a_browser_that_does_not_start_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_browser(url: str, *args: object, **kwargs: object) -> bool:
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", lambda *args: webbrowser.BackgroundBrowser("true"))
    monkeypatch.setattr(webbrowser, "open", no_browser)
    said = await said_when_the_votes_source_is_opened(tmp_path)
    assert "Not opened: no browser could be started" in said
    assert "https://example.org/riverside/bridge" in said and "Opened" not in said


async def test_a_browser_that_does_not_start_names_the_copy_key_as_the_keymap_has_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copy was said to be c whatever key the keymap gave it (a code review)."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text('[keys]\n"briefing.copy" = "y"\n')
    monkeypatch.setattr(webbrowser, "get", lambda *args: webbrowser.BackgroundBrowser("true"))
    monkeypatch.setattr(webbrowser, "open", lambda *args, **kwargs: False)
    said = await said_when_the_votes_source_is_opened(tmp_path)
    assert "y copies the citation, with the address" in said and "c copies" not in said


async def test_a_browser_that_would_run_in_the_terminal_is_not_started(
    tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where there is no display, Python's first choice is lynx or w3m: started
    in the reader's own terminal, it would draw over it and take its keys."""
    monkeypatch.setattr(webbrowser, "get", lambda *args: webbrowser.GenericBrowser("lynx"))
    said = await said_when_the_votes_source_is_opened(tmp_path)
    assert opened == []
    assert "Not opened: the only browser here runs in this terminal" in said


@pytest.fixture
def started_without_downloads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No Downloads folder, and the reader started in a folder of its own: that folder."""
    monkeypatch.setenv("XDG_DOWNLOAD_DIR", str(tmp_path / "no-downloads"))
    started = tmp_path / "work"
    started.mkdir()
    monkeypatch.chdir(started)
    return started


async def from_the_palette(pilot: Pilot[None], typed: str) -> None:
    """Run the palette's first command for `typed`, as a user does (Ctrl+P, Enter)."""
    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette), "the palette")
    await pilot.press(*typed)
    await until(pilot, lambda: pilot.app.screen.query_one(CommandList).option_count > 0, "hits")
    await pilot.press("enter")


async def test_a_screenshot_without_a_downloads_folder_is_saved_where_the_reader_started(
    tmp_path: Path, started_without_downloads: Path
) -> None:
    """The palette's screenshot goes to the Downloads folder; on a machine with
    none it only said it was not saved (a user's trial)."""
    started = started_without_downloads
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await from_the_palette(pilot, "screenshot")
        await until(pilot, lambda: "screenshot" in toasts(app), "the screenshot said")
        assert f"Saved the screenshot to {started}/" in toasts(app)  # in full
    assert [path.suffix for path in started.iterdir()] == [".svg"]
    assert not (tmp_path / "no-downloads").exists()


async def test_a_screenshot_where_the_reader_started_in_a_folder_since_removed_says_so(
    tmp_path: Path, started_without_downloads: Path
) -> None:
    """Without a Downloads folder the screenshot goes where the reader was
    started: a folder removed since raised a traceback out of the palette."""
    started = started_without_downloads
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        started.rmdir()
        await from_the_palette(pilot, "screenshot")
        await until(pilot, lambda: "screenshot" in toasts(app), "the screenshot said")
        assert "The screenshot was not saved: there is no Downloads folder" in toasts(app)


async def test_a_screenshot_is_said_saved_or_not_in_plain_words(tmp_path: Path) -> None:
    """Textual's notice held markup, which the reader shows as it is
    (`[$text-success]'…'`), and its failure did not say why (an author's trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        app.action_screenshot("shot.svg", str(tmp_path))
        await until(pilot, lambda: "Saved" in toasts(app), "the screenshot saved")
        assert (tmp_path / "shot.svg").is_file()
        assert "Saved the screenshot to " in toasts(app) and "[" not in toasts(app)
        app.action_screenshot("shot.svg", str(tmp_path / "no-such-folder"))
        await until(pilot, lambda: "not saved" in toasts(app), "the failure said")
        assert "The screenshot was not saved: No such file or directory" in toasts(app)


def test_the_copy_says_in_which_paragraphs_of_the_text_an_elided_quote_stands() -> None:
    text = "Headline\n\nFirst words here.\n\nMiddle, said Ana.\n\nLast words there.\n"
    start, end = text.index("Middle"), text.index("there") + len("there")
    span = Span(start, end, start, start + 17, 5, ((start, start + 6), (end - 5, end)))
    source = Source("s", "S", text_path="sources/s.txt", text=text)
    quote = Quote("q", "Middle … there", "a", "s", span=span)
    assert found_in_text(quote, source) == (
        "Found in paragraphs 3–4 of the source's text (line 5 of sources/s.txt)"
    )
    assert found_in_text(replace(quote, span=None), source) is None  # not placed: nothing said


def test_in_a_text_too_long_to_count_the_copy_says_the_line_alone() -> None:
    text = "x " * (COUNTED_IN_UP_TO // 2) + "\n\nThe words.\n"
    start = text.index("The words")
    span = Span(start, start + 9, start, start + 10, 3)
    quote = Quote("q", "The words", "a", "s", span=span)
    source = Source("s", "S", text_path="sources/long.txt", text=text)
    assert found_in_text(quote, source) == "Found on line 3 of the source's text (sources/long.txt)"
