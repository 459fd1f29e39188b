"""Which record each of the checker's warnings is about (briefing.present.warned),
and the count `!` says of them: the warnings located in no record (the
briefing's own mapping) are the briefing's own, not left out."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, write_folder

from briefing.present.warned import Warned, warned, warnings_counted
from briefing.records.model import Briefing
from briefing.records.problems import Problem, Severity
from briefing.records.refs import Kind, RecordRef

#: Five warnings on three records and the briefing itself: a hidden character
#: in the briefing's title (no record's), a source published after the
#: briefing's as_of, an event's when_text that names the wrong weekday and is
#: in no source (two), a quote that cuts "hello".
WARNED_FILES = (
    str(BASE_FILES["briefing.yaml"])
    .replace("title: T\n", 'title: "T\\u200bT"\n', 1)
    .replace("    title: S\n", "    title: S\n    published: 2022-02-20\n", 1)
    .replace("    when: 2022-02-10\n", "    when: 2022-02-10\n    when_text: on Wednesday\n", 1)
    .replace("text: hello world", "text: ello world", 1)
)


def warned_briefing(root: Path) -> Path:
    return write_folder(root / "content" / "b", briefing_files(**{"briefing.yaml": WARNED_FILES}))


def _problem(line: int, code: str, message: str, error: bool = False) -> Problem:
    severity = Severity.ERROR if error else Severity.WARNING
    return Problem("briefing.yaml", line, 1, severity, code, message)


def _checked(root: Path) -> Briefing:
    from briefing.check.folder import check_folder

    briefing = check_folder(warned_briefing(root)).briefing
    assert briefing is not None
    return briefing


def test_a_warning_in_no_record_is_the_briefing_s_own(tmp_path: Path) -> None:
    from briefing.check.folder import check_folder

    result = check_folder(warned_briefing(tmp_path))
    assert result.briefing is not None
    found = warned(result.problems, result.briefing)
    assert [item.record for item in found] == [
        None,
        RecordRef(Kind.SOURCE, "s"),
        RecordRef(Kind.EVENT, "e"),
        RecordRef(Kind.EVENT, "e"),
        RecordRef(Kind.QUOTE, "q"),
    ]
    assert warnings_counted(found) == "5 warnings: 4 on 3 records, 1 on the briefing itself"


def test_the_counts_said_in_words() -> None:
    on = RecordRef(Kind.QUOTE, "q")
    one = [Warned(_problem(1, "c", "m"), on)]
    assert warnings_counted(one) == "1 warning on 1 record"
    two = [*one, Warned(_problem(2, "c", "n"), on)]
    assert warnings_counted(two) == "2 warnings on 1 record"
    alone = [Warned(_problem(1, "c", "m"), None)] * 2
    assert warnings_counted(alone) == "2 warnings on the briefing itself"


def test_errors_are_not_listed_and_a_warning_goes_to_one_record(tmp_path: Path) -> None:
    briefing = _checked(tmp_path)
    quote = briefing.quotes[0].warnings[0]
    same = Problem(
        "briefing.yaml", quote.line, quote.column, Severity.WARNING, quote.code,
        quote.message, quote.hint,
    )  # fmt: skip
    found = warned([_problem(1, "yaml-syntax", "bad", error=True), same, same], briefing)
    # the quote holds one such warning: the second in those words is no record's
    assert [item.record for item in found] == [RecordRef(Kind.QUOTE, "q"), None]


def test_warnings_in_the_same_words_go_to_the_records_they_were_given_at(
    tmp_path: Path,
) -> None:
    """The same hidden character in the briefing's title and in a source's: by
    their words alone, the briefing's warning was given to the source, and the
    source's listed as the briefing's at the source's line (a review)."""
    from briefing.check.folder import check_folder

    text = (
        str(BASE_FILES["briefing.yaml"])
        .replace("title: T\n", 'title: "S\\u200bS"\n', 1)
        .replace("    title: S\n", '    title: "S\\u200bS"\n', 1)
    )
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))
    result = check_folder(folder)
    assert result.briefing is not None
    found = warned(result.problems, result.briefing)
    assert [(item.problem.line, item.record) for item in found] == [
        (3, None),  # the briefing's title
        (7, RecordRef(Kind.SOURCE, "s")),
    ]
    assert found[0].problem.message == found[1].problem.message
