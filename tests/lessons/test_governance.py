"""Editorial governance: each role can do exactly what it should, the two-step workflow, and the admin's overviews.

Roles (lessons/migrations/0002_roles.py, 0003_governance.py): Curriculumredactie writes and submits for review,
Eindredactie reviews and publishes, Halt-medewerker only sees presenter material on the site, Beheer does
everything. Page permissions hold on the leerlijn, not on the rest of the site.
"""

import datetime
import io
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowState
from wagtail.permissions import policy_registry

from curriculum.models import LeerlijnPage
from home.models import HomePage, StandardPage
from lessons.governance import (
    BEHEER,
    EINDREDACTIE,
    FINAL_TASK,
    REDACTIE,
    REVIEW_TASK,
    WORKFLOW_NAME,
    govern_leerlijn,
)
from lessons.models import HelpResource, LessonPage, ParentGuidePage, ProfessionalGuidePage
from lessons.review import today
from tests.factories import DUTCH, fresh
from tests.lessons.edit_forms import edit_form_data, edit_url

pytestmark = pytest.mark.django_db


def user(username):
    return get_user_model().objects.get(username=username)


def as_user(client, username):
    client.force_login(user(username))
    return client


# -- Roles, permission by permission ------------------------------------------------------------------------------


def test_page_permissions_per_role_on_a_lesson(lesson):
    redacteur = lesson.permissions_for_user(user("redacteur"))
    assert redacteur.can_edit() and redacteur.can_submit_for_moderation() and redacteur.can_lock()
    assert not redacteur.can_publish() and not redacteur.can_unpublish() and not redacteur.can_unlock()

    eindredacteur = lesson.permissions_for_user(user("eindredacteur"))
    assert eindredacteur.can_edit() and eindredacteur.can_publish() and eindredacteur.can_unpublish()
    assert eindredacteur.can_lock() and eindredacteur.can_unlock()

    medewerker = lesson.permissions_for_user(user("medewerker"))
    assert not (medewerker.can_edit() or medewerker.can_publish() or medewerker.can_lock())


def test_page_permissions_are_scoped_to_the_leerlijn(catalogue, users):
    leerlijn = LeerlijnPage.objects.get()
    home = HomePage.objects.get()
    for username in ("redacteur", "eindredacteur"):
        assert leerlijn.permissions_for_user(user(username)).can_add_subpage()
        on_home = home.permissions_for_user(user(username))
        assert not (on_home.can_edit() or on_home.can_publish() or on_home.can_add_subpage()), username
    assert not GroupPagePermission.objects.filter(group__name__in=[REDACTIE, EINDREDACTIE], page__depth=1).exists()


def test_beheer_can_do_everything_everywhere(beheerder, lesson):
    for page in (HomePage.objects.get(), lesson):
        permissions = page.permissions_for_user(beheerder)
        assert permissions.can_edit() and permissions.can_publish() and permissions.can_delete()
    assert beheerder.has_perm("auth.change_user") and beheerder.has_perm("wagtailadmin.access_admin")
    assert beheerder.has_perm("curriculum.change_ageband")


def test_the_redacteur_edits_and_submits_but_cannot_publish(client, lesson):
    as_user(client, "redacteur")
    assert client.get(edit_url(lesson)).status_code == 200
    html = client.get(edit_url(lesson)).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html

    response = client.post(edit_url(lesson), edit_form_data(fresh(lesson), title="Probeert te publiceren"))
    assert response.status_code == 302
    lesson = fresh(lesson)
    assert lesson.title == "Geldezels (VO onderbouw)" and lesson.has_unpublished_changes  # saved as a draft only

    response = client.post(edit_url(lesson), edit_form_data(lesson, action="action-submit", title="Ter review"))
    assert response.status_code == 302
    state = fresh(lesson).current_workflow_state
    assert state.workflow.name == WORKFLOW_NAME and state.requested_by == user("redacteur")
    assert fresh(lesson).current_workflow_task.name == REVIEW_TASK


def test_the_redacteur_cannot_approve_or_maintain_vocabularies(client, lesson):
    as_user(client, "redacteur")
    client.post(edit_url(lesson), edit_form_data(fresh(lesson), action="action-submit"))
    state = fresh(lesson).current_workflow_task_state
    response = client.post(reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", state.pk]))
    assert response.status_code in (302, 403)
    assert fresh(lesson).current_workflow_task.name == REVIEW_TASK  # not approved
    assert client.get(reverse("wagtailsnippets_curriculum_ageband:add")).status_code in (302, 403)
    assert client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)


