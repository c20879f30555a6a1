"""Speaker heads the quote finder took from a wrong parse, put right from the cue's syntax: a date
for a subject, a participle's object, the farther of two subjects, a dateline, a passive's agent,
"according to a tally by X", a thing that cannot speak, a reporting verb hung on the reported
clause. Each returns the head unchanged when nothing rules it out."""

from __future__ import annotations

from spacy.tokens import Token

from ...cues import PERSON_PRONOUNS, PLURAL_PRONOUNS
from .syntax import OBJECT_DEPS, RELATIVE, REPORTING_LEMMAS, SPEECH_LEMMAS, can_speak, own_subject, shared_subject


def not_a_date(head: Token) -> Token:
    """`The candidate sent an email to supporters Tuesday inviting them …`: a date the parser took
    for the speaker gives way to the subject of the clause it sits in."""
    if head.ent_type_ not in ("DATE", "TIME") or head.pos_ == "PRON":
        return head
    named = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and can_speak(c)), None)
    if named is not None:
        return named  # `Friday, Texas, leading a coalition of states, asked …`
    verb = head.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ not in ("DATE", "TIME")), None)
        if subject is not None:
            return subject
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return head


_CAUSING_VERBS = frozenset("lead leave prompt cause push drive force spur get make have let move inspire".split())


def _postposed_name(verb: Token) -> Token | None:
    """`, said Sunshine,` / `, says Anna Smith,`: the name right after a reporting verb set off by
    commas; its last token."""
    doc = verb.doc
    i = verb.i + 1
    last = None
    while i < len(doc) and i <= verb.i + 4 and (doc[i].pos_ == "PROPN" or doc[i].ent_type_ == "PERSON"):
        last = doc[i]
        i += 1
    if last is None or i >= len(doc) or doc[i].text != "," or last.dep_ in ("dobj", "dative", "pobj"):
        return None  # `, told POLITICO,`: whom it was said to
    return last


