"""Render document objects for people (rich tables) and for spreadsheets (CSV rows).

Pure functions of the JSON documents, so what a person reads is exactly what a script gets.
"""

from __future__ import annotations

import csv
from typing import IO, Any, Iterable

CSV_FIELDS = (
    "source", "id", "start", "end", "type", "speaker", "speaker_kind", "role", "affiliation",
    "cue", "stance", "confidence", "about_target", "evidence", "text",
)
STANCE_STYLES = {"constructive": "green", "adversarial": "red", "neutral": "dim", "mixed": "yellow"}


def shorten(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def csv_rows(document: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for q in document.get("quotes", []):
        sp = q["speaker"]
        st = q["stance"]
        yield {
            "source": document["source"],
            "id": q["id"],
            "start": q["start"],
            "end": q["end"],
            "type": q["type"],
            "speaker": sp["name"] or "",
            "speaker_kind": sp["kind"],
            "role": sp.get("role") or "",
            "affiliation": sp.get("affiliation") or "",
            "cue": q["cue"]["text"] if q["cue"] else "",
            "stance": st["label"],
            "confidence": f"{st['confidence']:.2f}",
            "about_target": "true" if st["about_target"] else "false",
            "evidence": " | ".join(st["evidence"]),
            "text": q["text"],
        }


def csv_writer(stream: IO[str]) -> csv.DictWriter:
    writer = csv.DictWriter(stream, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    return writer


def speaker_label(speaker: dict[str, Any]) -> str:
    if speaker.get("name"):
        return speaker["name"]
    if speaker.get("kind") == "author":
        return "(the writer)"
    return "(unnamed)"


def role_text(speaker: dict[str, Any]) -> str:
    parts = [p for p in (speaker.get("role"), speaker.get("affiliation")) if p]
    if not parts and speaker.get("kind") == "author":
        return "the writer"
    return ", ".join(parts)


def document_renderables(document: dict[str, Any], show_evidence: bool = False) -> list[Any]:
    """The header line, the quote table and the per-speaker summary of one document."""
    from rich.table import Table
    from rich.text import Text

    items: list[Any] = []
    head = Text()
    head.append(document.get("title") or document["source"], style="bold")
    meta = [m for m in (document.get("byline"), document.get("date")) if m]
    if document.get("title"):
        meta.insert(0, document["source"])
    if meta:
        head.append("\n" + " · ".join(meta), style="dim")
    summary = document["summary"]
    head.append(
        f"\n{summary['quotes']} quotes about {document['target']}: "
        f"{summary['constructive']} constructive, {summary['adversarial']} adversarial, {summary['neutral']} neutral",
    )
    items.append(head)
    if not document["quotes"]:
        items.append(Text("No quotes found.", style="dim"))
        return items
    table = Table(show_lines=False, expand=False, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("speaker", max_width=24)
    table.add_column("role / affiliation", max_width=30)
    table.add_column("type", no_wrap=True)
    table.add_column("quote", ratio=1, min_width=30)
    table.add_column("stance", no_wrap=True)
    table.add_column("conf", justify="right", no_wrap=True)
    if show_evidence:
        table.add_column("evidence", max_width=36)
    for q in document["quotes"]:
        st = q["stance"]
        row = [
            q["id"].lstrip("q"),
            speaker_label(q["speaker"]),
            role_text(q["speaker"]),
            q["type"],
            shorten(q["text"]),
            Text(st["label"], style=STANCE_STYLES.get(st["label"], "")),
            f"{st['confidence']:.2f}",
        ]
        if show_evidence:
            row.append("; ".join(st["evidence"]))
        table.add_row(*row)
    items.append(table)
    items.append(speaker_table(document["speakers"], title="Speakers"))
    return items


def speaker_table(speakers: list[dict[str, Any]], title: str = "Speakers", with_articles: bool = False):
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", pad_edge=False)
    table.add_column("speaker", max_width=28)
    table.add_column("role / affiliation", max_width=36)
    if with_articles:
        table.add_column("articles", justify="right")
    table.add_column("quotes", justify="right")
    table.add_column("con", justify="right")
    table.add_column("adv", justify="right")
    table.add_column("neu", justify="right")
    table.add_column("overall view")
    for sp in speakers:
        row = [speaker_label(sp), role_text(sp)]
        if with_articles:
            row.append(str(sp.get("articles", 1)))
        row += [
            str(sp["quotes"]),
            str(sp["stances"]["constructive"]),
            str(sp["stances"]["adversarial"]),
            str(sp["stances"]["neutral"]),
            Text(sp["view_text"], style=STANCE_STYLES.get(sp["view"], "")),
        ]
        table.add_row(*row)
    return table
