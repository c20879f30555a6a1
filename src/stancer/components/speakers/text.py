"""The text of a mention: a phrase without its determiners and possessive endings, a personal
name without honorifics, a noun with its modifiers. Pure string and span helpers, no decisions."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...cues import HONORIFICS


# words of quantity that stand for, or count, unnamed people: "Some say", "Both warned", "Several of them"
QUANTIFIERS = frozenset("some both many several others other few most all each either neither none one".split())


def clean(text: str) -> str:
    """Strip determiners, possessive endings and punctuation from the edges of a phrase."""
    words = text.strip(" ,;:-–—\n\t").split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if words:
        for suffix in ("'s", "’s"):
            if words[-1].endswith(suffix):
                words[-1] = words[-1][: -len(suffix)]
        words[-1] = words[-1].rstrip(",;:")
    return " ".join(words).strip(" ,")


def person_name(ent: Span) -> str:
    """The name as written (hyphens kept), without honorifics and possessive endings."""
    start = 0
    while start < len(ent) and (ent[start].lower_ in HONORIFICS or ent[start].lower_ + "." in HONORIFICS):
        start += 1
        if start < len(ent) and ent[start].text == ".":
            start += 1
    end = len(ent)
    while end > start and ent[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if end <= start:
        return ""
    name = " ".join(ent[start:end].text.split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip(" ,")


def strip_possessive_end(ent: Span) -> int:
    last = ent[-1]
    if last.text in ("'s", "’s", "'", "’") and len(ent) > 1:
        return ent[-2].idx + len(ent[-2].text)
    return ent.end_char


def noun_phrase(head: Token) -> Span:
    """The head noun with its determiners, adjectives and compounds (not its clauses)."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "nummod", "nmod", "quantmod", "poss", "advmod"):
            start = min(start, child.left_edge.i)
    return head.doc[start: head.i + 1]
