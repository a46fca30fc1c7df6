"""What an editor sees in the admin at 1280 px with an English browser (issue 16, "Editors and review")."""

import pytest


@pytest.fixture
def editor_page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", "eindredacteur")
    page.fill("#id_password", "halt-demo")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site_url + "/admin/")
    yield page
    context.close()


def test_the_admin_is_dutch_for_an_english_browser(editor_page):
    assert editor_page.evaluate("document.documentElement.lang") == "nl"
    assert editor_page.get_by_text("Dekking van de leerlijn", exact=True).is_visible()


def test_the_coverage_table_fits_at_1280_px(editor_page):
    table = editor_page.locator(".coverage-panel__scroll")
    table.scroll_into_view_if_needed()
    scroll_width, client_width = table.evaluate("element => [element.scrollWidth, element.clientWidth]")
    assert scroll_width <= client_width, "the last column is cut off"
    last_header = editor_page.get_by_role("columnheader", name="Lesdoelen niet gedekt")
    box, frame = last_header.bounding_box(), table.bounding_box()
    assert box["x"] + box["width"] <= frame["x"] + frame["width"] + 1


def test_a_parents_only_theme_needs_no_lesson(editor_page):
    row = editor_page.locator('tr[data-theme="ondermijning"]')
    assert "geen les nodig" in row.inner_text() and "ontbreekt" not in row.inner_text()


def test_an_empty_cell_opens_a_new_lesson_with_its_age_band(editor_page):
    cell = editor_page.locator('tr[data-theme="geldezels"] td[data-status="ontbreekt"] a').first
    band = cell.locator("xpath=..").get_attribute("data-age-band")
    cell.click()
    editor_page.wait_for_load_state()
    checked = editor_page.locator('input[name="age_bands"]:checked')
    assert checked.count() == 1
    label = editor_page.locator(f'label[for="{checked.get_attribute("id")}"]').inner_text()
    assert band.replace("-", " ").split()[0].lower() in label.lower()
