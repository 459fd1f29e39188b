"""The shapes of a transcript's turn labels, read from a source's paragraphs.

A turn opens with its speaker's label and a colon (`BERG:`, `Q:`, `MS.
PSAKI:`, `Question :`). A trial by a reporter who works from transcripts
found other forms that were read as no label, so a question given to the
official who answers it passed with nothing said:

- a timestamp before the label: `[10:32] BIDEN: …`, `(10:32:15) BIDEN:`;
- parentheses after the name: an outlet (`Q (Reuters): …`), Hansard's
  member and seat (`Kemi Badenoch (North West Essex) (Con): …`), or role
  then name (`The Prime Minister (Keir Starmer): …`, whose role may be
  long: `The Secretary of State for Foreign, Commonwealth and Development
  Affairs (Mr David Lammy):`);
- the White House's `Q` with no colon (`Q Thank you, Karine. …`): only
  before a capital, a dash or parentheses (`Q (inaudible) — …`), in a
  source with TRANSCRIPT_LABELS labels of the other forms, and in a
  paragraph that asks (a `?`): "Q ratings rose", "Q Magazine named it" in
  an answer are no turn (a closing `Q Thank you.` is none either);
- a court record's `Q.` (the examiner's question) and `A.` (the witness's
  answer): only in a source where an `A.` paragraph answers the `Q.` one
  right before it, which asks (`A. Smith said`, `Q. Li` are initials).

A court record's last `BY MR. SMITH:` line (or `CROSS-EXAMINATION BY MS.
LOWE:`) before a `Q`, `Q.`, `Q:`, `A.` or `A:` names the examiner: the
questions are his, the answers the witness's, whoever was called. An
English record names him so in its own words, colon or none (`Examination-
in-chief by MS MARSH`, `Cross-examination by MR PRYCE KC.`, `Re-examination
by …`, `Further cross-examination by … (continued)`): read as no examiner's
line, its counsel's own questions were warned of as the interviewer's, and
the witness's answer given to counsel passed (a trial with long legal
documents).

A judgment's cover sheet (`Neutral Citation Number: [2026] EWHC 2417`,
`Case No: …`, `Date: …`, `Hearing dates: …`) is headings, not turns: four
of them made a judgment read as a transcript, whose paragraphs all fell to
the `Hearing dates:` turn, and a witness or counsel given the judge's words
passed (the same trial). The line naming the judge before his judgment's
paragraphs (`Mr Justice Harlow:`, `LORD JUSTICE SINGH:`, alone in its
paragraph) is his turn, and it runs on to the next label or the text's end,
though it be the text's only label: the judgment is his words.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import NamedTuple

#: A timestamp before a label: `[10:32] `, `(10:32:15) `, `[10:32 a.m.] `, `10:32 `.
_TIME = (
    r"(?:[\[(]\d{1,2}(?::\d{2}){1,2}(?:[^\S\n]?[AaPp]\.?[Mm]\.?)?[\])]"
    r"|\d{1,2}(?::\d{2}){1,2})[^\S\n]+"
)
#: Parentheses after a label's name, one level within (`(Richmond (Yorks))`).
_GROUP = r"[^\S\n]*\((?:[^()\n]|\([^()\n]*\)){1,80}\)"
#: A label ending in a colon: its name's words (commas among them only before
#: parentheses: a long Hansard role), its parentheses, the colon, a space, and
#: no quotation mark after it (`Anna Berg said: "…"` is narration).
_COLON = re.compile(
    rf"[^\S\n]*(?P<time>{_TIME})?"
    r"(?P<head>[^\W\d_][^\n:;!?\"“”„«»()\[\]]{0,120}?)"
    rf"(?P<groups>(?:{_GROUP}){{0,3}})"
    r"[^\S\n]*:[^\S\n]+(?![\"“”„«»‘'])"
)
#: The White House's `Q` without a colon: before a capital, a dash, or parentheses.
_BARE_Q = re.compile(
    rf"[^\S\n]*(?:{_TIME})?Q(?:(?P<groups>(?:{_GROUP}){{1,2}})|(?=[^\S\n]))"
    r"[^\S\n]*(?P<dash>[-—–][^\S\n]*)?(?=\S)"
)
#: A court record's `Q.` and `A.`.
_COURT = re.compile(rf"[^\S\n]*(?:{_TIME})?(?P<letter>[QA])\.[^\S\n]+(?=\S)")
#: A court record's line naming the examiner, a paragraph of its own: the
#: American `BY MR. SMITH:`, or the English examination `by MS MARSH`, whose
#: colon or full stop may be left out (the examiner's name starts with a
#: capital: `Cross-examination by the defendant's counsel …` is narration).
_EXAMINED = (
    r"(?i:(?:further[^\S\n]+)?(?:(?:cross|re)(?:-|[^\S\n])*)?exam(?:ination|ined)"
    r"(?:(?:-|[^\S\n])+in(?:-|[^\S\n])+chief)?)"
)
_BY = re.compile(
    r"[^\S\n]*(?:"
    r"(?:[A-Z][A-Z -]*EXAMINATION[^\S\n]+)?BY[^\S\n]+(?P<name>[^\n:]{1,60}):"
    rf"|{_EXAMINED}[^\S\n]+(?i:by)[^\S\n]+(?P<english>[A-Z][^\n:]{{0,59}}?)"
    r"(?:[^\S\n]*\((?i:continued|cont'd|contd\.?)\))?[^\S\n]*[:.]?"
    r")\s*"
)
#: The line naming a judgment's judge before its paragraphs, alone in its
#: paragraph (`Mr Justice Harlow:`, `LORD JUSTICE SINGH:`, `HHJ Gore:`, `Lady
#: Justice Andrews (giving the judgment of the court):`).
_JUDGE = re.compile(
    r"[^\S\n]*(?P<name>(?i:(?:(?:mr|mrs|ms|miss|lord|lady|dame|sir)[^\S\n]+justice"
    r"|(?:his|her)[^\S\n]+honour[^\S\n]+judge|hhj))"
    r"(?:[^\S\n]+[^\W\d_][\w'’-]*){1,3})"
    rf"(?:{_GROUP})?[^\S\n]*:\s*"
)
#: How far into a paragraph its label's colon may stand (time, name, parentheses).
_REACH = 400
#: A name's words, at most (its role's, before parentheses: at most _LONG).
_WORDS = 6
_LONG = 12
#: Small words a label's name may hold in lower case (`Secretary of State`).
_SMALL = frozenset({"of", "the", "for", "and", "de", "von", "van", "du", "la", "le"})
#: A press release's or a report's section headings, which a colon follows as
#: a speaker's label does: "Highlights:" and "Outlook:" made a release read as
#: a transcript, whose narration given to its chief executive passed (the review).
_HEADINGS = frozenset(
    "highlights outlook background summary notes note contact contacts about update "
    "updates context disclaimer exclusive analysis explainer opinion comment breaking "
    "factbox timeline watch live".split()
) | {
    "key points",
    "key figures",
    "financial highlights",
    "media contact",
    "media contacts",
    "investor contact",
    "investor relations",
    "for more information",
    "editor's note",
    "editors' notes",
    "forward-looking statements",
    "about the company",
    # a judgment's cover sheet (a trial with long legal documents)
    "neutral citation number",
    "neutral citation no",
    "neutral citation",
    "case no",
    "case number",
    "claim no",
    "claim number",
    "appeal no",
    "date",
    "dated",
    "date of hearing",
    "date of judgment",
    "hearing date",
    "hearing dates",
    "before",
    "between",
    "judgment",
    "approved judgment",
    "judgment approved by the court for handing down",
}
#: A source with this many labels is a transcript (briefing.check.quote_places).
TRANSCRIPT_LABELS = 2


class Role(Enum):
    """Whose a label is, by its form."""

    SPEAKER = "speaker"  # its name says whose (`BERG:`, `Q:`)
    EXAMINER = "examiner"  # a court record's question (`Q.`; `Q:`, `Q` after `BY …:`)
    WITNESS = "witness"  # a court record's answer (`A.`; `A:` after `BY …:`)


class Label(NamedTuple):
    """A turn's label."""

    #: the words that say whose it is (`Q`, `BERG`, `Q (Reuters)`, `The Prime
    #: Minister (Keir Starmer)`), without timestamp or colon
    name: str
    #: as the source writes it (`Q (Reuters):`, `[10:32] BIDEN:`, `Q`, `A.`)
    written: str
    role: Role = Role.SPEAKER
    #: a court record's examiner, as its `BY …:` line names him (`MR. SMITH`)
    examiner: str = ""
    #: that line, as the source writes it (`BY MR. SMITH:`, `Cross-examination
    #: by MR PRYCE`)
    examined_by: str = ""
    #: a judgment's judge's line (`Mr Justice Harlow:`): his turn runs on to
    #: the next label, though it be the text's only one
    runs_on: bool = False


