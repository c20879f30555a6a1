"""Pair quotation marks in raw text, the way news style uses them.

Works on characters, not tokens, so it needs no model and keeps exact offsets. Handles straight and
curly double quotes, guillemets, `''two apostrophes''` and ``` ``LaTeX'' ``` pairs, single quotes
nested inside double ones (ignored) or used as the primary marks, apostrophes that are not quote
marks (`Russia's`, `'90s`, `rock 'n' roll`), and the news convention for quotes running over
paragraphs: a paragraph that ends inside a quote continues when the next paragraph opens with a
quotation mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

# Double-quote marks, longest first so `''` is seen before `'`.
_DOUBLE = re.compile(r"``|''|[\"“”„«»]")
_SINGLE = re.compile(r"[‘’'‚‹›]")
_PARA_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_OPEN_CONTEXT = set(" \t\n\r\u00a0([{—–-/:;")


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
    if mark == "“" and 0 < i and not text[i - 1].isspace() and (i + 1 >= len(text) or text[i + 1].isspace()):
        return False  # a typo'd closing mark: `wrong.“`
    if mark in ("“", "„", "«", "``"):
        return True
    if mark in ("”", "»"):
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
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = list(_double_marks(text, p_start, p_end))
        if open_at is not None and not (marks and marks[0][0] == p_start and _is_opening(text, p_start, marks[0][1]) is not False):
            # The previous paragraph ended inside a quote that this paragraph does not continue:
            # close it where that paragraph ended (unbalanced input).
            prev_end = paragraphs[index - 1][1]
            result.append(Quotation(open_at, prev_end, closed=False, paragraphs=open_paragraphs))
            open_at = None
        continuing = open_at is not None
        if not marks:
            result.extend(_single_quotations(text, p_start, p_end))
            continue
        for i, mark in marks:
            opening = _is_opening(text, i, mark)
            if continuing:
                # the re-opening mark at the start of a continuation paragraph
                continuing = False
                open_paragraphs += 1
                continue
            if open_at is None:
                if opening is False:
                    continue  # a stray closing mark with nothing open
                open_at = i
                open_paragraphs = 1
            else:
                if mark == "“" and text[open_at] == "„":
                    opening = False  # German style: „…“
                if opening is True and mark in ("“", "„", "«", "``"):
                    # A second opener while one is open: the first never closed.
                    # Keep the earlier one only if this is a nested quote of the same style.
                    open_at = i
                    open_paragraphs = 1
                    continue
                result.append(Quotation(open_at, i + len(mark), paragraphs=open_paragraphs))
                open_at = None
        if open_at is not None:
            next_starts_with_quote = False
            if index + 1 < len(paragraphs):
                n_start = paragraphs[index + 1][0]
                m = _DOUBLE.match(text, n_start)
                next_starts_with_quote = bool(m) and _is_opening(text, n_start, m.group()) is not False
            if not next_starts_with_quote:
                result.append(Quotation(open_at, p_end, closed=False, paragraphs=open_paragraphs))
                open_at = None
    if open_at is not None:
        result.append(Quotation(open_at, paragraphs[-1][1], closed=False, paragraphs=open_paragraphs))
    return result


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
