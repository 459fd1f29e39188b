"""One actor followed across the library: by a shared same_as URI, or the same id and name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import BASE_FILES, CONTENT, briefing_files, write_folder
from reader_helpers import SIZE, reader, settle
from textual.content import Content
from textual.widgets import OptionList

from briefing import cli
from briefing.index.across import elsewhere, groups, named
from briefing.index.rows import ActorAppearance
from briefing.index.store import open_index
from briefing.records.refs import Kind, RecordRef
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.elsewhere import ElsewhereScreen
from briefing.screens.footer import KeysFooter

WIKIDATA = "https://www.wikidata.org/wiki/Q7"


def briefing(ident: str, as_of: str, actor: str) -> dict[str, str | bytes | None]:
    """The base briefing under another id and date, its actor `a` replaced by `actor`."""
    text = (
        str(BASE_FILES["briefing.yaml"])
        .replace("id: b\n", f"id: {ident}\n", 1)
        .replace("as_of: 2022-02-10", f"as_of: {as_of}")
        .replace("  - id: a\n    name: A\n    kind: person\n", actor)
        .replace("speaker: a", "speaker: " + actor.split("id: ")[1].split("\n")[0])
        .replace("    when: 2022-02-10\n", "    when: 2022-02-10\n    actors: ["
                 + actor.split("id: ")[1].split("\n")[0] + "]\n")
    )  # fmt: skip
    return briefing_files(**{"briefing.yaml": text})


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """Three briefings: Truss under two ids sharing a Wikidata URI, and by id and name."""
    root = tmp_path / "library"
    write_folder(
        root / "one",
        briefing(
            "one",
            "2022-02-10",
            "  - id: liz-truss\n    name: Liz Truss\n    kind: person\n"
            f"    same_as: [{WIKIDATA}]\n",
        ),
    )
    write_folder(
        root / "two",
        briefing(
            "two",
            "2022-03-01",
            "  - id: truss\n    name: Elizabeth Truss\n    kind: person\n"
            f"    same_as: [{WIKIDATA}]\n",
        ),
    )
    write_folder(
        root / "three",
        briefing(
            "three", "2022-01-05", "  - id: liz-truss\n    name: Liz Truss\n    kind: person\n"
        ),
    )
    write_folder(
        root / "four",
        briefing("four", "2022-01-01", "  - id: other\n    name: Someone Else\n    kind: person\n"),
    )
    return root  # fmt: skip


def test_the_same_actor_is_found_in_the_other_briefings(library: Path, tmp_path: Path) -> None:
    index = open_index(library, tmp_path / "index.json")
    others = elsewhere(index.appearances(), "one", "liz-truss")
    assert sorted((a.briefing_id, a.actor_id) for a in others) == [
        ("three", "liz-truss"),  # the same id and name
        ("two", "truss"),  # the same Wikidata entity under another id
    ]
    assert elsewhere(index.appearances(), "four", "other") == []


def test_two_actors_who_say_who_they_are_differently_are_two() -> None:
    a = ActorAppearance("x", "john-smith", "John Smith", ("https://example.org/1",))
    b = ActorAppearance("y", "john-smith", "John Smith", ("https://example.org/2",))
    c = ActorAppearance("z", "john-smith", "John Smith", ())
    grouped = groups([a, b, c])
    assert b not in grouped[("x", "john-smith")]
    assert c in grouped[("x", "john-smith")]  # no URI of its own: id and name say the same


def test_list_actor_names_each_briefing_newest_first_with_words_and_deeds(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = str(tmp_path / "index.json")
    status = cli.main(["list", str(library), "--index", index, "--actor", "Liz Truss"])
    out = capsys.readouterr().out
    assert status == 0
    heads = [line.split("  ")[0] for line in out.splitlines() if not line.startswith(" ")]
    assert heads == ["two", "one", "three"]  # 1 Mar, 10 Feb, 5 Jan
    assert "Elizabeth Truss: 1 event, 1 quote" in out  # as the reader orders them
    assert "  quote  undated  “hello world”" in out
    assert "  event  10 Feb 2022  E" in out
    assert [a.briefing_id for a in named(open_index(library, Path(index)).appearances(),
                                         "liz-truss")] == ["one", "three", "two"]  # fmt: skip


def test_list_actor_cuts_a_long_quote_with_the_readers_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`“… withdraw its …”`: the cut read as the author's elision (an analyst's trial)."""
    index = str(tmp_path / "index.json")
    assert cli.main(["list", str(CONTENT), "--index", index, "--actor", "liz-truss"]) == 0
    quotes = [line for line in capsys.readouterr().out.splitlines() if "  quote  " in line]
    assert any(line.endswith("withdraw its▸”") for line in quotes)
    assert not any("…" in line for line in quotes)


