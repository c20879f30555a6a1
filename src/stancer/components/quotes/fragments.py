"""Quotations inside a sentence: who, if anyone, is reported as saying them.

A quoted phrase ("called the deal “a disaster”") belongs to the cue whose clause it sits in; a
quoted title or scare quote that nobody is reported as saying belongs to no one and is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...cues import FRAGMENT_VERBS, SPEECH_VERBS
from ...quotemarks import Quotation

from .common import Cue, _RELATIVE, _cue_extent, _is_quote_token, _is_source
from .complements import ADDRESSEE_VERBS, _reports_again, _second_report_cut
from .leadins import _CROWD_VERBS, _utters
from .subjects import _subject_of
from .verbs import _aspectual, _first_report


_MIN_OTHER_VERB_WORDS = 2
_NAMING_VERBS = frozenset("call dub label brand term nickname christen".split())


def _title_is_reported(doc: Doc, governor: Cue, span: Span) -> bool:
    """A capitalised quotation ("“Make America Great Again”") is still reported speech when a
    speech verb utters it, a naming verb applies it to someone ("called him ''Senator Cruz''"),
    or it sits inside a longer reported clause that has a verb of its own; a title that is only
    the object or setting of a verb ("acted in “Sharknado”", "told ABC's “Good Morning America”")
    is not."""
    verb = governor.token
    if _utters(verb, span):
        return True
    lemma = verb.lemma_.lower()
    if lemma in _NAMING_VERBS and any(c.dep_ in ("oprd", "dobj", "xcomp", "ccomp") and c.i > verb.i for c in verb.children) and sum(
        1 for c in verb.children if c.dep_ in ("oprd", "dobj", "xcomp", "ccomp", "attr")
    ) >= 1 and not any(c.dep_ == "prep" and c.i < span.start and c.right_edge.i >= span.start for c in verb.children):
        return True
    if governor.content is None:
        return False
    c_start, c_end = governor.content
    return any(
        t.pos_ == "VERB" and t.i != verb.i and not span.start <= t.i < span.end for t in doc[c_start:c_end]
    )


_OWN_PHRASE_DEPS = frozenset("nsubj nsubjpass aux auxpass neg prt advmod npadvmod punct".split())


def _unquoted_words(doc: Doc, c_start: int, c_end: int, verb: Token, quotations: list[Quotation]) -> int:
    """Words of a reported clause outside its quotation marks and outside the cue's own phrase
    (the verb, its speaker, auxiliaries and adverbs). When the parser makes the cue the root
    (`Harper, an adviser said, “is relaxed …” and expects …`) the clause it reports hangs under
    it and still counts."""
    own = {verb.i}
    for child in verb.children:
        if child.dep_ in _OWN_PHRASE_DEPS:
            own.update(range(child.left_edge.i, child.right_edge.i + 1))
    count = 0
    for t in doc[c_start:c_end]:
        if not t.is_alpha or t.i in own:
            continue
        if any(q.start <= t.idx < q.end for q in quotations):
            continue
        count += 1
    return count


def _standalone(text: str, q: Quotation) -> bool:
    """A quotation that opens a sentence (after a full stop, a colon, another quote or a break)."""
    i = q.start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in ".!?:\n”\"'»"


_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by as is but nor".split())


def _looks_like_title(span: Span) -> bool:
    """A quoted name of a work or programme ("Sharknado 3: Oh Hell No!", "Meet the Press")."""
    words = [t for t in span if t.is_alpha and t.lower_ not in _SMALL_WORDS]
    if not words or len(words) > 12:
        return False
    capitalised = sum(1 for t in words if t.text[0].isupper())
    return capitalised == len(words) and len(words) >= 2


def _governing_cue(doc: Doc, span: Span) -> Cue | None:
    """The verb that governs a quoted fragment, when its subject is a source and the fragment
    is not part of that subject: "Trump called the judge “Spanish”". A one-word quotation under a
    verb that reports nothing gives a `weak` cue (kept only inside a longer reported phrase)."""
    top = next((t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i), None)
    first_word = next((t.i for t in span if not _is_quote_token(t)), span.start)
    words = sum(1 for t in span if t.is_alpha)
    weak: tuple[Token, Token] | None = None
    node = top
    for _ in range(6):
        if node is None or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and not node.lemma_ == "be":
            subject = _first_report(node) or _subject_of(node)
            if subject is None:
                continue
            in_subject = subject.left_edge.i <= first_word <= subject.right_edge.i
            if in_subject and not subject.left_edge.i <= node.i <= subject.right_edge.i:
                # the quoted words are part of the subject: a scare quote, unless the clause is
                # itself what a source is reported saying ("X said that “top secret” data had …")
                reporter = None if _is_source(subject) else _reporting_ancestor(node, first_word)
                return _fragment_cue(reporter[0], reporter[1], span) if reporter is not None else None
            reports = node.lemma_.lower() in FRAGMENT_VERBS and not _aspectual(node)
            if not _is_source(subject, roles=reports) and not (
                # only people chant or shout: "the marchers chanted “…”", "Others shouted “…”"
                node.lemma_.lower() in _CROWD_VERBS and subject.pos_ in ("NOUN", "PROPN", "PRON") and subject.lower_ not in ("it", "this", "that", "which")
            ) and not (
                # a verb that reports or names, with a noun of its own as subject, is the nearest
                # report: "in what one conservative has dubbed “the yuca primary”"
                reports and subject.pos_ == "NOUN" and subject.i < node.i and node.lemma_.lower() in _NAMING_VERBS | SPEECH_VERBS
                and node.lemma_.lower() not in ADDRESSEE_VERBS
            ):
                continue  # a clause inside the report ("the assault that killed …"): look higher
            if not reports and words < _MIN_OTHER_VERB_WORDS:
                # a short phrase under a verb that reports nothing is a scare quote or a name,
                # unless it sits in a longer phrase the source is reported as using
                weak = weak or (node, subject)
                continue
            if not reports and not _looks_like_title(span):
                # "Kasich predicted that Republicans will take “every state” if …": a verb that
                # reports nothing, inside a clause a source is reported saying: that source speaks
                reporter = _reporting_ancestor(node, first_word)
                if reporter is not None and _clausal_path(node, reporter[0]):
                    return _fragment_cue(reporter[0], reporter[1], span)
            return _fragment_cue(node, subject, span)
    if weak is not None:
        cue = _fragment_cue(weak[0], weak[1], span)
        cue.weak = True
        return cue
    if node is not None and node.head.i != node.i:
        # a long reported clause: the speech verb sits higher than the search above reached
        reporter = _reporting_ancestor(node, first_word)
        if reporter is not None:
            return _fragment_cue(reporter[0], reporter[1], span)
    return None


def _clausal_path(node: Token, ancestor: Token) -> bool:
    """`node` hangs under `ancestor`, not through an absolute `with` phrase ("denied it
    happened, with Lewandowski taking to Twitter …") or a clause merely set beside it."""
    for _ in range(10):
        if node.i == ancestor.i:
            return True
        if node.dep_ == "parataxis" or node.head.i == node.i or (node.dep_ == "prep" and node.lower_ in ("with", "without")):
            return False
        node = node.head
    return False


def _reporting_ancestor(node: Token, first_word: int) -> tuple[Token, Token] | None:
    """The speech verb above `node` whose subject is a source outside the quoted words: the
    clause holding the quotation is what that source is reported saying."""
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ != "VERB" or node.lemma_.lower() not in SPEECH_VERBS:
            continue
        subject = _subject_of(node)
        if subject is None or not _is_source(subject) or subject.lower_ in _RELATIVE:
            continue
        if subject.left_edge.i <= first_word <= subject.right_edge.i:
            return None
        return node, subject
    return None


def _fragment_cue(node: Token, subject: Token, span: Span) -> Cue:
    if span.start < node.i:
        # "“Go back to Univision,” Trump barked": the quotation itself is what was said
        c_start, c_end = _cue_extent(node)
        return Cue(node, c_start, c_end, subject, (span.start, span.end), "verb", False)
    start = next((c.left_edge.i for c in node.rights if not c.is_punct), span.start)
    if subject.i > node.i:  # `said Helen Ward, an economist, “and …”`: not the speaker
        start = max(start, subject.right_edge.i + 1)
    # up to the end of the verb's own complements, not a coordinated clause after them
    own = [c for c in node.rights if c.dep_ not in ("cc", "conj", "punct") and not _reports_again(c)]
    end = (own[-1].right_edge.i + 1) if own else node.right_edge.i + 1
    doc = node.doc
    verb_conj = next((t for t in doc[span.end: end] if t.dep_ == "conj" and t.pos_ == "VERB" and doc[t.left_edge.i - 1].dep_ == "cc" and not (
        # (a second predicate of the reported clause, "that Clinton was “extremely careless” …
        # and would face …", or a clause with its own subject, "the “power of we” and how the
        # department wants …", is still part of what was said)
        t.head.dep_ == "ccomp" and t.head.head.i == node.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    )), None)
    if verb_conj is not None:
        # "called it “shameful” and called on leaders …": a second verb phrase the parser hung
        # inside the first one's complement is not part of what was said
        end = verb_conj.left_edge.i - 1
    content = (min(start, span.start), max(end, span.end))
    cut = _second_report_cut(node, span, content)
    if cut is not None:
        content = (content[0], cut)
    c_start, c_end = _cue_extent(node)
    return Cue(node, c_start, c_end, subject, content, "verb", False)
