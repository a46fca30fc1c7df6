"""A teacher takes the pupil handout into class without an account; a parent finds a guide on a phone."""

from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible


def assert_no_axe_violations(page):
    assert_accessible(page)


def test_a_teacher_downloads_the_public_handout_from_a_lesson_page(page, site_url):
    page.goto(site_url + "/leerlijn/wapens-en-geweld/wapens-en-geweld-vo-onderbouw/")
    expect(page.locator("a[rel=prev]")).to_have_text("Wapens en geweld (groep 7-8)")  # the leerlijn, one band down
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Handout voor leerlingen (PDF)").click()
    download = download_info.value
    assert download.suggested_filename == "wapens-en-geweld-vo-onderbouw-handout.pdf"
    with open(download.path(), "rb") as document:
        assert document.read(5) == b"%PDF-"
    assert_no_axe_violations(page)


def test_a_parent_on_a_phone_goes_from_home_to_a_guide(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True)
    phone = context.new_page()
    phone.goto(site_url + "/")
    phone.get_by_role("link", name="Ik ben ouder").click()
    expect(phone).to_have_url(site_url + "/ouders/")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Voor ouders en verzorgers")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="Geldezels", exact=True).click()
    expect(phone).to_have_url(site_url + "/leerlijn/geldezels/ouders/")
    expect(phone.get_by_role("heading", name="Zo begint u het gesprek")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    assert_no_axe_violations(phone)
    phone.screenshot(path="/tmp/teach_parent_guide_375.png", full_page=False)
    context.close()
