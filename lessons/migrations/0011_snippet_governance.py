"""Legal facts, shared activities and help resources go through the leerlijn's review workflow, and the roles get
their rights on them: Curriculumredactie writes drafts, Eindredactie (and Beheer) publish."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Leerlijn: review en publicatie"
SNIPPETS = [("curriculum", "legalfact"), ("lessons", "sharedactivity"), ("lessons", "helpresource")]
ROLE_ACTIONS = {
    "Curriculumredactie": ["add", "change", "view", "lock"],
    "Eindredactie": ["add", "change", "delete", "view", "publish", "lock", "unlock"],
    "Beheer": ["add", "change", "delete", "view", "publish", "lock", "unlock"],
}


def govern_snippets(apps, schema_editor):
    # The registered snippet models (not the historical ones) carry Wagtail's publish, lock and unlock permissions.
    for app_label in ("curriculum", "lessons"):
        create_permissions(global_apps.get_app_config(app_label), verbosity=0)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    for app_label, model in SNIPPETS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        if workflow is not None:
            WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})
        for group in Group.objects.filter(name__in=ROLE_ACTIONS):
            codenames = [f"{action}_{model}" for action in ROLE_ACTIONS[group.name]]
            group.permissions.add(*Permission.objects.filter(content_type=content_type, codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0003_legalfact"),
        ("lessons", "0010_shared_content"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(govern_snippets, migrations.RunPython.noop)]
