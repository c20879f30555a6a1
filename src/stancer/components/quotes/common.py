"""What every cue family shares: the `Cue` record and the small token tests they all ask.

`Cue` is what a cue finder hands the quote builder (cue token and phrase, speaker head, reported
clause). `_is_source` decides whether a token could head the mention of someone who speaks; the
verb, lead-in, noun and fragment rules all need that same answer, so it lives here once.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...cues import ORG_NOUNS, PERSON_NOUNS, SOURCE_NOUNS


_QUOTE_CHARS = frozenset("\"“”«»„‘’'`")
_RELATIVE = frozenset({"who", "which", "that", "whom"})


@dataclass
class Cue:
    """A reporting expression with the tokens that matter for a quote."""

    token: Token  # the verb/noun/"according" heading the cue
    start: int  # char offsets of the cue phrase
    end: int
    subject: Token | None  # head token of the speaker mention
    content: tuple[int, int] | None  # token range [i, j) of the reported clause
    kind: str  # verb | according | noun
    clausal: bool = True  # False when the content is a noun phrase ("announced his candidacy")
    mention: Token | None = None  # the word tied to this quote when it is not the subject ("who")
    weak: bool = False  # a verb that reports nothing governing a one-word quotation


def _is_quote_token(token: Token) -> bool:
    """A token made only of quotation marks (not the `'s` of a possessive)."""
    return all(ch in _QUOTE_CHARS for ch in token.text)


_DASHES = frozenset({"—", "–", "-", "--"})


def _is_date(token: Token) -> bool:
    """`… to supporters Tuesday urging them …`: a date or time is never the speaker."""
    return token.ent_type_ in ("DATE", "TIME") and token.pos_ != "PRON" and not any(c.dep_ == "det" for c in token.children)


def _cue_extent(verb: Token) -> tuple[int, int]:
    """The cue phrase: the verb with its auxiliaries, negation and particles ("has not said")."""
    start_tok = verb
    for child in verb.lefts:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i >= verb.i - 3:
            start_tok = child if child.i < start_tok.i else start_tok
            break
    end = verb.idx + len(verb.text)
    return start_tok.idx, end


_SPEAKING_PRONOUNS = frozenset(
    "he she they i we who someone somebody everyone everybody anyone anybody nobody others some many several most both".split()
)


def _is_source(token: Token, roles: bool = True) -> bool:
    """Could this token head the mention of someone who speaks? (`roles`: titles such as
    "president" count too.)"""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lower = token.lower_
    if token.pos_ == "PRON":
        return lower in _SPEAKING_PRONOUNS
    if token.pos_ == "PROPN":
        return True
    lemma = token.lemma_.lower()
    if lemma in SOURCE_NOUNS or lemma in ORG_NOUNS or roles and lemma in PERSON_NOUNS:
        return True
    # words for people by what they do: "the radioman", "a lobbyist", "one historian"
    return token.pos_ == "NOUN" and len(lemma) > 5 and lemma.isalpha() and (
        lemma.endswith(_PERSON_SUFFIXES) and not lemma.endswith(_THING_SUFFIXES)
    )


_PERSON_SUFFIXES = ("man", "woman", "men", "women", "ist", "ian", "ists", "ians")
_THING_SUFFIXES = ("list", "lists", "twist", "twists", "wrist", "median")


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))
