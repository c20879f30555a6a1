"""Quotations no cue claimed ("floating"): the subject of a clause right beside one with a verb
no cue list holds (`Hannity interjected: “…”`, `“…,” the editorial read.`), or the person the
sentence just before is about. Tagger and parser often fail around such quotations, hence the
token-level fallbacks. A signed quotation (a line `- Bernie Sanders.` under it) is not floating:
the quotes component gives it the dash as its cue and the name as its subject
(`quotes.leadins._signature_after`, the one signature detector)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...cues import PERSON_PRONOUNS, PLURAL_PRONOUNS
from .people import looks_like_name
from .syntax import RELATIVE, is_quote_mark

_NP_POS = frozenset({"NOUN", "PROPN", "PRON"})


_OPENING_PUNCT = frozenset({",", ":", "—", "–", "-"})


def local_speaker(doc: Doc, span: Span, text: str) -> Token | None:
    """The subject of a clause attached right beside a quotation that no cue claimed:
    `Hannity interjected: “…”`, `“…,” the editorial read.`, `“…,” reacted Trump.`,
    `Sanders credited the win to “a closed primary”`."""
    first_sent, last_sent = doc[span.start].sent, doc[span.end - 1].sent
    j = span.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    # a lead-in ending with a colon: `Rubio fired back forcefully: “…”`
    if j > 0 and doc[j].text == ":" and (doc[j].sent.start == first_sent.start or j + 1 >= first_sent.start):
        before = doc[j - 1]
        run = before.i
        while run > 0 and doc[run - 1].pos_ == "PROPN" and before.i - run < 3:
            run -= 1
        if before.ent_type_ in ("PERSON", "ORG") or before.pos_ == "PROPN" and looks_like_name(doc[run: before.i + 1]):
            first = before
            if before.ent_type_:
                while first.i > 0 and first.ent_iob_ == "I":
                    first = doc[first.i - 1]
            else:
                first = doc[run]
            opener = doc[first.i - 1] if first.i > 0 else None
            if opener is None or first.is_sent_start or opener.pos_ not in ("ADP", "VERB", "AUX", "SCONJ", "PART"):
                return before  # a heading-style attribution: `… - Philip Bump: “…”`
        verb = _lead_in_verb(before)
        if verb is not None and verb.i < j:
            subject = _clause_subject(verb)
            if subject is None:
                # `In a statement, her adviser, Jake Sullivan, said: “…”`: the parser lost the subject
                sent_start = verb.sent.start
                subject = next((t for t in reversed(doc[sent_start: verb.i]) if t.ent_type_ == "PERSON" and not is_quote_mark(t)), None)
                if subject is not None and any(is_quote_mark(t) for t in doc[subject.i: verb.i]):
                    subject = None
            if subject is not None:
                return subject
    # after the quotation: `“…,” X verb` or `“…,” verb X`
    end = last_sent.end
    i = span.end
    while i < len(doc) and doc[i].text in (",", ")"):
        i += 1
    own = i < len(doc) and doc[i].sent.start == last_sent.start
    if not own and i < len(doc) and (doc[i].is_lower or _bare_attribution(doc[i])):
        # the parser may give `the editorial read.` or `Miller, a retired worker, said pleasantly.`
        # a sentence of its own
        end = doc[i].sent.end
        own = True
    tail = list(doc[i:end])
    inner = text[span.end_char - 4: span.end_char + 2]
    comma = "," in inner
    if (
        len(tail) >= 2 and own
        and (comma or any(ch in inner for ch in "?!"))
        and "\n" not in text[span.end_char: tail[0].idx]
        and not any(t.is_space and "\n" in t.text for t in tail[:3])
    ):
        words = []
        for t in tail:
            if t.is_space:
                continue
            if t.text in ("-", "–") and not t.whitespace_ and t.i > 0 and not doc[t.i - 1].whitespace_:
                words.append(t)  # `vice-presidential`
                continue
            if t.is_punct or any(ch in t.text for ch in "“”\"«»") or t.lower_ in ("that", "because", "and", "but"):
                break
            words.append(t)
        found = _subject_in(words, span, comma)
        if found is not None:
            return found
    # before the quotation: `X added, “…”`
    if j > first_sent.start and doc[j].text in _OPENING_PUNCT:
        verb = doc[j - 1] if doc[j - 1].pos_ == "VERB" else doc[j - 1].head
        if verb.pos_ == "VERB" and verb.i < j and j - verb.i <= 4 and verb.sent.start == doc[j].sent.start:
            subject = next((c for c in verb.lefts if c.dep_ in ("nsubj",) and c.pos_ in _NP_POS), None)
            if subject is not None and subject.i >= first_sent.start and verb.i - subject.right_edge.i <= 3 and subject.lower_ not in RELATIVE:
                return subject
    # a fragment inside a clause: the verb that governs it (`Sanders credited X to “…”`)
    if j >= first_sent.start and not doc[j].is_punct:
        governor = _governing_verb(span)
        if governor is not None:
            subject = _clause_subject(governor)
            if subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "NORP") or subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS or subject.lower_ in PLURAL_PRONOUNS):
                return subject
    return None


def leading_sentence_subject(doc: Doc, span: Span, last_end: int, text: str) -> Token | None:
    """A quotation opening a sentence, right after a sentence of the same paragraph whose subject
    is a person and which holds no quote of its own: that person speaks
    (`Iowa State University's Dianne Bystrom agreed. “…”`)."""
    first_sent = doc[span.start].sent
    if first_sent.start != span.start and any(not (t.is_punct or t.is_space) for t in doc[first_sent.start: span.start]):
        return None
    if first_sent.start == 0:
        return None
    prev = doc[first_sent.start - 1].sent
    if "\n" in text[prev.end_char - 1: span.start_char] or last_end > prev.start_char:
        return None
    if any(is_quote_mark(t) for t in prev):
        return None
    root = prev.root
    if root.pos_ != "VERB":
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return subject if subject.ent_type_ == "PERSON" else None


def _lead_in_verb(token: Token) -> Token | None:
    """The verb of the clause a colon closes: the token before it or one of its heads."""
    node = token
    for _ in range(4):
        if node.pos_ == "VERB":
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _clause_subject(verb: Token) -> Token | None:
    """A verb's subject, or that of the verb it is conjoined to (`leaned in and boomed: “…”`)."""
    doc, start = verb.doc, verb.i
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if subject is not None:
            if subject.lower_ in RELATIVE or subject.lower_ in ("it", "this", "that", "there", "what"):
                return None
            if any(is_quote_mark(t) for t in doc[subject.i: start]):
                return None  # a subject inside an earlier quotation: a misparse
            return subject if subject.pos_ in _NP_POS or _is_proper(subject) else None
        if verb.dep_ in ("acl", "relcl") and verb.head.i < verb.i and (verb.head.pos_ in ("NOUN", "PROPN") or verb.head.ent_type_ == "PERSON"):
            return verb.head  # `Mitt Romney, the 2012 nominee, tweeted in response: “…”`
        if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
            return None
        verb = verb.head
    return None


