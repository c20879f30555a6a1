"""The spaCy component `stancer_quotes` and its factory.

`QuoteFinder` runs the steps in order on each document: pair quotation marks, find cues, link each
quotation to a cue (governing verb, lead-in, noun, fragment), build direct, indirect and mixed
quotes, let full-sentence quotations with no cue float to the previous speaker, and store them on `doc.spans`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, SpanGroup

from .. import QUOTES_KEY, register_extensions
from ...cues import FIRST_PERSON, FRAGMENT_VERBS
from ...header import detect_header
from ...quotemarks import Quotation, find_quotations, paragraph_spans

from .assembly import (
    _Draft,
    _alpha_outside,
    _gap_tokens,
    _interrupts,
    _just_a_cue,
    _merge_same_cue,
    _outer_first,
    _relative_clause_content,
    _relative_report,
)
from .common import Cue, _cue_extent, _is_quote_token, _overlap
from .complements import _trim
from .fragments import _governing_cue, _looks_like_title, _standalone, _title_is_reported, _unquoted_words
from .leadins import (
    _colon_before,
    _colon_lead_in,
    _comma_lead_in,
    _heading_lead_in,
    _headline_lead_in,
    _DISPLAY_VERBS,
    _shown_or_cried,
    _signature_after,
    _words_lead_in,
)
from .nouns import _possessed_speech_noun
from .subjects import _relative_mention
from .verbs import find_cues


_SENTENCIZER = Sentencizer()
QUOTE_TYPES = ("direct", "indirect", "mixed")
_MIN_FLOATING_WORDS = 5


def _inverted_after(doc: Doc, cue: Cue, span: Span) -> bool:
    """`…, even with a “good” job, he said.`: the cue and its speaker follow the quotation, set off
    by nothing but a comma (inside or after the closing mark) — an inverted attribution."""
    if cue.kind != "verb" or cue.subject is None or cue.token.i < span.end or cue.subject.i < span.end:
        return False
    if cue.content is not None and cue.content[1] > cue.token.i:
        return False  # `On “Meet the Press,” she said that …`: the cue reports what follows it
    if _looks_like_title(span) or span.start > 0 and doc[span.start - 1].text == "(":
        return False  # a title, or a parenthetical aside (`members (“…,” wrote one)`)
    verb = cue.token
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # `a show called “Brokers,” written by a troupe`: a participle, not a report
    # the attribution ends the sentence (or its clause): `, he said.`, `, she told reporters Friday.`
    after = []
    for t in doc[verb.i + 1: verb.sent.end]:
        if t.text in (",", ";", "-", "—", "–") or t.is_sent_end and t.is_punct:
            break
        after.append(t)
    if sum(1 for t in after if not t.is_punct) > 4 or any(t.pos_ in ("VERB", "AUX") for t in after):
        return False
    return _inverted_end(doc, cue, span) is not None


def _inverted_end(doc: Doc, cue: Cue, span: Span) -> int | None:
    """Where the reported stretch before an inverted cue ends (token index, exclusive): the
    quotation's end, or a comma a few words after it (`… a “good” job, he said`)."""
    first = min(cue.token.i, cue.subject.left_edge.i)
    between = doc[span.end:first]
    if all(t.is_punct for t in between) and len(between) <= 2:
        if any(t.text == "," for t in span[-3:]) or any(t.text == "," for t in between):
            return span.end
        return None
    if len(between) > 5 or doc[first - 1].text != "," or any(
        t.pos_ in ("VERB", "AUX") or _is_quote_token(t) or t.text in (".", ";", ":", "?", "!") for t in between
    ):
        return None
    return first - 1


