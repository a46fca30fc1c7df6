"""A page not translated yet: the Dutch page under the language, saying so (the pages of test_pages.py are
translated into every language for the whole module)."""

import pytest

from tests.i18n.conftest import translate

pytestmark = pytest.mark.django_db


def test_a_guide_not_translated_yet_is_the_dutch_guide_under_the_language(client, catalogue):
    translate(catalogue.home, "ar")  # the home only

    response = client.get(f"/ar{catalogue.parent_guide.url}")

    html = response.content.decode()
    assert response.status_code == 200
    assert catalogue.parent_guide.intro in html
    assert '<main id="inhoud" tabindex="-1" lang="nl" dir="ltr">' in html
    assert f'<link rel="canonical" href="http://testserver{catalogue.parent_guide.url}">' in html
