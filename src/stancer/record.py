"""Turn an analysed Doc into the JSON document that scripts rely on (see schema/document.schema.json)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Doc

from .about import SCHEMA_VERSION
from .aggregate import LABELS, label_counts, merge_identity, overall_view, speaker_entry
from .components import QUOTES_KEY

NEUTRAL_STANCE = {"label": "neutral", "confidence": 0.5, "evidence": [], "about_target": False}


def quote_records(doc: Doc, offset: int = 0, first_id: int = 1) -> list[dict[str, Any]]:
    """The quotes of a Doc as JSON objects, in text order, offsets shifted by `offset`."""
    text = doc.text
    quotes = []
    group = doc.spans[QUOTES_KEY] if QUOTES_KEY in doc.spans else []
    for span in group:
        data = span._.stancer_quote
        if not data:
            continue
        start, end = data["start"], data["end"]
        cue = data.get("cue")
        speaker = {k: v for k, v in data["speaker"].items() if not k.startswith("_")}
        if speaker.get("start") is not None:
            speaker["start"] += offset
            speaker["end"] += offset
        quotes.append(
            {
                "id": f"q{first_id + len(quotes)}",
                "text": text[start:end],
                "start": start + offset,
                "end": end + offset,
                "type": data["type"],
                "cue": {"text": text[cue[0]:cue[1]], "start": cue[0] + offset, "end": cue[1] + offset} if cue else None,
                "speaker": speaker,
                "stance": _stance(data.get("stance")),
            }
        )
    return quotes


def _stance(stance: dict | None) -> dict[str, Any]:
    stance = dict(stance or NEUTRAL_STANCE)
    stance["evidence"] = list(stance.get("evidence") or [])
    return stance


def speaker_records(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per canonical speaker (unnamed sources grouped by role), in order of first quote."""
    groups: dict[tuple, dict[str, Any]] = {}
    for q in quotes:
        sp = q["speaker"]
        key = (sp["name"], sp["kind"]) if sp["name"] else (None, sp["kind"], sp.get("role"))
        entry = groups.get(key)
        if entry is None:
            entry = groups[key] = speaker_entry(sp, quotes=0, stances=label_counts(), quote_ids=[])
        merge_identity(entry, sp)
        entry["quotes"] += 1
        entry["stances"][q["stance"]["label"]] += 1
        entry["quote_ids"].append(q["id"])
    for entry in groups.values():
        entry["view"], entry["view_text"] = overall_view(entry["stances"])
    return list(groups.values())


def summary(quotes: list[dict[str, Any]]) -> dict[str, int]:
    counts = Counter(q["stance"]["label"] for q in quotes)
    return {"quotes": len(quotes), **{label: counts.get(label, 0) for label in LABELS}}


def document_record(
    source: str,
    target: str,
    header: dict | None,
    counts: dict[str, int],
    quotes: list[dict[str, Any]],
    encoding: str | None = None,
    text: str | None = None,
) -> dict[str, Any]:
    header = header or {}

    def value(field: str) -> str | None:
        item = header.get(field)
        return item["value"] if item else None

    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "target": target,
        "title": value("title"),
        "byline": value("byline"),
        "date": value("date"),
        "counts": counts,
        "quotes": quotes,
        "speakers": speaker_records(quotes),
        "summary": summary(quotes),
    }
    if encoding and encoding != "utf-8":
        record["encoding"] = encoding
    if text is not None:
        record["text"] = text
    return record


def doc_counts(doc: Doc) -> dict[str, int]:
    paragraphs = doc._.stancer_paragraphs
    return {
        "paragraphs": len(paragraphs) if paragraphs is not None else 1,
        "sentences": sum(1 for _ in doc.sents) if doc.has_annotation("SENT_START") else 0,
        "words": sum(1 for t in doc if not (t.is_punct or t.is_space)),
    }


def error_record(source: str, error: Exception) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "error": {"type": getattr(error, "code", type(error).__name__), "message": str(error)},
    }
