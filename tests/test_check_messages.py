"""What `briefing check` tells an author, line and hint, where a new author's
trial was sent to the wrong line or told to do what could not help."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check.report import problem_line

BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)


def _said(in_tmp: Path, files: dict[str, str | bytes | None]) -> list[tuple[str, str | None]]:
    """Each problem as the author reads it: the located line, and its hint."""
    write_folder(in_tmp / "b", files)
    return [(problem_line(p), p.hint) for p in check(in_tmp / "b")]


def _base_with(old: str, new: str) -> dict[str, str | bytes | None]:
    assert old in BASE
    return briefing_files(**{"briefing.yaml": BASE.replace(old, new)})


MULTIPLE = (
    "this file holds more than one YAML document ('---')",
    "keep one document per file, or split it into several files",
)


def test_a_second_empty_document_is_located_at_its_marker(in_tmp: Path) -> None:
    """`printf -- '---\\n---\\n\\n\\n\\n' > extra.yaml` was reported at 6:1, the
    end of the file, where there is nothing to see."""
    said = _said(in_tmp, briefing_files(**{"extra.yaml": "---\n---\n\n\n\n"}))
    assert said == [
        (f"b/extra.yaml:2:1: error[yaml-multiple-documents]: {MULTIPLE[0]}", MULTIPLE[1])
    ]


def test_a_second_document_is_located_at_its_marker_not_at_its_first_value(
    in_tmp: Path,
) -> None:
    """A `---` on line 66 of quotes.yaml was reported at 67:1."""
    record = "  - id: q{}\n    text: hello world\n    speaker: a\n    source: s\n"
    quotes = "# the quotes,\n# one by one\n\nquotes:\n"
    quotes += "".join(record.format(n) for n in range(15)) + "\n"  # 4 + 15 x 4 + 1 lines
    quotes += "---\nactors: []\n"
    assert quotes.splitlines()[65] == "---"
    text = BASE.split("quotes:\n")[0]
    said = _said(in_tmp, briefing_files(**{"briefing.yaml": text, "quotes.yaml": quotes}))
    assert said[0] == (
        f"b/quotes.yaml:66:1: error[yaml-multiple-documents]: {MULTIPLE[0]}",
        MULTIPLE[1],
    )


def test_a_required_field_left_empty_is_not_told_to_go(in_tmp: Path) -> None:
    """`title:` with no value was told "write a value, or remove the line";
    removing it gave missing-field (a new author's trial)."""
    said = _said(in_tmp, _base_with("    title: E\n", "    title:\n"))
    assert said == [
        (
            "b/briefing.yaml:15:5: error[wrong-type]: title has no value",
            "write its value after the colon: title is required",
        )
    ]


def test_required_ids_dates_kinds_and_references_left_empty_are_not_told_to_go(
    in_tmp: Path,
) -> None:
    text = BASE.replace("    kind: person\n", "    kind:\n").replace(
        "    when: 2022-02-10\n", "    when: ~\n"
    )
    text = text.replace("    speaker: a\n", "    speaker:\n")
    said = _said(in_tmp, briefing_files(**{"briefing.yaml": text}))
    assert [hint for _line, hint in said] == [
        "write its value after the colon: kind is required",
        "write its value after the colon: when is required",
        "write its value after the colon: speaker is required",
    ]
    assert [line.split(": error")[0] for line, _hint in said] == [
        "b/briefing.yaml:12:5",
        "b/briefing.yaml:16:11",
        "b/briefing.yaml:21:5",
    ]


def test_an_optional_field_left_empty_may_go(in_tmp: Path) -> None:
    said = _said(in_tmp, _base_with("    source: s\n", "    source: s\n    note:\n    said:\n"))
    assert said == [
        (
            "b/briefing.yaml:23:5: error[wrong-type]: note has no value",
            "write a value, or remove the line",
        ),
        (
            "b/briefing.yaml:24:5: error[wrong-type]: said has no value",
            "write a value, or remove the line",
        ),
    ]
