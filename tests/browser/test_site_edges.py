"""The rough edges a newcomer met (issue 16), as a visitor sees them in Chromium: the icon, the matrix's words,
the HTML sitemap, who is logged in, and the password reset."""

import re

from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible

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
    assert_accessible(page)
    page.get_by_role("link", name="Geldezels (VO onderbouw)").click()
    expect(page.get_by_role("heading", level=1, name="Geldezels (VO onderbouw)")).to_be_visible()


def log_in(page, site_url):
    page.goto(site_url + "/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("medewerker")
    page.get_by_label("Wachtwoord", exact=True).fill("halt-demo")
    page.locator(".login-form").get_by_role("button", name="Inloggen").click()


def test_a_logged_in_medewerker_sees_it_on_every_page_and_logs_out(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    log_in(page, site_url)
    expect(page).to_have_url(site_url + "/bezoeken/")  # their own overview, not the public home page
    for path in ("/bezoeken/", "/", "/leerlijn/", "/leerlijn/geldezels/geldezels-vo-onderbouw/", "/sitemap/"):
        page.goto(site_url + path)
        header = page.locator("header.site-header")
        expect(header.get_by_text("Ingelogd als medewerker")).to_be_visible()
        expect(header.get_by_role("button", name="Uitloggen")).to_be_visible()
    assert_accessible(page)
    page.set_viewport_size({"width": 375, "height": 740})
    expect(page.locator("header.site-header").get_by_role("button", name="Uitloggen")).to_be_in_viewport()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    page.locator("header.site-header").get_by_role("button", name="Uitloggen").click()
    expect(page).to_have_url(site_url + "/")
    expect(page.get_by_text("Ingelogd als")).to_have_count(0)
    page.goto(site_url + "/bezoeken/")
    expect(page).to_have_url(re.compile(re.escape(site_url + "/inloggen/")))
    # an anonymous visitor on the same pages never sees a stored copy of the header
    anonymous = browser.new_context().new_page()
    anonymous.goto(site_url + "/leerlijn/")
    expect(anonymous.get_by_text("Ingelogd als")).to_have_count(0)
    context.close()


def newest_mail(mail_dir, after):
    files = sorted(set(mail_dir.iterdir()) - after, key=lambda path: path.stat().st_mtime)
    assert files, "no e-mail was sent"
    return files[-1].read_text()


def test_a_medewerker_resets_a_forgotten_password_by_mail(page, site_url, mail_dir):
    """As the demo's `collega`: the other browser tests of this session log in with the demo password."""
    before = set(mail_dir.iterdir())
    page.goto(site_url + "/inloggen/")
    page.get_by_role("link", name="Wachtwoord vergeten?").click()
    expect(page.get_by_role("heading", level=1, name="Wachtwoord vergeten")).to_be_visible()
    assert_accessible(page)

    # an address without an account: the same answer, and no mail
    page.get_by_label("E-mailadres").fill("onbekend@halt.example")
    page.get_by_role("button", name="Stuur de link").click()
    expect(page.get_by_role("heading", level=1, name="Kijk in je e-mail")).to_be_visible()
    unknown_answer = page.locator("main").inner_text()
    assert set(mail_dir.iterdir()) == before

    page.goto(site_url + "/inloggen/wachtwoord-vergeten/")
    page.get_by_label("E-mailadres").fill("collega@halt.example")
    page.get_by_role("button", name="Stuur de link").click()
    expect(page.get_by_role("heading", level=1, name="Kijk in je e-mail")).to_be_visible()
    assert page.locator("main").inner_text() == unknown_answer
    message = newest_mail(mail_dir, before)
    assert "Subject: Nieuw wachtwoord voor Halt Leerlijn" in message
    link = re.search(r"http://\S+/inloggen/nieuw-wachtwoord/\S+/", message).group(0)
    assert link.startswith(site_url)  # the host the medewerker used, not localhost or example.com

    page.goto(link)
    expect(page.get_by_role("heading", level=1, name="Nieuw wachtwoord kiezen")).to_be_visible()
    page.get_by_label("Nieuw wachtwoord", exact=True).fill("kort")
    page.get_by_label("Herhaal het nieuwe wachtwoord").fill("kort")
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(page.get_by_role("alert")).to_contain_text("Dit wachtwoord is te kort")
    page.get_by_label("Nieuw wachtwoord", exact=True).fill("Zeilboot-Amersfoort-42")
    page.get_by_label("Herhaal het nieuwe wachtwoord").fill("Zeilboot-Amersfoort-42")
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(page.get_by_role("heading", level=1, name="Wachtwoord opgeslagen")).to_be_visible()

    page.locator("main").get_by_role("link", name="Inloggen").click()
    page.get_by_label("Gebruikersnaam").fill("collega")
    page.get_by_label("Wachtwoord", exact=True).fill("Zeilboot-Amersfoort-42")
    page.locator(".login-form").get_by_role("button", name="Inloggen").click()
    expect(page.get_by_text("Ingelogd als collega")).to_be_visible()
