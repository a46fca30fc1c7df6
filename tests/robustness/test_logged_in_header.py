"""A logged-in medewerker sees who is logged in, and a logout button, on every page (school PCs are shared); that
header never reaches an anonymous visitor through a cache, and a logged-in page is never cached at all."""

import re

import pytest

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

WHO = re.compile(r"Ingelogd als <strong>([^<]+)</strong>")


def logout_form(html):
    """The header's logout: a POST form with a CSRF token, before the page's content."""
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    form = re.search(r'<form class="inline-form" method="post" action="/uitloggen/">(.*?)</form>', header, re.S)
    return form and "csrfmiddlewaretoken" in form.group(1) and ">Uitloggen</button>" in form.group(1)


@pytest.mark.parametrize("page", ["home", "theme", "lesson", "parent_guide", "standard_page"])
def test_every_public_page_shows_who_is_logged_in(client, catalogue, users, page):
    medewerker = users["medewerker"]
    medewerker.first_name, medewerker.last_name = "Sanne", "de Vries"
    medewerker.save()
    client.force_login(medewerker)
    html = client.get(getattr(catalogue, page).url).content.decode()
    assert WHO.search(html).group(1) == "Sanne de Vries"
    assert logout_form(html)
    assert 'href="/bezoeken/">Mijn bezoeken</a>' in html


def test_staff_pages_and_the_listing_show_it_too(client, catalogue, users):
    client.force_login(users["medewerker"])
    pages = ["/bezoeken/", "/voorlichtingen/", "/zoeken/?q=geld", "/sitemap/", catalogue.lesson.url + "voorbereiden/"]
    for url in pages:
        html = client.get(url).content.decode()
        assert WHO.search(html).group(1) == "medewerker", url  # no full name: the username
        assert logout_form(html), url


def test_anonymous_visitors_see_no_header_and_a_login_link(client, catalogue):
    html = client.get(catalogue.lesson.url).content.decode()
    assert not WHO.search(html) and "/uitloggen/" not in html
    assert 'href="/inloggen/">Inloggen voor Halt-medewerkers</a>' in html


def test_the_header_never_enters_the_anonymous_cache(client, catalogue, users, caches_on):
    url = catalogue.theme.url
    staff = client.__class__()
    staff.force_login(users["medewerker"])
    first = staff.get(url)  # a logged-in visitor first: nothing stored
    assert WHO.search(first.content.decode())
    assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
    anonymous = client.get(url)
    assert anonymous["X-Page-Cache"] == "miss"
    assert not WHO.search(anonymous.content.decode())
    assert client.get(url)["X-Page-Cache"] == "hit"
    # with the anonymous copy stored, the logged-in visitor still gets their own page, never the stored one
    again = staff.get(url)
    assert again.get("X-Page-Cache") != "hit" and WHO.search(again.content.decode())
    assert not WHO.search(client.get(url).content.decode())


def test_logging_out_from_the_header_ends_the_session(client, catalogue, users):
    client.force_login(users["medewerker"])
    response = client.post("/uitloggen/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert not WHO.search(client.get(catalogue.home.url).content.decode())


def test_a_medewerker_without_next_lands_on_mijn_bezoeken(client, users):
    response = client.post("/inloggen/", {"username": "medewerker", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/bezoeken/"
    assert client.get("/bezoeken/").status_code == 200
