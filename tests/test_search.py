"""Search: words and phrases, case and accents ignored, in records and source texts (issue 15.1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CONTENT, write_folder

from briefing import cli
from briefing.check.folder import check_folder
from briefing.index.words import WordIndex, word_table
from briefing.records.folding import Query
from briefing.records.words import SearchQuery

QUOTES_YAML = """\
quotes:
  - id: q
    text: "Any incursion would be a huge mistake"
    speaker: francois
    source: s
  - id: r
    text: >-
      We will keep talking
      and the drills of Allied Resolve end on time
    speaker: francois
    source: s
"""

BRIEFING_YAML = """\
briefing:
  id: accents
  title: Talks in Łódź
  as_of: 2022-02-10
sources:
  - id: s
    title: The wire
    text: sources/s.txt
actors:
  - id: francois
    name: François Müller
    kind: person
    summary: Said nothing about the mistakes.
events:
  - id: e
    title: Allied resolve begins
    when: 2022-02-10
    sources: [s]
    summary: |
      Talks first, talks then.
      And talks again.
"""

SOURCE = (
    "Intro.\n\n"
    "He said: “Any incursion would be a huge mistake” and left.\n"
    "We will keep talking and the drills of Allied Resolve end on time.\n\n"
    "A HUGE day; no mistake about it.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_folder(
        tmp_path / "accents",
        {"briefing.yaml": BRIEFING_YAML, "quotes.yaml": QUOTES_YAML, "sources/s.txt": SOURCE},
    )


@pytest.fixture
def index(folder: Path) -> WordIndex:
    result = check_folder(folder, text_places=True)
    assert result.briefing is not None, [p.message for p in result.problems]
    return WordIndex(word_table(result.briefing, result.text_places), result.briefing)


def found(index: WordIndex, typed: str) -> list[tuple[str, str, list[str]]]:
    return [
        (r.kind, r.record_id, [h.text[a:b] for h in r.hits for a, b in h.spans])
        for r in index.search(SearchQuery.parse(typed))
    ]


def test_case_and_accents_are_ignored(index: WordIndex) -> None:
    assert found(index, "FRANCOIS muller") == [
        ("quote", "q", ["François Müller"]),  # who said them (their speaker's name)
        ("quote", "r", ["François Müller"]),
        ("actor", "francois", ["François Müller"]),
    ]
    assert found(index, "lodz") == [("briefing", "", ["Łódź"])]


def test_every_word_must_be_in_the_same_record_or_passage(index: WordIndex) -> None:
    # "huge" and "mistake" are both in quote q, in one passage, and in the last
    # paragraph; the actor has "mistakes" (a word it begins) but not "huge".
    assert found(index, "huge mistake") == [
        ("quote", "q", ["huge mistake"]),
        ("passage", "s", ["huge mistake"]),
        ("passage", "s", ["HUGE", "mistake"]),
    ]


def test_the_counts_said_of_two_words_are_of_the_results_holding_both(index: WordIndex) -> None:
    """Find says "N results shown of M": M counts only what holds every word,
    not the actor holding "mistakes" alone, nor the event or quote r holding neither."""
    result = index.found(SearchQuery.parse("huge mistake"), 200)
    listed = {kind: len(results) for kind, results in result.results.items()}
    assert listed == {"quote": 1, "passage": 2}
    assert result.counts == listed
    assert result.exact and result.cut == frozenset()


def test_a_quoted_phrase_needs_its_words_in_a_row(index: WordIndex) -> None:
    assert [k for k, _, _ in found(index, '"huge mistake"')] == ["quote", "passage"]
    assert found(index, "“mistake huge”") == []


def test_in_a_phrase_only_its_last_word_may_be_a_beginning(index: WordIndex) -> None:
    """`"hug mistake"` is no phrase of "huge mistake": "hug" is not the word
    "huge", and only the last word typed may be the beginning of one (as it is
    typed on)."""
    assert found(index, '"hug mistake"') == []
    assert [k for k, _, _ in found(index, '"huge mista"')] == ["quote", "passage"]


def test_words_begin_words_and_never_are_scattered_letters(index: WordIndex) -> None:
    assert ("actor", "francois", ["mistakes"]) in found(index, "mistak")
    assert found(index, "istake") == []  # inside a word
    assert found(index, "hgmst") == []  # letters of "huge mistake" in order


def test_a_word_of_a_script_without_spaces_is_found_inside_its_run(tmp_path: Path) -> None:
    """`冷静克制` stands inside `各方应保持冷静克制`: Find, the `/` filters and
    `briefing search` found it nowhere, a run being one "word" (a trial). Each
    character is a word; a run typed is a phrase of them, in a row."""
    source = "外交部发言人汪文斌10日说，各方应保持冷静克制。\n"
    quotes = (
        "quotes:\n  - id: q\n    text: 各方应保持冷静克制\n    speaker: francois\n    source: s\n"
    )
    folder = write_folder(
        tmp_path / "zh",
        {"briefing.yaml": BRIEFING_YAML, "quotes.yaml": quotes, "sources/s.txt": source},
    )
    result = check_folder(folder, text_places=True)
    assert result.briefing is not None, [p.message for p in result.problems]
    index = WordIndex(word_table(result.briefing, result.text_places), result.briefing)
    assert found(index, "冷静克制") == [
        ("quote", "q", ["冷静克制"]),
        ("passage", "s", ["冷静克制"]),
    ]
    assert [k for k, _, _ in found(index, "汪文斌")] == ["passage"]
    assert found(index, "制克") == []  # its characters, not in a row
    query = Query("冷静克制")
    assert query.matches("各方应保持冷静克制。") and not query.matches("冷 克制 静")
    assert query.spans("各方应保持冷静克制。") == [(5, 9)]


def test_results_are_grouped_by_kind_quotes_first(index: WordIndex) -> None:
    kinds = [k for k, _, _ in found(index, "allied resolve")]
    assert kinds == ["quote", "event", "passage"]


def test_the_index_keeps_the_word_table_and_reads_it_alone(folder: Path, tmp_path: Path) -> None:
    from briefing.index.store import open_index

    index = open_index(folder, tmp_path / "index.json")
    whole = index.word_index("accents")
    alone = WordIndex(index.word_table("accents"), whole.briefing)
    for typed in ("huge mistake", '"allied resolve"', "lodz", "talks"):
        query = SearchQuery.parse(typed)
        assert alone.search(query) == whole.search(query)
        assert whole.search(query)  # each finds something


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command, with an index of the test's own (not the user's cache folder)."""
    folder = Path(args[2]) if len(args) > 2 and not args[2].startswith("-") else CONTENT
    if "--index" not in args:
        args = (*args, "--index", str(folder.parent / f"{folder.name}-index.json"))
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _at(path: Path, line: int, column: int, length: int) -> str:
    return path.read_text(encoding="utf-8").split("\n")[line - 1][column - 1 : column - 1 + length]