def test_the_eindredacteur_publishes_and_maintains_vocabularies(client, lesson):
    as_user(client, "eindredacteur")
    response = client.post(edit_url(lesson), edit_form_data(fresh(lesson), title="Gepubliceerd door eindredactie"))
    assert response.status_code == 302
    assert fresh(lesson).title == "Gepubliceerd door eindredactie"
    assert client.get(reverse("wagtailsnippets_curriculum_ageband:add")).status_code == 200
    assert client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)  # no user management


def test_the_medewerker_has_no_admin(client, lesson):
    as_user(client, "medewerker")
    for url in (reverse("wagtailadmin_home"), edit_url(lesson), reverse("wagtailadmin_explore", args=[lesson.pk])):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response.url.startswith(reverse("wagtailadmin_login"))
    response = client.post(edit_url(lesson), edit_form_data(fresh(lesson), title="Medewerker"))
    assert fresh(lesson).title == "Geldezels (VO onderbouw)"
    assert not fresh(lesson).has_unpublished_changes


def test_editors_can_upload_images_and_documents(lesson):
    images = policy_registry.get_by_type(get_image_model())
    documents = policy_registry.get_by_type(get_document_model())
    for username in ("redacteur", "eindredacteur"):
        for policy in (images, documents):
            assert policy.user_has_permission(user(username), "add"), username
            assert policy.user_has_permission(user(username), "choose"), username
    image = get_image_model().objects.create(title="Van een ander", file=get_test_image_file(), description="Iets.")
    assert not images.user_has_permission_for_instance(user("redacteur"), "delete", image)
    own = get_image_model().objects.create(
        title="Eigen", file=get_test_image_file(), description="Iets.", uploaded_by_user=user("redacteur")
    )
    assert images.user_has_permission_for_instance(user("redacteur"), "change", own)
    assert images.user_has_permission_for_instance(user("eindredacteur"), "delete", image)
    assert not images.user_has_permission(user("medewerker"), "add")


def test_wagtails_default_groups_and_workflow_are_gone(catalogue):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
    assert HomePage.objects.get().get_workflow() is None  # outside the leerlijn Beheer publishes directly


# -- The workflow -------------------------------------------------------------------------------------------------


def test_the_leerlijn_has_the_two_step_workflow(lesson):
    workflow = lesson.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    tasks = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert [task.name for task in tasks] == [REVIEW_TASK, FINAL_TASK]
    assert {group.name for group in tasks[0].groups.all()} == {REDACTIE, BEHEER}  # a colleague, not the author
    assert {group.name for group in tasks[1].groups.all()} == {EINDREDACTIE, BEHEER}


def test_a_lesson_goes_from_draft_to_live_through_both_steps(client, lesson):
    as_user(client, "redacteur")
    mail.outbox.clear()
    data = edit_form_data(fresh(lesson), action="action-submit", summary="Herschreven samenvatting.")
    assert client.post(edit_url(lesson), data).status_code == 302
    assert fresh(lesson).summary != "Herschreven samenvatting."  # not live yet
    assert "collega@halt.example" in {address for message in mail.outbox for address in message.to}  # step 1

    for task_name, reviewer in ((REVIEW_TASK, "collega"), (FINAL_TASK, "eindredacteur")):
        as_user(client, reviewer)
        lesson = fresh(lesson)
        assert lesson.current_workflow_task.name == task_name
        assert fresh(lesson).summary != "Herschreven samenvatting."
        task_state = lesson.current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk])
        assert client.post(url, {"comment": f"Akkoord ({task_name})."}).status_code == 302

    lesson = fresh(lesson)
    assert lesson.live and lesson.summary == "Herschreven samenvatting." and not lesson.has_unpublished_changes
    assert lesson.current_workflow_state is None
    state = WorkflowState.objects.filter(object_id=str(lesson.pk)).latest("created_at")
    assert state.status == WorkflowState.STATUS_APPROVED
    assert [ts.task.name for ts in state.task_states.order_by("started_at")] == [REVIEW_TASK, FINAL_TASK]


