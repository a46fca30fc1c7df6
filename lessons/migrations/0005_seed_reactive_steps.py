"""Seed the reactive-use steps that used to be written in lessons/presenter.py: from now on editors own them
(Instellingen > Presenteren). Sites that already have the setting keep what their editors wrote."""

from django.db import migrations

STEPS = "\n".join(
    [
        "Vraag de school vooraf wat er is gebeurd, wie erbij betrokken waren en wat de klas al weet.",
        "Noem in de klas geen namen en bespreek het incident zelf niet: praat over het thema.",
        "Begin met de groepsafspraken en herhaal dat iedereen mag 'passen'.",
        "Spreek met de mentor af wie na de les aanspreekbaar is voor leerlingen die ermee zitten.",
    ]
)


def seed(apps, schema_editor):
    site_model = apps.get_model("wagtailcore", "Site")
    settings_model = apps.get_model("lessons", "PresentingSettings")
    for site in site_model.objects.all():
        settings_model.objects.get_or_create(site=site, defaults={"reactive_steps": STEPS})


class Migration(migrations.Migration):
    dependencies = [("lessons", "0004_presenting_settings"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
