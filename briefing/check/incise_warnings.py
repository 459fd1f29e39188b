"""A French quote that holds the reporter's incise.

French sets the reporter's "he said" inside the speaker's quotation, between
commas: `« Nous irons jusqu’au bout, a-t-il martelé, car c’est notre
devoir »`. The quotation warnings read the whole as the speaker's, so the
quote `Nous irons jusqu’au bout, a-t-il martelé` passed with nothing said,
and the reader showed the reporter's words as the speaker's (a
correspondent's trial). An elision that leaves the incise out (`jusqu’au
bout … car c’est`) is the way to quote across it.

`quote-holds-incise` is said, in a briefing whose `language` is French, when
a stretch of the source a quote's words stand in holds an incise, read
tightly (a speaker's own inverted question must not be taken for one):

- after a comma (or a `?`, `!` before a word in lower case), a verb joined
  to its subject pronoun by a hyphen: `-il`, `-elle`, `-ils`, `-elles`,
  `-on`, with or without `-t-` (`dit-il`, `poursuit-elle`, `estime-t-on`,
  `s’interroge-t-il`); an auxiliary (`a-t-il`, `ont-ils`, `avait-elle`,
  `s’est-il`) optionally followed by an adverb and a past participle
  (`a-t-il martelé`, `a-t-elle encore ajouté`, `a-t-il fait valoir`);
- then, optionally, a complement that opens with a preposition (`devant les
  députés`, `à l’AFP`);
- then a comma, the sentence's end, a closing mark, or the stretch's end.

Not the verbs of a question or a hedge (`peut-on`, `faut-il`, `est-il`,
`semble-t-il`, `paraît-il`, `sait-on`): a speaker says `C’est, semble-t-il,
une erreur` and `Mais, peut-on, dans ces conditions, continuer ?`.
`selon lui` is left alone: a speaker may say it of someone else. German
closes its quotation around `sagte er` („…“, sagte er, „…“), so a quote
across it is quote-across-quotation already.
"""

from __future__ import annotations

import re

from briefing.check.quote_places import Marks, SourcePlaces, around
from briefing.check.raw import RawRecord
from briefing.check.turn_labels import TurnNames
from briefing.records.text import shown

_LOWER = "a-zàâäçéèêëîïôöûùüÿœæ"
_LETTERS = r"[^\W\d_]"
_HYPHEN = "[-\u2011]"
_PRONOUN = rf"{_HYPHEN}(?:t{_HYPHEN})?(?:il|elle|ils|elles|on)(?![\w\u2011-])"
#: Auxiliaries of a compound tense (avoir; être only reflexive: s’est-il).
_AUXILIARY = (
    r"(?:a|ont|avait|avaient|aurait|auraient|aura|auront|eut|s['’]est|se\s+sont|"
    r"s['’]était|se\s+sont)"
)
#: Verbs of a question or a hedge, never of an incise.
_NOT_SAYING = (
    "est sont était étaient serait seraient fut sera seront peut peuvent pourrait "
    "pourraient pouvait doit doivent devrait devraient devait faut faudrait fallait va "
    "vont allait veut veulent voudrait sait savent saurait semble semblait paraît "
    "paraissait suffit reste importe vaut agit"
).split()
_ADVERB = rf"(?:{_LETTERS}+ment|encore|aussi|ensuite|alors|enfin|déjà|même|toutefois|pourtant)"
_PARTICIPLE = rf"{_LETTERS}+(?:é|ée|és|ées|i|ie|is|ise|it|ite|u|ue|us|t)"
_INFINITIVE = r"(?:valoir|remarquer|savoir|observer)"
_PREPOSITION = (
    r"(?:à|au|aux|devant|sur|dans|lors|auprès|en|pour|chez|face|depuis|après|avant|"
    r"avec|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)
INCISE = re.compile(
    rf"""(?:,|[?!](?=\s+[{_LOWER}]))\s+
    (?P<incise>
      (?:
        {_AUXILIARY}{_PRONOUN}(?:\s+(?:{_ADVERB}\s+)?{_PARTICIPLE}(?:\s+{_INFINITIVE})?)?
      |
        (?:s['’])?(?!(?:{"|".join(_NOT_SAYING)}){_HYPHEN})[{_LOWER}]{_LETTERS}*{_PRONOUN}
        (?:\s+{_INFINITIVE})?
      )
      (?:\s+{_PREPOSITION}\b[^,.;:!?«»"“”\n]{{0,50}}?)?
    )
    (?=\s*(?:[,.;:!…»"”)]|\Z))""",
    re.VERBOSE,
)


#: "dit-on" ("so they say"): the speaker's own hedge, as "semble-t-il" is,
#: not the reporter's words (a review).
_HEDGE = re.compile(r"dit[-‑]on", re.IGNORECASE)


def incise_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the first incise within `text[start:end]` stands; one that opens
    the stretch counts, after its comma before `start`."""
    found = INCISE.search(text, max(0, start - 3), end)
    while found is not None and (
        found.start("incise") < start or _HEDGE.fullmatch(found.group("incise").strip())
    ):
        found = INCISE.search(text, found.end("incise"), end)
    return (found.start("incise"), found.end("incise")) if found is not None else None


def warn_incises(
    record: RawRecord,
    pieces: tuple[tuple[int, int], ...],
    source: SourcePlaces,
    source_id: str,
    names: TurnNames,
) -> None:
    """Warn, once, of the first incise a quote's stretches of the source hold
    inside a quotation (or in a source with no quotation marks: outside one,
    quote-outside-quotation and quote-across-quotation say it)."""
    original = source.original
    for start, end in pieces:
        found = incise_in(original, start, end)
        if found is None:
            continue
        place = source.place(*found)
        if source.uses_marks and (place is None or place.marks is not Marks.INSIDE):
            continue
        incise = original[found[0] : found[1]]
        shown_around = around(original, *found, *source.paragraph(found[0]))
        speaker = names.name_of(record.text("speaker") or "")  # a name, as the reader shows it
        node = record.place("text")
        record.sink.warning(
            node.line,
            node.column,
            "quote-holds-incise",
            f"this quote holds {shown(incise)}, an incise of the source {shown(source_id)}, "
            f"{shown(shown_around, 80)}: the reporter's words, which French sets inside the "
            f"speaker's quotation, and which the reader would show as said by {shown(speaker)}",
            f"end the quote before {shown(incise)}, or leave it out with an elision (' … ' "
            "in its place, each part three words or more)",
        )
        return
