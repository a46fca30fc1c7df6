"""Create the four roles of the platform, with the model permissions each needs.

Page permissions (which part of the tree a role may edit) are granted on the site root here, so that the roles
work on an empty database; they follow the leerlijn because every lesson lives below it.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDIT_MODELS = ["image", "document"]
ROLES = {
    "Curriculumredactie": {
        "page": ["add_page", "change_page", "lock_page"],
        "model": ["access_admin", "add_image", "change_image", "choose_image", "add_document", "change_document",
                  "choose_document", "view_presenter_material", "add_helpresource", "change_helpresource",
                  "view_helpresource"],
    },
    "Eindredactie": {
        "page": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "model": ["access_admin", "add_image", "change_image", "choose_image", "add_document", "change_document",
                  "choose_document", "view_presenter_material", "add_helpresource", "change_helpresource",
                  "view_helpresource", "delete_helpresource", "add_ageband", "change_ageband", "view_ageband",
                  "add_setting", "change_setting", "view_setting", "add_contentguidance", "change_contentguidance",
                  "view_contentguidance"],
    },
    "Halt-medewerker": {"page": [], "model": ["view_presenter_material"]},
    "Beheer": {"page": [], "model": []},  # members are superusers; the group names the role
}


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(codename__in=grants["model"]))
        for codename in grants["page"]:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("lessons", "0001_initial"),
        ("curriculum", "0002_vocabularies"),
        ("wagtailcore", "__latest__"),
        ("wagtailimages", "__latest__"),
        ("wagtaildocs", "__latest__"),
        ("wagtailadmin", "__latest__"),
        ("auth", "__latest__"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
