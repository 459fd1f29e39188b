"""Where a briefing's actors are named in a source's text.

The quote viewer shows a quote inside its source's paragraph; an editor
checking who said the words looks for the name beside them. A quote given
to the speaker of the next sentence (`…," Berg said. "The members will
decide," Okafor replied.`) read as sound (a desk editor's trial): the
viewer marks the speaker's name where the paragraph gives it, and the other
speakers' names apart from it.

An actor is found by its name and aliases, whole words, and a person also
by the last word of their name ("Truss" for Liz Truss), which news copy uses
after the first mention; a possessive ("Berg's") is the name. A form that
two actors share (two Smiths) names neither. A name is found as written,
but a name written in lower case is found capitalised too: "The British
side" at the start of a sentence is the alias "the British side"; "berg"
is no Berg.

The text is looked up word by word in a table of the names, not matched
against one pattern of them all: a briefing of thousands of actors made
such a pattern slow to build, and the lookup costs what the text costs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.records.model import Actor, ActorKind

#: The shortest surname taken alone: "Li" or "Ng" alone would mark too much.
SHORTEST_SURNAME = 3
#: The most words a name is looked for in (longer names are not found).
LONGEST_NAME = 8
#: What may stand before a name in its word, and after it (quotation marks,
#: brackets, punctuation, a possessive).
_LEADING = re.compile(r"[\"'“”‘’«»„(\[]+")
_TRAILING = re.compile(r"(?:['’]s)?[\"'“”‘’«»)\].,;:!?…]*$")
_WORD = re.compile(r"\S+")


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
        capitalised: dict[str, bool] = {}
        for actor in actors:
            for form in _forms(actor):
                key = _key(form)
                owners.setdefault(key, set()).add(actor.id)
                # found in lower case only if some form is written so
                capitalised[key] = capitalised.get(key, True) and not form[0].islower()
        #: by each form's key (`_key`), its one actor, and whether the text
        #: must write it with a capital: a form two actors share names neither
        self._names = {
            key: (ids.pop(), capitalised[key]) for key, ids in owners.items() if len(ids) == 1
        }
        self._longest = min(
            LONGEST_NAME, max((key.count(" ") + 1 for key in self._names), default=0)
        )

    def mentions(self, text: str) -> list[Mention]:
        """The actors named in `text`, in order, none overlapping: at each word
        the longest name that starts there."""
        if not self._names:
            return []
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        found: list[Mention] = []
        index = 0
        while index < len(words):
            mention = self._at(text, words, index)
            if mention is None:
                index += 1
                continue
            found.append(mention)
            while index < len(words) and words[index][0] < mention.end:
                index += 1
        return found

    def _at(self, text: str, words: list[tuple[int, int]], index: int) -> Mention | None:
        """The longest name starting at the `index`th word, if any."""
        first_start, first_end = words[index]
        lead = _LEADING.match(text, first_start, first_end)
        start = lead.end() if lead else first_start
        for count in range(min(self._longest, len(words) - index), 0, -1):
            last_start, last_end = words[index + count - 1]
            trailing = _TRAILING.search(text, max(start, last_start), last_end)
            # as written ("U.S."), then without what may follow a name ("Okafor.")
            for stop in dict.fromkeys((last_end, trailing.start() if trailing else last_end)):
                if stop <= start:
                    continue
                candidate = " ".join(text[start:stop].split())
                named = self._names.get(_key(candidate))
                if named is not None and not (named[1] and candidate[0].islower()):
                    return Mention(start, stop, named[0])
        return None


def _forms(actor: Actor) -> set[str]:
    forms = {actor.name, *actor.aliases}
    if actor.kind is ActorKind.PERSON:
        last = actor.name.split()[-1] if actor.name.split() else ""
        if len(last) >= SHORTEST_SURNAME and last[0].isupper() and last.isalpha():
            forms.add(last)
    return {" ".join(form.split()) for form in forms if form.strip()}


def _key(form: str) -> str:
    """A form as it is looked up: its first letter in lower case."""
    return form[:1].lower() + form[1:]
