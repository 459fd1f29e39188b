"""Where a briefing's actors are named in a source's text.

The quote viewer shows a quote inside its source's paragraph; an editor
checking who said the words looks for the name beside them. A quote given
to the speaker of the next sentence (`…," Berg said. "The members will
decide," Okafor replied.`) read as sound (a desk editor's trial): the
viewer marks the speaker's name where the paragraph gives it, and the other
actors' names apart from it.

An actor is found by its name and aliases, whole words, and a person also
by the last word of their name ("Truss" for Liz Truss), which news copy uses
after the first mention. A form that two actors share (two Smiths) names
neither. A name is found as written, but a name written in lower case is
found capitalised too: "The British side" at the start of a sentence is the
alias "the British side"; "berg" is no Berg.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.records.model import Actor, ActorKind

#: The shortest surname taken alone: "Li" or "Ng" alone would mark too much.
SHORTEST_SURNAME = 3


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named in a text: `text[start:end]` is one of its names."""

    start: int
    end: int
    actor_id: str


class ActorNames:
    """The names of a briefing's actors, ready to be found in texts."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        owners: dict[str, set[str]] = {}
        written: dict[str, set[str]] = {}
        for actor in actors:
            for form in _forms(actor):
                owners.setdefault(_key(form), set()).add(actor.id)
                written.setdefault(_key(form), set()).add(form)
        #: by each form's key (`_key`), its one actor: a form two actors share names neither
        self._owner = {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}
        forms = sorted(
            (form for key in self._owner for form in written[key]), key=len, reverse=True
        )  # the longest name first
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(_either_case(form) for form in forms) + r")(?!\w)")
            if forms
            else None
        )

    def mentions(self, text: str) -> list[Mention]:
        """The actors named in `text`, in order, none overlapping."""
        if self._pattern is None:
            return []
        return [
            Mention(found.start(), found.end(), self._owner[_key(found.group())])
            for found in self._pattern.finditer(text)
        ]


def _forms(actor: Actor) -> set[str]:
    forms = {actor.name, *actor.aliases}
    if actor.kind is ActorKind.PERSON:
        last = actor.name.split()[-1] if actor.name.split() else ""
        if len(last) >= SHORTEST_SURNAME and last[0].isupper() and last.isalpha():
            forms.add(last)
    return {" ".join(form.split()) for form in forms if form.strip()}


def _key(form: str) -> str:
    """A form as it is looked up: its first letter in lower case, its spaces one."""
    form = " ".join(form.split())
    return form[:1].lower() + form[1:]


def _either_case(form: str) -> str:
    """A pattern for `form`: a first letter in lower case may be a capital too;
    any run of whitespace where it has a space (a name broken over two lines)."""
    first, rest = form[0], form[1:]
    head = f"[{first}{first.upper()}]" if first.islower() else re.escape(first)
    return head + r"\s+".join(re.escape(word) for word in rest.split(" "))
