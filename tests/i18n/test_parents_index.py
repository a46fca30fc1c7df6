"""/ouders/ opens with a language choice, each language named in itself; a translated index lists every guide,
translated where it can."""

import re

import pytest

from tests.factories import ParentGuidePageFactory, publish
from tests.i18n.conftest import marked, translate

pytestmark = pytest.mark.django_db


def test_ouders_opens_with_a_choice_of_language(client, catalogue, parents_index):
    translate(catalogue.home, "ar")
    translate(catalogue.home, "uk")
    arabic, _report = translate(parents_index, "ar")
    ukrainian, _report = translate(parents_index, "uk")

    html = client.get("/ouders/").content.decode()

    choice = re.search(r'<nav class="language-choice".*?</nav>', html, re.DOTALL).group(0)
    assert html.index('class="language-choice"') < html.index("<h1>")  # first on the page
    assert re.findall(r'<a href="([^"]+)" lang="(\w+)" hreflang="\2"[^>]*>([^<]+)</a>', choice) == [
        ("/ouders/", "nl", "Nederlands"),
        ("/ar/ouders/", "ar", "العربية"),
        ("/uk/ouders/", "uk", "Українська"),
    ]
    assert 'class="container language-switch"' not in html  # the choice replaces the switch here
    assert (arabic.url, ukrainian.url) == ("/ar/ouders/", "/uk/ouders/")


def test_a_translated_index_lists_every_guide_translated_or_dutch(client, catalogue, parents_index):
    translate(catalogue.home, "en")
    index, _report = translate(parents_index, "en")
    guide, _report = translate(catalogue.parent_guide, "en")

    untranslated = publish(ParentGuidePageFactory(parent=catalogue.other_theme, intro="Nog alleen in het Nederlands."))

    html = client.get(index.url).content.decode()

    assert f'href="{guide.url}"' in html and marked("en", catalogue.parent_guide.intro) in html
    item = re.search(rf'<li class="card guide-list__item"([^>]*)>\s*<h3[^>]*><a href="{untranslated.url}"', html)
    assert item and 'lang="nl"' in item.group(1)


def test_a_translated_home_lists_the_dutch_themes(client, catalogue):
    home, _report = translate(catalogue.home, "pl")
    html = client.get(home.url).content.decode()
    assert marked("pl", catalogue.home.intro) in html
    assert f'href="{catalogue.theme.url}"' in html
