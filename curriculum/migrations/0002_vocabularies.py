"""Seed Halt's vocabularies: age bands with their Edurep levels, settings and content-guidance labels."""

from django.db import migrations

AGE_BANDS = [
    ("PO groep 7-8", "po-groep-7-8", 10, 12, "basisonderwijs, SBO, SO", 10, [
        ("PO groep 7", "a4813bb6-cf63-4594-af56-6afb321723d8"),
        ("PO groep 8", "95138558-9f65-4888-8ea3-8acce5eea273"),
    ]),
    ("VO onderbouw", "vo-onderbouw", 12, 15, "vmbo, havo, vwo leerjaar 1-3; praktijkonderwijs; VSO", 20, [
        ("VO", "2a1401e9-c223-493b-9b86-78f6993b1a8d"),
    ]),
    ("VO bovenbouw", "vo-bovenbouw", 15, 18, "vmbo 3-4, havo 4-5, vwo 4-6", 30, [
        ("vmbo", "c7942bb1-bf4f-409f-bc98-9a0b02f175dc"),
        ("havo", "a3ddbe60-8478-4204-b769-6f5e9f4cbca2"),
        ("vwo", "ad9872e5-edc4-4a62-9ee7-ba7daceba2e0"),
    ]),
    ("MBO", "mbo", 16, 23, "mbo niveau 1-4", 40, [
        ("MBO", "f3ac3fbb-5eae-49e0-8494-0a44855fff25"),
    ]),
    ("Jongvolwassenen", "jongvolwassenen", 18, 23, "werk, wijk en sport", 50, []),
]

SETTINGS = [("School", "school", 10), ("Sportvereniging", "sportvereniging", 20), ("Wijk", "wijk", 30)]

CONTENT_GUIDANCE = [
    ("Geweld", "geweld", "Beschrijft of bespreekt fysiek geweld."),
    ("Seksuele inhoud", "seksuele-inhoud", "Gaat over seksualiteit, naaktbeelden of seksueel misbruik."),
    ("Criminaliteit", "criminaliteit", "Gaat over strafbare feiten en hun gevolgen."),
    ("Wapens", "wapens", "Gaat over messen, vuurwapens of andere wapens."),
    ("Discriminatie", "discriminatie", "Bespreekt discriminatie en racisme."),
    ("Zelfbeschadiging", "zelfbeschadiging", "Kan gevoelens over zelfbeschadiging of suïcide raken."),
    ("Vuurwerk", "vuurwerk", "Gaat over vuurwerk, letsel en overlast."),
]


def seed(apps, schema_editor):
    AgeBand = apps.get_model("curriculum", "AgeBand")
    EdurepLevel = apps.get_model("curriculum", "EdurepLevel")
    Setting = apps.get_model("curriculum", "Setting")
    ContentGuidance = apps.get_model("curriculum", "ContentGuidance")
    for name, slug, min_age, max_age, school_types, order, levels in AGE_BANDS:
        band, _ = AgeBand.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "min_age": min_age, "max_age": max_age, "school_types": school_types, "order": order},
        )
        for sort_order, (level_name, uuid) in enumerate(levels):
            EdurepLevel.objects.get_or_create(age_band=band, uuid=uuid, defaults={"name": level_name, "sort_order": sort_order})
    for name, slug, order in SETTINGS:
        Setting.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})
    for order, (name, slug, description) in enumerate(CONTENT_GUIDANCE):
        ContentGuidance.objects.get_or_create(slug=slug, defaults={"name": name, "description": description, "order": order})


class Migration(migrations.Migration):
    dependencies = [("curriculum", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