def test_list_actor_with_no_such_actor_suggests_one(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.main(
        ["list", str(library), "--index", str(tmp_path / "i.json"), "--actor", "Lizz Truss"]
    )
    assert status == 2
    assert "did you mean 'Liz Truss'?" in capsys.readouterr().err


async def test_b_lists_the_other_briefings_and_enter_opens_one_narrowed_to_the_actor(
    library: Path, tmp_path: Path
) -> None:
    app = reader(library, tmp_path, briefing_id="one")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen) and app.screen.briefing.id == "one"
        await pilot.press("b")  # the actor under the cursor: Liz Truss
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ElsewhereScreen)
        assert [a.briefing_id for a in screen.appearances] == ["two", "three"]  # newest first
        assert screen.appearances[0].name == "Elizabeth Truss"
        assert [q.text for q in screen.appearances[0].quotes] == ["hello world"]
        shown = {
            k: key.description
            for key in screen.query_one(KeysFooter).shown_keys()
            for k, _ in key.keys
        }
        assert shown.get("enter") == "Open there"  # the list's own Enter hid it
        await pilot.press("enter")
        await settle(pilot)
        there = app.screen
        assert isinstance(there, BriefingScreen) and there.briefing.id == "two"
        assert there.state.record_filter == RecordRef(Kind.ACTOR, "truss")
        await pilot.press("backspace", "backspace")  # its thread, then the briefing it came from
        assert isinstance(app.screen, BriefingScreen) and app.screen.briefing.id == "one"


async def test_an_actor_in_no_other_briefing_says_so(library: Path, tmp_path: Path) -> None:
    app = reader(library, tmp_path, briefing_id="four")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, ElsewhereScreen) and app.screen.appearances == []
        note = str(app.screen.query_one("#elsewhere-note").render())
        assert "No other briefing" in note
        footer = [key.description for key in app.screen.query_one(KeysFooter).shown_keys()]
        # nothing there to open: the hidden list's own "⏎ Open" was offered (a trial)
        assert "Back" in footer and not [d for d in footer if d.startswith("Open")]


async def test_a_briefing_opened_on_its_own_says_it_has_no_others_to_look_in(
    library: Path, tmp_path: Path
) -> None:
    """`briefing open library/one`, then b: "No other briefing of this library"
    read as if the briefings beside it had been looked through (an author's trial)."""
    app = reader(library / "one", tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, ElsewhereScreen) and app.screen.appearances == []
        note = str(app.screen.query_one("#elsewhere-note").render())
        assert note.startswith("This briefing was opened on its own")
        assert f"(briefing open {library})" in note.replace("\n", " ")