def test_the_workflow_api_moves_a_guide_through_both_steps(catalogue, users):
    guide = catalogue.parent_guide
    guide.intro = "Uw kind kreeg een les over wapens. Praat er thuis rustig over."
    guide.save_revision(user=user("redacteur"))
    state = guide.get_workflow().start(guide, user("redacteur"))
    for reviewer in ("collega", "eindredacteur"):
        state.refresh_from_db()
        state.current_task_state.task.specific.on_action(state.current_task_state, user(reviewer), "approve")
    assert fresh(guide).intro == "Uw kind kreeg een les over wapens. Praat er thuis rustig over."


def test_rejecting_sends_the_lesson_back_with_a_comment(client, lesson):
    as_user(client, "redacteur")
    client.post(edit_url(lesson), edit_form_data(fresh(lesson), action="action-submit"))
    as_user(client, "collega")
    mail.outbox.clear()
    task_state = fresh(lesson).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "reject", task_state.pk])
    client.post(url, {"comment": "De dilemma's passen niet bij deze leeftijd."})
    assert fresh(lesson).current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert any("De dilemma's passen niet" in message.body for message in mail.outbox)


def test_comments_are_on_in_the_editor(client, lesson):
    html = as_user(client, "redacteur").get(edit_url(lesson)).content.decode()
    assert 'data-side-panel="comments"' in html  # the comments side panel
    assert 'name="comment_notifications"' in html  # and the choice to be notified of new comments


def test_a_leerlijn_created_in_the_admin_gets_roles_and_workflow(client, catalogue, users):
    as_user(client, "admin")
    home = HomePage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["curriculum", "leerlijnpage", home.pk])
    response = client.post(url, {"title": "Tweede leerlijn", "slug": "tweede", "intro": "Nog een."})
    assert response.status_code == 302
    page = LeerlijnPage.objects.get(slug="tweede")
    assert page.get_workflow().name == WORKFLOW_NAME
    assert page.permissions_for_user(user("redacteur")).can_add_subpage()
    assert page.permissions_for_user(user("eindredacteur")).can_publish_subpage()


def test_governing_the_leerlijn_again_changes_nothing(catalogue):
    before = GroupPagePermission.objects.filter(page=catalogue.leerlijn).count()
    assert before == 3 + 5
    assert catalogue.leerlijn.get_workflow().name == WORKFLOW_NAME
    govern_leerlijn(catalogue.leerlijn)
    assert GroupPagePermission.objects.filter(page=catalogue.leerlijn).count() == before
    assert WorkflowPage.objects.filter(page=catalogue.leerlijn).count() == 1


def test_the_demo_leerlijn_is_governed_and_loading_again_changes_nothing(demo):
    leerlijn = LeerlijnPage.objects.get(**DUTCH)
    before = GroupPagePermission.objects.filter(page=leerlijn).count()
    assert before == 3 + 5
    call_command("load_demo", stdout=io.StringIO())
    assert GroupPagePermission.objects.filter(page=leerlijn).count() == before


# -- Scheduled publishing and expiry: Wagtail's own ---------------------------------------------------------------


