"""The caches for anonymous visitors (core/caching.py): never presenter-only material, never a draft, never
stale after a publish, an unpublish or a move, and never a page that a session unlocked."""

from html import unescape

import pytest
from wagtail.models import PageViewRestriction

from curriculum.models import AgeBand, Setting, ThemePage
from lessons.models import LessonPage
from tests.factories import LessonPageFactory, publish, write_presenter_note

pytestmark = pytest.mark.django_db

NOTE = "Ijsvogelvoorbehoud"  # a word only in the presenter notes


@pytest.fixture
def lesson(catalogue, users):
    lesson = catalogue.lesson
    write_presenter_note(lesson, f"{NOTE}: vraag eerst wat de klas weet.")
    return publish(lesson)


def test_an_anonymous_visitor_gets_the_cached_page_the_second_time(client, lesson, caches_on):
    assert client.get(lesson.url)["X-Page-Cache"] == "miss"
    assert client.get(lesson.url)["X-Page-Cache"] == "hit"


def test_presenter_material_never_enters_the_cache_and_presenters_never_get_the_public_copy(
    client, lesson, caches_on, login
):
    presenter = login("medewerker").get(lesson.url)
    assert NOTE in presenter.content.decode() and "X-Page-Cache" not in presenter  # logged in: never cached
    client.logout()
    client.cookies.clear()
    for _ in range(2):  # a miss, then a hit
        assert NOTE not in client.get(lesson.url).content.decode()
    assert NOTE in login("medewerker").get(lesson.url).content.decode()


def test_publishing_unpublishing_and_moving_change_what_visitors_get_at_once(client, lesson, caches_on):
    client.get(lesson.url)
    assert client.get(lesson.url)["X-Page-Cache"] == "hit"
    lesson.title = "Geldezels, herzien"
    lesson.save_revision().publish()
    assert "Geldezels, herzien" in client.get(lesson.url).content.decode()

    theme = lesson.get_parent()
    assert "Geldezels, herzien" in client.get(theme.url).content.decode()
    other = ThemePage.objects.exclude(pk=theme.pk).live().first()
    lesson.move(other, pos="last-child")
    assert "Geldezels, herzien" not in client.get(theme.url).content.decode()
    moved = LessonPage.objects.get(pk=lesson.pk)
    old_address = client.get(theme.url + lesson.slug + "/")  # Wagtail's own redirect, not the cached page
    assert old_address.status_code == 301 and old_address["Location"] == moved.url
    assert client.get(moved.url).status_code == 200
    moved.unpublish()
    assert client.get(moved.url).status_code == 404


def test_a_page_unlocked_by_a_password_is_never_stored(client, lesson, caches_on):
    restriction = PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    form = client.get(lesson.url)
    assert lesson.summary not in unescape(form.content.decode())
    client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{lesson.pk}/",
        {"password": "geheim", "return_url": lesson.url},
    )
    assert lesson.summary in unescape(client.get(lesson.url).content.decode())  # this visitor, in their session
    client.cookies.clear()
    assert lesson.summary not in unescape(client.get(lesson.url).content.decode())  # everyone else: the form


def test_a_preview_neither_shows_nor_leaves_a_cached_fragment(client, catalogue, caches_on):
    theme = catalogue.theme
    live = client.get(theme.url).content.decode()
    draft = theme.get_latest_revision_as_object()
    draft.why = "<p>Een zin uit het concept van de redactie.</p>"
    preview = draft.make_preview_request()
    assert "Een zin uit het concept" in preview.content.decode()
    client.cookies.clear()
    assert "Een zin uit het concept" not in client.get(theme.url).content.decode()
    assert client.get(theme.url + "?v=2").content.decode().count("Waarom dit thema") == live.count("Waarom dit thema")


def test_search_and_the_listing_see_a_newly_published_lesson_at_once(client, catalogue, caches_on):
    def search():
        return client.get("/zoeken/", {"q": "zeppelinvlucht"}).content.decode()

    listing = client.get("/voorlichtingen/?thema=geldezels").content.decode()
    assert "Zeppelinvlucht" not in search()
    assert "Zeppelinvlucht" not in search()  # now from the cache
    lesson = LessonPageFactory(
        parent=catalogue.theme,
        slug="zeppelinvlucht",
        title="Zeppelinvlucht",
        age_bands=list(AgeBand.objects.all()[:1]),
        settings=list(Setting.objects.all()[:1]),
    )
    lesson.save_revision().publish()
    assert "Zeppelinvlucht" in search()
    assert client.get("/voorlichtingen/?thema=geldezels").content.decode() != listing
