"""The library entry points: analyse texts or paths and get JSON-ready document objects.

The model loads once per process (`pipeline.build_pipeline` is cached). Long texts are split at
paragraph breaks into chunks the model can take, analysed in the same stream, and stitched back
together with their offsets shifted, so a 20 MB file is analysed in bounded memory.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from .errors import AnalysisError
from .reading import DEFAULT_MAX_BYTES, Article, ReadFailure, iter_articles
from .record import doc_counts, document_record, error_record, quote_records
from .targets import load_target

CHUNK_CHARS = 50_000  # texts longer than this are analysed in paragraph-aligned chunks
DEFAULT_BATCH_SIZE = 32
ZONE_CHARS = 2_000_000  # text analysed inside one spaCy memory zone
WORKER_GROUP_CHARS = 200_000  # text sent to a worker process at a time (--workers > 1)
BATCH_CHARS = 60_000  # at most this much text in one model batch (bounds memory)
_PARA_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")


@dataclass
class _Part:
    index: int  # which input
    offset: int  # where this chunk starts in the input's text
    last: bool  # the input's last chunk


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, chunk) pieces no longer than about `limit`, cut at paragraph breaks.

    A break is not used where the next paragraph opens with a quotation mark (a quote may run on
    over it). Text with no usable break is cut at the last line break or space before the limit.
    """
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = -1
        for m in _PARA_BREAK.finditer(text, start + limit // 2, window_end):
            nxt = m.end()
            while nxt < len(text) and text[nxt] in " \t\n":
                nxt += 1
            if nxt < len(text) and text[nxt] not in "\"“«'‘":
                cut = m.end()
        if cut == -1:
            cut = text.rfind("\n", start + limit // 2, window_end)
        if cut == -1:
            cut = text.rfind(" ", start + limit // 2, window_end)
        if cut <= start:
            cut = window_end
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def analyze_texts(
    items: Iterable[tuple[str, str]],
    *,
    target: str = "Russia",
    aliases: Sequence[str] = (),
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    include_text: bool = False,
) -> Iterator[dict[str, Any]]:
    """Analyse (source, text) pairs; yield one document object per pair, in order."""
    articles = (Article(source, text) for source, text in items)
    yield from _analyze(articles, target, aliases, model, n_process, batch_size, include_text)


def analyze_text(text: str, *, source: str = "-", target: str = "Russia", aliases: Sequence[str] = (), model: str | None = None) -> dict[str, Any]:
    """Analyse one text."""
    return next(analyze_texts([(source, text)], target=target, aliases=aliases, model=model))


def analyze_paths(
    paths: Iterable[str],
    *,
    target: str = "Russia",
    aliases: Sequence[str] = (),
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    include_text: bool = False,
) -> Iterator[dict[str, Any]]:
    """Analyse files, folders and `-`; every input yields a document object or an error object."""
    yield from _analyze(iter_articles(paths, max_bytes), target, aliases, model, n_process, batch_size, include_text)


def _analyze(
    articles: Iterable[Article | ReadFailure],
    target: str,
    aliases: Sequence[str],
    model: str | None,
    n_process: int,
    batch_size: int,
    include_text: bool,
) -> Iterator[dict[str, Any]]:
    from .pipeline import build_pipeline

    target_obj = load_target(target, aliases)
    nlp = build_pipeline(model, target_obj.name, tuple(aliases))
    _prepare(nlp, target_obj)
    settings = (target_obj.name, batch_size, include_text)
    if n_process <= 1:
        for group in _groups(articles, ZONE_CHARS):
            yield from _analyze_zone(nlp, group, settings)
    else:
        yield from _analyze_in_workers(nlp, articles, settings, n_process)


_PREPARED: "weakref.WeakSet" = weakref.WeakSet()


def _prepare(nlp, target) -> None:
    """Build the components' lazy caches (phrase matchers and their string keys) once per
    pipeline, outside any memory zone, so they outlive the zones (and forked workers inherit
    them): built inside a zone, their keys would be freed with it."""
    if nlp in _PREPARED:
        return
    from .targets import _exclude_matcher, _phrase_matcher, all_targets

    nlp("Moscow said, “Russia, China and the U.S. will talk,” according to officials.")
    for state in [target, *all_targets().values()]:
        _phrase_matcher(state, nlp.vocab)
        if state.exclude:
            _exclude_matcher(state, nlp.vocab)
    _PREPARED.add(nlp)


def _analyze_zone(nlp, group: list[Article | ReadFailure], settings: tuple[str, int, bool]) -> Iterator[dict[str, Any]]:
    """Analyse a group inside a spaCy memory zone: the strings it adds to the vocab are freed
    afterwards, so memory stays flat over a corpus (the records hold plain Python values)."""
    target, batch_size, include_text = settings
    with nlp.memory_zone():
        yield from _analyze_group(nlp, group, target, batch_size, include_text)


def _groups(articles: Iterable[Article | ReadFailure], max_chars: int) -> Iterator[list[Article | ReadFailure]]:
    """Consecutive inputs holding about `max_chars` characters of text together; a text longer
    than one chunk makes a group of its own."""
    group: list[Article | ReadFailure] = []
    size = 0
    for article in articles:
        length = len(article.text) if isinstance(article, Article) else 0
        if length > CHUNK_CHARS:
            if group:
                yield group
            yield [article]
            group, size = [], 0
            continue
        group.append(article)
        size += length
        if size >= max_chars:
            yield group
            group, size = [], 0
    if group:
        yield group


# -- several processes ----------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _worker_init(nlp, settings: tuple[str, int, bool]) -> None:
    _WORKER["nlp"], _WORKER["settings"] = nlp, settings


def _worker_run(group: list[Article | ReadFailure]) -> list[dict[str, Any]]:
    return list(_analyze_zone(_WORKER["nlp"], group, _WORKER["settings"]))


def _analyze_in_workers(nlp, articles: Iterable[Article | ReadFailure], settings: tuple[str, int, bool], n_process: int) -> Iterator[dict[str, Any]]:
    """Analyse groups of articles in worker processes that send back finished records (small)
    rather than Docs; results come back in input order, with a bounded number in flight."""
    import multiprocessing
    from collections import deque

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(n_process, initializer=_worker_init, initargs=(nlp, settings)) as pool:
        in_flight: deque = deque()
        for group in _groups(articles, WORKER_GROUP_CHARS):
            in_flight.append(pool.apply_async(_worker_run, (group,)))
            while len(in_flight) > 2 * n_process:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def _pipe_by_size(nlp, items: Iterator[tuple[str, _Part]], batch_size: int) -> Iterator[tuple[Any, _Part]]:
    """`nlp.pipe` over batches of at most `batch_size` texts and about BATCH_CHARS characters:
    the model's memory follows a batch's length, so a run of long articles must not make the
    batch (and the process's peak memory) bigger than usual."""
    batch: list[tuple[str, _Part]] = []
    size = 0
    for item in items:
        if batch and (len(batch) >= batch_size or size + len(item[0]) > BATCH_CHARS):
            yield from _run_batch(nlp, batch)
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield from _run_batch(nlp, batch)


def _run_batch(nlp, batch: list[tuple[str, _Part]]) -> Iterator[tuple[Any, _Part]]:
    """One model batch; if it fails, its texts one by one, so that a text the pipeline cannot
    handle fails alone (its doc is the exception) and the rest of the batch is still analysed."""
    try:
        results = list(nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
    except Exception:  # noqa: BLE001 - isolated below, reported per input
        results = []
        for item in batch:
            try:
                results.extend(nlp.pipe([item], as_tuples=True))
            except Exception as exc:  # noqa: BLE001
                results.append((exc, item[1]))
    yield from results


def _analyze_group(
    nlp, articles: list[Article | ReadFailure], target: str, batch_size: int, include_text: bool
) -> Iterator[dict[str, Any]]:
    # Inputs that failed to read are held back and released in input order between documents.
    pending: dict[int, dict[str, Any]] = {}

    def chunks() -> Iterator[tuple[str, _Part]]:
        for index, article in enumerate(articles):
            if isinstance(article, ReadFailure):
                pending[index] = error_record(article.source, article.error)
                continue
            pieces = split_text(article.text)
            for n, (offset, piece) in enumerate(pieces):
                yield piece, _Part(index, offset, n == len(pieces) - 1)

    next_out = 0
    partial: dict[str, Any] | None = None
    for doc, part in _pipe_by_size(nlp, chunks(), batch_size):
        while next_out < part.index:
            if next_out in pending:
                yield pending.pop(next_out)
            next_out += 1
        article = articles[part.index]
        if article is None:
            continue  # an earlier chunk of this text failed; it is already reported
        if isinstance(doc, Exception):
            yield error_record(article.source, AnalysisError(f"{article.source}: the analysis failed ({type(doc).__name__}: {doc})"))
            articles[part.index] = None
            partial = None
            next_out = part.index + 1
            continue
        quotes = quote_records(doc, part.offset, first_id=1 + (len(partial["quotes"]) if partial else 0))
        counts = doc_counts(doc)
        if partial is None:
            partial = {"header": doc._.stancer_header, "quotes": quotes, "counts": counts}
        else:
            partial["quotes"].extend(quotes)
            for key, value in counts.items():
                partial["counts"][key] += value
        if part.last:
            yield document_record(
                article.source,
                target,
                partial["header"],
                partial["counts"],
                partial["quotes"],
                encoding=article.encoding,
                text=article.text if include_text else None,
            )
            articles[part.index] = None  # the text is no longer needed
            partial = None
            next_out = part.index + 1
    for index in sorted(pending):
        yield pending.pop(index)
