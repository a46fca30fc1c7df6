"""The public pages around the translations speak the active language: `lang`, `dir` and the interface text.

The pages are served under `translation.override` (the language the URL will choose once the translations are
routed per language); Dutch stays exactly as it was.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory, override_settings
from django.utils import translation

from tests.factories import ParentGuidePageFactory, publish

pytestmark = pytest.mark.django_db

LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "i18n-ui-pages"}}
# Per language: the skip link, a heading of the parent guide and the label of the first goal.
EXPECTED = {
    "nl": ("ltr", "Naar de inhoud", "Wat uw kind heeft geleerd", "Kennis"),
    "en": ("ltr", "Skip to content", "What your child has learned", "Knowledge"),
    "ar": ("rtl", "انتقل إلى المحتوى", "ما تعلّمه طفلك", "المعرفة"),
    "tr": ("ltr", "İçeriğe geç", "Çocuğunuzun öğrendikleri", "Bilgi"),
    "pl": ("ltr", "Przejdź do treści", "Czego nauczyło się Państwa dziecko", "Wiedza"),
    "uk": ("ltr", "Перейти до вмісту", "Чого навчилася ваша дитина", "Знання"),
}


def serve(page, language):
    request = RequestFactory().get(page.url)
    request.user = AnonymousUser()
    with translation.override(language):
        response = page.serve(request)
        response.render()
    return response.content.decode()


@pytest.mark.parametrize("language", EXPECTED)
def test_a_parent_guide_speaks_the_active_language(theme, language):
    direction, skip_link, heading, goal = EXPECTED[language]
    guide = publish(ParentGuidePageFactory(parent=theme, slug="ouders"))
    html = serve(guide, language)
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f'href="#inhoud">{skip_link}</a>' in html
    assert f'<h2 id="geleerd">{heading}</h2>' in html
    assert f'<span class="badge badge--kennis">{goal}</span>' in html


@override_settings(CACHES=LOCMEM)
def test_the_cached_fragment_of_the_home_page_is_kept_per_language(site, theme):
    """The audience and theme lists are cached once per catalogue version: a language must not get another's."""
    home = site[0]
    assert '<h2 id="themas">Thema\'s</h2>' in serve(home, "nl")
    assert '<h2 id="themas">المواضيع</h2>' in serve(home, "ar")
    assert '<h2 id="themas">Thema\'s</h2>' in serve(home, "nl")
