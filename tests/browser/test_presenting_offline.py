"""Presenting in Chromium (issue 16): Esc leaves, in full screen too; no CSP violation; a loaded deck reloads
without a network and logging out forgets it; the last slide names where pupils find help."""

import re

import pytest
from playwright.sync_api import expect

from home.demo.content import read_content
from home.demo.schema import Vocabulary
from tests.browser.test_presenter import LESSON, LESSON_URL, SLIDES, log_in

CONTENT = read_content(Vocabulary())
HELP = {resource.slug: resource for resource in CONTENT.help_resources}
SIGNPOSTED = (LESSON.get("safe_delivery") or {}).get("signposting", [])
PRESENT = LESSON_URL + "presenteren/"
PREPARE = LESSON_URL + "voorbereiden/"

# Collected from the first script on: CSP violations and console errors.
WATCH_CSP = """
window.__problems = [];
document.addEventListener("securitypolicyviolation", e => window.__problems.push(
    "CSP " + e.violatedDirective + " " + (e.blockedURI || "inline") + " " + e.sourceFile + ":" + e.lineNumber));
"""


@pytest.fixture
def staff(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    log_in(page, site_url)
    yield page
    context.close()


def test_escape_leaves_the_presentation_in_full_screen_too(staff, site_url):
    staff.goto(site_url + PRESENT)
    expect(staff.locator("[data-counter]")).to_have_text(f"Dia 1 van {SLIDES}")
    staff.keyboard.press("f")
    staff.wait_for_function("document.fullscreenElement !== null")
    staff.keyboard.press("ArrowRight")
    expect(staff.locator("[data-counter]")).to_have_text(f"Dia 2 van {SLIDES}")
    staff.keyboard.press("Escape")
    expect(staff).to_have_url(re.compile(re.escape(site_url + PREPARE)))


def test_f_twice_ends_full_screen_and_stays(staff, site_url):
    staff.goto(site_url + PRESENT)
    staff.keyboard.press("f")
    staff.wait_for_function("document.fullscreenElement !== null")
    staff.keyboard.press("f")
    staff.wait_for_function("document.fullscreenElement === null")
    expect(staff).to_have_url(re.compile(re.escape(site_url + PRESENT)))
    staff.keyboard.press("Escape")  # and out of full screen, Esc still leaves
    expect(staff).to_have_url(re.compile(re.escape(site_url + PREPARE)))


@pytest.mark.parametrize("route", ["presenteren/", "presenteren/presentator/"])
def test_the_deck_breaks_no_content_security_policy(staff, site_url, route):
    errors = []
    staff.on("console", lambda message: message.type == "error" and errors.append(message.text))
    staff.on("pageerror", lambda error: errors.append(str(error)))
    staff.add_init_script(WATCH_CSP)
    response = staff.goto(site_url + LESSON_URL + route)
    assert "style-src 'self'" in response.headers["content-security-policy"]
    expect(staff.locator("[data-counter]")).to_have_text(f"Dia 1 van {SLIDES}")
    for _ in range(SLIDES):
        staff.keyboard.press("ArrowRight")
    expect(staff.locator("[data-counter]")).to_have_text(f"Dia {SLIDES} van {SLIDES}")
    if route == "presenteren/":
        progress = "getComputedStyle(document.querySelector('[data-progress]')).getPropertyValue('--progress')"
        assert staff.evaluate(progress).strip() == "100%"  # the progress bar still moves, through the CSSOM
    staff.wait_for_selector("html[data-offline-ready]")
    assert staff.evaluate("window.__problems") == []
    assert errors == []


def test_a_loaded_deck_reloads_and_runs_without_a_network(staff, site_url):
    staff.goto(site_url + PRESENT + "#dia-2")
    staff.wait_for_selector("html[data-offline-ready]")
    titles = staff.locator(".deck__stage [data-slide] .slide__title").all_text_contents()
    staff.context.set_offline(True)
    response = staff.reload()
    assert response.from_service_worker
    expect(staff.locator("[data-counter]")).to_have_text(f"Dia 2 van {SLIDES}")
    expect(staff.get_by_role("heading", level=2, name=titles[1].strip())).to_be_visible()
    staff.keyboard.press("ArrowRight")
    expect(staff.locator("[data-counter]")).to_have_text(f"Dia 3 van {SLIDES}")
    expect(staff.get_by_role("heading", level=2, name=titles[2].strip())).to_be_visible()
    # the styles came along: the stage is dark, the slide is laid out
    assert staff.evaluate("getComputedStyle(document.querySelector('.deck__bar')).position") != "static"
    # and nothing else of the site is kept: a public page is simply offline
    assert staff.evaluate("fetch('/leerlijn/').then(() => 'online', () => 'offline')") == "offline"
    staff.context.set_offline(False)


def test_logging_out_forgets_the_stored_decks(staff, site_url):
    staff.goto(site_url + PRESENT)
    staff.wait_for_selector("html[data-offline-ready]")
    assert staff.evaluate("caches.keys()") != []
    staff.goto(site_url + "/leerlijn/")
    staff.locator("header.site-header").get_by_role("button", name="Uitloggen").click()
    expect(staff).to_have_url(site_url + "/")
    staff.wait_for_function("caches.keys().then(keys => keys.length === 0)")
    assert staff.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
    staff.context.set_offline(True)
    error = None
    try:
        staff.goto(site_url + PRESENT)
    except Exception as exc:  # noqa: BLE001  (Chromium's own offline error page is what we expect)
        error = exc
    assert error is not None or "data-deck" not in staff.content()
    staff.context.set_offline(False)


def test_the_last_slide_names_the_help_for_pupils(staff, site_url):
    assert SIGNPOSTED, "the demo lesson must signpost help for this test to mean anything"
    staff.goto(site_url + PRESENT)
    staff.keyboard.press("End")
    last = staff.locator(".deck__stage [data-slide]").last
    expect(last).to_be_visible()
    help_box = last.locator(".slide__help")
    expect(help_box).to_contain_text("Hulp nodig?")
    for slug in SIGNPOSTED:
        resource = HELP[slug]
        expect(help_box).to_contain_text(resource.name)
        if resource.phone:
            expect(help_box).to_contain_text(resource.phone)
    # it fits on the slide
    inner = last.locator(".slide__inner")
    assert inner.evaluate("box => box.scrollHeight <= box.clientHeight + 1")
