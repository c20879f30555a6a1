"""Reduce an HTML page to its article text: headline, byline, date and body paragraphs.

Uses the standard library's HTML parser (no extra dependency): keeps the text of headings,
paragraphs, list items and block quotes, drops scripts, navigation, asides and footers, and lays
the result out like a plain-text article (blank lines between paragraphs) so the rest of the
pipeline treats both the same way.
"""

from __future__ import annotations


import re
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "noscript", "nav", "footer", "aside", "form", "svg", "button", "select", "figure", "figcaption", "iframe"})
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "div", "section", "article", "td"})
_SPACES = re.compile(r"[ \t\r\n\u00a0]+")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.title: str | None = None
        self.h1: str | None = None
        self.author: str | None = None
        self.date: str | None = None
        self._in_title = False
        self._in_h1 = False
        self._title_parts: list[str] = []
        self._h1_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag in _SKIP:
            self.skip_depth += 1
            return
        if tag == "meta":
            key = (attributes.get("name") or attributes.get("property") or "").lower()
            if key in ("author", "article:author", "byl") and not self.author:
                self.author = attributes.get("content", "").strip() or None
            elif key in ("article:published_time", "date", "pubdate", "og:published_time") and not self.date:
                self.date = attributes.get("content", "").strip() or None
        elif tag == "time" and not self.date:
            self.date = attributes.get("datetime") or None
        elif tag == "title":
            self._in_title = True
        elif tag == "h1":
            self._in_h1 = True
        if tag in _BLOCKS or tag == "br":
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "title":
            self._in_title = False
            self.title = self.title or _SPACES.sub(" ", "".join(self._title_parts)).strip() or None
        if tag == "h1":
            self._in_h1 = False
            self.h1 = self.h1 or _SPACES.sub(" ", "".join(self._h1_parts)).strip() or None
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self._in_h1:
            self._h1_parts.append(data)
        self.current.append(data)

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(markup: str) -> str:
    """The article text of an HTML page, paragraphs separated by blank lines."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    blocks = parser.blocks
    title = parser.h1 or parser.title
    head: list[str] = []
    if title:
        if blocks and blocks[0] == title:
            blocks = blocks[1:]
        head.append(title)
    if parser.author and not any(parser.author in b for b in blocks[:3]):
        head.append(f"By {parser.author}" + (f" | {parser.date[:10]}" if parser.date else ""))
    return "\n\n".join(head + blocks)
