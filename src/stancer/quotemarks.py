"""Pair quotation marks in raw text, the way news style uses them.

Works on characters, not tokens, so it needs no model and keeps exact offsets. Handles straight and
curly double quotes, guillemets, `''two apostrophes''` and ``` ``LaTeX'' ``` pairs, single quotes
nested inside double ones (ignored) or used as the primary marks, apostrophes that are not quote
marks (`Russia's`, `'90s`, `rock 'n' roll`), and the news convention for quotes running over
paragraphs: a paragraph that ends inside a quote continues when the next paragraph opens with a
quotation mark of the same style.

Unbalanced input is common. A quote in another style inside the open one is nested (`"…“x”…"`); a
second opener of the same style is nested only when enough closing marks follow in the paragraph,
else the first quote never closed and ends before it. An unclosed quote ends at a single closing
quote after sentence punctuation (`“Let’s go.’`) or at a line that ends a sentence. A closing mark
typed as an opener (`”Sorry,” she wrote`) opens when the next mark closes; `wrong.“` closes.
"""

from __future__ import annotations

import unicodedata

import re
from dataclasses import dataclass
from typing import Iterator

# Double-quote marks, longest first so `''` is seen before `'`.
_DOUBLE = re.compile(r"``|''|‘‘|’’|[\"“”„«»]")
_SINGLE = re.compile(r"[‘’'‚‹›]")
_PARA_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_OPEN_CONTEXT = set(" \t\n\r\u00a0([{—–-/:;")
# Marks of one style nest ambiguously (`“A “B” C”` or two quotes, the first never closed); a quote
# in another style inside the open one (`"He said “no” twice"`) is plainly nested.
_STYLE = {
    '"': "straight", "''": "straight", "``": "straight",
    "“": "curly", "”": "curly", "„": "curly", "‘‘": "curly", "’’": "curly",
    "«": "angle", "»": "angle",
}


