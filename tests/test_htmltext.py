"""HTML pages reduced to article text laid out like a plain-text article (no model)."""

from __future__ import annotations

from stancer.header import detect_header
from stancer.htmltext import html_to_text

PAGE = """<!doctype html>
<html><head>
  <title>Russia offers talks | World News</title>
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2024-03-05T10:00:00Z">
  <script>var x = "not article text";</script><style>p { color: red }</style>
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Russia offers talks</h1>
    <p>Moscow said on Monday it was &ldquo;ready to talk&rdquo; &amp; would send
       an   envoy.</p>
    <figure><img src="x.jpg"><figcaption>A photo caption</figcaption></figure>
    <p>"We are open," the minister said.</p>
    <aside>Related: other stories</aside>
    <blockquote>We will not wait forever.</blockquote>
  </article>
  <footer>Copyright 2024</footer>
</body></html>"""


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def test_body_paragraphs_are_kept_and_chrome_dropped() -> None:
    text = html_to_text(PAGE)
    paras = paragraphs(text)
    assert "Moscow said on Monday it was “ready to talk” & would send an envoy." in paras
    assert '"We are open," the minister said.' in paras
    assert "We will not wait forever." in paras
    for chrome in ("not article text", "color: red", "Home", "A photo caption", "Related", "Copyright"):
        assert chrome not in text


def test_headline_comes_first_then_byline() -> None:
    """A news page puts its headline first; the byline line follows it, like a text article."""
    paras = paragraphs(html_to_text(PAGE))
    assert paras[0] == "Russia offers talks"
    assert paras[1].startswith("By Jane Doe")


def test_header_detection_finds_title_byline_and_date_in_the_result() -> None:
    text = html_to_text(PAGE)
    h = detect_header(text)
    assert h.title is not None and h.title.value == "Russia offers talks"
    assert h.byline is not None and h.byline.value == "Jane Doe"
    assert h.date is not None and h.date.value.startswith("2024-03-05")


def test_title_tag_is_used_when_there_is_no_h1() -> None:
    text = html_to_text("<html><head><title>Talks resume</title></head><body><p>Officials met in Geneva on Monday.</p></body></html>")
    assert paragraphs(text) == ["Talks resume", "Officials met in Geneva on Monday."]


def test_byline_already_in_the_page_is_not_repeated() -> None:
    text = html_to_text('<meta name="author" content="Jane Doe"><h1>Talks</h1><p>By Jane Doe</p><p>Body text here.</p>')
    assert text.count("Jane Doe") == 1


def test_line_breaks_and_broken_markup() -> None:
    assert paragraphs(html_to_text("<p>First line<br>second line</p>")) == ["First line", "second line"]
    assert paragraphs(html_to_text("<p>broken <b>markup<p>next")) == ["broken markup", "next"]


def test_no_text_at_all() -> None:
    assert html_to_text("") == ""
    assert html_to_text("<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>") == ""