def _report_before(
    doc: Doc, text: str, cue: Cue, span: Span, q: Quotation, quotations: list[Quotation], cues: list[Cue]
) -> tuple[int, int] | None:
    """`People should not use words like “maybe” and “perhaps”, he told reporters.`: a quoted
    fragment ending the clause an inverted cue reports is part of a mixed quote that runs from the
    start of the sentence to the closing mark (the parser often cuts the clause short or loses it)."""
    if not _inverted_after(doc, cue, span):
        return None
    sent = doc[span.start].sent
    if cue.token.sent.start != sent.start and cue.token.sent.start != doc[span.end - 1].sent.end:
        return None
    end = _inverted_end(doc, cue, span)
    start, _ = _trim(doc, sent.start, span.start)
    if start >= span.start:
        return None
    stretch = doc[start:span.start]
    if sum(1 for t in stretch if t.is_alpha) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in doc[start:span.end]):
        return None
    if any(t.text in (":", ";", "(", "-", "—", "–", "--") for t in stretch[-2:]):
        # `X put it this way: “…,” he said` is a direct quote after a lead-in; `X suggested the
        # plan was unserious - “…,” she said - and …` a quotation set off as an aside
        return None
    if any(t.text in (".", "?", "!") for t in stretch):
        return None  # a sentence boundary the parser missed
    if any(c is not cue and start <= c.token.i < span.start for c in cues):
        return None  # `“…,” she said, but …, “…,” said Kunin`: the stretch has a report of its own
    if any(o.start < q.start < o.end for o in quotations if o is not q):
        return None  # a quotation inside another: the outer one is the quote
    if end == span.end:
        return doc[start].idx, q.end
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _split_coordinated(doc: Doc, text: str, drafts: list[_Draft], quotations: list[Quotation]) -> list[_Draft]:
    """`He rails against its “Great Wall of Protectionism” and pledges to fight its “illegal”
    subsidies`, `which Trump had called a “disaster” and promised to “rip up”`: a second verb of
    reporting or naming, coordinated with the cue and sharing its speaker, reports its own quoted
    words. A mixed quote running over both is cut before the conjunction into one quote a verb."""
    out: list[_Draft] = []
    for d in drafts:
        cue = d.cue
        if d.type != "mixed" or cue is None or cue.kind != "verb" or cue.token.pos_ != "VERB":
            out.append(d)
            continue
        verb = cue.token
        second = next((
            c for c in verb.children
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and d.start < c.idx < d.end
            and c.lemma_.lower() in FRAGMENT_VERBS
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ), None)
        # the conjunction (or comma) right before the second verb
        cc = None if second is None else next((t for t in reversed(list(doc[verb.i + 1: second.i])) if t.dep_ == "cc" or t.text == ","), None)
        if second is None or cc is None or second.i - cc.i > 2:
            out.append(d)
            continue
        last = cc.i - 1
        while last > verb.i and (doc[last].is_space or doc[last].text == ","):
            last -= 1
        first_end = doc[last].idx + len(doc[last].text)
        second_start = doc[second.i + 1].idx if second.i + 1 < len(doc) else d.end
        before = [q for q in quotations if d.start <= q.start and q.end <= first_end]
        after = [q for q in quotations if second_start <= q.start and q.end <= d.end]
        if not before or not after or first_end <= d.start:
            out.append(d)
            continue
        def kind(cs: int, ce: int, qs: list[Quotation]) -> str:
            return "direct" if len(qs) == 1 and _alpha_outside(text, cs, ce, qs[0].start, qs[0].end) == 0 else "mixed"
        start, end = _cue_extent(second)
        tail_end = min(d.end, doc[second.right_edge.i].idx + len(doc[second.right_edge.i].text))
        tail_end = max(tail_end, after[-1].end)
        cue2 = Cue(second, start, end, cue.subject, (second.i + 1, second.right_edge.i + 1), "verb", cue.clausal, cue.mention)
        out.append(_Draft(d.start, first_end, kind(d.start, first_end, before), cue, d.floating))
        out.append(_Draft(second_start, tail_end, kind(second_start, tail_end, after), cue2, d.floating))
    return out


