"""Search: every offer by its title and by everyday words, facet counts, presenter-only text, bad input."""

import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.utils.html import strip_tags
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from curriculum.models import ThemePage
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage

pytestmark = pytest.mark.django_db


def result_titles(response):
    html = response.content.decode()
    return [unescape(strip_tags(t)).strip() for t in re.findall(r'<h3><a href="[^"]+">(.*?)</a></h3>', html)]


def result_count(response):
    return int(
        re.search(r'class="results__count"[^>]*>(?:<span[^>]*>)?(\d+) resulta', response.content.decode()).group(1)
    )


@pytest.mark.parametrize("model", [ThemePage, LessonPage, ParentGuidePage, ProfessionalGuidePage])
def test_every_offer_is_found_by_its_own_title(client, demo, model):
    for page in model.objects.live():
        titles = result_titles(client.get("/zoeken/", {"q": page.title}))
        assert page.title in titles[:10], f"{page.title!r} not among the first results: {titles[:10]}"


@pytest.mark.parametrize(
    ("words", "official"),
    [("groepsdruk", "Invloed van de groep"), ("money mule", "Geldezels"), ("nudes", "Sexting education")],
)
def test_everyday_words_find_the_official_titles(client, demo, words, official):
    titles = result_titles(client.get("/zoeken/", {"q": words}))
    assert official in titles[:3], titles


def test_an_editors_promotion_comes_first(client, demo):
    target = LessonPage.objects.get(slug="geldezels-mbo")
    query = Query.get("bankpas")
    SearchPromotion.objects.create(query=query, page=target, sort_order=0)
    assert result_titles(client.get("/zoeken/", {"q": "bankpas"}))[0] == target.title


def test_results_highlight_the_match_and_name_the_page_type(client, demo):
    html = client.get("/zoeken/", {"q": "geldezel"}).content.decode()
    assert "<mark>" in html.lower()
    assert "Les" in html and "Thema" in html


def test_an_empty_query_browses_everything(client, demo):
    total = sum(
        model.objects.live().count() for model in (ThemePage, LessonPage, ParentGuidePage, ProfessionalGuidePage)
    )
    assert result_count(client.get("/zoeken/")) == total


def test_facet_counts_match_the_results_they_lead_to(client, demo):
    html = client.get("/zoeken/", {"q": "geld"}).content.decode()
    for value, count in re.findall(r'id="f-leeftijd-([\w-]+)".*?\((\d+)\)', html, re.S):
        narrowed = client.get("/zoeken/", {"q": "geld", "leeftijd": value})
        assert result_count(narrowed) == int(count), value


def test_facets_narrow_the_results(client, demo):
    everything = result_count(client.get("/zoeken/", {"q": "geld"}))
    parents = client.get("/zoeken/", {"q": "geld", "doelgroep": "ouders"})
    assert 0 < result_count(parents) < everything
    assert all("Gesprekshulp" in title for title in result_titles(parents))


SECRET_PHRASE = "kwispelende zeppelinvork"


@pytest.fixture
def presenter_only_phrase(demo):
    """A lesson whose presenter notes, and nothing public anywhere, hold a unique phrase."""
    lesson = LessonPage.objects.get(slug="geldezels-vo-onderbouw")
    raw = lesson.activities.raw_data
    raw[0]["value"]["presenter_notes"] = f"<p>Let op de {SECRET_PHRASE} in de klas.</p>"
    lesson.activities = raw
    lesson.save_revision().publish()
    assert SECRET_PHRASE in lesson.presenter_text()
    return SECRET_PHRASE, lesson


def test_a_phrase_only_in_presenter_notes_is_not_findable_anonymously(client, presenter_only_phrase):
    phrase, lesson = presenter_only_phrase
    assert result_count(client.get("/zoeken/", {"q": phrase})) == 0
    suggestions = client.get("/zoeken/suggesties/", {"q": phrase}).json()["results"]
    assert lesson.title not in [s["title"] for s in suggestions]


def test_a_halt_medewerker_finds_presenter_notes(client, presenter_only_phrase):
    phrase, lesson = presenter_only_phrase
    client.force_login(get_user_model().objects.get(username="medewerker"))
    assert lesson.title in result_titles(client.get("/zoeken/", {"q": phrase}))


BAD_QUERIES = [
    "a" * 10_000,
    "\x00\x01\x02 geld \x1f",
    '"',
    '"unbalanced',
    "*",
    "geld*",
    "AND",
    "geld AND OR NOT",
    "NEAR(",
    "NEAR(geld wapens, 2)",
    "title:geld",
    "(((",
    "-",
    "'",
    "%",
    "\\",
    "😀 emoji",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_hostile_queries_get_a_page_not_an_error(client, demo, query):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert client.get("/zoeken/suggesties/", {"q": query}).status_code == 200


def test_a_very_long_query_says_it_was_shortened(client, demo):
    assert "erg lang" in client.get("/zoeken/", {"q": "geld " * 2000}).content.decode()


def test_unknown_facet_values_and_repeated_parameters_are_handled(client, demo):
    response = client.get("/zoeken/?q=geld&q=wapens&leeftijd=kleuters&leeftijd=mbo&doel=%ff&pagina=999")
    assert response.status_code == 200
    html = response.content.decode()
    assert "kent de waarde ‘kleuters’ niet" in html
    assert result_count(response) > 0


def test_autocomplete_suggests_titles(client, demo):
    results = client.get("/zoeken/suggesties/", {"q": "geldez"}).json()["results"]
    assert any(result["title"] == "Geldezels" for result in results)
    assert client.get("/zoeken/suggesties/", {"q": "g"}).json() == {"results": []}


@pytest.mark.parametrize(("word", "title"), [("wapen", "Wapens en geweld"), ("geldezel", "Geldezels")])
def test_a_word_finds_its_inflections(client, demo, word, title):
    """Dutch stemming on PostgreSQL, prefix matching on SQLite: the singular finds the plural title."""
    assert title in result_titles(client.get("/zoeken/", {"q": word}))[:3]