def checked_head(head: Token, verb: Token | None) -> Token:
    """Put right a speaker head that the cue's syntax rules out, else return it unchanged.

    - a participle's own object is whom it addresses, not who speaks: `…, telling Fox 35 that …`,
      `“…,” blaming Bloomberg` → the subject of the clause the participle hangs from;
    - of two subjects before a verb, the nearer speaks: `In Salem, New Hampshire, Trump went after
      Bush, calling him …`, `PARIS, May 2 (AFP) — The ministry said …`;
    - a name right before the verb speaks, not the list it is tacked on (`…, now, Cruz, Wilkin
      said`), and a name right after a verb set off by commas (`And Trump, said Sunshine, …`);
    - a conjoined verb shares the passive subject, not the agent (`FBI officials were angered by
      the deal and predicted …`);
    - `according to calculations by Amy Glasmeier`: the document's maker;
    - a thing that cannot speak gives way to: the object of a causing verb (`the news led
      Republicans to say …`), the subject of the clause a `to say` hangs from (`The judge pointed
      to a previous case to say …`), or the subject a subjectless participle shares;
    - a reporting verb the parser hung on the reported clause (`De Blasio said the move was made
      by Bratton and said, “…”`; `He said that he … and noted …`) goes with the reporting clause.
    """
    if verb is None or head.i == verb.i:
        return head
    better = None
    if head.head.i == verb.i and head.dep_ in OBJECT_DEPS and verb.tag_ == "VBG" and own_subject(verb) is None:
        better = shared_subject(verb.head) if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i else None
    elif not any(c.dep_ == "cc" for c in head.children) and (
        named := next((
            c for c in head.children if c.dep_ in ("conj", "appos") and c.i > head.i and c.ent_type_ == "PERSON"
            and (head.ent_type_ in ("GPE", "LOC") or c.right_edge.i + 1 == verb.i)
        ), None)
    ) is not None:
        # `In Salem, New Hampshire, Margaret Olsen said …`: the place was a dateline; `… to, now,
        # Cruz, Wilkin said`: the name right before the verb speaks
        better = named
    elif head.i < verb.i and verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.lemma_.lower() in SPEECH_LEMMAS and (
        postposed := _postposed_name(verb)
    ) is not None:
        better = postposed  # `And Trump, said Sunshine, who …, doesn't forgive`
    elif head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX") and can_speak(own_subject(head.head) or head):
        nearer = own_subject(head.head)
        if nearer is not None and nearer.i > head.i and nearer.dep_ == "nsubj" and not head.i < verb.i < nearer.i:
            # (not a subject after the cue: `Multiple outlets reported on Wednesday the Secret
            # Service had …` — that one is in the report)
            better = nearer
    if better is None and head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.i != verb.i:
        # `FBI officials were angered by the deal and predicted …` / `Silverman was joined by
        # Franken and joked …`: a conjoined verb shares the passive subject, not the agent
        agentive = head.head.head
        passive = next((c for c in agentive.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and can_speak(passive) and verb.dep_ == "conj" and verb.head.i == agentive.i and own_subject(verb) is None:
            better = passive
    if better is None and not can_speak(head) and head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.head.lower_ == "according":
        # `according to calculations by Amy Glasmeier` / `according to a tally by the Associated
        # Press`: whoever made the document speaks
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                maker = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if maker is not None and (maker.ent_type_ in ("PERSON", "ORG", "NORP") or maker.pos_ == "PROPN"):
                    better = maker
                    break
    if better is None and not can_speak(head) and head.pos_ in ("NOUN", "PROPN", "NUM"):
        if verb.dep_ in ("xcomp", "advcl") and verb.tag_ in ("VB", "VBG") and verb.head.lemma_.lower() in _CAUSING_VERBS and verb.head.i < verb.i:
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i), None)
            if obj is not None and (obj.pos_ in ("NOUN", "PROPN") or can_speak(obj)) and obj.lower_ not in ("it", "this", "that"):
                better = obj  # whoever the news led to say something says it
        elif verb.dep_ in ("relcl", "acl") and verb.head.i == head.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            node = head
            while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
                node = node.head
            if node.pos_ in ("VERB", "AUX") and node.i != head.i:
                better = shared_subject(node, any_noun=True)
        elif verb.tag_ == "VBG" and own_subject(verb) is None and verb.dep_ in ("advcl", "conj"):
            better = shared_subject(verb.head) if verb.head.i != verb.i else None
    if better is None and verb.dep_ == "conj" and own_subject(verb) is None and verb.head.dep_ == "ccomp":
        # `De Blasio said the move was made by Bratton and said, “…”` / `Trump complained Khan
        # had attacked him and questioned why …`: the parser hung the second reporting verb on
        # the reported clause; it goes with the reporting clause, whose subject speaks
        inner = verb.head
        outer = inner.head
        subject = own_subject(outer) if outer.pos_ in ("VERB", "AUX") and outer.i < inner.i else None
        if (
            subject is not None and can_speak(subject) and subject.lower_ not in RELATIVE
            and inner.left_edge.i <= head.i <= inner.right_edge.i and verb.lemma_.lower() in SPEECH_LEMMAS | REPORTING_LEMMAS
        ):
            better = subject
    if better is None and head.dep_ == "nsubj" and (head.lower_ in PERSON_PRONOUNS or head.lower_ in PLURAL_PRONOUNS):
        # `He said that he was focused on the platform and noted …`: the parser hung the second
        # cue on the reported clause; the same pronoun as the reporting verb's subject is the
        # same person, and the mention goes with the reporting clause
        inner = head.head
        node = verb
        for _ in range(3):
            if node.dep_ not in ("conj", "advcl") or node.head.i == node.i:
                break
            if node.head.i == inner.i:
                outer = own_subject(inner.head) if inner.dep_ == "ccomp" else None
                if outer is not None and outer.lower_ == head.lower_ and outer.i < head.i:
                    better = outer
                break
            node = node.head
    return better if better is not None and better.i != head.i else head
