"""The order the reader lists quotes in: when they were said, then where they stand."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, write_folder

from briefing.check.folder import check_folder
from briefing.records.queries import BriefingQueries

#: A hearing: three turns of one day, quoted in another order than said.
HEARING = (
    "CHAIR: Good morning, and welcome to the committee.\n\n"
    "BERG: We shut the reservoir for the whole summer.\n\n"
    "CHAIR: Why did nobody tell the council about it?\n"
)


def test_quotes_of_one_day_and_source_are_listed_as_their_source_has_them(
    tmp_path: Path,
) -> None:
    """A transcript's 232 quotes of one day were listed in the order the author
    wrote them, which looked random (a trial of long documents): they come in
    the order of the text, the dates first."""
    base = str(BASE_FILES["briefing.yaml"])
    head, _, _ = base.partition("quotes:\n")
    quotes = "quotes:\n" + "".join(
        f"  - id: {ident}\n    text: {text}\n    speaker: a\n    source: s\n    said: {said}\n"
        for ident, text, said in (
            ("why", "Why did nobody tell the council", "2026-06-09"),
            ("later", "Good morning, and welcome", "2026-06-10"),
            ("shut", "We shut the reservoir", "2026-06-09"),
            ("welcome", "welcome to the committee", "2026-06-09"),
        )
    )
    files = briefing_files(**{"briefing.yaml": head + quotes, "sources/s.txt": HEARING})
    briefing = check_folder(write_folder(tmp_path / "b", files)).briefing
    assert briefing is not None
    assert [q.id for q in BriefingQueries(briefing).quotes] == ["welcome", "shut", "why", "later"]
