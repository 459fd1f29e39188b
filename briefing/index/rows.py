"""What the catalogue keeps of each folder, and what the library and the CLI are told.

A row per folder of the content directory, valid or not: its summary (id,
title, as_of, tags, counts), its problems (files relative to the content
directory), its actors (id, name, `same_as` URIs, aliases: what features
across briefings need; kept as one JSON text, see `actors_text`), the stamps
of its files, and the name and generation of the file that holds its records.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefing.check.shared_ids import same_folders, shared_id_problems
from briefing.files.locations import display_path
from briefing.index.codec import IndexShapeError, date_from_json
from briefing.index.fingerprint import FileStamp
from briefing.records.dates import DateValue
from briefing.records.problems import Problem, Severity

#: What a row holds besides what the briefing's own file repeats of it.
FILE_KEYS = ("stamps", "file", "generation")


@dataclass(frozen=True)
class BriefingSummary:
    """One briefing folder as the library lists it, valid or not."""

    #: the folder's name as the library shows it
    folder: str
    #: the folder relative to the content directory ("." for the content itself)
    path: str
    id: str | None
    title: str | None
    as_of: DateValue | None
    actors: int
    events: int
    quotes: int
    #: as `briefing check` reports them, files relative to the current folder
    problems: tuple[Problem, ...]
    tags: tuple[str, ...] = ()

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.is_error)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    @property
    def opens(self) -> bool:
        return self.errors == 0 and self.id is not None


@dataclass(frozen=True)
class ActorAppearance:
    """An actor of one briefing, as features across briefings match them."""

    briefing_id: str
    actor_id: str
    name: str
    #: URIs that identify the actor outside the briefing (may be empty)
    same_as: tuple[str, ...]
    #: the other names sources use for the actor (`aliases`), which find them as the name does
    aliases: tuple[str, ...] = ()


class FolderRow:
    """One row of the catalogue: a folder of `content`, read back from JSON.

    Raises IndexShapeError when the row is not one this version writes.
    """

    __slots__ = ("data", "stamps", "summary")

    def __init__(self, data: dict[str, Any], content: Path) -> None:
        try:
            for key, kinds in _SHAPE.items():
                if not isinstance(data[key], kinds):
                    raise IndexShapeError(f"a row's {key} of another shape")
            self.stamps = [FileStamp.from_json(s) for s in data["stamps"]]
            #: as the library lists it (an error of a second briefing under one id aside)
            self.summary = _summary(data, content)
        except (KeyError, TypeError, ValueError) as exc:
            raise IndexShapeError(f"a catalogue row of another shape ({exc})") from exc
        self.data = data

    def with_stamps(self, stamps: list[FileStamp]) -> FolderRow:
        """The same row with new stamps (only mtimes moved: a touch)."""
        touched = copy.copy(self)
        touched.data = {**self.data, "stamps": [s.to_json() for s in stamps]}
        touched.stamps = stamps
        return touched

    @property
    def folder(self) -> str:
        name: str = self.data["folder"]
        return name

    @property
    def id(self) -> str | None:
        ident: str | None = self.data["id"]
        return ident

    @property
    def file(self) -> str | None:
        """The name of the file that holds the folder's records (None: a refused folder)."""
        name: str | None = self.data["file"]
        return name

    @property
    def generation(self) -> str | None:
        generation: str | None = self.data["generation"]
        return generation

    def appearances(self) -> list[ActorAppearance]:
        briefing_id = self.id
        if briefing_id is None:
            return []
        try:
            return [
                ActorAppearance(briefing_id, ident, name, tuple(same_as), tuple(aliases))
                for ident, name, same_as, aliases in json.loads(self.data["actors"])
                if isinstance(ident, str) and isinstance(name, str)
                and all(isinstance(uri, str) for uri in same_as)
                and all(isinstance(alias, str) for alias in aliases)
            ]  # fmt: skip
        except (TypeError, ValueError) as exc:
            raise IndexShapeError(f"actors of another shape ({exc})") from exc

    def shared_id_problem(self, said: tuple[str, str], content: Path) -> Problem:
        """The error `briefing check` reports when another folder keeps this one's id.

        Made here rather than stored: the folders sharing an id may change
        without this one being checked again (check_content words it alike).
        """
        file, line, column = self.data["id_at"]
        message, hint = said
        return Problem(
            display_path(content / file),
            line,
            column,
            Severity.ERROR,
            "duplicate-briefing-id",
            message,
            hint,
        )


