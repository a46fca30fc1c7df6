"""The admin's rough edges for editors (issue 16): review dates, the coverage table, the guide's lessons, titles.

Built with factories, not the demo.
"""

import datetime
from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from lessons.coverage import MISSING, NOT_FOR_PUPILS, build_coverage
from lessons.governance import EINDREDACTIE
from lessons.models import ParentGuidePage
from lessons.review import due_for_review, today
from tests.factories import (
    AgeBandFactory,
    HelpResourceFactory,
    LessonPageFactory,
    ParentGuidePageFactory,
    ProfessionalGuidePageFactory,
    ThemePageFactory,
    account,
    governed_theme,
)
from tests.lessons.edit_forms import edit_form_data, edit_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme():
    return governed_theme()


@pytest.fixture
def editor(client):
    client.force_login(account("eindredacteur", EINDREDACTIE))
    return client


def add_url(theme, model="lessonpage"):
    return reverse("wagtailadmin_pages:add", args=["lessons", model, theme.pk])


# -- "Herzien vóór": required, a year ahead by default --------------------------------------------------------------


def test_new_lessons_and_guides_get_a_review_date_a_year_ahead(theme):
    lesson = LessonPageFactory(parent=theme)
    guide = ParentGuidePageFactory(parent=theme)
    professional = ProfessionalGuidePageFactory(parent=theme)
    for page in (lesson, guide, professional):
        assert page.review_by == today() + datetime.timedelta(days=365), page


def test_the_add_form_requires_a_review_date_and_proposes_one(editor, theme):
    form = editor.get(add_url(theme)).context["form"]
    assert form.fields["review_by"].required
    assert form["review_by"].value() == today() + datetime.timedelta(days=365)


def test_publishing_without_a_review_date_is_refused(editor, theme):
    lesson = LessonPageFactory(parent=theme)
    response = editor.post(edit_url(lesson), edit_form_data(lesson, action="action-publish", review_by=None))
    assert response.status_code == 200
    assert "review_by" in response.context["form"].errors


def test_every_new_lesson_reaches_the_review_panel_in_time(theme):
    lesson = LessonPageFactory(parent=theme)
    assert lesson not in [item.page for item in due_for_review()]
    assert lesson in [item.page for item in due_for_review(on=today() + datetime.timedelta(days=340))]


# -- The coverage table ------------------------------------------------------------------------------------------------


def test_an_empty_cell_opens_the_add_form_with_its_age_band_ticked(editor, theme):
    band = AgeBandFactory(slug="vo-onderbouw", name="VO onderbouw")
    LessonPageFactory(parent=theme, age_bands=[AgeBandFactory(slug="mbo", name="MBO")])
    [row] = [row for row in build_coverage()[1] if row.theme.pk == theme.pk]
    [cell] = [cell for cell in row.cells if cell.age_band == band]
    assert cell.status == MISSING
    assert cell.url == add_url(theme) + "?leeftijdsgroep=vo-onderbouw"

    html = editor.get(cell.url).content.decode()
    checked = BeautifulSoup(html, "html.parser").select('input[name="age_bands"][checked]')
    assert [box["value"] for box in checked] == [str(band.pk)]


def test_the_add_form_without_a_cell_ticks_nothing(editor, theme):
    AgeBandFactory()
    html = editor.get(add_url(theme)).content.decode()
    assert not BeautifulSoup(html, "html.parser").select('input[name="age_bands"][checked]')


def test_a_theme_with_only_guides_is_not_missing_its_lessons(editor, theme):
    AgeBandFactory()
    parents_only = ThemePageFactory(parent=theme.get_parent(), slug="ondermijning", title="Ondermijning")
    ParentGuidePageFactory(parent=parents_only)
    ProfessionalGuidePageFactory(parent=parents_only)
    rows = {row.theme.slug: row for row in build_coverage()[1]}
    assert {cell.status for cell in rows["ondermijning"].cells} == {NOT_FOR_PUPILS}
    assert rows["ondermijning"].uncovered_text == "Geen lessen: alleen materiaal voor ouders en professionals"
    assert {cell.status for cell in rows[theme.slug].cells} == {MISSING}  # no lessons and no guides: missing

    html = unescape(editor.get(reverse("wagtailadmin_home")).content.decode())
    row = BeautifulSoup(html, "html.parser").select_one('tr[data-theme="ondermijning"]')
    assert "ontbreekt" not in row.get_text() and "geen les nodig" in row.get_text()


# -- The guide's lessons: those of its theme ---------------------------------------------------------------------------


def test_a_guide_offers_the_lessons_of_its_own_theme(editor, theme):
    own = [LessonPageFactory(parent=theme) for _ in range(2)]
    elsewhere = ThemePageFactory(parent=theme.get_parent())
    others = [LessonPageFactory(parent=elsewhere) for _ in range(5)]
    guide = ParentGuidePageFactory(parent=theme, accompanies=own[:1])
    guide.help_resources.create(resource=HelpResourceFactory())

    for url in (edit_url(guide), add_url(theme, "parentguidepage")):
        response = editor.get(url)
        offered = set(response.context["form"].fields["accompanies"].queryset)
        assert offered == set(own), url
        assert not offered & set(others)
        boxes = BeautifulSoup(response.content, "html.parser").select('input[type="checkbox"][name="accompanies"]')
        assert len(boxes) == len(own), url  # one tick box per lesson of the theme, no multiple-select list


def test_a_lesson_chosen_elsewhere_earlier_stays_chosen(editor, theme):
    elsewhere = LessonPageFactory(parent=ThemePageFactory(parent=theme.get_parent()))
    guide = ParentGuidePageFactory(parent=theme, accompanies=[elsewhere])
    guide.help_resources.create(resource=HelpResourceFactory())
    response = editor.post(edit_url(guide), edit_form_data(guide, action="action-publish", intro="Korte zin."))
    assert response.status_code == 302
    assert list(ParentGuidePage.objects.get(pk=guide.pk).accompanies.all()) == [elsewhere]


# -- The edit title ----------------------------------------------------------------------------------------------------


def test_the_edit_title_names_the_type_once(editor, theme):
    guide = ParentGuidePageFactory(parent=theme, title="Gesprekshulp voor ouders: Wapens en geweld")
    html = editor.get(edit_url(guide)).content.decode()
    title = BeautifulSoup(html, "html.parser").title.get_text()
    assert title.lower().count("gesprekshulp voor ouders") == 1, title
    assert "Wapens en geweld" in title
    assert guide.title == "Gesprekshulp voor ouders: Wapens en geweld"  # the public title is left alone


def test_a_title_that_is_only_the_type_is_kept(theme):
    guide = ParentGuidePageFactory(parent=theme, title="Gesprekshulp voor ouders")
    assert guide.get_admin_display_title() == "Gesprekshulp voor ouders"
