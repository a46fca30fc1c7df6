"""The class-visit page (a Django view, not a Wagtail page) answers under every language prefix too. Its words
follow the URL's language once the visit views stop forcing Dutch (the i18n-ui branch); here: the routing."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.i18n.conftest import LANGUAGES
from tests.visits.conftest import lesson, theme, visit  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_visit_page_answers_under_the_language_prefix(client, visit, language):  # noqa: F811
    dutch_url = reverse("visits:visit", args=[visit.code])
    with translation.override(language):
        url = reverse("visits:visit", args=[visit.code])

    response = client.get(url)

    assert url == f"/{language}{dutch_url}" and dutch_url.startswith("/klas/")
    assert response.status_code == 200 and visit.code in response.content.decode()
    assert '<html lang="nl" dir="ltr">' in client.get(dutch_url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
