"""A logged-in Halt-medewerker's pages: a bounded number of queries that does not grow with the catalogue.

Staff never get the anonymous page cache (they see presenter-only material). Their lesson page, leerlijn matrix
and Voorbereiden are rendered for the first visitor with a permission set in each catalogue version, and on every
request with a query string: that rendering is measured here, with the copy per permission set switched off
(tests/robustness/test_staff_page_cache.py tests that copy). The fragment caches (keyed by catalogue version and by
whether the visitor is a presenter) and one lookup per request for the site's links keep it cheap. bench/run.py
measures the time at 5,000 lessons. The caches are on here (locmem), as deployed.
"""

import pickle

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from bench.catalogue import add_lessons as add_bulk_lessons
from curriculum.models import AgeBand
from curriculum.vocabularies import Goal
from lessons.models import LessonPage
from search.models import PresenterText
from tests.factories import (
    HomePageFactory,
    LeerlijnPageFactory,
    LessonPageFactory,
    ParentGuidePageFactory,
    StandardPageFactory,
    ThemePageFactory,
    activity,
)

pytestmark = pytest.mark.django_db

# At most 10 each (issue 15). With database sessions (the test settings) the session costs one query; with Redis
# (`cached_db`) none. What is left on every request: the catalogue version, the page (by its remembered route; the
# site is remembered too), the page's view restrictions and its ancestors' aliases (Wagtail's serve), the session,
# and the user with their own and their groups' permissions (one query, core/permissions.py): 6.
STAFF_MAX = {"lesson": 10, "leerlijn": 10, "prepare": 10}
PRESENTER_NOTE = "Vraag door zonder namen te noemen"


@pytest.fixture
def catalogue(caches_on, settings):
    settings.STAFF_PAGE_CACHE_TIMEOUT = 0  # each request rendered
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="staff-home")
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    for slug in ("over-halt", "toegankelijkheidsverklaring", "privacy"):
        StandardPageFactory(parent=home, slug=slug)
    leerlijn = LeerlijnPageFactory(parent=home)
    themes = [ThemePageFactory(parent=leerlijn) for _ in range(3)]
    for page in (home, leerlijn, *themes):
        page.save_revision().publish()
    return {"home": home, "leerlijn": leerlijn, "themes": themes}


def add_lessons(catalogue, count):
    bands = list(AgeBand.objects.all())
    lessons = []
    for n in range(count):
        lesson = LessonPageFactory(
            parent=catalogue["themes"][n % 3],
            age_bands=[bands[n % len(bands)]],
            activities=[activity("Opening", 50, Goal.KENNIS, notes=PRESENTER_NOTE)],
        )
        lesson.save_revision().publish()
        lessons.append(lesson)
    guide = ParentGuidePageFactory(parent=catalogue["themes"][0], accompanies=lessons[:2])
    guide.save_revision().publish()
    return lessons


@pytest.fixture
def medewerker(client):
    user = User.objects.create_user("medewerker-snel", password="x")
    user.groups.add(Group.objects.get(name="Halt-medewerker"))
    client.force_login(user)
    return client


def staff_urls(catalogue, lesson):
    """(url, the page's <title> starts with): the title proves that the right page was served."""
    return {
        "lesson": (lesson.url, lesson.title),
        "leerlijn": (catalogue["leerlijn"].url, catalogue["leerlijn"].title),
        "prepare": (lesson.url + "voorbereiden/", f"Voorbereiden: {lesson.title}"),
    }


def queries(client, url_and_title):
    """Queries of a repeat visit: the first one fills what every later request shares."""
    url, title = url_and_title
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    assert f"<title>{title} |" in response.content.decode(), url
    return len(captured.captured_queries)


@pytest.mark.parametrize("name", STAFF_MAX)
def test_a_staff_page_takes_a_bounded_number_of_queries(catalogue, medewerker, name):
    lessons = add_lessons(catalogue, 6)
    url = staff_urls(catalogue, lessons[0])[name]
    assert queries(medewerker, url) <= STAFF_MAX[name]


def test_staff_queries_do_not_grow_with_the_catalogue(catalogue, medewerker):
    lessons = add_lessons(catalogue, 3)
    urls = staff_urls(catalogue, lessons[0])
    before = {name: queries(medewerker, url) for name, url in urls.items()}
    add_lessons(catalogue, 9)
    assert {name: queries(medewerker, url) for name, url in urls.items()} == before


def test_the_fragment_caches_keep_presenter_material_for_presenters(catalogue, medewerker, client):
    """The same fragment is cached once for presenters and once for everyone else: never shared."""
    lesson = add_lessons(catalogue, 1)[0]
    assert PRESENTER_NOTE in medewerker.get(lesson.url).content.decode()
    medewerker.logout()
    assert PRESENTER_NOTE not in client.get(lesson.url).content.decode()
    assert PRESENTER_NOTE not in client.get(lesson.url + "?anders=1").content.decode()  # rendered, not the page cache


def test_the_remembered_route_follows_the_catalogue(catalogue, medewerker):
    """core/routing.py keys the route by catalogue version: an unpublished lesson is not found any more."""
    lesson = add_lessons(catalogue, 1)[0]
    for _ in range(2):
        assert f"<title>{lesson.title} |" in medewerker.get(lesson.url).content.decode()
    lesson.unpublish()
    assert medewerker.get(lesson.url).status_code == 404


