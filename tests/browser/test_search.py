"""Autocomplete on the search box: an enhancement on top of a form that works without JavaScript."""

from playwright.sync_api import expect


def test_autocomplete_suggests_and_opens_a_page_with_the_keyboard(page, site_url):
    page.goto(site_url + "/")
    box = page.locator("#hero-q")
    box.click()
    box.press_sequentially("geldez", delay=40)
    option = page.get_by_role("option", name="Geldezels", exact=True)
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    ids = [each.get_attribute("id") for each in page.get_by_role("option").all()]
    for _ in range(ids.index(option.get_attribute("id")) + 1):  # lessons found by the theme's words may come first
        box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    box.press("Enter")
    expect(page).to_have_url(site_url + "/leerlijn/geldezels/")


def test_the_arrow_keys_wrap_around_the_suggestions(page, site_url):
    page.goto(site_url + "/")
    box = page.locator("#hero-q")
    box.click()
    box.press_sequentially("geld", delay=40)
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    assert options.count() >= 2  # else first and last are one option and wrapping shows nothing
    first, last = options.first.get_attribute("id"), options.last.get_attribute("id")
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", first)
    box.press("ArrowUp")  # up from the first wraps to the last
    expect(box).to_have_attribute("aria-activedescendant", last)
    box.press("ArrowDown")  # and down from the last back to the first
    expect(box).to_have_attribute("aria-activedescendant", first)


def test_the_search_form_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/")
    page.locator("#hero-q").fill("groepsdruk")
    page.locator("#hero-q").press("Enter")
    expect(page).to_have_url(site_url + "/zoeken/?q=groepsdruk")
    expect(page.locator(".result h3").first).to_have_text("Invloed van de groep")
    context.close()
