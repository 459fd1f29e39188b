"""Rows of joined emoji, flags, accents, CJK and zero-width characters keep
every border in line, on a terminal that joins emoji and on one that does not.

A terminal draws a row in the cells it counts for the characters it gets,
and Textual places the border after the cells Rich counted. Terminals do not
agree on some sequences (measured in tmux 3.3a: 👨‍👩‍👧 is 2 cells, as in
Rich 15, but 6 in terminals that draw the parts, and in Rich 14; 👍🏽 is 4
cells, 2 in Rich; ❤️ is 1 cell, 2 in Rich 15), so each screen line is
measured both ways here, from an SVG screenshot, and must come out the same.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder
from reader_helpers import reader, screen_lines, settle
from rich.cells import cell_len, get_character_cell_size
from textual.command import CommandList

from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.quotes_pane import QuotesPane

FAMILY, THUMB, HEART = "👨\u200d👩\u200d👧", "👍🏽", "❤️"
ACCENTED = " ".join(["e\u0301" * 3] * 20)  # é é é…, each e with a combining accent
FLAGS = "🇺🇦" * 40
CJK = "中华人民共和国外交部发言人汪文斌在例行记者会上表示中方始终认为各方应该通过对话解决分歧"
ZERO_WIDTH = "zero\u200bwidth\u200bspaces\u200bbetween\u200bthe\u200bwords" * 2
NAMES = {
    "family": f"The {FAMILY} family {FAMILY * 12} {THUMB * 6} {HEART * 6}",
    "flags": f"{FLAGS} Ukraine",
    "accents": ACCENTED,
    "cjk": CJK,
    "zero": ZERO_WIDTH,
}
REGIONAL = "[\U0001f1e6-\U0001f1ff]"
MODIFIERS = range(0x1F3FB, 0x1F400)


def width_briefing(root: Path) -> Path:
    """A briefing whose every name, role, title, place and quote is one of NAMES."""
    yaml = [f'briefing: {{id: w, title: "{NAMES["family"]}", as_of: 2022-02-10}}',
            "sources: [{id: s, title: S, text: sources/s.txt}]"]  # fmt: skip
    yaml.append("actors:")
    for key, name in NAMES.items():
        yaml.append(f'  - {{id: {key}, name: "{name}", kind: person, role: "{name}"}}')
    yaml.append("events:")
    for key, name in NAMES.items():
        yaml.append(f'  - {{id: e-{key}, title: "{name}", when: 2022-02-10, sources: [s],'
                    f' actors: [{key}], place: "{name}"}}')  # fmt: skip
    yaml.append("quotes:")
    for key, name in NAMES.items():
        yaml.append(f'  - {{id: q-{key}, text: "{name}", speaker: {key}, source: s}}')
    source = "\n\n".join(f"They said {name}." for name in NAMES.values())
    files = briefing_files(**{"briefing.yaml": "\n".join(yaml) + "\n", "sources__s.txt": source})
    return write_folder(root / "w", files)


def drawn_apart(text: str) -> int:
    """Cells on a terminal that draws every code point on its own (no joining)."""
    return sum(2 if ord(c) in MODIFIERS else get_character_cell_size(c) for c in text)


def check_lines(lines: list[str], width: int, where: str) -> None:
    top = next(line for line in lines if "╭" in line or "┏" in line)  # ┏┓: the one with the keys
    corners = {drawn_apart(top[:i]) for i, c in enumerate(top) if c in "╭╮┏┓"}
    for line in lines:
        assert cell_len(line) <= width, f"{where}: {line!r}"
        assert drawn_apart(line) == cell_len(line), f"{where}: drawn differently: {line!r}"
        borders = {drawn_apart(line[:i]) for i, c in enumerate(line) if c in "│┃"}
        assert borders <= corners, f"{where}: a border out of line: {line!r}"
        flags = re.findall(f"{REGIONAL}+", line)
        assert all(len(run) % 2 == 0 for run in flags), f"{where}: a flag cut in half: {line!r}"
        assert not re.search("\u0301e(?!\u0301)", line), f"{where}: an accent cut off: {line!r}"


@pytest.mark.parametrize("size", [(120, 40), (121, 40), (80, 24), (81, 24)])
async def test_rows_keep_the_borders_in_line(tmp_path: Path, size: tuple[int, int]) -> None:
    app = reader(width_briefing(tmp_path), tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)
        for pane in ("actors", "chronology", "quotes"):  # below 100×30 one shows at a time
            check_lines(screen_lines(app.export_screenshot()), size[0], f"{size} {pane}")
            await pilot.press("tab")


async def test_a_quote_wraps_in_cells_and_skips_no_word(tmp_path: Path) -> None:
    """Wrapped by characters, a CJK line was twice the pane's width: the list cut
    it with an ellipsis, and the words up to the next line were never shown."""
    app = reader(width_briefing(tmp_path), tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        pane = screen.query_one(QuotesPane)
        for key in ("cjk", "accents", "flags"):
            first, second, _ = pane.render_row(screen.queries.quote(f"q-{key}"), 30)
            assert cell_len(first.plain) <= 30 and cell_len(second.plain) <= 30
            shown = first.plain + second.plain.removesuffix("▸")
            assert f"“{NAMES[key]}".replace(" ", "").startswith(shown.replace(" ", "")), key


async def test_the_palette_cuts_long_quotes_in_cells(tmp_path: Path) -> None:
    app = reader(width_briefing(tmp_path), tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Quote")
        await pilot.pause(0.5)
        commands = app.screen.query_one(CommandList)
        prompts = [
            str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)
        ]
        quoted = [p.split("“", 1)[1].split("”", 1)[0] for p in prompts if p.startswith("Quote:")]
        assert len(quoted) == len(NAMES)
        for words in quoted:
            assert cell_len(words) <= 70, words


async def test_a_title_of_joined_emoji_wraps_as_it_is_drawn(tmp_path: Path) -> None:
    """The chronology measured an event's title as written and drew it with each
    joined emoji as its parts: eight families measured 39 cells and took 71,
    so the row held it on one line and cut it (a code review); the title is read
    whole in the list, wrapped as an ASCII one as long is."""
    title = f"Family {' '.join([FAMILY] * 8)} reunited"  # 39 cells as written, drawn in 71
    files = briefing_files(
        **{
            "briefing.yaml": "briefing: {id: e, title: E, as_of: 2022-02-10}\n"
            "sources: [{id: s, title: S}]\n"
            "actors: [{id: a, name: A, kind: person}]\n"
            f'events: [{{id: e1, title: "{title}", when: 2022-02-10, sources: [s], actors: [a]}}]\n'
        }
    )
    app = reader(write_folder(tmp_path / "e", files), tmp_path)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        shown = "".join(screen_lines(app.export_screenshot()))
        assert "reunited" in shown
