"""Activities written once and used in many lessons: the ground rules, a standard opening, the closing with help.

A lesson places one with a `SharedActivityBlock` (lessons/blocks.py) and sets its own minutes and goal; the text
is the published version of the snippet, so publishing a change updates every lesson that uses it.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.naming import NamedByField
from core.snippets import ReviewedSnippet
from lessons.blocks import TEXT_FEATURES, ReactiveVariantBlock
from lessons.models.fields import one_block_field


class SharedActivity(ReviewedSnippet, NamedByField, index.Indexed):
    named_by = "title"

    title = models.CharField("titel", max_length=120, unique=True)
    slug = models.SlugField("slug", max_length=100, unique=True, help_text="Vaste naam, bijvoorbeeld voor de demo.")
    pupil_content = RichTextField(
        "inhoud voor leerlingen", features=TEXT_FEATURES, help_text="Wat op het scherm staat."
    )
    instructions = RichTextField(
        "werkwijze", features=TEXT_FEATURES, help_text="Hoe de Halt-medewerker dit onderdeel uitvoert."
    )
    presenter_notes = RichTextField(
        "notities voor de presentator",
        features=TEXT_FEATURES,
        blank=True,
        help_text="Alleen zichtbaar voor ingelogde Halt-medewerkers.",
    )
    materials = models.CharField(
        "materialen", max_length=255, blank=True, help_text="Gescheiden door komma's, bijvoorbeeld: Digibord, stiften."
    )
    # The same variant an ordinary activity has, so its rules, editing and rendering are the activity's.
    reactive = one_block_field(
        "reactive",
        ReactiveVariantBlock(),
        "bij reactieve inzet",
        "Alleen voor presentatoren: hoe dit onderdeel verandert als een les na een incident wordt gegeven.",
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("pupil_content"),
        FieldPanel("instructions"),
        FieldPanel("presenter_notes"),
        FieldPanel("materials"),
        FieldPanel("reactive"),
        PublishingPanel(),
    ]
    # Presenter notes and the reactive variant stay out of the index, like those of every other activity.
    search_fields = [index.SearchField("title"), index.AutocompleteField("title"), index.SearchField("pupil_content")]

    class Meta(ReviewedSnippet.Meta):
        ordering = ["title"]
        verbose_name = "gedeelde activiteit"
        verbose_name_plural = "gedeelde activiteiten"

    @property
    def material_list(self):
        return [item.strip() for item in self.materials.split(",") if item.strip()]

    @property
    def reactive_variant(self):
        """The ReactiveVariantBlock's value, as an activity's `reactive` reads; {} when the editor wrote none."""
        return self.reactive[0].value if self.reactive else {}