def test_scheduled_publishing_and_expiry(client, lesson):
    as_user(client, "eindredacteur")
    go_live = timezone.now() + datetime.timedelta(days=2)
    data = edit_form_data(fresh(lesson), summary="Vanaf overmorgen.", go_live_at=go_live)
    assert client.post(edit_url(lesson), data).status_code == 302
    lesson = fresh(lesson)
    assert lesson.summary != "Vanaf overmorgen."
    revision = lesson.revisions.get(approved_go_live_at__isnull=False)
    assert revision.as_object().summary == "Vanaf overmorgen."

    # Two days later (the revision's go-live moment moved into the past):
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert fresh(lesson).summary == "Vanaf overmorgen."

    LessonPage.objects.filter(pk=lesson.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled")
    lesson = fresh(lesson)
    assert not lesson.live and lesson.expired


# -- The admin's overviews: what is due for review, filtered listings, where a help resource is used --------------


def test_the_dashboard_lists_what_is_due_for_review(client, catalogue, users):
    on = today()
    overdue, soon, later = catalogue.lesson, catalogue.parent_guide, catalogue.lesson_mbo
    LessonPage.objects.filter(pk=overdue.pk).update(review_by=on - datetime.timedelta(days=3))
    ParentGuidePage.objects.filter(pk=soon.pk).update(review_by=on + datetime.timedelta(days=30))
    LessonPage.objects.filter(pk=later.pk).update(review_by=on + datetime.timedelta(days=31))

    html = as_user(client, "redacteur").get(reverse("wagtailadmin_home")).content.decode()
    panel = html[html.index('id="herzien-voor-section"') :]
    panel = panel[: panel.index("</table>")]
    assert overdue.title in panel and "3 dagen te laat" in panel
    assert soon.get_admin_display_title() in panel and "over 30 dagen" in panel
    assert later.title not in panel
    assert panel.index(overdue.title) < panel.index(soon.get_admin_display_title())


def test_the_demo_has_lessons_due_for_review(client, demo):
    overdue = LessonPage.objects.filter(review_by__lt=today()).first()
    html = as_user(client, "redacteur").get(reverse("wagtailadmin_home")).content.decode()
    assert overdue.title in html


def test_nothing_due_says_so(client, catalogue, users):
    LessonPage.objects.update(review_by=None)
    ParentGuidePage.objects.update(review_by=None)
    ProfessionalGuidePage.objects.update(review_by=None)
    html = as_user(client, "redacteur").get(reverse("wagtailadmin_home")).content.decode()
    assert "Niets te herzien" in html


def listing_titles(client, query):
    response = client.get(reverse("lessen:index") + query)
    assert response.status_code == 200
    return {page.title for page in response.context["object_list"]}


def test_the_lesson_listing_filters_on_goal_and_review_status(client, lesson):
    LessonPage.objects.update(review_by=None)  # the demo's own due dates would join the "verlopen" results
    as_user(client, "eindredacteur")
    everything = listing_titles(client, "")
    assert len(everything) == LessonPage.objects.count()
    assert listing_titles(client, "?goal=bewustwording") == everything

    broken = lesson.get_latest_revision_as_object()
    LessonPage.objects.filter(pk=lesson.pk).update(
        activities=[dict(b, value={**b["value"], "goal": "kennis"}) for b in broken.activities.raw_data],
        review_by=today() - datetime.timedelta(days=1),
    )
    assert listing_titles(client, "?goal=bewustwording") == everything - {lesson.title}
    assert listing_titles(client, "?missing_goal=bewustwording") == {lesson.title}
    assert listing_titles(client, "?review_status=verlopen") == {lesson.title}
    assert lesson.title not in listing_titles(client, "?review_status=geen")

    theme = lesson.get_parent()
    assert listing_titles(client, f"?theme={theme.pk}&use=reactief") == {lesson.title}  # the one with both uses


def test_the_help_resource_usage_view_lists_lessons_and_guides(client, catalogue, users):
    call_command("rebuild_references_index", stdout=io.StringIO())
    resource = HelpResource.objects.get(slug="veilig-thuis")
    as_user(client, "redacteur")
    url = reverse("wagtailsnippets_lessons_helpresource:usage", args=[resource.pk])
    html, number = "", 1
    while True:  # the usage view is paginated
        response = client.get(url, {"p": number})
        assert response.status_code == 200
        html += unescape(response.content.decode())
        if not response.context["page_obj"].has_next():
            break
        number += 1
    guides = ParentGuidePage.objects.filter(help_resources__resource=resource)
    lessons = [page for page in LessonPage.objects.all() if resource.pk in signposted(page)]
    assert guides and lessons
    for page in [*guides, *lessons]:
        assert page.title in html, page.title


def signposted(lesson):
    return {
        item.get("value") if isinstance(item, dict) else item
        for block in lesson.safe_delivery.raw_data
        for item in block["value"].get("signposting", [])
    }


def test_pages_outside_the_leerlijn_are_beyond_editors(client, catalogue, users):
    as_user(client, "eindredacteur")
    for page in (HomePage.objects.get(), StandardPage.objects.first()):
        assert client.get(edit_url(page)).status_code in (302, 403)


def test_eindredactie_edits_the_site_settings_and_curriculumredactie_does_not(client, catalogue, users):
    """Settings go live for every lesson without review, so only the publishing role changes them."""
    for name in ("presentingsettings", "parentlettersettings"):
        url = reverse("wagtailsettings:edit", args=["lessons", name])
        eindredactie = as_user(client, "eindredacteur").get(url, follow=True)
        assert eindredactie.status_code == 200 and eindredactie.request["PATH_INFO"].startswith(url), name
        redacteur = as_user(client, "redacteur").get(url, follow=True)
        assert redacteur.request["PATH_INFO"] == reverse("wagtailadmin_home"), name
    menu = as_user(client, "eindredacteur").get(reverse("wagtailadmin_home")).content.decode()
    assert "Presenteren" in menu and "Brieven aan ouders" in menu
