"""Browsers ask every page's host for /favicon.ico; it was a 404 on every page."""

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_favicon_ico_leads_to_an_icon_file(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    location = response["Location"]
    assert location.endswith(".ico")
    path = finders.find(location.removeprefix("/static/"))
    with open(path, "rb") as icon:
        assert icon.read(4) == b"\x00\x00\x01\x00"  # the ICO signature


def test_every_page_names_its_icons(client, catalogue):
    for url in ("/", catalogue.lesson.url):
        html = client.get(url).content.decode()
        assert 'rel="icon" href="/static/img/favicon.svg" type="image/svg+xml"' in html
        assert 'rel="icon" href="/static/img/favicon.ico"' in html
