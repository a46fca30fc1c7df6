"""A lesson offered as reactief (or beide) goes live only with an incident protocol: a Dutch message on the field."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from curriculum.vocabularies import Use
from lessons.models import LessonPage
from lessons.rules import PROTOCOL_MESSAGE, lesson_problems
from tests.factories import incident_protocol
from tests.lessons.edit_forms import edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, db):
    # A superuser: the groups' page permissions sit on the demo's tree, not on this test's own site.
    user = get_user_model().objects.create_superuser("beheer-reactief", password="x")
    client.force_login(user)
    return client


def publish(client, lesson, **changes):
    page = LessonPage.objects.get(pk=lesson.pk)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return client.post(url, edit_form_data(page, action="action-publish", **changes))


def protocol_errors(response):
    errors = response.context["form"].errors.as_data().get("incident_protocol", [])
    messages = []
    for error in errors:
        nested = getattr(error, "non_block_errors", None)
        messages.extend(m for e in nested.as_data() for m in e.messages) if nested else messages.extend(error.messages)
    return messages


@pytest.mark.parametrize("use", [Use.REACTIEF, Use.BEIDE])
def test_a_reactive_lesson_without_protocol_is_refused_with_a_dutch_message_on_the_field(editor, lesson, use):
    response = publish(editor, lesson, use=use, incident_protocol=[], title="Zonder protocol")
    assert response.status_code == 200
    assert protocol_errors(response) == [PROTOCOL_MESSAGE]
    assert "protocol na een incident" in PROTOCOL_MESSAGE
    assert LessonPage.objects.get(pk=lesson.pk).title != "Zonder protocol"


def test_with_a_protocol_it_publishes(editor, lesson):
    response = publish(editor, lesson, use=Use.REACTIEF, title="Met protocol")
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert LessonPage.objects.get(pk=lesson.pk).title == "Met protocol"


def test_a_proactive_lesson_needs_no_protocol(editor, lesson):
    response = publish(editor, lesson, use=Use.PROACTIEF, incident_protocol=[], title="Alleen proactief")
    assert response.status_code == 302, response.context and response.context["form"].errors


def test_the_same_rule_serves_workflow_and_bulk_publish(lesson):
    lesson.incident_protocol = []
    assert [p.field for p in lesson_problems(50, [1], lesson.activities, Use.BEIDE, [])] == ["incident_protocol"]
    assert lesson_problems(50, [1], lesson.activities, Use.BEIDE, incident_protocol()) == []


def test_the_editor_finds_the_reactive_fields_in_the_edit_form(editor, lesson):
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "Protocol na een incident" in html and "Sla over bij reactieve inzet" in html