def read_labels(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, Label]]:
    """The paragraphs (`spans` of `text`) that open with a turn's label, in order,
    with it."""
    if ":" not in text and "Q" not in text:
        return []  # no label without a colon or a `Q`: most texts
    found: list[Label | None] = [
        _judge_label(text, *span) or _colon_label(text, *span) for span in spans
    ]
    for index, label in _court_labels(text, spans).items():
        found[index] = label
    if sum(label is not None for label in found) >= TRANSCRIPT_LABELS:
        for index, span in enumerate(spans):
            if found[index] is None and "?" in text[span[0] : span[1]]:
                found[index] = _bare_q(text, *span)
    _examined(text, spans, found)
    return [(*span, label) for span, label in zip(spans, found, strict=True) if label is not None]


def _colon_label(text: str, start: int, end: int) -> Label | None:
    """The label with a colon a paragraph opens with."""
    if text.find(":", start, min(end, start + _REACH)) == -1:
        return None  # most paragraphs: the pattern is slow to fail
    found = _COLON.match(text, start, end)
    if found is None:
        return None
    head = found.group("head").split()
    groups = found.group("groups").strip()
    most = _LONG if groups else _WORDS
    if not head or len(head) > most or ("," in found.group("head") and not groups):
        return None
    # a name's words, capitalised: `Anna Berg said: the offer…` is narration (a review)
    if not all(word[0].isupper() or word.rstrip(",") in _SMALL for word in head):
        return None
    if not groups and " ".join(head).lower().rstrip(".") in _HEADINGS:
        return None  # a press release's section, not a speaker (the review)
    name = " ".join(head + groups.split())
    begin = found.start("head") if found.group("time") is None else found.start("time")
    return Label(name, text[begin : found.end()].strip())


