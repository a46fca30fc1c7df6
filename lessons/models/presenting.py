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

    default_ground_rules = models.TextField(
        "groepsafspraken als een les er geen heeft",
        blank=True,
        help_text="Eén afspraak per regel. Staan in de presentatorweergave van een les zonder eigen protocol.",
    )
    default_disclosure = models.TextField(
        "als een leerling iets vertelt, bij een les zonder eigen protocol",
        blank=True,
        help_text="Staat bij Voorbereiden en in het lesplan van een les zonder eigen protocol voor veilig uitvoeren.",
    )

    panels = [FieldPanel("reactive_steps"), FieldPanel("default_ground_rules"), FieldPanel("default_disclosure")]

    class Meta:
        verbose_name = "presenteren"

    @staticmethod
    def lines(text):
        return [line.strip() for line in text.splitlines() if line.strip()]

    def reactive_step_list(self):
        return self.lines(self.reactive_steps)

    def default_ground_rule_list(self):
        return self.lines(self.default_ground_rules)


PLACEHOLDER_HELP = "Gebruik {school} voor de naam van de school en {datum} voor de datum; die worden ingevuld."


@register_setting(icon="mail", name="brieven-aan-ouders")
class ParentLetterSettings(BaseSiteSetting):
    """The texts of what a school sends to parents: the ouderbrief after a voorlichting and the invitation to a
    parent evening. The lesson, its parent guide and the visit fill in the rest (lessons/letters.py)."""

    letter_opening = models.TextField(
        "ouderbrief: begin",
        blank=True,
        help_text="De eerste alinea's van de brief, vóór wat er in de les is besproken. Lege regel: nieuwe alinea. "
        + PLACEHOLDER_HELP,
    )
    letter_closing = models.TextField(
        "ouderbrief: slot",
        blank=True,
        help_text="De laatste alinea's, na de tips en de hulp. " + PLACEHOLDER_HELP,
    )
    invitation = models.TextField(
        "uitnodiging ouderbijeenkomst",
        blank=True,
        help_text="De uitnodiging die de school aan ouders stuurt. Het thema en wat er aan bod komt, vult de site "
        "zelf in. " + PLACEHOLDER_HELP + " Ook {tijd} (hoe laat) en {plaats} (waar de avond is) worden ingevuld.",
    )

    panels = [FieldPanel("letter_opening"), FieldPanel("letter_closing"), FieldPanel("invitation")]

    class Meta:
        verbose_name = "brieven aan ouders"

    @staticmethod
    def fill(text, school, date_text, **more):
        """The paragraphs of `text` with the placeholders filled in ({school}, {datum}, and e.g. tijd="19:30" for
        {tijd}); unknown braces stay as they are."""
        text = (text or "").replace("{school}", school).replace("{datum}", date_text)
        for name, value in more.items():
            text = text.replace("{" + name + "}", value)
        return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]
