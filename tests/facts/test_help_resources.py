"""Help resources (phone numbers shown to parents and pupils) have revisions, drafts, the review workflow and a
review-by date: a changed number reaches the site only when it is published."""

import datetime

import pytest

from lessons.models.guides import ParentGuideHelpResource
from tests.factories import HelpResourceFactory, ParentGuidePageFactory

pytestmark = pytest.mark.django_db


def test_a_draft_phone_number_never_shows(client, theme):
    line = HelpResourceFactory(name="Hulplijn test", phone="0800-1111")
    guide = ParentGuidePageFactory(parent=theme, slug="ouders-hulp")
    ParentGuideHelpResource.objects.create(page=guide, resource=line)
    guide.save_revision().publish()
    line.phone = "0800-9999"
    line.save_revision()  # a draft, waiting for review
    html = client.get(guide.url).content.decode()
    assert "0800-1111" in html and "0800-9999" not in html
    line.get_latest_revision().publish()
    assert "0800-9999" in client.get(guide.url).content.decode()


def test_help_resources_go_through_the_workflow_and_have_a_review_date():
    line = HelpResourceFactory(review_by=datetime.date.today())
    assert line.get_workflow() is not None
    assert line.review_by == datetime.date.today()


def test_help_resources_due_for_review_are_on_the_dashboard(client):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    HelpResourceFactory(name="Oude hulplijn", review_by=datetime.date.today() - datetime.timedelta(days=2))
    HelpResourceFactory(name="Nieuwe hulplijn", review_by=datetime.date.today() + datetime.timedelta(days=300))
    client.force_login(get_user_model().objects.create_superuser("beheer-hulp", "h@halt.example", "x"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Oude hulplijn" in html and "Nieuwe hulplijn" not in html
