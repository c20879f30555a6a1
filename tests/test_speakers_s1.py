"""Speaker heads the cue's syntax rules out (S1): a participle's object, a place or dateline
before the real subject, a thing that cannot speak. Short texts written for these tests."""

from __future__ import annotations


def _quote(doc, words):
    return next(q for q in doc["quotes"] if words in q["text"])


def _mention(text, speaker):
    return text[speaker["start"]:speaker["end"]] if speaker["start"] is not None else None


def test_participle_object_is_the_addressee_not_the_speaker(analyze):
    text = (
        "The Harbour Workers Foundation did not want to address \u201cthat man,\u201d "
        "telling Channel 9 that the organisation is focused on \u201cgetting everyone home safely.\u201d\n"
    )
    doc = analyze(text)
    q = _quote(doc, "home safely")
    assert q["speaker"]["name"] != "Channel 9"
    assert "Harbour Workers Foundation" in (q["speaker"]["name"] or "")


def test_place_before_the_subject_is_not_the_speaker(analyze):
    text = (
        "Speaking at a town hall event in Dover, Delaware, Olsen went after Dahl, "
        "calling him \u201ca total stiff.\u201d\n"
    )
    assert _quote(analyze(text), "total stiff")["speaker"]["name"] == "Olsen"
    text = (
        "Speaking at a town hall event in Salem, New Hampshire, Margaret Olsen went after Dahl "
        "again, calling him \u201ca tired old hand.\u201d\n"
    )
    assert _quote(analyze(text), "tired old hand")["speaker"]["name"] == "Margaret Olsen"


def test_dateline_before_the_subject_is_not_the_speaker(analyze):
    text = (
        "LISBON, May 3 (Reuters) \u2014 The Portuguese Fishing Council issued a statement on Monday, "
        "offering \u201ca full and sincere apology\u201d to the families of the crew.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "sincere apology")
    assert q["speaker"]["name"] != "LISBON"
    assert "Fishing Council" in (q["speaker"]["name"] or "")


def test_conjoined_verb_shares_the_passive_subject_not_the_agent(analyze):
    text = (
        "Port officials were angered by the settlement and predicted it would slow the inquiry "
        "into the missing containers.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "slow the inquiry")
    assert _mention(text, q["speaker"]) in ("Port officials", "officials")


def test_whoever_the_news_led_to_say_something_says_it(analyze):
    text = (
        "The sudden resignation led several council members to say that the budget vote "
        "should be delayed until the autumn.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "budget vote")
    assert "members" in (_mention(text, q["speaker"]) or "")


def test_to_say_on_a_thing_is_said_by_the_clause_subject(analyze):
    text = (
        "The magistrate pointed to an earlier ruling to say that landlords must "
        "\u201crepair the heating before the winter.\u201d\n"
    )
    doc = analyze(text)
    q = _quote(doc, "repair the heating")
    assert _mention(text, q["speaker"]) in ("The magistrate", "magistrate")


def test_apposition_names_the_speaker_of_one_of_the_men(analyze):
    text = (
        "One of the fishermen, Martin Keller, 64, had worked the same waters for decades "
        "and said he was convinced that the new quotas would ruin the village.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "new quotas")
    assert q["speaker"]["name"] == "Martin Keller"


def test_second_cue_hung_on_the_reported_clause_keeps_the_reporting_subject(analyze):
    text = (
        "Hale spoke for an hour. He said that he personally was more focused on shaping the party "
        "platform and noted that Dahl himself has acknowledged he won\u2019t be the nominee.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "be the nominee")
    assert q["speaker"]["start"] == text.index("He said")


def test_quotation_signed_on_the_next_line(analyze):
    text = (
        "Fact check of the week.\n\n"
        "\u201cAlmost all new income is going to the top one percent of households.\u201d\n\n"
        "- Arthur Pennington.\n\n"
        "The senator is relying on data from a decade ago.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "top one percent")
    assert q["speaker"]["name"] == "Arthur Pennington"


def test_participle_after_a_quotation_goes_on_with_its_speaker(analyze):
    text = (
        "To wit, Olsen told the Gazette that Henrik Dahl \u201chad a crazy policy of harbour closures "
        "which was maniacal,\u201d adding, \u201cHe lost all of the fishing vote \u2026 he lost everybody.\u201d\n"
    )
    doc = analyze(text)
    q = _quote(doc, "fishing vote")
    assert q["speaker"]["name"] == "Olsen"


def test_according_to_a_document_by_someone_names_its_maker(analyze):
    text = (
        "A living wage for a single adult in Oregon is about $14 an hour, according to calculations "
        "by Helen Marsh of the Portland Policy Institute.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "living wage")
    assert q["speaker"]["name"] == "Helen Marsh"


def test_reporting_clause_inside_the_quote_names_the_speaker(analyze):
    text = (
        "\u201cThe harbour will be ready for the regatta,\u201d said Karen Lindqvist, the port director. "
        "The city council just finished dredging the eastern basin, she said, to \u201cmake sure "
        "the biggest yachts can moor\u201d without trouble.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "biggest yachts")
    assert q["speaker"]["name"] == "Karen Lindqvist"


def test_second_reporting_verb_hung_on_the_reported_clause(analyze):
    text = (
        "Mayor Olsen said the decision was made by harbour master Piet Janssen and said, "
        "\u201cWho are you going to trust on safety at sea?\u201d\n"
    )
    doc = analyze(text)
    q = _quote(doc, "trust on safety")
    assert q["speaker"]["name"] == "Olsen"


def test_reporting_verb_set_off_by_commas_names_its_speaker_after_it(analyze):
    text = (
        "Louise Hartmann worked for the developer for a decade. "
        "And Grayson, said Hartmann, who remains friendly with her former boss, never forgives a slight.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "never forgives")
    assert q["speaker"]["name"] == "Louise Hartmann"


def test_name_right_before_the_verb_speaks_not_the_list_before_it(analyze):
    text = (
        "Walter Brandt chairs the county party. His allegiance has shifted from Maria Lopez to Rubin "
        "to, now, Kranz, Brandt said during his speech.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "His allegiance")
    assert q["speaker"]["name"] == "Walter Brandt"


def test_reporting_clause_closing_the_quote_names_the_speaker(analyze):
    text = (
        'Olsen, though, would have to "go more to the center," Kranz said.\n\n'
        '"And I\'d have the same conversation for Dahl," Kranz said. "I think Dahl has a real chance '
        'to win, and that\'s scary to a lot of people."\n\n'
        "Dahl's grasp of policy and temperament are worrying, Kranz said.\n\n"
        '"You know, it is a long race."\n'
    )
    doc = analyze(text)
    q = _quote(doc, "temperament are worrying")
    assert q["speaker"]["name"] == "Kranz"


def test_a_date_with_an_apposition_gives_way_to_the_apposition(analyze):
    text = (
        "Federal guidance issued in May has sparked legal challenges. Friday, Texas, leading a "
        "coalition of 13 states, asked a federal judge to block the rules in time for this school year.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "block the rules")
    assert q["speaker"]["name"] == "Texas"
