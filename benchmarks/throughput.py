"""Throughput: bare spaCy vs stancer end to end (vs stancer on N processes), and where the time goes.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--corpus PATH] [--workers N]

In one process, on the same articles (default ../shared/data/bbc, 2,225 BBC articles):

  (a) bare      `nlp.pipe` of the model alone: spacy.load(stancer.pipeline.resolve_model()),
                same batch size, over the already-decoded texts;
  (b) stancer   `stancer analyze FILES --format jsonl` done in-process: stancer.api.analyze_paths
                (reading and decoding the files included) with each document written as one JSON
                line to os.devnull;
  (c) parallel  with --workers N (N >= 2), (b) again with n_process=N, and the bare model too.

Then the component split: the stancer pipeline is run stage by stage (tokenizer, then every
component in pipeline order, each over the same batch of docs), timing every stage with
time.perf_counter, plus building the JSON records. Words are whitespace-separated tokens of the
input text (len(text.split())), the same count for every row.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    DEFAULT_CORPUS, MachineMeter, corpus_files, count_words, load_line, machine_line, read_texts, table, verdict,
    wait_until_idle,
)

STANCER_OWN = ("stancer_segmenter", "stancer_quotes", "stancer_speakers", "stancer_stance")
TARGET_RATIO = 0.85
TARGET_SPEEDUP = 1.6
TARGET_QUOTES_SPEAKERS = 0.15
TARGET_STANCE = 0.10
WARMUP_DOCS = 8


def _cpu_seconds() -> float:
    """CPU time of this process plus its reaped children (spaCy's worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


class Timer:
    """Wall time, this process's CPU time (with its worker processes'), and other jobs' load."""

    def __enter__(self) -> "Timer":
        self.meter = MachineMeter()
        self.meter.start()
        self.cpu0 = _cpu_seconds()
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self.t0
        self.cpu = _cpu_seconds() - self.cpu0
        self.machine_busy, self.others_busy = self.meter.stop()


def run_bare(nlp, texts: list[str], batch_size: int, n_process: int = 1) -> int:
    n = 0
    for _doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        n += 1
    return n


def run_stancer(files: list[str], batch_size: int, n_process: int = 1, target: str = "Russia") -> int:
    """What `stancer analyze FILES --format jsonl -o /dev/null` does, minus argument parsing."""
    from stancer.api import analyze_paths

    n = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for document in analyze_paths(files, target=target, n_process=n_process, batch_size=batch_size):
            sink.write(json.dumps(document, ensure_ascii=False) + "\n")
            sink.flush()
            n += 1
    return n


def run_staged(nlp, files: list[str], texts: list[str], batch_size: int, target: str, group: int = 256) -> tuple[dict[str, float], dict[str, float]]:
    """(wall seconds, CPU seconds) per stage: the tokenizer, each component in order, the JSON records.

    Runs `group` texts at a time through one stage after another (so the docs of one group are in
    memory at once), calling each component as nlp.pipe would: its .pipe(docs, batch_size) when it
    has one, else __call__ per doc. The segmenter thus still runs before the parser. CPU time
    (time.process_time) is the figure to trust when other jobs share the machine."""
    from stancer.record import doc_counts, document_record, quote_records

    wall: dict[str, float] = defaultdict(float)
    cpu: dict[str, float] = defaultdict(float)

    def clock() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def add(name: str, start: tuple[float, float]) -> None:
        now = clock()
        wall[name] += now[0] - start[0]
        cpu[name] += now[1] - start[1]

    for i in range(0, len(texts), group):
        batch = texts[i:i + group]
        t0 = clock()
        docs = [nlp.make_doc(t) for t in batch]
        add("tokenizer", t0)
        for name, proc in nlp.pipeline:
            t0 = clock()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            add(name, t0)
        t0 = clock()
        for source, doc in zip(files[i:i + group], docs):
            record = document_record(source, target, doc._.stancer_header, doc_counts(doc), quote_records(doc))
            json.dumps(record, ensure_ascii=False)
        add("records + JSON", t0)
    return dict(wall), dict(cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (sorted by path)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt articles (default ../shared/data/bbc)")
    parser.add_argument("--workers", type=int, default=1, help="also run stancer (and bare spaCy) with n_process=N when N >= 2")
    parser.add_argument("--batch-size", type=int, default=None, help="texts per batch (default: stancer's, 32)")
    parser.add_argument("--rounds", type=int, default=1, help="repeat the timed runs, alternating, and keep the fastest of each (default 1)")
    parser.add_argument("--target", default="Russia")
    parser.add_argument("--skip-split", action="store_true", help="skip the per-component split")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS", help="first wait up to SECONDS for other jobs to finish")
    parser.add_argument("--json-out", type=Path, default=None, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    files = corpus_files(args.corpus, args.limit)
    print(machine_line())
    print("loading the models ...", flush=True)

    import spacy

    import stancer
    from stancer.api import DEFAULT_BATCH_SIZE
    from stancer.pipeline import build_pipeline, resolve_model

    batch_size = args.batch_size or DEFAULT_BATCH_SIZE
    model = resolve_model()
    bare = spacy.load(model)
    nlp = build_pipeline(None, args.target, ())  # the cached pipeline stancer.api uses
    stance = nlp.get_pipe("stancer_stance")
    stance_doc = (sys.modules[type(stance).__module__].__doc__ or "").strip().splitlines()[:1]

    t0 = time.perf_counter()
    texts = read_texts(files)
    read_seconds = time.perf_counter() - t0
    words = count_words(texts)
    chars = sum(len(t) for t in texts)
    print(
        f"corpus: {args.corpus} — {len(files)} articles, {words:,} words (whitespace-separated tokens), "
        f"{chars:,} characters\nmodel: {model} (spaCy {spacy.__version__}), stancer {stancer.__version__}, "
        f"batch size {batch_size}, target {args.target}\nbare pipeline: {bare.pipe_names}\n"
        f"stancer pipeline: {nlp.pipe_names}\nstance component: {type(stance).__module__}.{type(stance).__name__}"
        + (f" — {stance_doc[0]}" if stance_doc else "")
    )

    # Warm-up: models are loaded; run a few docs through every path that will be timed.
    run_bare(bare, texts[:WARMUP_DOCS], batch_size)
    run_stancer(files[:WARMUP_DOCS], batch_size, target=args.target)
    if not args.skip_split:
        run_staged(nlp, files[:WARMUP_DOCS], texts[:WARMUP_DOCS], batch_size, args.target)
    if args.wait_idle:
        wait_until_idle(args.wait_idle)
    print(f"warmed up on {WARMUP_DOCS} articles; {load_line()}", flush=True)
    print("(\"other jobs\" = cores the rest of the machine kept busy during a run; > 0.1 means the figure is disturbed)\n")

    results: dict[str, dict] = {}

    def record(label: str, timer: Timer, n_process: int) -> None:
        r = {
            "seconds": timer.seconds,
            "words_per_s": words / timer.seconds,
            "docs_per_s": len(files) / timer.seconds,
            "cpu_seconds": timer.cpu,
            "cores_busy": timer.cpu / timer.seconds,
            "n_process": n_process,
            "other_jobs_cores": timer.others_busy,
        }
        if label not in results or r["seconds"] < results[label]["seconds"]:
            results[label] = r  # the fastest round
        print(
            f"  {label:<28} {r['seconds']:8.1f} s  {r['words_per_s']:9,.0f} words/s  {r['docs_per_s']:7.1f} docs/s  "
            f"(CPU {r['cpu_seconds']:.1f} s = {r['cores_busy']:.2f} cores; other jobs {r['other_jobs_cores']:.2f} cores)",
            flush=True,
        )

    for round_ in range(args.rounds):
        if args.rounds > 1:
            print(f" round {round_ + 1} of {args.rounds}:")
        with Timer() as t:
            assert run_bare(bare, texts, batch_size) == len(texts)
        record("(a) bare spaCy nlp.pipe", t, 1)
        with Timer() as t:
            assert run_stancer(files, batch_size, target=args.target) == len(files)
        record("(b) stancer end to end", t, 1)
        if args.workers >= 2:
            with Timer() as t:
                assert run_stancer(files, batch_size, n_process=args.workers, target=args.target) == len(files)
            record(f"(c) stancer, n_process={args.workers}", t, args.workers)
            with Timer() as t:
                assert run_bare(bare, texts, batch_size, n_process=args.workers) == len(texts)
            record(f"    bare spaCy, n_process={args.workers}", t, args.workers)
    if args.rounds > 1:
        print(" fastest of each (used below):")
        for label, r in results.items():
            print(f"  {label:<28} {r['seconds']:8.1f} s  {r['words_per_s']:9,.0f} words/s  (CPU {r['cpu_seconds']:.1f} s; other jobs {r['other_jobs_cores']:.2f} cores)")

    a = results["(a) bare spaCy nlp.pipe"]
    b = results["(b) stancer end to end"]
    ratio = b["words_per_s"] / a["words_per_s"]
    cpu_ratio = a["cpu_seconds"] / b["cpu_seconds"]
    print(f"\nstancer / bare throughput: {ratio:.3f}  (target >= {TARGET_RATIO}: {verdict(ratio >= TARGET_RATIO)}); "
          f"per CPU-second: {cpu_ratio:.3f} (the steadier figure when other jobs share the machine)")
    summary: dict = {"ratio_stancer_over_bare": ratio, "cpu_ratio_stancer_over_bare": cpu_ratio}
    if args.workers >= 2:
        c = results[f"(c) stancer, n_process={args.workers}"]
        speedup = c["words_per_s"] / b["words_per_s"]
        bare_speedup = results[f"    bare spaCy, n_process={args.workers}"]["words_per_s"] / a["words_per_s"]
        print(
            f"parallel speed-up, stancer n_process={args.workers} vs 1: {speedup:.2f}x  "
            f"(target >= {TARGET_SPEEDUP}x on 2 cores: {verdict(speedup >= TARGET_SPEEDUP)}); "
            f"bare spaCy: {bare_speedup:.2f}x"
        )
        summary.update(speedup=speedup, bare_speedup=bare_speedup)
    print(f"(reading + decoding the {len(files)} files alone: {read_seconds:.2f} s)")

    if not args.skip_split:
        print("\ncomponent split (stage by stage over the same docs, seconds summed over all batches):", flush=True)
        with Timer() as t:
            wall, cpu = run_staged(nlp, files, texts, batch_size, args.target)
        print(f"(split run: {t.seconds:.1f} s wall; other jobs {t.others_busy:.2f} cores; "
              f"percentages are of CPU time, which other jobs disturb less than wall time)")
        model_stages = ["tokenizer"] + [n for n in nlp.pipe_names if n not in STANCER_OWN]
        model_cpu = sum(cpu[n] for n in model_stages)
        model_wall = sum(wall[n] for n in model_stages)
        rows = []
        for name in ["tokenizer"] + nlp.pipe_names + ["records + JSON"]:
            rows.append((name + ("" if name in model_stages else " *"), f"{cpu[name]:.2f}", f"{wall[name]:.2f}", f"{100 * cpu[name] / model_cpu:.1f}%"))
        rows.append(("model total (tokenizer + model components)", f"{model_cpu:.2f}", f"{model_wall:.2f}", "100.0%"))
        print(table(rows, ("stage", "CPU s", "wall s", "% of model CPU")))
        print("(* = stancer's own stage)")

        def share(names) -> tuple[float, float]:
            return sum(cpu[n] for n in names) / model_cpu, sum(wall[n] for n in names) / model_wall

        seg_q_s, seg_q_s_wall = share(("stancer_segmenter", "stancer_quotes", "stancer_speakers"))
        q_s, q_s_wall = share(("stancer_quotes", "stancer_speakers"))
        st, st_wall = share(("stancer_stance",))
        rec, rec_wall = share(("records + JSON",))
        overhead_rows = [
            ("model only", f"{model_cpu:.2f}", "—", "—", ""),
            ("+ segmenter, quotes, speakers", f"{model_cpu * (1 + seg_q_s):.2f}", f"+{100 * seg_q_s:.1f}%", f"+{100 * seg_q_s_wall:.1f}%",
             f"target <= {100 * TARGET_QUOTES_SPEAKERS:.0f}%: {verdict(seg_q_s <= TARGET_QUOTES_SPEAKERS)}"),
            ("  (quotes + speakers alone)", "", f"+{100 * q_s:.1f}%", f"+{100 * q_s_wall:.1f}%", ""),
            ("+ stance", f"{model_cpu * (1 + seg_q_s + st):.2f}", f"+{100 * st:.1f}%", f"+{100 * st_wall:.1f}%",
             f"target <= {100 * TARGET_STANCE:.0f}%: {verdict(st <= TARGET_STANCE)}"),
            ("+ records + JSON", f"{model_cpu * (1 + seg_q_s + st + rec):.2f}", f"+{100 * rec:.1f}%", f"+{100 * rec_wall:.1f}%", ""),
        ]
        print()
        print(table(overhead_rows, ("pipeline", "CPU s", "adds (CPU)", "adds (wall)", "")))
        summary.update(
            stages_wall=wall, stages_cpu=cpu, model_cpu_seconds=model_cpu,
            overhead_segmenter_quotes_speakers=seg_q_s, overhead_quotes_speakers=q_s, overhead_stance=st,
            split_other_jobs_cores=t.others_busy,
        )
    print(f"\n{load_line()}")

    if args.json_out:
        args.json_out.write_text(json.dumps({
            "argv": sys.argv, "articles": len(files), "words": words, "batch_size": batch_size,
            "model": model, "runs": results, "summary": summary, "read_seconds": read_seconds,
            "machine": machine_line(),
        }, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
