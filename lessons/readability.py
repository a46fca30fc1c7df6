"""The B1 check for parent guides: a Flesch-Douma score, the average sentence length and the sentences to simplify.

Parents read the guides on a phone, in plain Dutch (B1): short sentences, common words. textstat with the Dutch
configuration computes Flesch-Douma (206.835 - 0.93 x words per sentence - 77 x syllables per word); on top of
that each sentence is checked on its own for length and for long words, so the editor sees what to rewrite.
"""

import re
from dataclasses import dataclass, field

import textstat
from django.conf import settings

MIN_SCORE = 60  # Flesch-Douma: 60-70 is "normaal", the level of B1 texts; below 60 is too hard for parents
MAX_AVERAGE_SENTENCE_WORDS = 15
MAX_SENTENCE_WORDS = 15
LONG_WORD_SYLLABLES = 6  # "verantwoordelijkheid", "tweestapsverificatie"; a hyphenated word counts per part

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")  # not inside "discriminatie.nl"
INNER_DOT = re.compile(r"(?<=\w)\.(?=\w)")  # "discriminatie.nl", "10.30": one word for textstat, no sentence end
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")

LEVELS = [  # Douma's bands, lowest score first
    (30, "zeer moeilijk"),
    (50, "moeilijk"),
    (60, "vrij moeilijk"),
    (70, "normaal (B1)"),
    (80, "vrij makkelijk"),
    (90, "makkelijk"),
]


def syllables(word):
    """Syllables by Pyphen's Dutch hyphenation, of the longest part of a hyphenated word ("Halt-medewerker").

    `analyse` sets textstat to Dutch first.
    """
    return max(textstat.syllable_count(part) for part in re.split(r"[-'’]", word) if part)


@dataclass
class HardSentence:
    field: str
    text: str
    words: int
    long_words: list = field(default_factory=list)

    @property
    def reasons(self):
        reasons = []
        if self.words > MAX_SENTENCE_WORDS:
            reasons.append(f"{self.words} woorden, maximaal {MAX_SENTENCE_WORDS}")
        if self.long_words:
            reasons.append("lange woorden: " + ", ".join(self.long_words))
        return reasons

    def __str__(self):
        return f"“{self.text}” ({'; '.join(self.reasons)})"


@dataclass
class Report:
    score: float | None  # None when there is no text to judge
    average_sentence_words: float
    sentences: int
    hard_sentences: list

    @property
    def passes(self):
        if self.score is None:
            return True
        return self.score >= MIN_SCORE and self.average_sentence_words <= MAX_AVERAGE_SENTENCE_WORDS

    @property
    def level(self):
        if self.score is None:
            return "geen tekst"
        return next((label for limit, label in LEVELS if self.score < limit), "zeer makkelijk")

    def summary(self):
        if self.score is None:
            return "Leesbaarheid: nog geen tekst om te beoordelen."
        verdict = "voldoet aan B1" if self.passes else "te moeilijk voor B1"
        return (
            f"Leesbaarheid {self.score:.0f} ({self.level}; B1 vraagt minimaal {MIN_SCORE}), "
            f"gemiddeld {self.average_sentence_words:.0f} woorden per zin (maximaal "
            f"{MAX_AVERAGE_SENTENCE_WORDS}): {verdict}."
        )

    def sentences_in(self, field_name):
        return [sentence for sentence in self.hard_sentences if sentence.field == field_name]


def as_sentence(text):
    """A list item or a field without a full stop still counts as a sentence of its own."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?…" else f"{text}."


def split_sentences(text):
    return [sentence.strip() for sentence in SENTENCE_END.split(text) if WORD.search(sentence)]


def analyse(fields):
    """Judge texts given as {field name: [text, ...]}; the report names the field of each sentence to simplify."""
    texts = {name: [as_sentence(text) for text in values if text and text.strip()] for name, values in fields.items()}
    whole = INNER_DOT.sub("", " ".join(text for values in texts.values() for text in values))
    if not WORD.search(whole):
        return Report(score=None, average_sentence_words=0, sentences=0, hard_sentences=[])
    textstat.set_lang("nl")
    hard = []
    for name, values in texts.items():
        for sentence in (s for text in values for s in split_sentences(text)):
            words = WORD.findall(sentence)
            long_words = [word for word in words if syllables(word) >= LONG_WORD_SYLLABLES]
            if len(words) > MAX_SENTENCE_WORDS or long_words:
                hard.append(HardSentence(name, sentence, len(words), list(dict.fromkeys(long_words))))
    return Report(
        score=round(textstat.flesch_reading_ease(whole), 1),
        average_sentence_words=round(textstat.words_per_sentence(whole), 1),
        sentences=textstat.sentence_count(whole),
        hard_sentences=hard,
    )


def guide_texts(get):
    """The reader-facing texts of a parent guide, per form field; `get(name)` returns a field's value."""

    def items(value):
        return [str(child.value) for child in value or []]

    return {
        "intro": [get("intro")],
        "learned_kennis": [get("learned_kennis")],
        "learned_bewustwording": [get("learned_bewustwording")],
        "learned_handelingsperspectief": [get("learned_handelingsperspectief")],
        "conversation_starters": items(get("conversation_starters")),
        "what_you_can_do": items(get("what_you_can_do")),
        "meeting": [get("meeting")],
    }


def is_dutch(page):
    """The check measures Dutch (Flesch-Douma): a translation of a guide into a parent's language is not scored.
    A page not saved yet has no locale: it is written in the default language, Dutch."""
    return page.locale_id is None or page.locale.language_code == settings.LANGUAGE_CODE


def guide_report(guide):
    return analyse(guide_texts(lambda name: getattr(guide, name)))
