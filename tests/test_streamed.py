"""A clean file read straight into records gives what the located checker gives.

`streamed.read_records` skips the located nodes for files with nothing to
report. Whatever a file holds, a check must find the same problems, worded
and located the same, and build the same briefing, as when every file is
read the located way; and the quick way must really be taken for clean files.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from conftest import BASE_FILES, CONTENT, REPO, SHARED, write_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.check import folder as folder_module
from briefing.check.fields import check_file
from briefing.check.folder import FolderResult, check_folder
from briefing.check.raw import LIST_PLACES_KEPT, PLACES_KEPT, RawRecord, SharedValues
from briefing.check.streamed import read_records
from briefing.check.yamlsafe import read_yaml
from briefing.records.problems import ProblemSink
from briefing.records.schema import FIELDS, Field, Kind


def _located_way(data: bytes) -> tuple[list[RawRecord], ProblemSink]:
    sink = ProblemSink("f.yaml")
    read = read_yaml(data, sink)
    documents = read.documents
    return check_file(documents[0] if documents else None, sink, SharedValues()), sink


def _kept(record: RawRecord) -> tuple[object, ...]:
    """All a record holds for the checks across records: values and places."""
    places = []
    for name in PLACES_KEPT[record.section]:
        try:
            places.append(record.place(name))
        except KeyError:
            places.append(None)
    references = [record.references(name) for name in LIST_PLACES_KEPT[record.section]]
    return (record.section, record.values, record.complete, record.at, places, references)


def _yaml_files() -> list[Path]:
    folders = [CONTENT, REPO / "docs" / "example"]
    return sorted(p for f in folders for p in f.rglob("*.y*ml"))


@pytest.mark.parametrize("path", _yaml_files(), ids=lambda p: p.name)
def test_a_clean_file_is_read_straight_into_the_same_records(path: Path) -> None:
    data = path.read_bytes()
    records, sink = _located_way(data)
    assert not sink.problems
    quick = read_records(data, ProblemSink("f.yaml"), SharedValues())
    assert quick is not None, "a clean file was read the slow way"
    assert [_kept(r) for r in quick] == [_kept(r) for r in records]


SUITE_CASES = sorted((SHARED / "yaml-test-suite").rglob("in.yaml"))


@pytest.mark.skipif(not SUITE_CASES, reason="../shared/yaml-test-suite is not beside the repo")
def test_odd_yaml_is_left_to_the_located_reader() -> None:
    """Every yaml-test-suite case: read quickly only if the located way finds it clean."""
    for case in SUITE_CASES:
        data = case.read_bytes()
        quick = read_records(data, ProblemSink("f.yaml"), SharedValues())
        if quick is not None:
            records, sink = _located_way(data)
            assert not sink.problems, case
            assert [_kept(r) for r in quick] == [_kept(r) for r in records], case


def _both_ways(folder: Path) -> tuple[FolderResult, FolderResult]:
    quick = check_folder(folder, text_places=True)
    real = folder_module.read_records
    folder_module.read_records = lambda data, sink, shared: None
    try:
        located = check_folder(folder, text_places=True)
    finally:
        folder_module.read_records = real
    return quick, located


#: Values to write for a field of each kind: most are clean, some reported.
_TEXTS = ["hello world", "'hello world'", "T", "'yes'", "yes", "12", "''", '" "', "é", "a # c"]
_TEXTS += ["a #c", "a\t#c #d", "a  #"]  # a comment cutting a text short, or meant as one
_TEXTS += ['"a\\u202eb"', '"a\\u200db"', '"a\\u200bb"', '"a\\x07b"', "|\n  x", ">-\n  x\n  y"]
_TEXTS += ["~", "", "[x]", "{a: b}", "&x a", "*x", "!!str a", "! a", "?x", "'?x'", "e n", "pt-BR"]
_TEXTS += ["x-private", "i-klingon", "en-a", "'en-GB-oed'"]
# a line break or a tab: warned of in a field shown on one line, not in a summary
_TEXTS += ['"a\\nb"', '"a\\tb"', "'a\tb'", "|-\n  x\n  y", "'a\n\n  b'"]
_TEXTS += ["!!str no", "! no", "!!str 12", "! 2022-02-10", "!!str", "!!str ''", "!!int 3"]
_TEXTS += ["!!str ~", "! ~"]
_IDS = ["a", "s", "e", "q", "b", "zz", "'a'", '"s"', "2022", "yes", "A", "-a", "null", "''", "[a]"]
_IDS += ["!!str a", "! s", "!!str null", "!!str"]
_DATES = ["2022-02-10", "2022-02", "2022-02-10~", "'2022-02-10'", "2022-13-45", "soon", "~", ""]
_DATES += ["２０２２", "'٢٠٢٢-02-10'", "!!str 2022-02-10", "! 2022", "!!str ~", "!!str"]
_PLACES = ["sources/s.txt", "'sources/s.txt'", "sources/none.txt", "../x.txt", "/etc/passwd", ""]
_PLACES += ["sources/s.txt/", "''", '"sources/s.txt\\0"']
_URLS = ["http://example.org", "'https://a.org/x'", "ftp://x", "https://", "'http://a b'", ""]
_ENUMS = ["person", "state", "tweet", "other", "news-conference", "Person", "'person'", "x", ""]
_ENUMS += ["!!str person", "! tweet"]
_COUNTS = ["1", "2", "0", "-1", "'1'", "1.0", "x", "", "+1", "+0", "'+2'", "-1.5", "!!str 1"]
# the longest count read, and longer ones (5001 digits: more than Python reads)
_COUNTS += ["9" * 18, "+" + "9" * 18, "1" + "0" * 18, "-" + "9" * 18, "1" + "0" * 5000]
VALUES: dict[Kind, list[str]] = {
    Kind.TEXT: _TEXTS,
    Kind.ID: _IDS,
    Kind.REF: _IDS,
    Kind.DATE: _DATES,
    Kind.PATH: _PLACES,
    Kind.URL: _URLS,
    Kind.ENUM: _ENUMS,
    Kind.COUNT: _COUNTS,
}
_LISTS = ["[{}]", "[{}, {}]", "[]", "\n  - {}\n  - {}", "{}"]
BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)


def _section_of_each_line(lines: list[str]) -> list[str]:
    sections: list[str] = []
    section = ""
    for line in lines:
        if not line.startswith(" "):
            section = line.rstrip(":")
        sections.append(section)
    return sections


@st.composite
def _value(draw: st.DrawFn, spec: Field) -> str:
    pool = VALUES[spec.kind]
    if not spec.many:
        return draw(st.sampled_from(pool))
    shape = draw(st.sampled_from(_LISTS))
    items = [draw(st.sampled_from(pool)) for _ in range(shape.count("{}"))]
    return shape.format(*items)


@st.composite
def _changed_briefing(draw: st.DrawFn) -> str:
    """The base briefing.yaml with fields changed, added (again) or dropped."""
    lines = BASE.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        sections = _section_of_each_line(lines)
        at = draw(st.integers(1, len(lines) - 1))
        line, fields = lines[at], FIELDS.get(sections[at], {})
        indent = " " * (len(line) - len(line.lstrip(" -")))
        what = draw(st.sampled_from(["value", "value", "add", "drop", "unknown", "section"]))
        if what == "section":  # a section again, or one that is not
            section = draw(st.sampled_from([*FIELDS, "source", "Actors"]))
            lines.append(section + ": " + draw(st.sampled_from(["[]", "{}", "", "x"])))
            continue
        if what == "drop" or not fields:
            del lines[at]
            continue
        key = line.lstrip(" -").split(":", 1)[0]
        if what != "value" or key not in fields:
            key = "unknown" if what == "unknown" else draw(st.sampled_from(sorted(fields)))
            at += 1
            lines.insert(at, indent + key + ": x")
            line = lines[at]
        value = draw(_value(fields.get(key, fields["id"])))
        head = line.split(":", 1)[0]
        lines[at] = head + ": " + value.replace("\n", "\n" + indent)
    return "\n".join(lines) + "\n"


CORNERS = [
    BASE.replace("    sources: [s]", "    sources: []"),
    BASE.replace("    source: s\n", "    source: s\n    occurrence: '1'\n"),
    BASE.replace("    source: s\n", "    source: s\n    occurrence: 1\n"),
    BASE.replace("    source: s\n", "    source: s\n    occurrence: +1\n"),
    BASE.replace("    source: s\n", "    source: s\n    occurrence: -1\n"),
    BASE.replace("    source: s\n", "    source: s\n    occurrence: 1" + "0" * 5000 + "\n"),
    BASE.replace("    source: s\n", "    source: s\n    occurrence: +" + "9" * 18 + "\n"),
    BASE + "actors: []\n",
    BASE + "---\nbriefing: {}\n",
    BASE.replace("  title: T\n", "  title: T\n  title: T\n"),
    BASE.replace("title: S", "title: ' '"),
    BASE.replace("  title: T\n", "  title: T\n  tags: ['', ' ']\n"),
    BASE.replace("    source: s\n", "source: s\n"),  # a quote's key moved to column 1
    BASE + "note: x\n",
    BASE.replace("\n", "\r\n"),  # Windows line ends
]


@pytest.mark.parametrize("text", CORNERS)
def test_corner_cases_are_the_same_either_way(text: str, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "b", {**BASE_FILES, "briefing.yaml": text})
    quick, located = _both_ways(folder)
    assert (quick.problems, quick.briefing) == (located.problems, located.briefing)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_changed_briefing())
def test_whatever_a_file_holds_the_check_is_the_same_either_way(text: str) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = write_folder(Path(temporary) / "b", {**BASE_FILES, "briefing.yaml": text})
        quick, located = _both_ways(folder)
    assert quick.problems == located.problems
    assert quick.briefing == located.briefing
    assert quick.text_places == located.text_places


def test_the_bundled_briefing_is_the_same_either_way() -> None:
    briefing_folder = next(p for p in CONTENT.iterdir() if p.is_dir())
    quick, located = _both_ways(briefing_folder)
    assert quick.briefing is not None
    assert (quick.problems, quick.briefing, quick.text_places) == (
        located.problems,
        located.briefing,
        located.text_places,
    )