@dataclass(frozen=True)
class Quotation:
    """A quotation-marked stretch of text: `text[start:end]` includes the marks themselves."""

    start: int
    end: int
    closed: bool = True  # False when the closing mark was missing (unbalanced input)
    paragraphs: int = 1  # how many paragraphs the quotation runs over


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of paragraphs, stripped of surrounding whitespace.

    Blank lines separate paragraphs; a text with no blank line but several lines (one paragraph a
    line, as some archives store articles) is split at every line break.
    """
    if _PARA_BREAK.search(text):
        breaker = _PARA_BREAK
    else:
        breaker = re.compile(r"\n\s*")
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in breaker.finditer(text):
        _append_stripped(text, pos, m.start(), spans)
        pos = m.end()
    _append_stripped(text, pos, len(text), spans)
    return spans


def _append_stripped(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def _is_opening(text: str, i: int, mark: str) -> bool | None:
    """True if the mark at i opens, False if it closes, None if context cannot tell."""
    if mark == "“" and 0 < i and not text[i - 1].isspace() and text[i - 1] not in _OPEN_CONTEXT and (
        i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in ".,;:!?)]}<"
    ):
        return False  # a typo'd closing mark: `wrong.“`, `#hashtag“<`
    if mark in ("“", "„", "«", "``", "‘‘"):
        return True
    if mark == "”" and i + 1 < len(text) and text[i + 1].isalnum() and (
        i == 0 or text[i - 1].isspace() or text[i - 1] in _OPEN_CONTEXT or unicodedata.category(text[i - 1]) == "Cf"
    ):
        return True  # a typo'd opening mark at the start of a paragraph or after a space: `”Sorry Sarah, …”`
    if mark in ("”", "»", "’’"):
        return False
    before = text[i - 1] if i > 0 else " "
    after_i = i + len(mark)
    after = text[after_i] if after_i < len(text) else " "
    open_ctx = before in _OPEN_CONTEXT or before in "\"“‘'"
    close_ctx = after.isspace() or after in ".,;:!?)]}—–-'’\"”" or after_i >= len(text)
    if open_ctx and not after.isspace():
        return True
    if close_ctx and not before.isspace():
        return False
    return None


def _double_marks(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    for m in _DOUBLE.finditer(text, start, end):
        yield m.start(), m.group()


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in `text`, in order, with offsets including the marks.

    Double-quote marks pair first. Where a paragraph holds no double quotes at all, single quotes
    used as primary marks (British style) are paired, skipping apostrophes.
    """
    paragraphs = paragraph_spans(text)
    result: list[Quotation] = []
    open_at: int | None = None
    open_paragraphs = 1
    depth = 0  # quotations of the same style nested inside the open one
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = list(_double_marks(text, p_start, p_end))
        if open_at is not None and not (marks and marks[0][0] == p_start and _continues(text, open_at, p_start)):
            # The previous paragraph ended inside a quote that this paragraph does not continue:
            # close it where that paragraph ended (unbalanced input).
            prev_end = paragraphs[index - 1][1]
            result.append(_unclosed(text, open_at, prev_end, open_paragraphs))
            open_at = None
        continuing = open_at is not None
        depth = 0
        if not marks:
            result.extend(_single_quotations(text, p_start, p_end))
            continue
        kinds = [_is_opening(text, i, mark) for i, mark in marks]
        # closers after mark k and openers from mark k on, for the nesting test
        closers_after = [0] * (len(marks) + 1)
        openers_from = [0] * (len(marks) + 1)
        for k in range(len(marks) - 1, -1, -1):
            closers_after[k] = closers_after[k + 1] + (kinds[k + 1] is False if k + 1 < len(marks) else 0)
            openers_from[k] = openers_from[k + 1] + (kinds[k] is True)
        opener_end = -1
        for k, (i, mark) in enumerate(marks):
            opening = kinds[k]
            if continuing:
                # the re-opening mark at the start of a continuation paragraph
                continuing = False
                open_paragraphs += 1
                opener_end = i + len(mark)
                continue
            if open_at is None:
                if opening is False:
                    if not _misplaced_opener(text, marks, kinds, k, p_start):
                        continue  # a stray closing mark with nothing open
                open_at = i
                open_paragraphs = 1
                depth = 0
                opener_end = i + len(mark)
                continue
            if i == opener_end and opening is not False:
                opener_end = i + len(mark)  # a doubled opening mark: `"“Yes,” he said`
                continue
            if mark == "“" and text[open_at] == "„":
                opening = False  # German style: „…“
            if opening is True and mark != "„":
                later_closers, later_openers = closers_after[k], openers_from[k]
                same_style = _STYLE.get(mark) == _STYLE.get(_mark_at(text, open_at))
                if later_closers >= later_openers + depth + (1 if same_style else 0):
                    # the closing marks that follow in this paragraph close this one and the open
                    # one: a quote nested in the open quote
                    depth += 1
                    continue
                if mark in ("“", "«", "``", "‘‘"):
                    # A second opener while one is open and not enough closers: the first never
                    # closed. It ends before this one.
                    result.append(_unclosed(text, open_at, i, open_paragraphs))
                    open_at = i
                    open_paragraphs = 1
                    depth = 0
                    opener_end = i + len(mark)
                    continue
            if depth > 0:
                depth -= 1
                continue
            result.append(Quotation(open_at, i + len(mark), paragraphs=open_paragraphs))
            open_at = None
        if open_at is not None:
            next_starts_with_quote = False
            if index + 1 < len(paragraphs):
                n_start = paragraphs[index + 1][0]
                next_starts_with_quote = _continues(text, open_at, n_start)
            if not next_starts_with_quote:
                result.append(_unclosed(text, open_at, p_end, open_paragraphs))
                open_at = None
    if open_at is not None:
        result.append(_unclosed(text, open_at, paragraphs[-1][1], open_paragraphs))
    return [q for q in result if q.closed or _has_words(text, q)]


