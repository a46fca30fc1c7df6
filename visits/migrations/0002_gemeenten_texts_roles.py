"""Data the app starts with, all of it editable afterwards in the admin:

- the 342 gemeenten of the CBS list of 1 January 2025 (visits/data/gemeenten-2025.csv);
- the texts of the goal check (Instellingen → Lesdoelencheck): the default statement per goal, in B1;
- permissions: Halt-medewerkers plan visits and see their own; Eindredactie and Beheer see the roll-up report,
  maintain gemeenten and write statements per lesson (Curriculumredactie writes statements too).
"""

import csv
from pathlib import Path

from django.contrib.auth.management import create_permissions
from django.db import migrations

GEMEENTEN = Path(__file__).resolve().parent.parent / "data" / "gemeenten-2025.csv"

TEXTS = {
    "intro": "Drie korte vragen over de les van vandaag. Je naam wordt niet gevraagd en er wordt niets over jou "
    "bewaard. Het kost minder dan een minuut.",
    "kennis": "Ik weet nu beter wat de gevolgen kunnen zijn.",
    "bewustwording": "Ik denk nu meer na over wat ik zelf doe.",
    "handelingsperspectief": "Ik weet wat ik kan doen als ik in zo'n situatie kom.",
    "scale_low": "helemaal niet waar",
    "scale_high": "helemaal waar",
    "thanks": "Bedankt! Je antwoorden helpen Halt om de lessen beter te maken.",
}

GRANTS = {
    "Halt-medewerker": ["add_visit", "view_visit"],
    "Curriculumredactie": ["add_goalstatements", "change_goalstatements", "view_goalstatements"],
    "Eindredactie": [
        "view_visit",
        "change_visit",
        "add_goalstatements",
        "change_goalstatements",
        "view_goalstatements",
        "delete_goalstatements",
        "add_municipality",
        "change_municipality",
        "view_municipality",
        "change_goalchecksettings",
    ],
}


def load(apps, schema_editor):
    Municipality = apps.get_model("visits", "Municipality")
    with GEMEENTEN.open(encoding="utf-8") as file:
        rows = csv.DictReader(line for line in file if not line.startswith("#"))
        for row in rows:
            Municipality.objects.update_or_create(
                code=row["code"], defaults={"name": row["naam"], "province": row["provincie"], "active": True}
            )

    GoalCheckSettings = apps.get_model("visits", "GoalCheckSettings")
    if not GoalCheckSettings.objects.exists():
        GoalCheckSettings.objects.create(**TEXTS)

    app_config = apps.get_app_config("visits")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="visits", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("visits", "0001_initial"),
        ("lessons", "0003_governance"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
