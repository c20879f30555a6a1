"""The reported clause of a cue: which token range is what was said.

From a reporting verb's dependents (ccomp, xcomp, the clause hung on an object, "to" + request),
clipped at a second report ("…, he said, citing …") and trimmed of "that", commas and dashes. The
reported clause is what makes a quote indirect or mixed, so it is kept apart from who said it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...cues import CUE_NOUNS, CUE_VERBS, DOCUMENT_NOUNS, SPEECH_VERBS

from .common import _DASHES, _is_quote_token, _is_source


_TRIM_START = frozenset({"that", ",", ":", "-", "—", "–", "whether", "if"})
_TRIM_END = frozenset({",", ".", ":", ";", "-", "—", "–"})
_BREAKS = frozenset({",", "“", "”", '"', "—", "–", "''", "-"})
_REQUEST_VERBS = frozenset("call urge press push appeal plead ask pray".split())
ADDRESSEE_VERBS = frozenset("tell ask urge advise inform assure remind notify question quote answer".split())
_OBJECT_PREPS = frozenset({"for", "of", "about", "on", "against"})


def _report_hung_on_subject(verb: Token) -> tuple[int, int] | None:
    """`Multiple outlets reported on Wednesday the Secret Service had …`: the parser hung the
    verb on its subject as a participle and made the reported clause the sentence, which then
    has two subjects. The clause from the second subject on is what was reported."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _CLAUSE_TAKERS | {"report", "reveal", "announce", "confirm"}:
        return None
    head = verb.head
    root = head.head
    if head.dep_ != "nsubj" or head.pos_ not in ("NOUN", "PROPN") or root.i <= verb.i or root.pos_ not in ("VERB", "AUX") or any(c.dep_ == "agent" for c in verb.children):
        return None
    other = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.right_edge.i), None)
    if other is None or other.left_edge.i != verb.right_edge.i + 1:
        return None
    return other.left_edge.i, root.right_edge.i + 1


