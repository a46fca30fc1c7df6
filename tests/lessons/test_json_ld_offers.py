"""Every offer with a duration describes itself as a schema.org LearningResource, at the address visitors use.

The JSON-LD named `http://localhost/...` (the Site record's hostname) and the professionals' trainings carried none.
"""

import json
import re

import pytest

from core.hosts import iso_duration
from lessons.models import ProfessionalGuidePage

pytestmark = pytest.mark.django_db


def json_ld(client, url, host):
    html = client.get(url, HTTP_HOST=host).content.decode()
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1, found
    return json.loads(found[0])


@pytest.mark.parametrize(("minutes", "expected"), [(50, "PT50M"), (60, "PT1H"), (95, "PT1H35M"), (180, "PT3H")])
def test_durations_are_iso_8601(minutes, expected):
    assert iso_duration(minutes) == expected


def test_the_lesson_names_the_host_it_was_asked_on(client, catalogue):
    lesson = catalogue.lesson
    data = json_ld(client, lesson.url, "leerlijn.halt.example")
    assert data["url"] == "http://leerlijn.halt.example" + lesson.url
    assert data["timeRequired"] == iso_duration(lesson.duration)


def test_a_cached_fragment_never_hands_one_host_the_other_hosts_address(client, catalogue, caches_on):
    lesson = catalogue.lesson
    assert json_ld(client, lesson.url, "a.halt.example")["url"] == "http://a.halt.example" + lesson.url
    assert json_ld(client, lesson.url, "b.halt.example")["url"] == "http://b.halt.example" + lesson.url


def test_a_training_for_professionals_is_a_learning_resource_with_its_duration(client, catalogue):
    guide = catalogue.professional_guide
    ProfessionalGuidePage.objects.filter(pk=guide.pk).update(offer_type="training", duration=180)
    data = json_ld(client, guide.url, "leerlijn.halt.example")
    assert data["@type"] == "LearningResource"
    assert data["learningResourceType"] == "Training"
    assert data["timeRequired"] == "PT3H"
    assert data["url"] == "http://leerlijn.halt.example" + guide.url
    assert data["name"] == guide.title
    assert data["audience"]["audienceType"].startswith("Professionals")
