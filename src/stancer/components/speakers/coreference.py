"""Mentions that name no one themselves: a pronoun goes to the nearest fitting person (or, for
"they"/"it", organisation) named before it; "the minister" to the one person introduced with that
role; "the ministry" to the organisation named earlier whose name holds the word."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...cues import PERSON_NOUNS, PERSON_PRONOUNS, SOURCE_NOUNS
from .people import Person
from .text import clean, noun_phrase


def resolve_pronoun(doc: Doc, pron: Token, people: dict[str, Person], speaker: dict) -> dict:
    """He/she → the person of a fitting gender mentioned most recently before it, within 3,000
    characters (mentions as a subject or speaker first, then any mention); they/it → the most
    recent organisation within 600 characters. Fills in `speaker` and returns it."""
    lower = pron.lower_
    if lower in PERSON_PRONOUNS:
        gender = PERSON_PRONOUNS[lower]
        best = None
        for attr in ("salient", "positions"):
            for person in people.values():
                if person.gender not in (None, gender):
                    continue
                before = [p for p in getattr(person, attr) if p < pron.idx]
                if not before:
                    continue
                last = max(before)
                if best is None or last > best[0]:
                    best = (last, person)
            if best is not None and pron.idx - best[0] < 3000:
                break
            best = None
        if best is not None:
            person = best[1]
            person.gender = person.gender or gender
            person.positions.append(pron.idx)
            person.salient.append(pron.idx)
            speaker.update(name=person.name, role=person.role, affiliation=person.affiliation, kind="person")
        else:
            speaker["kind"] = "person"
        return speaker
    if lower in ("they", "them"):
        group = _plural_subject_before(pron)
        if group is not None:
            speaker.update(name=clean(noun_phrase(group).text), kind="organization")
            return speaker
    # they / it: the most recent organisation or group mentioned before, within the paragraph
    for ent in reversed([e for e in doc.ents if e.end_char <= pron.idx and e.label_ in ("ORG",)]):
        if _names_person(clean(ent.text), people):
            continue  # "Sanders" or "Daron Acemoglu" the NER called an organisation: no group for "they"
        if pron.idx - ent.end_char < 600:
            head = ent.root.head
            if ent.root.dep_ == "compound" and head.tag_ in ("NNS", "NNPS") and head.text[:1].isupper() and head.i >= ent.end:
                # "Senate Republicans … they": the (capitalised) group the organisation's name modifies
                speaker.update(name=clean(noun_phrase(head).text), kind="organization")
            else:
                speaker.update(name=clean(ent.text), kind="organization")
            break
    return speaker


def _names_person(text: str, people: dict[str, Person]) -> bool:
    """Whether `text` is the name, surname or first name of a person the article names."""
    text = text.lower()
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    for full in people:
        parts = full.lower().split()
        if text == full.lower() or len(text.split()) == 1 and text in (parts[0], parts[-1]):
            return True
    return False


def _plural_subject_before(pron: Token) -> Token | None:
    """`Democrats also focused on what they said …` / `Liberals got mad because they didn't think
    …`: the group named as a subject earlier in the pronoun's own sentence (the nearest one), when
    it names people (a capitalised group or a word for sources)."""
    sent = pron.sent
    for tok in reversed(pron.doc[sent.start: pron.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in ("they", "them", "who", "that", "which"):
            continue
        if tok.tag_ not in ("NNS", "NNPS") and tok.ent_type_ != "NORP":
            return None  # the nearest subject is no group: leave the pronoun to the organisations
        if tok.text[:1].isupper() or tok.lemma_.lower() in SOURCE_NOUNS or tok.lemma_.lower() in PERSON_NOUNS:
            return tok
        return None
    return None


def unique_role_holder(people: dict[str, Person], noun: str) -> Person | None:
    """`the minister` → the one person introduced with a role holding that word, if only one."""
    holders = [p for p in people.values() if p.role and noun in p.role.lower().split()]
    return holders[0] if len(holders) == 1 else None


def earlier_organisation(doc: Doc, head: Token, phrase: Span) -> str | None:
    """`the ministry` → the organisation named earlier whose name holds that word
    ("Japan's Defence Ministry"), the most recent one within the last few paragraphs."""
    word = head.lower_
    for ent in reversed(doc.ents):
        if ent.end_char > phrase.start_char:
            continue
        if phrase.start_char - ent.end_char > 3000:
            break
        if ent.label_ == "ORG" and word in ent.text.lower().split():
            return clean(ent.text)
    return None
