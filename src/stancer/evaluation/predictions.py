"""Predicted documents: read `stancer analyze --format jsonl` output and pull out scorable quotes."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import Any

from ..errors import InputError, InputNotFound


@dataclass(frozen=True)
class PredictedQuote:
    """The parts of a predicted quote the scorer reads; the raw dict stays available for reports."""

    id: str
    start: int
    end: int
    type: str | None
    speaker: dict[str, Any]
    cue: dict[str, Any] | None
    stance: dict[str, Any] | None
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def source_stem(source: Any) -> str:
    """File stem of a document's `source` ('../x/y/article.txt' -> 'article'), whatever the slashes."""
    return PureWindowsPath(str(source)).stem


def document_error(document: dict[str, Any]) -> str | None:
    """The error message of a failed document, or None for a normal one."""
    error = document.get("error")
    if not error:
        return None
    if isinstance(error, dict):
        return f"{error.get('type', 'error')}: {error.get('message', '')}".strip()
    return str(error)


def predicted_quotes(document: dict[str, Any] | None) -> list[PredictedQuote]:
    """Quotes of a document with valid integer offsets; malformed quotes are dropped."""
    if not document or document_error(document):
        return []
    quotes = []
    for index, quote in enumerate(document.get("quotes") or []):
        if not isinstance(quote, dict):
            continue
        start, end = quote.get("start"), quote.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or end <= start:
            continue
        speaker = quote.get("speaker")
        cue = quote.get("cue")
        stance = quote.get("stance")
        quotes.append(
            PredictedQuote(
                id=str(quote.get("id") or f"q{index + 1}"),
                start=start,
                end=end,
                type=quote.get("type"),
                speaker=speaker if isinstance(speaker, dict) else {},
                cue=cue if isinstance(cue, dict) else None,
                stance=stance if isinstance(stance, dict) else None,
                text=str(quote.get("text") or ""),
            )
        )
    return quotes


def read_predictions(path: Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file of document objects (a JSON array is accepted too)."""
    try:
        raw = read_text_or_stdin(path)
    except FileNotFoundError as exc:
        raise InputNotFound(f"predictions file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read predictions file {path} ({exc})") from exc
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            documents = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not a JSON array of documents ({exc.msg})") from exc
        return _check(documents, path)
    documents = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            documents.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not a JSON document ({exc.msg})") from exc
    return _check(documents, path)


def read_text_or_stdin(path: Path) -> str:
    """`-` reads standard input; anything else is a UTF-8 file."""
    if str(path) == "-":
        return sys.stdin.read()
    return path.read_text(encoding="utf-8")


def _check(documents: Iterable[Any], path: Path) -> list[dict[str, Any]]:
    result = []
    for number, document in enumerate(documents, 1):
        if not isinstance(document, dict) or "source" not in document:
            raise InputError(f"{path}: record {number} is not a document object with a 'source'")
        result.append(document)
    return result


def index_by_stem(documents: Iterable[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], int]:
    """Map file stem -> document (first wins); also return how many duplicates were ignored."""
    index: dict[str, dict[str, Any]] = {}
    duplicates = 0
    for document in documents:
        stem = source_stem(document.get("source"))
        if stem in index:
            duplicates += 1
            continue
        index[stem] = document
    return index, duplicates
