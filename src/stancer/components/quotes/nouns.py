"""Cues that are nouns: "according to X", "X's statement that …", "the report said".

A noun cue carries its speaker in a possessive, a "by"/"from" phrase or "according to", and its
content in an appositive clause or the quotation it introduces; these rules differ enough from
verbs to stand apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .common import Cue, _is_quote_token, _is_source
from .complements import _clause_range


def _verb_tagged_noun(token: Token) -> Token | None:
    """`“…,” Conway notes.`: after a quotation the tagger may read a reporting verb as a plural
    noun; its speaker is the proper noun or pronoun just before it."""
    doc = token.doc
    if token.lower_ not in _NOUN_LOOKING_CUES or token.i < 2:
        return None
    subject = doc[token.i - 1]
    if subject.pos_ not in ("PROPN", "PRON") or not any(_is_quote_token(t) for t in doc[max(token.i - 4, 0): token.i - 1]):
        return None
    return subject


def _noun_cue_content(noun: Token) -> tuple[int, int] | None:
    """`X's warning that …` (noun + clause) and `X's view is that …` (copula + clause)."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children):
            return _clause_range(child)
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        for child in head.children:
            if child.dep_ in ("ccomp", "attr") and child.i > noun.i and child.pos_ in ("VERB", "AUX"):
                return _clause_range(child)
    return None


def _noun_cue_speaker(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and (
                    grandchild.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                    or grandchild.pos_ == "PROPN"
                    or child.lower_ != "of" and grandchild.pos_ in ("NOUN", "PRON")
                ):
                    return grandchild
    return None


def _according_content(doc: Doc, according: Token, to: Token, source: Token) -> tuple[int, int] | None:
    """The sentence minus the `according to X` phrase (which may open, close or interrupt it)."""
    sent = according.sent
    phrase_start = according.i
    phrase_end = max(source.right_edge.i + 1, to.i + 1)
    before = (sent.start, phrase_start)
    after = (phrase_end, sent.end)
    # take the larger side: "According to X, Y." / "Y, according to X."
    left_len = before[1] - before[0]
    right_len = after[1] - after[0]
    return before if left_len > right_len else after


_SPEECH_NOUNS = frozenset(
    """
    comment comments remark remarks slogan motto mantra chant chants catchphrase phrase words line
    refrain promise pledge message dictum admission statement tweet warning quip retort cry answer
    response reply question claim vow insult nickname description characterization rallying
    """.split()
)


def _possessed_speech_noun(doc: Doc, span: Span) -> Cue | None:
    """`Romney's “47 percent” comment`, `their chants of “Ted! Ted!”`, `Clinton's campaign slogan
    is “I'm with her.”`: a quotation that is what a source's remark, slogan or chant says."""
    top = next((t for t in span if not _is_quote_token(t) and not (span.start <= t.head.i < span.end)), None)
    if top is None:
        return None
    noun = None
    head = top.head
    if top.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and top.pos_ != "ADJ":
        noun = head  # “47 percent” comment
    elif top.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        noun = head.head  # chants of “…”
    elif top.dep_ in ("attr", "ccomp", "xcomp", "acomp", "npadvmod", "dep") and head.lemma_ == "be":
        noun = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)  # slogan is “…”
    elif top.dep_ == "appos" and head.pos_ == "NOUN":
        noun = head  # his slogan, “…”
    if noun is None or noun.lemma_.lower() not in _SPEECH_NOUNS or span.start <= noun.i < span.end:
        return _speech_noun_complement(doc, span, top)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not _owner_is_source(owner) or span.start <= owner.i < span.end:
        return None
    return Cue(noun, noun.idx, noun.idx + len(noun.text), owner, None, "noun", False)


def _owner_is_source(owner: Token) -> bool:
    """The owner of a remark: a source, or a personal possessive ("his call for …")."""
    return owner.lower_ in ("his", "her", "their", "my", "our") or (owner.pos_ != "DET" and _is_source(owner))


_REPORT_NOUNS = frozenset(
    """
    call calls promise pledge vow plea demand comment comments remark remarks contention claim
    assertion insistence argument broadside attack criticism warning message rejection denunciation
    """.split()
)


def _speech_noun_complement(doc: Doc, span: Span, top: Token) -> Cue | None:
    """`his call for “a total and complete ban” on …`, `Trump's pledge to be “neutral” in …`,
    `the contention of Hillary Clinton that …`: a quotation inside the complement of a noun of
    speaking whose owner is a source; the complement is the quote (mixed)."""
    node = top
    for _ in range(4):
        if node.head.i == node.i or node.dep_ not in ("pobj", "prep", "acl", "xcomp", "ccomp", "dobj", "amod", "compound", "aux", "det", "acomp", "attr"):
            return None
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _REPORT_NOUNS:
            break
    else:
        return None
    noun = node
    if span.start <= noun.i < span.end:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from") and c.i > noun.i), None)
        owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if owner is None or not _owner_is_source(owner) or span.start <= owner.i < span.end:
        return None
    rights = [c for c in noun.rights if not c.is_punct and c.i > owner.i]
    comp = next((c for c in rights if c.dep_ in ("prep", "acl", "xcomp", "ccomp") and c.left_edge.i <= span.start <= c.right_edge.i + 1), None)
    if comp is None:
        return None
    start = comp.left_edge.i
    if doc[start].dep_ == "prep" and doc[start].lower_ in ("for", "of", "on", "against", "about") and start < span.start:
        start += 1  # "call for [a ban]": the preposition belongs to the noun
    end = max(comp.right_edge.i + 1, span.end)
    return Cue(noun, noun.idx, noun.idx + len(noun.text), owner, (start, end), "noun", False)


_NOUN_LOOKING_CUES = frozenset(
    "says notes adds writes argues explains recalls remembers warns insists claims concludes observes remarks suggests asks".split()
)
