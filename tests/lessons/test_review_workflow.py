"""Two-step review that means two other people (issue 16, "Editors and review").

"Inhoudelijke review" is a colleague in Curriculumredactie, "Eindredactie" the Eindredactie group; nobody approves
their own submission or a second step after approving the first; while a review is under way only Beheer publishes
directly; a guide below B1 goes live only with a recorded reason; a reviewer's request for changes shows at the top
of the page the editor reopens. Built with factories, not the demo.
"""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import Task, TaskState, Workflow

from lessons.governance import BEHEER, EINDREDACTIE, FINAL_TASK, REDACTIE, REVIEW_TASK, WORKFLOW_NAME
from lessons.models import IndependentApprovalTask, ParentGuidePage
from lessons.models.review_task import NOT_TWICE, NOT_YOUR_OWN
from tests.factories import (
    HelpResourceFactory,
    LessonPageFactory,
    ParentGuidePageFactory,
    account,
    fresh,
    governed_theme,
)
from tests.lessons.edit_forms import edit_form_data, edit_url

pytestmark = pytest.mark.django_db

HARD = (
    "Ouders en verzorgers worden nadrukkelijk verzocht om in voorkomende gevallen, waarin er sprake is van "
    "vermoedelijke betrokkenheid bij financieel-economische criminaliteit, onverwijld contact op te nemen met de "
    "desbetreffende hulpverleningsinstanties. De implementatie van preventieve interventiestrategieën vereist een "
    "multidisciplinaire benadering."
)
HARD_GUIDE = dict.fromkeys(["intro", "learned_kennis", "learned_bewustwording", "learned_handelingsperspectief"], HARD)


@pytest.fixture
def theme():
    return governed_theme()


@pytest.fixture
def people():
    return {
        "redacteur": account("redacteur", REDACTIE),
        "collega": account("collega", REDACTIE),
        "eindredacteur": account("eindredacteur", EINDREDACTIE),
        "tweede_eindredacteur": account("tweede_eindredacteur", EINDREDACTIE),
        "beide": account("beide", REDACTIE),  # in both groups: may do either step, never both
        "admin": account("admin", BEHEER, superuser=True),
    }


@pytest.fixture
def lesson(theme, people):
    Group.objects.get(name=EINDREDACTIE).user_set.add(people["beide"])
    return LessonPageFactory(parent=theme, slug="geldezels", title="Geldezels")


def submit(client, page, user, **changes):
    client.force_login(user)
    response = client.post(edit_url(page), edit_form_data(fresh(page), action="action-submit", **changes))
    assert response.status_code == 302
    return fresh(page).current_workflow_task_state


def act(client, page, user, action="approve", comment=""):
    client.force_login(user)
    task_state = fresh(page).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def refused(client, page, user):
    """`user` tries to approve the current step: Wagtail answers "no permission" and the step stays."""
    before = fresh(page).current_workflow_task_state
    response = act(client, page, user)
    after = fresh(page).current_workflow_task_state
    return response.status_code in (302, 403) and after == before and after.status == TaskState.STATUS_IN_PROGRESS


def step(page):
    state = fresh(page).current_workflow_state
    return state.current_task_state.task.name if state else None


# -- The workflow and its groups ------------------------------------------------------------------------------------


def test_each_step_is_an_independent_approval_by_its_own_group(lesson):
    workflow = lesson.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    tasks = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert [task.name for task in tasks] == [REVIEW_TASK, FINAL_TASK]
    assert all(isinstance(task, IndependentApprovalTask) for task in tasks)
    assert {group.name for group in tasks[0].groups.all()} == {REDACTIE, BEHEER}
    assert {group.name for group in tasks[1].groups.all()} == {EINDREDACTIE, BEHEER}


def test_wagtails_default_workflow_is_removed():
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()


# -- Who may approve ------------------------------------------------------------------------------------------------


