"""The class's page /klas/<code>/ speaks the language of its URL; without a language prefix it stays Dutch whatever
the browser asks (core/i18n.py), and the pupils' goal check is Dutch in every URL.

The views are called as the language prefix will route them (/ar/klas/<code>/) with the language that Django's
LocaleMiddleware activates for such a URL.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory, override_settings
from django.utils import translation

from tests.factories import LessonPageFactory
from tests.visits.factories import VisitFactory
from visits import views

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("arabic_is_a_site_language")]


@pytest.fixture
def arabic_is_a_site_language():
    languages = dict(settings.LANGUAGES) | {"ar": "العربية"}  # until the translations add it to the settings
    with override_settings(LANGUAGES=list(languages.items())):
        yield


@pytest.fixture
def visit(theme):
    return VisitFactory(lesson=LessonPageFactory(parent=theme))


def get(view, path, code, language):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    with translation.override(language):
        return view(request, code)


def test_the_visit_page_under_an_arabic_url_is_arabic_and_right_to_left(visit):
    html = get(views.visit_page, f"/ar/klas/{visit.code}/", visit.code, "ar").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert f"رمز هذه الزيارة: <strong>{visit.code}</strong>" in html


def test_without_a_language_prefix_the_visit_page_stays_dutch_for_an_arabic_browser(client, visit):
    html = client.get(f"/klas/{visit.code}/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '<html lang="nl" dir="ltr">' in html
    assert f"Code van dit bezoek: <strong>{visit.code}</strong>" in html


def test_an_unknown_code_under_an_arabic_url_gets_an_arabic_404():
    response = get(views.visit_page, "/ar/klas/HALT-XXXX-XX/", "HALT-XXXX-XX", "ar")
    assert response.status_code == 404
    assert "هذا الرمز غير معروف لدينا" in response.content.decode()


def test_the_goal_check_stays_dutch_under_an_arabic_url(visit):
    html = get(views.goal_check, f"/ar/klas/{visit.code}/vragen/", visit.code, "ar").content.decode()
    assert '<html lang="nl" dir="ltr">' in html
