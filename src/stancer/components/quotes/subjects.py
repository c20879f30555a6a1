"""The speaker of a reporting verb: the head token of its subject mention.

`_subject_of` walks from the verb to its subject through the constructions news uses (relative
clauses, raising verbs, prompting verbs, inverted "said X", participles hung on an outer clause)
and calls on `corrections` when the parse is wrong. The cue families above this module all ask it
for their speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...cues import CUE_VERBS, DOCUMENT_NOUNS, FRAGMENT_VERBS, SPEECH_VERBS, THOUGHT_VERBS

from .common import _RELATIVE, _is_date, _is_quote_token, _is_source
from .complements import _report_hung_on_subject
from .corrections import _misparsed_subject, _passive_subject


_SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON"})


def _subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker's head token: the verb's subject, or one inherited through conj/xcomp/-ing clauses.

    The steps below are tried in order; each either decides (a token, or None for "this verb has
    no speaker") or passes with `_PASS`. The order matters: the parse's own subject first, then
    the repairs for names the parser put elsewhere, then subjects inherited from an outer clause,
    then the noun a clause hangs on, and last the `corrections` fallback."""
    for step in _SUBJECT_STEPS:
        found = step(verb, depth)
        if found is not _PASS:
            return found
    return None


_PASS = object()
"""What a step of `_subject_of` returns when it does not apply: the next step is asked."""


def _condition_inside_report(verb: Token, depth: int) -> Token | None | object:
    """`He says if people think …, you've got …`: a condition inside someone's report is part of
    what that speaker said, not a view of its own, so the thought verb has no speaker."""
    if depth == 0 and verb.dep_ == "advcl" and verb.lemma_.lower() in THOUGHT_VERBS and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
    ) and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in CUE_VERBS and verb.head.head.i < verb.i:
        return None
    return _PASS


def _parsed_subject(verb: Token, depth: int) -> Token | None | object:
    """The subject the parser gave the verb (or the agent of a passive), checked for the parser's
    usual slips. A verb with a subject decides here: a dummy or relative subject means no
    speaker, a passive without a `by` agent too."""
    passive_agent = None
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and not _is_date(child):
            if child.lower_.replace("’", "'") in _CONTRACTIONS:
                # "who ’ve already said …", "he ’s said …": the parser took the contracted
                # auxiliary for the subject and hung the real one on it
                child = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), child)
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                # `Rubio, who many feel need a strong showing`: a second subject between the
                # relative word and the verb is who speaks; the relative word belongs to the report
                own = next((c for c in verb.children if c.dep_ == "nsubj" and child.i < c.i < verb.i and c.lower_ not in _RELATIVE and _is_source(c)), None)
                return own if own is not None else verb.head
            if child.lower_ in ("it", "there", "this", "what") and verb.lemma_.lower() not in ("say", "tell", "add", "write", "report", "state", "announce"):
                return None
            if child.lower_ in ("that", "this", "which", "what"):
                return None  # "That said, …" is an idiom, not a speaker
            return child
        if child.dep_ == "nsubjpass":
            passive_agent = passive_agent or False
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    passive_agent = grandchild
    if passive_agent:
        return passive_agent
    if passive_agent is False:
        return None
    return _PASS


def _misplaced_subject(verb: Token, depth: int) -> Token | None | object:
    """A subject the parser hung somewhere else: on `as` (`As Alan Reed put it`), after the verb
    (`said Skelly`), on a listed verb, or as a compound before it (`“…,” Conway notes.`)."""
    if verb.lemma_.lower() == "put":
        # `As Alan Reed, professor of law, put it, …`: the parser hung the name on `as`
        for mark in verb.children:
            if mark.dep_ == "mark" and mark.lower_ == "as":
                named = next((c for c in mark.children if c.dep_ == "pobj" and _is_source(c)), None)
                if named is not None:
                    return named
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    listed = _listed_verb_subject(verb)
    if listed is not None:
        return listed
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.head.i == verb.i and before.dep_ in ("compound", "npadvmod", "nmod") and before.pos_ in ("PROPN", "PRON") and not _is_date(before):
        return before  # `“…,” Conway notes.`: the tagger missed the subject
    return _PASS


