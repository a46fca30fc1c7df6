"""A parent reads an Arabic guide on a phone: right to left, no axe-core violations, and the switch changes the
language by clicking."""

import sqlite3
import subprocess

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible
from tests.browser.conftest import MANAGE, ROOT, demo_env, serve

# Translates the home and the first parent guide into Arabic in the demo server's database, through the demo
# loader's wagtail-localize import (a sample text; the translators' files are content of their own), and prints
# the Dutch and the Arabic guide's paths.
ARABIC = """
from datetime import date
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from home.demo.translation_loader import TranslationLoader, plain
from home.models import HomePage
from lessons.models import ParentGuidePage

SAMPLE = "نص تجريبي بالعربية للاختبار."
TITLE = "دليل الحوار للوالدين"
arabic = Locale.objects.get(language_code="ar")

class Report:
    def add(self, what):
        pass

def texts(page):
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=arabic)
    entries = [entry for entry in translation.export_po() if entry.msgctxt != "slug"]
    return {plain(entry.msgid): TITLE if entry.msgctxt == "title" else SAMPLE for entry in entries}

loader = TranslationLoader(Report(), out=lambda line: None)
home = HomePage.objects.get(locale__language_code="nl")
guide = ParentGuidePage.objects.filter(locale__language_code="nl").live().order_by("path").first()
for page in (home, guide):
    loader.translate(page, arabic, texts(page), date(2026, 11, 30))
print(guide.url)
print(guide.get_translation(arabic).url)
"""


@pytest.fixture(scope="module")
def arabic_site(site_url, site_database, tmp_path_factory):
    """A server of its own on a copy of the demo with the Arabic sample: a running server keeps Wagtail's site
    root paths in its own memory, where a translation made by another process would not reach."""
    database = tmp_path_factory.mktemp("arabic") / "demo.sqlite3"
    with sqlite3.connect(site_database) as source, sqlite3.connect(database) as target:
        source.backup(target)
    result = subprocess.run(
        [*MANAGE, "shell", "-c", ARABIC], env=demo_env(database), cwd=ROOT, check=True, capture_output=True, text=True
    )
    dutch, arabic = result.stdout.split()[-2:]
    server = serve(database)
    yield next(server), dutch, arabic
    server.close()


def test_an_arabic_guide_on_a_phone(browser, arabic_site):
    site_url, dutch, arabic = arabic_site
    assert arabic == "/ar" + dutch
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True)
    phone = context.new_page()

    phone.goto(site_url + arabic)

    html = phone.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(phone.get_by_role("heading", level=1)).to_have_text("دليل الحوار للوالدين")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(phone)
    tops = phone.locator(".language-switch a").evaluate_all("links => links.map(a => a.getBoundingClientRect().y)")
    assert tops[0] == tops[1], tops  # the first link lines up with the next on its row
    phone.screenshot(path="/tmp/i18n_arabic_guide_375.png", full_page=True)

    with translation.override("ar"):  # the switch is named in the page's language
        switch = phone.get_by_role("navigation", name=translation.gettext("Kies een taal"))
    switch.get_by_role("link", name="Nederlands").click()
    expect(phone).to_have_url(site_url + dutch)
    expect(html).to_have_attribute("lang", "nl")
    expect(html).to_have_attribute("dir", "ltr")

    phone.get_by_role("navigation", name="Kies een taal").get_by_role("link", name="العربية").click()
    expect(phone).to_have_url(site_url + arabic)
    expect(html).to_have_attribute("dir", "rtl")
    context.close()
