"""All voorlichtingen: filters are plain GET parameters, counts match results, bad values get a notice."""

import re
from dataclasses import replace

import pytest

from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage
from search.views import BROWSE

pytestmark = pytest.mark.django_db


def result_count(response):
    return int(
        re.search(r'class="results__count"[^>]*>(?:<span[^>]*>)?(\d+) resulta', response.content.decode()).group(1)
    )


def test_without_filters_everything_is_listed(client, catalogue):
    total = LessonPage.objects.live().count() + ParentGuidePage.objects.live().count()
    total += ProfessionalGuidePage.objects.live().count()
    assert total == 5
    assert result_count(client.get("/voorlichtingen/")) == total


def test_filters_narrow_the_results(client, catalogue):
    response = client.get("/voorlichtingen/?thema=geldezels&leeftijd=vo-onderbouw")
    assert result_count(response) == 1
    html = response.content.decode()
    assert catalogue.lesson.title in html
    assert catalogue.lesson_mbo.title not in html and catalogue.other_lesson.title not in html


def test_audience_filter_selects_parent_guides(client, catalogue):
    response = client.get("/voorlichtingen/?doelgroep=ouders")
    assert result_count(response) == ParentGuidePage.objects.live().count() == 1
    assert catalogue.parent_guide.title in response.content.decode()


def test_counts_per_value_match_the_results_they_lead_to(client, catalogue):
    html = client.get("/voorlichtingen/?setting=sportvereniging").content.decode()
    label = re.search(r'id="f-leeftijd-mbo".*?\((\d+)\)', html, re.S)
    expected = result_count(client.get("/voorlichtingen/?setting=sportvereniging&leeftijd=mbo"))
    assert int(label.group(1)) == expected == 1


def test_unknown_and_malformed_values_are_ignored_with_a_notice(client, catalogue):
    response = client.get("/voorlichtingen/?leeftijd=kleuters&thema=%00%ff&pagina=abc&leeftijd=mbo")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Leeftijd ‘kleuters’ bestaat niet; we tonen alleen MBO." in html
    assert result_count(response) == 1
    assert catalogue.lesson_mbo.title in html


def test_pagination_keeps_the_filters(client, catalogue, monkeypatch):
    monkeypatch.setattr("search.views.BROWSE", replace(BROWSE, per_page=2))  # three lessons for young people: two pages
    html = client.get("/voorlichtingen/?doelgroep=jongeren").content.decode()
    assert "doelgroep=jongeren&amp;pagina=2" in html
    assert html.count('<li class="result">') == 2
    second = client.get("/voorlichtingen/?doelgroep=jongeren&pagina=2").content.decode()
    assert second.count('<li class="result">') == 1
