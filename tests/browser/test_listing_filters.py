"""The listing's filters in a browser: long Dutch labels break only between syllables, and the chosen filters stay
removable when nothing is found (review #16 and #28)."""

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible

# Where each line of a label's text starts: a character on a lower line than the one before it begins a new line.
LINE_STARTS = """label => {
    const text = label.firstChild;
    const starts = [];
    let lastTop = null;
    for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        // The last box with a width: a character at a line start may also give an empty box at the line before.
        const box = Array.from(range.getClientRects()).filter(rect => rect.width > 0).pop();
        if (!box) continue;  // a soft hyphen that did not break, or a collapsed space
        if (lastTop !== null && box.top > lastTop + 2) starts.push(i);
        lastTop = box.top;
    }
    return [text.textContent, starts];
}"""


@pytest.mark.parametrize("width", [1280, 375])
def test_filter_labels_break_between_syllables_only(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/voorlichtingen/")
    if width < 900:
        page.locator("summary.facets-fold__toggle").click()
    labels = page.locator(".facet__option label")
    expect(labels.first).to_be_visible()
    assert labels.count() > 20
    for label in labels.all():
        text, starts = label.evaluate(LINE_STARTS)
        for start in starts:  # a line may start after a space or at a syllable's soft hyphen, never inside a word
            assert text[start - 1] in " \u00ad", f"{text!r} breaks inside a word at {start} ({width} px)"
    page.screenshot(path=f"/tmp/search_facets_{width}.png", full_page=False)
    context.close()


def test_nothing_found_shows_the_chosen_filters_removable_and_has_no_axe_violations(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(site_url + "/voorlichtingen/?inzet=reactief&doelgroep=ouders")
    message = page.locator(".no-results p").first
    expect(message).to_have_text("Geen voorlichtingen gevonden met deze filters.")
    remove = page.get_by_role("link", name="Doelgroep: Ouders (filter weghalen)")
    expect(remove).to_be_visible()
    assert message.bounding_box()["y"] < remove.bounding_box()["y"]
    assert_accessible(page)
    page.screenshot(path="/tmp/search_no_results_375.png", full_page=True)
    remove.click()
    assert "doelgroep" not in page.url and "inzet=reactief" in page.url
    assert int(page.locator(".results__count").inner_text().split()[0]) > 0
    context.close()
