"""Wetsfeiten: the legal facts lessons and guides cite, written once, sourced, checked and reviewed.

A fact is curriculum knowledge (what the law says, for every lesson and guide), so it lives with the leerlijn's
vocabularies, below the lessons that cite it. Drafts, revisions and the review workflow are Wagtail's: the row in
the database always holds the published text, so a page that cites a fact shows the published statement and a
change only reaches the site when it is published.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.api import APIField
from wagtail.search import index

from core.naming import NamedByField
from core.snippets import ReviewedSnippet

OFFICIAL_LAW_HOST = "https://wetten.overheid.nl/"


class LegalFact(ReviewedSnippet, NamedByField, index.Indexed):
    named_by = "statement"

    statement = models.TextField(
        "wetsfeit",
        help_text="Eén of twee korte zinnen in eenvoudig Nederlands (B1), zoals ze in een les of gesprekshulp staan.",
    )
    slug = models.SlugField("slug", max_length=100, unique=True, help_text="Vaste naam voor verwijzingen.")
    article = models.CharField("artikel", max_length=100, help_text="Bijvoorbeeld: artikel 240b.")
    law = models.CharField("wet", max_length=150, help_text="Bijvoorbeeld: Wetboek van Strafrecht.")
    source_url = models.URLField(
        "officiële tekst",
        help_text="De link naar het artikel op wetten.overheid.nl.",
    )
    checked_on = models.DateField("gecontroleerd op", help_text="Wanneer een jurist dit wetsfeit naliep.")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="eigenaar",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Wie dit wetsfeit bijhoudt.",
    )
    review_by = models.DateField("herzien vóór", help_text="Uiterlijk op deze datum opnieuw controleren.")

    panels = [
        FieldPanel("statement"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("article"), FieldPanel("law")]), FieldPanel("source_url")], heading="Bron"
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("checked_on"), FieldPanel("review_by")]), FieldPanel("owner")],
            heading="Controle",
        ),
        PublishingPanel(),
    ]
    # The read API (/api/v2/wetsfeiten/): the owner is a person and stays out.
    api_fields = [
        APIField("slug"),
        APIField("statement"),
        APIField("article"),
        APIField("law"),
        APIField("source_url"),
        APIField("checked_on"),
    ]
    search_fields = [
        index.SearchField("statement"),
        index.AutocompleteField("statement"),
        index.SearchField("law"),
        index.SearchField("article"),
    ]

    class Meta(ReviewedSnippet.Meta):
        ordering = ["law", "article", "slug"]
        verbose_name = "wetsfeit"
        verbose_name_plural = "wetsfeiten"

    @property
    def source(self):
        """The source note shown with the fact: 'artikel 240b Wetboek van Strafrecht'."""
        return f"{self.article} {self.law}"

    def clean(self):
        if self.source_url and not self.source_url.startswith(OFFICIAL_LAW_HOST):
            raise ValidationError({"source_url": "Link naar de officiële wettekst op wetten.overheid.nl."})
