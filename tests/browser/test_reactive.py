"""The same demo lesson presented proactief and reactief in a real browser, and a parent evening's deck in step.

Expected texts come from the demo catalogue's content files (the server is a separate process with the demo).
"""

import pytest
from playwright.sync_api import expect

from home.demo.content import read_content
from home.demo.schema import Vocabulary
from tests.browser.test_presenter import GUIDE_URL, LESSON_URL, log_in

LESSON = next(
    lesson
    for theme in read_content(Vocabulary()).themes
    for lesson in theme.lessons
    if LESSON_URL.rstrip("/").endswith(lesson.slug)
)
VARIANT = next(a for a in LESSON.activities if getattr(a, "reactive", None) and a.reactive.pupil_text)
SKIPPED = next(a for a in LESSON.activities if getattr(a, "reactive", None) and a.reactive.skip)
VARIANT_START = VARIANT.reactive.pupil_text[:40]


@pytest.fixture
def staff_page(page, site_url):
    log_in(page, site_url, LESSON_URL + "voorbereiden/")
    return page


def deck_text(page):
    return page.locator(".deck__stage").text_content(timeout=10_000)  # every slide, shown or not


def test_proactief_and_reactief_differ_in_the_deck(staff_page, site_url):
    page = staff_page
    skipped_row = page.locator("tr[data-reactive-skip]")
    expect(skipped_row).not_to_have_class("plan-row is-skipped")
    page.get_by_label("Reactief").check()  # the plan changes at once, before "Keuzes toepassen"
    expect(skipped_row).to_have_class("plan-row is-skipped")
    expect(page.locator("[data-reactive]").first).to_be_visible()

    page.get_by_role("link", name="Presenteren", exact=True).click()
    reactive = page.locator(".deck__stage")
    expect(reactive).to_contain_text(VARIANT_START)
    text = deck_text(page)
    assert VARIANT_START in text and SKIPPED.title not in text
    slides = page.locator(".deck__stage [data-slide]")
    assert slides.count() == len(LESSON.activities)  # the title slide, and one activity fewer

    page.goto(site_url + LESSON_URL + "presenteren/?inzet=proactief")
    text = deck_text(page)
    assert SKIPPED.title in text and VARIANT_START not in text
    assert page.locator(".deck__stage [data-slide]").count() == len(LESSON.activities) + 1


def test_the_parent_evening_deck_runs_with_the_presenter_view_in_step(page, site_url):
    log_in(page, site_url, GUIDE_URL)
    page.goto(site_url + GUIDE_URL + "ouderavond/presenteren/")
    counter = page.locator("[data-counter]")
    total = page.locator(".deck__stage [data-slide]").count()
    assert total >= 5
    expect(counter).to_have_text(f"Dia 1 van {total}")
    with page.expect_popup() as popup:
        page.get_by_role("link", name="Presentatorweergave").click()
    presenter = popup.value
    presenter.wait_for_load_state()
    expect(presenter.locator("[data-counter]")).to_have_text(f"Dia 1 van {total}")
    page.bring_to_front()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(counter).to_have_text(f"Dia 3 van {total}")
    expect(presenter.locator("[data-counter]")).to_have_text(f"Dia 3 van {total}")
    expect(page.get_by_role("heading", name="Zo begint u thuis het gesprek")).to_be_visible()
    presenter.bring_to_front()
    presenter.get_by_role("button", name="Vorige").click()
    expect(counter).to_have_text(f"Dia 2 van {total}")
