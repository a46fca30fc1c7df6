import re

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from core.screening import NoPersonalData, passes_eleven_test, personal_data_found
from visits import codes


def test_new_codes_have_the_readable_format_and_no_ambiguous_symbols():
    generated = {codes.new_code() for _ in range(2000)}
    assert len(generated) == 2000  # 595 million possibilities: no collisions in a sample this small
    for code in generated:
        assert codes.CODE_PATTERN.match(code), code
        assert re.match(r"^HALT-[A-Z0-9]{4}-[A-Z0-9]{2}$", code)
        assert not set(code[5:]) & set("01OIL")


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("HALT-7KQ4-MX", "HALT-7KQ4-MX"),
        ("halt-7kq4-mx", "HALT-7KQ4-MX"),
        ("halt 7kq4mx", "HALT-7KQ4-MX"),
        ("7KQ4MX", "HALT-7KQ4-MX"),
        ("HALT-7KQ0-MX", ""),  # 0 is never used
        ("HALT-7KQ4-M", ""),
        ("HALT-7KQ4-MXX", ""),
        ("", ""),
        ("x" * 10_000, ""),
        ("HALT-7KQ4-M\u00d8", ""),
    ],
)
def test_typed_codes_are_normalised_or_refused(typed, canonical):
    assert codes.normalise(typed) == canonical


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("De leerling Ahmed was stil.", "naam"),
        ("Gesprek met leerling (Sanne) na afloop", "naam"),
        ("meisje Fatima vertelde iets", "naam"),
        ("Leerling Tim had vragen", "naam"),
        ("leerling K. bleef na de les", "naam"),
        ("Mail de mentor: j.jansen@school.nl", "e-mailadres"),
        ("Bel 06-12345678 terug", "telefoonnummer"),
        ("Bel 06 1234 5678 terug", "telefoonnummer"),
        ("Tel. +31 6 12345678", "telefoonnummer"),
        ("School: 010-1234567", "telefoonnummer"),
        ("BSN 111222333", "BSN"),
        ("nummer 1112.22.333", "BSN"),
        ("Klas van meester Jan de Vries", "leerkracht"),
        ("groep 8 van juf Sanne", "leerkracht"),
        ("Mevrouw De Vries, groep 7", "leerkracht"),
        ("klas van meneer (Ali)", "leerkracht"),
    ],
)
def test_personal_data_is_found(text, kind):
    found = " ".join(personal_data_found(text))
    assert kind in found, (text, found)
    with pytest.raises(ValidationError) as error:
        NoPersonalData()(text)
    assert "Schrijf geen gegevens over personen op" in error.value.messages[0]


@pytest.mark.parametrize(
    "text",
    [
        "De leerlingen van groep 8 deden goed mee.",
        "Leerling-mentoren hielpen bij de dilemma's.",
        "Veel vragen over De Jonge Onderzoekers en Het Baken.",
        "De klas had 27 leerlingen; les duurde 50 minuten op 12-03-2026.",
        "Ordernummer 123456789 van de printer",  # nine digits, but not a BSN (fails the 11-proef)
        "Jan Ligthartschool",  # schools named after people are school names
        "De Regenboog",
        "OBS Meester Siebensschool",  # a title inside one word of a school name
        "De juffen en meesters van groep 8 waren erbij.",
        "",
    ],
)
def test_ordinary_notes_pass(text):
    assert personal_data_found(text) == []
    NoPersonalData()(text)


def test_the_eleven_test():
    assert passes_eleven_test("111222333")
    assert not passes_eleven_test("123456789")
    assert not passes_eleven_test("000000000")
    assert not passes_eleven_test("12345678")


@given(st.text(max_size=200))
def test_normalise_never_fails_and_returns_a_valid_code_or_nothing(text):
    result = codes.normalise(text)
    assert result == "" or codes.CODE_PATTERN.match(result)


@given(st.text(max_size=2000))
def test_screening_never_fails(text):
    assert isinstance(personal_data_found(text), list)