def _clause_range(root: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Token range of `root`'s subtree, cut where `exclude`'s subtree begins or ends."""
    start, end = root.left_edge.i, root.right_edge.i + 1
    if exclude is not None:
        ex_start, ex_end = exclude.left_edge.i, exclude.right_edge.i + 1
        if ex_start <= root.i < ex_end:
            return start, start
        if ex_start > root.i:
            end = min(end, ex_start)
        elif ex_end <= root.i:
            start = max(start, ex_end)
    return start, end


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading complementiser/punctuation and trailing punctuation from a token range."""
    while start < end and (doc[start].lower_ in _TRIM_START or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _TRIM_END or doc[end - 1].is_space or (
        doc[end - 1].dep_ == "cc" and doc[end - 1].lower_ in ("and", "or", "but") and end - 1 > start
    )):
        end -= 1  # (a conjunction left dangling where the parser cut a coordination)
    # an opening quotation mark left dangling at the end, or a closing one at the start
    while end > start and _is_quote_token(doc[end - 1]) and doc[end - 1].whitespace_ == "" and end - 1 > start and doc[end - 2].is_space:
        end -= 1
    return start, end


def _content_of_verb(verb: Token) -> tuple[int, int] | None:
    """The reported clause of a cue verb, run on past a colon that elaborates it ("X thinks Y: Z"),
    and cut before a second cue that reports more ("X argued that Y, saying Z")."""
    content = _complement_of_verb(verb)
    if content is not None:
        doc = verb.doc
        for tok in doc[content[0]:content[1]]:
            if tok.i > verb.i and tok.dep_ in ("advcl", "conj") and tok.lemma_.lower() in _SECOND_REPORT_VERBS and tok.left_edge.i > content[0]:
                cut = tok.left_edge.i
                if tok.dep_ == "conj" and doc[cut].lower_ == "and" and cut > content[0]:
                    cut += 1
                and_cut = (
                    # "says he'd do X and tells the crowd he was …": a second report of the same speaker
                    tok.dep_ == "conj" and doc[cut - 1].lower_ == "and" and tok.tag_ == verb.tag_ and tok.tag_ != "VB"
                    and any(c.dep_ == "ccomp" for c in tok.children)
                )
                j = cut - 1
                while j > content[0] + 1 and _is_quote_token(doc[j]):
                    j -= 1  # `“… together,” suggesting that …`: the closing mark sits after the comma
                if (doc[j].text in (",", ";", "—", "–") or and_cut) and tok.right_edge.i + 1 >= content[1]:
                    content = (content[0], j if doc[j].text in (",", ";", "—", "–") else cut - 1)
                    break
            cut = _second_report(tok, verb, content)
            if cut is None:
                cut = _other_report(tok, verb, content)
            if cut is not None:
                content = (content[0], cut)
                break
        opener = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        if verb.dep_ == "relcl" and opener is not None and opener.text in _DASHES and opener.whitespace_:
            # "Trump - who previously said he would “bomb …” oil fields - said at a rally …": the
            # dash that closes the relative clause closes what it reports
            close = next((t.i for t in doc[content[0]: content[1]] if t.text in _DASHES and t.whitespace_ and doc[t.i - 1].whitespace_), None)
            if close is not None and close > content[0] + 1:
                content = (content[0], close)
        end = content[1]
        sent_end = verb.sent.end
        if end < sent_end - 1 and doc[end].text == ":" and verb.i < content[0]:
            return content[0], sent_end
    return content


_TIME_PREPS = frozenset({"before", "after", "while"})
_ADVERBIAL_MARKS = frozenset("after before when while because since although though until once whereas".split())


# verbs whose `, citing …` / `, saying …` participle starts a second report, not part of the first
_SECOND_REPORT_VERBS = SPEECH_VERBS | frozenset({"cite"})


def _clause_after_cue(verb: Token) -> int | None:
    """End of a clause that continues the report after an interrupting cue (`…,” he said, that …`,
    `…,” he told friends, in which …`), or None."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and k <= verb.i + 4 and doc[k].text != "," and doc[k].head.i == verb.i and doc[k].dep_ in ("dobj", "dative", "npadvmod", "advmod"):
        k = doc[k].right_edge.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    other = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.left_edge.i == k + 1 and c.tag_ != "VBG"), None)
    # (`…,” he told friends, in which he could tell stories`: a relative clause goes on with the
    # words before the cue, whatever its verb)
    relative = other is not None and any(t.lower_ in ("which", "whom") for t in doc[k + 1: min(k + 3, other.i)])
    if other is None or other.lemma_.lower() in CUE_VERBS and not relative or any(
        t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS for t in doc[k + 1: other.i]
    ):
        return None  # (`…,” he said, adding that …` is a second report)
    return other.right_edge.i + 1


def mistagged_report(tok: Token) -> bool:
    """`experts affirm that …` tagged as an adjective: a speech word the tagger did not read as a
    verb, which still has a subject before it and a clause after it, reports that clause."""
    if tok.pos_ not in ("ADJ", "NOUN") or tok.lemma_.lower() not in SPEECH_VERBS and tok.lower_ not in SPEECH_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) and any(
        c.dep_ == "ccomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in tok.children
    )


def _other_report(tok: Token, verb: Token, content: tuple[int, int]) -> int | None:
    """`Clinton claimed the videos exist, but experts affirm that …` / `…, he said, and Smith added
    that …`: a clause set off by a comma in which someone else reports something of their own
    closes the first report (a nested report, `said that experts affirm …`, has no comma)."""
    if tok.i <= verb.i or tok.tag_ in ("VBG", "VBN", "VB") or not (
        tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS or mistagged_report(tok)
    ):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or not _is_source(subject) or subject.lower_ in ("who", "which", "that", "it", "this"):
        return None
    doc = verb.doc
    joined = tok.dep_ == "conj" and doc[tok.left_edge.i - 1].lower_ in ("and", "but")
    if not any(c.dep_ == "ccomp" or joined and c.dep_ in ("dobj", "oprd", "xcomp") for c in tok.children if c.i > tok.i):
        return None  # (`…, and Jones later called Smith “weak”`: a report of its own, joined to the clause)
    start = tok.left_edge.i
    if start <= content[0] + 2 or tok.right_edge.i + 1 < content[1] or subject.left_edge.i != start and doc[start].lower_ not in ("and", "but"):
        return None
    j = start - 1
    if doc[j].lower_ in ("and", "but"):
        j -= 1
    if doc[start].lower_ in ("and", "but"):
        j = start - 1
    if doc[j].text not in (",", ";", "—", "–"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == subject.lower_ for c in verb.children):
        return None  # the same speaker reporting again is `_second_report`'s case
    return j


def _second_report(tok: Token, verb: Token, content: tuple[int, int]) -> int | None:
    """`telling CNN that Trump is a “faker” and questioning how he has …` / `said the deadlock
    has “kept us safe” before claiming that …`: a participle of speech that closes the reported
    clause is a second report of the same speaker, not part of the first; where the first ends."""
    if tok.i <= verb.i or tok.tag_ != "VBG" or tok.lemma_.lower() not in _SECOND_REPORT_VERBS or tok.head.i == verb.i:
        return None
    speech = tok.lemma_.lower() in SPEECH_VERBS  # ("after citing …" may be part of the first report)
    doc = verb.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) and doc[tok.i + 1].text not in (",", ":") else (doc[tok.i + 2] if tok.i + 2 < len(doc) else None)
    # `…, explaining, “because …”`: a speech participle that opens a quotation reports it
    opens_quote = speech and after is not None and _is_quote_token(after) and after.i > tok.i
    if not opens_quote and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "oprd") for c in tok.children):
        return None  # it reports something of its own
    if speech and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in _TIME_PREPS and tok.head.i < tok.i and all(
        t.pos_ == "ADV" for t in doc[tok.head.i + 1: tok.i]
    ):  # "before (optimistically) predicting that …"
        start, right = tok.head.i, tok.head.right_edge.i
    elif speech and tok.dep_ in ("advcl", "conj") and tok.left_edge.i == tok.i and doc[tok.i - 1].lower_ == "and":
        start, right = tok.i - 1, tok.right_edge.i
    elif tok.dep_ == "advcl" and tok.left_edge.i == tok.i:
        # `argue that “there is precedent,” citing an instance …`
        j = tok.i - 1
        while j > verb.i and _is_quote_token(doc[j]):
            j -= 1
        if doc[j].text not in (",", ";", "—", "–"):
            return None
        start, right = j, tok.right_edge.i
    else:
        return None
    if right + 1 < content[1] and not (speech and tok.dep_ == "advcl") or start <= content[0] + 2:
        # (a speech participle set off by a comma opens the second report, whatever the
        # parser hung after it: `said that X, stating that Y …`)
        return None
    end = start
    while end > content[0] and (doc[end - 1].is_punct or doc[end - 1].is_space) and not _is_quote_token(doc[end - 1]):
        end -= 1
    return end


def _split_subject_clause(verb: Token) -> tuple[int, int] | None:
    """A cue set off inside a reported clause, between its subject and the rest, where the parser
    took one of the two for the other's: `Any fair reading of it, said Jane Roe, an analyst, would
    find …` (the fronted subject hung on the verb, the speaker taken for the clause's subject) and
    `Smith, a top aide said, “is very confident …”` (the clause's subject taken for the speaker,
    the speaker for its apposition). The reported clause starts at its subject."""
    doc = verb.doc
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i < 2 or verb.i + 1 >= len(doc):
        return None
    fronted = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i), None)
    if fronted is None:
        return None
    if doc[verb.i - 1].text == ",":
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if clause is None or fronted.right_edge.i not in (verb.i - 2, verb.i - 1):
            return None
        speaker = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if speaker is None or speaker.left_edge.i != verb.i + 1 or not _is_source(speaker) or _is_source(fronted) or (
            doc[speaker.right_edge.i].text != "," and doc[speaker.right_edge.i + 1].text != ","
        ):
            return None
        return fronted.left_edge.i, clause.right_edge.i + 1
    if apposed_speaker(verb, fronted) is None:
        return None
    return fronted.left_edge.i, _subjectless_clause(verb).right_edge.i + 1


def _subjectless_clause(verb: Token) -> Token | None:
    """The clause right after a cue set off by commas, when it has no subject of its own."""
    head = verb.head
    if not (verb.dep_ in ("parataxis", "ccomp") and head.i > verb.i):
        head = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.i in (verb.i + 1, verb.i + 2)), None)
    if head is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        return None
    return head


def apposed_speaker(verb: Token, subject: Token) -> Token | None:
    """`Smith, a top aide said, “is …”`: the apposition that runs up to a speech verb set off by
    commas, inside a clause with no subject of its own, is the speaker; the name before it is the
    reported clause's subject."""
    doc = verb.doc
    if subject.i > verb.i or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != "," or doc[verb.i - 1].is_punct:
        return None
    head = _subjectless_clause(verb)
    if verb.lemma_.lower() not in SPEECH_VERBS or head is None:
        return None
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if appos is None or appos.right_edge.i != verb.i - 1 or doc[appos.left_edge.i - 1].text != "," or not _is_source(appos):
        return None
    if subject.left_edge.i != verb.sent.start and doc[subject.left_edge.i - 1].text not in ("“", '"', "''", "-", "—", "–"):
        return None
    return appos


def _complement_of_verb(verb: Token) -> tuple[int, int] | None:
    """The reported clause of a cue verb: its clausal complement, or the clause it interrupts."""
    split = _split_subject_clause(verb)
    if split is not None:
        return split
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and verb.lemma_.lower() in ("say", "tell", "urge", "call")) or (
            # "asked Congress to act" reports a request; "asked not to be named" does not
            child.dep_ == "xcomp" and verb.lemma_.lower() == "ask" and any(c.dep_ in ("dobj", "dative") for c in verb.children)
        ):
            if child.i < verb.i and any(t.text == ";" for t in verb.doc[child.right_edge.i + 1: verb.i]):
                # "… were worried about the economy; most said they were …": a semicolon closes
                # the clause before it, which the verb after it does not report
                continue
            if child.i < verb.i and any(
                c.dep_ == "parataxis" and child.i < c.i < verb.i and c.lemma_.lower() in SPEECH_VERBS and any(s.dep_ == "nsubj" for s in c.children)
                for c in verb.children
            ):
                # "“I never said that,” Trump said, after Quick said …": the quotation before
                # belongs to the cue that follows it, not to the later verb the parser hung both on
                continue
            start, end = _clause_range(child)
            if child.dep_ == "ccomp" and child.i < verb.i:
                doc = verb.doc
                dash = next((t for t in reversed(doc[child.i + 1: verb.i]) if t.text in _DASHES and t.i + 1 < verb.i and _is_quote_token(doc[t.i + 1])), None)
                if dash is not None and start < dash.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i < dash.i for c in child.children
                ):
                    # "Biden suggested Trump admired strongmen - “He would have loved Stalin,”
                    # Biden said -": the quotation set off by the dash is what this verb reports,
                    # not the clause before it
                    start = dash.i + 1
                tail = _clause_after_cue(verb)
                if tail is not None:
                    # "“It's our bad luck,” he said, that both men had …" / "But “it is a better use
                    # of capital,” he added, to pursue …": the cue interrupts one report
                    return start, tail
            if child.dep_ == "ccomp" and child.i > verb.i:
                reason = next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == end and c.left_edge.lower_ in ("because", "since")), None)
                if reason is not None and verb.doc[end - 1].text != ",":
                    # "charged that Clinton “hid” the documents because they appeared to …": the
                    # reason given runs on from the reported clause, with no comma between
                    end = reason.right_edge.i + 1
                for other in verb.children:
                    if other.dep_ == "ccomp" and other.i > child.i and other.left_edge.i == end and other.tag_ != "VBG" and (
                        other.lemma_.lower() not in CUE_VERBS
                    ) and not any(
                        t.text == ":" or "\n" in t.text or t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS for t in verb.doc[child.i: other.i]
                    ):
                        # "said that it would “have been cool” had Clinton congratulated him": the
                        # parser cut one reported clause into two complements
                        end = other.right_edge.i + 1
                # "said that their father “could be unyielding,” and that Freddy had struggled …":
                # a second `that` clause coordinated with the first is reported too
                for other in verb.children:
                    if other.dep_ == "conj" and other.i > child.i and other.left_edge.i >= end and any(
                        g.dep_ == "mark" and g.lower_ == "that" for g in other.children
                    ):
                        end = max(end, other.right_edge.i + 1)
            return start, end
    if verb.lemma_.lower() in SPEECH_VERBS:
        for child in verb.children:
            # "saying in his statement only that he was “refining …”": a that-clause the parser
            # hung on the verb as an adverbial clause is still what was said
            if child.dep_ == "advcl" and child.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "that" and g.i <= child.left_edge.i + 1 for g in child.children):
                return _clause_range(child)
    for child in verb.children:
        # "called for the allies to organize …": the request is a for-clause
        if child.dep_ == "advcl" and child.i > verb.i and verb.lemma_.lower() in _REQUEST_VERBS and any(
            g.dep_ == "mark" and g.lower_ == "for" for g in child.children
        ):
            return _clause_range(child)
    for child in verb.children:
        # "said in a statement that …": the parser may hang the clause on the noun
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "on"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in CUE_NOUNS | DOCUMENT_NOUNS | {"interview", "speech"}:
                    for tok in pobj.children:
                        if tok.dep_ in ("acl", "relcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in tok.children):
                            return _clause_range(tok)
    if verb.lemma_.lower() in ADDRESSEE_VERBS:
        # "told a crowd in Ohio that …": the parser may hang the clause on the addressee
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                for tok in child.subtree:
                    if tok.dep_ in ("acl", "relcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in tok.children):
                        return _clause_range(tok)
    # "…, he said." / "Y, officials say": the cue hangs off the clause it reports
    head = verb.head
    doc = verb.doc
    hung = _report_hung_on_subject(verb)
    if hung is not None:
        return hung
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "advcl" and own_subject and head.i != verb.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        # "As Ruth Marcus puts it, Obama is trying …" / "as the minister noted, …"
        return _clause_range(head, exclude=verb)
    subordinate = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" or c.dep_ == "advmod" and c.i == verb.left_edge.i and c.lower_ in ("when", "whenever", "while", "once", "after", "before")
        for c in verb.children
    )
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and head.i != verb.i and own_subject and not subordinate:
        # (`While Clinton pledged to work with both parties, Sanders insisted …`: a clause
        # subordinated by `while`/`though`/`when` does not report the main clause)
        left = verb.left_edge.i
        right = verb.right_edge.i
        before = doc[max(left - 2, 0): left + 1]
        coordinated = left > 0 and doc[left - 1].lower_ in ("and", "but", "while", "whereas") or any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children
        )  # ("…, and three-quarters said the same of Sanders": a clause of its own, not a tag)
        if head.i < verb.i and any(t.text in _BREAKS for t in before) and not coordinated:
            after = doc[right: right + 2]
            rest = [t for t in doc[right + 1: head.right_edge.i + 1] if t.is_alpha]
            if any(t.text in _BREAKS for t in after) and len(rest) >= 3 and not any(
                t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS and t.head.i in (head.i, verb.i) for t in doc[right + 1: head.right_edge.i + 1]
            ):
                # "The outlets have been standing in the way, he said, by creating a …": the cue
                # interrupts the clause it reports, which goes on after it
                return head.left_edge.i, head.right_edge.i + 1
            return _clause_range(head, exclude=verb)
        after = doc[right: right + 2]
        adverbial = any(c.dep_ == "mark" and right < c.i < head.i and c.lower_ in _ADVERBIAL_MARKS for c in head.children)
        if head.i > verb.i and any(t.text in _BREAKS for t in before) and any(t.text in _BREAKS for t in after) and not adverbial:
            # (`“…,” Trump said, after Quick said the …`: a clause opened by `after`/`when` is
            # not the rest of what was said, whatever the parser hung on it)
            # "The goal, he said, is to forge …": the cue interrupts the clause it reports
            return head.left_edge.i, head.right_edge.i + 1
        if head.i > verb.i and verb.lemma_.lower() in SPEECH_VERBS and "," in (doc[right].text, doc[min(right + 1, len(doc) - 1)].text) and all(
            t.is_punct or t.is_space or t.pos_ in ("ADV", "CCONJ") for t in doc[verb.sent.start: left]
        ):
            # "Instead, Trump told CNN, his policy would be …": the cue opens the sentence
            start, end = _clause_range(head, exclude=verb)
            if end - start >= 3:
                return start, end
    if verb.dep_ == "ROOT" or verb.dep_ == "ccomp":
        for child in verb.children:
            if child.dep_ in ("parataxis",) and child.i < verb.i:
                return _clause_range(child)
    if verb.dep_ == "advcl" and head.i > verb.i and verb.lemma_.lower() in _CLAUSE_TAKERS and any(c.dep_ == "mark" for c in verb.children):
        # "… after Trump told The Washington Post he was “not quite there yet”": the parser made
        # the reported clause the main clause; it follows the cue's phrase with no break
        named = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None)
        if named is not None and named.left_edge.i == verb.right_edge.i + 1 and head.right_edge.i > head.i:
            return named.left_edge.i, head.right_edge.i + 1
    return None


_CLAUSE_TAKERS = frozenset("say tell warn assure remind inform add claim argue insist note explain write predict".split())


def _object_of_verb(verb: Token) -> tuple[int, int] | None:
    """What a speech verb reports when it takes a noun phrase: "announced his candidacy",
    "called for a ban", "warned of accidents"."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS or (verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.lefts)):
        return None  # "told his colleagues", "asked Graham", "to criticize Clinton": not what was said
    calls = verb.lemma_.lower() == "call"
    for child in verb.rights:
        if calls and child.dep_ == "dobj" and not any(s.dep_ in ("oprd", "xcomp") for s in verb.rights):
            continue  # "called the directors" is a phone call; "called him a liar" reports words
        if child.dep_ in ("dobj", "oprd") and child.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and child.lower_ not in ("it", "this", "that", "so"):
            end = child.right_edge.i + 1
            # keep a predicate that follows the object: "called the lines unacceptable"
            for sibling in verb.rights:
                if sibling.i > child.i and sibling.dep_ in ("oprd", "prep", "xcomp", "ccomp") and sibling.lower_ not in ("in", "at", "on", "during", "after", "before", "since", "while"):
                    end = max(end, sibling.right_edge.i + 1)
            return child.left_edge.i, end
        if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return pobj.left_edge.i, child.right_edge.i + 1
    return None


def _second_report_cut(verb: Token, span: Span, content: tuple[int, int]) -> int | None:
    """Where a fragment's reported phrase ends before a second report by the same speaker
    (`called the idea … a “ridiculous proposition,” adding that …`, `said of the episode, “…,”
    explaining, “…”`), or None."""
    doc = verb.doc
    c_start, c_end = content
    for tok in doc[span.end: c_end]:
        cut = _second_report(tok, verb, (c_start, c_end))
        if cut is None and tok.head.i == verb.i and tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG" and tok.lemma_.lower() in _SECOND_REPORT_VERBS:
            j = tok.left_edge.i - 1
            while j > span.start and _is_quote_token(doc[j]):
                j -= 1  # `… a “ridiculous proposition,” adding that …`
            if doc[j].text in (",", ";", "—", "–"):
                cut = tok.left_edge.i
        if cut is not None and cut >= span.end:
            return cut
    return None


def _reports_again(child: Token) -> bool:
    """`cautioned “…,” before predicting that …`: a second report by the same speaker."""
    return child.dep_ == "prep" and child.lower_ in _TIME_PREPS and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in SPEECH_VERBS for g in child.children
    )
