"""Publishing rules: each blocks going live with its Dutch message on the field to fix, and passes when fixed.

Every test posts the real admin forms, the way the editor's browser does (tests/lessons/edit_forms.py).
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import TaskState, WorkflowState

from lessons.image_forms import ALT_TEXT_REQUIRED
from lessons.models import LessonPage
from lessons.readability import MIN_SCORE
from lessons.rules import AGE_BAND_MESSAGE
from tests.factories import fresh
from tests.lessons.edit_forms import edit_form_data, edit_url

pytestmark = pytest.mark.django_db

HARD_INTRO = (
    "Ouders en verzorgers worden nadrukkelijk verzocht om in voorkomende gevallen, waarin er sprake is van "
    "vermoedelijke betrokkenheid bij financieel-economische criminaliteit, onverwijld contact op te nemen met de "
    "desbetreffende hulpverleningsinstanties. De implementatie van preventieve interventiestrategieën vereist een "
    "multidisciplinaire benadering."
)
# The B1 score is the whole guide's: one hard paragraph among easy ones is flagged, not blocked; four are blocked.
HARD_FIELDS = ["intro", "learned_kennis", "learned_bewustwording", "learned_handelingsperspectief"]
HARD_GUIDE = dict.fromkeys(HARD_FIELDS, HARD_INTRO)


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.fixture
def editor(login):
    """Eindredactie: may publish."""
    return login("eindredacteur")


def post_edit(client, page, action="action-publish", **changes):
    page = fresh(page)
    return client.post(edit_url(page), edit_form_data(page, action=action, **changes))


def error_text(response, field):
    """The messages on one field of the edit form, StreamField (non-block) errors included."""
    messages = []
    for error in response.context["form"].errors.as_data()[field]:
        nested = getattr(error, "non_block_errors", None)
        messages.extend(m for e in nested.as_data() for m in e.messages) if nested else messages.extend(error.messages)
    return " ".join(messages)


def activities_with_goals(lesson, *goals):
    raw = list(fresh(lesson).activities.raw_data)
    return [dict(block, value={**block["value"], "goal": goals[i % len(goals)]}) for i, block in enumerate(raw)]


def assert_published(response, page, title):
    assert response.status_code == 302, response.context and response.context["form"].errors
    page = fresh(page)
    assert page.live and page.title == title and not page.has_unpublished_changes


def assert_refused(response, page):
    assert response.status_code == 200
    assert fresh(page).live_revision_id == page.live_revision_id


# -- Lessons ------------------------------------------------------------------------------------------------------


def test_a_complete_lesson_publishes(editor, lesson):
    assert_published(post_edit(editor, lesson, title="Geldezels: nieuwe titel"), lesson, "Geldezels: nieuwe titel")


def test_each_goal_needs_an_activity(editor, lesson):
    response = post_edit(editor, lesson, activities=activities_with_goals(lesson, "kennis"))
    assert_refused(response, lesson)
    message = error_text(response, "activities")
    assert "Geen enkele activiteit dient de lesdoelen Bewustwording en Handelingsperspectief" in message
    assert set(response.context["form"].errors) == {"activities"}

    response = post_edit(editor, lesson, activities=activities_with_goals(lesson, "kennis", "bewustwording"))
    assert "dient het lesdoel Handelingsperspectief." in error_text(response, "activities")

    fixed = activities_with_goals(lesson, "kennis", "bewustwording", "handelingsperspectief")
    assert_published(post_edit(editor, lesson, activities=fixed, title="Alle doelen"), lesson, "Alle doelen")


def test_a_lesson_needs_an_age_band(editor, lesson):
    response = post_edit(editor, lesson, age_bands=[])
    assert_refused(response, lesson)
    assert error_text(response, "age_bands") == AGE_BAND_MESSAGE

    bands = list(fresh(lesson).age_bands.all())
    assert_published(post_edit(editor, lesson, age_bands=bands, title="Met leeftijd"), lesson, "Met leeftijd")


def test_activity_minutes_add_up_to_the_duration_within_five_minutes(editor, lesson):
    minutes = lesson.activity_minutes
    for duration in (minutes + 6, minutes - 6):
        response = post_edit(editor, lesson, duration=duration)
        assert_refused(response, lesson)
        assert error_text(response, "duration") == (
            f"De activiteiten duren samen {minutes} minuten, de les {duration} minuten. Maak de duur gelijk aan de "
            "som van de activiteiten (hooguit 5 minuten verschil)."
        )
    assert_published(post_edit(editor, lesson, duration=minutes + 5, title="Ruim"), lesson, "Ruim")
    assert fresh(lesson).duration == minutes + 5


def test_all_problems_are_shown_at_once(editor, lesson):
    response = post_edit(editor, lesson, activities=activities_with_goals(lesson, "kennis"), age_bands=[], duration=200)
    assert set(response.context["form"].errors) == {"activities", "age_bands", "duration"}


def test_drafts_may_be_saved_incomplete(editor, lesson):
    response = post_edit(
        editor, lesson, action=None, activities=activities_with_goals(lesson, "kennis"), age_bands=[], duration=5
    )
    assert response.status_code == 302
    draft = fresh(lesson).get_latest_revision_as_object()
    assert draft.duration == 5 and not draft.age_bands.exists()
    live = fresh(lesson)
    assert live.duration == lesson.duration and live.has_unpublished_changes


EMPTY_STREAMS = {
    "activities-count": "0",
    "follow_up-count": "0",
    "safe_delivery-count": "0",
    "incident_protocol-count": "0",
}


def test_a_new_lesson_can_start_as_an_empty_draft_and_publishes_only_when_complete(editor, lesson):
    theme = lesson.get_parent()
    add_url = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", theme.pk])
    response = editor.post(add_url, {"title": "Nieuwe les", "slug": "nieuwe-les", "duration": "50", **EMPTY_STREAMS})
    assert response.status_code == 302
    draft = LessonPage.objects.get(slug="nieuwe-les")
    assert not draft.live

    response = post_edit(editor, draft)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "Geen enkele activiteit dient de lesdoelen Kennis, Bewustwording en Handelingsperspectief" in error_text(
        response, "activities"
    )
    assert error_text(response, "age_bands") == AGE_BAND_MESSAGE
    assert "De activiteiten duren samen 0 minuten, de les 50 minuten" in error_text(response, "duration")
    assert "central_question" in errors  # required fields are required again when publishing
    assert not fresh(draft).live


def test_an_editor_who_cannot_publish_gets_no_publishing_rules(client, lesson):
    """The redacteur's 'publish' is a plain save in Wagtail: the draft is stored, nothing goes live."""
    client.force_login(user("redacteur"))
    response = post_edit(client, lesson, age_bands=[])
    assert response.status_code == 302
    assert fresh(lesson).live_revision_id == lesson.live_revision_id
    assert not fresh(lesson).get_latest_revision_as_object().age_bands.exists()


