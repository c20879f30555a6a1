"""Target states and their aliases: names, demonyms, capitals, governments, leaders, agencies, state media.

The table lives in `stancer/data/targets.json` and is meant to be edited. `load_target("russia")`
returns a `Target`; `Target.find(doc_or_span)` returns the alias mentions in a parsed text.

Matching is case-sensitive (so "RT" is not "rt", "Turkey" is not "turkey", "US" is not "us"), but
an alias also matches with a capitalised first letter ("The Kremlin" at a sentence start) and in
ALL CAPS (headlines), except acronyms, which match only as written. Longer names that contain an
alias but are not the state ("Carnegie Moscow Center", "The Washington Post") are listed under
`exclude` and never count as mentions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from .errors import UnknownTarget

if TYPE_CHECKING:  # pragma: no cover
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

__all__ = ["Target", "load_target", "known_targets", "all_targets", "alias_variants"]

# Words that make a speaker description the voice of a state ("Russian foreign ministry spokeswoman").
_GOVERNMENT_WORDS = re.compile(
    r"\b(government|ministry|minister|ministers|president|premier|prime minister|chancellor|spokes(?:man|woman|person)"
    r"|officials?|ambassador|embassy|envoy|diplomats?|diplomacy|military|army|navy|defen[cs]e|foreign|leaders?|leadership"
    r"|authorities|state media|state television|state tv|news agency|delegation|mission|general|commander|regime"
    r"|kremlin|cabinet|parliament|king|crown prince|ayatollah|supreme leader|intelligence|forces)\b",
    re.IGNORECASE,
)
# Words that make it a description of people who study or report on the state, not its voice.
_OUTSIDER_WORDS = re.compile(
    r"\b(experts?|analysts?|scholars?|professors?|researchers?|specialists?|watchers?|hands|observers?|critics?"
    r"|dissidents?|opposition|exiles?|defectors?|journalists?|correspondents?|reporters?|think[- ]tank|institute"
    r"|university|center|centre|council on|foundation|former)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Target:
    """A state (or any actor) whose stance quotes are labelled toward.

    `aliases` are every way a text may name it. `voices` is the subset that speaks for it
    (government, leaders, ministers, agencies, state media), `people` the subset that are persons,
    `plurals` the plural demonyms ("Russians"), `demonyms` all demonyms, and `exclude` longer names that contain an alias but
    do not refer to it.
    """

    name: str
    aliases: tuple[str, ...]
    voices: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    plurals: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    # -- building -----------------------------------------------------------------------------
    def with_aliases(self, extra: Iterable[str]) -> Target:
        """A copy with more aliases (e.g. from `--alias`); blanks and duplicates are dropped."""
        seen = set(self.aliases)
        added = []
        for alias in extra:
            alias = alias.strip()
            if alias and alias not in seen:
                seen.add(alias)
                added.append(alias)
        if not added:
            return self
        return replace(self, aliases=self.aliases + tuple(added))

    # -- matching over plain strings -----------------------------------------------------------
    def mentioned_in(self, text: str | None) -> bool:
        """Whether a plain string (a speaker name, a role) names the target."""
        if not text:
            return False
        return _string_pattern(self.aliases, self.exclude).search(_strip_excluded(text, self.exclude)) is not None

    def speaks_for(self, text: str | None) -> bool:
        """Whether a speaker description is the target's own voice: its government, leader,
        ministers, agencies or state media ("Lavrov", "the Kremlin", "Russian foreign ministry
        spokeswoman", "Moscow"), as opposed to people who merely study it ("Russia experts")."""
        if not text:
            return False
        cleaned = _strip_excluded(text, self.exclude)
        if self.people and _string_pattern(self.people, ()).search(cleaned):
            return True
        if _OUTSIDER_WORDS.search(cleaned):
            return False
        if self.voices and _string_pattern(self.voices, ()).search(cleaned):
            return True
        if not _string_pattern(self.aliases, ()).search(cleaned):
            return False
        if _GOVERNMENT_WORDS.search(cleaned):
            return True
        # The bare state name, its capital or "the Russians" as a speaker is the state speaking;
        # a bare singular demonym ("a Russian") is just a person.
        bare = re.sub(r"^(the|The)\s+", "", cleaned.strip())
        bare = re.sub(r"(’s|'s|’|')$", "", bare).strip()
        return bare in self.aliases and (bare in self.plurals or bare not in self.demonyms)

    # -- matching over parsed text -------------------------------------------------------------
    def phrase_matcher(self, vocab: Vocab) -> PhraseMatcher:
        """A spaCy PhraseMatcher (attr ORTH) with one rule, named after the target, for every alias
        variant. Excluded names are not removed by the matcher itself: use `find`."""
        return _phrase_matcher(self, vocab)

    def find(self, doclike: Doc | Span) -> list[Span]:
        """The alias mentions in a Doc or Span, longest first where they overlap, in text order,
        without those inside an excluded name. Spans are over the Doc."""
        from spacy.tokens import Span

        if isinstance(doclike, Span):
            doc, start = doclike.doc, doclike.start
        else:
            doc, start = doclike, 0
        region = doclike if isinstance(doclike, Span) else doc
        matcher = _phrase_matcher(self, doc.vocab)
        found = [_doc_offsets(s, e, start, region) for _, s, e in matcher(region)]
        if not found:
            return []
        excluded = [_doc_offsets(s, e, start, region) for _, s, e in _exclude_matcher(self, doc.vocab)(region)] if self.exclude else []
        keep: list[tuple[int, int]] = []
        for s, e in sorted(found, key=lambda se: (se[0] - se[1], se[0])):
            if any(xs <= s and e <= xe and (xe - xs) > (e - s) for xs, xe in excluded):
                continue
            if any(s < ke and ks < e for ks, ke in keep):
                continue
            keep.append((s, e))
        return [doc[s:e] for s, e in sorted(keep)]


# ---------------------------------------------------------------------------------------------
# Loading


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    ref = resources.files("stancer") / "data" / "targets.json"
    with ref.open("r", encoding="utf-8") as handle:
        return json.load(handle)["targets"]


def _from_entry(name: str, entry: dict[str, list[str]]) -> Target:
    order = ("names", "demonyms", "capitals", "government", "people", "agencies", "media")
    aliases: list[str] = []
    for key in order:
        for alias in entry.get(key, []):
            if alias not in aliases:
                aliases.append(alias)
    if name not in aliases:
        aliases.insert(0, name)
    voices = tuple(dict.fromkeys(a for key in ("government", "people", "agencies", "media") for a in entry.get(key, [])))
    plurals = tuple(a for a in entry.get("demonyms", []) if a.endswith("s"))
    return Target(
        name=name,
        aliases=tuple(aliases),
        voices=voices,
        people=tuple(entry.get("people", [])),
        plurals=plurals,
        demonyms=tuple(entry.get("demonyms", [])),
        exclude=tuple(entry.get("exclude", [])),
    )


@lru_cache(maxsize=1)
def all_targets() -> dict[str, Target]:
    """Every target of the shipped table, by name."""
    return {name: _from_entry(name, entry) for name, entry in _table().items()}


def known_targets() -> list[str]:
    """The names of the shipped targets, in table order."""
    return list(all_targets())


def load_target(name: str, extra_aliases: Sequence[str] = ()) -> Target:
    """The target called `name` (case-insensitive; any alias works too: "russia", "Russian
    Federation", "the Kremlin"), plus `extra_aliases`. An unknown name with extra aliases makes a
    new target; an unknown name without them raises `UnknownTarget`."""
    wanted = _fold(name)
    targets = all_targets()
    for target in targets.values():
        if _fold(target.name) == wanted:
            return target.with_aliases(extra_aliases)
    for target in targets.values():
        if any(_fold(alias) == wanted for alias in target.aliases):
            return target.with_aliases(extra_aliases)
    extra = [a.strip() for a in extra_aliases if a.strip()]
    if not name.strip():
        raise UnknownTarget("The target name is empty. Known targets: " + ", ".join(targets) + ".")
    if not extra:
        raise UnknownTarget(
            f"Unknown target {name!r}. Known targets: {', '.join(targets)}. "
            f"To use another actor, give its aliases too, e.g. --target {name!r} --alias {name.strip()!r}."
        )
    return Target(name=name.strip(), aliases=tuple(dict.fromkeys([name.strip(), *extra])))


def _doc_offsets(s: int, e: int, start: int, region: Any) -> tuple[int, int]:
    """spaCy 3.8 matchers return doc offsets over a Span; older ones returned span offsets."""
    from spacy.tokens import Span

    if isinstance(region, Span) and (s < region.start or e > region.end):
        return s + start, e + start
    return s, e


def _fold(text: str) -> str:
    text = text.strip().casefold().replace("’", "'")
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"^the ", "", text)


