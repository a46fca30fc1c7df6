"""The site's layout (templates/base.html) from the fragment cache, for the requests the page cache does not serve
(core/templatetags/layout_fragments.py): the same HTML as rendered, never a logged-in visitor's part for an anonymous
one or the other way round, the menu's current item and the language of each page, new links after a publish."""

import re

import pytest
from django.core.cache import caches
from django.utils import translation

from tests.factories import StandardPageFactory
from tests.fixtures.caches import caches_on  # noqa: F401  (the caches as deployed)
from tests.i18n.conftest import translate

pytestmark = pytest.mark.django_db

LOGIN_LINK = "Inloggen voor Halt-medewerkers"
WHO = "Ingelogd als <strong>"


@pytest.fixture
def rendered(caches_on, settings):  # noqa: F811
    settings.PAGE_CACHE_TIMEOUT = 0  # every response rendered, an anonymous visitor's too: only fragments cached


def without_csrf(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def layout_keys():
    return [key for key in caches["default"]._cache if "template.cache.layout-" in key]


def header(html):
    return html[html.index('<header class="site-header">') : html.index("</header>")]


def footer(html):
    return html[html.index('<footer class="site-footer">') : html.index("</footer>")]


@pytest.mark.parametrize("who", ["anonymous", "medewerker"])
def test_the_layout_from_the_cache_is_the_layout_rendered(rendered, settings, catalogue, client, login, who):
    translated, _report = translate(catalogue.home, "en")
    visitor = login(who) if who == "medewerker" else client
    urls = [catalogue.home.url, catalogue.leerlijn.url, catalogue.lesson.url, translated.url, "/zoeken/?q=geld"]
    if who == "medewerker":
        urls.append(catalogue.lesson.url + "voorbereiden/")
    for url in urls:
        first, from_cache = visitor.get(url), visitor.get(url)
        assert first.status_code == from_cache.status_code == 200, url
        settings.CATALOGUE_CACHE_TIMEOUT = 0  # nothing from a fragment cache
        fresh = visitor.get(url)
        settings.CATALOGUE_CACHE_TIMEOUT = 600
        expected = without_csrf(fresh.content.decode())
        assert without_csrf(first.content.decode()) == without_csrf(from_cache.content.decode()) == expected, url
    assert {key.split(".")[2] for key in layout_keys()} == {"layout-head", "layout-header", "layout-footer"}


@pytest.mark.parametrize("first", ["anonymous", "medewerker"])
def test_a_logged_in_visitors_layout_never_reaches_an_anonymous_one(rendered, catalogue, client, users, first):
    from django.test import Client

    anonymous, medewerker = Client(), Client()
    medewerker.force_login(users["medewerker"])
    order = [anonymous, medewerker] if first == "anonymous" else [medewerker, anonymous]
    for url in (catalogue.home.url, catalogue.lesson.url, catalogue.leerlijn.url):
        html = {visitor: visitor.get(url).content.decode() for visitor in order}
        assert LOGIN_LINK in footer(html[anonymous]) and WHO not in html[anonymous], url
        assert LOGIN_LINK not in html[medewerker] and WHO in header(html[medewerker]), url


def test_each_page_marks_its_own_menu_item(rendered, catalogue, login):
    medewerker = login("medewerker")
    current = re.compile(r'<a href="([^"]+)" aria-current="page">')
    pages = {catalogue.leerlijn.url: catalogue.leerlijn.url, "/zoeken/": "/zoeken/", catalogue.lesson.url: None}
    for _round in range(2):  # rendered, then from the cache
        for url, menu_item in pages.items():
            found = current.findall(header(medewerker.get(url).content.decode()))
            assert found == ([menu_item] if menu_item else []), url


def test_each_language_gets_its_own_words_and_links(rendered, catalogue, client):
    translated, _report = translate(catalogue.home, "en")
    privacy, _report = translate(catalogue.standard_page, "en")
    with translation.override("en"):
        english = translation.gettext("Hoofdmenu")
    assert english != "Hoofdmenu", "make messages: the .mo files are built, not committed"
    for _round in range(2):  # rendered, then from the cache
        dutch_page = client.get(catalogue.home.url).content.decode()
        english_page = client.get(translated.url).content.decode()
        assert 'aria-label="Hoofdmenu"' in header(dutch_page)
        assert f'aria-label="{english}"' in header(english_page)
        assert f'href="{catalogue.standard_page.url}"' in footer(dutch_page)
        assert f'href="{privacy.url}"' in footer(english_page) and privacy.url.startswith("/en/")


def test_a_new_page_the_layout_links_to_shows_at_once(rendered, catalogue, login):
    medewerker = login("medewerker")
    assert '<a href="">Over Halt</a>' in footer(medewerker.get(catalogue.lesson.url).content.decode())
    about = StandardPageFactory(parent=catalogue.home, title="Over Halt", slug="over-halt")
    assert f'<a href="{about.url}">Over Halt</a>' in footer(medewerker.get(catalogue.lesson.url).content.decode())