def test_a_lesson_goes_live_after_two_other_people(client, lesson, people):
    submit(client, lesson, people["redacteur"], summary="Herschreven.")
    assert step(lesson) == REVIEW_TASK

    assert refused(client, lesson, people["redacteur"])  # not your own submission
    assert step(lesson) == REVIEW_TASK
    html = client.get(edit_url(lesson)).content.decode()
    assert 'name="workflow-action-name"' not in html and "Goedkeuren" not in html

    assert act(client, lesson, people["collega"]).status_code == 302
    assert step(lesson) == FINAL_TASK
    assert refused(client, lesson, people["collega"])  # not Eindredactie
    assert act(client, lesson, people["eindredacteur"]).status_code == 302

    lesson = fresh(lesson)
    assert lesson.live and lesson.summary == "Herschreven." and lesson.current_workflow_state is None


def test_nobody_approves_the_second_step_after_the_first(client, lesson, people):
    submit(client, lesson, people["redacteur"])
    assert act(client, lesson, people["beide"]).status_code == 302  # step 1, as a colleague
    assert refused(client, lesson, people["beide"])  # step 2: someone else
    assert act(client, lesson, people["admin"]).status_code == 302  # Beheer, who did neither
    assert fresh(lesson).current_workflow_state is None


def test_an_eindredacteur_does_not_approve_their_own_submission(client, lesson, people):
    submit(client, lesson, people["eindredacteur"])
    assert act(client, lesson, people["collega"]).status_code == 302
    assert refused(client, lesson, people["eindredacteur"])
    assert step(lesson) == FINAL_TASK
    assert act(client, lesson, people["tweede_eindredacteur"]).status_code == 302
    assert fresh(lesson).current_workflow_state is None


def test_beheer_does_not_approve_its_own_submission_either(client, lesson, people):
    submit(client, lesson, people["admin"])
    assert refused(client, lesson, people["admin"])


def test_the_workflow_api_refuses_too(lesson, people):
    lesson.save_revision(user=people["redacteur"])
    state = lesson.get_workflow().start(lesson, people["redacteur"])
    task_state = state.current_task_state
    with pytest.raises(PermissionDenied, match=NOT_YOUR_OWN):
        task_state.task.specific.on_action(task_state, people["redacteur"], "approve")
    task_state.task.specific.on_action(task_state, people["beide"], "approve")
    state.refresh_from_db()
    with pytest.raises(PermissionDenied, match=NOT_TWICE):
        state.current_task_state.task.specific.on_action(state.current_task_state, people["beide"], "approve")


def test_awaiting_your_review_leaves_out_your_own_and_the_step_after_yours(lesson, people):
    lesson.save_revision(user=people["redacteur"])
    submit_state = lesson.get_workflow().start(lesson, people["redacteur"])
    reviewable = TaskState.objects.reviewable_by
    assert not reviewable(people["redacteur"]).exists()
    assert reviewable(people["collega"]).filter(workflow_state=submit_state).exists()
    submit_state.current_task_state.task.specific.on_action(submit_state.current_task_state, people["beide"], "approve")
    assert not reviewable(people["beide"]).exists()
    assert reviewable(people["eindredacteur"]).filter(workflow_state=submit_state).exists()


def test_a_reviewer_may_still_request_changes(client, lesson, people):
    submit(client, lesson, people["redacteur"])
    assert act(client, lesson, people["collega"], "reject", "Te moeilijk voor groep 7.").status_code == 302
    assert fresh(lesson).current_workflow_state.status == "needs_changes"


# -- Publishing past a review -------------------------------------------------------------------------------------


def test_no_publish_button_while_in_review_except_for_beheer(client, lesson, people):
    client.force_login(people["eindredacteur"])
    assert 'name="action-publish"' in client.get(edit_url(lesson)).content.decode()  # no review: as before
    submit(client, lesson, people["redacteur"])
    act(client, lesson, people["collega"])  # at the last step the eindredacteur may edit, but publishes by approving
    client.force_login(people["eindredacteur"])
    assert 'name="action-publish"' not in client.get(edit_url(lesson)).content.decode()
    client.force_login(people["admin"])
    assert 'name="action-publish"' in client.get(edit_url(lesson)).content.decode()


