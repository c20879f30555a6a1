"""Pairing quotation marks on raw text (no model): every news style, apostrophes, paragraphs."""

from __future__ import annotations

import pytest

from stancer.quotemarks import find_quotations, paragraph_spans


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "hello there" and left.', ['"hello there"']),
        ("He said “hello there” and left.", ["“hello there”"]),
        ("He said «bonjour» and left.", ["«bonjour»"]),
        ("He said ''hello there'' and left.", ["''hello there''"]),
        ("He said ``hello there'' and left.", ["``hello there''"]),
        ("He said „guten Tag“ and left.", ["„guten Tag“"]),
        ('Friday: "yes" and "no".', ['"yes"', '"no"']),
        ("“Russia’s embassy is open,” said Lars. “We should use that door.”", ["“Russia’s embassy is open,”", "“We should use that door.”"]),
    ],
    ids=["straight", "curly", "guillemets", "two-apostrophes", "latex", "german", "two-in-a-row", "curly-with-apostrophes"],
)
def test_double_quote_styles(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_single_quotes_nested_in_double_are_part_of_the_outer_quote() -> None:
    text = "He said \"we want 'peace' now\" and left."
    assert quoted(text) == ["\"we want 'peace' now\""]
    text = "“The Kremlin calls this ‘cooperation’, but it is not,” she said."
    assert quoted(text) == ["“The Kremlin calls this ‘cooperation’, but it is not,”"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said: 'Moscow is a customer.' Then she left.", ["'Moscow is a customer.'"]),
        ("‘Moscow is not a mediator here,’ said Hanna.", ["‘Moscow is not a mediator here,’"]),
        ("'Russia's role is over,' he said.", ["'Russia's role is over,'"]),
    ],
)
def test_single_quotes_as_primary_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "For most of the '90s, Russia's rock 'n' roll was fine.",
        "The Koreas' border and Russia’s role don’t change.",
        "It's the workers' union, isn't it?",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert find_quotations(text) == []


def test_quote_running_over_paragraphs_continues_when_next_opens_with_a_mark() -> None:
    text = 'He said: "First part.\n\n"Second part," he added.'
    [q] = find_quotations(text)
    assert text[q.start:q.end] == '"First part.\n\n"Second part,"'
    assert q.closed and q.paragraphs == 2


def test_three_paragraph_quote() -> None:
    text = '"A is so.\n\n"B is so.\n\n"C is so," he said.'
    [q] = find_quotations(text)
    assert (q.start, q.end, q.paragraphs) == (0, text.index(',"') + 2, 3)


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = 'He said "this never closes.\n\nThe next paragraph is narration.'
    [q] = find_quotations(text)
    assert text[q.start:q.end] == '"this never closes.'
    assert not q.closed


def test_unclosed_quote_at_the_end_of_the_text() -> None:
    text = 'The minister said "we will never'
    [q] = find_quotations(text)
    assert text[q.start:q.end] == '"we will never'
    assert not q.closed


def test_stray_closing_mark_is_ignored() -> None:
    assert find_quotations("He said” nothing at all.") == []


def test_offsets_are_character_offsets_in_unicode_text() -> None:
    text = "Ünïcödé 😀 text: «Привет, мир» — said Иван."
    [q] = find_quotations(text)
    assert text[q.start:q.end] == "«Привет, мир»"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\nTwo.", [(0, 4), (6, 10)]),
        ("  One.  \n \n\n  Two.\n", [(2, 6), (14, 18)]),
        ("Line one\nLine two\nLine three", [(0, 8), (9, 17), (18, 28)]),
        ("One\r\n\r\nTwo", [(0, 3), (7, 10)]),
        ("", []),
        (" \n\n \n", []),
    ],
    ids=["blank-line", "surrounding-space", "one-per-line", "crlf", "empty", "whitespace"],
)
def test_paragraph_spans(text: str, expected: list[tuple[int, int]]) -> None:
    assert paragraph_spans(text) == expected


def test_paragraph_spans_keep_single_line_breaks_inside_a_paragraph_when_blank_lines_exist() -> None:
    text = "Headline\n\nFirst line\nsecond line of the same paragraph.\n\nNext."
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == ["Headline", "First line\nsecond line of the same paragraph.", "Next."]


def test_block_quote_after_a_colon_with_nested_curly_quotes_runs_over_paragraphs() -> None:
    # straight marks around a statement, curly marks for the phrases it quotes; the last paragraph
    # of the statement never closes
    text = (
        'Dr. Pell stated:\n\n"The agency is not about “fair play” anymore. It is about control.\n\n'
        '"The latest case is the “Harbour Rule,” which helps nobody.\n\nThe board meets on Monday.'
    )
    [q] = find_quotations(text)
    assert text[q.start:q.end] == (
        '"The agency is not about “fair play” anymore. It is about control.\n\n'
        '"The latest case is the “Harbour Rule,” which helps nobody.'
    )
    assert q.paragraphs == 2 and not q.closed


def test_nested_quote_of_the_same_style_when_enough_closing_marks_follow() -> None:
    text = "The memo said: “Voters in “swing” districts moved late.” Then it ended."
    assert quoted(text) == ["“Voters in “swing” districts moved late.”"]
    text = 'He wrote, "The crowd chanted "no more" at the gate." Nobody replied.'
    assert quoted(text) == ['"The crowd chanted "no more" at the gate."']


def test_second_opener_without_enough_closers_ends_the_first_quote_before_it() -> None:
    text = "She said he told her “to wait outside. I just stood there. “And then he left,” she said."
    assert quoted(text) == ["“to wait outside. I just stood there.", "“And then he left,”"]


def test_unclosed_quote_ends_at_a_single_closing_quote_after_punctuation() -> None:
    text = "Mira posted: “We can win this. Join us.’ Mira was at the rally. She starred in “Dawn.”"
    assert quoted(text) == ["“We can win this. Join us.’", "“Dawn.”"]
    # a nested single quote does not end it
    text = "He said: “They told me ‘go home.’ I did not.\n\nLater he left."
    assert quoted(text) == ["“They told me ‘go home.’ I did not."]


def test_unclosed_quote_ends_at_a_line_ending_a_sentence() -> None:
    text = "From the study: “Samples differ a lot.\nTOP POLLS\n-Ames leads in Ohio. [Poll]\nShe called it “odd.”"
    assert quoted(text) == ["“Samples differ a lot.", "“odd.”"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("”Well done, Mira!!” wrote one reader.", ["”Well done, Mira!!”"]),
        ("He says,” there are many who never get heard.”", ["” there are many who never get heard.”"]),
        ("Doing so ”looked like a trick,” she said.", ["”looked like a trick,”"]),
    ],
)
def test_closing_mark_typed_as_an_opener(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_closing_marks_in_markup_are_not_openers() -> None:
    assert find_quotations('<a href=”http://example.org/x” target=”_blank”>link</a>') == []


def test_doubled_opening_mark_and_typed_closer() -> None:
    assert quoted('Then: "“We will not wait,” Ames said.') == ['"“We will not wait,”']
    assert quoted("Ames wrote “@ames: “Win the day.” – @ames #Go“<br/>. Done.") == ["“@ames: “Win the day.” – @ames #Go“"]


def test_lone_mark_with_no_words_is_not_a_quotation() -> None:
    text = "“We see that,” he said. “They see that. “\n\nNext paragraph."
    assert quoted(text) == ["“We see that,”", "“They see that."]