class QuoteFinder:
    """The `stancer_quotes` component."""

    def __init__(self, name: str = "stancer_quotes", spans_key: str = QUOTES_KEY) -> None:
        self.name = name
        self.spans_key = spans_key
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # built from the tokens on each access: once per doc
        header = doc._.stancer_header
        paragraphs = doc._.stancer_paragraphs
        if header is None or paragraphs is None:
            # works without stancer_segmenter too
            paragraphs = [list(p) for p in paragraph_spans(text)]
            h = detect_header(text, [tuple(p) for p in paragraphs])
            header = {"header_end": h.header_end, "dateline": list(h.dateline) if h.dateline else None}
        if not doc.has_annotation("SENT_START") and len(doc):
            _SENTENCIZER(doc)  # a pipeline without a parser: split sentences by punctuation
        body_start = header.get("header_end", 0) or 0
        if header.get("dateline"):
            body_start = max(body_start, header["dateline"][1])
        quotations = [q for q in find_quotations(text) if q.start >= body_start]
        mask = [(q.start, q.end) for q in quotations]
        cues = find_cues(doc, body_start, mask)
        drafts = self._link(doc, text, quotations, cues)
        self._store(doc, drafts, paragraphs)
        return doc

    # -- linking ---------------------------------------------------------------------------------

    def _link(self, doc: Doc, text: str, quotations: list[Quotation], cues: list[Cue]) -> list[_Draft]:
        drafts: list[_Draft] = []
        used_cues: set[int] = set()
        for q in quotations:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if q.paragraphs > 1:
                drafts.extend(self._paragraph_pieces(doc, text, q, cues, used_cues))
                continue
            cue = self._cue_for_quotation(doc, text, q, span, cues)
            words = sum(1 for t in span if t.is_alpha)
            if cue is not None:
                used_cues.add(cue.token.i)
                q_start, q_end = q.start, q.end
                relative = _relative_clause_content(doc, cue, span)
                if relative is not None:
                    # "…, which he called “a cartel”": the relative clause is what was said
                    rs, re_ = _trim(doc, *relative)
                    cs, ce = doc[rs].idx, doc[re_ - 1].idx + len(doc[re_ - 1].text)
                    if _alpha_outside(text, cs, ce, q.start, q.end) >= 1:
                        drafts.append(_Draft(min(cs, q.start), max(ce, q.end), "mixed", cue))
                        continue
                if cue.content is not None:
                    c_start, c_end = _trim(doc, *cue.content)
                    if c_end > c_start:
                        cs, ce = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
                        outside = _alpha_outside(text, cs, ce, q.start, q.end)
                        subject_inside = cue.subject is not None and cs <= cue.subject.idx < ce
                        if outside >= 1 and cs <= q.start + 1 and ce >= q.start and not cs <= cue.start < ce and not subject_inside:
                            drafts.append(_Draft(min(cs, q.start), max(ce, q.end), "mixed", cue))
                            continue
                        # (the clause may stop short of the closing mark the parser put in the next sentence)
                        # (`Starr said, “Leave …` is a direct quote after its cue, not such a clause)
                        opens_after_cue = cue.token.i < span.start <= cue.token.right_edge.i + 3
                        closes = ce >= q.end or not opens_after_cue and not any(ch.isalnum() for ch in text[ce:q.end]) and (
                            doc[span.end - 1].sent.start != doc[c_end - 1].sent.start
                        )
                        if cs < q.start and closes and _interrupts(doc, cue, c_start, c_end) and _unquoted_words(
                            doc, c_start, c_end, cue.token, quotations
                        ) >= 2:
                            # "Biden, Rubio said, had been in the Senate for “a thousand years”": the
                            # cue interrupts the clause it reports, which holds more than the quotation
                            drafts.append(_Draft(cs, max(ce, q.end), "mixed", cue))
                            continue
                if cue.content is not None and cue.kind == "verb":
                    c_start, c_end = _trim(doc, *cue.content)
                    if c_end > c_start and c_start <= span.start + 1 and cue.token.i > span.end - 1 and c_end > cue.token.i:
                        comma = next((t.i for t in doc[cue.token.i: c_end] if t.text == ","), None)
                        rest = [t for t in doc[comma + 1: c_end] if t.is_alpha and not any(x.start <= t.idx < x.end for x in quotations)] if comma is not None else []
                        if len(rest) >= 2:
                            # the quotation opens a report the cue interrupts and the report goes on
                            cs, ce = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
                            drafts.append(_Draft(min(cs, q.start), max(ce, q.end), "mixed", cue))
                            continue
                before = _report_before(doc, text, cue, span, q, quotations, cues)
                if before is not None:
                    # an earlier quotation of the same clause already drafted with this cue is part of it
                    drafts = [d for d in drafts if not (d.cue is cue and before[0] <= d.start and d.end <= before[1])]
                    drafts.append(_Draft(before[0], before[1], "mixed", cue))
                    continue
                if words == 0 and not (cue.token.lemma_.lower() in _DISPLAY_VERBS and any(ch.isalnum() for t in span for ch in t.text)):
                    continue  # (a sign may show a figure or a web address: `a sign that read “15%!”`)
                drafts.append(_Draft(q_start, q_end, "direct", cue))
                continue
            # no cue: a full-sentence quotation continues the previous speaker; a fragment is a
            # quote only when a verb with a source as subject governs it ("called him “a stiff”")
            sent_span = doc[span.start].sent
            last_sent = doc[span.end - 1].sent
            frame_alpha = sum(1 for t in doc[sent_span.start: last_sent.end] if t.is_alpha)
            if words >= _MIN_FLOATING_WORDS and (words >= 0.6 * frame_alpha or _standalone(text, q)):
                drafts.append(_Draft(q.start, q.end, "direct", None, floating=True))
                continue
            governor = _governing_cue(doc, span)
            if governor is None or governor.weak:
                # a short quotation under a verb that reports nothing ("launched a “green” line",
                # "starred in “Sharknado”") is a scare quote or a title: not a quote (GOLD-FORMAT),
                # unless someone's remark owns it ("Romney's “47 percent” comment")
                governor = _possessed_speech_noun(doc, span)
            if governor is not None and governor.kind == "noun":
                if words and governor.content is not None:
                    c_start, c_end = _trim(doc, *governor.content)
                    if c_end > c_start:
                        cs, ce = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
                        cs, ce = min(cs, q.start), max(ce, q.end)
                        kind = "mixed" if _alpha_outside(text, cs, ce, q.start, q.end) >= 1 else "direct"
                        drafts.append(_Draft(cs, ce, kind, governor) if kind == "mixed" else _Draft(q.start, q.end, kind, governor))
                elif words:
                    drafts.append(_Draft(q.start, q.end, "direct", governor))
                continue
            if governor is not None and _looks_like_title(span) and not _title_is_reported(doc, governor, span):
                governor = None  # "starred in “Meet the Press”"; but "declared “What a Super Tuesday!”"
            if governor is not None and words:
                c_start, c_end = _trim(doc, *governor.content)
                cs, ce = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
                cs, ce = min(cs, q.start), max(ce, q.end)
                kind = "mixed" if _alpha_outside(text, cs, ce, q.start, q.end) >= 1 else "direct"
                if kind == "direct" and governor.weak:
                    continue
                drafts.append(_Draft(cs, ce, kind, governor) if kind == "mixed" else _Draft(q.start, q.end, kind, governor))
        for cue in _outer_first(cues, used_cues):
            if cue.token.i in used_cues or cue.content is None:
                continue
            c_start, c_end = _trim(doc, *cue.content)
            if c_end <= c_start:
                continue
            if cue.clausal and cue.kind != "according" and (c_end - c_start < 2 or not any(t.pos_ in ("VERB", "AUX") for t in doc[c_start:c_end])):
                continue
            cs, ce = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
            if any(_overlap(cs, ce, d.start, d.end) > 0.5 * (ce - cs) for d in drafts) and not (
                # a relative clause's own report inside a wider one (`…, which he believes will …`)
                _relative_report(cue) and not any(d.start < cs and ce <= d.end + 1 and d.cue is not None and d.cue.subject is not None and d.cue.subject.i == cue.subject.i for d in drafts)
                and not any(d.cue is cue for d in drafts)
            ):
                continue
            if _just_a_cue(cue, c_start, c_end, cues):
                continue
            # paired quotation marks, not apostrophes ("rock 'n' roll", "the '90s")
            has_marks = any(cs <= q.start < ce or cs < q.end <= ce for q in quotations)
            drafts.append(_Draft(cs, ce, "mixed" if has_marks else "indirect", cue))
        drafts.sort(key=lambda d: (d.start, d.end))
        return _split_coordinated(doc, text, _merge_same_cue(drafts), quotations)

    def _paragraph_pieces(self, doc: Doc, text: str, q: Quotation, cues: list[Cue], used_cues: set[int]) -> list[_Draft]:
        """A quote running over paragraphs: one direct quote a paragraph, all with the cue found
        for any of them (news style puts `he said` in the first or the last paragraph)."""
        pieces = []
        for p_start, p_end in paragraph_spans(text[q.start:q.end]):
            pieces.append(Quotation(q.start + p_start, q.start + p_end, closed=q.closed))
        cue = None
        for piece in pieces:
            span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
            if span is not None and len(span):
                cue = self._cue_for_quotation(doc, text, piece, span, cues)
                if cue is not None:
                    used_cues.add(cue.token.i)
                    break
        return [_Draft(p.start, p.end, "direct", cue, floating=cue is None) for p in pieces]

    def _cue_for_quotation(self, doc: Doc, text: str, q: Quotation, span: Span, cues: list[Cue]) -> Cue | None:
        """The cue that reports this quotation, if any: same sentence(s), linked by syntax or adjacency."""
        first_sent = doc[span.start].sent
        last_sent = doc[span.end - 1].sent
        f_start, f_end = first_sent.start_char, last_sent.end_char
        # a lead-in ending with a colon in the previous sentence: `X said:` / `X said the following:`
        lead_in = None
        if first_sent.start > 0:
            prev = doc[first_sent.start - 1].sent
            tail = [t for t in prev if not t.is_space]
            if tail and tail[-1].text == ":":
                f_start = prev.start_char
                lead_in = prev
        # `“…?” Biden said.`: the parser may put a short attribution in a sentence of its own
        if last_sent.end < len(doc) and span.end >= last_sent.end - 1:
            nxt = doc[last_sent.end].sent
            if any(c.token.i < nxt.start + 4 and c.content is None for c in cues if nxt.start_char <= c.start < nxt.end_char):
                f_end = max(f_end, nxt.end_char)
        candidates = [c for c in cues if f_start <= c.start < f_end and not (q.start <= c.start < q.end)]
        heading = _heading_lead_in(doc, span)
        if heading is not None:
            # `Pollsters agree - Carl Bialik: “…”`: a heading right before the quotation names its
            # speaker; a cue before the heading reports something else
            candidates = [c for c in candidates if c.start > heading.start]
            if not candidates:
                return heading
        words = sum(1 for t in span if t.is_alpha)
        frame_words = sum(1 for t in doc[first_sent.start:last_sent.end] if t.is_alpha)
        sentence_like = words >= 0.6 * frame_words or words >= 8 or _standalone(text, q)
        if not candidates:
            return self._lead_in_fallback(doc, q, span, lead_in)
        # the cue verb nearest above the quotation in the parse reports it ("X said Y, whom he
        # described as “peaceful”": described, not said)
        chain: list[int] = []
        top = next((t for t in span if not _is_quote_token(t) and not (span.start <= t.head.i < span.end)), None)
        node = top
        for _ in range(4):
            if node is None or node.head.i == node.i:
                break
            node = node.head
            chain.append(node.i)
        best: tuple[float, Cue] | None = None
        for cue in candidates:
            score: float | None = None
            if cue.kind == "verb" and cue.token.i in chain and (cue.content is not None or cue.token.dep_ == "relcl") and cue.subject is not None and not span.start <= cue.subject.i < span.end and (
                cue.token.dep_ == "relcl" or _overlap(cue.content[0], cue.content[1], span.start, span.end) > 0
            ) and (
                # a cue inside the report of a higher cue ("X said that Y argued “…”") is only
                # preferred as a relative clause or a coordinated verb of the same speaker
                cue.token.dep_ in ("relcl", "conj") or not any(
                    o is not cue and o.kind == "verb" and o.token.i in chain and chain.index(o.token.i) > chain.index(cue.token.i)
                    for o in candidates
                )
            ):
                score = -1 + 0.1 * chain.index(cue.token.i)
            elif cue.content is not None and _overlap(cue.content[0], cue.content[1], span.start, span.end) > 0:
                score = 0
            elif _inverted_after(doc, cue, span):
                score = 1
            elif sentence_like:
                gap = _gap_tokens(doc, cue, span)
                if gap is not None and gap <= 6:
                    score = 2 + gap
            if score is not None and (best is None or score < best[0]):
                best = (score, cue)
        if best is None:
            # `Trump said, and I quote, “…”`: no candidate reports the quotation; a lead-in may
            return self._lead_in_fallback(doc, q, span, lead_in)
        return best[1]

    def _lead_in_fallback(self, doc: Doc, q: Quotation, span: Span, lead_in: Span | None) -> Cue | None:
        """A lead-in ending with a colon (`X apologized for what happened: “…”`) or a comma
        (`… and then boomed, “…”`) right before the quotation, or a colon ending the sentence before."""
        colon = _colon_before(doc, span)
        if colon is not None:
            cue = _colon_lead_in(colon, span) or _heading_lead_in(doc, span) or _shown_or_cried(doc, span)
            if cue is not None or lead_in is None:
                return cue
        else:
            heading = _heading_lead_in(doc, span)
            if heading is not None:
                return heading
        comma = _comma_lead_in(doc, span) or _words_lead_in(doc, span)
        if comma is not None:
            return comma
        if lead_in is not None and q.start >= lead_in.end_char:
            cue = _colon_lead_in(lead_in.root, span)
            if cue is not None:
                return cue
        return _headline_lead_in(doc, span) or _signature_after(doc, span) or _shown_or_cried(doc, span)

    # -- storing ---------------------------------------------------------------------------------

    def _store(self, doc: Doc, drafts: list[_Draft], paragraphs: list[list[int]]) -> None:
        spans = []
        for d in drafts:
            span = doc.char_span(d.start, d.end, alignment_mode="expand", label=d.type)
            if span is None or len(span) == 0:
                continue
            cue = d.cue
            subject = cue.subject if cue else None
            frame_start = doc[span.start].sent.start_char
            frame_end = doc[span.end - 1].sent.end_char
            if cue is not None:
                frame_start = min(frame_start, cue.token.sent.start_char)
                frame_end = max(frame_end, cue.token.sent.end_char)
            speaker = {"name": None, "start": None, "end": None, "role": None, "affiliation": None, "kind": "unknown"}
            if subject is not None:
                speaker["start"] = subject.idx
                speaker["end"] = subject.idx + len(subject.text)
                speaker["_head"] = subject.i
                mention = cue.mention if cue.mention is not None else _relative_mention(cue.token, subject)
                if mention is not None:
                    speaker["_mention"] = [mention.idx, mention.idx + len(mention.text)]
                if subject.lower_ in FIRST_PERSON:
                    speaker["kind"] = "author"
            span._.stancer_quote = {
                "type": d.type,
                "start": d.start,
                "end": d.end,
                "cue": [cue.start, cue.end] if cue else None,
                "frame": [frame_start, frame_end],
                "speaker": speaker,
                "floating": d.floating,
            }
            spans.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)


@Language.factory(
    "stancer_quotes",
    default_config={"spans_key": QUOTES_KEY},
    requires=["token.dep", "token.lemma"],
    assigns=["doc.spans", "span._.stancer_quote"],
)
def make_quotes(nlp: Language, name: str, spans_key: str) -> QuoteFinder:
    for label in QUOTE_TYPES:  # interned for good, outside any memory zone
        nlp.vocab.strings.add(label)
    return QuoteFinder(name, spans_key)
