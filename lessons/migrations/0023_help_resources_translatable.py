"""Help resources are translatable: a locale and translation key on every row, name and slug unique per locale."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("lessons", "0022_help_resources_locale_and_translation_key")]

    operations = [
        migrations.AlterField(
            model_name="helpresource",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="helpresource",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="helpresource", name="name", field=models.CharField(max_length=100, verbose_name="naam")
        ),
        migrations.AlterField(
            model_name="helpresource", name="slug", field=models.SlugField(max_length=100, verbose_name="slug")
        ),
        migrations.AlterUniqueTogether(name="helpresource", unique_together={("translation_key", "locale")}),
        migrations.AddConstraint(
            model_name="helpresource",
            constraint=models.UniqueConstraint(fields=("name", "locale"), name="help_resource_unique_name_per_locale"),
        ),
        migrations.AddConstraint(
            model_name="helpresource",
            constraint=models.UniqueConstraint(fields=("slug", "locale"), name="help_resource_unique_slug_per_locale"),
        ),
    ]
