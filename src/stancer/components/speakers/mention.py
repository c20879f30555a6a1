"""Which mention a quote's speaker is, beside the head the quote finder chose: the cue's verb, a
reporting clause inside the quote's own words (`He believes, he said, that …`), a participle that
goes on with the quotation before (`“…,” adding …`), the relative pronoun of `X, who said …`."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...cues import PERSON_PRONOUNS, PLURAL_PRONOUNS
from .syntax import RELATIVE, REPORTING_LEMMAS, SPEECH_LEMMAS, is_quote_mark, own_subject


def cue_root(doc: Doc, cue: list[int] | None) -> Token | None:
    """The root token of a quote's cue (character offsets), or None without a cue."""
    if not cue:
        return None
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def verb_of_cue(doc: Doc, cue: list[int] | None) -> Token | None:
    """The verb at the root of a quote's cue, if the cue is a verb."""
    verb = cue_root(doc, cue)
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


_GOES_ON_GAP = re.compile(r"[\s,\"“”'’]*(?:and\s+)?")


def goes_on(doc: Doc, verb: Token | None, last_end: int, text: str) -> bool:
    """A subjectless `-ing` participle whose only words back to the end of the quotation before
    are its closing marks and a comma: `“…,” adding …`."""
    if verb is None or verb.tag_ != "VBG" or own_subject(verb) is not None or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    if last_end < 0 or last_end > verb.idx or verb.idx - last_end > 8:
        return False
    gap = text[last_end: verb.idx]
    if _GOES_ON_GAP.fullmatch(gap) is None:
        return False
    closing = text[max(last_end - 3, 0): verb.idx]  # the quotation may end with its marks
    return "," in closing and any(ch in closing for ch in "\"”'’")


