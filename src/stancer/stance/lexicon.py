"""The stance lexicon (`stancer/data/stance_lexicon.json`), loaded once into fast lookups."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Entry", "Lexicon", "get_lexicon"]


@dataclass(frozen=True)
class Entry:
    """What a verb or noun says about its agent and its patient.

    compose: "inc" (it increases what it governs), "dec" (it decreases it) or "" (it does not
    depend on its object). agent / patient: -1, 0 or +1, the polarity for the target as the doer
    or as the one it is done to, when the object does not decide. objects: when set, the entry
    counts only with one of these objects (influence + election)."""

    key: str
    group: str
    compose: str
    agent: int
    patient: int
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    weight: float = 1.0
    steer: bool = False


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Entry, ...]]
    nouns: dict[str, tuple[Entry, ...]]
    eval_nouns: dict[str, int]
    eval_adjectives: dict[str, int]
    adjectives_needing_role: frozenset[str]
    role_nouns: frozenset[str]
    good: frozenset[str]
    bad: frozenset[str]
    pariahs: frozenset[str]
    negative_frames: frozenset[str]
    stop_verbs: frozenset[str]
    negator_verbs: frozenset[str]
    negators: frozenset[str]
    denial_verbs: frozenset[str]
    denial_phrases: tuple[str, ...]
    invite_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    hedges: frozenset[str]
    capability_words: frozenset[str]
    praise_adverbs: dict[str, int]
    official_constructive: tuple[str, ...]
    act_families: dict[str, frozenset[str]] = None  # type: ignore[assignment]  # lemma -> family names

    def same_act(self, a: str, b: str) -> bool:
        """Two lemmas that can name the same act or actor ("hackers" ... "these attacks")."""
        if a == b:
            return True
        families = self.act_families or {}
        return bool(families.get(a, frozenset()) & families.get(b, frozenset()))

    def verb(self, *keys: str) -> Entry | None:
        """The first entry found for the keys, most specific first ("fend off", then "fend")."""
        for key in keys:
            if key and key in self.verbs:
                return self.verbs[key][0]
        return None

    def verb_entries(self, key: str) -> tuple[Entry, ...]:
        return self.verbs.get(key, ())

    def noun(self, *keys: str) -> Entry | None:
        for key in keys:
            if key and key in self.nouns:
                return self.nouns[key][0]
        return None

    def thing_class(self, *keys: str) -> int:
        """+1 for something good to increase (peace, sanctions, talks), -1 for something bad
        (tensions, terrorism, Assad), 0 when unknown."""
        for key in keys:
            if not key:
                continue
            if key in self.bad or key in self.pariahs:
                return -1
            if key in self.good:
                return 1
        return 0


def _groups(raw: list[dict[str, Any]]) -> dict[str, tuple[Entry, ...]]:
    table: dict[str, list[Entry]] = {}
    for group in raw:
        objects = frozenset(group.get("objects", ()))
        preps = frozenset(group.get("preps", ()))
        weight = float(group.get("weight", 1.0))
        for lemma in group["lemmas"]:
            key = lemma.lower()
            entry = Entry(key, group["name"], group.get("compose", ""), int(group["agent"]), int(group["patient"]), objects, preps, weight, bool(group.get("steer", False)))
            table.setdefault(key, []).append(entry)
    out: dict[str, tuple[Entry, ...]] = {}
    for key, entries in table.items():
        general = [e for e in entries if not e.objects]
        restricted = [e for e in entries if e.objects]
        if len(general) > 1:
            # one word in several groups: the first group decides, the others fill in a role it
            # leaves open ("sanction": an aggressive act as agent, a measure against as patient)
            first = general[0]
            agent = next((e.agent for e in general if e.agent), 0)
            patient = next((e.patient for e in general if e.patient), 0)
            general = [replace(first, agent=agent, patient=patient)]
        # entries restricted to particular objects go last, so the general reading is the default
        out[key] = tuple(general + restricted)
    return out


def _polar(raw: dict[str, list[str]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for word in raw.get("negative", []):
        out.setdefault(word.lower(), -1)
    for word in raw.get("positive", []):
        out.setdefault(word.lower(), 1)
    return out


def _set(raw: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in raw)


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    ref = resources.files("stancer") / "data" / "stance_lexicon.json"
    with ref.open("r", encoding="utf-8") as handle:
        raw = json.load(handle)
    adjectives = raw["eval_adjectives"]
    nouns = _groups(raw["noun_groups"])
    # what the target does that is hostile is also a bad thing to increase, and the reverse
    raw_good, raw_bad = _set(raw["good_things"]), _set(raw["bad_things"])
    hostile = {k for k, v in nouns.items() if v[0].group == "hostile conduct"} - raw_good
    friendly = {k for k, v in nouns.items() if v[0].group == "constructive conduct"} - raw_bad
    return Lexicon(
        verbs=_groups(raw["verb_groups"]),
        nouns=nouns,
        eval_nouns=_polar(raw["eval_nouns"]),
        eval_adjectives=_polar(adjectives),
        adjectives_needing_role=_set(adjectives.get("positive_needs_role_noun", [])),
        role_nouns=_set(raw["role_nouns"]),
        good=raw_good | frozenset(friendly),
        bad=raw_bad | frozenset(hostile),
        pariahs=_set(raw["pariahs"]),
        negative_frames=_set(raw["negative_frames"]),
        stop_verbs=_set(raw["stop_verbs"]),
        negator_verbs=_set(raw["negator_verbs"]),
        negators=_set(raw["negators"]),
        denial_verbs=_set(raw["denial_verbs"]),
        denial_phrases=tuple(p.lower() for p in raw["denial_phrases"]),
        invite_verbs=_set(raw["invite_verbs"]),
        causative_verbs=_set(raw["causative_verbs"]),
        hedges=_set(raw["hedges"]),
        capability_words=_set(raw["capability_words"]),
        praise_adverbs=_polar(raw["praise_adverbs"]),
        official_constructive=tuple(p.lower() for p in raw["official_constructive"]),
        act_families=_families(raw.get("act_families", {})),
    )


def _families(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    by_lemma: dict[str, set[str]] = {}
    for family, lemmas in raw.items():
        if family.startswith("_"):
            continue
        for lemma in lemmas:
            by_lemma.setdefault(lemma.lower(), set()).add(family)
    return {lemma: frozenset(names) for lemma, names in by_lemma.items()}