def test_the_command_prints_a_located_line_per_hit(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "search", "allied resolve", str(folder))
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 3
    for line in lines:
        file, number, column, _ = line.split(":", 3)
        # every located line points at the words themselves, in the YAML or the source
        assert _at(Path(file), int(number), int(column), 14).lower() == "allied resolve", line
    assert lines[0].startswith(f"{folder / 'quotes.yaml'}:9:")  # line 2 of a folded scalar
    assert lines[2].startswith(f"{folder / 'sources' / 's.txt'}:4:")


def test_a_hit_is_located_on_its_own_occurrence_of_a_repeated_word(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "search", '"talks again"', str(folder))
    assert status == 0
    (line,) = out.splitlines()
    assert line.startswith(f"{folder / 'briefing.yaml'}:21:11: event e: ")


def test_the_command_in_json_and_when_nothing_is_found(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "search", '"huge mistake"', str(folder), "--format", "json")
    assert status == 0
    hits = json.loads(out)
    assert [(h["kind"], h["id"], h["match"]) for h in hits] == [
        ("quote", "q", "huge mistake"),
        ("passage", "s", "huge mistake"),
    ]
    source_hit = hits[1]
    assert _at(Path(source_hit["file"]), source_hit["line"], source_hit["column"], 12) == (
        "huge mistake"
    )
    status, out, err = run(capsys, "search", "nowhere", str(folder))
    assert status == 1 and out == "" and "0 hits" in err


def test_the_bundled_briefing_finds_its_phrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = str(tmp_path / "index.json")
    status, out, _ = run(capsys, "search", '"Allied Resolve"', str(CONTENT), "--index", index)
    assert status == 0
    kinds = [line.split(": ")[1].split()[0] for line in out.splitlines()]
    assert kinds[0] == "quote" and "passage" in kinds and "event" in kinds


