"""Cues before a quotation that are not its governor in the parse: lead-ins.

"X said: “…”", "X, chanting: “…”" — the quotation often stands as its own sentence or is attached
loosely, so the cue is found by looking back from the opening mark for a colon or comma and the
verb or speaker in front of it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...cues import CUE_NOUNS, CUE_VERBS, DOCUMENT_NOUNS, FIRST_PERSON, PERSON_NOUNS, SOURCE_NOUNS

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
    if verb.pos_ != "VERB" and _infinitive_to(verb) is None:
        # `As the band sang back in the 1980s, “…”`: a phrase of time or place between the verb
        # and the comma; the verb is the nearest verb above the word before the comma
        # (not an object: `telling the crowd, “…”`; not a title: `wrote in her memoir, “Tough Choices.”`)
        from .fragments import _looks_like_title

        node, below = verb, verb
        for _ in range(3):
            if node.head.i == node.i or node.pos_ == "VERB":
                break
            below, node = node, node.head
        if node.pos_ == "VERB" and node.i < verb.i and below.dep_ in ("prep", "advmod", "npadvmod") and not any(
            t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[node.i + 1: i]
        ) and not _looks_like_title(span):
            verb = node
    if _quote_aside(verb):
        # `Trump said, and I quote, “…”`: the writer's aside; the cue comes before it
        k = min(t.i for t in verb.subtree if not t.is_punct) - 1
        while k > 0 and (doc[k].lower_ in ("and", "--") or doc[k].is_space):
            k -= 1
        if k > 0 and doc[k].text in (",", "—", "–"):
            return _comma_lead_in(doc, doc[k + 1: span.end])
        return None
    lemma = verb.lemma_.lower()
    infinitive = _infinitive_to(verb)
    if not (verb.pos_ == "VERB" or infinitive is not None and verb.pos_ == "NOUN") or not (
        lemma in CUE_VERBS or lemma in _UTTERANCE_VERBS or lemma in _CROWD_VERBS
    ):
        return None
    subject = _subject_of(verb) if verb.pos_ == "VERB" else None
    if subject is None and infinitive is not None:
        subject = _controller(verb, infinitive)
    if subject is None or not _is_source(subject) or span.start <= subject.i < span.end:
        return None
    start, end = _cue_extent(verb)
    return Cue(verb, start, end, subject, None, "verb", False)


def _words_lead_in(doc: Doc, span: Span) -> Cue | None:
    """`in Forbes’ words, “…”` / `in the words of one aide, “…”`: the phrase names who said the
    quotation that follows it."""
    i = _mark_before(doc, span, ",")
    if i is None:
        return None
    for w in doc[max(0, i - 7): i]:
        prep = next((t for t in doc[max(0, w.i - 5): w.i] if t.lower_ == "in"), None)
        if w.lower_ != "words" or prep is None:
            continue
        speaker = next((c for c in w.children if c.dep_ == "poss"), None)
        if speaker is None and w.i - 2 > prep.i and doc[w.i - 1].text in ("’", "'", "’s", "'s"):
            speaker = doc[w.i - 2]  # `in Forbes’ words`, the possessive parsed apart
        if speaker is None:
            of = next((c for c in w.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            speaker = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if speaker is None or not _is_source(speaker) or speaker.right_edge.i >= i:
            continue
        return Cue(w, prep.idx, w.idx + len(w.text), speaker, None, "verb", False)
    return None


def _infinitive_to(verb: Token) -> Token | None:
    """The `to` of an infinitive (`prompted the group to state, “…”`), also where the tagger took
    the verb for a noun after a preposition `to`."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to" and verb.pos_ == "NOUN":
        to = verb.doc[verb.i - 1]
    return to


def _controller(verb: Token, to: Token) -> Token | None:
    """Who speaks in an infinitive of speaking with no subject of its own: the main clause's
    subject for a purpose clause (`interrupted me to announce, “…”`), its object where the main
    verb makes someone speak (`prompted the group to state, “…”`)."""
    governor = verb.head if verb.pos_ == "VERB" or to.head.i == verb.i else to.head
    if verb.dep_ == "appos" and governor.i < verb.i and governor.pos_ in ("NOUN", "PROPN"):
        return governor  # `prompted the Almanac, which …, to state, “…”` parsed as an apposition
    if governor.i == verb.i or governor.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ != "advcl":
        obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None:
            return obj
    subject = _subject_of(governor)
    return subject


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
    if subject is not None and not _is_source(subject) and root.lemma_.lower() == "be":
        # `Clinton's response was: “…”`: a remark or document is its owner's words
        lemma = subject.lemma_.lower()
        owner = next((c for c in subject.children if c.dep_ == "poss" and _is_source(c)), None)
        if owner is not None and (lemma in CUE_NOUNS or lemma in DOCUMENT_NOUNS or lemma in ("response", "answer", "reply")):
            subject = owner
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


