"""The catalogue on a phone: results first, the filters behind one button; on a desktop the filters beside them."""

from playwright.sync_api import expect


def test_on_a_phone_the_first_result_comes_before_the_filters(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(site_url + "/zoeken/?q=groepsdruk")
    first_result = page.locator(".result").first
    expect(first_result).to_be_in_viewport()
    expect(page.locator("form.facets input[type=checkbox]").first).to_be_hidden()
    page.locator("summary.facets-fold__toggle").click()  # the one button
    checkbox = page.locator("form.facets input[type=checkbox]").first
    expect(checkbox).to_be_visible()
    assert page.locator(".facets-fold").bounding_box()["y"] < first_result.bounding_box()["y"]
    context.close()


def test_on_a_desktop_the_filters_show_without_a_button(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/voorlichtingen/")
    expect(page.locator("form.facets input[type=checkbox]").first).to_be_visible()
    expect(page.locator(".facets-fold__toggle")).to_be_hidden()
    context.close()
