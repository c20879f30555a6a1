"""`find_cues`: every cue of a document, in text order, with its speaker and reported clause.

Walks the tokens once and, for each reporting verb ("according to", cue nouns and verbs the tagger
took for nouns go through the same walk), asks `subjects` for the speaker and `complements` for the reported clause, rejecting verbs
that report nothing here (aspectual "continue to", "puts it").
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from ...cues import (
    CUE_NOUNS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    NEEDS_CLAUSE,
    NP_CONTENT_VERBS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
)

from .common import Cue, _RELATIVE, _cue_extent, _is_quote_token, _is_source
from .complements import _clause_range, _complement_of_verb, _content_of_verb, _object_of_verb, _second_report, mistagged_report
from .corrections import _better_subject
from .leadins import _quote_aside
from .nouns import _according_content, _noun_cue_content, _noun_cue_speaker, _verb_tagged_noun
from .subjects import _publisher, _speaker_after_quotation, _subject_of


def _aspectual(verb: Token) -> bool:
    """`continue to be`, `continued to interject`: a verb of aspect before an infinitive reports
    nothing (unlike "“…,” he continued")."""
    return verb.lemma_.lower() == "continue" and any(c.dep_ == "xcomp" for c in verb.children)


def _fronted_report(verb: Token) -> tuple[int, int] | None:
    """`The rejection of the treaty signals “the beginning of the end” for the EU, said Geert
    Wilders`: with the speaker after the verb, the parser may take the fronted report for the
    verb's subject; that subject's phrase is what was said."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    fronted = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i), None)
    if fronted is None or _is_source(fronted) or fronted.right_edge.i != verb.i - 2 and fronted.right_edge.i != verb.i - 1:
        return None
    start, end = fronted.left_edge.i, verb.i - 1
    if end - start < 4 or not any(t.pos_ in ("VERB", "AUX") or _is_quote_token(t) for t in doc[start:end]):
        return None
    return start, end


def _puts_it(verb: Token) -> bool:
    """`as X put it`: a reporting phrase built on a verb that otherwise reports nothing."""
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def _first_report(tok: Token) -> Token | None:
    """The speaker of a participle that `_second_report` splits off: the subject of the report
    it follows ("She told CNN that Trump is a “faker” and questioning …": she questions)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "pcomp"):
        return None
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.i < tok.i and node.lemma_.lower() in CUE_VERBS:
            content = _complement_of_verb(node)
            if content is None or not content[0] <= tok.i < content[1] or _second_report(tok, node, content) is None:
                return None
            subject = _subject_of(node)
            if subject is None:
                return None
            subject = _better_subject(node, subject)
            return subject if _is_source(subject) and subject.lower_ not in _RELATIVE else None
    return None


# `expressed hope that …`, `voiced concern that …`: a verb of uttering whose object is a view
_UTTER_VERBS = frozenset("express voice air convey register".split())
_VIEW_NOUNS = frozenset("hope concern fear confidence belief doubt optimism worry regret frustration skepticism scepticism view".split())


def _phrase_cue(verb: Token) -> tuple[Token, Token] | None:
    """A reporting phrase built on a verb that reports nothing alone: `made (it) clear that …`,
    `expressed hope that …`. Returns the phrase's last word and the head of the reported clause."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma == "make":
        last = next((c for c in verb.children if c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj")), None)
        holders = (verb, last)
    elif lemma in _UTTER_VERBS:
        last = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _VIEW_NOUNS), None)
        holders = (last,)
    else:
        return None
    if last is None:
        return None
    for holder in holders:
        for c in holder.children:
            if c.i > last.i and c.dep_ in ("ccomp", "advcl", "acl", "csubj") and c.pos_ in ("VERB", "AUX") and (
                any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                or c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ):
                return last, c
    return None