def _governing_verb(span: Span) -> Token | None:
    """The verb outside the quotation that its words hang from, if it is near."""
    for token in span:
        head = token.head
        if head.i < span.start or head.i >= span.end:
            if head.pos_ == "VERB" and span.start - head.i <= 12 and head.i < span.start:
                return head
            if head.pos_ == "ADP" and head.head.pos_ == "VERB" and head.head.i < span.start and span.start - head.head.i <= 12:
                return head.head
            return None
    return None


def _bare_attribution(first: Token) -> bool:
    """`Miller, a retired worker, said pleasantly into the phone.`: a sentence whose subject opens
    it and whose verb reports nothing of its own (no clause, no object) attributes the quotation
    just before it."""
    subject = first
    while subject.dep_ in ("compound", "amod", "det") and subject.head.i > subject.i and subject.head.i - first.i < 6:
        subject = subject.head
    if subject.dep_ != "nsubj" or subject.head.pos_ != "VERB" or subject.head.i - first.i > 14:
        return False
    verb = subject.head
    return first.sent.start == first.i and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "acomp", "attr", "oprd", "dative") for c in verb.children
    )


def _subject_in(words: list[Token], span: Span, comma: bool) -> Token | None:
    """In the few words after a quotation, the speaker of `X verb` or `verb X`."""
    words = words[:12]
    if not words:
        return None
    doc = span.doc
    # the parse names the subject: `X, a retired worker, said`, `Trump shot back`
    for t in words[:6]:
        if t.dep_ in ("nsubj", "nsubjpass") and not span.start <= t.head.i < span.end and t.head.i >= words[0].i and t.lower_ not in RELATIVE:
            if t.pos_ in _NP_POS or _is_proper(t):
                return t
    first = words[0]
    if (first.pos_ == "VERB" or first.pos_ == "AUX" and first.lemma_ != "be") and first.is_lower and first.tag_ != "VBG":
        # inverted: `reacted Trump`, `read one`, `said Skelly`
        for t in words[1:5]:
            if t.pos_ in _NP_POS or _is_proper(t) or t.pos_ == "NUM" and t.lower_ == "one":
                while t.i + 1 < len(doc) and t.head.i == t.i + 1 and t.head in words:
                    t = t.head
                return t
        return None
    if first.pos_ not in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM") and not _is_proper(first):
        return None
    words = words[:8]
    for k, t in enumerate(words):
        if k > 0 and t.pos_ == "VERB" and t.is_lower:
            subject = next((c for c in t.lefts if c.dep_ == "nsubj" and c.i >= words[0].i), None)
            if subject is not None:
                return subject
            candidates = [w for w in words[:k] if (w.pos_ in _NP_POS or _is_proper(w)) and not (words[0].i <= w.head.i < t.i and w.head.pos_ in _NP_POS)]
            return candidates[0] if candidates else None
    following = doc[words[-1].i + 1].text if words[-1].i + 1 < len(doc) else "."
    # `the editorial read.`: a misparse with no verb; a short noun phrase and one word
    if 2 <= len(words) <= 4 and following in (".", ",", ";") and first.is_lower:
        heads = [w for w in words[:-1] if w.pos_ in _NP_POS or w.pos_ == "ADJ"]
        return heads[-1] if heads else None
    # `“…,” Gene Sperling, a top adviser, said`: a name, then its apposition
    if comma and len(words) <= 4 and following == "," and all(_is_proper(w) or w.lower_ in ("the", "a") for w in words):
        return words[-1]
    return None


def _is_proper(token: Token) -> bool:
    """A proper name the tagger took for something else (`Skelly/ADV said`, `Trump/VERB shot back`):
    capitalised inside its sentence and known to the NER, or tagged PROPN."""
    if token.pos_ == "PROPN":
        return True
    text = token.text
    return (
        text[:1].isupper() and not text.isupper() and token.is_alpha and token.i > token.sent.start
        and token.pos_ in ("ADV", "VERB", "AUX", "NOUN", "ADJ", "X") and token.lower_ not in _PRONOUN_WORDS
    )


_PRONOUN_WORDS = frozenset({"i", "he", "she", "it", "we", "they", "you"})
