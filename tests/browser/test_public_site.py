"""What teachers and parents meet in a real browser: navigation, phone layout, filters, accessibility."""

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible

PUBLIC_PAGES = {
    "home": "/",
    "leerlijn": "/leerlijn/",
    "thema": "/leerlijn/geldezels/",
    "les": "/leerlijn/geldezels/geldezels-vo-onderbouw/",
    "les met dialoog": "/leerlijn/klassendialoog/klassendialoog-les-1-vo-onderbouw/",
    "gesprekshulp": "/leerlijn/invloed-van-de-groep/ouders/",
    "professionals": "/leerlijn/ondermijning/professionals/",
    "informatiepagina": "/toegankelijkheidsverklaring/",
    "alle voorlichtingen": "/voorlichtingen/?leeftijd=mbo",
    "zoeken": "/zoeken/?q=groep",
}


def test_a_teacher_reaches_the_geldezels_follow_up_in_three_clicks(page, site_url):
    page.goto(site_url + "/")
    page.get_by_role("link", name="Geldezels", exact=True).first.click()
    page.get_by_role("link", name="Geldezels (VO onderbouw)").first.click()
    page.get_by_role("link", name="Vervolg voor de leerkracht").first.click()
    expect(page).to_have_url(site_url + "/leerlijn/geldezels/geldezels-vo-onderbouw/#vervolg")
    expect(page.get_by_role("heading", name="Vervolg voor de leerkracht")).to_be_in_viewport()


def test_a_parent_reads_the_guide_on_a_phone_without_scrolling_sideways(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True)
    phone = context.new_page()
    phone.goto(site_url + "/leerlijn/invloed-van-de-groep/ouders/")
    expect(phone.get_by_role("heading", name="Zo begint u het gesprek")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    font_size = phone.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.parent-guide .speech-list li')).fontSize)"
    )
    assert font_size >= 18
    assert phone.locator("a[href^='tel:']").count() >= 1
    context.close()


def test_the_leerlijn_becomes_a_list_per_theme_on_a_phone(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    phone = context.new_page()
    phone.goto(site_url + "/leerlijn/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_listing_filters_narrow_the_results_and_survive_a_reload(page, site_url):
    page.goto(site_url + "/voorlichtingen/")
    total = int(page.locator(".results__count").inner_text().split()[0])
    page.get_by_label("MBO").check()
    page.get_by_role("button", name="Filter toepassen").click()
    narrowed = int(page.locator(".results__count").inner_text().split()[0])
    assert 0 < narrowed < total
    assert "leeftijd=mbo" in page.url
    page.reload()
    expect(page.get_by_label("MBO")).to_be_checked()
    assert int(page.locator(".results__count").inner_text().split()[0]) == narrowed


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_pages_have_no_axe_violations(page, site_url, name):
    page.goto(site_url + PUBLIC_PAGES[name])
    assert_accessible(page)


def test_keyboard_users_get_a_skip_link_and_a_visible_focus(page, site_url):
    page.goto(site_url + "/leerlijn/geldezels/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return {tag: document.activeElement.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth)} }"
    )
    assert focused["tag"] == "A"
    assert focused["outline"] != "none" and focused["width"] >= 2
