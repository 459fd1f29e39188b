"""Broken briefings never break the checker.

Hypothesis mutates the bundled briefing's files (deletes, duplicates or
re-indents lines, changes scalars, inserts odd bytes) and checks the result:
checking must never raise, and every problem must be located in a real file.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from conftest import CONTENT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.check.content import check_content
from briefing.check.report import json_text, print_text

BUNDLED = next(p for p in sorted(CONTENT.iterdir()) if p.is_dir())
FILES = sorted(p.name for p in BUNDLED.glob("*.yaml"))
ODD = [b"\t", b"\x00", b"\xff", b"\xe2\x80", b"\x1b[31m", b"&a ", b"*a", b"!!python/object ",
       b"{", b"]", b": ", b"- ", b"'", b'"', b"|", b"? ", b"---\n", b"\r",
       b"\xef\xbb\xbf"]  # fmt: skip
SCALARS = ["no", "12", "2022-02-30", "", "~", "[x]", "{a: b}", "person", "..", "Truss", "-1"]


@st.composite
def mutation(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(FILES))
    lines = (BUNDLED / name).read_bytes().splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "scalar", "odd"]))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "indent":
            lines[i] = b" " * draw(st.integers(1, 4)) + lines[i]
        elif action == "dedent":
            lines[i] = lines[i].lstrip(b" ")
        elif action == "scalar" and b": " in lines[i]:
            key = lines[i].split(b": ", 1)[0]
            lines[i] = key + b": " + draw(st.sampled_from(SCALARS)).encode() + b"\n"
        else:
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.sampled_from(ODD)) + lines[i][at:]
    return name, b"".join(lines)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(mutation())
def test_checking_a_mutated_briefing_never_raises(
    tmp_path: Path, change: tuple[str, bytes]
) -> None:
    folder = tmp_path / "mutant"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(BUNDLED, folder)
    name, data = change
    (folder / name).write_bytes(data)
    result = check_content(folder)
    files = {str(p) for p in folder.rglob("*")} | {str(folder)}
    for problem in result.all_problems():
        assert problem.line >= 1 and problem.column >= 1, problem
        assert problem.file in files, problem
        assert problem.message
    print_text(result.all_problems(), 1, io.StringIO())
    json.loads(json_text(result.all_problems()))
    folder_result = result.folders[0]
    assert (folder_result.briefing is None) == (folder_result.errors > 0)
