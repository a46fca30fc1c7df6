"""The same lesson presented proactief and reactief: the editor's reactive content really changes the deck."""

import io

import pytest
from django.http import QueryDict
from pypdf import PdfReader

from lessons.presenter import Selection
from tests.factories import LessonPageFactory
from tests.reactive.conftest import NEVER_SAY, PRESENTER_LINE, SKIPPED_TITLE, VARIANT_TEXT

pytestmark = pytest.mark.django_db


def page(client, lesson, route, use):
    response = client.get(lesson.url + route, {"inzet": use})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("route", ["presenteren/", "presenteren/presentator/"])
def test_the_reactive_variant_only_in_the_reactive_deck_and_the_skipped_activity_only_in_the_proactive(
    staff_client, lesson, route
):
    proactive = page(staff_client, lesson, route, "proactief")
    reactive = page(staff_client, lesson, route, "reactief")
    assert SKIPPED_TITLE in proactive and SKIPPED_TITLE not in reactive
    assert VARIANT_TEXT in reactive and VARIANT_TEXT not in proactive
    assert "Wat weet je al over groepsdruk?" in proactive and "Wat weet je al over groepsdruk?" not in reactive


def test_the_presenter_line_and_protocol_only_in_the_reactive_presenter_view(staff_client, lesson):
    proactive = page(staff_client, lesson, "presenteren/presentator/", "proactief")
    reactive = page(staff_client, lesson, "presenteren/presentator/", "reactief")
    assert PRESENTER_LINE in reactive and PRESENTER_LINE not in proactive
    assert NEVER_SAY in reactive and NEVER_SAY not in proactive


def test_voorbereiden_shows_the_reactive_plan(staff_client, lesson):
    html = page(staff_client, lesson, "voorbereiden/", "reactief")
    assert "valt weg bij reactieve inzet" in html
    assert NEVER_SAY in html
    assert "<strong>35 minuten</strong> · 4 dia" in html


def test_the_selection_leaves_out_what_the_editor_marked_only_when_reactive(lesson):
    proactive = Selection(lesson, QueryDict("inzet=proactief"))
    reactive = Selection(lesson, QueryDict("inzet=reactief"))
    assert [a.title for a in proactive.included] == ["Opening", "Uitleg", SKIPPED_TITLE, "Wat kun je doen?"]
    assert [a.title for a in reactive.included] == ["Opening", "Uitleg", "Wat kun je doen?"]
    assert reactive.minutes == 35 and reactive.included[-1].start == 25


def test_the_lesson_plan_pdf_differs(staff_client, lesson):
    proactive = pdf_text(staff_client.get(lesson.url + "pdf/lesplan/", {"inzet": "proactief"}).content)
    reactive = pdf_text(staff_client.get(lesson.url + "pdf/lesplan/", {"inzet": "reactief"}).content)
    assert NEVER_SAY in reactive and NEVER_SAY not in proactive
    assert PRESENTER_LINE in reactive and PRESENTER_LINE not in proactive


def test_anonymous_visitors_never_see_the_reactive_content(client, lesson):
    html = client.get(lesson.url).content.decode()
    assert lesson.title in html
    assert not any(text in html for text in (VARIANT_TEXT, PRESENTER_LINE, NEVER_SAY))
    assert client.get(lesson.url + "presenteren/", {"inzet": "reactief"}).status_code == 302


def pdf_text(document):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(document)).pages)


def test_a_lesson_saved_before_the_reactive_fields_still_works(staff_client, theme):
    """Streams from before the reactive fields have no `reactive` key: staff search and the decks keep working."""
    old = LessonPageFactory(parent=theme, slug="oude-les", title="Oude les")
    raw = [
        dict(item, value={key: value for key, value in item["value"].items() if key != "reactive"})
        for item in old.activities.raw_data
    ]
    old.activities = raw
    old.save()
    old = type(old).objects.get(pk=old.pk)
    assert "Wat de klas ziet." not in old.presenter_text()  # no pupil text counted as presenter text, no error
    assert staff_client.get(old.url + "presenteren/", {"inzet": "reactief"}).status_code == 200
    assert staff_client.get("/zoeken/", {"q": "Oude"}).status_code == 200