def _controller(verb: Token, depth: int) -> Token | None | object:
    """An infinitive's speaker is the one asked or prompted to speak: the passive subject of a
    prompting or raising verb, or the object of an active prompting or causing verb."""
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.lemma_.lower() in _PROMPTING_VERBS | _RAISING_VERBS:
        # "Trump was prompted to say …", "she was asked to explain …": the passive subject speaks
        controller = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if controller is not None and controller.pos_ in ("PROPN", "PRON", "NOUN") and controller.lower_ not in _RELATIVE | {"it"}:
            return controller
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in _PROMPTING_VERBS | _CAUSING_VERBS:
        # "That prompted Rubio to call Trump “very flexible”": the one prompted speaks
        prompted = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if prompted is not None and _is_source(prompted) and prompted.lower_ not in _RELATIVE | {"it", "this", "that"}:
            return prompted
    return _PASS


def _name_joined_to_object(verb: Token, depth: int) -> Token | None | object:
    """"prosecutors charged the officer with murder and Emanuel fired his police chief, …": the
    parser joined the name to the object before it; it is the second verb's subject."""
    k = verb.i - 1
    while k > 0 and verb.doc[k].pos_ in ("ADV", "AUX", "PART") and verb.doc[k].head.i == verb.i:
        k -= 1  # ("and Cruz strongly suggested …")
    if verb.dep_ == "conj" and k >= 1 and verb.doc[k - 1].lower_ in ("and", "but"):
        named = verb.doc[k]
        if named.head.i != verb.i and named.dep_ in ("conj", "pobj", "dobj") and named.head.i < named.i and (
            named.ent_type_ in ("PERSON", "ORG") or named.lower_ in ("he", "she", "they")
        ):
            return named
    return _PASS


def _coordinated_subject(verb: Token, depth: int) -> Token | None | object:
    """A verb conjoined to another, or its open complement, shares its subject (`Cruz rose and
    said …`, `Trump wants to say …`); decides when it applies, even with no subject found."""
    if depth < 2 and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        inherited = _subject_of(verb.head, depth + 1)
        if inherited is None and verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "auxpass" for c in verb.children):
            # "Trump was forced into damage control and said …": the passive clause's subject
            # is the one who speaks in the active verb coordinated with it
            patient = next((c for c in verb.head.children if c.dep_ == "nsubjpass" and c.i < verb.head.i), None)
            if patient is not None and _is_source(patient) and patient.lower_ not in _RELATIVE | {"it", "this", "that"}:
                return patient
        return inherited
    return _PASS


def _subject_before_preposition(verb: Token, depth: int) -> Token | None | object:
    """"presented a message before explaining why …": a participle after a preposition speaks
    for the clause the preposition hangs on; decides when it applies."""
    if depth < 2 and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        patient = _passive_subject(verb.head.head)
        if patient is not None:
            # "Silverman was booed by supporters after telling holdouts …": the one who tells
            # is the passive clause's subject, not the agent of the by-phrase
            return patient
        return _subject_of(verb.head.head, depth + 1)
    return _PASS


