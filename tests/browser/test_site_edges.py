"""The rough edges a newcomer met (issue 16), as a visitor sees them in Chromium: the icon, the matrix's words,
the HTML sitemap, who is logged in, and the password reset."""

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}

# For every line break inside a word of the given elements: the characters on either side. A break that Dutch
# allows follows a soft hyphen (drawn as "-"), a space or a hyphen.
WORD_BREAKS = """selector => {
    const breaks = [];
    for (const element of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let previousTop = null, previousChar = "";
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest(".visually-hidden")) continue;
            for (let i = 0; i < node.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rects = range.getClientRects();  // a character's own box is the last (a range at a break
                const rect = rects[rects.length - 1];  // also reports the drawn hyphen's box before it)
                if (!rect) {
                    previousChar = node.data[i];
                    continue;
                }
                if (previousTop !== null && rect.top > previousTop + 2) {
                    breaks.push([element.textContent.trim(), previousChar, node.data[i]]);
                }
                previousTop = rect.top;
                previousChar = node.data[i];
            }
        }
    }
    return breaks;
}"""


def test_the_browser_finds_the_site_icon(page, site_url):
    missing = []
    page.on("response", lambda response: response.status >= 400 and missing.append(response.url))
    page.goto(site_url + "/")
    icon = page.locator("link[rel=icon][type='image/svg+xml']").get_attribute("href")
    assert page.request.get(site_url + icon).headers["content-type"].startswith("image/svg+xml")
    ico = page.request.get(site_url + "/favicon.ico")
    assert ico.ok and ico.body()[:4] == b"\x00\x00\x01\x00"
    assert not missing


def test_the_matrix_breaks_words_only_between_syllables(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/leerlijn/")
    badge = page.locator(".matrix .badge--handelingsperspectief").first
    expect(badge).to_be_visible()
    breaks = page.evaluate(WORD_BREAKS, ".matrix .badge, .matrix .tag, .matrix__title, .matrix tbody th a")
    inside_words = [b for b in breaks if b[1] not in ("\u00ad", " ", "-", "/") and b[2] != " "]
    assert not inside_words, inside_words
    # the badges fit their cells: nothing spills over
    assert page.evaluate(
        "[...document.querySelectorAll('.matrix .badge')].every(b => b.scrollWidth <= b.clientWidth + 1)"
    )


def test_the_matrix_speaks_dutch_and_shows_every_duration(page, site_url):
    page.goto(site_url + "/leerlijn/")
    expect(page.get_by_label("Omgeving")).to_be_visible()
    expect(page.get_by_label("Omgeving").locator("option").first).to_have_text("Alle omgevingen")
    assert not re.search(r"\bsettings?\b", page.locator("main").inner_text(), re.I)
    for theme in ("Sport en gedrag", "Klassendialoog"):
        row = page.locator("tbody tr").filter(has=page.get_by_role("rowheader", name=theme))
        lessons = row.locator(".matrix__lesson")
        assert lessons.count() >= 2
        for i in range(lessons.count()):
            expect(lessons.nth(i).locator(".matrix__duration")).to_have_text(re.compile(r"^\d+ min$"))


def test_the_footer_sitemap_is_a_page_for_people(page, site_url):
    page.goto(site_url + "/leerlijn/geldezels/")
    page.locator(".site-footer").get_by_role("link", name="Sitemap").click()
    expect(page).to_have_url(site_url + "/sitemap/")
    expect(page.get_by_role("heading", level=1, name="Sitemap")).to_be_visible()
    for name in ("Leerlijn: thema's en lessen", "Voor ouders", "Voor professionals", "Informatie"):
        expect(page.get_by_role("heading", level=2, name=name)).to_be_visible()
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
    page.get_by_role("link", name="Geldezels (VO onderbouw)").click()
    expect(page.get_by_role("heading", level=1, name="Geldezels (VO onderbouw)")).to_be_visible()