def _continues(text: str, open_at: int, p_start: int) -> bool:
    """Whether the paragraph at p_start continues the quote opened at open_at: it opens with a
    quotation mark of the same style (a block quote in straight marks is not continued by a
    paragraph that opens a curly quote of its own)."""
    m = _DOUBLE.match(text, p_start)
    if m is None or _is_opening(text, p_start, m.group()) is False:
        return False
    return _STYLE.get(_mark_at(text, open_at)) == _STYLE.get(m.group())


def _mark_at(text: str, i: int) -> str:
    m = _DOUBLE.match(text, i)
    return m.group() if m else text[i]


def _misplaced_opener(text: str, marks: list[tuple[int, str]], kinds: list[bool | None], k: int, p_start: int) -> bool:
    """A closing-looking mark with nothing open that in fact opens a quote: typed the wrong way
    round (`”Sorry,” she wrote`, `so ”appeared to be a mistake.”`). It does when the next mark of
    the paragraph closes too."""
    i, mark = marks[k]
    if mark not in ("”", '"'):
        return False
    if i > p_start and not (text[i - 1].isspace() or (mark == "”" and text[i - 1] in ",:;(")):
        return False  # `word”` closes; `href=”…”` is markup
    after_i = i + len(mark)
    if after_i >= len(text) or text[after_i] in "\n\r":
        return False
    if k + 1 >= len(marks) or kinds[k + 1] is not False:
        return False
    between = text[after_i:marks[k + 1][0]]
    return sum(1 for c in between if c.isalpha()) >= 2


def _unclosed(text: str, start: int, limit: int, paragraphs: int) -> Quotation:
    """A quotation whose closing double mark is missing: it ends at a single closing quote after
    sentence punctuation (`“Let’s go.’ Then…`) or at the end of a line that ends a sentence, else
    just before `limit` (the next opening mark, or the end of its paragraph)."""
    end = limit
    balance = 0
    i = start + 1
    while i < limit:
        c = text[i]
        if c == "\n" and paragraphs == 1:
            j = i
            while j > start and text[j - 1] in " \t\r\u00a0":
                j -= 1
            if j > start + 1 and text[j - 1] in ".!?…":
                end = j
                break
        elif c == "‘" or (c == "'" and text[i - 1] in _OPEN_CONTEXT and i + 1 < limit and text[i + 1].isalnum()):
            balance += 1
        elif c in "’'":
            before = text[i - 1]
            after = text[i + 1] if i + 1 < len(text) else " "
            if not (before.isalnum() and after.isalnum()):
                if balance > 0:
                    if not before.isspace():
                        balance -= 1
                elif before in ".!?," and (after.isspace() or i + 1 >= limit):
                    end = i + 1
                    break
        i += 1
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return Quotation(start, end, closed=False, paragraphs=paragraphs)


def _has_words(text: str, q: Quotation) -> bool:
    return any(c.isalnum() for c in text[q.start:q.end])


def _single_quotations(text: str, start: int, end: int) -> list[Quotation]:
    """Pair single quotes used as primary quotation marks, skipping apostrophes."""
    out: list[Quotation] = []
    open_at: int | None = None
    for m in _SINGLE.finditer(text, start, end):
        i = m.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if before.isalnum() and after.isalnum():
            continue  # Russia's, don't
        if open_at is None:
            if m.group() in "’'" and (before.isalnum() or not after.isalpha()):
                continue  # closing-looking apostrophe (Koreas') or '90s
            if before in _OPEN_CONTEXT or before in "\"“":
                open_at = i
        else:
            if before.isspace():
                continue
            if after.isalnum():
                continue
            if i - open_at <= 3:
                open_at = None  # rock 'n' roll
                continue
            out.append(Quotation(open_at, i + 1))
            open_at = None
    return out
