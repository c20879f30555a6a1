"""Long documents: time per word of a ~20 KB document vs a ~20 MB one, and peak RSS of the big run.

    .venv/bin/python benchmarks/scaling.py [--small-kb 20] [--large-mb 20] [--repeat 5] [--corpus PATH]

Both documents are BBC articles (../shared/data/bbc) concatenated in corpus order with a blank line
between them, the corpus reused from the start when it runs out (it holds about 4.5 MB); a
document ends after the article that takes it past the size asked for (UTF-8 bytes). Each size runs
in a fresh subprocess that loads the model, warms up on one small document, then times
`stancer.api.analyze_texts([(name, text)])` consumed to the end (the median of --repeat runs for
the small one, a single run for the large one), so its ru_maxrss is that size's peak RSS.
Words are whitespace-separated tokens of the text. Target: the large document's time per word is
at most 1.5x the small one's (no superlinear cost from long texts).

Each subprocess runs under an address-space limit (--max-gb, default 14 GB, RLIMIT_AS) so that a
run that needs more memory than that fails with MemoryError (reported) instead of waking the OOM
killer on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    DEFAULT_CORPUS, MachineMeter, corpus_files, load_line, machine_line, maxrss_mb, read_texts, table, verdict, wait_until_idle,
)

TARGET_RATIO = 1.5


def build_document(texts: list[str], min_bytes: int) -> str:
    parts: list[str] = []
    size = 0
    i = 0
    while size < min_bytes:
        article = texts[i % len(texts)].strip()
        parts.append(article)
        size += len(article.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts) + "\n"


def run_one(corpus: Path, min_bytes: int, repeat: int) -> dict:
    """In this (fresh) process: build the document, warm up, time analyze_texts on it."""
    from stancer.api import analyze_texts

    texts = read_texts(corpus_files(corpus))
    document = build_document(texts, min_bytes)
    warmup = build_document(texts[50:], 20_000)
    next(analyze_texts([("warm-up", warmup)]))
    rss_loaded = maxrss_mb()
    words = len(document.split())
    times = []
    cpu_times = []
    quotes = 0
    meter = MachineMeter()
    meter.start()
    try:
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            for record in analyze_texts([("document", document)]):
                quotes = len(record["quotes"])
            times.append(time.perf_counter() - t0)
            cpu_times.append(time.process_time() - c0)
    except MemoryError as exc:
        return {
            "bytes": len(document.encode("utf-8")), "words": words, "error": f"MemoryError {exc}".strip(),
            "seconds_until_error": time.perf_counter() - t0, "rss_after_model_mb": rss_loaded, "peak_rss_mb": maxrss_mb(),
        }
    seconds = statistics.median(times)
    cpu_seconds = statistics.median(cpu_times)
    _, others = meter.stop()
    return {
        "bytes": len(document.encode("utf-8")),
        "chars": len(document),
        "words": words,
        "seconds": seconds,
        "all_seconds": times,
        "us_per_word": 1e6 * seconds / words,
        "cpu_seconds": cpu_seconds,
        "cpu_us_per_word": 1e6 * cpu_seconds / words,
        "other_jobs_cores": others,
        "quotes": quotes,
        "rss_after_model_mb": rss_loaded,
        "peak_rss_mb": maxrss_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small-kb", type=float, default=20, help="size of the small document in KB (default 20)")
    parser.add_argument("--large-mb", type=float, default=20, help="size of the large document in MB (default 20)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of the small document; the median is reported (default 5)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt articles (default ../shared/data/bbc)")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS", help="first wait up to SECONDS for other jobs to finish")
    parser.add_argument("--max-gb", type=float, default=14, help="address-space limit of each run in GB (default 14)")
    parser.add_argument("--run-one", type=int, default=None, metavar="BYTES", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.run_one is not None:
        limit = int(args.max_gb * 1024**3)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        print(json.dumps(run_one(args.corpus, args.run_one, args.repeat)))
        return 0

    corpus_files(args.corpus)  # a clear message when the corpus is missing
    print(machine_line(), flush=True)
    if args.wait_idle:
        wait_until_idle(args.wait_idle)
    sizes = (("small", int(args.small_kb * 1000), args.repeat), ("large", int(args.large_mb * 1_000_000), 1))
    results = {}
    for label, size, repeat in sizes:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--run-one", str(size), "--repeat", str(repeat), "--corpus", str(args.corpus), "--max-gb", str(args.max_gb)]
        print(f"  {label}: analysing a {size / 1e6:.3g} MB document in a fresh process ...", flush=True)
        out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
        results[label] = json.loads(out.strip().splitlines()[-1])
        if "error" in results[label]:
            r = results[label]
            print(f"\n{label} document ({r['bytes']:,} bytes, {r['words']:,} words) FAILED after {r['seconds_until_error']:.0f} s: "
                  f"{r['error']} under the {args.max_gb:g} GB address-space limit (peak RSS {r['peak_rss_mb']:.0f} MB)")
            print(load_line())
            return 1

    rows = []
    for label, r in results.items():
        rows.append((
            label, f"{r['bytes']:,}", f"{r['words']:,}", f"{r['quotes']:,}", f"{r['seconds']:.2f}",
            f"{r['words'] / r['seconds']:,.0f}", f"{r['us_per_word']:.1f}", f"{r['cpu_us_per_word']:.1f}", f"{r['other_jobs_cores']:.2f}",
            f"{r['rss_after_model_mb']:.0f}", f"{r['peak_rss_mb']:.0f}",
        ))
    print()
    print(table(rows, ("document", "bytes", "words", "quotes", "seconds", "words/s", "µs/word", "CPU µs/word", "other jobs", "RSS after warm-up MB", "peak RSS MB")))
    small, large = results["small"], results["large"]
    ratio = large["us_per_word"] / small["us_per_word"]
    print(f"\nsmall-document runs (s): {', '.join(f'{t:.3f}' for t in small['all_seconds'])} (median used)")
    cpu_ratio = large["cpu_us_per_word"] / small["cpu_us_per_word"]
    print(f"time per word, large / small: {ratio:.2f}x  (target <= {TARGET_RATIO}x: {verdict(ratio <= TARGET_RATIO)}); "
          f"CPU time per word: {cpu_ratio:.2f}x (steadier when other jobs share the machine; "
          f"\"other jobs\" = cores they kept busy during the run)")
    print(f"peak RSS of the {large['bytes'] / 1e6:.1f} MB run: {large['peak_rss_mb']:.0f} MB "
          f"({large['peak_rss_mb'] - large['rss_after_model_mb']:+.0f} MB over the model-loaded process; "
          f"the text itself is {large['chars'] / 1e6:.1f} M characters)")
    print(load_line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
