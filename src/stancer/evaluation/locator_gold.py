"""Read locator-based gold JSONL (GOLD-FORMAT.md): one article a line, quotes found by first words.

A quote's gold content span runs from its locator to the end of the locator's sentence
(`sentences.sentence_end`). Every quote of this format counts for recall (in scope), including
AUTHOR and UNATTRIBUTED ones: the format itself defines what a quote is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from .gold import QUOTE_TYPES, STANCE_LABELS, GoldArticle, GoldError, GoldQuote
from .rules import has_quote_mark
from .sentences import sentence_end


def source_roots(jsonl_path: Path, cwd: Path | None = None) -> list[Path]:
    """Folders a relative `source` is tried against, in order: shared/, the repo root, the JSONL's folder.

    shared/ is an ancestor of the JSONL named `shared`, or `../shared` beside the working directory
    (the repo root); the repo root is the working directory and the nearest ancestor of the JSONL
    holding a `pyproject.toml`.
    """
    cwd = (cwd or Path.cwd()).resolve()
    folder = jsonl_path.resolve().parent
    roots = [a for a in (folder, *folder.parents) if a.name == "shared"]
    roots.append(cwd.parent / "shared")
    roots.append(cwd)
    roots += [a for a in (folder, *folder.parents) if (a / "pyproject.toml").is_file()][:1]
    roots.append(folder)
    unique: list[Path] = []
    for root in roots:
        if root not in unique:
            unique.append(root)
    return unique


def resolve_source(source: str, roots: Sequence[Path]) -> Path:
    path = Path(source)
    if path.is_absolute():
        if path.is_file():
            return path
    else:
        for root in roots:
            if (root / path).is_file():
                return root / path
    raise GoldFormatError(f"source {source!r} not found (tried {', '.join(str(r) for r in roots)})")


def locate(text: str, locator: str, taken: set[int]) -> int:
    """Offset of the locator: its first occurrence not already used by an earlier quote of the article."""
    first = text.find(locator)
    if first < 0 or not locator:
        raise GoldFormatError(f"locator {locator[:60]!r} is not in the text")
    position = first
    while position >= 0:
        if position not in taken:
            return position
        position = text.find(locator, position + 1)
    return first


def _quote(record: dict[str, Any], index: int, text: str, taken: set[int], target: str | None) -> GoldQuote:
    locator = record.get("locator")
    if not isinstance(locator, str):
        raise GoldFormatError(f"quote {index + 1} has no locator")
    start = locate(text, locator, taken)
    taken.add(start)
    end = max(sentence_end(text, start), start + len(locator))
    quote_type = record.get("type")
    if quote_type is None:
        quote_type = "direct" if has_quote_mark(text[start:end]) else "indirect"
    if quote_type not in QUOTE_TYPES:
        raise GoldFormatError(f"quote {index + 1}: unknown type {quote_type!r}")
    stance = record.get("stance")
    if stance is not None and stance not in STANCE_LABELS:
        raise GoldFormatError(f"quote {index + 1}: unknown stance {stance!r}")
    speaker = record.get("speaker")
    return GoldQuote(
        id=str(record.get("id") or f"g{index + 1}"),
        pieces=((start, end),),
        type=quote_type,
        in_scope=True,
        has_source=bool(speaker),
        speaker=speaker,
        cue=record.get("cue"),
        stance=stance,
        stance_target=target if stance is not None else None,
    )


def parse_record(record: Any, roots: Sequence[Path]) -> GoldArticle:
    """Turn one JSONL object into a GoldArticle, reading its text from `source`."""
    if not isinstance(record, dict) or not isinstance(record.get("source"), str):
        raise GoldFormatError("expected an object with a 'source' path")
    quotes = record.get("quotes")
    if not isinstance(quotes, list):
        raise GoldFormatError("expected 'quotes' to be a list")
    text_path = resolve_source(record["source"], roots)
    try:
        with text_path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"cannot read {text_path} ({exc})") from exc
    target = record.get("target")
    taken: set[int] = set()
    gold = [_quote(q if isinstance(q, dict) else {}, i, text, taken, target) for i, q in enumerate(quotes)]
    gold.sort(key=lambda q: q.pieces)
    return GoldArticle(
        stem=text_path.stem,
        text=text,
        quotes=gold,
        text_path=text_path,
        byline=record.get("byline"),
        target=target,
    )


def read_locator_gold(path: Path, roots: Sequence[Path] | None = None) -> tuple[list[GoldArticle], list[GoldError]]:
    """Read a gold JSONL; each bad line becomes a GoldError naming `path:line` and the rest is read."""
    roots = list(roots) if roots is not None else source_roots(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [], [GoldError(str(path), f"cannot read gold file ({exc})")]
    articles: list[GoldArticle] = []
    errors: list[GoldError] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            articles.append(parse_record(json.loads(line), roots))
        except json.JSONDecodeError as exc:
            errors.append(GoldError(f"{path}:{number}", f"not JSON ({exc.msg})"))
        except GoldFormatError as exc:
            errors.append(GoldError(f"{path}:{number}", str(exc)))
    return articles, errors
