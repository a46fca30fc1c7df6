"""The leerlijn coverage panel on the admin home page: its cells and uncovered goals match the content."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from curriculum.models import AgeBand, ThemePage
from lessons.coverage import DRAFT, MISSING, NOT_FOR_PUPILS, PUBLISHED, build_coverage
from lessons.models import LessonPage
from tests.factories import LessonPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db


def expected_status(theme, band):
    """The cell's status, asked of the database directly."""
    lessons = LessonPage.objects.child_of(theme).filter(age_bands=band)
    if lessons.live().exists():
        return PUBLISHED
    if lessons.exists():
        return DRAFT
    guides_only = not LessonPage.objects.child_of(theme).exists() and theme.get_children().exists()
    return NOT_FOR_PUPILS if guides_only else MISSING  # a parents/professionals-only theme needs no lesson


def statuses():
    _bands, rows = build_coverage()
    return {(row.theme.slug, cell.age_band.slug): cell.status for row in rows for cell in row.cells}


def row_of(slug):
    return next(row for row in build_coverage()[1] if row.theme.slug == slug)


@pytest.fixture
def themes(catalogue, users):
    """The catalogue, plus a draft lesson (VO bovenbouw) and a theme without lessons."""
    draft = LessonPageFactory(
        parent=catalogue.other_theme,
        title="Groepsdruk (VO bovenbouw)",
        slug="groepsdruk-vo-bovenbouw",
        age_bands=[AgeBand.objects.get(slug="vo-bovenbouw")],
    )
    draft.unpublish()
    ThemePageFactory(parent=catalogue.leerlijn, title="Herstelgericht werken", slug="herstelgericht-werken")
    return catalogue


def test_every_cell_matches_the_content(themes):
    age_bands, rows = build_coverage()
    assert age_bands == list(AgeBand.objects.all())
    assert [row.theme for row in rows] == list(ThemePage.objects.order_by("path"))
    for row in rows:
        for cell in row.cells:
            assert cell.status == expected_status(row.theme, cell.age_band), (row.theme.title, cell.age_band.name)
    assert len(rows) == 3
    assert set(statuses().values()) == {PUBLISHED, DRAFT, MISSING}
    assert statuses()[("invloed-van-de-groep", "vo-bovenbouw")] == DRAFT


def test_a_theme_with_lessons_serving_every_goal_has_none_uncovered(themes):
    assert row_of("geldezels").uncovered_goals == []
    labels = [label for label, _ in row_of("herstelgericht-werken").uncovered_goals]
    assert labels == ["Kennis", "Bewustwording", "Handelingsperspectief"]


def test_the_demo_serves_every_goal_in_each_theme_with_lessons(demo):
    for row in build_coverage()[1]:
        if row.lesson_count:
            assert row.uncovered_goals == [], row.theme.title
        else:
            assert [label for label, _ in row.uncovered_goals] == ["Kennis", "Bewustwording", "Handelingsperspectief"]


def test_an_unpublished_lesson_leaves_a_draft_only_cell(catalogue):
    lesson = catalogue.lesson
    theme = lesson.get_parent().specific
    [band] = lesson.age_bands.all()
    assert statuses()[(theme.slug, band.slug)] == PUBLISHED
    LessonPage.objects.child_of(theme).filter(age_bands=band).exclude(pk=lesson.pk).delete()
    lesson.unpublish()
    assert statuses()[(theme.slug, band.slug)] == DRAFT
    lesson.delete()
    assert statuses()[(theme.slug, band.slug)] == MISSING


def test_a_draft_of_a_live_lesson_counts_for_its_new_age_band(catalogue):
    lesson = catalogue.lesson
    theme = lesson.get_parent().specific
    missing = [band for band in AgeBand.objects.all() if statuses()[(theme.slug, band.slug)] == MISSING]
    assert missing, "the theme should have an age band without a lesson"
    lesson.age_bands.add(missing[0])
    lesson.save_revision()  # a draft: the live lesson keeps its age bands
    assert LessonPage.objects.get(pk=lesson.pk).age_bands.count() == 1
    assert statuses()[(theme.slug, missing[0].slug)] == DRAFT


def test_goals_no_published_lesson_serves_are_listed(catalogue):
    theme = catalogue.theme
    assert row_of("geldezels").uncovered_goals == []
    only_kennis = []
    for lesson in LessonPage.objects.child_of(theme):
        raw = [dict(b, value={**b["value"], "goal": "kennis"}) for b in lesson.activities.raw_data]
        LessonPage.objects.filter(pk=lesson.pk).update(activities=raw)
        only_kennis.append(lesson)
    assert row_of("geldezels").uncovered_goals == [("Bewustwording", False), ("Handelingsperspectief", False)]

    draft = LessonPage.objects.get(pk=only_kennis[0].pk)
    revision = draft.save_revision()
    raw = json.loads(revision.content["activities"])
    raw[-1]["value"]["goal"] = "bewustwording"
    revision.content["activities"] = json.dumps(raw)
    revision.save()
    assert row_of("geldezels").uncovered_goals == [("Bewustwording", True), ("Handelingsperspectief", False)]


def test_the_panel_on_the_admin_home_page_shows_each_cell(client, themes, login):
    login("redacteur")
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = BeautifulSoup(html, "html.parser").find(id="leerlijn-dekking-section")
    assert panel.find("h2").get_text(strip=True) == "Dekking van de leerlijn"
    shown = {
        (tr["data-theme"], td["data-age-band"]): td["data-status"]
        for tr in panel.select("tr[data-theme]")
        for td in tr.select("td[data-age-band]")
    }
    assert shown == statuses()
    headers = [th.get_text(strip=True) for th in panel.select("thead th")]
    assert headers == ["Thema", *AgeBand.objects.values_list("name", flat=True), "Lesdoelen niet gedekt"]
    herstel = panel.select_one('tr[data-theme="herstelgericht-werken"] td[data-uncovered]')
    assert herstel.get_text(strip=True) == "Kennis, Bewustwording, Handelingsperspectief"  # no lessons, no guides
    geldezels = panel.select_one('tr[data-theme="geldezels"] td[data-uncovered]')
    assert geldezels.get_text(strip=True) == "Alle drie gedekt"


def test_a_missing_cell_links_to_adding_a_lesson_under_its_theme(client, themes):
    _bands, rows = build_coverage()
    cell = next(cell for row in rows for cell in row.cells if cell.status == MISSING)
    add = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", cell.theme.pk])
    assert cell.url == f"{add}?leeftijdsgroep={cell.age_band.slug}"  # the new lesson starts in this age band
    published = next(cell for row in rows for cell in row.cells if cell.status == PUBLISHED)
    assert published.url == reverse("wagtailadmin_pages:edit", args=[published.lessons[0].pk])
