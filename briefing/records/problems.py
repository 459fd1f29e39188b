"""Problems found in content: one located line each, with a stable code."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from briefing.records.codes import CODES, Severity

__all__ = ["Problem", "ProblemSink", "Severity"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem at one place in an author's file.

    `file` is the path as given to the checker (made relative for display by
    the report); `line` and `column` are 1-based, as editors count them.
    """

    file: str
    line: int
    column: int
    severity: Severity
    code: str
    message: str
    hint: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = str(self.severity)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Problem:
        """A problem back from `to_json`'s output (KeyError, ValueError, TypeError if damaged)."""
        return cls(
            file=str(data["file"]),
            line=int(data["line"]),
            column=int(data["column"]),
            severity=Severity(data["severity"]),
            code=str(data["code"]),
            message=str(data["message"]),
            hint=None if data.get("hint") is None else str(data["hint"]),
        )


class ProblemSink:
    """Collects problems for one file, so validators only say where and what.

    Only codes listed in `briefing.records.codes.CODES` may be reported, each with the
    severity listed there: the documented table is the whole truth.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def error(
        self, line: int, column: int, code: str, message: str, hint: str | None = None
    ) -> None:
        self._add(Severity.ERROR, line, column, code, message, hint)

    def warning(
        self, line: int, column: int, code: str, message: str, hint: str | None = None
    ) -> None:
        self._add(Severity.WARNING, line, column, code, message, hint)

    def _add(
        self, severity: Severity, line: int, column: int, code: str, message: str, hint: str | None
    ) -> None:
        listed = CODES.get(code)
        if listed is None or listed.severity is not severity:
            raise ValueError(f"problem code {code!r} is not listed as {severity} in CODES")
        self.problems.append(Problem(self.file, line, column, severity, code, message, hint))