def test_list_actor_dates_a_quote_by_its_event_as_the_reader_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A quote with no date of its own was "undated", though tied to a dated
    event, which the reader orders it by (a new user's trial)."""
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    tied = base.replace("    source: s\n", "    source: s\n    event: e\n", 1)
    write_folder(tmp_path / "content" / "b", briefing_files(**{"briefing.yaml": tied}))
    index = str(tmp_path / "index.json")
    assert cli.main(["list", str(tmp_path / "content"), "--index", index, "--actor", "A"]) == 0
    assert "  quote  10 Feb 2022  “hello world”" in capsys.readouterr().out


async def test_a_long_line_is_cut_to_the_list_never_wrapped_to_its_edge(
    library: Path, tmp_path: Path
) -> None:
    """A new user's trial: a long quote wrapped, its second line at the left
    edge under nothing. Each line is cut to the width, with the cut mark."""
    two = library / "two" / "briefing.yaml"
    long_title = "The foreign secretaries meet again " * 6
    two.write_text(two.read_text(encoding="utf-8").replace("title: E\n", f"title: {long_title}\n"))
    app = reader(library, tmp_path, briefing_id="one")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        listing = app.screen.query_one("#elsewhere-list", OptionList)
        width = listing.scrollable_content_region.width
        prompts = [listing.get_option_at_index(n).prompt for n in range(listing.option_count)]
        lines = [line for prompt in prompts for line in Content.from_text(prompt).split("\n")]
        assert any(line.plain.rstrip().endswith("▸") for line in lines)  # the long title, cut
        assert all(line.cell_length <= width for line in lines)


async def test_a_quote_is_dated_by_its_event_there_as_on_the_command_line(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`briefing list --actor` dated a quote without `said` by its event, the
    reader's b said "undated" (an author's trial)."""
    two = library / "two" / "briefing.yaml"
    two.write_text(
        two.read_text(encoding="utf-8").replace("    source: s\n", "    source: s\n    event: e\n")
    )
    index = str(tmp_path / "i.json")
    assert cli.main(["list", str(library), "--index", index, "--actor", "Elizabeth Truss"]) == 0
    assert "  quote  10 Feb 2022  “hello world”" in capsys.readouterr().out
    app = reader(library, tmp_path, briefing_id="one")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ElsewhereScreen)
        assert screen.appearances[0].quotes_said == ("10 Feb 2022",)
        listing = screen.query_one("#elsewhere-list", OptionList)
        assert "10 Feb 2022 · “hello world”" in str(listing.get_option_at_index(0).prompt)


@pytest.fixture
def aliased(tmp_path: Path) -> Path:
    """Liz Truss, also called Truss; Russia, whose id `russia` is near `Truss`;
    and a briefing with one actor named Truss and another so aliased."""
    root = tmp_path / "aliased"
    write_folder(
        root / "one",
        briefing(
            "one",
            "2022-02-10",
            "  - id: liz-truss\n    name: Liz Truss\n    kind: person\n    aliases: [Truss]\n",
        ),
    )
    write_folder(
        root / "two",
        briefing("two", "2022-02-11", "  - id: russia\n    name: Russia\n    kind: state\n"),
    )
    write_folder(
        root / "three",
        briefing(
            "three",
            "2022-01-05",
            "  - id: truss-dog\n    name: Truss\n    kind: person\n"
            "  - id: liz\n    name: Liz\n    kind: person\n    aliases: [Trüss]\n",
        ),
    )
    return root


@pytest.mark.parametrize("typed", ["Truss", "truss", "TRUSS", " trüss "])
def test_list_actor_finds_an_actor_by_an_alias_as_by_a_name(
    typed: str, aliased: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`briefing list --actor Truss` answered "no actor with the id or name
    'Truss' in any briefing; did you mean 'russia'?" though Truss is one of Liz
    Truss's aliases (a new user's trial). In a briefing where one actor is
    named Truss and another aliased so, the one named is listed."""
    index = str(tmp_path / "i.json")
    assert cli.main(["list", str(aliased), "--index", index, "--actor", typed]) == 0
    out = capsys.readouterr().out
    heads = [line.split("  ")[0] for line in out.splitlines() if not line.startswith(" ")]
    assert heads == ["one", "three"]  # 10 Feb, 5 Jan
    assert "(as of 10 Feb 2022)  Liz Truss: 1 event, 1 quote" in out
    assert "(as of 5 Jan 2022)  Truss: 1 event, 1 quote" in out


def test_list_actor_suggests_the_nearest_name_or_alias_not_only_ids(
    aliased: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hint compared the typed text to ids and names as written, so `Truss`
    was nearer `russia` than `Liz Truss`; the alias itself was never offered."""
    shutil.rmtree(aliased / "three")  # Truss is only Liz Truss's alias now
    index = str(tmp_path / "i.json")
    # (`Trus`, the start of a word of the name, finds her now: a typo does not)
    assert cli.main(["list", str(aliased), "--index", index, "--actor", "Truz"]) == 2
    assert capsys.readouterr().err == (
        "briefing: no actor with the id, name or alias 'Truz' in any briefing; "
        "did you mean 'Truss'?\n"
    )
    assert cli.main(["list", str(aliased), "--index", index, "--actor", "lizz truss"]) == 2
    assert "did you mean 'Liz Truss'?" in capsys.readouterr().err
    # one word of the name mistyped: offered nothing, the whole name being far
    assert cli.main(["list", str(aliased), "--index", index, "--actor", "lizz"]) == 2
    assert "did you mean 'Liz Truss'?" in capsys.readouterr().err
    assert cli.main(["list", str(aliased), "--index", index, "--actor", "qqqq"]) == 2
    assert "did you mean" not in capsys.readouterr().err


def test_list_actor_links_same_as_uris_that_differ_in_scheme_or_host_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`HTTPS://WWW.WIKIDATA.ORG/...` and Wikidata's own `http://` concept URI
    linked no one, compared byte for byte (an audit): the scheme and host are
    case-insensitive, and http is https for the same entity."""
    root = tmp_path / "library"
    for ident, as_of, actor, uri in [
        ("one", "2022-02-10", "putin", "HTTPS://WWW.WIKIDATA.ORG/entity/Q7747"),
        ("two", "2022-02-11", "vvp", "http://www.wikidata.org/entity/Q7747"),
        ("three", "2022-02-12", "vp", "https://www.wikidata.org:443/entity/Q7747"),
        ("four", "2022-02-13", "other", "https://www.wikidata.org/entity/q7747"),  # a path's case
    ]:
        actor_yaml = f"  - id: {actor}\n    name: {actor.upper()}\n    kind: person\n"
        write_folder(root / ident, briefing(ident, as_of, actor_yaml + f"    same_as: [{uri}]\n"))
    status = cli.main(["list", str(root), "--index", str(tmp_path / "i.json"), "--actor", "putin"])
    out = capsys.readouterr().out
    assert status == 0
    heads = [line.split("  ")[0] for line in out.splitlines() if not line.startswith(" ")]
    assert heads == ["three", "two", "one"]


def test_the_same_as_key_leaves_the_path_query_and_fragment_as_written() -> None:
    a = ActorAppearance("x", "a", "A", ("http://Example.ORG:80/Path?Q=1#F",))
    b = ActorAppearance("y", "b", "B", ("https://example.org/Path?Q=1#F",))
    c = ActorAppearance("z", "c", "C", ("https://example.org/path?Q=1#F",))
    grouped = groups([a, b, c])
    assert b in grouped[("x", "a")] and c not in grouped[("x", "a")]


def test_list_actor_says_whose_words_it_only_relayed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Putin's words, relayed by Macron, were listed under Macron as if his own,
    and counted with his (an author's trial)."""
    index = str(tmp_path / "index.json")
    assert cli.main(["list", "--index", index, "--actor", "macron"]) == 0
    out = capsys.readouterr().out
    assert "Emmanuel Macron: 5 events, 2 quotes (+1 relayed)" in out
    assert "“would not be the source of an escalation” — Vladimir Putin, relayed" in out
    assert "“firm dialogue”\n" in out  # his own, as they were


async def test_an_actor_s_filter_counts_its_words_and_those_it_relayed_apart(
    tmp_path: Path,
) -> None:
    """The row said "2 quotes (+1 relayed)", the filter's line "3 quotes"."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        screen.pane("actors").list_widget.move_to("emmanuel-macron")
        await pilot.press("enter")
        await settle(pilot)
        header = str(screen.query_one("#header").render())
        assert "Filtered by actor Emmanuel Macron — 5 events, 2 quotes (+1 relayed)" in header


@pytest.mark.parametrize("typed", ["liz", "TRUSS", "Liz T"])
def test_list_actor_finds_an_actor_by_words_of_the_name(
    typed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--actor okafor` found no Helen Okafor: only an alias made a surname work
    (an author's trial). Words that begin words of one actor's name find it."""
    index = str(tmp_path / "index.json")
    assert cli.main(["list", "--index", index, "--actor", typed]) == 0
    assert "  Liz Truss: 3 events, 2 quotes" in capsys.readouterr().out


def test_list_actor_by_words_of_several_names_lists_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = str(tmp_path / "index.json")
    assert cli.main(["list", "--index", index, "--actor", "foreign"]) == 2
    err = capsys.readouterr().err
    assert "'foreign' is in the names or aliases of 2 actors" in err
    assert "'Russian Foreign Ministry'" in err and "write more of the name, or the id" in err


async def test_a_quote_elsewhere_is_in_the_marks_of_its_own_briefings_language(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Truss's quote in a French briefing, listed from an English one (`b`) and
    by `briefing list --actor`: in French « », as that briefing shows it."""
    two = library / "two" / "briefing.yaml"
    two.write_text(
        two.read_text(encoding="utf-8").replace("  as_of:", "  language: fr\n  as_of:", 1)
    )
    french = "«\u00a0hello world\u00a0»"
    index = str(tmp_path / "i.json")
    assert cli.main(["list", str(library), "--index", index, "--actor", "Liz Truss"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"  quote  undated  {french}" in out  # two's
    assert "  quote  undated  “hello world”" in out  # one's and three's
    app = reader(library, tmp_path, briefing_id="one")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ElsewhereScreen)
        assert [a.briefing_id for a in screen.appearances] == ["two", "three"]
        listing = screen.query_one("#elsewhere-list", OptionList)
        rows = [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]
        # (a row cut to one line makes every space a plain one: it breaks nowhere)
        assert "undated · « hello world »" in rows[0] and "undated · “hello world”" in rows[1]


def test_list_actor_says_when_the_actors_named_are_different_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two actors of one id and name whose same_as differ are two people, as the
    index holds them elsewhere: listed as one with no word (a contract audit).
    The one whose same_as is shared, under another name, is the first of them."""
    root = tmp_path / "lib"
    for folder, actor_id, name, uri in [
        ("b1", "ann", "Ann Alpha", "https://www.wikidata.org/entity/Q42"),
        ("b2", "mayor", "Mayor A. Alpha", "HTTP://WWW.Wikidata.org/entity/Q42"),
        ("b3", "ann", "Ann Alpha", "https://www.wikidata.org/entity/Q99"),
    ]:
        actor = f"  - id: {actor_id}\n    name: {name}\n    kind: person\n    same_as: [{uri}]\n"
        write_folder(root / folder, briefing(folder, "2022-02-10", actor))
    index = str(tmp_path / "i.json")
    assert cli.main(["list", str(root), "--index", index, "--actor", "ann"]) == 0
    out, err = capsys.readouterr()
    assert [line.split("  ")[0] for line in out.splitlines() if not line.startswith(" ")] == [
        "b1",
        "b2",
        "b3",
    ]
    assert err == (
        "briefing: note: 'ann' names 2 different actors (their same_as, or their ids and "
        "names, differ): one in b1, b2; another in b3\n"
    )
    assert cli.main(["list", str(root), "--index", index, "--actor", "mayor"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("typed", "offered"),
    [("defence", "Defense"), ("presidnt", "President"), ("putn", "Putin"), ("lizz", "Liz Truss")],
)
def test_list_actor_offers_the_likest_name_or_word(
    typed: str, offered: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A weak likeness to a whole name hid a strong one to a word (`defence`
    offered 'France'), and a word of several names offered the first of them
    (`presidnt`: 'President Macron'): a review. The likest is offered, and a
    word of several names is offered itself, which lists them."""
    index = str(tmp_path / "i.json")
    assert cli.main(["list", str(CONTENT), "--index", index, "--actor", typed]) == 2
    assert f"did you mean {offered!r}?" in capsys.readouterr().err
