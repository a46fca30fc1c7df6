"""Seed the texts of the ouderbrief and the invitation to a parent evening (Instellingen > Brieven aan ouders).
From then on editors own them; sites that already have the setting keep what their editors wrote."""

from django.db import migrations

OPENING = """Beste ouder of verzorger,

Op {datum} kreeg de klas van uw kind op {school} een voorlichting van Halt. Halt werkt aan het voorkomen van \
criminaliteit door jongeren. In deze brief leest u waar de les over ging en hoe u er thuis over kunt praten."""

CLOSING = """Heeft u vragen over de voorlichting? Neem dan contact op met de mentor van uw kind.

Met vriendelijke groet,

{school}, samen met Halt"""

INVITATION = """Beste ouder of verzorger,

Op {datum} houdt {school} een ouderavond samen met Halt. Uw kind kreeg of krijgt een voorlichting over dit \
thema. Op de avond hoort u wat de kinderen leren, hoe u er thuis over kunt praten en waar u hulp kunt vinden.

U hoeft niets voor te bereiden. U mag vragen stellen, maar dat hoeft niet. We praten niet over kinderen of \
gebeurtenissen op school.

Graag tot dan!"""


def seed(apps, schema_editor):
    site_model = apps.get_model("wagtailcore", "Site")
    settings_model = apps.get_model("lessons", "ParentLetterSettings")
    defaults = {"letter_opening": OPENING, "letter_closing": CLOSING, "invitation": INVITATION}
    for site in site_model.objects.all():
        settings_model.objects.get_or_create(site=site, defaults=defaults)


class Migration(migrations.Migration):
    dependencies = [("lessons", "0015_parent_letter_settings"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
