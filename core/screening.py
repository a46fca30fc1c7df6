"""Screening of free text that Halt staff type about a class: it must not hold personal data of young people.

What it looks for: a name after "leerling" (or "meisje", "jongen", ...) or after "meester", "juf", "mevrouw",
"meneer", phone numbers, e-mail addresses and
numbers of nine digits that pass the 11-proef (a BSN). It errs on the side of asking the writer to rephrase:
"leerling Ahmed" is refused, "de leerlingen van groep 8" is not. A validator with a Dutch message, used on every
free-text field of a visit (visits/) and of the letters to parents (lessons/letters.py).
"""

import re

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible

# A capitalised word after a word for a young person: "leerling Sanne", "het meisje Fatima", "jongen (Tim)".
NAME_AFTER_PUPIL = re.compile(
    r"\b(?i:leerling|leerlinge|scholier|student|meisje|jongen|kind|jongere|zoon|dochter)\s*[:(\"']?\s*"
    r"(?!(?:De|Het|Een|Die|Dat|Van|In|Uit|Met)\b)[A-ZÀ-Ý](?:[a-zà-ÿ]+|\.)",
)
# A title and a capitalised name: "meester Jan", "juf Sanne", "mevrouw De Vries", "meneer (Ali)". A teacher's name is
# personal data too. Only the title words start a match, so "Jan Ligthartschool" and "De Regenboog" pass.
NAME_AFTER_TITLE = re.compile(
    r"\b(?i:meester|juf|juffrouw|mevrouw|meneer|mevr\.|mr\.|dhr\.|mw\.)\s*[:(\"']?\s*"
    r"(?![\w-]*school\b)[A-ZÀ-Ý](?:[a-zà-ÿ]+|\.)"  # "Meester Siebensschool" is a school's name
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Dutch phone numbers: 06-12345678, 06 1234 5678, 010-1234567, +31 6 12345678, 0031612345678.
PHONE = re.compile(r"(?<![\w])(?:\+31|0031|0)[\s-]?(?:\d[\s-]?){8,9}\d?(?!\d)")
NINE_DIGITS = re.compile(r"(?<!\d)(\d{4}[.\s]?\d{2}[.\s]?\d{3}|\d{9})(?!\d)")


def passes_eleven_test(digits):
    """The 11-proef of a BSN: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 (and not 0)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return total != 0 and total % 11 == 0


def personal_data_found(text):
    """What kinds of personal data the text seems to hold, as Dutch phrases (empty when none)."""
    text = str(text or "")
    found = []
    if NAME_AFTER_PUPIL.search(text):
        found.append("een naam van een leerling")
    if NAME_AFTER_TITLE.search(text):
        found.append("de naam van een leerkracht of andere volwassene")
    if EMAIL.search(text):
        found.append("een e-mailadres")
    if PHONE.search(text):
        found.append("een telefoonnummer")
    if any(passes_eleven_test(re.sub(r"\D", "", match)) for match in NINE_DIGITS.findall(text)):
        found.append("een nummer dat op een BSN lijkt")
    return found


@deconstructible
class NoPersonalData:
    """A field validator: refuses text with personal data, with a Dutch message that says what it found."""

    message = "Dit veld lijkt {found} te bevatten. Schrijf geen gegevens over personen op: {advice}"
    advice = "geen namen, telefoonnummers, e-mailadressen of BSN's. Beschrijf de klas als groep."
    code = "personal_data"

    def __call__(self, value):
        found = personal_data_found(value)
        if found:
            listed = found[0] if len(found) == 1 else ", ".join(found[:-1]) + " en " + found[-1]
            raise ValidationError(self.message.format(found=listed, advice=self.advice), code=self.code)

    def __eq__(self, other):
        return isinstance(other, NoPersonalData)
