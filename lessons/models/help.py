import re

from django.conf import settings
from django.db import models
from django.utils import translation
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.naming import NamedByField
from core.snippets import ReviewedSnippet
from lessons.models.mixins import ReviewByMixin


class HelpResource(TranslatableMixin, ReviewedSnippet, ReviewByMixin, NamedByField, index.Indexed):
    """A place to get help (Veilig Thuis, Helpwanted, ...), reused by parent guides and safe-delivery sections.

    A wrong phone number is a safety issue: changes go through drafts and the review workflow, and every resource
    has a review-by date. Translated (wagtail-localize) only in `when`, for parents reading a guide in their own
    language: the name, number and website on the site are always the Dutch row's, the one that is reviewed.
    """

    name = models.CharField("naam", max_length=100)
    slug = models.SlugField("slug", max_length=100)
    phone = models.CharField(
        "telefoonnummer", max_length=30, blank=True, help_text="Zoals het gebeld wordt: 0800-2000."
    )
    url = models.URLField("website", blank=True)
    when = models.TextField("wanneer", help_text="In eenvoudig Nederlands (B1): wanneer neem je contact op?")
    for_young_people = models.BooleanField(
        "voor jongeren",
        default=False,
        help_text="Aan als de tekst jongeren aanspreekt met 'je'. Op pagina's voor ouders staat de hulpbron dan "
        "onder 'Voor uw kind:'; op het blad voor leerlingen staan alleen hulpbronnen voor jongeren.",
    )
    order = models.PositiveSmallIntegerField("volgorde", default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("phone"),
        FieldPanel("url"),
        FieldPanel("when"),
        FieldPanel("for_young_people"),
        *ReviewByMixin.review_panels,
        PublishingPanel(),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("when")]
    # Only `when` is the translator's; the rest is copied from the Dutch row on every sync.
    override_translatable_fields = [
        SynchronizedField(name) for name in ("name", "slug", "phone", "url", "order", "review_by")
    ]

    class Meta(TranslatableMixin.Meta, ReviewedSnippet.Meta):
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="help_resource_unique_name_per_locale"),
            models.UniqueConstraint(fields=["slug", "locale"], name="help_resource_unique_slug_per_locale"),
        ]
        ordering = ["order", "name"]
        verbose_name = "hulpbron"
        verbose_name_plural = "hulpbronnen"

    @classmethod
    def for_pupils(cls, resources=None):
        """The published resources written for young people ("je"): what a pupil's handout may show."""
        if resources is not None:
            return [resource for resource in resources if resource.for_young_people and resource.live]
        return list(cls.objects.filter(live=True, for_young_people=True))

    @property
    def localized_when(self):
        """(text, language) of `when` in the visitor's language when translated, else this row's: no query in Dutch.
        The name, number and website always come from this row, the reviewed Dutch one."""
        language = translation.get_language() or settings.LANGUAGE_CODE
        if language != settings.LANGUAGE_CODE:
            translated = self.get_translations().filter(locale__language_code=language).only("when").first()
            if translated is not None:
                return translated.when, language
        return self.when, settings.LANGUAGE_CODE

    @property
    def tel_href(self):
        """The first number in `phone` as a tel: link ("113 of 0800-0113" dials 113)."""
        first = re.match(r"\+?[\d\s-]+", self.phone.strip())
        digits = re.sub(r"[^\d+]", "", first.group()) if first else ""
        return f"tel:{digits}" if digits else ""
