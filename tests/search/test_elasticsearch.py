"""Elasticsearch: the mapping and query bodies we build, the fallback when it is unreachable, and, when
ELASTICSEARCH_URL points at a server, the real thing. No Elasticsearch server can be installed on the
development machines, so the integration tests are skipped there and say so."""

import logging
import os
import re
import socket

import pytest
from django.core.management import call_command
from django.http import QueryDict
from wagtail.search.backends import get_search_backend

from curriculum.facets import ListingFilters
from lessons.models import LessonPage
from search.elasticsearch import elasticsearch_backend_settings
from search.faceted import FACET_FIELD, CatalogueFacetedSearch

DATABASE = {"BACKEND": "wagtail.search.backends.database"}


def closed_port():
    """A port on this machine that nothing listens on: a real, refused connection."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def es_settings(url):
    return {"default": elasticsearch_backend_settings(url), "database": DATABASE}


def test_the_backend_is_wagtails_elasticsearch8_with_a_prefix_and_a_dutch_analyzer():
    config = elasticsearch_backend_settings("http://search.internal:9200")
    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert config["INDEX_PREFIX"] == "halt_leerlijn_"
    analyzer = config["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]
    assert "dutch_stemmer" in analyzer["filter"] and "asciifolding" in analyzer["filter"]


def test_the_mapping_indexes_every_facet_as_a_keyword_and_keeps_presenter_notes_out(settings):
    settings.WAGTAILSEARCH_BACKENDS = es_settings(f"http://127.0.0.1:{closed_port()}")
    backend = get_search_backend("default")
    mapping = backend.mapping_class(LessonPage).get_mapping()["properties"]
    for facet in ("thema", "leeftijd", "doel", "inzet", "doelgroep", "setting", "soort"):
        assert mapping[FACET_FIELD.format(facet)] == {"type": "keyword"}
    assert backend.get_index_for_model(LessonPage).name == "halt_leerlijn_wagtailcore_page"
    assert backend.settings["settings"]["analysis"]["analyzer"]["default"]["filter"][-1] == "dutch_stemmer"
    assert not any("presenter" in field or "safe_delivery" in field for field in mapping)


@pytest.mark.django_db
def test_the_faceted_query_body_filters_counts_and_matches_all_words():
    filters = ListingFilters(QueryDict("leeftijd=mbo&inzet=reactief"))
    body = CatalogueFacetedSearch("geld verdienen", filters.cleaned, index="i", using=None).build_search().to_dict()
    match = body["query"]["bool"]["must"][0]["multi_match"]
    assert match["query"] == "geld verdienen" and match["operator"] == "and"
    assert "title^3" in match["fields"]
    content_types = body["query"]["bool"]["filter"][0]["terms"]["_django_content_type"]
    assert "lessons.LessonPage" in content_types and "home.HomePage" not in content_types
    # Each facet's count ignores its own filter but applies the others: the leeftijd aggregation is
    # filtered by inzet only.
    leeftijd = body["aggs"]["_filter_leeftijd"]
    assert leeftijd["filter"]["terms"] == {FACET_FIELD.format("inzet"): ["reactief"]}
    assert leeftijd["aggs"]["leeftijd"]["terms"]["field"] == FACET_FIELD.format("leeftijd")
    post = body["post_filter"]["bool"]["must"]
    assert {FACET_FIELD.format("leeftijd"): ["mbo"]} in [clause["terms"] for clause in post]


@pytest.mark.django_db
def test_an_unreachable_elasticsearch_still_answers_from_the_database(client, catalogue, settings, caplog):
    settings.WAGTAILSEARCH_BACKENDS = es_settings(f"http://127.0.0.1:{closed_port()}")
    with caplog.at_level(logging.WARNING):
        response = client.get("/zoeken/", {"q": "geldezels"})
        suggestions = client.get("/zoeken/suggesties/", {"q": "geldez"})
    assert response.status_code == 200
    assert f'href="{catalogue.theme.url}">Geldezels</a></h3>' in response.content.decode()  # a result, not the query
    assert any(s["title"] == "Geldezels" for s in suggestions.json()["results"])
    assert "answering from the database index" in caplog.text


live_elasticsearch = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL is not set: no Elasticsearch server here"
)


@live_elasticsearch
@pytest.mark.django_db
def test_live_elasticsearch_stems_dutch_and_counts_facets(client, demo, settings):
    settings.WAGTAILSEARCH_BACKENDS = es_settings(os.environ["ELASTICSEARCH_URL"])
    call_command("update_index", verbosity=0)
    html = client.get("/zoeken/", {"q": "wapen"}).content.decode()
    assert "Wapens en geweld" in html
    count = re.search(r'id="f-doelgroep-ouders".*?\((\d+)\)', client.get("/zoeken/").content.decode(), re.S)
    assert int(count.group(1)) >= 6