# ---------------------------------------------------------------------------------------------
# Matching helpers


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def alias_variants(alias: str) -> list[str]:
    """The forms an alias is matched in: as written, with a capitalised first letter, in ALL CAPS
    (not for acronyms), and with a typographic apostrophe."""
    variants = [alias]
    if alias[:1].islower():
        variants.append(alias[0].upper() + alias[1:])
    if not _is_acronym(alias):
        variants.append(alias.upper())
    for variant in list(variants):
        if "'" in variant:
            variants.append(variant.replace("'", "’"))
    return list(dict.fromkeys(variants))


@lru_cache(maxsize=1)
def _pattern_tokenizer() -> Any:
    from spacy.lang.en import English

    return English().tokenizer


def _pattern_docs(vocab: Vocab, phrases: Iterable[str]) -> list[Doc]:
    from spacy.tokens import Doc

    tokenizer = _pattern_tokenizer()
    docs = []
    for phrase in phrases:
        for variant in alias_variants(phrase):
            words = [t.text for t in tokenizer(variant)]
            if words:
                docs.append(Doc(vocab, words=words))
    return docs


_MATCHERS: dict[tuple[Target, int, str], tuple[Any, Any]] = {}


def _cached(target: Target, vocab: Vocab, kind: str, phrases: Iterable[str], label: str) -> PhraseMatcher:
    key = (target, id(vocab), kind)
    hit = _MATCHERS.get(key)
    if hit is not None and hit[0] is vocab:
        return hit[1]
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add(label, _pattern_docs(vocab, phrases))
    if len(_MATCHERS) > 64:
        _MATCHERS.clear()
    _MATCHERS[key] = (vocab, matcher)
    return matcher


def _phrase_matcher(target: Target, vocab: Vocab) -> PhraseMatcher:
    return _cached(target, vocab, "aliases", target.aliases, target.name)


def _exclude_matcher(target: Target, vocab: Vocab) -> PhraseMatcher:
    return _cached(target, vocab, "exclude", target.exclude, target.name + " (excluded)")


@lru_cache(maxsize=256)
def _string_pattern(aliases: tuple[str, ...], exclude: tuple[str, ...]) -> re.Pattern[str]:
    variants = sorted({v for a in aliases for v in alias_variants(a)}, key=len, reverse=True)
    if not variants:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(v) for v in variants)
    return re.compile(rf"(?<![\w.]){'(?:' + body + ')'}(?![\w])")


@lru_cache(maxsize=64)
def _excluded_variants(exclude: tuple[str, ...]) -> tuple[str, ...]:
    """The spellings of the excluded phrases, longest phrase first (computed once per target)."""
    return tuple(variant for phrase in sorted(exclude, key=len, reverse=True) for variant in alias_variants(phrase))


def _strip_excluded(text: str, exclude: tuple[str, ...]) -> str:
    for variant in _excluded_variants(exclude):
        text = text.replace(variant, " ")
    return text
