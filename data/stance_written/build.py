"""Build written.jsonl from the team's hand-written quote lines in src/*.txt.

    .venv/bin/python data/stance_written/build.py

Each line of src/*.txt is `label[@mode] | quote | why`, written by the stancer team (original
text, no corpus copied). The quote has slots for the target state: {T} its name, capital or
government, {D} its demonym, {C} its capital, {L} its leader, {O}/{OD} another state. Each line
is instantiated for a few targets (aliases from src/stancer/data/targets.json) inside varied
reporting frames (indirect, direct, mixed word orders; US politicians, analysts, foreign
officials, the target's own officials for `@off`, and a frame or the sentence before naming the
target for `@ref`, where the quote refers to it as "it", "they", "the country"). Deterministic
(seeded). Each output row: text (the sentence or two), quote/cue/speaker character spans,
frame and quote strings, target, label, why, line (the source line id, to split by).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LABELS = {"a": "adversarial", "c": "constructive", "n": "neutral"}

# target: (weight, leader, officials (name, role))
TARGETS = {
    "Russia": (4, "Putin", [("Sergei Lavrov", "the Russian foreign minister"), ("Dmitry Peskov", "the Kremlin spokesman"), ("Maria Zakharova", "the Russian foreign ministry spokeswoman"), ("Vassily Nebenzia", "Russia's U.N. ambassador")]),
    "China": (3, "Xi Jinping", [("Wang Yi", "the Chinese foreign minister"), ("Mao Ning", "a Chinese foreign ministry spokeswoman"), ("Lin Jian", "a Chinese foreign ministry spokesman"), ("Fu Cong", "China's U.N. ambassador")]),
    "Iran": (2, "Khamenei", [("Abbas Araghchi", "the Iranian foreign minister"), ("Masoud Pezeshkian", "the Iranian president")]),
    "North Korea": (2, "Kim Jong Un", [("Choe Son Hui", "the North Korean foreign minister"), ("Kim Yo Jong", "the North Korean leader's sister")]),
    "Turkey": (1, "Erdogan", [("Hakan Fidan", "the Turkish foreign minister")]),
    "Saudi Arabia": (1, "Mohammed bin Salman", [("Faisal bin Farhan", "the Saudi foreign minister")]),
    "India": (1, "Modi", [("S. Jaishankar", "the Indian external affairs minister")]),
    "Israel": (1, "Netanyahu", [("Gideon Saar", "the Israeli foreign minister")]),
    "Japan": (1, "Takaichi", [("Toshimitsu Motegi", "the Japanese foreign minister")]),
}

SPEAKERS = [
    ("Lisa Grant", "a Republican senator from Ohio"), ("Tom Whitaker", "the Democratic congressman"), ("Ana Ruiz", "a former State Department official"),
    ("Michael Stern", "an analyst at the Atlantic Council"), ("Helen Okafor", "a professor of international relations"), ("James Calloway", "the former ambassador"),
    ("Priya Natarajan", "a researcher at a Washington think tank"), ("Robert Haines", "the Senate majority leader"), ("Claire Dubois", "the French foreign minister"),
    ("Jonas Berg", "Sweden's defence minister"), ("Karen Liu", "a Pentagon spokeswoman"), ("David Moreno", "the White House press secretary"),
    ("Sofia Kowalski", "Poland's deputy foreign minister"), ("Ahmed Haddad", "a regional security expert"), ("Elena Varga", "a Hungarian lawmaker"),
    ("Mark Ellison", "the House Intelligence Committee chairman"), ("Nina Petersen", "a NATO official"), ("Greg Thompson", "the Republican presidential candidate"),
    ("Julia Marsh", "the Democratic nominee"), ("Samuel Okoye", "a U.N. envoy"), ("Brian Kelly", "the national security adviser"), ("Yuki Tanaka", "a former diplomat"),
    ("Omar Farouk", "an energy consultant"), ("Rachel Adler", "a cybersecurity researcher"), ("Paul Mendez", "the governor"), ("Laura Fischer", "the German economy minister"),
    ("Daniel Osei", "a trade negotiator"), ("Maria Santos", "a human rights lawyer"), ("Kevin Walsh", "the secretary of state"), ("Irene Novak", "the Czech president"),
    ("Victor Hale", "a retired general"), ("Emily Carter", "a campaign spokeswoman"), ("Hassan Rahimi", "an exiled opposition leader"), ("Olga Shevchenko", "a Ukrainian lawmaker"),
]
UNATTRIBUTED = [("analysts", "say"), ("officials", "said"), ("experts", "believe"), ("diplomats", "said"), ("critics", "argue"), ("some lawmakers", "say")]

# <S> speaker phrase, [cue], <Q> quote; kind i = indirect (quote lower-cased), d = direct
INDIRECT = [
    "<S> [said] <Q>.", "<S> [said] that <Q>.", "<S> [argued] that <Q>.", "<Q>, <S> [said].", "[According to] <S>, <Q>.",
    "<S> [told] reporters that <Q>.", "<S> [believes] <Q>.", "In an interview, <S> [said] <Q>.", "<S> [warned] that <Q>.",
    "<S> [noted] that <Q>.", "<S> [insisted] that <Q>.", "<S> [suggested] that <Q>.", "<S> [wrote] on social media that <Q>.",
    "Speaking on Tuesday, <S> [said] <Q>.", "<S> [added] that <Q>.", "<S> [contended] that <Q>.", "<S> [thinks] <Q>.",
    "<S> [told] the committee that <Q>.", "<S> [maintained] that <Q>.", "At a rally, <S> [claimed] that <Q>.",
]
DIRECT = [
    "“<Q>,” <S> [said].", "<S> [said]: “<Q>.”", "“<Q>,” [said] <S>.", "<S> [told] the committee, “<Q>.”", "“<Q>,” <S> [told] reporters.",
    "“<Q>,” <S> [wrote] in an op-ed.", "<S> [put] it bluntly: “<Q>.”", "“<Q>,” <S> [added].", "<S> [tweeted]: “<Q>.”", "“<Q>,” <S> [said] in a statement.",
]
QUESTION = ["“<Q>” <S> [asked].", "<S> [asked]: “<Q>”", "“<Q>” <S> [said]."]
REF_FRAMES = [  # the target named only in the frame or the sentence before
    ("", "Asked about {T}, <S> [said] <Q>."),
    ("", "Asked about {T}'s role, <S> [said]: “<Q>.”"),
    ("", "<S>, speaking about {T}, [said] <Q>."),
    ("", "Turning to {T}, <S> [said] that <Q>."),
    ("The conversation turned to {T}.", "“<Q>,” <S> [said]."),
    ("Much of the hearing was about {T}.", "<S> [said] <Q>."),
    ("{T} was the main subject of the briefing.", "<S> [argued] that <Q>."),
    ("", "On {T}, <S> [was] blunt: “<Q>.”"),
]


def load_targets() -> dict:
    return json.loads((ROOT / "src" / "stancer" / "data" / "targets.json").read_text(encoding="utf-8"))["targets"]


def alias(rng: random.Random, table: dict, name: str) -> str:
    t = table[name]
    r = rng.random()
    if r < 0.6:
        return t["names"][0]
    if r < 0.85 and t.get("capitals"):
        return t["capitals"][0]
    govs = [g for g in t.get("government", []) if g.startswith("the ")]
    return rng.choice(govs) if govs else t["names"][0]


def fill(template: str, rng: random.Random, table: dict, target: str, other: str) -> str:
    t = table[target]
    o = table[other]
    out = template
    out = out.replace("{Tn}", t["names"][0])
    while "{T}" in out:
        out = out.replace("{T}", alias(rng, table, target), 1)
    out = out.replace("{D}", t["demonyms"][0]).replace("{C}", t["capitals"][0]).replace("{L}", TARGETS[target][1])
    out = out.replace("{OD}", o["demonyms"][0]).replace("{O}", o["names"][0])
    return out


def upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def lower_first(s: str) -> str:
    first = s.split(" ", 1)[0]
    if first in ("I", "I'm", "I'd", "I've", "I'll") or (len(first) > 1 and first[1:2].isupper()):
        return s
    return s[:1].lower() + s[1:]


def render(frame: str, speaker: str, quote: str) -> tuple[str, tuple[int, int], tuple[int, int], tuple[int, int]]:
    """Fill <S>, [cue], <Q>; return the text and the quote, cue and speaker character spans."""
    text = ""
    spans: dict[str, tuple[int, int]] = {}
    for piece in re.split(r"(<S>|<Q>|\[[^\]]+\])", frame):
        if piece == "<S>":
            spans["S"] = (len(text), len(text) + len(speaker))
            text += speaker
        elif piece == "<Q>":
            spans["Q"] = (len(text), len(text) + len(quote))
            text += quote
        elif piece.startswith("["):
            spans["C"] = (len(text), len(text) + len(piece) - 2)
            text += piece[1:-1]
        else:
            text += piece
    if text[:1].islower():
        text = upper_first(text)
    return text, spans["Q"], spans["C"], spans["S"]


def speaker_phrase(rng: random.Random, name: str, role: str) -> tuple[str, int, int]:
    """The speaker as written, with the name's offsets inside it."""
    r = rng.random()
    if r < 0.45:
        return name, 0, len(name)
    if r < 0.8:
        s = f"{name}, {role},"
        return s, 0, len(name)
    return f"{name}", 0, len(name)


