"""Voorbereiden on a phone (375 px): the timeline stacks, so "Overslaan" is on screen without sideways scrolling;
and proactief shows no reactive section, with or without JavaScript (it is in the page, hidden, for the live switch).
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible
from tests.browser.test_presenter import LESSON_URL, log_in

PHONE = {"width": 375, "height": 740}
PREPARE = LESSON_URL + "voorbereiden/"


@pytest.fixture
def phone_page(page, site_url):
    page.set_viewport_size(PHONE)
    log_in(page, site_url, PREPARE)
    return page


def test_the_timeline_fits_a_phone_and_overslaan_is_on_screen(phone_page):
    page = phone_page
    wrap = page.locator(".table-wrap")
    assert wrap.evaluate("box => box.scrollWidth <= box.clientWidth")
    skip = page.get_by_text("Overslaan", exact=False).locator("xpath=ancestor-or-self::label").first
    skip.scroll_into_view_if_needed()
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    skip.locator("input").check()
    expect(page.locator("tr.plan-row.is-skipped")).to_have_count(1)
    assert_accessible(page)


def test_proactief_shows_no_reactive_section(phone_page):
    page = phone_page
    page.get_by_label("Proactief").check()
    expect(page.get_by_role("heading", name=re.compile("Reactief inzetten"))).to_be_hidden()
    expect(page.get_by_role("heading", name=re.compile("Protocol na een incident"))).to_have_count(0)


def test_without_javascript_proactief_shows_no_reactive_section_either(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    log_in(page, site_url, PREPARE + "?inzet=proactief")
    assert page.get_by_text("Reactief inzetten", exact=False).count() >= 1  # in the page, for the live switch
    expect(page.get_by_text(re.compile("Reactief inzetten"))).to_be_hidden()
    expect(page.get_by_text(re.compile("Protocol na een incident"))).to_be_hidden()
    context.close()
