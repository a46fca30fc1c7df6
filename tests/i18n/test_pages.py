"""A parent guide in each home language: lang and dir, the switch, hreflang alternates, the note, the sitemap, the
PDF; and the Dutch page when a translation is missing."""

import io
import re

import pytest
from django.utils import formats, translation
from pypdf import PdfReader

from tests.fixtures.module_data import kept_for_the_module
from tests.i18n.conftest import LANGUAGES, RTL, TRANSLATED_ON, marked, translate

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def stored_translations(session_catalogue, django_db_blocker):
    """The catalogue's home page and parent guide in every language, translated once for this module's tests (the
    guide not translated yet is in test_untranslated.py)."""
    with kept_for_the_module(django_db_blocker):
        catalogue = session_catalogue.fresh()
        guides = {}
        for language in LANGUAGES:
            translate(catalogue.home, language)
            guides[language] = translate(catalogue.parent_guide, language)[0]
        yield guides


@pytest.fixture
def translated(stored_translations, catalogue):
    """Language code -> the parent guide's translation, read again for this test."""
    return {language: type(guide).objects.get(pk=guide.pk) for language, guide in stored_translations.items()}


def pdf_language(content):
    return PdfReader(io.BytesIO(content)).trailer["/Root"]["/Lang"]


def html_tag(html):
    return re.search(r"<html[^>]*>", html).group(0)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translated_guide_speaks_its_language(client, catalogue, translated, language):
    guide = translated[language]
    assert guide.url.startswith(f"/{language}/")

    response = client.get(guide.url)
    html = response.content.decode()

    assert response.status_code == 200
    direction = "rtl" if language in RTL else "ltr"
    assert html_tag(html) == f'<html lang="{language}" dir="{direction}">'
    assert marked(language, catalogue.parent_guide.intro) in html
    assert catalogue.parent_guide.intro not in html.replace(marked(language, catalogue.parent_guide.intro), "")
    with translation.override(language):
        date = formats.date_format(TRANSLATED_ON, "DATE_FORMAT")
    assert 'class="translation-note"' in html and date in html


def language_links(client, url):
    """The language switch's links (url -> language), where it says the visitor is, and the hreflang alternates."""
    html = client.get(url).content.decode()
    switch = re.search(r'<nav class="container language-switch".*?</nav>', html, re.DOTALL).group(0)
    links = dict(re.findall(r'<a href="([^"]+)" lang="(\w+)" hreflang="\2"', switch))
    current = re.findall(r'<a href="([^"]+)"[^>]* aria-current="page">', switch)
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))
    return links, current, alternates


def test_the_switch_and_the_alternates_link_every_translation(client, catalogue, translated):
    dutch = catalogue.parent_guide.url
    links = {dutch: "nl", **{guide.url: language for language, guide in translated.items()}}
    alternates = {language: f"http://testserver{url}" for url, language in links.items()}
    alternates["x-default"] = f"http://testserver{dutch}"

    for url in links:
        assert language_links(client, url) == (links, [url], alternates), url

    translated["pl"].unpublish()  # a translation taken offline is linked from nowhere
    del links[translated["pl"].url], alternates["pl"]
    assert language_links(client, dutch) == (links, [dutch], alternates)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sitemap_lists_the_translation_with_its_alternates(client, catalogue, translated, language):
    guide = translated[language]

    xml = client.get("/sitemap.xml").content.decode()

    dutch = f"http://testserver{catalogue.parent_guide.url}"
    translated = f"http://testserver{guide.url}"
    assert f"<loc>{translated}</loc>" in xml
    entry = re.search(rf"<url><loc>{re.escape(dutch)}</loc>.*?</url>", xml, re.DOTALL).group(0)
    assert f'hreflang="{language}" href="{translated}"' in entry
    assert f'hreflang="x-default" href="{dutch}"' in entry
    # The leerlijn and theme that wagtail-localize copied above the guide (aliases) are not pages of their own.
    assert f"<loc>http://testserver/{language}/leerlijn/</loc>" not in xml


def test_a_translation_without_an_address_here_is_no_alternate(client, catalogue, translated, monkeypatch):
    """A server that started before a translation's tree existed keeps Wagtail's old site root paths in its own
    memory and finds no address for it: the sitemap leaves it out instead of writing href="None"."""
    guide_class = type(translated["en"])
    own_url = guide_class.get_full_url
    monkeypatch.setattr(
        guide_class,
        "get_full_url",
        lambda page, request=None: None if page.locale.language_code == "en" else own_url(page, request),
    )

    xml = client.get("/sitemap.xml").content.decode()

    assert "None" not in xml
    dutch = f"http://testserver{catalogue.parent_guide.url}"
    entry = re.search(rf"<url><loc>{re.escape(dutch)}</loc>.*?</url>", xml, re.DOTALL).group(0)
    assert 'hreflang="en"' not in entry and 'hreflang="ar"' in entry


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_without_translation_falls_back_to_dutch_with_the_note(client, catalogue, translated, language):
    # Translating the guide copied the leerlijn and theme above it as aliases; the lesson has no translation.
    for path in (f"/{language}/leerlijn/", f"/{language}{catalogue.theme.url}", f"/{language}{catalogue.lesson.url}"):
        response = client.get(path)
        html = response.content.decode()
        assert response.status_code == 200, path
        direction = "rtl" if language in RTL else "ltr"
        assert html_tag(html) == f'<html lang="{language}" dir="{direction}">'
        assert '<main id="inhoud" tabindex="-1" lang="nl" dir="ltr">' in html
        assert "Deze pagina is nog niet vertaald" in html or 'class="translation-note"' in html
        assert '<link rel="canonical" href="http://testserver/' in html
    assert client.get(f"/{language}/bestaat-niet/").status_code == 404


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_guide_pdf_is_in_the_translations_language(client, catalogue, translated, language):
    guide = translated[language]

    response = client.get(guide.pdf_url)

    assert guide.pdf_url.startswith(f"/{language}/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert pdf_language(response.content) == language
    text = " ".join(PdfReader(io.BytesIO(response.content)).pages[0].extract_text().split())
    assert "snel geld verdienen met een bankpas" in text
    assert f"[{language}]" in text or f"]{language}[" in text  # right-to-left mirrors the brackets
    assert pdf_language(client.get(catalogue.parent_guide.pdf_url).content) == "nl"


def test_translated_guides_carry_no_presenter_material_and_lessons_stay_dutch(client, catalogue, translated):
    guide = translated["en"]
    note = "Veel brugklassers hebben net hun eerste bankpas"  # a presenter-only note of the catalogue's lesson

    assert note not in client.get(guide.url).content.decode()
    lesson = client.get(f"/en{catalogue.lesson.url}").content.decode()
    assert catalogue.lesson.central_question in lesson and note not in lesson


def test_the_layouts_links_go_to_the_translation_when_there_is_one(client, catalogue, translated):
    guide = translated["en"]
    slug = catalogue.standard_page.slug
    footer = f'href="{catalogue.standard_page.url}"'

    assert footer in client.get(guide.url).content.decode()  # not translated: the Dutch page
    privacy, _report = translate(catalogue.standard_page, "en")
    html = client.get(guide.url).content.decode()
    assert privacy.slug == slug and f'href="{privacy.url}"' in html and footer not in html
    assert footer in client.get(catalogue.parent_guide.url).content.decode()  # Dutch pages keep Dutch links