def _judge_label(text: str, start: int, end: int) -> Label | None:
    """The line naming a judgment's judge, a paragraph of its own."""
    if end - start > _REACH or not text[start:end].rstrip().endswith(":"):
        return None
    found = _JUDGE.fullmatch(text, start, end)
    if found is None:
        return None
    name = " ".join(found.group("name").split())
    return Label(name, text[start:end].strip(), runs_on=True)


def _bare_q(text: str, start: int, end: int) -> Label | None:
    found = _BARE_Q.match(text, start, end)
    if found is None:
        return None
    groups = (found.group("groups") or "").strip()
    if not groups and found.group("dash") is None and not text[found.end()].isupper():
        return None  # `Q ratings rose`
    name = " ".join(["Q", *groups.split()])
    return Label(name, text[start : found.end()].strip())


def _court_labels(text: str, spans: list[tuple[int, int]]) -> dict[int, Label]:
    """A court record's `Q.` and `A.` labels, by paragraph: none unless an
    `A.` answers a `Q.` (the paragraph before it)."""
    letters: dict[int, str] = {}
    for index, (start, end) in enumerate(spans):
        found = _COURT.match(text, start, end)
        if found is not None:
            letters[index] = found.group("letter")
    if not any(
        one == "A" and letters.get(index - 1) == "Q" and "?" in text[slice(*spans[index - 1])]
        for index, one in letters.items()
    ):
        return {}  # no answer right after a question: initials (`A. Smith said`)
    roles = {"Q": Role.EXAMINER, "A": Role.WITNESS}
    return {index: Label(one, one + ".", roles[one]) for index, one in letters.items()}


def _examined(text: str, spans: list[tuple[int, int]], found: list[Label | None]) -> None:
    """Give the examiner, as the last `BY …:` line before them names him, to a
    court record's questions and answers (`Q.`, `A.`, and `Q:`, `A:`, `Q`
    after that line), in place."""
    examiner = line = ""
    for index, (start, end) in enumerate(spans):
        label = found[index]
        if label is None:
            by = _BY.fullmatch(text, start, end)
            if by is not None:
                examiner = (by.group("name") or by.group("english")).strip()
                line = " ".join(text[start:end].split())
        elif examiner and label.name in ("Q", "A"):
            role = Role.EXAMINER if label.name == "Q" else Role.WITNESS
            found[index] = label._replace(role=role, examiner=examiner, examined_by=line)
