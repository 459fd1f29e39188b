"""An actor's members: who is affiliated with it, and with them in turn."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, write_folder

from briefing.check.folder import check_folder
from briefing.records.queries import BriefingQueries

#: A state, its ministry, the ministry's minister, the state's president (who
#: names the state twice), and an outsider; written out of the order reached.
ACTORS = """\
actors:
  - id: a
    name: A
    kind: person
  - id: minister
    name: Minister
    kind: person
    affiliations: [ministry]
  - id: state
    name: State
    kind: state
  - id: president
    name: President
    kind: person
    affiliations: [state, state]
  - id: ministry
    name: Ministry
    kind: organisation
    affiliations: [state]
"""


def _queries(tmp_path: Path) -> BriefingQueries:
    text = str(BASE_FILES["briefing.yaml"])
    start, end = text.index("actors:\n"), text.index("events:\n")
    folder = write_folder(
        tmp_path / "b", briefing_files(**{"briefing.yaml": text[:start] + ACTORS + text[end:]})
    )
    built = check_folder(folder).briefing
    assert built is not None
    return BriefingQueries(built)


def test_members_are_reached_through_members_and_listed_in_the_actors_order(
    tmp_path: Path,
) -> None:
    queries = _queries(tmp_path)
    assert queries.members("state") == ["minister", "president", "ministry"]
    assert queries.members("ministry") == ["minister"]
    assert queries.members("a") == [] and queries.members("president") == []
