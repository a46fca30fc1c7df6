"""Scope the editorial roles to the leerlijn and create the two-step review workflow.

- Curriculumredactie and Eindredactie lose the page permissions `0002_roles` gave them on the tree root; they get
  them on each LeerlijnPage instead (new LeerlijnPages get them through `lessons.governance.govern_leerlijn`).
- Images and documents are permissioned per collection in Wagtail: the roles get their rights on the root
  collection, and the model-level image/document permissions (which Wagtail ignores) are removed.
- Beheer gets every permission, all page permissions on the root and all image/document rights.
- The workflow "Leerlijn: review en publicatie" with two GroupApprovalTasks, "Inhoudelijke review" and
  "Eindredactie", both approved by Eindredactie and Beheer, is assigned to each LeerlijnPage.
- Wagtail's default "Editors" and "Moderators" groups are removed when nobody is in them, and its default
  "Moderators approval" workflow, left without approvers, is switched off.
"""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.models import Q

WORKFLOW_NAME = "Leerlijn: review en publicatie"
TASKS = ["Inhoudelijke review", "Eindredactie"]
APPROVERS = ["Eindredactie", "Beheer"]
LEERLIJN_PAGE_PERMISSIONS = {
    "Curriculumredactie": ["add_page", "change_page", "lock_page"],
    "Eindredactie": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
ALL_PAGE_PERMISSIONS = ["add_page", "change_page", "bulk_delete_page", "lock_page", "publish_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    "Curriculumredactie": ["add_{}", "choose_{}"],  # and change or delete what they uploaded themselves
    "Eindredactie": ["add_{}", "change_{}", "choose_{}", "delete_{}"],
    "Beheer": ["add_{}", "change_{}", "choose_{}", "delete_{}"],
}
MEDIA = {"image": "wagtailimages", "document": "wagtaildocs"}
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def govern(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    User = apps.get_model(settings.AUTH_USER_MODEL)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    groups = {group.name: group for group in Group.objects.filter(name__in=["Beheer", *LEERLIJN_PAGE_PERMISSIONS])}
    page_permission = {
        p.codename: p for p in Permission.objects.filter(content_type__app_label="wagtailcore", content_type__model="page")
    }
    root = Page.objects.filter(depth=1).first()
    leerlijn_type = ContentType.objects.filter(app_label="curriculum", model="leerlijnpage").first()
    leerlijnen = list(Page.objects.filter(content_type=leerlijn_type)) if leerlijn_type else []

    # Page permissions: from the tree root to the leerlijn.
    for name, codenames in LEERLIJN_PAGE_PERMISSIONS.items():
        group = groups[name]
        GroupPagePermission.objects.filter(group=group, page=root).delete()
        for page in leerlijnen:
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(group=group, page=page, permission=page_permission[codename])

    # Images and documents: per collection, as Wagtail checks them.
    collection = Collection.objects.filter(depth=1).first()
    media_codenames = [f"{action}_{kind}" for kind in MEDIA for action in ("add", "change", "choose", "delete")]
    for name, actions in COLLECTION_PERMISSIONS.items():
        group = groups[name]
        group.permissions.remove(*Permission.objects.filter(codename__in=media_codenames))
        for kind, app_label in MEDIA.items():
            for action in actions:
                permission = Permission.objects.get(content_type__app_label=app_label, codename=action.format(kind))
                GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)

    # Beheer: everything.
    beheer = groups["Beheer"]
    beheer.permissions.set(
        Permission.objects.exclude(codename__in=media_codenames).exclude(
            content_type__app_label="wagtailcore", content_type__model="page"
        )
    )
    for codename in ALL_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(group=beheer, page=root, permission=page_permission[codename])

    # The review workflow, assigned to each leerlijn.
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    approvers = [groups["Eindredactie"], beheer]
    for order, task_name in enumerate(TASKS):
        link = WorkflowTask.objects.filter(workflow=workflow, task__name=task_name).first()
        if link is None:
            task = GroupApprovalTask.objects.create(name=task_name, content_type=task_type, active=True)
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
        else:
            task = GroupApprovalTask.objects.get(pk=link.task_id)
        task.groups.add(*approvers)
    for page in leerlijnen:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})

    # Wagtail's defaults: groups nobody is in, and the workflow that only they could approve.
    for name in WAGTAIL_DEFAULT_GROUPS:
        group = Group.objects.filter(name=name).first()
        if group and not User.objects.filter(groups=group).exists():
            group.delete()
    for default in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
        tasks = GroupApprovalTask.objects.filter(workflow_tasks__workflow=default)
        unapprovable = not Group.objects.filter(groupapprovaltask__in=tasks).exists()
        in_progress = WorkflowState.objects.filter(workflow=default).filter(Q(status="in_progress") | Q(status="needs_changes"))
        if unapprovable and not in_progress.exists():
            default.active = False
            default.save(update_fields=["active"])
            tasks.update(active=False)
            WorkflowPage.objects.filter(workflow=default).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lessons", "0002_roles"),
        ("curriculum", "0002_vocabularies"),
        # Explicit: `__latest__` of an app with a squashed migration can resolve to the squash's end.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        # Every app whose permissions Beheer gets must be migrated first.
        ("home", "0001_initial"),
        ("sessions", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]
    operations = [migrations.RunPython(govern, migrations.RunPython.noop)]
