"""The language is the URL's: Accept-Language never changes a page, the caches never mix languages, and the admin
stays Dutch."""

from pathlib import Path

import pytest
from django.urls import reverse

from tests.i18n.conftest import marked, translate

pytestmark = pytest.mark.django_db
BROWSERS = [{"HTTP_ACCEPT_LANGUAGE": value} for value in ("ar", "en-US,en;q=0.9", "uk, pl;q=0.5", "nl")]


def test_accept_language_never_changes_a_dutch_page(client, catalogue):
    translate(catalogue.home, "ar")
    translate(catalogue.parent_guide, "ar")
    for url in ("/", catalogue.parent_guide.url, catalogue.lesson.url):
        plain = client.get(url)
        for browser in BROWSERS:
            response = client.get(url, **browser)
            assert response.content == plain.content, (url, browser)
            assert response["Content-Language"] == "nl"
            assert "Accept-Language" not in response.get("Vary", "")
    assert '<html lang="nl" dir="ltr">' in plain.content.decode()


def test_the_page_cache_keeps_each_language_to_its_own_url(client, catalogue, caches_on):
    translate(catalogue.home, "ar")
    translate(catalogue.parent_guide, "ar")
    guide = catalogue.parent_guide
    arabic_intro = marked("ar", guide.intro)

    first_ar = client.get(f"/ar{guide.url}")
    first_nl = client.get(guide.url, HTTP_ACCEPT_LANGUAGE="ar")
    again_ar = client.get(f"/ar{guide.url}", HTTP_ACCEPT_LANGUAGE="nl")
    again_nl = client.get(guide.url, HTTP_ACCEPT_LANGUAGE="ar")

    assert (first_ar["X-Page-Cache"], first_nl["X-Page-Cache"]) == ("miss", "miss")
    assert (again_ar["X-Page-Cache"], again_nl["X-Page-Cache"]) == ("hit", "hit")
    for response in (first_ar, again_ar):
        assert arabic_intro in response.content.decode() and '<html lang="ar" dir="rtl">' in response.content.decode()
    for response in (first_nl, again_nl):
        assert arabic_intro not in response.content.decode() and '<html lang="nl"' in response.content.decode()


def test_the_admin_stays_dutch_for_an_arabic_browser(client, users):
    client.force_login(users["admin"])
    html = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '<html lang="nl"' in html and 'dir="ltr"' in html
    assert "Uitloggen" in html


def test_varnish_drops_accept_language_before_caching():
    """The app sends no Vary: Accept-Language (above); Varnish drops the header so nothing can split on it."""
    vcl = (Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "site.vcl").read_text()
    recv = vcl[vcl.index("sub vcl_recv") : vcl.index("return (hash);")]
    assert "unset req.http.Accept-Language;" in recv
