"""Negations of the languages the checker knows them in, for the warnings of a
quote that leaves one out or adds one.

Short lists of the words that negate a clause, by the briefing's `language`
(its primary subtag; none given: English):

- `en`: `not`, `no`, `never`, `cannot`, `neither`, `nor`, `without`, and
  every word written with `n't` (don't, won't, can't, isn't ...). Not
  `nothing`, `nobody`, `none`, `nowhere`: they negate as pronouns, and a
  quote rarely stops right beside one;
- `fr`: `ne` and the elided `n'` (n'a, n'est), `pas`, `jamais`, `rien`,
  `aucun(e)`, `guère`, `ni`, `sans`, `non`; not `plus` nor `personne`, which
  mostly mean "more" and "person"; nor `jamais` after `que` or `à` ("plus
  que jamais", "à jamais"), nor `ne` after `qu'il` ("avant qu'il ne soit
  trop tard": a ne that negates nothing);
- `de`: `nicht`, `kein` (keine, keinen ...), `nie`, `niemals`, `nichts`,
  `niemand`, `weder`, `ohne`, `nein`;
- `es`: `no`, `nunca`, `jamás`, `ni`, `nada`, `nadie`, `ningún`,
  `ninguno(a)`, `sin`, `tampoco` (not `nunca` after `que`: "más que nunca");
- `it`: `non`, `mai`, `nessuno(a)`, `niente`, `nulla`, `né`, `senza`,
  `neanche`, `nemmeno`, `neppure` (not `mai` after `che` or `come`: "più che
  mai", "come mai");
- `pt`: `não`, `nunca`, `jamais`, `nem`, `nada`, `ninguém`, `nenhum(a)`, `sem`
  (not `nunca` after `que`: "mais do que nunca");
- `nl`: `niet`, `geen`, `nooit`, `niets`, `niemand`, `noch`, `zonder`.

A correspondent's trial in French and German found quotes that said the
opposite of their source pass with nothing said ("Wir akzeptieren das" from
"Wir akzeptieren das nicht"; "je ne la fais" before "pas"). Languages
written without spaces between words (Japanese, Chinese) and those that join
a negation to the next word (Arabic) have no list: what could be read as a
word there is not one. "Without" and its kin (sans, ohne, sin, senza, sem,
zonder) right after a quote's end are none: the quote says less, not the
opposite. "not only" and "whether or not" are on the English list as any
"not" is: a quote that starts right after them is warned of too (its words
say less than the source's, if not the opposite).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.check.languages import primary_language

#: A word: letters, with apostrophes inside (won't, n’a, aujourd'hui).
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)*"
_WORDS = re.compile(_WORD)
#: What may stand between a quote's edge and the word beside it: white space
#: (within a paragraph: one line break at most) and quotation marks, which a
#: report puts around a speaker's words (`would not "intervene"`), but not a
#: mark right after the first of the two (`said "no" and then`: it closes a
#: quotation, and the words after it are another's).
_SEPARATORS = " \t\n\r\xa0\u2009\u202f\"“”„‟«»‹›'‘’‚"
_MARKS = "\"“”„‟«»‹›'‘’‚"
#: The no-break spaces French sets inside its guillemets (`«\u202fNous\u202f»`):
#: a mark after them is as glued to the word as an English mark is.
_NO_BREAK = "\xa0\u202f\u2009"
_SENTENCE_ENDS = frozenset(".!?;:…")
_LAST_WORD = re.compile(f"{_WORD}\\Z")
_FIRST_WORD = re.compile(_WORD)
#: How far from a quote's edge the word beside it is looked for.
_REACH = 40


@dataclass(frozen=True)
class Negations:
    """One language's negations: whole words, and the ends or beginnings of
    words that negate (English `n't`, French `n'`)."""

    words: frozenset[str]
    endings: tuple[str, ...] = ()
    beginnings: tuple[str, ...] = ()
    #: a negation's word, and the words right before it that make it none:
    #: "plus que jamais" (more than ever), "à jamais" (for ever), "avant
    #: qu'il ne soit trop tard" (a ne that negates nothing): a review
    unless_after: tuple[tuple[str, frozenset[str]], ...] = ()
    #: negations that are none right after a quote's end: "We will get it done"
    #: before "without raising taxes" says less, not the opposite (a trial)
    not_after_quote: frozenset[str] = frozenset()
    #: a negation's word, and the words right after it that make it none after
    #: a quote's end: "Nordavia will file" before "no later than December"
    #: says when, not the opposite (a fact-checker's trial)
    unless_before: tuple[tuple[str, frozenset[str]], ...] = ()
    #: a negation's word and the nouns after it that make it none only before
    #: a clause (`CLAUSE_OPENERS`): "no question that [the drug works]", but
    #: "no secret deal" is a deal denied (the second review)
    unless_before_clause: tuple[tuple[str, frozenset[str]], ...] = ()
    #: how many words before a quote's start a negation is looked for: 2 reads
    #: past one plain word ("not seen [customers pull back]")
    reach: int = 1

    def negates(self, word: str) -> bool:
        lowered = word.lower()
        return (
            lowered in self.words
            or (bool(self.endings) and lowered.endswith(self.endings))
            or (bool(self.beginnings) and lowered.startswith(self.beginnings))
        )

    def found_in(self, text: str) -> str | None:
        """The first negation among the words of `text`."""
        for match in _WORDS.finditer(text):
            if self.negates(match.group()):
                return match.group()
        return None

    def before(self, text: str, position: int, since: int = 0) -> str | None:
        """The negation right before `position`, only white space or quotation
        marks between (a comma, a full stop, a paragraph break stand between),
        wholly after `since` (a part's end: `can … accept` for "can't accept"
        takes part of the word, and quote-cuts-word says so)."""
        window = text[max(since, position - _REACH) : position]
        kept = window.rstrip(_SEPARATORS)
        if len(kept) == len(window) or _mark_glued(window[len(kept) :]):
            return None  # nothing between (a word cut: said apart), or a mark closing its quotation
        if window.count("\n", len(kept)) > 1:
            return None  # a paragraph break
        token = kept.rsplit(None, 1)[-1] if kept else ""  # the last run of non-space
        found = _LAST_WORD.search(token)
        if found is None:
            return None
        if not self.negates(found.group()):
            # English: "We have not seen customers pull back" for "customers
            # pull back" (a fact-checker's trial): one plain word between
            following = text[position : position + _REACH]  # the quote's first words
            return self._word_before(kept[: len(kept) - len(token)], token, following)
        start = found.start()
        if start > 0 and (token[start - 1].isalnum() or token[start - 1] in "'’"):
            return None  # the end of a longer word
        if self._undone(found.group(), kept[: len(kept) - len(token) + start]):
            return None
        return found.group()

    def _word_before(self, kept: str, word: str, following: str = "") -> str | None:
        """The negation one plain word (`word`) before a quote's start, spaces
        alone between, where the language reads that far (`reach`)."""
        if self.reach < 2 or _FIRST_WORD.fullmatch(word) is None or not kept[-1:].isspace():
            return None
        token = kept.rsplit(None, 1)[-1] if kept.strip() else ""
        if _FIRST_WORD.fullmatch(token) is None or not self.negates(token):
            return None
        if self._undone(token, kept[: len(kept.rstrip()) - len(token)]):
            return None
        undoing = dict(self.unless_before).get(token.lower())
        if undoing is not None and word.lower() in undoing:
            return None
        nouns = dict(self.unless_before_clause).get(token.lower(), frozenset())
        opening = _FIRST_WORD.match(following)
        opens_clause = opening is not None and opening.group().lower() in CLAUSE_OPENERS
        if word.lower() in nouns and opens_clause:
            return None
        return f"{token} {word}"  # said so: "starts right after 'not seen'"

    def _undone(self, word: str, before: str) -> bool:
        """Whether the words `before` a negation's `word` make it none."""
        cancelling = dict(self.unless_after).get(word.lower())
        if cancelling is None:
            return False
        previous = _LAST_WORD.search(before.rstrip())
        return previous is not None and previous.group().lower() in cancelling

    def after(self, text: str, position: int, until: int | None = None) -> str | None:
        """The negation right after `position`, as `before` finds one, wholly
        before `until`."""
        window = text[position : min(position + _REACH, len(text) if until is None else until)]
        kept = window.lstrip(_SEPARATORS)
        if len(kept) == len(window) or _mark_glued(window):
            return None  # nothing between, or a mark closing the quote's quotation
        if window.count("\n", 0, len(window) - len(kept)) > 1:
            return None
        if text[max(0, position - 8) : position].rstrip(_MARKS)[-1:] in _SENTENCE_ENDS:
            return None  # the quote ends a sentence: "We will win." Not everyone agrees.
        found = _FIRST_WORD.match(kept)
        if found is None or not self.negates(found.group()):
            return None
        if found.group().lower() in self.not_after_quote:
            return None
        end = found.end()
        if end < len(kept) and kept[end].isalnum():
            return None  # the start of a longer word
        undoing = dict(self.unless_before).get(found.group().lower())
        if undoing is not None:
            following = _FIRST_WORD.match(kept[end:].lstrip())
            if following is not None and following.group().lower() in undoing:
                return None
        return found.group()


