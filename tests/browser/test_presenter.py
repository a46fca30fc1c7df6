"""A Halt-medewerker prepares and presents a lesson in a real browser; anonymous visitors never get in.

Expected texts come from the demo catalogue's data (the server is a separate process with its own database).
"""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from home.demo.content import read_content
from home.demo.schema import Vocabulary
from tests.browser.accessibility import assert_accessible
from tests.lessons.test_presenter import pdf_metadata, pdf_text, squeeze

LESSON_URL = "/leerlijn/geldezels/geldezels-vo-onderbouw/"
GUIDE_URL = "/leerlijn/invloed-van-de-groep/ouders/"
STAFF_ROUTES = ["voorbereiden/", "presenteren/", "presenteren/presentator/", "pdf/lesplan/", "pdf/handout/"]


CATALOGUE = [theme.model_dump() for theme in read_content(Vocabulary()).themes]


def catalogue_lesson(slug):
    return next(lesson for theme in CATALOGUE for lesson in theme["lessons"] if lesson["slug"] == slug)


LESSON = catalogue_lesson("geldezels-vo-onderbouw")
ACTIVITIES = LESSON["activities"]
SLIDES = len(ACTIVITIES) + 1  # a title slide, then one per activity
OPTIONAL = next(i for i, activity in enumerate(ACTIVITIES) if activity.get("optional"))


def secrets():
    """Presenter-only sentences of the lesson: notes, quiz explanations, ground rules."""
    texts = [activity.get("presenter_notes", "") for activity in ACTIVITIES]
    texts += [q.get("explanation", "") for activity in ACTIVITIES for q in activity.get("questions", [])]
    texts += (LESSON.get("safe_delivery") or {}).get("ground_rules", [])
    return [text for text in texts if len(text) > 20]


def log_in(page, site_url, next_path=LESSON_URL):
    """Through the site's own login page, as Halt-medewerkers do (they have no access to the admin)."""
    page.goto(site_url + "/inloggen/?next=" + next_path)
    page.get_by_label("Gebruikersnaam").fill("medewerker")
    page.get_by_label("Wachtwoord").fill("halt-demo")
    page.locator(".login-form").get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(site_url + next_path)


@pytest.fixture
def staff_page(page, site_url):
    log_in(page, site_url)
    return page


def test_the_presenter_window_follows_the_audience_even_offline(staff_page, site_url):
    page = staff_page
    expect(page.get_by_role("link", name="Presenteren", exact=True)).to_be_visible()
    page.get_by_role("link", name="Presenteren", exact=True).click()
    counter = page.locator("[data-counter]")
    expect(counter).to_have_text(f"Dia 1 van {SLIDES}")
    expect(page.get_by_role("heading", level=1, name=LESSON["title"])).to_be_visible()

    with page.expect_popup() as popup:
        page.get_by_role("link", name="Presentatorweergave").click()
    presenter = popup.value
    presenter.wait_for_load_state()
    expect(presenter.locator("[data-counter]")).to_have_text(f"Dia 1 van {SLIDES}")

    page.context.set_offline(True)  # the school's Wi-Fi drops: the loaded presentation carries on
    page.bring_to_front()
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    expect(counter).to_have_text(f"Dia 4 van {SLIDES}")
    third = ACTIVITIES[2]
    expect(page.get_by_role("heading", name=third["title"])).to_be_visible()
    expect(page).to_have_url(re.compile(r"#dia-4$"))

    expect(presenter.locator("[data-counter]")).to_have_text(f"Dia 4 van {SLIDES}")
    notes = presenter.locator(".pv__note:visible")
    expect(notes).to_have_count(1)
    expect(notes).to_contain_text(third["presenter_notes"])
    expect(presenter.locator(".pv__now .slide:visible")).to_contain_text(third["title"])
    expect(presenter.locator(".pv__next .slide:visible")).to_contain_text(ACTIVITIES[3]["title"])
    expect(presenter.locator("[data-planned]")).to_have_text(str(sum(a["minutes"] for a in ACTIVITIES[:3])))

    page.keyboard.press("ArrowLeft")
    expect(presenter.locator(".pv__note:visible")).to_contain_text(ACTIVITIES[1]["presenter_notes"])

    presenter.get_by_role("button", name="Volgende").click()  # the presenter steers the audience window
    expect(counter).to_have_text(f"Dia 4 van {SLIDES}")
    page.context.set_offline(False)


def test_the_audience_window_never_shows_notes_and_escape_leaves(staff_page, site_url):
    page = staff_page
    page.goto(site_url + LESSON_URL + "presenteren/")
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.keyboard.press("End")
    expect(page.locator("[data-counter]")).to_have_text(f"Dia {SLIDES} van {SLIDES}")
    text = page.locator("body").inner_text()
    assert not any(secret in text for secret in secrets())
    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(re.escape(site_url + LESSON_URL + "voorbereiden/")))
    assert all(url.startswith(site_url) for url in requests)


