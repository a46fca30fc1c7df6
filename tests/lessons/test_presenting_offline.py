"""The deck's server side of issue 16: the offline worker's headers, logging out clears it, no inline styles in the
deck (the CSP forbids them), and the last slide names the lesson's help."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_worker_may_control_a_deck_anywhere_on_the_site(client):
    response = client.get("/presenteren-offline.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    assert client.post("/presenteren-offline.js").status_code == 405


def test_logging_out_tells_the_browser_to_forget_what_it_stored(login):
    response = login("medewerker").post("/uitloggen/")
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'


@pytest.mark.parametrize("route", ["presenteren/", "presenteren/presentator/"])
def test_the_deck_names_its_worker_and_has_no_inline_style(login, catalogue, route):
    html = login("medewerker").get(catalogue.lesson.url + route).content.decode()
    assert '<meta name="halt-offline-worker" content="/presenteren-offline.js">' in html
    assert not re.search(r"<[^>]+\sstyle=", html), re.search(r"<[^>]+\sstyle=[^>]*>", html)


def test_the_last_slide_names_the_help_the_lesson_points_to(login, catalogue):
    html = login("medewerker").get(catalogue.lesson.url + "presenteren/").content.decode()
    last = html.rsplit('<section class="slide', 1)[1]
    resource = catalogue.help_resource
    assert "Hulp nodig? Hier kun je terecht" in last
    assert resource.name in last and resource.phone in last
    assert html.count('class="slide__help"') == 1  # on the last slide only


def test_a_lesson_without_signposting_shows_no_empty_help_box(login, catalogue):
    html = login("medewerker").get(catalogue.lesson_mbo.url + "presenteren/").content.decode()
    assert "slide__help" not in html
