"""Read PolNeAR's brat standoff attribution folders (`text/*.txt` beside `attributions/*.ann`).

An `E` line ties an attribution together (`Attribution:T4 Content:T3 Cue:T2 Source:T1`); the
`T` lines it points to carry the spans. A `T` line's covered text may run over several lines, so
only lines that start with `T<n>\\t` or `E<n>\\t` are read and offsets always come from the `.txt`.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import GoldFormatError
from .gold import GoldArticle, GoldError, GoldQuote, Span
from .rules import has_quote_mark, is_speech_cue

_T_LINE = re.compile(r"^(T\d+)\t([^\s]+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*?)\s*$")
_ROLE = re.compile(r"^([A-Za-z-]+?)\d*:(T\d+)$")
_TRIGGERS = ("Attribution", "Attribution-no-source")


def is_brat_folder(path: Path) -> bool:
    return path.is_dir() and (path / "text").is_dir() and (path / "attributions").is_dir()


def _spans(field: str, text_length: int, where: str) -> tuple[Span, ...]:
    spans = []
    for piece in field.split(";"):
        start, end = (int(x) for x in piece.split())
        if not 0 <= start <= end <= text_length:
            raise GoldFormatError(f"{where}: span {start}-{end} is outside the text ({text_length} characters)")
        spans.append((start, end))
    return tuple(sorted(spans))


def parse_ann(ann: str, text: str, where: str = "<ann>") -> list[GoldQuote]:
    """Turn one `.ann` file into gold quotes. E lines without a Content are skipped (nothing to score).

    Content2 roles (a second content stretch of the same attribution) join the Content's pieces.
    """
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[str, dict[str, list[str]]]] = []
    for number, line in enumerate(ann.splitlines(), 1):
        if m := _T_LINE.match(line):
            spans[m.group(1)] = _spans(m.group(3), len(text), f"{where}:{number}")
        elif m := _E_LINE.match(line):
            roles: dict[str, list[str]] = {}
            for arg in m.group(2).split():
                role = _ROLE.match(arg)
                if role is None:
                    raise GoldFormatError(f"{where}:{number}: cannot read event argument {arg!r}")
                roles.setdefault(role.group(1), []).append(role.group(2))
            events.append((m.group(1), roles))
    quotes = []
    for event_id, roles in events:
        missing = [t for ids in roles.values() for t in ids if t not in spans]
        if missing:
            raise GoldFormatError(f"{where}: {event_id} refers to undefined span {missing[0]}")
        if not any(role in roles for role in _TRIGGERS) or "Content" not in roles:
            continue
        pieces = tuple(sorted({p for t in roles["Content"] for p in spans[t] if p[1] > p[0]}))
        if not pieces:
            continue
        source = tuple(sorted(p for t in roles.get("Source", []) for p in spans[t]))
        cue = tuple(sorted(p for t in roles.get("Cue", []) for p in spans[t]))
        content_text = " ".join(text[s:e] for s, e in pieces)
        cue_text = " ".join(text[s:e] for s, e in cue) or None
        quote_type = "direct" if has_quote_mark(content_text) else "indirect"
        has_source = bool(source)
        quotes.append(
            GoldQuote(
                id=event_id,
                pieces=pieces,
                type=quote_type,
                in_scope=has_source and (quote_type == "direct" or is_speech_cue(cue_text)),
                has_source=has_source,
                speaker=" ".join(text[s:e] for s, e in source) or None,
                source_spans=source,
                cue=cue_text,
                cue_spans=cue,
            )
        )
    return quotes


def _read_text(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters, so brat offsets stay valid.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def read_brat_folder(folder: Path) -> tuple[list[GoldArticle], list[GoldError]]:
    """Read every article of a split folder; the first `.ann` by sorted filename is the gold.

    An article whose files cannot be read becomes a `GoldError` and the others are still read.
    """
    articles: list[GoldArticle] = []
    errors: list[GoldError] = []
    anns: dict[str, Path] = {}
    for ann_path in sorted((folder / "attributions").glob("*.ann")):
        if ann_path.name.startswith("."):
            continue
        stem = ann_path.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, ann_path)
    for text_path in sorted((folder / "text").glob("*.txt")):
        if text_path.name.startswith("."):
            continue
        ann_path = anns.get(text_path.stem)
        if ann_path is None:
            errors.append(GoldError(str(text_path), "no attributions/<stem>_<annotator>.ann for this text"))
            continue
        try:
            text = _read_text(text_path)
            quotes = parse_ann(_read_text(ann_path), text, where=str(ann_path))
        except (OSError, UnicodeDecodeError, ValueError, GoldFormatError) as exc:
            errors.append(GoldError(str(ann_path), str(exc)))
            continue
        articles.append(GoldArticle(text_path.stem, text, quotes, text_path, ann_path))
    return articles, errors
