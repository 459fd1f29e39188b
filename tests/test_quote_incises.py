"""A French quote that holds the reporter's incise (quote-holds-incise).

French sets "he said" inside the speaker's guillemets: `« Nous irons
jusqu’au bout, a-t-il martelé, car c’est notre devoir »`. A correspondent's
trial quoted `Nous irons jusqu’au bout, a-t-il martelé`, and `check` said
nothing: the reporter's words were shown as the minister's. The sources
here are short French news texts; the speaker's own inverted questions and
hedges (`peut-on`, `semble-t-il`) must stay quiet, as an elision that leaves
the incise out, and an English briefing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.records.problems import Problem

BASE = str(BASE_FILES["briefing.yaml"])
TEXT_LINE, TEXT_COLUMN = 21, 11  # a line down: the briefing's language

DEPECHE = """\
Le ministre de l’économie a défendu mardi sa réforme des retraites devant les députés, \
sous les huées d’une partie de l’opposition.

« Nous irons jusqu’au bout, a-t-il martelé, car c’est notre devoir envers les Français. »

« Cette réforme est juste, poursuit-elle. Elle protège les plus fragiles », a ajouté la \
rapporteuse du texte, qui reconnaît toutefois « des ajustements nécessaires ».

« Nous ne céderons pas, dit-il, sur l’essentiel. »

« Le calendrier sera tenu, estime-t-on à Matignon, quoi qu’il arrive. »

« Nous avons été entendus sur la pénibilité, ont-ils expliqué à l’AFP, mais pas sur l’âge. »

« Il n’y aura pas de report, a-t-elle ajouté. Le texte sera voté en mars. »

« Pourquoi attendre ? s’interroge-t-il. Les chiffres sont connus depuis longtemps. »

« Mais, peut-on, dans ces conditions, continuer ainsi ? C’est, semble-t-il, une erreur de \
méthode », a lancé le député.

« La porte reste ouverte, fait-il valoir, mais pas indéfiniment. »

« Nous verrons, a-t-il encore ajouté, ce que proposent les syndicats. »

« Mais, a-t-il seulement compris la leçon ? Rien n’est moins sûr », a ironisé la sénatrice.

« Cette réforme, dit-on, coûterait trop cher. C’est faux », a répondu la ministre.

« Le gouvernement a-t-il vraiment compris la colère du pays ? Je ne le crois pas », a-t-il \
demandé.
"""


def checked(
    tmp_path: Path, quote: str, source: str = DEPECHE, language: str = "fr"
) -> list[Problem]:
    escaped = quote.replace('"', '\\"')
    text = BASE.replace("text: hello world", f'text: "{escaped}"')
    text = text.replace("  title: T\n", f"  title: T\n  language: {language}\n", 1)
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    return check(write_folder(tmp_path / "b", files))


def only(problems: list[Problem]) -> Problem:
    assert [p.code for p in problems] == ["quote-holds-incise"], [str(p) for p in problems]
    (problem,) = problems
    assert (problem.line, problem.column) == (TEXT_LINE, TEXT_COLUMN)
    assert problem.severity.value == "warning"
    return problem


def test_a_quote_that_ends_with_the_incise_is_warned_of(tmp_path: Path) -> None:
    """The trial's case."""
    problem = only(checked(tmp_path, "Nous irons jusqu’au bout, a-t-il martelé"))
    assert problem.message.startswith("this quote holds 'a-t-il martelé', an incise of the source")
    assert "jusqu’au bout, a-t-il martelé, car c’est" in problem.message
    assert "as said by 'A'" in problem.message  # the actor's name, as the reader shows it
    assert "elision" in problem.hint


@pytest.mark.parametrize(
    ("quote", "incise"),
    [
        ("Nous ne céderons pas, dit-il, sur l’essentiel", "dit-il"),
        ("Cette réforme est juste, poursuit-elle", "poursuit-elle"),
        (
            "Le calendrier sera tenu, estime-t-on à Matignon, quoi qu’il arrive",
            "estime-t-on à Matignon",
        ),
        (
            "sur la pénibilité, ont-ils expliqué à l’AFP, mais pas sur l’âge",
            "ont-ils expliqué à l’AFP",
        ),
        ("Il n’y aura pas de report, a-t-elle ajouté", "a-t-elle ajouté"),
        ("Pourquoi attendre ? s’interroge-t-il. Les chiffres sont connus", "s’interroge-t-il"),
        ("La porte reste ouverte, fait-il valoir, mais pas", "fait-il valoir"),
        ("Nous verrons, a-t-il encore ajouté, ce que proposent", "a-t-il encore ajouté"),
        # in a part of an elided quote
        ("Nous irons jusqu’au bout, a-t-il martelé … envers les Français", "a-t-il martelé"),
    ],
)
def test_incises_inside_the_quotation_are_warned_of(
    tmp_path: Path, quote: str, incise: str
) -> None:
    problem = only(checked(tmp_path, quote))
    assert f"holds '{incise}'" in problem.message


@pytest.mark.parametrize(
    "quote",
    [
        # an elision that leaves the incise out
        "Nous irons jusqu’au bout … car c’est notre devoir envers les Français",
        # the words before it, and after it
        "Nous irons jusqu’au bout",
        "car c’est notre devoir envers les Français",
        # a speaker's own question and hedge, inverted
        "Mais, peut-on, dans ces conditions, continuer ainsi ?",
        "C’est, semble-t-il, une erreur de méthode",
        "Le gouvernement a-t-il vraiment compris la colère du pays ?",
        "Mais, a-t-il seulement compris la leçon ?",
        # "so they say": the speaker's hedge (a review)
        "Cette réforme, dit-on, coûterait trop cher",
    ],
)
def test_the_speaker_s_own_words_are_not(tmp_path: Path, quote: str) -> None:
    assert checked(tmp_path, quote) == []


def test_an_english_briefing_is_not_read_for_incises(tmp_path: Path) -> None:
    quote = "Nous irons jusqu’au bout, a-t-il martelé"
    assert checked(tmp_path, quote, language="en") == []


def test_french_is_read_by_its_primary_subtag(tmp_path: Path) -> None:
    only(checked(tmp_path, "Nous irons jusqu’au bout, a-t-il martelé", language="fr-FR"))


def test_an_incise_outside_the_quotation_is_said_by_the_quotation_warnings(tmp_path: Path) -> None:
    """`« … », a-t-il martelé`: the quote runs out of the quotation; that is
    quote-across-quotation's to say, not a second warning."""
    source = "« Nous irons jusqu’au bout », a-t-il martelé devant les députés.\n"
    problems = checked(tmp_path, "jusqu’au bout », a-t-il martelé", source)
    assert [p.code for p in problems] == ["quote-across-quotation"]
