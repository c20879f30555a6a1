"""Sum a speaker's quote labels into one overall view ("mostly adversarial, 3 of 4 quotes")."""

from __future__ import annotations

LABELS = ("constructive", "adversarial", "neutral")


def overall_view(counts: dict[str, int]) -> tuple[str, str]:
    """The speaker's overall label and a phrase saying how strongly the quotes support it.

    Neutral quotes do not outvote a polar view: a speaker with one adversarial quote and three
    neutral ones is adversarial ("adversarial, 1 of 4 quotes"); where constructive and adversarial
    quotes tie, the view is mixed.
    """
    total = sum(counts.get(label, 0) for label in LABELS)
    con, adv = counts.get("constructive", 0), counts.get("adversarial", 0)
    if total == 0:
        return "neutral", "no quotes"
    if con == adv == 0:
        return "neutral", f"neutral, {total} of {total} quote{'s' if total != 1 else ''}"
    if con == adv:
        return "mixed", f"mixed, {con} constructive and {adv} adversarial of {total} quotes"
    label, n = ("constructive", con) if con > adv else ("adversarial", adv)
    if n == total:
        strength = "all " if total > 1 else ""
        return label, f"{strength}{label}, {n} of {total} quote{'s' if total != 1 else ''}"
    strength = "mostly " if n * 2 > total else ""
    return label, f"{strength}{label}, {n} of {total} quotes"


def speaker_key(speaker: dict) -> tuple:
    """Speakers are the same when their canonical names are; unnamed sources group by role."""
    if speaker.get("name"):
        return (speaker["name"].lower(), speaker.get("kind"))
    return (None, speaker.get("kind"), (speaker.get("role") or "").lower())


def speaker_entry(speaker: dict, **counters) -> dict:
    """A fresh per-speaker entry: who (name, kind, role, affiliation), then the caller's own
    counters in output order (`quotes=0, stances=label_counts(), quote_ids=[]` for a document)."""
    entry = {
        "name": speaker["name"],
        "kind": speaker["kind"],
        "role": speaker.get("role"),
        "affiliation": speaker.get("affiliation"),
        **counters,
    }
    return entry


def label_counts() -> dict[str, int]:
    return {label: 0 for label in LABELS}


def merge_identity(entry: dict, speaker: dict) -> None:
    """Keep the first role and affiliation any quote of the speaker gave."""
    entry["role"] = entry["role"] or speaker.get("role")
    entry["affiliation"] = entry["affiliation"] or speaker.get("affiliation")


class CorpusSpeakers:
    """Fold the `speakers` of many documents into one view per speaker across a corpus."""

    def __init__(self) -> None:
        self._groups: dict[tuple, dict] = {}

    def add(self, document: dict) -> None:
        for sp in document.get("speakers", []):
            key = speaker_key(sp)
            entry = self._groups.get(key)
            if entry is None:
                entry = self._groups[key] = speaker_entry(sp, articles=0, quotes=0, stances=label_counts(), sources=[])
            merge_identity(entry, sp)
            entry["articles"] += 1
            entry["quotes"] += sp["quotes"]
            for label in LABELS:
                entry["stances"][label] += sp["stances"].get(label, 0)
            entry["sources"].append(document["source"])

    def result(self) -> list[dict]:
        """Speakers, most quoted first, each with an overall view."""
        out = []
        for entry in self._groups.values():
            view, text = overall_view(entry["stances"])
            out.append({**entry, "view": view, "view_text": text})
        out.sort(key=lambda e: (-e["quotes"], (e["name"] or "~").lower()))
        return out
