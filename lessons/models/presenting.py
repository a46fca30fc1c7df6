from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="doc-full", name="presenteren")
class PresentingSettings(BaseSiteSetting):
    """What editors say once for every lesson a Halt-medewerker prepares and presents."""

    reactive_steps = models.TextField(
        "werkwijze bij reactieve inzet",
        blank=True,
        help_text=(
            "Wat de Halt-medewerker anders doet als een les na een incident wordt gegeven, één stap per regel. "
            "Staat bij Voorbereiden, in de presentatorweergave en in het lesplan."
        ),
    )

    panels = [FieldPanel("reactive_steps")]

    class Meta:
        verbose_name = "presenteren"

    def reactive_step_list(self):
        return [line.strip() for line in self.reactive_steps.splitlines() if line.strip()]
