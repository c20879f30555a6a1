"""Where a locator-based gold quote ends: a small sentence-end rule that needs no spaCy.

Locator gold (GOLD-FORMAT.md) gives only the first words of a quote's content; the gold span runs
from the locator to the end of its sentence. The scorer must not depend on the pipeline it scores,
so this is a plain character scan, documented in README.md ("Evaluation protocol"):

- A sentence ends after `.`, `?` or `!`, plus any closing quotation marks or brackets right after
  it, when the next character is whitespace or the end of the text.
- A `.` does not end a sentence when the word it closes is a single letter (initials such as
  "J." and the parts of "U.S.") or a known abbreviation ("Mr.", "Dr.", "Sen.", "Jan." ...).
- No terminator ends a sentence when the next word starts with a lowercase letter
  ("U.S. interests", "“Why?” he asked.").
- No sentence ends while a quotation mark opened after the locator is still open.
- A line break always ends the sentence (news text puts paragraphs on lines), as does the end of
  the text.
"""

from __future__ import annotations

OPENING_QUOTES = frozenset("“«")
CLOSING_QUOTES = frozenset("”»")
STRAIGHT_QUOTE = '"'
TERMINATORS = frozenset(".?!")
TRAILING_CLOSERS = frozenset("”»\"’')]")

ABBREVIATIONS = frozenset(
    """mr mrs ms messrs dr prof sen sens rep reps gov gen lt col maj capt cmdr adm sgt cpl pvt
    st mt ft rev hon pres supt det insp atty jr sr esq no nos vs v inc corp co ltd bros dept
    jan feb mar apr jun jul aug sep sept oct nov dec approx est fig ave blvd""".split()
)


def _is_opening_straight_quote(text: str, i: int) -> bool:
    """A straight `"` opens when it follows a space/start/bracket and precedes a non-space."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-") and not after.isspace()


def _word_before(text: str, i: int) -> str:
    """The run of letters that ends just before position `i`."""
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i]


def _next_word_is_lowercase(text: str, i: int) -> bool:
    j = i
    while j < len(text) and text[j] in " \t":
        j += 1
    return j < len(text) and text[j].islower()


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _word_before(text, dot)
    if len(word) == 1:
        return True
    return word.lower() in ABBREVIATIONS


def sentence_end(text: str, start: int) -> int:
    """Return the end offset (exclusive) of the sentence that contains `start`, scanning forward."""
    depth = 0
    i = start
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            return _rstrip(text, start, i)
        if ch in OPENING_QUOTES:
            depth += 1
        elif ch in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        elif ch == STRAIGHT_QUOTE:
            depth = depth + 1 if _is_opening_straight_quote(text, i) else max(0, depth - 1)
        elif ch in TERMINATORS:
            j = i + 1
            while j < n and text[j] in TRAILING_CLOSERS:
                if text[j] in CLOSING_QUOTES or text[j] == STRAIGHT_QUOTE:
                    depth = max(0, depth - 1)
                j += 1
            at_boundary = j >= n or text[j].isspace()
            if at_boundary and depth == 0:
                abbreviated = ch == "." and j == i + 1 and _is_abbreviation(text, i)
                if not abbreviated and not _next_word_is_lowercase(text, j):
                    return j
            i = j
            continue
        i += 1
    return _rstrip(text, start, n)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
