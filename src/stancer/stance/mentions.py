"""Where a quote refers to the target: alias mentions, pronouns and descriptions that point back
to it, and the first person of the target's own officials.

Reference resolution is deliberately small: a pronoun ("it", "its", "they", "their", "he") or a
description ("the country", "the regime") refers to the target when the nearest compatible
antecedent before it, in the same or the previous sentence, is a mention of the target.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from ..targets import Target

__all__ = ["Mention", "StateMentions", "resolve_reference", "IT_PRONOUNS", "THEY_PRONOUNS", "PERSON_PRONOUNS"]

IT_PRONOUNS = frozenset({"it", "its", "itself"})
THEY_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves", "i", "me", "my", "mine", "myself"})
DESCRIPTIONS = frozenset({"country", "government", "regime", "nation", "state", "leadership", "administration", "federation", "kremlin", "superpower", "power"})
# bodies of people that "they" can point back to ("the Russian military ... They are preparing")
COLLECTIVE_NOUNS = frozenset({"military", "army", "navy", "government", "administration", "leadership", "regime", "team", "side", "intelligence", "police", "delegation", "elite", "establishment", "media", "press", "parliament", "duma", "ministry", "kremlin"})
_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "look", "sound", "happen", "matter", "remain", "become", "take", "make", "feel", "turn"})
_ACTOR_NOUNS = frozenset({
    "force", "forces", "troops", "military", "army", "navy", "campaign", "war", "operation", "operations", "influence",
    "leverage", "role", "interests", "interest", "allies", "ally", "diplomats", "diplomacy", "policy", "policies", "government",
    "leader", "leaders", "leadership", "president", "officials", "intelligence", "hackers", "agents", "spies", "media",
    "propaganda", "aggression", "behavior", "behaviour", "actions", "involvement", "intervention", "strategy", "ambitions",
    "territory", "borders", "border", "neighbors", "neighbours", "sovereignty", "sanctions", "economy", "nuclear", "weapons",
    "missiles", "arsenal", "embassy", "ambassador", "foreign", "support", "backing", "help", "efforts", "effort",
})


@dataclass(frozen=True)
class Mention:
    """A place in the doc (token offsets) where the quote refers to the target."""

    start: int
    end: int
    kind: str  # "alias" | "reference" | "description" | "self"
    antecedent: str | None = None

    @property
    def root_index(self) -> int:
        return self.end - 1


@dataclass
class StateMentions:
    """Every alias mention of every known state in a doc, computed once per doc."""

    spans: list[tuple[int, int, str, str]]  # start, end, target name, category
    by_token: dict[int, tuple[int, int, str, str]]

    @classmethod
    def build(cls, doc: Doc, targets: dict[str, Target]) -> StateMentions:
        spans: list[tuple[int, int, str, str]] = []
        taken: set[int] = set()
        found = []
        for target in targets.values():
            people = set(target.people)
            plurals = set(target.plurals)
            for span in target.find(doc):
                text = span.text
                category = "person" if text in people else "plural" if text in plurals else "state"
                found.append((span.start, span.end, target.name, category))
        found += _introduced_officials(doc, found)
        for start, end, name, category in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            spans.append((start, end, name, category))
        spans.sort()
        by_token = {i: s for s in spans for i in range(s[0], s[1])}
        return cls(spans, by_token)

    def target_spans(self, name: str) -> list[tuple[int, int]]:
        return [(s, e) for s, e, n, _ in self.spans if n == name]


# what makes a person an agent of the state named beside the role ("Russian ambassador Maria
# Orlova", "Maria Orlova, Russia's envoy to Seoul")
OFFICIAL_ROLES = frozenset({
    "ambassador", "envoy", "minister", "spokesman", "spokeswoman", "spokesperson", "diplomat", "official",
    "president", "premier", "chancellor", "general", "commander", "negotiator", "representative", "emissary",
    "consul", "attache", "attaché", "deputy", "secretary", "chief", "head", "director", "admiral", "colonel",
})


def _state_at(found: list[tuple[int, int, str, str]], i: int) -> str | None:
    return next((name for start, end, name, category in found if start <= i < end and category == "state"), None)


def _role_state(role: Token, found: list[tuple[int, int, str, str]]) -> str | None:
    """The state an official's role noun names: "Russian ambassador", "Russia's envoy"."""
    if role.lemma_.lower() not in OFFICIAL_ROLES:
        return None
    for child in role.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            state = _state_at(found, child.i)
            if state is not None:
                return state
    return None


