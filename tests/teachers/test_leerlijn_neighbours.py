"""Previous/next "in de leerlijn" links only lessons of one offer type: a voorlichting never leads to an
interventie or a traject (review #12: Sportiviteit en Respect → Controle is Winnen)."""

import pytest

from curriculum.vocabularies import OfferType
from tests.factories import published_lesson

pytestmark = pytest.mark.django_db


def test_the_leerlijn_skips_offers_of_another_type(theme):
    first = published_lesson(theme, band="po-groep-7-8", title="Sportiviteit", slug="sportiviteit")
    published_lesson(theme, band="vo-onderbouw", title="Controle", slug="controle", offer_type=OfferType.INTERVENTIE)
    second = published_lesson(theme, band="vo-bovenbouw", title="Sport en gedrag", slug="sport-en-gedrag")
    published_lesson(theme, band="mbo", title="Herstel", slug="herstel", offer_type=OfferType.TRAJECT)
    assert first.leerlijn_neighbours == (None, second)
    assert second.leerlijn_neighbours == (first, None)