def find_cues(doc: Doc, body_start: int, quote_mask: list[tuple[int, int]]) -> list[Cue]:
    """Every cue in the body with a speaker and, where there is one, its reported clause."""
    cues: list[Cue] = []
    starts = [q[0] for q in quote_mask]

    def inside_quote(char: int) -> bool:
        k = bisect_right(starts, char) - 1
        return k >= 0 and quote_mask[k][0] < char < quote_mask[k][1]

    for token in doc:
        if token.idx < body_start:
            continue
        lemma = token.lemma_.lower()
        pos = token.pos_
        if (pos in ("VERB", "AUX") and (lemma in CUE_VERBS or lemma == "put" and _puts_it(token)) or mistagged_report(token)) and not _aspectual(token):
            if inside_quote(token.idx) or _quote_aside(token):
                continue
            subject = _subject_of(token)
            if subject is not None:
                subject = _better_subject(token, subject)
            reporter = _first_report(token)
            if reporter is not None:
                subject = reporter
            if subject is None or (subject.lower_ == "you" and lemma in THOUGHT_VERBS):
                continue  # no speaker, or a question to the reader/interviewee ("do you think")
            if lemma in NEEDS_CLAUSE and not _is_source(subject):
                continue  # "the protests would continue", "the data show": no one is speaking
            if inside_quote(subject.idx):
                # a misparse took a word of the quotation for the speaker of a cue outside it:
                # `“We were wrong,” Ramos, 58, told AFP` — the speaker sits between the two
                subject = _speaker_after_quotation(token, quote_mask)
                if subject is None:
                    continue
            if subject.lemma_.lower() in DOCUMENT_NOUNS:
                subject = _noun_cue_speaker(subject) or subject
            content = _content_of_verb(token)
            if content is None and subject.i > token.i:
                content = _fronted_report(token)
            clausal = content is not None
            if content is None and lemma in NP_CONTENT_VERBS:
                content = _object_of_verb(token)
            if lemma in NEEDS_CLAUSE and content is None:
                continue
            start, end = _cue_extent(token)
            relative = next((c for c in token.children if c.dep_ == "nsubj" and c.lower_ in _RELATIVE), None)
            if relative is not None and subject.head.i == token.i and subject.dep_ == "nsubj" and subject.lower_ not in _RELATIVE:
                relative = None  # `Rubio, who many feel …`: the clause's own subject speaks
            publisher = _publisher(token, subject)
            if publisher is not None:
                subject, relative = publisher, None
            cues.append(Cue(token, start, end, subject, content, "verb", clausal, relative))
        elif (phrase := _phrase_cue(token)) is not None:
            if inside_quote(token.idx) or _quote_aside(token):
                continue
            subject = _subject_of(token)
            if subject is None or not _is_source(subject) or inside_quote(subject.idx):
                continue
            last, clause = phrase
            start, _ = _cue_extent(token)
            cues.append(Cue(token, start, last.idx + len(last.text), subject, _clause_range(clause), "verb", True))
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            if inside_quote(token.idx):
                continue
            to = doc[token.i + 1]
            source = next((c for c in to.children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            if source.lemma_.lower() in DOCUMENT_NOUNS:
                source = _noun_cue_speaker(source) or source
            content = _according_content(doc, token, to, source)
            cues.append(Cue(token, token.idx, to.idx + len(to.text), source, content, "according"))
        elif pos in ("NOUN", "PROPN") and _verb_tagged_noun(token) is not None:
            if not inside_quote(token.idx):
                cues.append(Cue(token, token.idx, token.idx + len(token.text), _verb_tagged_noun(token), None, "verb", False))
        elif pos == "NOUN" and lemma in CUE_NOUNS:
            if inside_quote(token.idx):
                continue
            speaker = _noun_cue_speaker(token)
            content = _noun_cue_content(token)
            if speaker is None or content is None:
                continue
            cues.append(Cue(token, token.idx, token.idx + len(token.text), speaker, content, "noun"))
    return cues
