"""lessons/address.py: a parent guide addresses the parent as "u" or as "je", never both."""

import pytest

from lessons.address import forms_in, guide_address


@pytest.mark.parametrize(
    "text, forms",
    [
        ("Uw kind kreeg een les. Praat er thuis over.", {"u"}),
        ("Luister eerst. Geef u zelf de tijd.", {"u"}),
        ("Je kind kreeg een les. Praat er met jouw kind over.", {"je"}),
        ("Een mes maakt je niet veiliger.", {"je"}),  # generic "je" counts too
        ("Zeg tegen uw kind: 'Je kunt altijd bij mij terecht.'", {"u"}),  # quoted speech is left out
        ("Vraag: “Wat vond jij ervan?”", set()),
        ("Praat over foto's en euro's met uw kind.", {"u"}),  # an apostrophe in a word is no quote
        ("Jeugd, juist, uitleg en jeans: geen aanspreekvorm.", set()),
        ("U kunt bellen. Daarna weet je meer.", {"u", "je"}),
    ],
)
def test_forms_in(text, forms):
    assert forms_in(text) == forms


def test_a_guide_in_u_with_questions_for_the_child_is_not_mixed():
    texts = {
        "intro": ["Uw kind kreeg een les over groepsdruk."],
        "conversation_starters": ["Wat heb je geleerd?", "Wanneer zeg jij nee?"],  # to the child: always "je"
        "what_you_can_do": ["Luister eerst."],
    }
    address = guide_address(texts)
    assert address.forms == {"u"} and not address.mixed
    assert address.summary() == "Aanspreekvorm: u."


def test_a_mixed_guide_names_where_each_form_is_used():
    texts = {
        "intro": ["Uw kind kreeg een les over wapens."],
        "learned_bewustwording": ["Een mes maakt je niet veiliger."],
    }
    address = guide_address(texts)
    assert address.mixed
    assert "“je” in “Een mes maakt je niet veiliger.”" in address.summary()
    assert address.summary().startswith("Aanspreekvorm gemengd")
