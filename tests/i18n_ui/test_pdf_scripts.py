"""The parent guide's PDF in every script: the document language follows the page's language, every font is
embedded, and the text (Arabic shaped by HarfBuzz, Cyrillic, Turkish and Polish letters) is really in the file."""

import io
import unicodedata

import pypdf
import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale, Page

from core.pdf import in_the_pages_language
from lessons.models import ParentGuidePage
from tests.factories import HelpResourceFactory, ParentGuidePageFactory

pytestmark = pytest.mark.django_db

# Per language: a title, an intro and a help line written in that script, and words of them the PDF must hold.
SAMPLES = {
    "ar": (
        "دليل الحوار عن ضغط الأصدقاء",
        "تحدث مع طفلك في البيت عن ضغط الأصدقاء.",
        "إذا كنت قلقا على طفلك.",
        ["الحوار", "طفلك", "الأصدقاء", "قلقا"],
    ),
    "uk": (
        "Посібник для розмови про тиск групи",
        "Поговоріть із дитиною вдома про тиск друзів. Підтримайте її.",
        "Якщо ви хвилюєтеся за свою дитину.",
        ["Посібник", "дитиною", "хвилюєтеся", "її"],
    ),
    "tr": (
        "Grup baskısı hakkında konuşma rehberi",
        "Çocuğunuzla evde arkadaş baskısı üzerine konuşun.",
        "Çocuğunuz için endişeleniyorsanız.",
        ["baskısı", "Çocuğunuzla", "üzerine", "endişeleniyorsanız"],
    ),
    "pl": (
        "Przewodnik do rozmowy o presji rówieśników",
        "Proszę porozmawiać z dzieckiem w domu o wpływie kolegów, źle się czuje.",
        "Gdy martwią się Państwo o dziecko, żółć i gęś.",
        ["rówieśników", "wpływie", "źle", "martwią", "żółć", "gęś"],
    ),
    "en": (
        "Conversation guide on peer pressure",
        "Talk with your child at home about pressure from friends.",
        "If you are worried about your child.",
        ["Conversation", "pressure", "worried"],
    ),
}


@pytest.fixture
def guide_in(theme):
    """A guide with text in `language`'s script; in that locale (a translation) unless `dutch_page`."""

    def build(language, dutch_page=False):
        title, intro, when, _words = SAMPLES[language]
        guide = ParentGuidePageFactory(parent=theme, slug=f"ouders-{language}", title=title, intro=intro)
        guide.help_resources.create(resource=HelpResourceFactory(name=title, when=when, slug=f"hulp-{language}"))
        if not dutch_page:
            locale, _ = Locale.objects.get_or_create(language_code=language)
            ParentGuidePage.objects.filter(pk=guide.pk).update(locale=locale)
            guide.refresh_from_db()
        return guide

    return build


def render_guide_pdf(guide, language):
    request = RequestFactory().get(guide.pdf_url)
    with translation.override(language):
        response = guide.pdf_route(request)
    assert response.status_code == 200
    return pypdf.PdfReader(io.BytesIO(response.content))


def fonts(reader):
    """(base font name, font descriptor) of every font the pages use."""
    found = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            found.append((str(font["/BaseFont"]), described["/FontDescriptor"].get_object()))
    return found


def text_of(reader):
    """The extracted text as logical characters: presentation forms (shaped Arabic) folded back with NFKC."""
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize("language", SAMPLES)
def test_the_guide_pdf_carries_the_language_embeds_its_fonts_and_holds_the_text(guide_in, language):
    reader = render_guide_pdf(guide_in(language), language)

    assert reader.trailer["/Root"]["/Lang"] == language
    used = fonts(reader)
    assert used
    for name, descriptor in used:
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), f"{name} is not embedded"
    text = text_of(reader)
    for word in SAMPLES[language][3]:
        assert word in text, word
    with translation.override(language):
        heading = translation.gettext("Wat uw kind heeft geleerd")
    assert heading != "Wat uw kind heeft geleerd"
    assert unicodedata.normalize("NFKC", heading).replace("\u0651", "") in text.replace("\u0651", "")


def test_arabic_is_set_in_an_arabic_face(guide_in):
    """HarfBuzz shapes Arabic only with a font that has its glyphs: the Noto Arabic faces the PDF CSS names."""
    names = [name for name, _descriptor in fonts(render_guide_pdf(guide_in("ar"), "ar"))]
    assert any("Arabic" in name for name in names), names


@pytest.mark.parametrize(("language", "direction"), [("nl", "ltr"), ("en", "ltr"), ("ar", "rtl"), ("uk", "ltr")])
def test_the_pdf_html_names_language_and_direction(guide_in, language, direction):
    guide = guide_in("en", dutch_page=language == "nl")
    if language != "nl":
        Page.objects.filter(pk=guide.pk).update(locale=Locale.objects.get_or_create(language_code=language)[0])
        guide.refresh_from_db()
    page_language, context = in_the_pages_language({"page": guide, "help_resources": [], "lessons": []})
    assert page_language == language
    with translation.override(page_language):
        html = render_to_string("lessons/pdf/parent_guide.html", context)
    assert f'<html lang="{language}" dir="{direction}">' in html


def test_a_dutch_guide_pdf_stays_dutch(guide_in):
    reader = render_guide_pdf(guide_in("en", dutch_page=True), "en")  # a Dutch page under /en/: still Dutch
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert "Wat uw kind heeft geleerd" in text_of(reader)
    assert "Pagina 1 van 1" in text_of(reader)
