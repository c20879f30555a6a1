"""A speaker's role and affiliation, read off the mention's own syntax: an apposition ("X, a
professor at Y"), a possessive ("the Institute's X"), a prepositional phrase ("X of the Y") or a
title written before the name. Honorifics and ages are not roles."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...cues import HONORIFICS, ORG_NOUNS
from .text import QUANTIFIERS, clean

_AFFILIATION_PREPS = frozenset({"at", "of", "from", "with", "for"})


ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in HONORIFICS) | {"mrs", "ms", "mr", "dr", "prof"}


def role_and_affiliation(head: Token, ent: Span | None) -> tuple[str | None, str | None]:
    """Role and affiliation from an apposition, a possessive, a prepositional phrase or a title."""
    doc = head.doc
    role: str | None = None
    affiliation: str | None = None
    name_start = ent.start if ent is not None else head.i
    name_end = ent.end if ent is not None else head.i + 1
    for child in head.children:
        if child.dep_ == "appos" and role is None:
            role, aff = _split_role(child)
            affiliation = affiliation or aff
        elif child.dep_ == "poss" and child.i < name_start:
            poss_ent = child.ent_type_
            text = clean(doc[child.left_edge.i: child.i + 1].text)
            if poss_ent in ("ORG", "GPE", "FAC") or child.pos_ == "PROPN":
                affiliation = affiliation or text
            else:
                role = role or text
        elif child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS and child.i >= name_end:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ in ORG_LABELS or pobj.pos_ == "PROPN"):
                affiliation = affiliation or clean(doc[pobj.left_edge.i: pobj.right_edge.i + 1].text)
    # a title written before the name: "Former assistant secretary of state … David J. Kramer"
    if role is None and ent is not None:
        possessed = {t.i for child in head.children if child.dep_ == "poss" for t in child.subtree}
        # "Both Mr. King and Mr. Schultz say": a word of quantity is no title
        title = [t for t in doc[head.left_edge.i:name_start] if t.i not in possessed and t.dep_ != "case" and not (t.dep_ in ("det", "preconj") and t.lower_ in QUANTIFIERS)]
        if title:
            text = clean(doc[title[0].i:name_start].text)
            if text and any(ch.isalpha() for ch in text):
                role = text
    return _meaningful_role(role), affiliation or None


def _meaningful_role(role: str | None) -> str | None:
    """Drop what is not a role: an honorific ("Mr"), an age ("60"), a bare number."""
    if not role:
        return None
    words = [w for w in role.split() if w.lower().rstrip(".") not in _HONORIFIC_WORDS]
    text = " ".join(words).strip(" ,")
    if not text or not any(ch.isalpha() for ch in text):
        return None
    return text


def _split_role(appos: Token) -> tuple[str | None, str | None]:
    """`a professor of politics at Harvard's Belfer Center, who …` → ("professor of politics",
    "Harvard's Belfer Center"): the first organisation after a preposition is the affiliation;
    relative clauses are not part of the role."""
    doc = appos.doc
    start, end = appos.left_edge.i, appos.right_edge.i + 1
    affiliation = None
    cut = end
    for tok in appos.subtree:
        if tok.dep_ in ("relcl", "acl") and tok.i > appos.i:
            cut = min(cut, tok.left_edge.i)
    for tok in appos.subtree:
        if tok.i >= cut or tok.i <= appos.i or tok.dep_ != "prep" or tok.lower_ not in _AFFILIATION_PREPS:
            continue
        pobj = next((g for g in tok.children if g.dep_ == "pobj"), None)
        if pobj is not None and (pobj.ent_type_ in ("ORG", "FAC") or pobj.lemma_.lower() in ORG_NOUNS and pobj.pos_ == "PROPN"):
            affiliation = clean(doc[pobj.left_edge.i: min(pobj.right_edge.i + 1, cut)].text)
            cut = tok.i
            break
    for child in appos.children:
        if child.dep_ == "poss" and child.i < appos.i and (child.ent_type_ in ("ORG", "GPE", "FAC") or child.pos_ == "PROPN"):
            affiliation = affiliation or clean(doc[child.left_edge.i: child.i + 1].text)
            start = max(start, child.i + 1)
            if start < len(doc) and doc[start].text in ("'s", "’s"):
                start += 1
    role = clean(doc[start:cut].text)
    return (role or None), affiliation