_SHAPE: dict[str, type | tuple[type, ...]] = {
    "folder": str,
    "path": str,
    "id": (str, type(None)),
    "id_at": (list, type(None)),
    "title": (str, type(None)),
    "tags": list,
    "counts": list,
    "problems": list,
    "actors": str,
    "file": (str, type(None)),
    "generation": (str, type(None)),
}


def _summary(data: dict[str, Any], content: Path) -> BriefingSummary:
    actors, events, quotes = data["counts"]
    return BriefingSummary(
        folder=data["folder"],
        path=data["path"],
        id=data["id"],
        title=data["title"],
        as_of=date_from_json(data["as_of"]),
        actors=int(actors),
        events=int(events),
        quotes=int(quotes),
        problems=tuple(_problem_for_display(p, content) for p in data["problems"]),
        tags=tuple(str(tag) for tag in data["tags"]),
    )


def summaries(rows: list[FolderRow], content: Path) -> list[BriefingSummary]:
    """Each row's summary, with the error of a briefing whose id another keeps
    (check.content.shared_id_problems)."""
    by_id: dict[str, list[FolderRow]] = {}
    for row in rows:
        if row.id is not None and row.data["id_at"] is not None:
            by_id.setdefault(row.id, []).append(row)
    refused: dict[int, Problem] = {}
    for briefing_id, sharing in by_id.items():
        if len(sharing) > 1:
            paths = [content / row.data["path"] for row in sharing]
            names = [path.name for path in paths]
            problems = shared_id_problems(briefing_id, names, same_folders(paths))
            for row, said in zip(sharing, problems, strict=True):
                if said is not None:
                    refused[id(row)] = row.shared_id_problem(said, content)
    found = []
    for row in rows:
        summary = row.summary
        if id(row) in refused:
            summary = replace(summary, problems=(*summary.problems, refused[id(row)]))
        found.append(summary)
    return found


def actors_text(actors: Iterable[list[object]]) -> str:
    """A briefing's actors (`[id, name, [same_as, ...], [alias, ...]]` each), as the
    catalogue keeps them.

    As one JSON text, decoded only when asked for: the library never reads
    them, and parsing 32,000 small lists (a thousand briefings' actors) was
    three quarters of the time it took to read the catalogue.
    """
    return json.dumps(list(actors), ensure_ascii=False, separators=(",", ":"))


def problem_to_json(problem: Problem, content: Path) -> dict[str, object]:
    """A problem whose file is stored relative to the content directory.

    Relative as named, symlinks not resolved: a briefing folder that is a
    symlink to elsewhere is still inside the content directory. A file
    outside it is stored by its absolute path.
    """
    data = problem.to_json()
    data["file"] = relative_file(problem.file, content)
    return data


def relative_file(file: str, content: Path) -> str:
    """`file` (as the checker names it) relative to `content`, or absolute if outside."""
    absolute = os.path.abspath(file)
    relative = os.path.relpath(absolute, os.path.abspath(content))
    inside = relative != os.pardir and not relative.startswith(os.pardir + os.sep)
    return Path(relative).as_posix() if inside else absolute


def _problem_for_display(data: dict[str, object], content: Path) -> Problem:
    problem = Problem.from_json(data)
    return Problem(
        display_path(content / problem.file),
        problem.line,
        problem.column,
        problem.severity,
        problem.code,
        problem.message,
        problem.hint,
    )
