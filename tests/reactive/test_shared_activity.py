"""A shared activity's reactive variant: written once on the snippet, shown like an activity's in reactive decks."""

import io

import pytest
from pypdf import PdfReader

from curriculum.vocabularies import Goal, Use
from tests.factories import (
    LessonPageFactory,
    SharedActivityFactory,
    activity,
    incident_protocol,
    reactive_variant,
    shared,
    shared_reactive,
)

pytestmark = pytest.mark.django_db

SHARED_LINE = "Zeg erbij dat deze afspraken vandaag extra tellen, zonder uit te leggen waarom."
SHARED_TEXT = "Vandaag praten we over iets wat overal kan gebeuren, ook in een andere klas."
SHARED_PUPIL = "We luisteren naar elkaar."  # the factory's ordinary pupil content


def published(**fields):
    snippet = SharedActivityFactory(**fields)
    snippet.save_revision().publish()
    return snippet


@pytest.fixture
def shared_lesson(theme):
    rules = published(
        title="Groepsafspraken",
        reactive=shared_reactive(reactive_variant(pupil_text=SHARED_TEXT, presenter_line=SHARED_LINE)),
    )
    game = published(title="Energizer met ballen", reactive=shared_reactive(reactive_variant(skip=True)))
    return LessonPageFactory(
        parent=theme,
        title="Groepsdruk met gedeelde opening",
        slug="groepsdruk-gedeeld",
        use=Use.BEIDE,
        duration=40,
        activities=[
            shared(rules, 5, Goal.BEWUSTWORDING),
            activity("Uitleg", 15, Goal.KENNIS),
            shared(game, 10, Goal.BEWUSTWORDING),
            activity("Wat kun je doen?", 10, Goal.HANDELINGSPERSPECTIEF),
        ],
        incident_protocol=incident_protocol(),
    )


def html(client, lesson, route, use):
    response = client.get(lesson.url + route, {"inzet": use})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("route", ["presenteren/", "presenteren/presentator/"])
def test_the_reactive_deck_shows_the_shared_variant_and_leaves_out_the_shared_skip(staff_client, shared_lesson, route):
    proactive = html(staff_client, shared_lesson, route, "proactief")
    reactive = html(staff_client, shared_lesson, route, "reactief")
    assert SHARED_TEXT in reactive and SHARED_TEXT not in proactive
    assert SHARED_PUPIL in proactive
    assert "Energizer met ballen" in proactive and "Energizer met ballen" not in reactive


def test_the_presenter_line_only_in_the_reactive_presenter_view(staff_client, shared_lesson):
    assert SHARED_LINE in html(staff_client, shared_lesson, "presenteren/presentator/", "reactief")
    assert SHARED_LINE not in html(staff_client, shared_lesson, "presenteren/presentator/", "proactief")


def test_voorbereiden_and_the_lesson_plan_show_it_when_reactive(staff_client, shared_lesson):
    prepare = html(staff_client, shared_lesson, "voorbereiden/", "reactief")
    assert SHARED_LINE in prepare and "valt weg bij reactieve inzet" in prepare
    reactive = pdf_text(staff_client.get(shared_lesson.url + "pdf/lesplan/", {"inzet": "reactief"}).content)
    proactive = pdf_text(staff_client.get(shared_lesson.url + "pdf/lesplan/", {"inzet": "proactief"}).content)
    assert SHARED_LINE in reactive and SHARED_LINE not in proactive


def test_a_draft_variant_reaches_no_lesson_until_it_is_published(staff_client, shared_lesson):
    rules = shared_lesson.activities[0].value["activity"]
    rules.reactive = shared_reactive(reactive_variant(presenter_line="Conceptregel die nog niet live is."))
    rules.save_revision()  # a draft: the live row keeps the published variant
    reactive = html(staff_client, shared_lesson, "presenteren/presentator/", "reactief")
    assert SHARED_LINE in reactive and "Conceptregel" not in reactive


def test_anonymous_visitors_never_see_it(client, shared_lesson):
    page = client.get(shared_lesson.url).content.decode()
    assert SHARED_PUPIL in page  # the shared activity is on the public page ...
    assert SHARED_LINE not in page and SHARED_TEXT not in page  # ... without its reactive variant
    api = client.get(f"/api/v2/pages/{shared_lesson.pk}/").content.decode()
    assert "Groepsafspraken" in api and SHARED_LINE not in api and "vandaag extra tellen" not in api


def test_staff_search_text_holds_the_shared_variant(shared_lesson):
    text = shared_lesson.presenter_text()
    assert SHARED_LINE in text and SHARED_TEXT in text


def pdf_text(document):
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(document)).pages).split())
