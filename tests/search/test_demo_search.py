"""Search over the whole demo catalogue: every demo offer is found by its title, and the demo's everyday words and
inflections find their themes among hundreds of pages. Marked `demo` (tests/conftest.py): runs with the demo."""

import pytest
from django.conf import settings

from curriculum.models import ThemePage
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage
from tests.search.test_search import result_titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [ThemePage, LessonPage, ParentGuidePage, ProfessionalGuidePage])
def test_every_demo_offer_is_found_by_its_own_title(client, demo, model):
    # The Dutch pages: search reads Dutch only (a translated guide is found through its Dutch original).
    pages = model.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    assert pages.exists()
    for page in pages:
        titles = result_titles(client.get("/zoeken/", {"q": page.title}))
        assert page.title in titles[:10], f"{page.title!r} not among the first results: {titles[:10]}"


@pytest.mark.parametrize(
    ("words", "official"),
    [("groepsdruk", "Invloed van de groep"), ("money mule", "Geldezels"), ("nudes", "Sexting education")],
)
def test_the_demos_everyday_words_find_the_official_titles(client, demo, words, official):
    titles = result_titles(client.get("/zoeken/", {"q": words}))
    assert official in titles[:3], titles


@pytest.mark.parametrize(("word", "title"), [("wapen", "Wapens en geweld"), ("geldezel", "Geldezels")])
def test_a_word_finds_the_demo_theme_with_its_plural_title(client, demo, word, title):
    assert title in result_titles(client.get("/zoeken/", {"q": word}))[:3]
