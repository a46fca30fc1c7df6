"""A URL without a language prefix is Dutch whatever the browser asks (core/i18n.py); the admin keeps its
own rule (core/admin_language.py)."""

import pytest
from django.conf import settings
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("browser_language", ["en-US,en;q=0.9", "ar", "uk,pl;q=0.8"])
def test_an_unprefixed_public_page_is_dutch_for_any_browser(client, site, browser_language):
    languages = dict(settings.LANGUAGES) | {"ar": "العربية", "uk": "Українська", "pl": "Polski"}
    with override_settings(LANGUAGES=list(languages.items())):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=browser_language)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl" dir="ltr">' in html
    assert 'href="#inhoud">Naar de inhoud</a>' in html
