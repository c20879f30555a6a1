"""One speaker mention (a head token) → the speaker record the component writes: name, kind
(person, organization, author, unknown), role, affiliation and the mention's character offsets.
The decisions on which token that is are made before, in `mention`, `corrections`, `floating`."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...cues import FIRST_PERSON, ORG_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, SOURCE_NOUNS
from .coreference import earlier_organisation, resolve_pronoun, unique_role_holder
from .people import Person, canonical, looks_like_name
from .roles import ORG_LABELS, role_and_affiliation
from .text import QUANTIFIERS, clean, noun_phrase, person_name, strip_possessive_end


def resolve_mention(doc: Doc, head: Token, people: dict[str, Person], ent_index: dict[int, Span], byline: str | None) -> dict:
    """The speaker record for the mention headed by `head`: first person → the byline's author;
    pronouns → `coreference`; an apposed name, a person, an organisation; else a described source
    ("analysts", "the minister") with the phrase as its role. Updates `people` with what it learns."""
    mention_start, mention_end = head.idx, head.idx + len(head.text)
    lower = head.lower_
    speaker = {"name": None, "start": mention_start, "end": mention_end, "role": None, "affiliation": None, "kind": "unknown"}
    if lower in FIRST_PERSON:
        speaker.update(name=byline, kind="author")
        return speaker
    if lower in PERSON_PRONOUNS or lower in PLURAL_PRONOUNS or lower == "it":
        return resolve_pronoun(doc, head, people, speaker)
    ent = ent_index.get(head.i)
    if (ent is None or ent.label_ == "CARDINAL") and head.pos_ in ("NOUN", "NUM"):
        # "a spokeswoman, Anna Smith, said" / "One of the men, Jessie Elkins, said": the
        # apposition names the speaker
        named = next((ent_index[c.i] for c in head.children if c.dep_ == "appos" and c.i in ent_index and ent_index[c.i].label_ == "PERSON"), None)
        if named is None:
            named = _identified_as(head, ent_index)
        if named is None:
            named = _apposed_after_modifier(head, ent_index)
        if named is not None:
            phrase = noun_phrase(head)
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            if poss is not None and (poss.ent_type_ in ("ORG", "GPE", "FAC") or poss.pos_ == "PROPN"):
                # "The Carnegie Institute's director, Amir Haddad": affiliation, then role
                affiliation = clean(doc[poss.left_edge.i: poss.i + 1].text)
                phrase = doc[poss.i + 1: head.i + 1]
                if len(phrase) and phrase[0].text in ("'s", "’s"):
                    phrase = phrase[1:]
            else:
                affiliation = None
            role = clean(phrase.text)
            name = canonical(person_name(named), people)
            speaker.update(name=name, start=named.start_char, end=strip_possessive_end(named), kind="person", role=role)
            person = people.get(name)
            speaker["affiliation"] = affiliation
            if person is not None:
                person.role = person.role or role
                person.affiliation = person.affiliation or affiliation
                person.salient.append(named.start_char)
                speaker["affiliation"] = person.affiliation
            return speaker
    if head.pos_ == "PROPN" and (ent is None or ent.label_ != "PERSON") and len(noun_phrase(head)) <= 2:
        known = canonical(head.text, people)
        if known in people and known != head.text:
            ent = doc[head.i: head.i + 1]  # a surname the NER missed or mislabelled
    role, affiliation = role_and_affiliation(head, ent)
    if ent is not None and (ent.label_ == "PERSON" or ent.label_ == "" and head.pos_ == "PROPN"):
        name = canonical(person_name(ent), people)
        person = people.get(name)
        speaker.update(name=name, start=ent.start_char, end=strip_possessive_end(ent), kind="person")
        if person is not None:
            person.role = person.role or role
            person.affiliation = person.affiliation or affiliation
            role, affiliation = role or person.role, affiliation or person.affiliation
            person.positions.append(head.idx)
            person.salient.append(head.idx)
    elif ent is not None and ent.label_ in ORG_LABELS:
        speaker.update(name=clean(ent.text), start=ent.start_char, end=strip_possessive_end(ent), kind="organization")
    else:
        phrase = noun_phrase(head)
        cut = max((t.i + 1 for t in phrase if t.is_punct and t.i < head.i and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_), default=phrase.start)
        phrase = doc[cut: head.i + 1]  # `THE DEBATE EFFECT - Helena Varga`: the name after the dash
        start, end = phrase.start_char, phrase.end_char
        speaker.update(start=start, end=end)
        head_lemma = head.lemma_.lower()
        if head.pos_ == "PROPN":
            speaker.update(name=clean(phrase.text), kind="person" if len(phrase) <= 3 else "organization")
        elif head_lemma in ORG_NOUNS:
            earlier = earlier_organisation(doc, head, phrase) if phrase[0].lower_ in ("the", "this") else None
            speaker.update(name=earlier or clean(phrase.text), kind="organization")
        else:
            definite = any(t.lower_ in ("the", "this") for t in phrase[:1])
            match = unique_role_holder(people, head_lemma) if definite else None
            if match is not None:
                speaker.update(name=match.name, kind="person")
                role, affiliation = role or match.role, affiliation or match.affiliation
            elif head_lemma in QUANTIFIERS:
                # "Some said", "Several of the diplomats said": a quantity is no role; the group is
                group = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
                if group is not None:
                    role = role or clean(noun_phrase(group).text) or None
                    speaker["kind"] = "person" if group.lemma_.lower() in SOURCE_NOUNS or group.lower_ in SOURCE_NOUNS else "unknown"
                else:
                    speaker["kind"] = "person"
            else:
                words = phrase[1:] if len(phrase) > 1 and phrase[0].lower_ in QUANTIFIERS else phrase  # "Most experts"
                role = role or clean(words.text)
                speaker["kind"] = "person" if head_lemma in SOURCE_NOUNS or head.pos_ == "PRON" else "unknown"
    speaker["role"] = role
    speaker["affiliation"] = affiliation
    return speaker


_NAMING_VERBS = frozenset("identify name call".split())


def _identified_as(head: Token, ent_index: dict[int, Span]) -> Span | None:
    """`A woman later identified as Eva Ross demanded …` / `a man named Jo Park said`: the name a
    naming participle (or passive verb) gives the described speaker."""
    verbs = [c for c in head.children if c.dep_ == "acl" and c.i > head.i]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.tag_ == "VBN":
        verbs.append(head.head)  # ("A woman later identified as …": the parser made it the main verb)
    for verb in verbs:
        if verb.lemma_.lower() not in _NAMING_VERBS or verb.i - head.i > 3:
            continue
        for child in verb.children:
            names = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "as" else (
                [child] if child.dep_ in ("oprd", "attr", "dobj") else []
            )
            for name in names:
                ent = ent_index.get(name.i)
                if ent is not None and ent.label_ == "PERSON" and name.i - verb.i <= 5:
                    return ent
    return None


def _apposed_after_modifier(head: Token, ent_index: dict[int, Span]) -> Span | None:
    """`One pastor supporting Mr. Cruz, Darran Whiting of …, said` / `A lawyer for the company, Jane
    Rivera, said`: a name set off by commas between a described subject's modifier and its verb
    names the subject, though the parser hung it on the modifier's last noun."""
    doc = head.doc
    if head.dep_ != "nsubj" or head.head.i < head.i:
        return None
    verb = head.head
    closing = doc[verb.i - 1] if verb.i > 0 else None
    if closing is None or closing.text != "," or closing.head.i not in (head.i, verb.i):
        return None
    for modifier in head.children:
        if modifier.i < head.i or modifier.dep_ not in ("acl", "prep"):
            continue
        for token in modifier.subtree:
            if token.dep_ != "appos" or token.pos_ != "PROPN":
                continue
            ent = ent_index.get(token.i)
            if ent is None or ent.label_ != "PERSON":
                # a personal name the NER missed (`Darran Whiting`)
                first = token.i
                while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == token.i:
                    first -= 1
                ent = doc[first: token.i + 1]
                if ent.label_ != "PERSON" and not looks_like_name(ent) or any(t.ent_type_ and t.ent_type_ != "PERSON" for t in ent):
                    continue
            if ent.start > 0 and doc[ent.start - 1].text == "," and token.right_edge.i == verb.i - 2:
                return ent
    return None
