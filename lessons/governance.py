"""Who may do what on the leerlijn: the four roles, their page permissions and the two-step review workflow.

The groups, their model permissions and the workflow are created by migrations (`0002_roles`,
`0003_governance`). Page permissions and the workflow are attached to each LeerlijnPage, so that they cover
the themes, lessons and guides below it and nothing else: `govern_leerlijn` does that for one page, and runs
when a LeerlijnPage is created in the admin (lessons/wagtail_hooks.py) and when the demo is loaded.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

REDACTIE = "Curriculumredactie"
EINDREDACTIE = "Eindredactie"
MEDEWERKER = "Halt-medewerker"
BEHEER = "Beheer"

# The workflow and its two steps, in order (IndependentApprovalTasks, migration 0007): "Inhoudelijke review" by a
# colleague in Curriculumredactie, "Eindredactie" by Eindredactie; Beheer may do either. Nobody approves their own
# submission, nor a step after approving an earlier one, so a page goes live after two other people read it.
WORKFLOW_NAME = "Leerlijn: review en publicatie"
REVIEW_TASK = "Inhoudelijke review"
FINAL_TASK = "Eindredactie"

# Page permissions per role on every LeerlijnPage (and so on everything below it).
LEERLIJN_PAGE_PERMISSIONS = {
    REDACTIE: ["add_page", "change_page", "lock_page"],
    EINDREDACTIE: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}

# Site-wide settings (Instellingen > Presenteren, Brieven aan ouders) that Eindredactie may change. A settings change
# goes live at once, for every lesson, without the review workflow: so only the role that publishes edits them, and
# Curriculumredactie proposes a change to Eindredactie instead. Granted by migration 0022.
SETTINGS_EDITORS = {EINDREDACTIE: ["change_presentingsettings", "change_parentlettersettings"]}


def is_beheer(user):
    return bool(user and (user.is_superuser or user.groups.filter(name=BEHEER).exists()))


def may_publish_past_workflow(user, page):
    """While a review is under way on `page` (in review, or changes asked), only Beheer publishes it directly."""
    return page.current_workflow_state is None or is_beheer(user)


def can_publish_below_b1(user):
    """Only Eindredactie (and superusers) may publish a parent guide that does not read at B1."""
    return bool(user and (user.is_superuser or user.groups.filter(name=EINDREDACTIE).exists()))


def leerlijn_workflow():
    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()


def govern_leerlijn(page):
    """Grant the editorial roles their page permissions on `page` and give it the review workflow.

    Idempotent, and it leaves a different workflow that Beheer chose for this page alone.
    """
    for group_name, codenames in LEERLIJN_PAGE_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", content_type__model="page", codename__in=codenames
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    workflow = leerlijn_workflow()
    if workflow is not None and not WorkflowPage.objects.filter(page=page).exists():
        WorkflowPage.objects.create(page=page, workflow=workflow)