def test_a_snippet_is_cut_with_the_readers_marks_never_an_ellipsis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`…Russia…` ended a quote's snippet: in a quote `…` is its author's
    elision, and an analyst pasting it could not tell (a trial)."""
    index = str(tmp_path / "index.json")
    status, out, _ = run(capsys, "search", '"huge mistake"', str(CONTENT), "--index", index)
    assert status == 0
    passage = next(line for line in out.splitlines() if ": passage " in line)
    assert passage.endswith("▸") and "…" not in passage
    status, out, _ = run(capsys, "search", "amassing", str(CONTENT), "--index", index)
    (passage,) = [line for line in out.splitlines() if ": passage " in line]
    assert passage.split(": passage article: ")[1].startswith("◂be the source")


def test_a_folder_typed_before_the_words_gets_the_command_as_it_should_be(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder.parent)
    status = cli.main(["search", folder.name, "allied resolve"])
    assert status == 2
    err = capsys.readouterr().err
    assert f"the words come first: briefing search 'allied resolve' {folder.name}" in err


def test_hits_of_one_kind_come_in_file_and_line_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """They came in the records' order: `events-001.yaml:125` before `:6` (a new
    user's trial). Kinds keep the word index's ranking, quotes first."""
    from bench.generate import generate

    big = generate(tmp_path / "big", 10)
    index = str(tmp_path / "index.json")
    status, out, _ = run(capsys, "search", "minister", str(big), "--index", index)
    assert status == 0
    places: dict[str, list[tuple[str, int, int]]] = {}
    for line in out.splitlines():
        file, number, column, rest = line.split(":", 3)
        places.setdefault(rest.split()[0], []).append((file, int(number), int(column)))
    assert len(places["actor"]) > 100
    for kind, found in places.items():
        assert found == sorted(found), kind


def test_a_limit_is_shared_among_the_kinds_that_have_results(tmp_path: Path) -> None:
    """The first 200 of 21,000 hits were all quotes: the events, actors and
    passages holding the words were never listed (a new user's trial)."""
    from briefing.index.store import open_index

    words = open_index(CONTENT, tmp_path / "index.json").word_index("ukraine-diplomacy-2022-02-10")
    query = SearchQuery.parse("troops")
    found = words.found(query, 8)
    assert found.counts == {"event": 7, "passage": 5, "source": 1, "briefing": 1}
    # one of each in turn: what the source and the briefing leave goes to the others
    listed = {kind: len(results) for kind, results in found.results.items()}
    assert listed == {"event": 3, "passage": 3, "source": 1, "briefing": 1}
    assert found.cut == {"event", "passage"} and found.exact
    everything = words.search(query)
    for kind, results in found.results.items():  # each kind's first, in order
        assert results == [r for r in everything if r.kind == kind][: len(results)]
    assert words.found(query, 200).cut == frozenset()
    # With a phrase the counts are of records holding its words, not yet in a row.
    phrase = words.found(SearchQuery.parse('"the crisis"'), 200)
    assert not phrase.exact
    assert phrase.counts["event"] == 1 and "event" not in phrase.results


def test_a_snippet_of_a_source_with_windows_line_ends_shows_no_carriage_return(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`…in 2025␍ عمّان – الغد␍`: CR LF is fine in a source (docs/format.md), and
    the reader showed it cleanly, but search's snippet made the CR visible."""
    folder = write_folder(
        tmp_path / "crlf",
        {
            "briefing.yaml": BRIEFING_YAML,
            "quotes.yaml": QUOTES_YAML,
            "sources/s.txt": SOURCE.replace("\n", "\r\n"),
        },
    )
    status, out, _ = run(capsys, "search", "drills", str(folder))
    assert status == 0
    (passage,) = [line for line in out.splitlines() if ": passage " in line]
    assert "␍" not in passage and "\r" not in passage
    assert "drills of Allied Resolve end on time." in passage
    status, out, _ = run(capsys, "search", "drills", str(folder), "--format", "json")
    assert "\\r" not in out


def test_briefings_with_errors_are_said_not_searched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A library where the briefing holding the words is broken answered "0 hits",
    exit 1, and nothing said it had not been searched (a script read "not there")."""
    import shutil

    library = tmp_path / "lib"
    shutil.copytree(CONTENT / "ukraine-diplomacy-2022-02-10", library / "ukr")
    (library / "ukr" / "more.yaml").write_text("actor: []\n", encoding="utf-8")
    status, out, err = run(capsys, "search", "diplomacy", str(library))
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        "0 hits of diplomacy",
        f"briefing: 1 briefing with errors not searched (ukr): briefing check {library} shows them",
    ]


def test_two_words_unquoted_are_told_to_be_quoted(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`search huge mistake` said only "no such file or folder: mistake"."""
    status = cli.main(["search", "huge", "mistake"])
    assert status == 2
    assert capsys.readouterr().err == (
        "briefing: no such file or folder: mistake; for several words, quote them: "
        "briefing search 'huge mistake'\n"
    )


def test_search_json_is_indented_as_the_other_commands_json(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was indented by 1, check's, notes' and list's by 2."""
    _, out, _ = run(capsys, "search", "huge", str(folder), "--format", "json")
    assert out.startswith('[\n  {\n    "file": ')
