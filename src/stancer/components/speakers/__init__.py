"""`stancer_speakers`: turn each quote's speaker mention into a canonical name, role and affiliation.

The quote finder leaves the head token of the speaker mention. Here it becomes a person
("Dimitri Trenin"), an organisation, the article's author, or an unnamed source ("analysts",
name null). Roles and affiliations come from the mention's own syntax: appositions ("X, a professor
at Y"), possessives ("the Institute's X"), titles before the name ("Former assistant secretary …
X"), "X, from the Y". Surnames, honorifics and pronouns resolve to the full name introduced
earlier in the article; a quote with no cue inherits the previous quote's speaker.

One concern per module, in the order a quote meets them:

- `component`: the spaCy component and factory; walks the quotes and decides, for each, where its
  speaker comes from (its own mention, a floating quote's neighbourhood, the quote before).
- `mention`: which token stands for the speaker beside the one the quote finder chose (a reporting
  clause inside the quote, a participle going on with the quote before, a relative pronoun).
- `corrections`: speaker heads the cue's syntax rules out, i.e. the parser's mistakes, put right.
- `floating`: a quotation no cue claimed; who signs it or the clause beside it.
- `resolve`: one mention token → the speaker record (name, kind, role, affiliation, offsets).
- `people`: who is named in the article, keyed by full name (the antecedents for the rest).
- `coreference`: pronouns, "the minister", "the ministry" → someone named earlier.
- `roles`: role and affiliation from the mention's own syntax.
- `syntax`, `text`: small helpers on tokens and phrases the others share.
"""

from __future__ import annotations

from .component import SpeakerResolver, make_speakers

__all__ = ["SpeakerResolver", "make_speakers"]


