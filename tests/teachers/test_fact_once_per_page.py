"""A legal fact cited by two activities shows once on the lesson page; the later citation refers back to it."""

import pytest

from curriculum.vocabularies import Goal
from tests.factories import LegalFactFactory, activity, cites, published_lesson

pytestmark = pytest.mark.django_db


def test_a_fact_cited_twice_is_shown_once_and_referred_to(client, theme):
    fact = LegalFactFactory(statement="Openlijk geweld in een groep is strafbaar.", article="artikel 141")
    activities = [
        activity("Uitleg", 10, Goal.KENNIS, facts=cites(fact)),
        activity("Casus", 10, Goal.BEWUSTWORDING, facts=cites(fact)),
    ]
    html = client.get(published_lesson(theme, slug="twee-keer", activities=activities).url).content.decode()
    assert html.count(fact.statement) == 1
    assert html.count(f'id="wetsfeit-{fact.pk}"') == 1
    assert html.index(fact.statement) < html.index(f'href="#wetsfeit-{fact.pk}"')
