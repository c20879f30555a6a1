"""Putting drafts together: quotes from cues and quotations, merged and deduplicated.

One cue may yield several drafts (the quotation, the reported clause around it, a relative clause),
and one quotation may be claimed by several cues; these helpers decide which cue goes first, merge
drafts of the same cue and measure the text a cue leaves outside its quotation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .common import Cue, _RELATIVE, _is_quote_token, _overlap
from .complements import _BREAKS, _trim


@dataclass
class _Draft:
    start: int  # char offsets of the quote
    end: int
    type: str
    cue: Cue | None
    floating: bool = False


def _just_a_cue(cue: Cue, start: int, end: int, cues: list[Cue]) -> bool:
    """A reported clause that is only another cue and its speaker (`…, he said, he would consider
    …`, `organizers added 160 guards …, the Sun-Times reported`: the parser gave the first verb
    the cue that frames it for its clause)."""
    for other in cues:
        if other is cue or not start <= other.token.i < end:
            continue
        own = {other.token.i} | {c.i for c in other.token.children if c.dep_ in ("aux", "neg", "advmod", "punct")}
        if other.subject is not None:
            own |= {t.i for t in other.subject.subtree}
        if all(i in own for i in range(start, end)):
            return True
    return False


def _outer_first(cues: list[Cue], used: set[int]) -> list[Cue]:
    """Cues in text order, except that a cue set after the clause it reports (`he cannot expect
    to advance without Cruz's support, O'Keefe notes`) comes before the cues inside that clause:
    the clause is O'Keefe's report, not a second quote of the man it mentions."""
    spans = [
        (c, c.content) for c in cues
        if c.content is not None and c.token.i not in used and c.kind == "verb" and c.clausal and not _just_a_cue(c, *_trim(c.token.doc, *c.content), cues)
    ]

    def nested(cue: Cue) -> bool:
        return any(
            other is not cue and start <= cue.token.i < end and not start <= other.token.i < end
            # the other cue follows its clause, its speaker right after it ("…, O'Keefe notes")
            and other.subject is not None and end <= other.subject.left_edge.i <= end + 2 and other.subject.i < other.token.i
            for other, (start, end) in spans
        )

    return [c for c in cues if not nested(c)] + [c for c in cues if nested(c)]


def _merge_same_cue(drafts: list[_Draft]) -> list[_Draft]:
    """One reported clause is one quote: mixed drafts of the same cue that overlap (one for each
    quoted fragment of the clause) become their union, and a quoted fragment inside the mixed quote
    of its own cue is not a second quote."""
    mixed_by_cue: dict[int, _Draft] = {}
    out: list[_Draft] = []
    for d in drafts:  # sorted by start
        if d.type != "mixed" or d.cue is None:
            out.append(d)
            continue
        key = d.cue.token.i
        prev = mixed_by_cue.get(key)
        if prev is not None and _overlap(prev.start, prev.end, d.start, d.end) >= 0.9 * max(prev.end - prev.start, d.end - d.start):
            # the same clause found again from its next quoted fragment (ends may differ by a mark)
            prev.start, prev.end = min(prev.start, d.start), max(prev.end, d.end)
            continue
        mixed_by_cue[key] = d
        out.append(d)
    result = []
    seen: set[tuple[int, int]] = set()
    for d in out:
        if (d.start, d.end) in seen:
            continue  # the same span found twice (one quotation reached by two routes)
        seen.add((d.start, d.end))
        if d.type == "direct" and d.cue is not None:
            host = mixed_by_cue.get(d.cue.token.i)
            if host is not None and host is not d and host.start <= d.start and d.end <= host.end:
                continue
        result.append(d)
    return result


def _relative_clause_content(doc: Doc, cue: Cue, span: Span) -> tuple[int, int] | None:
    """`…, which he called “a cartel”` / `whom he described as “peaceful”`: a cue verb heading a
    relative clause that holds the quotation reports that clause, from the relative word on."""
    verb = cue.token
    if cue.kind != "verb" or verb.dep_ != "relcl" or cue.subject is None or cue.subject.lower_ in _RELATIVE:
        return None
    left, right = verb.left_edge.i, verb.right_edge.i + 1
    if not left <= span.start or any(not t.is_punct for t in doc[right: span.end]) or cue.subject.i < left:
        return None
    if not any(t.lower_ in _RELATIVE | {"whose"} and t.i < cue.subject.i for t in doc[left: verb.i]):
        return None
    return left, right


def _relative_report(cue: Cue) -> bool:
    """`…, which he believes will make it impossible to win`: a reporting verb inside a relative
    clause whose relative word is the subject of the reported clause. The clause is the report of
    the relative clause's own speaker, even when a wider report holds it."""
    verb = cue.token
    if cue.kind != "verb" or not cue.clausal or cue.content is None or cue.subject is None:
        return False
    subject = cue.subject
    if subject.lower_ in _RELATIVE or subject.dep_ != "nsubj" or subject.head.i != verb.i or subject.i > verb.i:
        return False
    start, end = cue.content
    # ("which"/"who" right before the speaker; a "that" there is as often a misparsed complementizer)
    relative = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return (
        relative is not None and relative.lower_ in ("which", "who") and relative.dep_ in ("nsubj", "nsubjpass")
        and start <= relative.head.i < end and relative.head.head.i == verb.i
    )


def _interrupts(doc: Doc, cue: Cue, c_start: int, c_end: int) -> bool:
    """The cue (with its speaker) sits inside the clause it reports, set off by commas or dashes:
    "The goal, he said, is …"."""
    verb = cue.token
    if cue.kind != "verb" or not c_start <= verb.i < c_end:
        return False
    left, right = verb.left_edge.i, verb.right_edge.i
    subject = cue.subject
    if subject is not None and subject.dep_ == "appos" and subject.head.head.i == verb.i and subject.head.i < subject.i < verb.i:
        # "Harper, a senior adviser said, “is …”": the speaker is the apposition of the clause's
        # own subject, which the parser hung on the verb
        left, right = subject.left_edge.i, verb.i
    if doc[left].is_punct:
        left += 1  # the comma before the speaker may hang on the verb
    if left <= c_start or right + 1 >= c_end:
        return False
    if cue.subject is not None and not left <= cue.subject.i <= right:
        return False
    return doc[left - 1].text in _BREAKS and (doc[right].text in _BREAKS or doc[right + 1].text in _BREAKS)


def _alpha_outside(text: str, cs: int, ce: int, qs: int, qe: int) -> int:
    """Words of the reported clause outside the quotation marks (a mixed quote has some)."""
    outside = text[cs:qs] + " " + text[qe:ce] if cs < qs or ce > qe else ""
    return sum(1 for w in outside.split() if any(ch.isalpha() for ch in w))


def _gap_tokens(doc: Doc, cue: Cue, span: Span) -> int | None:
    """Non-punctuation tokens between the quotation and the cue phrase (speaker words count)."""
    cue_tok = cue.token
    if cue_tok.i >= span.end:
        between = doc[span.end: cue_tok.i]
    elif cue_tok.i < span.start:
        between = doc[cue_tok.i + 1: span.start]
    else:
        return None
    count = 0
    speaker = range(cue.subject.left_edge.i, cue.subject.right_edge.i + 1) if cue.subject is not None else range(0)
    for t in between:
        if cue_tok.i >= span.end and t.is_space and "\n" in t.text:
            return None  # a cue after a paragraph break reports the next paragraph, not this quote
        if t.is_punct or t.is_space or t.i in speaker:
            continue  # the speaker's own words ("said Helen Ward, an economist at …") do not count
        if _is_quote_token(t):
            return None
        count += 1
    return count
