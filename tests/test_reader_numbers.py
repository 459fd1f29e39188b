"""Numbers in the reader as a numbers desk types them: `/` and Find (f).

A fact-checker's trial on an earnings story: `/2%` listed "Quotes (10 of
11)", each row by the 2 of its date's "2025" (the `%` ignored), `/1` all 11,
`/€` every row with nothing said, and Find lit the 2 of "1.2%" as a hit for
`2%`. The rule (briefing.records.numbers) is unit-tested in test_numbers.py;
here, what a user sees.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_folder
from reader_helpers import SIZE, reader, settle
from test_reader_filter import listed, title, underlined
from textual.app import App
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from briefing.screens.pane import FilterInput
from briefing.screens.search import SearchScreen

BRIEFING = """\
briefing:
  id: nordfjord-earnings
  title: Nordfjord Energy's third quarter
  as_of: 2025-09-12
  language: en
  summary: >-
    Nordfjord Energy reported a rise in margins and set aside NOK 40 billion
    for its wind farms.

sources:
  - id: wire
    title: Nordfjord lifts margin, sets aside NOK 40 billion
    outlet: Example Wire
    published: 2025-09-11
    text: sources/wire.txt

actors:
  - id: hansen
    name: Ingrid Hansen
    kind: person
    role: Chief financial officer
  - id: okafor
    name: Daniel Okafor
    kind: person
    role: Analyst
  - id: macron
    name: Emmanuel Macron
    kind: person
    role: President of France
  - id: obrien
    name: Siobhan O'Brien
    kind: person
    role: Chair of the board
  - id: li
    name: 李明
    kind: person
    role: Buyer

events:
  - id: results
    title: Third-quarter results published
    when: 2025-09-11
    sources: [wire]
"""
QUOTES = """\
quotes:
  - id: hansen-margin
    text: Our margin went from 1.2% to 1.4%, and revenue reached $4.2bn
    speaker: hansen
    source: wire
    said: 2025-09-11
  - id: hansen-nok
    text: We are putting NOK 40 billion aside for the wind farms
    speaker: hansen
    source: wire
    said: 2025-09-11
  - id: hansen-two-percent
    text: about 2 % of our assets
    speaker: hansen
    source: wire
    said: 2025-09-11
  - id: hansen-charge
    text: A $95m charge for the old platform is behind us
    speaker: hansen
    source: wire
    said: 2025-09-11
  - id: okafor-costs
    text: Costs fell 2 percent, not the 12% some expected
    speaker: okafor
    source: wire
    said: 2025-09-11
  - id: okafor-inflation
    text: Inflation near 2% makes this a fair result
    speaker: okafor
    source: wire
    said: 2025-09-11
  - id: obrien-plan
    text: The board backs the plan for 2025 and 2026
    speaker: obrien
    source: wire
    said: 2025-09-11
  - id: macron-wind
    text: Europe needs this wind, 25 years after it first talked of it
    speaker: macron
    source: wire
    said: 2025-09-11
  - id: li-power
    text: 我们将在2025年购买更多电力
    speaker: li
    source: wire
    said: 2025-09-11
  - id: hansen-crowns
    text: Our wind farms earned 20 million crowns
    speaker: hansen
    source: wire
    said: 2025-09-11
  - id: hansen-twenty
    text: Our wind farms earned 20 million crowns
    speaker: hansen
    source: wire
    said: 2025-09-12
    occurrence: 1
"""
WIRE = (
    "OSLO, 11 Sep 2025 — Nordfjord Energy said on Thursday its operating margin rose "
    "from 1.2% to 1.4% in the third quarter, on revenue of $4.2bn.\n\n"
    '"Our margin went from 1.2% to 1.4%, and revenue reached $4.2bn," chief financial '
    "officer Ingrid Hansen said.\n\n"
    '"We are putting NOK 40 billion aside for the wind farms," Hansen said, '
    '"about 2 % of our assets."\n\n'
    '"A $95m charge for the old platform is behind us," she added.\n\n'
    'Analyst Daniel Okafor said: "Costs fell 2 percent, not the 12% some expected."\n\n'
    '"Inflation near 2% makes this a fair result," Okafor said.\n\n'
    "Siobhan O'Brien, the board's chair, said: \"The board backs the plan for 2025 and 2026.\"\n\n"
    'Emmanuel Macron, visiting Oslo, said: "Europe needs this wind, 25 years after it '
    'first talked of it."\n\n'
    'The buyer 李明 said: "我们将在2025年购买更多电力。"\n\n'
    "Hansen said the plant ran at 2 °C above its design temperature, a 0.5 point loss.\n\n"
    '"Our wind farms earned 20 million crowns," Hansen said.\n'
)
EARNINGS = {"briefing.yaml": BRIEFING, "quotes.yaml": QUOTES, "sources/wire.txt": WIRE}


@pytest.fixture
def earnings(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "content" / "earnings", EARNINGS)


async def _filter_quotes(pilot: Pilot[None], typed: str) -> None:
    """The quotes pane's `/` filter holding `typed` (set whole: Pilot has no key for `€`)."""
    app = pilot.app
    if app.screen.query("#quotes FilterInput"):
        await pilot.press("escape")
    else:
        await pilot.press("tab", "tab")
    await pilot.press("slash")
    app.screen.query_one("#quotes FilterInput", FilterInput).value = typed
    await app.workers.wait_for_complete()
    await pilot.pause()


