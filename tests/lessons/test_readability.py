"""The B1 readability check: Flesch-Douma scores checked by hand, and the sentences it asks the editor to simplify."""

import pytest

from lessons.models import ParentGuidePage
from lessons.readability import MIN_SCORE, analyse, guide_report
from tests.factories import DUTCH


def douma(words, sentences, syllables):
    """Flesch-Douma, written out: 206.835 - 0.93 x words per sentence - 77 x syllables per word."""
    return 206.835 - 0.93 * words / sentences - 77 * syllables / words


EASY = (
    "Uw kind kreeg een les over geld. Het ging over snel geld. Soms is dat niet eerlijk. Praat er thuis over. "
    "Vraag wat uw kind ervan vond. Luister goed en oordeel niet."
)
HARD = (
    "Ouders en verzorgers worden nadrukkelijk verzocht om in voorkomende gevallen, waarin er sprake is van "
    "vermoedelijke betrokkenheid bij financieel-economische criminaliteit, onverwijld contact op te nemen met de "
    "desbetreffende hulpverleningsinstanties. De implementatie van preventieve interventiestrategieën vereist een "
    "multidisciplinaire benadering."
)


def test_one_short_sentence_of_one_syllable_words():
    # 6 words, 6 syllables, 1 sentence
    report = analyse({"intro": ["De kat zit op de mat."]})
    assert report.score == pytest.approx(douma(6, 1, 6), abs=0.05)  # 124.3
    assert report.passes and not report.hard_sentences


def test_two_sentences_are_averaged():
    # 4 + 5 words, all of one syllable, 2 sentences
    report = analyse({"intro": ["Wij gaan naar huis. Het is laat en koud."]})
    assert report.score == pytest.approx(douma(9, 2, 9), abs=0.05)  # 125.7
    assert report.average_sentence_words == 4.5


def test_long_words_sink_the_score():
    # De(1) ge-meen-te-lij-ke(5) ver-ant-woor-de-lijk-heids-ver-de-ling(9) be-tref-fen-de(4)
    # jeugd-cri-mi-na-li-teits-pre-ven-tie(9) ver-eist(2) in-ter-dis-ci-pli-nai-re(7) sa-men-wer-kings-ver-ban-den(7)
    sentence = (
        "De gemeentelijke verantwoordelijkheidsverdeling betreffende jeugdcriminaliteitspreventie vereist "
        "interdisciplinaire samenwerkingsverbanden."
    )
    report = analyse({"intro": [sentence]})
    assert report.score == pytest.approx(douma(8, 1, 44), abs=0.05)  # -224.1
    assert not report.passes
    assert report.level == "zeer moeilijk"
    [hard] = report.hard_sentences
    assert hard.long_words == [
        "verantwoordelijkheidsverdeling",
        "jeugdcriminaliteitspreventie",
        "interdisciplinaire",
        "samenwerkingsverbanden",
    ]
    assert "gemeentelijke" not in hard.long_words  # five syllables is still an everyday word


def test_easy_dutch_is_b1():
    report = analyse({"intro": [EASY]})
    assert report.score > 100
    assert report.passes
    assert report.hard_sentences == []
    assert "voldoet aan B1" in report.summary()


def test_hard_dutch_fails_and_names_the_sentences_to_simplify():
    report = analyse({"intro": [HARD]})
    assert report.score < 0 < MIN_SCORE
    assert report.average_sentence_words > 15
    assert not report.passes
    assert "te moeilijk voor B1" in report.summary()
    first, second = report.hard_sentences
    assert first.text.startswith("Ouders en verzorgers") and first.words == 29
    assert "29 woorden, maximaal 15" in str(first)
    assert "hulpverleningsinstanties" in first.long_words
    assert second.long_words == ["interventiestrategieën", "multidisciplinaire"]


def test_long_sentences_alone_fail_b1():
    """Short words, but sentences of 20 words: a good Flesch-Douma score, yet too long for B1."""
    sentence = "Als je kind het lastig vindt om er met jou over te praten dan kun je het later nog een keer vragen."
    report = analyse({"intro": [sentence, sentence]})
    assert report.score >= MIN_SCORE
    assert report.average_sentence_words > 15
    assert not report.passes


def test_each_sentence_is_traced_to_its_field_and_list_items_count_as_sentences():
    report = analyse(
        {
            "intro": [EASY],
            "conversation_starters": ["Wat vond je van de les", "Zet samen tweestapsverificatie aan"],
        }
    )
    assert [(s.field, s.text) for s in report.hard_sentences] == [
        ("conversation_starters", "Zet samen tweestapsverificatie aan.")
    ]
    assert report.sentences_in("intro") == []


def test_no_text_is_not_judged():
    report = analyse({"intro": ["", None], "meeting": ["   "]})
    assert report.score is None and report.passes
    assert "nog geen tekst" in report.summary()


def test_web_addresses_do_not_split_sentences():
    report = analyse({"what_you_can_do": ["Kijk op discriminatie.nl of bel 0800-0000."]})
    assert report.sentences == 1


@pytest.mark.django_db
def test_every_demo_parent_guide_reads_at_b1(demo):
    guides = ParentGuidePage.objects.live().filter(**DUTCH)  # the B1 check is for Dutch text
    assert guides.exists()
    for guide in guides:
        report = guide_report(guide)
        assert report.passes, f"{guide.title}: {report.summary()}"