_HEADING_MAX = 14  # tokens of a verbless heading before its colon
# what a heading may name instead of a person: the text quoted below it (`The report:`). Not a
# transcript: its lines are spoken by the people they are labelled with (`WALLACE: …`).
_HEADING_DOCUMENTS = DOCUMENT_NOUNS | frozenset("excerpt editorial".split())


def _separator(token: Token) -> bool:
    """A free-standing dash between a digest item's topic and its source (`Pollsters agree - Carl
    Bialik: “…”`), not a hyphen inside a word."""
    return token.text in ("-", "—", "–", "--") and token.i > 0 and bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)


def _heading_lead_in(doc: Doc, span: Span) -> Cue | None:
    """`Rep. Trey Gowdy (R-S.C.): “…”`, `From Bush's Facebook post: “…”`, `The report: “…”`: a
    verbless heading that ends with a colon right before the quotation names who or what speaks.
    The heading runs from the start of its line (or sentence) to the colon and holds no verb; a
    parenthetical at its end (party and state, a date) is skipped. A document noun stands for its
    author when one owns it (`Bush's post`), else for itself (`the report`)."""
    colon = _mark_before(doc, span, ":")
    if colon is None or colon < 1:
        return None
    start = colon
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text) and colon - start < _HEADING_MAX + 1:
        if doc[start - 1].text in (".", "!", "?", ";", ":") or _is_quote_token(doc[start - 1]) or _separator(doc[start - 1]):
            break
        start -= 1
    heading = [t for t in doc[start:colon] if not t.is_space]
    if not heading or len(heading) > _HEADING_MAX:
        return None
    if len(heading) > 2 and heading[0].lower_ == "here" and heading[1].lower_ in ("'s", "’s", "is", "are"):
        # `Here's Clinton in December 1992: “…”`: the presented speaker comes first
        rest = heading[2:]
        if any(t.pos_ in ("VERB", "AUX") for t in rest):
            return None
        first = next((t for t in rest if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"), None)
        if first is None or not _is_source(first):
            return None
        while first.dep_ in ("compound", "flat") and first.head.i > first.i and first.head.i < colon:
            first = first.head
        colon_tok = doc[colon]
        return Cue(colon_tok, colon_tok.idx, colon_tok.idx + 1, first, None, "verb", False)
    if start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text) and doc[start - 1].text not in (".", "!", "?") and not _separator(doc[start - 1]):
        return None  # the heading must open its line or sentence, or follow a digest's ` - `
    if any(t.pos_ in ("VERB", "AUX") for t in heading):
        return None  # a clause: the verb lead-ins handle it
    # skip a parenthetical at the end: `Gowdy (R-S.C.)`
    k = len(heading) - 1
    if heading[k].text == ")":
        while k >= 0 and heading[k].text != "(":
            k -= 1
        k -= 1
    if k < 0:
        return None
    head = heading[k]
    if head.pos_ not in ("PROPN", "NOUN"):
        return None
    # the heading's head word: the token of the last noun phrase whose head lies outside it
    while head.head.i != head.i and start <= head.head.i < head.i and head.dep_ in ("compound", "flat", "amod", "nmod"):
        head = head.head
    lemma = head.lemma_.lower()
    if lemma in _HEADING_DOCUMENTS or head.lower_ in _HEADING_DOCUMENTS:
        owner = next((c for c in head.children if c.dep_ == "poss" and _is_source(c)), None)
        subject = owner if owner is not None else head
    elif _is_source(head) and (head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG") or lemma in SOURCE_NOUNS or lemma in PERSON_NOUNS):
        subject = head
    else:
        return None
    colon_tok = doc[colon]
    return Cue(colon_tok, colon_tok.idx, colon_tok.idx + 1, subject, None, "verb", False)


def _headline_lead_in(doc: Doc, span: Span) -> Cue | None:
    """`UN: PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX “The United Nations has …” [WaPo.]`: in a news
    digest an item opens with a capitalised headline, quotes the story and ends with its source
    in brackets. The headline stands for the story quoted; the bracketed source is the cue. Both
    are needed: a capitalised run alone may be a shouted phrase, a bracket alone an editor's note."""
    i = span.start - 1
    if i < 1:
        return None
    words = []
    while i >= 0 and not (doc[i].is_space and "\n" in doc[i].text):
        t = doc[i]
        if t.is_alpha and not t.is_upper:
            return None
        if not t.is_space:
            words.append(t)
        i -= 1
    if sum(1 for t in words if t.is_alpha and len(t.text) > 1) < 2:
        return None
    # the bracketed source closing the paragraph
    j = span.end
    while j < len(doc) and not (doc[j].is_space and "\n" in doc[j].text):
        j += 1
    k = j - 1
    while k > span.end and (doc[k].is_space or doc[k].text == "."):
        k -= 1
    if k <= span.end or doc[k].text != "]":
        return None
    m = k
    while m > span.end and doc[m].text != "[":
        m -= 1
    if doc[m].text != "[" or k - m > 6 or not any(t.is_alpha for t in doc[m:k]):
        return None
    heads = [t for t in words if not any(w.i == t.head.i for w in words)]
    subject = max(heads, key=lambda t: t.i) if heads else words[0]
    return Cue(doc[m], doc[m].idx, doc[k].idx + 1, subject, None, "verb", False)


_DASH_CHARS = ("-", "—", "–")


def _signature_after(doc: Doc, span: Span) -> Cue | None:
    """`“Great speech. She's ready.”` / `-President Obama, tweeting after the speech.`: a line of
    its own opening with a dash and a name right after a quotation signs it, the way fact checks,
    epigraphs and quote boxes sign a quotation. This is the one signature detector: the signer
    becomes the subject of a cue (the dash), so the speaker component needs none of its own.
    Only a quotation standing alone on its line is signed: after a sentence of prose the line is
    a byline (`- Reuters.`)."""
    if not _alone_on_its_line(doc, span):
        return None
    dash = _dash_line_after(doc, span)
    if dash is None:
        return None
    signer = _signing_name(doc, dash)
    if signer is None:
        return None
    return Cue(dash, dash.idx, dash.idx + 1, signer, None, "verb", False)


def _alone_on_its_line(doc: Doc, span: Span) -> bool:
    """Nothing but blanks between the line start and the quotation: a quotation set apart (a
    quote box, an epigraph), not one closing a sentence of prose."""
    i = span.start - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    return i < 0 or doc[i].is_space and "\n" in doc[i].text


def _dash_line_after(doc: Doc, span: Span) -> Token | None:
    """The dash opening the next line after the quotation (`- …`, `—…`, `-President …`), if the
    next non-blank token starts a new line with one."""
    j = span.end
    newline = False
    while j < len(doc) and doc[j].is_space:
        newline = newline or "\n" in doc[j].text
        j += 1
    if not newline or j >= len(doc) or not doc[j].text.startswith(_DASH_CHARS):
        return None
    return doc[j]


def _signing_name(doc: Doc, dash: Token) -> Token | None:
    """The last token of the name right after the dash, when the line is a signature: the name
    ends the line or is followed by `,`/`.` and a short description (`- Michelle Marks,
    Philadelphia.`), and the whole line is short. A longer line, or a name running into a verb,
    is prose that happens to open with a dash."""
    # the dash may be a token of its own (`- Sanders`) or glued to the name (`-President Obama`)
    k = dash.i + 1 if dash.text in _DASH_CHARS or dash.text == "--" else dash.i
    run = []
    while k < len(doc) and doc[k].pos_ == "PROPN" and not doc[k].is_space:
        run.append(doc[k])
        k += 1
    if not run or not any(t.ent_type_ in ("PERSON", "ORG") or t.text[:1].isupper() for t in run):
        return None
    if k < len(doc) and not (doc[k].text in (",", ".") or doc[k].is_space and "\n" in doc[k].text):
        return None
    line_end = k
    while line_end < len(doc) and not (doc[line_end].is_space and "\n" in doc[line_end].text):
        line_end += 1
    if line_end - dash.i > 20:
        return None
    return run[-1]


# verbs whose subject displays the words (`a sign that read “…”`, `“…,” it read`)
_DISPLAY_VERBS = frozenset({"read"})
# crowd verbs whose quotation may follow them with no comma (`a man yelled “Stay there!”`); not
# `sing` or `cheer`, whose object is often a title or a name
_CRY_VERBS = frozenset("cry shout yell scream chant holler".split())
# `“Call the roll,” came shouts from the crowd`
_CRY_NOUNS = frozenset("cry shout chant scream yell".split())
_PEOPLE_PRONOUNS = frozenset("i we you he she they".split())


def _displays(verb: Token) -> Token | None:
    """The thing that displays words with a verb of `_DISPLAY_VERBS` (`a sign that read`, `it read`,
    `a hat reading`): never a person (who `reads` a text aloud or to themselves)."""
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        holder = verb.head
    else:
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None or holder.lower_ in _PEOPLE_PRONOUNS or holder.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    lemma = holder.lemma_.lower()
    if holder.pos_ == "PROPN" or lemma in SOURCE_NOUNS or lemma in PERSON_NOUNS or (holder.pos_ == "NOUN" and _is_source(holder)):
        return None
    if lemma in DOCUMENT_NOUNS:
        # `A statement from the ministry read: “…”`: a document speaks for its author
        from .nouns import _noun_cue_speaker

        return _noun_cue_speaker(holder) or holder
    return holder


def _shown_or_cried(doc: Doc, span: Span) -> Cue | None:
    """A quotation displayed or cried out, with no verb of saying: `a sign that read “15%!”`,
    `One message read “…”`, `a hat reading, “…”`, `“I am still Sanders,” it read.`, `“Nooooo!”
    the crowd cried out`, `“Call the roll,” came shouts from the crowd`. The verb stands right
    before the quotation (a comma or colon between) or opens the short clause right after it."""
    # before: `… read “…”`
    i = span.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in (",", ":")):
        i -= 1
    if i >= 0 and doc[i].lower_ == "reading" and doc[i].pos_ == "NOUN":
        # `a banner reading “…”`, the participle tagged as a noun with the banner as its compound
        holder = next((c for c in doc[i].children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        if holder is not None and _is_source(holder):
            holder = None
        if holder is not None:
            return Cue(doc[i], doc[i].idx, doc[i].idx + len(doc[i].text), holder, None, "verb", False)
    if i >= 0 and doc[i].pos_ == "VERB":
        verb = doc[i]
        lemma = verb.lemma_.lower()
        holder = None
        if lemma in _DISPLAY_VERBS:
            holder = _displays(verb)
        elif lemma in _CRY_VERBS and sum(1 for t in span if t.is_alpha) >= 2:
            # (one quoted word is a charge, not a cry: `supporters are crying “fraud”`)
            holder = _subject_of(verb)
            holder = holder if holder is not None and _is_source(holder) else None
        if holder is not None and not span.start <= holder.i < span.end:
            start, end = _cue_extent(verb)
            return Cue(verb, start, end, holder, None, "verb", False)
    # after: `“…,” it read.` / `“…!” the crowd cried out` / `“…,” came shouts from the crowd`
    j = span.end
    while j < len(doc) and (doc[j].is_space and "\n" not in doc[j].text or doc[j].text == ","):
        j += 1
    clause = []
    while j < len(doc) and len(clause) < 6 and not doc[j].is_punct and not doc[j].is_space:
        clause.append(doc[j])
        j += 1
    if not clause or j < len(doc) and not (doc[j].is_punct or doc[j].is_space and "\n" in doc[j].text):
        return None
    for verb in clause:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        holder = None
        if lemma in _DISPLAY_VERBS:
            holder = _displays(verb)
        elif lemma in _CRY_VERBS:
            holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            holder = holder if holder is not None and _is_source(holder) else None
        elif lemma == "come":
            cry = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _CRY_NOUNS), None)
            heads = [verb] + ([cry] if cry is not None else [])
            source = next((p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"), None)
            holder = source if cry is not None and source is not None and _is_source(source) else None
        if holder is not None and holder.i >= span.end and all(t.i >= span.end for t in holder.subtree):
            start, end = _cue_extent(verb)
            return Cue(verb, start, end, holder, None, "verb", False)
        break  # only the clause's first verb
    return None
