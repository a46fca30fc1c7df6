"""The listing and search cache (search/views.py): results and facets per catalogue version, normalised parameters
and permission. Query counts and what each visitor sees, never time (bench/run.py measures that)."""

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext

from curriculum.facets import ListingFilters
from curriculum.models import AgeBand
from curriculum.vocabularies import Goal
from search.catalogue import catalogue_index
from search.views import normalised_params
from tests.factories import LessonPageFactory, activity

pytestmark = pytest.mark.django_db

LISTING = "/voorlichtingen/?leeftijd=vo-onderbouw&setting=school&leeftijd=mbo"
SAME_LISTING = "/voorlichtingen/?setting=school&leeftijd=mbo&onbekend=1&leeftijd=vo-onderbouw&leeftijd=xyz"
SEARCH = "/zoeken/?q=geldezels&leeftijd=mbo&leeftijd=vo-onderbouw"
SAME_SEARCH = "/zoeken/?leeftijd=vo-onderbouw&q=geldezels&leeftijd=mbo"
CACHED_QUERIES = 2  # the site and the catalogue version: nothing else when the listing comes from the cache


def listing_of(response):
    html = response.content.decode()
    return html[html.index('<div class="listing">') : html.index("</main>")]


def counted(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return response, len(captured.captured_queries)


@pytest.mark.parametrize(("first", "second"), [(LISTING, SAME_LISTING), (SEARCH, SAME_SEARCH)])
def test_the_same_question_in_another_order_is_answered_from_the_cache(client, catalogue, caches_on, first, second):
    filled, filling_queries = counted(client, first)
    served, serving_queries = counted(client, second)
    assert serving_queries == CACHED_QUERIES < filling_queries
    assert listing_of(served) == listing_of(filled)
    assert ("xyz" in served.content.decode()) == ("xyz" in second)  # the notice about it is the visitor's own
    assert "xyz" not in listing_of(served)


def test_a_published_lesson_appears_at_once(client, catalogue, caches_on):
    url = "/voorlichtingen/?leeftijd=mbo"
    assert "Nieuwe les over geld" not in client.get(url).content.decode()
    _cached, cached_queries = counted(client, url)
    assert cached_queries == CACHED_QUERIES
    lesson = LessonPageFactory(parent=catalogue.theme, title="Nieuwe les over geld")
    lesson.age_bands.set(AgeBand.objects.filter(slug="mbo"))
    lesson.save_revision().publish()
    assert "Nieuwe les over geld" in client.get(url).content.decode()


def test_parameters_are_normalised_known_values_in_the_vocabularys_order(catalogue):
    index = catalogue_index(catalogue.home)
    asked = QueryDict("setting=school&q=x&leeftijd=mbo&onbekend=1&leeftijd=vo-onderbouw&leeftijd=xyz&leeftijd=mbo")
    params = normalised_params("geld", ListingFilters(asked, index.choices))
    assert params == [("q", "geld"), ("leeftijd", "vo-onderbouw"), ("leeftijd", "mbo"), ("setting", "school")]
    again = QueryDict("leeftijd=vo-onderbouw&leeftijd=mbo&setting=school")
    assert normalised_params("geld", ListingFilters(again, index.choices)) == params


def test_a_presenters_search_is_never_served_to_anyone_else(client, catalogue, caches_on):
    """Staff search also matches presenter-only text; its cached listing is keyed by permission."""
    lesson = LessonPageFactory(
        parent=catalogue.theme,
        title="Les met een geheime aanpak",
        activities=[activity("Opening", 30, Goal.KENNIS, notes="Vertel over de zeekoeienmethode.")],
    )
    lesson.save_revision().publish()
    url = "/zoeken/?q=zeekoeienmethode"
    staff = Client()
    user = User.objects.create_user("medewerker-zoekt", password="x")
    user.groups.add(Group.objects.get(name="Halt-medewerker"))
    staff.force_login(user)
    assert lesson.title in staff.get(url).content.decode()
    assert lesson.title in staff.get(url).content.decode()  # from the cache
    anonymous = client.get(url)
    assert lesson.title not in anonymous.content.decode()
    assert "0 resultaten" in anonymous.content.decode()


def test_a_page_past_the_last_is_named_per_request_and_never_cached_as_a_listing(client, catalogue, caches_on):
    """The cached entry of a page past the last holds only the last page's number: each request names its own
    page, and the first page is not served the message."""
    url = "/voorlichtingen/?leeftijd=mbo&leeftijd=kleuters"
    for _ in range(2):  # filled, then from the cache
        response = client.get(url + "&pagina=7")
        assert response.status_code == 404
        html = response.content.decode()
        assert "Pagina 7 bestaat niet" in html and "kleuters" in html
    other = client.get("/voorlichtingen/?leeftijd=mbo&pagina=8").content.decode()
    assert "Pagina 8 bestaat niet" in other and "kleuters" not in other
    first = client.get("/voorlichtingen/?leeftijd=mbo")
    assert first.status_code == 200 and "bestaat niet" not in first.content.decode()
    assert catalogue.lesson_mbo.title in first.content.decode()