def test_a_publish_sent_anyway_during_review_is_saved_as_a_draft(client, lesson, people):
    submit(client, lesson, people["redacteur"])
    act(client, lesson, people["collega"])
    client.force_login(people["eindredacteur"])
    data = edit_form_data(fresh(lesson), action="action-publish", title="Langs de review")
    response = client.post(edit_url(lesson), data)
    assert response.status_code == 302
    lesson = fresh(lesson)
    assert lesson.title == "Geldezels" and lesson.has_unpublished_changes
    assert lesson.get_latest_revision_as_object().title == "Langs de review"  # the edit is kept
    assert lesson.current_workflow_state is not None
    assert any("alleen Beheer" in str(m) for m in get_messages(response.wsgi_request))


def test_beheer_may_publish_past_a_review(client, lesson, people):
    submit(client, lesson, people["redacteur"])
    client.force_login(people["admin"])
    response = client.post(edit_url(lesson), edit_form_data(fresh(lesson), action="action-publish", title="Spoed"))
    assert response.status_code == 302
    assert fresh(lesson).title == "Spoed"


def test_bulk_publishing_refuses_a_page_in_review(client, lesson, people):
    submit(client, lesson, people["redacteur"], title="Nog niet af")
    client.force_login(people["eindredacteur"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{url}?id={lesson.pk}&next=/admin/", {})
    assert response.status_code == 302
    assert fresh(lesson).title == "Geldezels"
    assert any("in review" in str(m) for m in get_messages(response.wsgi_request))


# -- The reviewer's comment, where the editor looks -----------------------------------------------------------------


def test_the_reviewers_comment_shows_at_the_top_of_the_reopened_page(client, lesson, people):
    people["collega"].first_name, people["collega"].last_name = "Sanne", "de Vries"
    people["collega"].save()
    submit(client, lesson, people["redacteur"])
    act(client, lesson, people["collega"], "reject", "De dilemma's passen niet bij groep 7.")
    client.force_login(people["redacteur"])
    html = client.get(edit_url(lesson)).content.decode()
    messages = html[html.index('class="messages"') :][:2000]
    assert "Wijzigingen gevraagd bij ‘Inhoudelijke review’ door Sanne de Vries" in messages
    assert "De dilemma&#x27;s passen niet bij groep 7." in messages


def test_no_comment_banner_while_the_review_runs(client, lesson, people):
    submit(client, lesson, people["redacteur"])
    client.force_login(people["redacteur"])
    assert "Wijzigingen gevraagd" not in client.get(edit_url(lesson)).content.decode()


# -- B1 binds ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def hard_guide(theme, lesson):
    guide = ParentGuidePageFactory(parent=theme, slug="ouders", title="Gesprekshulp", accompanies=[lesson])
    guide.help_resources.create(resource=HelpResourceFactory())
    guide.save()
    return guide


def test_a_guide_below_b1_is_not_published_without_a_reason(client, hard_guide, people):
    submit(client, hard_guide, people["redacteur"], **HARD_GUIDE)
    act(client, hard_guide, people["collega"])
    act(client, hard_guide, people["eindredacteur"])  # the last step: would publish
    guide = fresh(hard_guide)
    assert guide.intro != HARD and guide.current_workflow_state.status == "needs_changes"
    client.force_login(people["redacteur"])
    html = client.get(edit_url(guide)).content.decode()
    assert "alleen online met een reden" in html  # handed back, and the editor reads why at the top

    reason = "Vaktermen die ouders op de bijeenkomst uitgelegd krijgen."
    submit(client, guide, people["redacteur"], below_b1_reason=reason, **HARD_GUIDE)
    act(client, guide, people["eindredacteur"])
    guide = fresh(guide)
    assert guide.intro == HARD and guide.below_b1_reason == reason and guide.current_workflow_state is None
    assert ParentGuidePage.objects.filter(pk=guide.pk, below_b1_reason=reason).live().exists()


def test_the_reason_is_a_field_on_the_guides_edit_form(client, hard_guide, people):
    client.force_login(people["eindredacteur"])
    html = client.get(edit_url(hard_guide)).content.decode()
    assert 'name="below_b1_reason"' in html and "reden voor publicatie onder b1" in html.lower()
