"""/wet-en-regels/ is where people look for it: in the footer, on the parents' index and under cited facts."""

import pytest
from django.urls import reverse

from curriculum.vocabularies import Goal
from lessons.models import ParentIndexPage
from tests.factories import LegalFactFactory, ParentGuidePageFactory, activity, cites, publish, published_lesson

pytestmark = pytest.mark.django_db


def all_facts_links(html):
    return html.count(f'href="{reverse("legal_facts")}"')


def test_the_footer_links_the_register(client, site):
    assert all_facts_links(client.get(site[1].url).content.decode()) == 1


def test_the_parents_index_links_the_register(client, site):
    index = site[0].add_child(instance=ParentIndexPage(title="Ouders", slug="ouders", intro="Voor ouders."))
    assert all_facts_links(client.get(index.url).content.decode()) == 2  # footer and the page


def test_facts_on_a_guide_and_a_lesson_link_the_register(client, theme):
    fact = LegalFactFactory()
    guide = publish(ParentGuidePageFactory(parent=theme, legal_facts=[("fact", {"fact": fact})]))
    assert all_facts_links(client.get(guide.url).content.decode()) == 2
    activities = [activity("Uitleg", 10, Goal.KENNIS, facts=cites(fact))]
    page = published_lesson(theme, title="Les", slug="les-met-wet", activities=activities)
    assert all_facts_links(client.get(page.url).content.decode()) == 2
