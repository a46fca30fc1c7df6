"""Right to left: with `<html dir="rtl">` the public layout mirrors (CSS logical properties), fits a phone and stays
accessible.

The Arabic pages come with the translations (wagtail-localize, /ar/...); until a page is served in Arabic the test
turns the demo's pages right to left in the browser, which is all the stylesheet sees.
"""

import pytest

from tests.browser.accessibility import assert_accessible

PAGES = {
    "home": "/",
    "ouders": "/ouders/",
    "gesprekshulp": "/leerlijn/invloed-van-de-groep/ouders/",
    "les": "/leerlijn/invloed-van-de-groep/invloed-van-de-groep-po-groep-7-8/",
    "voorlichtingen": "/voorlichtingen/",
}


def open_page(browser, url, width, direction):
    context = browser.new_context(viewport={"width": width, "height": 740})
    page = context.new_page()
    page.goto(url)
    page.evaluate("direction => { document.documentElement.dir = direction; }", direction)
    return context, page


def brand_edges(page):
    """Distance of the site's name from the left and from the right edge of the window."""
    box = page.locator(".site-header__brand").bounding_box()
    width = page.viewport_size["width"]
    return box["x"], width - (box["x"] + box["width"])


@pytest.mark.parametrize("name", PAGES)
def test_right_to_left_on_a_phone_fits_and_has_no_axe_violations(browser, site_url, name):
    context, page = open_page(browser, site_url + PAGES[name], 375, "rtl")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{overflow} px wider than the phone"
    assert_accessible(page)
    context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_the_header_mirrors(browser, site_url, width):
    context, page = open_page(browser, site_url + "/", width, "ltr")
    from_left, from_right = brand_edges(page)
    assert from_left < from_right  # left to right: the name starts at the left
    page.evaluate("document.documentElement.dir = 'rtl'")
    mirrored_left, mirrored_right = brand_edges(page)
    assert mirrored_right < mirrored_left  # right to left: at the right
    assert abs(mirrored_right - from_left) <= 1  # the same margin, mirrored
    if width == 1280:  # one row: the menu beside the name, on its reading side
        nav = page.locator(".site-nav").bounding_box()
        brand = page.locator(".site-header__brand").bounding_box()
        assert nav["x"] + nav["width"] <= brand["x"]
    context.close()


def test_a_parent_guide_mirrors_its_bubbles_and_goal_bars(browser, site_url):
    """The start side is the right: the speech bubbles' room for the quote mark and the goals' coloured bar."""
    context, page = open_page(browser, site_url + PAGES["gesprekshulp"], 375, "rtl")
    bubble = page.locator(".speech-list > li").first
    style = bubble.evaluate("element => getComputedStyle(element)")
    assert float(style["paddingRight"].removesuffix("px")) > float(style["paddingLeft"].removesuffix("px"))
    goal = page.locator(".goal-list__item").first.evaluate("element => getComputedStyle(element)")
    assert float(goal["borderRightWidth"].removesuffix("px")) > float(goal["borderLeftWidth"].removesuffix("px"))
    context.close()