# -- The review workflow ends in publishing: the rules hold there too ---------------------------------------------


def submit_broken_lesson(client, lesson):
    """The redacteur saves a lesson whose activities serve only 'kennis' and submits it for review."""
    client.force_login(user("redacteur"))
    response = post_edit(client, lesson, action="action-submit", activities=activities_with_goals(lesson, "kennis"))
    assert response.status_code == 302
    client.logout()
    return fresh(lesson)


def approve_from_dashboard(client, page):
    state = fresh(page).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    return client.post(url, {"comment": ""})


def test_approving_the_last_step_in_the_editor_checks_the_rules(client, lesson):
    lesson = submit_broken_lesson(client, lesson)
    client.force_login(user("collega"))
    approve_from_dashboard(client, lesson)  # step 1, "Inhoudelijke review" by a colleague: publishes nothing
    client.force_login(user("eindredacteur"))
    assert fresh(lesson).current_workflow_task.name == "Eindredactie"

    approve = {"action-workflow-action": "1", "workflow-action-name": "approve"}
    data = edit_form_data(fresh(lesson).get_latest_revision_as_object(), action=None)
    response = client.post(edit_url(lesson), {**data, **approve})
    assert_refused(response, lesson)
    assert "Geen enkele activiteit dient de lesdoelen" in error_text(response, "activities")
    assert fresh(lesson).current_workflow_task.name == "Eindredactie"

    fixed = activities_with_goals(lesson, "kennis", "bewustwording", "handelingsperspectief")
    data = edit_form_data(fresh(lesson).get_latest_revision_as_object(), action=None, activities=fixed)
    response = client.post(edit_url(lesson), {**data, **approve})
    assert response.status_code == 302
    live = fresh(lesson)
    assert live.live and not live.has_unpublished_changes and live.goals_served == {"kennis", "bewustwording",
                                                                                   "handelingsperspectief"}  # fmt: skip
    assert live.current_workflow_state is None


