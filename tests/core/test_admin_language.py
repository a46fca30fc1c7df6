"""The admin is Dutch for everyone whatever the browser's Accept-Language; an editor's own preference still wins."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from lessons.governance import EINDREDACTIE
from tests.factories import account

pytestmark = pytest.mark.django_db
ENGLISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}


def test_the_admin_is_dutch_for_an_english_browser(client):
    client.force_login(account("eindredacteur", EINDREDACTIE))
    response = client.get(reverse("wagtailadmin_home"), **ENGLISH_BROWSER)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in html
    assert "Uitloggen" in html and "Log out" not in html


def test_the_admin_login_is_dutch_for_an_english_browser(client):
    html = client.get(reverse("wagtailadmin_login"), **ENGLISH_BROWSER).content.decode()
    assert '<html lang="nl"' in html
    assert "Inloggen" in html and "Sign in" not in html


def test_djangos_admin_is_dutch_too(client):
    html = client.get(reverse("admin:login"), **ENGLISH_BROWSER).content.decode()
    assert '<html lang="nl"' in html


def test_an_editor_who_chose_english_gets_english(client):
    editor = account("eindredacteur", EINDREDACTIE)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '<html lang="en"' in html and "Log out" in html


def test_the_public_site_takes_its_language_from_the_url_only(client):
    """The public site's language is the URL's prefix (core/i18n.py): an English browser reads unprefixed URLs in
    Dutch, so one URL never has two languages (tests/i18n/ for the pages themselves)."""
    response = client.get("/robots.txt", **ENGLISH_BROWSER)
    assert response.headers.get("Content-Language") == "nl"
    assert "Accept-Language" not in response.headers.get("Vary", "")
