"""Cues before a quotation that are not its governor in the parse: lead-ins.

"X said: “…”", "X, chanting: “…”" — the quotation often stands as its own sentence or is attached
loosely, so the cue is found by looking back from the opening mark for a colon or comma and the
verb or speaker in front of it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...cues import CUE_VERBS, FIRST_PERSON

from .common import Cue, _cue_extent, _is_quote_token, _is_source
from .subjects import _subject_of


def _mark_before(doc: Doc, span: Span, mark: str) -> int | None:
    """Index of `mark` when it is the last token before the quotation (spaces skipped), else None."""
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i if i >= 0 and doc[i].text == mark else None


def _word_before(doc: Doc, i: int, skip: tuple[str, ...]) -> int:
    """The word before token i, stepping back over particles and adverbs that hang on it."""
    j = i - 1
    while j > 0 and doc[j].pos_ in skip and doc[j].head.i < j:
        j -= 1
    return j


def _colon_before(doc: Doc, span: Span) -> Token | None:
    """The verb of a lead-in that ends with a colon right before the quotation, if any."""
    i = _mark_before(doc, span, ":")
    if i is None:
        return None
    j = _word_before(doc, i, ("ADV", "PART", "ADP"))  # "shot back:", "put it this way:"
    if j >= 0 and doc[j].pos_ == "VERB":
        return doc[j]
    node = doc[i]
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _comma_lead_in(doc: Doc, span: Span) -> Cue | None:
    """`… and then boomed, “Today, you proved …”`: a verb of speaking right before a comma and
    the opening mark introduces the quotation, whatever the parser made of the clause."""
    i = _mark_before(doc, span, ",")
    if i is None or i < 1:
        return None
    verb = doc[_word_before(doc, i, ("ADV", "PART"))]
    if _quote_aside(verb):
        # `Trump said, and I quote, “…”`: the writer's aside; the cue comes before it
        k = min(t.i for t in verb.subtree if not t.is_punct) - 1
        while k > 0 and (doc[k].lower_ in ("and", "--") or doc[k].is_space):
            k -= 1
        if k > 0 and doc[k].text in (",", "—", "–"):
            return _comma_lead_in(doc, doc[k + 1: span.end])
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (lemma in CUE_VERBS or lemma in _UTTERANCE_VERBS or lemma in _CROWD_VERBS):
        return None
    subject = _subject_of(verb)
    if subject is None or not _is_source(subject) or span.start <= subject.i < span.end:
        return None
    start, end = _cue_extent(verb)
    return Cue(verb, start, end, subject, None, "verb", False)


def _quote_aside(verb: Token) -> bool:
    """`…, and I quote, “…”`: the writer quoting someone else, not a cue of its own."""
    doc = verb.doc
    return verb.lemma_.lower() == "quote" and any(
        c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children
    ) and verb.i + 1 < len(doc) and doc[verb.i + 1].text in (",", "—", "–", ":")


def _colon_lead_in(verb: Token, span: Span) -> Cue | None:
    """The lead-in cue of a colon: its verb, or the verb above it before the quotation when the
    verb's own subject is no source (`X apologized for what happened:` — `happened`, then
    `apologized`)."""
    node: Token | None = verb
    for _ in range(3):
        if node is None or span.start <= node.i < span.end:
            return None
        cue = _lead_in_cue(node)
        if cue is not None and not span.start <= cue.subject.i < span.end:
            return cue
        nxt = node.head
        while nxt.i != nxt.head.i and nxt.pos_ not in ("VERB", "AUX"):
            nxt = nxt.head
        if nxt.i == node.i or nxt.pos_ not in ("VERB", "AUX") or nxt.i >= span.start:
            return None
        node = nxt
    return None


def _lead_in_cue(root: Token) -> Cue | None:
    """`Trump issued the following statement: “…”`: a lead-in whose verb is no reporting verb
    still introduces the quotation when its subject is a source."""
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject_of(root)
    if subject is None or not _is_source(subject):
        return None
    start, end = _cue_extent(root)
    return Cue(root, start, end, subject, None, "verb", False)


_CROWD_VERBS = frozenset("chant shout yell scream cheer boo sing mouth cry holler jeer heckle".split())


_UTTERANCE_VERBS = frozenset(
    "say declare shout yell chant scream exclaim cry add reply answer ask proclaim boom mutter whisper tweet".split()
)


def _utters(verb: Token, span: Span) -> bool:
    """A speech verb whose object is the quotation itself: the quoted words are what was said,
    not a title, even when they are capitalised ("declared “What a Super Tuesday!”")."""
    if verb.lemma_.lower() not in _UTTERANCE_VERBS:
        return False
    return any(t.head.i == verb.i for t in span if not _is_quote_token(t))
