"""Presenter-only content is visible to logged-in Halt staff on the site and to no one else.

A marker phrase is written into a lesson's presenter notes and safe-delivery section; it must never reach an
anonymous visitor through the HTML, an API, search, the sitemap, a feed or a cached response.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from tests.factories import publish, write_presenter_note

pytestmark = pytest.mark.django_db

NOTE = "Zwaluwstaartgeheim"  # in the presenter notes only
RULE = "Kolibrieafspraak"  # in the safe-delivery ground rules only
SECRETS = (NOTE, RULE)


@pytest.fixture
def lesson(catalogue, users):
    """A live lesson whose presenter-only fields hold the two marker words."""
    lesson = catalogue.lesson
    write_presenter_note(lesson, f"{NOTE}: vraag eerst wat de klas weet.")
    safe = list(lesson.safe_delivery.raw_data)
    ground_rules = [RULE + " : we lachen niemand uit", *safe[0]["value"]["ground_rules"]]
    safe[0] = dict(safe[0], value={**safe[0]["value"], "ground_rules": ground_rules})
    lesson.safe_delivery = safe
    return publish(lesson)


def text(response):
    return response.content.decode()


def test_only_halt_staff_see_it_in_the_html(client, lesson, login):
    anonymous = text(client.get(lesson.url))
    assert lesson.title in anonymous
    assert not any(secret in anonymous for secret in SECRETS)

    for username in ("medewerker", "redacteur", "eindredacteur", "admin"):
        html = text(login(username).get(lesson.url))
        assert all(secret in html for secret in SECRETS), username

    nobody = get_user_model().objects.create_user("bezoeker", "bezoeker@example.org", "x")  # an account, no role
    client.force_login(nobody)
    assert not any(secret in text(client.get(lesson.url)) for secret in SECRETS)


def search_results(client, query):
    response = client.get(reverse("search"), {"q": query})
    return response.context["result_count"], [offer.page for offer in response.context["results"]]


def test_search_finds_presenter_text_for_staff_only(client, lesson, login):
    for secret in SECRETS:
        assert search_results(client, secret) == (0, [])
        assert client.get(reverse("search_autocomplete"), {"q": secret}).json()["results"] == []
    assert lesson in search_results(client, lesson.title)[1]  # the lesson itself is public

    login("medewerker")
    assert lesson.pk in [page.pk for page in search_results(client, NOTE)[1]]


def test_the_sitemap_lists_the_lesson_but_none_of_its_presenter_routes(client, lesson, login):
    """A sitemap holds addresses only, so no note can be in it; the presenter routes' addresses must not be."""
    for visitor in ("anonymous", "medewerker"):
        if visitor != "anonymous":
            login(visitor)
        xml = text(client.get("/sitemap.xml"))
        assert "http://testserver" + lesson.url in xml  # the sitemap names the requested host (core/sitemap.py)
        for route in ("voorbereiden/", "presenteren/", "pdf/lesplan/", "pdf/handout/"):
            assert "http://testserver" + lesson.url + route not in xml, (visitor, route)
        assert "/voorbereiden/" not in xml and "/presenteren/" not in xml


@pytest.mark.parametrize("path", ["/feed/", "/rss/", "/atom/", "/feed.xml", "/rss.xml", "/leerlijn/feed/"])
def test_there_are_no_feeds(client, lesson, path):
    assert client.get(path).status_code == 404


def test_no_page_advertises_a_feed(client, lesson):
    for url in ("/", lesson.url, lesson.get_parent().url):
        assert "application/rss+xml" not in text(client.get(url))
        assert "application/atom+xml" not in text(client.get(url))


def test_responses_for_staff_are_private_and_vary_on_the_cookie(client, lesson, login):
    anonymous = client.get(lesson.url)
    assert "private" not in anonymous.get("Cache-Control", "")
    assert "Cookie" in anonymous["Vary"]

    staff = login("medewerker").get(lesson.url)
    assert NOTE in text(staff)
    cache_control = {part.strip() for part in staff["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert "Cookie" in staff["Vary"]


CACHED = {
    "CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "leaks"}},
    "CACHE_MIDDLEWARE_SECONDS": 300,
}


def test_a_shared_cache_never_serves_a_presenters_page_to_anyone_else(client, lesson, settings, login):
    """Behind a cache (Django's own cache middleware as the stand-in), visits in the worst order."""
    settings.MIDDLEWARE = [
        "django.middleware.cache.UpdateCacheMiddleware",
        *settings.MIDDLEWARE,
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]
    with override_settings(**CACHED):
        cache.clear()
        assert NOTE in text(login("medewerker").get(lesson.url))  # the presenter first
        client.logout()
        client.cookies.clear()
        first = client.get(lesson.url)
        assert not any(secret in text(first) for secret in SECRETS)
        second = client.get(lesson.url)  # now from the cache, and still without notes
        assert not any(secret in text(second) for secret in SECRETS)
        assert NOTE in text(login("medewerker").get(lesson.url))  # the cached public page is not theirs
        cache.clear()