def _rows(app: App[None]) -> tuple[str, list[str], list[str]]:
    quotes = listed(app, "quotes")
    return title(app, "quotes"), quotes.ids, underlined(quotes, range(quotes.size.height))


async def test_the_quotes_filter_finds_numbers_whole_with_their_signs(earnings: Path) -> None:
    app = reader(earnings.parent, earnings.parent.parent, "nordfjord-earnings")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _filter_quotes(pilot, "2%")  # not by the date's 2025, nor "1.2%", nor 2 percent
        assert _rows(app) == (
            "Quotes (2 of 11)",
            ["hansen-two-percent", "okafor-inflation"],
            ["2 %", "2%"],
        )
        await _filter_quotes(pilot, "1.2")
        assert _rows(app) == ("Quotes (1 of 11)", ["hansen-margin"], ["1.2"])
        await _filter_quotes(pilot, "$4.2bn")
        assert _rows(app) == ("Quotes (1 of 11)", ["hansen-margin"], ["$4.2bn"])
        await _filter_quotes(pilot, "2")  # a number whole: "2 %", "2 percent", "2%"
        assert _rows(app)[:2] == (
            "Quotes (3 of 11)",
            ["hansen-two-percent", "okafor-costs", "okafor-inflation"],
        )
        await _filter_quotes(pilot, "1")  # no "11 Sep", no 1.2
        assert _rows(app)[0] == "Quotes (0 of 11)"
        await _filter_quotes(pilot, "20")  # twenties alone: not 2025
        assert _rows(app)[:2] == ("Quotes (2 of 11)", ["hansen-crowns", "hansen-twenty"])
        await _filter_quotes(pilot, "2025")  # every row's date, as before
        shown, _, marked = _rows(app)
        assert shown == "Quotes (11)" and "2025" in marked


async def test_the_sound_cases_stay_as_they_were(earnings: Path) -> None:
    app = reader(earnings.parent, earnings.parent.parent, "nordfjord-earnings")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _filter_quotes(pilot, "mac")
        assert _rows(app) == ("Quotes (1 of 11)", ["macron-wind"], ["Mac"])
        await _filter_quotes(pilot, "o'brien")
        assert _rows(app) == ("Quotes (1 of 11)", ["obrien-plan"], ["O'Brien"])
        await _filter_quotes(pilot, "购买")  # Chinese: each character a word, a run a phrase
        assert _rows(app) == ("Quotes (1 of 11)", ["li-power"], ["购买"])
        await _filter_quotes(pilot, "nok 40")
        assert _rows(app) == ("Quotes (1 of 11)", ["hansen-nok"], ["NOK", "40"])


async def test_a_sign_alone_is_said_to_hold_no_word(earnings: Path) -> None:
    """`/€` listed every quote, the filter silently matching everything."""
    app = reader(earnings.parent, earnings.parent.parent, "nordfjord-earnings")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _filter_quotes(pilot, "€")
        quotes = listed(app, "quotes")
        assert title(app, "quotes") == "Quotes (0 of 11)"
        said = "".join(segment.text for y in range(4) for segment in quotes.render_line(y))
        assert "'€' holds no word to look for" in said


async def _find(pilot: Pilot[None], typed: str) -> list[tuple[str, list[str]]]:
    """Find's rows for `typed`: each row's text, with what it lights."""
    if not isinstance(pilot.app.screen, SearchScreen):
        await pilot.press("f")
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    screen.query_one(Input).value = typed
    await pilot.pause(0.3)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    results = screen.query_one(OptionList)
    rows = []
    for n in range(results.option_count):
        prompt = results.get_option_at_index(n).prompt
        assert isinstance(prompt, Content)
        lit = [prompt.plain[s.start : s.end] for s in prompt.spans if "reverse" in str(s.style)]
        rows.append((prompt.plain, lit))
    return rows


async def test_find_lights_the_number_with_its_sign(earnings: Path) -> None:
    app = reader(earnings.parent, earnings.parent.parent, "nordfjord-earnings")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = await _find(pilot, "2%")  # not the 2 of "1.2%", nor "2 percent"
        assert [row[0] for row in rows[:3]] == [
            "Quotes (2)",
            "Ingrid Hansen: “about 2 % of our assets”  · hansen-two-percent",
            "Daniel Okafor: “Inflation near 2% makes this a fair result”  · okafor-inflation",
        ]
        assert [lit for _, lit in rows if lit] == [["2 %"], ["2%"], ["2 %"], ["2%"]]
        rows = await _find(pilot, "1.2")
        assert rows[0][0] == "Quotes (1)" and "hansen-margin" in rows[1][0]
        assert [lit for _, lit in rows if lit] == [["1.2"], ["1.2"], ["1.2"]]
        rows = await _find(pilot, "$95m")
        assert rows[0][0] == "Quotes (1)" and "hansen-charge" in rows[1][0]
        assert [lit for _, lit in rows if lit] == [["$95m"], ["$95m"]]
        rows = await _find(pilot, "mac")  # letters: a word's start, as ever
        assert ("Emmanuel Macron  · macron", ["Macron"]) in rows