def _introduced_officials(doc: Doc, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Every mention of a person the article introduces as an official of a known state, as a
    mention of that state ("Russian ambassador Maria Orlova … Orlova has done nothing to restrain
    Pyongyang"): their acts are the state's acts. People named in the alias table are found already."""
    taken = {i for start, end, _, _ in found for i in range(start, end)}
    surnames: dict[str, str] = {}
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    for ent in people:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        root = ent.root
        state = None
        # "Russian ambassador Maria Orlova": the role as a title before the name
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.dep_ == "compound" and before.head.i == root.i:
            state = _role_state(before, found)
        # "Maria Orlova, Russia's envoy", "Russia's envoy, Maria Orlova"
        for other in [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else []):
            state = state or _role_state(other, found)
        if state is not None:
            surnames[ent[-1].text] = state
    if not surnames:
        return []
    out = []
    for ent in people:
        state = surnames.get(ent[-1].text)
        if state is not None and not any(i in taken for i in range(ent.start, ent.end)):
            out.append((ent.start, ent.end, state, "person"))
    return out


def _sentence_start(doc: Doc, i: int, sent_starts: list[int]) -> int:
    """Start token of the sentence before the one holding token i (or of its own if first)."""
    k = bisect.bisect_right(sent_starts, i) - 1
    return sent_starts[max(k - 1, 0)] if k >= 0 else 0


def is_expletive(token: Token) -> bool:
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in _EXPLETIVE_HEADS:
        if any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children):
            return True
        if any(c.dep_ == "acomp" for c in head.children) and any(c.dep_ in ("xcomp", "ccomp") for a in head.children if a.dep_ == "acomp" for c in a.children):
            return True
    return False


def _candidates(doc: Doc, lo: int, hi: int, states: StateMentions) -> list[tuple[int, int, str, str | None]]:
    """Antecedent candidates in [lo, hi): (start, end, kind, target name or None); kind is one of
    "state" (it), "plural" (they), "person" (he/she), "thing" (it, not a state)."""
    out: list[tuple[int, int, str, str | None]] = []
    covered: set[int] = set()
    for s, e, name, category in states.spans:
        if lo <= s and e <= hi:
            out.append((s, e, category, name))
            covered.update(range(s, e))
    for ent in doc.ents:
        if ent.start < lo or ent.end > hi or any(i in covered for i in range(ent.start, ent.end)):
            continue
        if ent.label_ == "PERSON":
            out.append((ent.start, ent.end, "person", None))
        elif ent.label_ in ("GPE", "ORG", "NORP"):
            kind = "plural" if ent.root.tag_ in ("NNS", "NNPS") or ent.text.endswith("s") and ent.label_ == "NORP" else "thing"
            out.append((ent.start, ent.end, kind, None))
        covered.update(range(ent.start, ent.end))
    for token in doc[lo:hi]:
        # noun phrase heads: "the deal" (thing), "Russian hackers" (plural, tagged with the state modifying it)
        if token.pos_ not in ("NOUN", "PROPN") or token.i in covered:
            continue
        if token.dep_ in ("compound", "amod", "poss", "npadvmod", "nmod") and token.head.pos_ in ("NOUN", "PROPN"):
            continue
        if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative", "ROOT"):
            continue
        kind = "plural" if token.tag_ in ("NNS", "NNPS") else "thing"
        name = None
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss") and child.i in states.by_token:
                name = states.by_token[child.i][2]
        if kind == "thing" and name is not None and token.lemma_.lower() in COLLECTIVE_NOUNS:
            kind = "collective"  # "the Russian military ... they": a body of people
        start = token.left_edge.i if token.left_edge.i >= lo else token.i
        out.append((max(start, lo), token.i + 1, kind, name))
    out.sort(key=lambda c: c[1])
    return out


def resolve_reference(doc: Doc, token: Token, states: StateMentions, sent_starts: list[int], speaker: tuple[int, int] | None = None, depth: int = 0) -> tuple[str | None, tuple[int, int] | None]:
    """The state a pronoun or description refers to, with the antecedent's token span; (None,
    None) when it refers to no state (or to something else)."""
    lower = token.lower_
    prefer_state = False
    if lower in IT_PRONOUNS:
        if is_expletive(token):
            return None, None
        wanted = ("state", "thing")
        # "its forces", "its campaign": a possessive of an actor's noun points to a state
        prefer_state = token.dep_ == "poss" and token.head.lemma_.lower() in _ACTOR_NOUNS
    elif lower in THEY_PRONOUNS:
        wanted = ("plural", "collective")
        prefer_state = token.dep_ == "poss" and token.head.lemma_.lower() in _ACTOR_NOUNS
    elif lower in PERSON_PRONOUNS:
        wanted = ("person",)
    elif token.lemma_.lower() in DESCRIPTIONS and token.pos_ == "NOUN":
        if not any(c.lower_ in ("the", "this", "that") for c in token.children if c.dep_ == "det"):
            return None, None
        if any(c.dep_ in ("compound", "amod", "poss") and (c.pos_ == "PROPN" or c.i in states.by_token) for c in token.children):
            return None, None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None, None
        wanted = ("state",)
    else:
        return None, None
    lo = _sentence_start(doc, token.i, sent_starts)
    left = token.left_edge.i if lower not in IT_PRONOUNS | THEY_PRONOUNS | PERSON_PRONOUNS else token.i
    best = None
    best_state = None
    best_subject = None
    own_sentence = sent_starts[max(bisect.bisect_right(sent_starts, token.i) - 1, 0)]
    for cand in _candidates(doc, lo, left, states):
        start, end, kind, name = cand
        if kind == "state" and "collective" in wanted and doc[start:end].root.lemma_.lower() in COLLECTIVE_NOUNS:
            kind = "collective"  # "the Russian military", "the Kremlin" as a body of people
        if kind not in wanted:
            continue
        if token.i in range(start, end):
            continue
        best = cand
        if name is not None or kind == "state":
            best_state = cand
        if doc[start:end].root.dep_ in ("nsubj", "nsubjpass"):
            best_subject = cand
    if prefer_state and best_state is not None:
        best = best_state
    elif best_subject is not None and token.dep_ in ("nsubj", "nsubjpass", "poss") and best is not None and best[0] < own_sentence:
        # a subject pronoun at the start of a new sentence continues the last sentence's subject
        best = best_subject
    if best is not None and best[3] is None and depth < 2:
        # the antecedent is itself a pronoun or description ("the country ... its")
        root = doc[best[0] : best[1]].root
        if root.lower_ in IT_PRONOUNS | THEY_PRONOUNS or (root.pos_ == "NOUN" and root.lemma_.lower() in DESCRIPTIONS):
            name, span = resolve_reference(doc, root, states, sent_starts, speaker, depth + 1)
            if name is not None:
                return name, span
    if best is None:
        return None, None
    # the speaker of the quote, between the candidate and the pronoun, is the usual antecedent
    # of "he"/"they" ("Kasich says he would ...")
    if speaker and lower in PERSON_PRONOUNS | THEY_PRONOUNS and best[0] < speaker[0] and speaker[1] <= token.i:
        plural = doc[speaker[0] : speaker[1]].root.tag_ in ("NNS", "NNPS")
        if not (plural and lower in PERSON_PRONOUNS):  # "Analysts say he …": not the speaker
            return None, None
    return best[3], (best[0], best[1])
