"""Activities written once and used in many lessons: the ground rules, a standard opening, the closing with help.

A lesson places one with a `SharedActivityBlock` (lessons/blocks.py) and sets its own minutes and goal; the text
is the published version of the snippet, so publishing a change updates every lesson that uses it.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.snippets import ReviewedSnippet

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class SharedActivity(ReviewedSnippet, index.Indexed):
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

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("pupil_content"),
        FieldPanel("instructions"),
        FieldPanel("presenter_notes"),
        FieldPanel("materials"),
        PublishingPanel(),
    ]
    # Presenter notes stay out of the index, like the notes of every other activity.
    search_fields = [index.SearchField("title"), index.AutocompleteField("title"), index.SearchField("pupil_content")]

    class Meta:
        ordering = ["title"]
        verbose_name = "gedeelde activiteit"
        verbose_name_plural = "gedeelde activiteiten"
        default_permissions = ReviewedSnippet.PERMISSIONS

    def __str__(self):
        return self.title

    @property
    def material_list(self):
        return [item.strip() for item in self.materials.split(",") if item.strip()]