def inner_attribution(span: Span, cue: Token | None) -> Token | None:
    """A reporting clause inside the quote's own words, outside quotation marks, names who
    speaks: set off by commas (`He believes, he said, that …`, `AT&T laid fiber, she said, to
    “…”`) or opening it (`he said, “We're going to …”`). Its subject; None if there is none."""
    doc = span.doc
    inside = False
    for token in span:
        if is_quote_mark(token):
            inside = not inside if token.text in ('"', "''") else token.text in ("“", "‘", "«")
            continue
        if inside or token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH_LEMMAS or cue is not None and token.i == cue.i:
            continue
        subject = own_subject(token)
        if subject is None or subject.dep_ != "nsubj" or subject.i < span.start or token.i - subject.right_edge.i > 2:
            continue
        if not (subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in PERSON_PRONOUNS or subject.lower_ in PLURAL_PRONOUNS):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        set_off = after is not None and after.text in (",", ":")
        first = subject.left_edge.i
        opens = first == span.start or all(is_quote_mark(t) for t in doc[span.start: first])
        parenthetical = first > 0 and doc[first - 1].text == ","
        if set_off and (opens or parenthetical):
            return subject
        # `…, Cuban said.` closing the quote's words, when the quote's own cue is no reporting
        # verb (`Trump's grasp of policy is worrying, Cuban said`)
        weak_cue = cue is None or cue.lemma_.lower() not in SPEECH_LEMMAS | REPORTING_LEMMAS
        closes = all(t.is_punct or t.is_space or token.is_ancestor(t) for t in doc[token.i + 1: span.end])
        if parenthetical and weak_cue and closes:
            return subject
        # `…: “from his perspective,” Lewandowski added`: the reporting clause right after a
        # quotation closing the quote's words belongs to that quotation, whatever the cue before
        after_quotation = first > 1 and is_quote_mark(doc[first - 1]) and doc[first - 2].text == ","
        later = cue is not None and cue.i >= span.end and cue.lemma_.lower() in SPEECH_LEMMAS | REPORTING_LEMMAS
        if after_quotation and closes and (cue is None or cue.i < first or later):
            # (also when the cue found is a reporting verb past the quote: `“…,” she said, but
            # “…,” said Kunin`; an `according to` after it stays with the words' own speaker anyway)
            return subject
    return None


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: `experts who think`, `Eric Kingson, who is
    running … and who worked the crowd` (the pronoun of a conjoined relative clause)."""
    if token.lower_ not in RELATIVE or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = token.head
    for _ in range(3):
        if verb.dep_ == "relcl" and verb.head.i < token.i:
            noun = verb.head
            if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.lower_ in RELATIVE:
                return None
            before = next((t for t in reversed(token.doc[noun.i + 1: verb.left_edge.i]) if not t.is_punct), None)
            if before is not None and before.ent_type_ == "PERSON" and noun.is_ancestor(before):
                return before  # `a teacher named Oliver Brandt, who …`: the name within the antecedent
            return noun
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def relative_pronoun(doc: Doc, cue: list[int] | None, head_i: int) -> Token | None:
    """`Mike Pence, who called their son …` / `…, who cooperated with him and called him …`: the
    cue's clause (or the clause it is conjoined to) is a relative clause on the speaker; its
    relative pronoun is the mention tied to the quote."""
    verb = cue_root(doc, cue)
    if verb is None:
        return None
    for _ in range(3):
        if verb.dep_ == "relcl" and verb.head.i == head_i:
            return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE), None)
        if verb.dep_ == "relcl":
            return None  # `Rubio, who many feel …`: the relative clause has a speaker of its own
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def outer_report(span: Span, cue: Token | None) -> Token | None:
    """`Nothing the mayor said "will calm …," the senator said` / `Officials who think "… are
    wrong," she said`: a cue in a relative clause on the sentence's own subject, whose quotation
    goes on into the sentence's predicate and is closed by the sentence's reporting clause. The
    words are the outer reporter's; the outer reporting verb, or None when this does not apply."""
    if cue is None or cue.dep_ != "relcl" or cue.head.i >= span.start:
        return None
    doc = span.doc
    i = span.end
    while i < len(doc) and (doc[i].text == "," or is_quote_mark(doc[i])):
        i += 1
    if not any(is_quote_mark(t) for t in doc[max(span.end - 2, span.start): i]):
        return None  # the quotation must close right where the reporting clause starts
    for j in range(i, min(i + 7, len(doc))):
        verb = doc[j]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = own_subject(verb)
        if (
            verb.lemma_.lower() not in SPEECH_LEMMAS | REPORTING_LEMMAS or subject is None or subject.i < i
            or not verb.is_ancestor(cue)
        ):
            return None
        inner = [t for t in span if not t.is_punct and not is_quote_mark(t)]
        past = any(not cue.is_ancestor(t) for t in inner)
        # ("… said "will calm …"": the parser made the predicate the relative verb's own
        # complement, a clause with no subject of its own)
        headless = any(
            c.dep_ == "ccomp" and c.i >= span.start and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            for c in cue.children
        )
        if past or headless:
            return verb
        return None
    return None


def parenthetical_report(cue: Token | None) -> Token | None:
    """`Trump, Sexton said, has created a “…”`: a reporting clause set off by commas inside the
    clause the cue heads, before the cue, names who speaks when the cue itself is no reporting
    verb. The parenthetical verb, or None."""
    if cue is None or cue.lemma_.lower() in SPEECH_LEMMAS | REPORTING_LEMMAS:
        return None
    doc = cue.doc
    for child in cue.children:
        if child.i >= cue.i or child.pos_ != "VERB" or child.lemma_.lower() not in SPEECH_LEMMAS or child.dep_ not in ("parataxis", "advcl", "ccomp"):
            continue
        subject = own_subject(child)
        if subject is None or subject.dep_ != "nsubj" or child.i - subject.right_edge.i > 2:
            continue
        if not (subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in PERSON_PRONOUNS or subject.lower_ in PLURAL_PRONOUNS):
            continue
        first = subject.left_edge.i
        last = child.i + 1  # (`, Sexton said, has …`: the verb closes the aside)
        if first > 0 and doc[first - 1].text == "," and last < cue.i and doc[last].text == ",":
            return child
    return None
