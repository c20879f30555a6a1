"""Syntax the speaker modules share: whether a token could speak at all, whose subject a verb has,
quotation marks, and the reporting verbs that decide whether a clause attributes words."""

from __future__ import annotations

from spacy.tokens import Token

from ...cues import FIRST_PERSON, ORG_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, SOURCE_NOUNS

RELATIVE = frozenset({"who", "which", "that", "whom"})


OBJECT_DEPS = frozenset({"dobj", "dative", "oprd"})


SPEECH_LEMMAS = frozenset("say tell add note write explain argue insist claim warn recall stress contend".split())


REPORTING_LEMMAS = frozenset(
    "ask question urge call suggest predict describe accuse acknowledge admit announce complain deny "
    "declare praise criticize criticise blame joke quip vow promise pledge demand repeat reply respond "
    "point emphasize emphasise".split()
)


def can_speak(token: Token) -> bool:
    """Could this token head the mention of someone who speaks (a person, a group, an organisation)?"""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lower = token.lower_
    if token.pos_ == "PRON" or token.pos_ == "DET":
        return lower in PERSON_PRONOUNS or lower in PLURAL_PRONOUNS or lower in FIRST_PERSON or lower in SOURCE_NOUNS or lower in RELATIVE
    if token.pos_ == "PROPN":
        return True
    lemma = token.lemma_.lower()
    return lemma in SOURCE_NOUNS or lemma in ORG_NOUNS or lemma in PERSON_NOUNS or token.lower_ in PERSON_NOUNS


def own_subject(verb: Token) -> Token | None:
    """The subject written before a verb; of two (`Salem, New Hampshire, Trump went`), the nearer."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return subjects[-1] if subjects else None


def shared_subject(verb: Token, any_noun: bool = False) -> Token | None:
    """The subject a verb without one shares with the clause it hangs from: `X arrived and said`,
    `X went after Bush, calling him …`; None unless that subject can speak (or, with `any_noun`,
    is a noun phrase at all)."""
    node = verb
    for _ in range(5):
        subject = own_subject(node)
        if subject is not None:
            fits = can_speak(subject) or any_noun and subject.pos_ in ("NOUN", "PROPN") and subject.lower_ not in RELATIVE
            return subject if fits else None
        if node.dep_ not in ("conj", "advcl", "xcomp") or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            return None
        node = node.head
    return None


def is_quote_mark(token: Token) -> bool:
    return bool(token.text) and all(ch in "\"“”«»'‘’" for ch in token.text) and token.text not in ("'s", "’s")