def _mark_glued(gap: str) -> bool:
    """Whether `gap`, what follows a word, starts with a quotation mark, right
    after it or after a no-break space (French `non\u202f»`): the mark closes
    the word's quotation, and what comes after is another's."""
    if not gap[0].isspace():
        return True
    return gap[0] in _NO_BREAK and gap.lstrip(_NO_BREAK)[:1] in _MARKS


ENGLISH = Negations(
    frozenset("not no never cannot neither nor without".split()),
    endings=("n't", "n’t"),
    not_after_quote=frozenset({"without"}),
    unless_before=(
        (
            "no",
            frozenset("later earlier sooner less more fewer doubt matter mistake".split()),
        ),
        ("not", frozenset("only least just".split())),
    ),
    unless_before_clause=(
        (
            "no",
            frozenset("question secret wonder surprise coincidence accident exaggeration".split()),
        ),
    ),
    reach=2,
)
#: Words that open the clause a "no question" or a "no secret" is about.
CLAUSE_OPENERS = frozenset("that about whether how what why who when".split())
#: By a language tag's primary subtag.
BY_LANGUAGE: dict[str, Negations] = {
    "en": ENGLISH,
    "fr": Negations(
        frozenset("ne pas jamais rien aucun aucune guère ni sans non".split()),
        beginnings=("n'", "n’"),
        not_after_quote=frozenset({"sans"}),
        unless_after=(
            ("jamais", frozenset("que qu' qu’ à".split())),
            ("ne", frozenset("qu’il qu'il qu’elle qu'elle qu’on qu'on qu’ils qu'ils".split())),
        ),
    ),
    "de": Negations(
        frozenset(
            "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder "
            "ohne nein".split()
        ),
        not_after_quote=frozenset({"ohne"}),
    ),
    "es": Negations(
        frozenset("no nunca jamás ni nada nadie ningún ninguno ninguna sin tampoco".split()),
        unless_after=(("nunca", frozenset({"que"})), ("jamás", frozenset({"que"}))),
        not_after_quote=frozenset({"sin"}),
    ),
    "it": Negations(
        frozenset("non mai nessuno nessuna niente nulla né senza neanche nemmeno neppure".split()),
        # "più che mai" (more than ever), "come mai" (how come)
        unless_after=(("mai", frozenset({"che", "come"})),),
        not_after_quote=frozenset({"senza"}),
    ),
    "pt": Negations(
        frozenset("não nunca jamais nem nada ninguém nenhum nenhuma sem".split()),
        unless_after=(("nunca", frozenset({"que"})),),
        not_after_quote=frozenset({"sem"}),
    ),
    "nl": Negations(
        frozenset("niet geen nooit niets niemand noch zonder".split()),
        not_after_quote=frozenset({"zonder"}),
    ),
}


def negations_of(language: object) -> Negations | None:
    """The negations of a briefing's `language` (None, not given: English);
    None where the checker knows none."""
    primary = primary_language(language)
    return None if primary is None else BY_LANGUAGE.get(primary)