def test_approving_a_broken_lesson_from_the_dashboard_hands_it_back(client, lesson):
    lesson = submit_broken_lesson(client, lesson)
    state = fresh(lesson).current_workflow_state
    client.force_login(user("collega"))
    approve_from_dashboard(client, lesson)
    client.force_login(user("eindredacteur"))
    mail.outbox.clear()
    approve_from_dashboard(client, lesson)  # step 2: would publish

    lesson_now = fresh(lesson)
    assert lesson_now.live_revision_id == lesson.live_revision_id  # the broken version did not go live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.requested_by == user("redacteur")
    task_state = state.current_task_state
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment.startswith("Niet gepubliceerd, want de publicatieregels zijn niet gehaald.")
    assert "Handelingsperspectief" in task_state.comment
    # The redacteur hears that changes are needed, with the reason; nobody is told it was approved.
    assert [message.to for message in mail.outbox] == [["redacteur@halt.example"]]
    assert "Handelingsperspectief" in mail.outbox[0].body

    # After fixing, the redacteur resubmits and the workflow resumes at the last step.
    client.force_login(user("redacteur"))
    fixed = activities_with_goals(lesson, "kennis", "bewustwording", "handelingsperspectief")
    assert post_edit(client, lesson, action="action-submit", activities=fixed).status_code == 302
    client.force_login(user("eindredacteur"))
    assert fresh(lesson).current_workflow_task.name == "Eindredactie"
    approve_from_dashboard(client, lesson)
    assert fresh(lesson).live_revision.as_object().goals_served == {"kennis", "bewustwording", "handelingsperspectief"}


def test_bulk_publishing_refuses_a_lesson_that_breaks_the_rules(editor, lesson):
    response = post_edit(editor, lesson, action=None, age_bands=[])
    assert response.status_code == 302
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={lesson.pk}&next=/admin/"
    response = editor.post(url, {"include_descendants": ""})
    assert response.status_code == 302
    assert fresh(lesson).live_revision_id == lesson.live_revision_id
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Niets gepubliceerd" in m and AGE_BAND_MESSAGE in m for m in messages)

    other = lesson.get_next_sibling().specific  # a lesson without its own revision yet
    other.save_revision(user=user("eindredacteur"))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={other.pk}&next=/admin/"
    assert editor.post(url, {"include_descendants": ""}).status_code == 302
    assert not fresh(other).has_unpublished_changes


# -- Parent guides: B1 --------------------------------------------------------------------------------------------


@pytest.fixture
def guide(catalogue, users):
    return catalogue.parent_guide


def test_the_editor_sees_the_score_and_the_sentences_to_simplify(editor, guide):
    html = editor.get(edit_url(guide)).content.decode()
    assert "Leesbaarheid 93 (zeer makkelijk; B1 vraagt minimaal 60)" in html  # the catalogue guide's plain text

    response = post_edit(editor, guide, action=None, **HARD_GUIDE)
    assert response.status_code == 302
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("te moeilijk voor B1" in m and "Maak eenvoudiger: “Ouders en verzorgers" in m for m in messages)
    html = editor.get(edit_url(guide)).content.decode()
    assert "te moeilijk voor B1" in html
    assert "Vereenvoudig: “De implementatie van preventieve interventiestrategieën" in html


