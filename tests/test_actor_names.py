"""Two actors the reader cannot tell apart (actor-alike): the same name, kind,
role and affiliations. Likely one actor written twice, its quotes split
between two ids; two people of one name differ by a role or an affiliation."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, check, write_folder

BASE = str(BASE_FILES["briefing.yaml"])  # actor a: name A, kind person


def problems(tmp_path: Path, more: str) -> list[tuple[str, int, int, str]]:
    text = BASE.replace("events:\n", more + "events:\n", 1)
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))
    return [(p.code, p.line, p.column, p.message) for p in check(folder)]


def test_an_actor_written_twice_is_warned_of_at_the_second(tmp_path: Path) -> None:
    found = problems(tmp_path, "  - id: a2\n    name: ' a '\n    kind: person\n")
    assert [p[:3] for p in found] == [("actor-alike", 14, 11)]
    said = (
        "the actor 'a2' has the name, kind, role and affiliations of the actor 'a' (line 11): "
        "the reader cannot tell"
    )
    assert said in found[0][3]


def test_actors_told_apart_by_kind_role_or_affiliation_are_not(tmp_path: Path) -> None:
    assert problems(tmp_path, "  - id: a2\n    name: A\n    kind: organisation\n") == []
    more = "  - id: a2\n    name: A\n    kind: person\n    role: Mayor\n"
    assert problems(tmp_path / "role", more) == []
    more = (
        "  - id: o\n    name: O\n    kind: organisation\n"
        "  - id: a2\n    name: A\n    kind: person\n    affiliations: [o]\n"
    )
    assert problems(tmp_path / "aff", more) == []


def test_a_name_written_once_with_its_accents_and_once_without_is_alike(tmp_path: Path) -> None:
    """ "Élisabeth Borne" and "Elisabeth Borne": one person typed twice (a trial
    of transcripts); a search for either finds both rows."""
    base = BASE.replace("name: A\n", "name: Élisabeth Borne\n", 1)
    text = base.replace(
        "events:\n", "  - id: a2\n    name: Elisabeth  BORNE\n    kind: person\nevents:\n", 1
    )
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))
    (found,) = check(folder)
    assert found.code == "actor-alike"
    assert "the same name but for its accents" in found.message
    assert "'Élisabeth Borne' there and 'Elisabeth  BORNE' here:" in found.message


def test_names_that_differ_by_more_than_accents_are_not_alike(tmp_path: Path) -> None:
    base = BASE.replace("name: A\n", "name: Élisabeth Borne\n", 1)
    more = "  - id: a2\n    name: Elisabeth Borné-Roy\n    kind: person\n"
    folder = write_folder(
        tmp_path / "b",
        briefing_files(**{"briefing.yaml": base.replace("events:\n", more + "events:\n", 1)}),
    )
    assert check(folder) == []