def main() -> None:
    rng = random.Random(20261130)
    table = load_targets()
    names = list(TARGETS)
    weights = [TARGETS[n][0] for n in names]
    rows = []
    for path in sorted((HERE / "src").glob("*.txt")):
        for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip() or line.startswith("#"):
                continue
            head, quote, why = (p.strip() for p in line.split("|"))
            label, _, mode = head.partition("@")
            line_id = f"{path.stem}:{k + 1}"
            copies = 3 if label == "n" else 2
            used: set[str] = set()
            for c in range(copies):
                target = rng.choices(names, weights)[0]
                while target in used and len(used) < 4:
                    target = rng.choices(names, weights)[0]
                used.add(target)
                other = rng.choice([n for n in names if n != target])
                q = fill(quote, rng, table, target, other)
                context = ""
                if mode == "off":
                    name, role = rng.choice(TARGETS[target][2])
                    sp, role_used = (f"{name}, {role},", role) if rng.random() < 0.6 else (name, role)
                    name_span = (0, len(name))
                    frame = rng.choice(INDIRECT + DIRECT)
                elif mode == "ref":
                    name, role = rng.choice(SPEAKERS)
                    sp, a, b = speaker_phrase(rng, name, role)
                    name_span = (a, b)
                    role_used = role
                    context, frame = rng.choice(REF_FRAMES)
                    context = fill(context, rng, table, target, other)
                    frame = fill(frame, rng, table, target, other)
                else:
                    if rng.random() < 0.08:
                        sp, verb = rng.choice(UNATTRIBUTED)
                        name, role_used, name_span = None, None, None
                        frame = rng.choice([f"<S> [{verb}] that <Q>.", f"<Q>, <S> [{verb}].", f"<S> [{verb}] <Q>."])
                    else:
                        name, role = rng.choice(SPEAKERS)
                        sp, a, b = speaker_phrase(rng, name, role)
                        name_span = (a, b)
                        role_used = role
                        frame = rng.choice(INDIRECT + DIRECT)
                direct = "“" in frame
                if q.endswith("?"):
                    frame, direct = rng.choice(QUESTION), True
                if direct:
                    qq = upper_first(q.rstrip("?")) + ("?" if q.endswith("?") else "")
                    if not frame.startswith("“") and frame.index("<Q>") > 0:
                        qq = upper_first(qq)
                else:
                    qq = upper_first(q) if frame.startswith("<Q>") else q  # the lines are written lower-case
                text, qspan, cspan, sspan = render(frame, sp, qq)
                prefix = (context + " ") if context else ""
                off = len(prefix)
                text = prefix + text
                speaker = {"name": name, "role": role_used, "start": None, "end": None}
                if name_span is not None:
                    speaker["start"], speaker["end"] = sspan[0] + off + name_span[0], sspan[0] + off + name_span[1]
                rows.append({
                    "text": text, "quote": text[qspan[0] + off : qspan[1] + off], "frame": text[:qspan[0] + off] + "…" + text[qspan[1] + off:],
                    "quote_span": [qspan[0] + off, qspan[1] + off], "cue_span": [cspan[0] + off, cspan[1] + off], "speaker": speaker,
                    "type": "direct" if direct else "indirect", "target": target, "label": LABELS[label], "mode": mode or "plain",
                    "why": why, "line": line_id,
                })
    with (HERE / "written.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), "items from", len({r["line"] for r in rows}), "written lines;", dict(Counter(r["label"] for r in rows)), dict(Counter(r["target"] for r in rows)))


if __name__ == "__main__":
    main()