def test_an_autosave_queues_no_readability_message(editor, guide):
    """Wagtail's autosave is a background request for JSON: no message piles up for the next page."""
    page = fresh(guide)
    data = edit_form_data(page, action=None, **HARD_GUIDE)
    response = editor.post(edit_url(page), data, HTTP_ACCEPT="application/json")
    assert response.json()["success"]
    assert [str(m) for m in get_messages(response.wsgi_request)] == []


def test_below_b1_only_eindredactie_publishes(client, guide, beheerder):
    client.force_login(beheerder)
    response = post_edit(client, guide, **HARD_GUIDE)
    assert_refused(response, guide)
    intro_errors = error_text(response, "intro")
    assert f"B1 vraagt minimaal {MIN_SCORE}" in intro_errors
    assert "Alleen de eindredactie kan een gesprekshulp publiceren die niet op B1-niveau is." in intro_errors
    assert "Maak deze zin eenvoudiger: “Ouders en verzorgers worden nadrukkelijk verzocht" in intro_errors

    client.force_login(user("eindredacteur"))
    response = post_edit(client, guide, **HARD_GUIDE, title="Moeilijk maar bewust")
    assert_refused(response, guide)  # not without a recorded reason
    assert "alleen online met een reden" in error_text(response, "below_b1_reason")
    reason = "Vaktermen die ouders op de bijeenkomst uitgelegd krijgen."
    response = post_edit(client, guide, **HARD_GUIDE, title="Moeilijk maar bewust", below_b1_reason=reason)
    assert_published(response, guide, "Moeilijk maar bewust")
    assert fresh(guide).below_b1_reason == reason
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("te moeilijk voor B1" in m for m in messages)


def test_a_b1_guide_publishes_for_beheer(client, guide, beheerder):
    client.force_login(beheerder)
    response = post_edit(client, guide, title="Gesprekshulp: wapens")
    assert_published(response, guide, "Gesprekshulp: wapens")


def test_a_hard_sentence_in_a_list_is_marked_on_that_list(client, guide, beheerder):
    client.force_login(beheerder)
    starters = [("item", HARD_INTRO)]
    response = post_edit(client, guide, **HARD_GUIDE, conversation_starters=starters)
    assert "Maak deze zin eenvoudiger: “Ouders en verzorgers" in error_text(response, "conversation_starters")


# -- Images: alt text ---------------------------------------------------------------------------------------------


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "orange").save(buffer, "PNG")
    buffer.seek(0)
    buffer.name = "plein.png"
    return buffer


def test_an_image_needs_alt_text(editor):
    url = reverse("wagtailimages:add")
    response = editor.post(url, {"title": "Schoolplein", "file": png(), "collection": "1", "description": "  "})
    assert response.status_code == 200
    assert response.context["form"].errors["description"] == [ALT_TEXT_REQUIRED]
    assert not get_image_model().objects.filter(title="Schoolplein").exists()

    description = "Twee leerlingen praten op het schoolplein."
    response = editor.post(url, {"title": "Schoolplein", "file": png(), "collection": "1", "description": description})
    assert response.status_code == 302
    assert get_image_model().objects.get(title="Schoolplein").description == description


def test_the_multiple_upload_asks_for_alt_text_before_the_image_exists(editor):
    response = editor.post(reverse("wagtailimages:add_multiple"), {"files[]": png(), "collection": "1"})
    data = response.json()
    assert data["success"] and "uploaded_file_id" in data  # kept aside until the alt text is filled in
    assert not get_image_model().objects.exists()


def test_pages_without_rules_publish_as_before(editor, catalogue):
    theme = catalogue.theme
    assert_published(post_edit(editor, theme, title="Geldezels!"), theme, "Geldezels!")