def _participle_clause_subject(verb: Token, depth: int) -> Token | None | object:
    """`…, saying …` hung on a verb: the participle reports for the outer clause's subject,
    climbing past a complement clause when the nearer subject is no source; decides when it
    applies."""
    if not (depth < 2 and verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX")):
        return _PASS
    outer = _outer_verb(verb)
    if outer is not None:
        # "a strategist said Clinton will have to choose …, saying …" / "he hedged on whether
        # he would …, telling MSNBC …": the participle reports for the outer clause's subject
        higher = _subject_of(outer, depth + 1)
        if higher is not None and _is_source(higher):
            return higher
    subject = _subject_of(verb.head, depth + 1)
    head = verb.head
    if (subject is None or not _is_source(subject)) and head.dep_ in ("ccomp", "conj", "advcl", "xcomp") and head.head.pos_ in ("VERB", "AUX"):
        # "X argued that Y would do Z, saying …": the one saying is X
        higher = _subject_of(head.head, depth + 1)
        if higher is not None and _is_source(higher):
            return higher
    return subject


def _noun_the_clause_hangs_on(verb: Token, depth: int) -> Token | None | object:
    """A clause hung on a noun speaks for that noun (`Rubio, who said …`, `protesters chanting
    “…”`, `one lawmaker called …` misparsed), or for whoever issued it (`X issued a statement
    saying …`)."""
    if verb.dep_ == "relcl" and verb.head.pos_ in _SPEAKER_POS:
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and verb.head.pos_ in ("NOUN", "PROPN") and (
        verb.head.i < verb.i and verb.head.head.lemma_.lower() in _RECEIVING_VERBS
    ):
        # "Police received calls saying …", "she got a letter saying …": what was received
        # speaks, not whoever received it
        return verb.head
    if depth < 2 and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEECH_VERBS and verb.head.dep_ in ("dobj", "dative") and (
        verb.head.head.pos_ == "VERB" and verb.head.i < verb.i
    ) and (not _is_source(verb.head) or verb.head.head.lemma_.lower() in CUE_VERBS | _SENDING_VERBS):
        # "Black Lives Matter issued a statement saying …", "released a website asking for …",
        # "emailed supporters saying …": the one who issued, released or emailed speaks
        issuer = _subject_of(verb.head.head, depth + 1)
        if issuer is not None and _is_source(issuer) and issuer.lower_ not in _RELATIVE | {"it", "this", "that"}:
            return issuer
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i and _is_source(verb.head) and (
        verb.head.lemma_.lower() not in DOCUMENT_NOUNS
    ) and verb.lemma_.lower() in FRAGMENT_VERBS and not (
        verb.head.dep_ in ("dobj", "dative") and verb.head.head.lemma_.lower() in CUE_VERBS | _SENDING_VERBS
        or verb.head.dep_ == "pobj" and verb.head.head.lower_ == "to"  # ("sent a text to supporters saying …")
    ):
        # "a video of children yelling “…”", "protesters chanting “…”" (but "emailed supporters
        # saying …": the participle after a verb's object goes with the verb's subject)
        return verb.head
    if _report_hung_on_subject(verb) is not None:
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in _SPEAKER_POS and (_is_source(verb.head) or depth > 0 or verb.lemma_.lower() not in SPEECH_VERBS):
        return verb.head  # a past-tense verb mis-attached to its subject ("one lawmaker called …")
    return _PASS


def _misparsed_fallback(verb: Token, depth: int) -> Token | None | object:
    """Last resort for a verb of speaking with no subject found: `corrections` reads the words
    around it for the subject the parse lost."""
    if depth == 0 and verb.lemma_.lower() in SPEECH_VERBS:
        return _misparsed_subject(verb)
    return _PASS


_SUBJECT_STEPS = (
    _condition_inside_report,
    _parsed_subject,
    _misplaced_subject,
    _controller,
    _name_joined_to_object,
    _coordinated_subject,
    _subject_before_preposition,
    _participle_clause_subject,
    _noun_the_clause_hangs_on,
    _misparsed_fallback,
)


_CONTRACTIONS = frozenset({"'s", "'ve", "'d", "'re", "'ll", "'m"})
_RECEIVING_VERBS = frozenset("receive get obtain see hear find intercept".split())
_SENDING_VERBS = frozenset("email e-mail send text message mail tweet post write phone".split())


_PUBLISHED_NOUNS = frozenset(
    "ad advert advertisement video spot piece article op-ed editorial column statement memo letter "
    "report release data analysis study poll survey tweet post message email e-mail book documentary".split()
)


_PUBLISHING_VERBS = frozenset("release issue publish run air unveil launch post send write produce put circulate".split())


def _publisher(verb: Token, subject: Token) -> Token | None:
    """`Sanders is releasing an ad that urges …` / `The Post ran a piece that noted …`: a relative
    clause on a thing someone put out speaks for whoever put it out."""
    if verb.dep_ != "relcl" or subject.i != verb.head.i or subject.lemma_.lower() not in _PUBLISHED_NOUNS:
        return None
    if subject.dep_ != "dobj" or subject.head.pos_ not in ("VERB", "AUX") or subject.head.lemma_.lower() not in _PUBLISHING_VERBS:
        return None
    outer = _subject_of(subject.head, 1)
    if outer is None or not _is_source(outer) or outer.lower_ in _RELATIVE:
        return None
    return outer


def _outer_verb(participle: Token) -> Token | None:
    """The verb of the outer clause when the parser hung a `, saying …` participle on a verb
    inside another verb's complement (ccomp, or `on whether …`): that outer verb, else None."""
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return None
    node = participle.head
    embedded = False
    outer = None
    for _ in range(6):
        dep = node.dep_
        head = node.head
        if head.i == node.i or not embedded and node.lemma_.lower() in CUE_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children
        ):
            break  # `…, the source recalled, adding …`: the participle goes with its own cue
        if dep in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX"):
            node = head
        elif dep == "ccomp" and head.pos_ in ("VERB", "AUX") and head.i < node.i:
            node, embedded, outer = head, True, head
        elif dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") and head.head.i < node.i and any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children
        ):
            node = head.head
            embedded, outer = True, node
        else:
            break
    return outer if embedded else None


_PROMPTING_VERBS = frozenset("prompt ask press force urge invite pressure encourage compel push challenge".split())
_CAUSING_VERBS = frozenset("lead cause spur inspire drive".split())


