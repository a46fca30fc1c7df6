"""core/fragments.py: the leerlijn matrix goes into the response as bytes from the cache, and the page is the same,
byte for byte, as when the template writes it in itself."""

import re

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpResponse

from core import fragments
from lessons.models import LessonPage

pytestmark = pytest.mark.django_db

MARKER = re.compile(rb"large-fragment-")


def without_csrf(body):
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", body)


def written_by_the_template(monkeypatch, client, url):
    """The page as it is without splicing: the tag writes the fragment into the template."""
    with monkeypatch.context() as patch:
        patch.setattr(fragments, "for_request", lambda request: None)
        return client.get(url).content


@pytest.mark.parametrize("who", ["anonymous", "medewerker"])
@pytest.mark.parametrize("query", ["", "?inzet=reactief"])
def test_the_spliced_matrix_is_the_page_the_template_writes(
    caches_on, settings, monkeypatch, catalogue, login, client, who, query
):
    LessonPage.objects.filter(pk=catalogue.lesson.pk).update(title="Geld – één les")  # not ASCII
    settings.PAGE_CACHE_TIMEOUT = 0  # rendered each time, for the anonymous visitor too
    visitor = login("medewerker") if who == "medewerker" else client
    url = catalogue.leerlijn.url + query
    first, from_cache = visitor.get(url), visitor.get(url)
    assert first.status_code == from_cache.status_code == 200
    assert not MARKER.search(first.content) and not MARKER.search(from_cache.content)
    assert int(from_cache["Content-Length"]) == len(from_cache.content)
    expected = without_csrf(written_by_the_template(monkeypatch, visitor, url))
    assert without_csrf(first.content) == without_csrf(from_cache.content) == expected
    assert b'<table class="matrix">' in expected and b"Geld &#8211; &#233;&#233;n les" in expected
    assert any(isinstance(value, bytes) for value in map(caches["default"].get, cached_keys())), "kept as bytes"


def cached_keys():
    return [key.split(":", 2)[-1] for key in caches["default"]._cache]


def test_the_anonymous_page_cache_keeps_the_whole_page(caches_on, catalogue, client):
    miss, hit = client.get(catalogue.leerlijn.url), client.get(catalogue.leerlijn.url)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit.content == miss.content and b'<table class="matrix">' in hit.content
    assert not MARKER.search(hit.content)


def test_each_marker_is_replaced_by_its_fragment_and_a_dropped_one_changes_nothing():
    found = fragments.LargeFragments()
    first, dropped, last = (found.marker(html) for html in (b"<p>een</p>", b"<p>weg</p>", b"<p>twee</p>"))
    response = HttpResponse(f"<main>{first}<hr>{last}</main>".encode())
    found.splice(response)
    assert response.content == b"<main><p>een</p><hr><p>twee</p></main>"
    assert dropped not in response.content.decode()


def test_a_process_reads_the_matrix_from_the_shared_cache_only_while_it_holds_it(
    caches_on, catalogue, login, monkeypatch
):
    """The process keeps the last fragments it read (core/fragments.py RECENT): no megabytes fetched and unpickled
    per request, and gone as soon as the shared cache no longer has the key."""
    medewerker = login("medewerker")
    url = catalogue.leerlijn.url
    first = medewerker.get(url).content
    read = []
    get = LocMemCache.get
    monkeypatch.setattr(LocMemCache, "get", lambda cache, key, *a, **k: read.append(key) or get(cache, key, *a, **k))
    assert without_csrf(medewerker.get(url).content) == without_csrf(first)
    assert not [key for key in read if "leerlijn-matrix" in key], "the matrix came from this process"

    LessonPage.objects.filter(pk=catalogue.lesson.pk).update(title="Een nieuwe titel")  # no signal: same version
    for cache in caches.all():
        cache.clear()  # the shared cache forgets: so does the process
    assert b"Een nieuwe titel" in medewerker.get(url).content
