"""A reference to an id that does not exist: did you mean the actor of that name, alias or id?"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

ACTOR = (
    "  - id: jose-manuel-barroso\n    name: José Manuel Barroso\n    kind: person\n"
    "    aliases: [Barroso]\n"
)


@pytest.mark.parametrize(
    "written",
    ["barroso", "manuel-barroso", "jose-manuel-barosso", "josé manuel barroso"],
)
def test_a_name_an_alias_or_the_end_of_an_id_gets_the_id(in_tmp: Path, written: str) -> None:
    text = str(BASE_FILES["briefing.yaml"]).replace(
        "  - id: a\n    name: A\n    kind: person\n",
        "  - id: a\n    name: A\n    kind: person\n" + ACTOR,
    )
    text = text.replace("    speaker: a\n", f'    speaker: "{written}"\n')
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    codes = [p.code for p in problems]
    if written == "josé manuel barroso":  # not an id at all: said so, with the id to use
        assert codes == ["bad-id"]
        assert problems[0].hint == "for example 'jose-manuel-barroso'"
        return
    assert codes == ["unknown-reference"]
    assert problems[0].hint == "did you mean 'jose-manuel-barroso'?"


def test_other_spellings_are_gathered_once_and_only_for_an_unknown_reference(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Gathering them for every reference made a ×1000 briefing's check run for minutes."""
    from briefing.check import references

    gathered: list[str] = []
    spellings = references._spellings

    def counted(section: str, known: dict[str, object]) -> dict[str, str]:
        gathered.append(section)
        return spellings(section, known)  # type: ignore[arg-type]

    monkeypatch.setattr(references, "_spellings", counted)
    assert check(write_folder(in_tmp / "good", briefing_files())) == []
    assert gathered == []
    text = str(BASE_FILES["briefing.yaml"]).replace("    speaker: a\n", "    speaker: barroso\n")
    text = text.replace(
        "  - id: a\n    name: A\n    kind: person\n",
        "  - id: a\n    name: A\n    kind: person\n" + ACTOR,
    )
    problems = check(write_folder(in_tmp / "typos", briefing_files(**{"briefing.yaml": text})))
    assert [p.code for p in problems] == ["unknown-reference"]
    assert gathered == ["actors"]


def test_the_search_for_the_nearest_id_has_a_bound_and_names_still_count(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hundreds of unknown ids in a large briefing took a minute to guess; the
    nearest is looked for within a bound, and a name or alias is always found."""
    from briefing.check import references

    monkeypatch.setattr(references, "NEAREST_BUDGET", 1)  # no room for a nearest search
    base = str(BASE_FILES["briefing.yaml"]).replace(
        "  - id: a\n    name: A\n    kind: person\n",
        "  - id: a\n    name: A\n    kind: person\n" + ACTOR,
    )
    quote = "\n  - id: {0}\n    text: hello world\n    speaker: {1}\n    source: s\n"
    text = base + quote.format("q2", "jose-manuel-barosso") + quote.format("q3", "barroso")
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    hints = {p.message.split()[-1]: p.hint for p in problems}
    assert hints == {
        "'jose-manuel-barosso'": None,  # a misspelling: beyond the bound here
        "'barroso'": "did you mean 'jose-manuel-barroso'?",  # an alias: always
    }


def test_each_unknown_id_of_a_list_is_located_at_its_own_item(in_tmp: Path) -> None:
    """Every list of references of a record, in any order, points at the item that is wrong."""
    text = str(BASE_FILES["briefing.yaml"]).replace(
        "    sources: [s]\n",
        "    actors: [a, ghost, a]\n    sources: [s, nope]\n"
        "  - id: e2\n    title: F\n    when: 2022-02-11\n    sources: [gone, s]\n",
    )
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert [(p.line, p.column, p.message) for p in problems] == [
        (17, 17, "there is no actor with the id 'ghost'"),
        (18, 18, "there is no source with the id 'nope'"),
        (22, 15, "there is no source with the id 'gone'"),
    ]


def test_an_id_of_another_kind_of_record_is_named_as_such(in_tmp: Path) -> None:
    """`reported_by: upi`, the id of the source: "there is no actor with the id
    'upi'" and no hint left a new author wondering (a new user's trial)."""
    text = str(BASE_FILES["briefing.yaml"]).replace("id: s\n", "id: wire-report\n")
    text = text.replace("[s]", "[wire-report]").replace("source: s\n", "source: wire-report\n")
    text = text.replace("    speaker: a\n", "    speaker: a\n    reported_by: wire-report\n")
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert [p.code for p in problems] == ["unknown-reference"]
    assert problems[0].message == "there is no actor with the id 'wire-report'"
    assert problems[0].hint == (
        "'wire-report' is the id of a source; reported_by takes an actor's id"
        " (add the actor to actors, with an id of its own)"
    )


def test_an_id_of_another_kind_is_said_before_a_guess_at_the_kind_asked_for(
    in_tmp: Path,
) -> None:
    """`speaker: chronicle`, a source's id, got "did you mean 'city-council'?"
    alone (an author's trial): that it is a source's id is said first."""
    text = str(BASE_FILES["briefing.yaml"]).replace("id: s\n", "id: chronicle\n")
    text = text.replace("[s]", "[chronicle]").replace("source: s\n", "source: chronicle\n")
    text = text.replace("  - id: a\n    name: A\n", "  - id: city-council\n    name: A\n")
    text = text.replace("speaker: a\n", "speaker: chronicle\n")
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    [hint] = [p.hint for p in problems if p.code == "unknown-reference"]
    assert hint is not None
    assert hint.startswith("'chronicle' is the id of a source; speaker takes an actor's id")