def test_the_remembered_site_follows_a_change_of_site(catalogue, medewerker):
    """core/routing.py keys the site by catalogue version: once the site starts at another page, the lesson that
    was under the old start page is not found any more."""
    lesson = add_lessons(catalogue, 1)[0]
    url = lesson.url
    for _ in range(2):
        assert f"<title>{lesson.title} |" in medewerker.get(url).content.decode()
    site = Site.objects.get(is_default_site=True)
    site.root_page = HomePageFactory(parent=Page.get_first_root_node(), slug="andere-start")
    site.save()
    assert medewerker.get(url).status_code == 404


def test_staff_search_finds_presenter_text_in_its_own_index_in_a_bounded_number_of_queries(catalogue, medewerker):
    """search/engine.py asks the staff index (search.models.PresenterText) instead of reading every lesson."""
    add_lessons(catalogue, 3)
    lesson = LessonPageFactory(
        parent=catalogue["themes"][1],
        title="Les over de regenboog",
        activities=[activity("Opening", 50, Goal.KENNIS, notes="Wijs op de regenboogkwal in het verhaal.")],
    )
    lesson.save_revision().publish()
    url = "/zoeken/?q=regenboogkwal"
    assert lesson.title in medewerker.get(url).content.decode()
    anonymous = Client()
    assert lesson.title not in anonymous.get(url).content.decode(), "the public search never reads the staff index"
    assert PresenterText.objects.filter(page_id=lesson.pk).exists()

    before = queries(medewerker, (url, "Zoeken: regenboogkwal"))
    add_lessons(catalogue, 9)
    assert queries(medewerker, (url, "Zoeken: regenboogkwal")) == before

    lesson.unpublish()
    assert lesson.title not in medewerker.get(url).content.decode()
    assert not PresenterText.objects.filter(page_id=lesson.pk).exists()


def test_staff_queries_stay_flat_at_catalogue_scale(catalogue, medewerker):
    """Hundreds of lessons inserted in bulk as the benchmark does (bench/catalogue.py): not one query more."""
    lessons = add_lessons(catalogue, 3)
    urls = staff_urls(catalogue, lessons[0])
    before = {name: queries(medewerker, url) for name, url in urls.items()}
    add_bulk_lessons(catalogue["leerlijn"], 400, out=lambda *args: None)
    assert LessonPage.objects.live().count() >= 400
    after = {name: queries(medewerker, url) for name, url in urls.items()}
    assert after == before
    assert max(after.values()) <= 10


class KeysRead:
    """Records every key that the cache backends are asked for (get and get_many)."""

    def __init__(self, monkeypatch):
        self.keys = set()
        get, get_many = LocMemCache.get, LocMemCache.get_many
        monkeypatch.setattr(LocMemCache, "get", lambda cache, key, *a, **k: self.add([key]) or get(cache, key, *a, **k))
        monkeypatch.setattr(
            LocMemCache, "get_many", lambda cache, keys, *a, **k: self.add(keys) or get_many(cache, keys, *a, **k)
        )

    def add(self, keys):
        self.keys.update(keys)


def entries_holding(text):
    """The (cache alias, stored key) of every cached entry whose value mentions `text`."""
    found = set()
    for alias in ("default", "pages"):
        cache = caches[alias]
        for stored_key, value in list(cache._cache.items()):
            if text in str(pickle.loads(value)) or text in repr(pickle.loads(value)):
                found.add((alias, stored_key))
    return found


def test_presenter_material_sits_only_under_keys_no_anonymous_request_reads(
    catalogue, medewerker, monkeypatch, settings
):
    """The fragment caches are keyed by permission: what a presenter's request stored (notes, Voorbereiden, the
    copy of each staff page) is never under a key that an anonymous visitor's request asks for, on any page, the
    page cache included."""
    settings.STAFF_PAGE_CACHE_TIMEOUT = 600
    lesson = add_lessons(catalogue, 2)[0]
    urls = staff_urls(catalogue, lesson)
    for url, _title in urls.values():
        assert medewerker.get(url).status_code == 200
    assert medewerker.get(lesson.url)["X-Staff-Page-Cache"] == "hit"  # the copy kept for presenters
    assert PRESENTER_NOTE in medewerker.get(lesson.url).content.decode()
    holding = entries_holding(PRESENTER_NOTE)
    assert holding, "the presenter's fragments are cached (else this test would prove nothing)"

    medewerker.logout()
    read = KeysRead(monkeypatch)
    anonymous = Client()
    for url in (lesson.url, lesson.url + "?anders=1", catalogue["leerlijn"].url, "/voorlichtingen/", "/zoeken/?q=les"):
        response = anonymous.get(url)
        assert response.status_code == 200, url
        assert PRESENTER_NOTE not in response.content.decode(), url
    assert read.keys, "the anonymous requests read the caches"
    stored_keys = {key for _alias, key in holding}
    assert not stored_keys & {caches["default"].make_key(key) for key in read.keys}
    assert not stored_keys & {caches["pages"].make_key(key) for key in read.keys}
