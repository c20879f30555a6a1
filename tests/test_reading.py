"""Inputs to articles: folder walks, decoding, refusing what is not an article (no model)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from stancer.errors import BinaryInput, EmptyInput, InputNotFound, InputTooLarge, NoTextFiles
from stancer.reading import Article, ReadFailure, decode, expand_paths, iter_articles, read_article


def test_utf8_and_bom() -> None:
    assert decode("Café “Moscow”".encode(), "x") == ("Café “Moscow”", "utf-8")
    assert decode(b"\xef\xbb\xbfHello", "x") == ("Hello", "utf-8")


def test_windows_1252_is_decoded_with_its_curly_quotes() -> None:
    text, encoding = decode(b"\x93Nyet,\x94 he said \x96 caf\xe9.", "x")
    assert text == "“Nyet,” he said – café."
    assert encoding == "cp1252"


def test_latin1_letters_survive() -> None:
    text, encoding = decode("Müller sagte: é".encode("latin-1"), "x")
    assert text == "Müller sagte: é"
    assert encoding in ("cp1252", "latin-1")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInput, match="empty"):
        decode(data, "e.txt")


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary", bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInput, match="binary"):
        decode(data, "b.txt")


def test_expand_paths_walks_folders_sorted_and_skips_dot_and_other_files(tmp_path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "c.html").write_text("<p>c</p>")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.TXT").write_text("d")
    names = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]
    assert names == ["a.md", "b.txt", "c.html", "sub/d.TXT"]


def test_expand_paths_reports_missing_and_empty_folders_in_order(tmp_path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "one.txt").write_text("x")
    items = list(expand_paths([str(tmp_path / "missing.txt"), str(tmp_path / "empty"), str(tmp_path / "one.txt"), "-"]))
    assert isinstance(items[0], ReadFailure) and isinstance(items[0].error, InputNotFound)
    assert isinstance(items[1], ReadFailure) and isinstance(items[1].error, NoTextFiles)
    assert items[2] == str(tmp_path / "one.txt")
    assert items[3] == "-"


def test_read_article_refuses_a_file_over_the_limit_and_names_the_limit(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 400)  # 2 KB
    with pytest.raises(InputTooLarge) as info:
        read_article(str(path), max_bytes=1048)  # --max-size 0.001 (MB)
    message = str(info.value)
    assert str(path) in message
    # the limit the user set, not a rounded "0 MB"
    assert "0 MB" not in message
    assert any(s in message for s in ("0.001 MB", "1 KB", "1.0 KB", "1048 bytes", "1,048 bytes")), message


def test_read_article_html_file_is_reduced_to_text(tmp_path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><nav>Menu</nav><h1>Talks</h1><p>Moscow said “yes”.</p></body></html>", encoding="utf-8")
    article = read_article(str(path))
    assert article.is_html
    assert article.text == "Talks\n\nMoscow said “yes”."


def test_read_article_stdin(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Hello “world”.".encode())))
    article = read_article("-")
    assert article == Article("-", "Hello “world”.", "utf-8", False)


def test_read_article_stdin_html_is_detected(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<!DOCTYPE html><html><p>Body text.</p></html>")))
    article = read_article("-")
    assert article.is_html and article.text == "Body text."


def test_iter_articles_keeps_every_input_in_order(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Moscow said yes.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Zürich".encode("latin-1"))
    results = list(iter_articles([str(good), str(tmp_path / "nope.txt"), str(empty), str(binary), str(latin)]))
    assert [type(r).__name__ for r in results] == ["Article", "ReadFailure", "ReadFailure", "ReadFailure", "Article"]
    assert [r.error.code for r in results if isinstance(r, ReadFailure)] == ["not_found", "empty", "binary"]
    assert results[4].text == "Zürich" and results[4].encoding != "utf-8"
    for failure in results[1:4]:
        message = str(failure.error)
        assert "\n" not in message and failure.source in message


def test_shared_bbc_file_that_is_not_utf8(shared) -> None:
    path = shared / "data" / "bbc" / "sport" / "199.txt"
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    article = read_article(str(path))
    assert article.encoding != "utf-8"
    assert len(article.text) == len(raw)  # one character per byte: offsets are stable
