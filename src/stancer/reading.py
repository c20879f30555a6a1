"""Turn the paths a user gives into article texts: walk folders, decode bytes, reduce HTML.

Every path given ends up as exactly one `Article` or one `ReadFailure`, in order, so a batch can
report each input and never drop one silently.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .errors import BinaryInput, EmptyInput, InputError, InputNotFound, InputTooLarge, NoTextFiles
from .htmltext import html_to_text

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_MAX_BYTES = 100 * 1024 * 1024  # refuse inputs larger than this (bounded memory)
STDIN = "-"


@dataclass
class Article:
    """A decoded input: `text` is what the offsets in the output refer to."""

    source: str
    text: str
    encoding: str = "utf-8"
    is_html: bool = False


@dataclass
class ReadFailure:
    source: str
    error: InputError


def expand_paths(paths: Iterable[str]) -> Iterator[str | ReadFailure]:
    """Files as given; folders walked recursively in sorted order, skipping dot-files."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or not name.lower().endswith(TEXT_SUFFIXES):
                        continue
                    found = True
                    yield os.path.join(root, name)
            if not found:
                yield ReadFailure(raw, NoTextFiles(f"{raw}: no .txt, .md or .html files in this folder"))
        elif path.exists():
            yield raw
        else:
            yield ReadFailure(raw, InputNotFound(f"{raw}: no such file or folder"))


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes as UTF-8, else as Windows-1252/Latin-1 (old news archives); refuse binary data."""
    if not data.strip():
        raise EmptyInput(f"{source}: the file is empty")
    sample = data[:8192]
    if b"\x00" in sample:
        raise BinaryInput(f"{source}: binary data, not text (found NUL bytes)")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(8, len(sample) // 50):
        raise BinaryInput(f"{source}: binary data, not text ({controls} control bytes in the first {len(sample)})")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            raise EmptyInput(f"{source}: the file holds only whitespace")
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    raise BinaryInput(f"{source}: could not decode the file as text")  # pragma: no cover - latin-1 never fails


def _read_bytes(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(
            f"{source}: larger than the {_mb(max_bytes)} limit (raise it with --max-size)"
        )
    return data


def _mb(n: int) -> str:
    return f"{n:,} bytes" if n < 1024 * 1024 else f"{n / 1024 / 1024:.3g} MB"


def read_article(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and decode one path (or `-` for stdin)."""
    try:
        if source == STDIN:
            data = _read_bytes(sys.stdin.buffer, "<stdin>", max_bytes)
        else:
            size = os.path.getsize(source)
            if size > max_bytes:
                raise InputTooLarge(
                    f"{source}: {_mb(size)} is larger than the {_mb(max_bytes)} limit (raise it with --max-size)"
                )
            with open(source, "rb") as handle:
                data = _read_bytes(handle, source, max_bytes)
    except FileNotFoundError:
        raise InputNotFound(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputNotFound(f"{source}: is a folder") from None
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{source}: {exc.strerror or exc}") from None
    text, encoding = decode(data, source)
    is_html = source.lower().endswith(HTML_SUFFIXES) or (source == STDIN and _looks_like_html(text))
    if is_html:
        text = html_to_text(text)
        if not text.strip():
            raise EmptyInput(f"{source}: no article text found in the HTML")
    return Article(source, text, encoding, is_html)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def iter_articles(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadFailure]:
    """Every input as an Article or a ReadFailure, in the order given."""
    for item in expand_paths(paths):
        if isinstance(item, ReadFailure):
            yield item
            continue
        try:
            yield read_article(item, max_bytes)
        except InputError as exc:
            yield ReadFailure(item, exc)
