"""Translations for the tests, made as translators make them: through wagtail-localize's PO import (the demo
loader's own `translate`), with every Dutch text marked `[en] ...` unless a test gives its own words."""

from datetime import date

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from home.demo.translation_loader import TranslationLoader, plain
from home.models import HomePage
from lessons.models import ParentIndexPage
from tests.factories import publish
from tests.fixtures.caches import caches_on  # noqa: F401  (the caches as deployed)

LANGUAGES = ["en", "ar", "tr", "pl", "uk"]
RTL = {"ar"}
TRANSLATED_ON = date(2026, 11, 30)


class Report:
    def __init__(self):
        self.created = []

    def add(self, what):
        self.created.append(what)


def marked(language, text):
    return f"[{language}] {text}"


def translate(page, language, texts=None):
    """The page's translation into `language`, published: `texts` ({Dutch: translation}), else every Dutch segment
    marked with the language. Returns the translated page and the loader's report."""
    locale = Locale.objects.get(language_code=language)
    if texts is None:
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        texts = {
            plain(entry.msgid): marked(language, plain(entry.msgid))
            for entry in translation.export_po()
            if entry.msgctxt != "slug"
        }
    report = Report()
    TranslationLoader(report, out=lambda line: None).translate(page, locale, texts, TRANSLATED_ON)
    translated = page.get_translation(locale)
    return getattr(translated, "specific", translated), report


@pytest.fixture
def parents_index(catalogue):
    index = catalogue.home.add_child(
        instance=ParentIndexPage(title="Voor ouders en verzorgers", slug="ouders", intro="Praat thuis over de les.")
    )
    return publish(index)


@pytest.fixture
def home(catalogue):
    return HomePage.objects.get(pk=catalogue.home.pk)
