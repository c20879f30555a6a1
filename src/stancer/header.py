"""Find an article's headline, byline and date in its first lines, from text alone.

News files start with a few short lines (headline, "By Jane Doe", "Nov 21, 2017 | Jane Doe",
"MOSCOW, Feb 2 (Reuters) -"). These lines are not body text: they hold no quotes, and the byline
names the writer, who is the speaker of the article's first-person opinions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .quotemarks import paragraph_spans

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE_RE = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}/\d{2,4})\b"
)
_BY_RE = re.compile(r"^\s*(?:by|written by|von|par)\s+(.+?)\s*$", re.IGNORECASE)
_NAME_RE = re.compile(
    r"^(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|al|bin|le|la|da|di)){0,4}$"
)
_DATELINE_RE = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,\s*[^\n–—-]{0,40})?\s*(?:\([^)]{1,40}\))?\s*[–—-]{1,2}\s")
_ROLE_WORDS = re.compile(
    r",?\s*\b(?:staff|senior|chief|special|foreign|political|diplomatic|security|contributing|"
    r"correspondent|reporter|writer|editor|columnist|analyst|contributor|and)\b.*$",
    re.IGNORECASE,
)
_MAX_HEADER_LINE_WORDS = 30
_MAX_BYLINE_WORDS = 14


@dataclass
class Field:
    """A header field: its text, its offsets in the article, and a cleaned value."""

    start: int
    end: int
    value: str


@dataclass
class Header:
    title: Field | None = None
    byline: Field | None = None
    date: Field | None = None
    header_end: int = 0  # offset where the body starts: header lines hold no quotes
    dateline: tuple[int, int] | None = None
    lines: list[tuple[int, int]] = field(default_factory=list)


def _clean_name(raw: str, allow_upper: bool = False) -> str | None:
    raw = raw.strip(" |·•,;:-–—\t").split(",")[0]
    raw = _ROLE_WORDS.sub("", raw).strip(" ,")
    if raw.lower().startswith("by "):
        raw = raw[3:].strip()
    if not raw or len(raw.split()) > 6 or (raw.isupper() and not allow_upper) or not _NAME_RE.match(raw.title() if allow_upper else raw):
        return None
    return raw


def _byline_name(line: str) -> str | None:
    m = _BY_RE.match(line)
    if m:
        rest = DATE_RE.sub("", m.group(1))
        rest = re.split(r"\s*[|·•,]\s*", rest.strip(" |·•,"))[0]
        return _clean_name(rest, allow_upper=True)
    if re.search(r"[|·•]|\s[—–]\s", line):
        for part in re.split(r"\s*[|·•]\s*|\s+[—–]\s+", line):
            if part and not DATE_RE.search(part):
                name = _clean_name(part)
                if name:
                    return name
    return None


def _is_short_line(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) <= _MAX_HEADER_LINE_WORDS and "\n" not in text[start:end].strip()


def _title_case(words: list[str]) -> bool:
    """Headlines that end with a full stop are still written in title case (most words capitalised)."""
    content = [w for w in words if w.lower() not in ("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "as", "but")]
    return bool(content) and sum(1 for w in content if w[:1].isupper() or not w[:1].isalpha()) >= 0.7 * len(content)


def _header_lines(text: str, paragraphs: list[tuple[int, int]], limit: int = 6) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of the first lines: a byline and a date may share a paragraph."""
    lines = []
    for index, (start, end) in enumerate(paragraphs[:4]):
        pos = start
        for raw in text[start:end].split("\n"):
            s, e = pos, pos + len(raw)
            pos = e + 1
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                lines.append((s, e, index))
            if len(lines) >= limit:
                return lines
    return lines


def detect_header(text: str, paragraphs: list[tuple[int, int]] | None = None) -> Header:
    """Title, byline and date from the first short lines of `text`."""
    header = Header()
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    lines = _header_lines(text, paragraphs)
    body_from = 0  # index into lines of the first body line
    for index, (start, end, para) in enumerate(lines):
        line = text[start:end]
        words = line.split()
        if len(words) > _MAX_HEADER_LINE_WORDS:
            break
        name = _byline_name(line) if len(words) <= _MAX_BYLINE_WORDS else None
        date = DATE_RE.search(line)
        if name and header.byline is None:
            name_at = line.find(name)
            header.byline = Field(start + name_at, start + name_at + len(name), name)
            if date and header.date is None:
                header.date = Field(start + date.start(), start + date.end(), date.group())
            body_from = index + 1
            continue
        if date and header.date is None and len(words) <= 8:
            header.date = Field(start + date.start(), start + date.end(), date.group())
            body_from = index + 1
            continue
        next_words = len(text[lines[index + 1][0]:lines[index + 1][1]].split()) if index + 1 < len(lines) else 0
        if index == 0 and len(paragraphs) > 1 and (
            not line.rstrip().endswith((".", ":"))
            or len(words) <= 20 and not _DATELINE_RE.match(line) and next_words > len(words) and _title_case(words)
        ):
            header.title = Field(start, end, line.strip())
            body_from = index + 1
            continue
        if index <= 2 and len(words) <= 6 and header.byline is None:
            candidate = _clean_name(line)
            if candidate and header.title is not None:
                header.byline = Field(start, start + len(candidate), candidate)
                body_from = index + 1
                continue
        break
    header.lines = [(s, e) for s, e, _ in lines[:body_from]]
    header.header_end = lines[body_from - 1][1] if body_from else 0
    body_para = lines[body_from][2] if body_from < len(lines) else None
    if body_para is not None:
        b_start = lines[body_from][0]
        b_end = paragraphs[body_para][1]
        m = _DATELINE_RE.match(text, b_start, b_end)
        if m:
            header.dateline = (b_start, m.end())
            if header.date is None:
                date = DATE_RE.search(text, b_start, m.end())
                if date:
                    header.date = Field(date.start(), date.end(), date.group())
    return header
