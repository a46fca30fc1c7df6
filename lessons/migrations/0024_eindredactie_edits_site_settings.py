"""Eindredactie may change the settings Presenteren and Brieven aan ouders (see SETTINGS_EDITORS in
lessons/governance.py for why Curriculumredactie may not); the codenames are copied here, as migrations must not
follow later changes to the code."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SETTINGS_EDITORS = {"Eindredactie": ["change_presentingsettings", "change_parentlettersettings"]}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("lessons")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=SETTINGS_EDITORS):
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="lessons", codename__in=SETTINGS_EDITORS[group.name])
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=SETTINGS_EDITORS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="lessons", codename__in=SETTINGS_EDITORS[group.name])
        )


class Migration(migrations.Migration):
    dependencies = [("lessons", "0023_help_resources_translatable")]

    operations = [migrations.RunPython(grant, revoke)]