# "Obama is reported to have called …", "she is said to have told …": the passive subject acts
_RAISING_VERBS = frozenset("report say believe think know understand rumor rumour allege".split())


def _relative_mention(verb: Token, subject: Token) -> Token | None:
    """`Mike Pence, who called …` / `…, who runs a bakery and said …`: when the cue's clause (or
    the clause it is conjoined to) is a relative clause on the speaker, its relative pronoun is
    the mention tied to the quote."""
    for _ in range(3):
        if verb.dep_ == "relcl" and verb.head.i == subject.i:
            return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE), None)
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _speaker_after_quotation(verb: Token, quote_mask: list[tuple[int, int]]) -> Token | None:
    """The head of the noun phrase between the closing quotation mark and the verb."""
    doc = verb.doc
    end = max((e for s, e in quote_mask if e <= verb.idx), default=None)
    if end is None:
        return None
    span = [t for t in doc[verb.sent.start: verb.i] if t.idx >= end]
    for tok in span:
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and (tok.head.i == verb.i or not span[0].i <= tok.head.i <= span[-1].i):
            return tok
    found = next((t for t in span if t.pos_ == "PROPN"), None)
    if found is not None:
        return found
    # `“…,” said Helen Ward, who …`: an inverted cue, its speaker after the verb
    for child in verb.rights:
        if child.i > verb.i + 4:
            break
        if child.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and child.pos_ in ("NOUN", "PROPN", "PRON") and not any(
            s <= child.idx < e for s, e in quote_mask
        ):
            return child if _is_source(child) else None
    return None


# verbs news writing puts before their speaker (`“…,” said the boy`, `asked his aide`)
_INVERTING_VERBS = frozenset(
    "say ask add write tweet reply respond continue explain note recall insist argue declare quip joke exclaim "
    "shout yell scream cry tell answer counter conclude concede observe remark warn retort offer muse wonder "
    "complain boast predict announce state claim mutter whisper sigh laugh chime post agree report".split()
)


def _listed_verb_subject(verb: Token) -> Token | None:
    """`Trump summed up Clinton as “terrible,” denounced her record and said …`: a list of verbs
    sharing one subject, the first of which the parser hung on the second as a subordinate
    clause; the first verb's subject is the subject of them all."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in (",", "”", "''", '"'):
        return None
    if not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.rights):
        return None  # the list goes on: `…, denounced her record and said …`
    for child in verb.lefts:
        if child.dep_ in ("advcl", "ccomp") and child.tag_ == verb.tag_ and not any((c.dep_ == "mark" or c.tag_ == "WRB") and c.i < child.i for c in child.children):
            named = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
            # (the tagger may read a sentence-initial name as a verb: "Trump further summed up …")
            if named is not None and (_is_source(named) or named.is_title and named.dep_ == "nsubj") and named.lower_ not in _RELATIVE | {"it", "this", "that"}:
                return named
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """`“…,” asked the boy` / `tweeted another`: after a quotation the speaker may follow the verb,
    and the parser then takes it for an object."""
    doc = verb.doc
    before = doc[max(verb.i - 2, 0): verb.i]
    if not any(_is_quote_token(t) for t in before):
        return None
    if verb.i > 0 and doc[verb.i - 1].lower_ in ("and", "but", "or"):
        # `… tell him “no more nonsense” and tells the crowd …`: a coordinated verb after a
        # quoted fragment, whose object is the addressee or the thing described
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "dative", "nsubj") and child.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "DET") and not _is_date(child):
            if any(_is_quote_token(t) for t in doc[verb.i + 1: child.i]):
                return None  # `…,” saying, “A reporter who …”`: a word of the next quotation
            if child.dep_ == "dobj" and any(c.dep_ == "poss" for c in child.children) and verb.lemma_.lower() not in _INVERTING_VERBS:
                # `summed up Clinton as “terrible,” denounced her record and said …`: a verb that
                # never comes before its speaker, with its own object after a quoted fragment
                return None
            return child if child.i <= verb.i + 4 else None
    if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "PROPN" and doc[verb.i + 1].head.i != verb.i:
        # `“The risk,” said Edward Leamer, an economist, “is that …”`: the parser made the name the
        # subject of the quotation that follows it
        name = doc[verb.i + 1]
        while name.dep_ == "compound" and verb.i < name.head.i <= verb.i + 4:
            name = name.head
        if name.ent_type_ in ("PERSON", "ORG") and name.dep_ in ("nsubj", "nsubjpass", "appos", "compound", "npadvmod"):
            return name
    return None