def test_switching_an_optional_activity_off_removes_its_slides_and_its_minutes(staff_page, site_url):
    page = staff_page
    page.get_by_role("link", name="Voorbereiden").click()
    total = page.locator("[data-total]")
    full = sum(activity["minutes"] for activity in ACTIVITIES)
    skipped = ACTIVITIES[OPTIONAL]
    expect(total).to_have_text(str(full))

    page.get_by_label(f"Overslaan: {skipped['title']}").check()
    expect(total).to_have_text(str(full - skipped["minutes"]))
    expect(page.locator("[data-summary]")).to_contain_text(f"{full - skipped['minutes']} minuten")
    expect(page.locator(f'article[data-activity="{OPTIONAL + 1}"]')).to_be_hidden()
    page.get_by_label("Reactief").check()
    expect(page.get_by_role("heading", name=re.compile("Reactief inzetten"))).to_be_visible()

    page.get_by_role("link", name="Presenteren", exact=True).click()
    query = parse_qs(urlparse(page.url).query)
    assert query == {"inzet": ["reactief"], "zonder": [str(OPTIONAL + 1)]}
    expect(page.locator("[data-counter]")).to_have_text(f"Dia 1 van {SLIDES - 1}")
    assert page.get_by_role("heading", name=skipped["title"]).count() == 0
    for _ in range(SLIDES):
        page.keyboard.press("Space")
    expect(page.locator("[data-counter]")).to_have_text(f"Dia {SLIDES - 1} van {SLIDES - 1}")

    page.keyboard.press("Escape")  # back to Voorbereiden, with the choices still made
    expect(page.get_by_label(f"Overslaan: {skipped['title']}")).to_be_checked()
    expect(total).to_have_text(str(full - skipped["minutes"]))


def test_the_pdfs_open_with_title_language_and_notes_only_for_the_presenter(staff_page, site_url, browser):
    page = staff_page
    page.get_by_role("link", name="Voorbereiden").click()
    documents = {}
    for name in ("Lesplan (PDF)", "Handout (PDF)"):
        url = page.get_by_role("link", name=name).get_attribute("href")
        opened = page.context.new_page()
        response = opened.goto(site_url + url)  # Chromium's PDF viewer opens it, no download
        assert response.ok and response.headers["content-type"] == "application/pdf"
        opened.close()
        download = page.request.get(site_url + url)
        documents[name] = download.body()
        assert pdf_metadata(documents[name]) == {"title": LESSON["title"], "lang": "nl", "tagged": True}

    plan, handout = (squeeze(pdf_text(documents[name])) for name in ("Lesplan (PDF)", "Handout (PDF)"))
    for secret in secrets():
        assert squeeze(secret) in plan
        assert squeeze(secret) not in handout
    assert squeeze(LESSON["central_question"]) in plan and squeeze(LESSON["central_question"]) in handout

    visitor = browser.new_context()
    guide = visitor.new_page()
    guide.goto(site_url + GUIDE_URL)
    href = guide.get_by_role("link", name="Download als PDF").get_attribute("href")
    document = visitor.request.get(site_url + href)
    assert document.ok and document.headers["content-type"] == "application/pdf"
    assert pdf_metadata(document.body())["lang"] == "nl"
    assert pdf_metadata(document.body())["title"] == guide.get_by_role("heading", level=1).inner_text()
    visitor.close()


@pytest.mark.parametrize("route", STAFF_ROUTES)
def test_anonymous_access_to_every_presenter_route_is_refused(browser, site_url, route):
    context = browser.new_context()
    page = context.new_page()
    response = context.request.get(site_url + LESSON_URL + route, max_redirects=0)
    assert response.status == 302
    assert urlparse(response.headers["location"]).path == "/inloggen/"
    assert response.headers["cache-control"] == "private, no-store"
    assert not any(secret in response.text() for secret in secrets())

    page.goto(site_url + LESSON_URL + route)
    expect(page).to_have_url(re.compile(r"/inloggen/\?next="))
    expect(page.get_by_role("heading", name="Inloggen voor Halt-medewerkers")).to_be_visible()
    text = page.locator("body").inner_text()
    assert LESSON["central_question"] not in text
    assert not any(secret in text for secret in secrets())
    context.close()


@pytest.mark.parametrize("route", ["voorbereiden/", "presenteren/", "presenteren/presentator/"])
def test_presenter_pages_have_no_axe_violations(staff_page, site_url, route):
    staff_page.goto(site_url + LESSON_URL + route)
    assert_accessible(staff_page)


def test_the_login_page_has_no_axe_violations(page, site_url):
    page.goto(site_url + "/inloggen/")
    assert_accessible(page)


def test_presentation_controls_show_their_focus(staff_page, site_url):
    staff_page.goto(site_url + LESSON_URL + "presenteren/")
    staff_page.keyboard.press("Tab")
    focused = staff_page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return {text: document.activeElement.textContent, outline: s.outlineStyle,"
        " width: parseFloat(s.outlineWidth)} }"
    )
    assert focused["text"] == "Vorige"
    assert focused["outline"] != "none" and focused["width"] >= 2
