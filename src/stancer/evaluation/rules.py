"""Small text rules of the scoring protocol: quote marks, speech verbs, surnames, cue stems.

Each rule is deliberately simple and spaCy-free so the scorer never depends on the pipeline it
scores; README.md ("Evaluation protocol") states them in prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

QUOTE_MARKS = ('"', "“", "”", "«", "»", "''")

SPEECH_VERBS = (
    "say tell add according argue suggest warn note state write explain claim insist ask announce "
    "declare acknowledge admit report tweet recall predict contend maintain stress emphasize "
    "remark comment reply respond describe call urge quote quip joke continue"
).split()

_IRREGULAR = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "spoke": "speak",
    "spoken": "speak",
    "felt": "feel",
    "meant": "mean",
    "heard": "hear",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "made": "make",
    "gave": "give",
    "given": "give",
    "held": "hold",
    "kept": "keep",
    "found": "find",
    "sought": "seek",
    "taught": "teach",
    "went": "go",
    "gone": "go",
    "began": "begin",
    "begun": "begin",
    "became": "become",
    "emphasise": "emphasize",
    "emphasised": "emphasize",
    "emphasises": "emphasize",
    "emphasising": "emphasize",
}

_WORD = re.compile(r"[^\W\d_]+")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def has_quote_mark(text: str) -> bool:
    """Direct-quote test of the protocol: any of " “ ” « » or two apostrophes ('')."""
    return any(mark in text for mark in QUOTE_MARKS)


def _inflections(base: str) -> set[str]:
    forms = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing"}
    if base.endswith("e"):
        forms |= {base[:-1] + "ing", base[:-1] + "ed"}
    if len(base) > 1 and base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ied", base[:-1] + "ies"}
    forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


_SPEECH_FORMS = frozenset(
    {form for verb in SPEECH_VERBS for form in _inflections(verb)}
    | {form for form, base in _IRREGULAR.items() if base in SPEECH_VERBS}
)


def words(text: str) -> list[str]:
    """Lowercase alphabetic tokens (apostrophes and hyphens split words)."""
    return [w.lower() for w in _WORD.findall(text)]


def is_speech_cue(cue: str | None) -> bool:
    """True when any word of the cue is an inflection of a speech verb of the in-scope list."""
    return cue is not None and any(w in _SPEECH_FORMS for w in words(cue))


def surname(name: str | None) -> str | None:
    """The last alphabetic token of a name, lowercased, ignoring parentheses, possessives and Jr./III.

    "panel Chairman Rep. Jason Chaffetz (R-Utah)" -> "chaffetz"; "Hillary Clinton’s" -> "clinton".
    """
    if not name:
        return None
    cleaned = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name)
    cleaned = re.sub(r"['’]s\b", "", cleaned)
    tokens = [w for w in words(cleaned) if w not in _NAME_SUFFIXES]
    return tokens[-1] if tokens else None


def _ends_capitalised(part: str) -> bool:
    last = surname(part)
    return bool(last) and any(w[:1].isupper() and w.lower() == last for w in _WORD.findall(part))


def speaker_surnames(speaker: str | None) -> set[str]:
    """The surnames a gold speaker may go by: the surname of each comma-separated part that starts
    like a name, so that an apposition does not hide it.

    "Ben Jealous, the former president of the NAACP," -> {"jealous"}; "Joel Pollak of Breitbart
    California" -> {"pollak", "california"};
    "the former president of the NAACP, Ben Jealous" -> {"jealous"}; "Mr. Trump" -> {"trump"};
    "Former secretary of state Hillary Rodham Clinton" -> {"clinton"} (a part whose last word is
    not capitalised, "Former secretary", is a title, not a name).
    """
    if not speaker:
        return set()
    cleaned = re.sub(r"\([^)]*\)", " ", speaker)
    # appositions and affiliations: "Ben Jealous, the former ...", "Joel Pollak of Breitbart California"
    parts = [p.strip() for p in re.split(r",| (?:of|from|at|with|for|in) ", cleaned) if p.strip()]
    named = {surname(p) for p in parts if p[:1].isupper() and _ends_capitalised(p)} - {None}
    if named:
        return named  # type: ignore[return-value]
    last = surname(speaker)
    return {last} if last else set()


def stem(word: str) -> str:
    """A crude stem: irregular past forms to their base, then strip -ing/-ed/-es/-s and a final -e.

    Enough to make "says", "said", "saying" or "believes", "believed", "believe" compare equal.
    """
    word = _IRREGULAR.get(word, word)
    for suffix in ("ing", "ed", "es", "s"):
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(word) >= 4 and word[-1] == word[-2] and word[-1] in "bdgmnprt":
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def cue_stems(text: str | None) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text or ""))


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def cue_text_matches(predicted: str | None, gold: str | None) -> bool:
    """Cue texts match when one stem sequence equals or contains the other ("disagree" ~ "do not disagree")."""
    a, b = cue_stems(predicted), cue_stems(gold)
    if not a or not b:
        return False
    return _contains(a, b) if len(a) >= len(b) else _contains(b, a)


def spans_overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    """True when any span of `a` shares at least one character with any span of `b`."""
    b = list(b)
    return any(min(e1, e2) > max(s1, s2) for s1, e1 in a for s2, e2 in b)
