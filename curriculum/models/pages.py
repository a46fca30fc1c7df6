from django.db import models
from django.utils.functional import SimpleLazyObject
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.caching import fragment_cache_context
from core.fragments import with_large_fragments
from core.privacy import public
from curriculum.facets import (
    CATALOGUE_INDEX_FIELDS,
    CatalogueFacets,
    LeerlijnFilters,
    matrix_vocabularies,
    offer_models,
)
from curriculum.matrix import build_matrix
from curriculum.richtext import plain_text
from curriculum.vocabularies import Audience, Use


class LeerlijnPage(Page):
    """The doorlopende leerlijn: every theme, and per theme its lessons from groep 7-8 to MBO."""

    intro = models.TextField("inleiding", help_text="Wat de leerlijn is, in twee of drie zinnen.")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["curriculum.ThemePage"]
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]  # the read API: public fields only

    class Meta:
        verbose_name = "leerlijn"
        verbose_name_plural = "leerlijnen"

    def themes(self):
        return public(ThemePage.objects.child_of(self).live()).order_by("path")

    def serve(self, request, *args, **kwargs):
        """The matrix's megabytes go into the response as bytes from the cache (core/fragments.py)."""
        return with_large_fragments(request, super().serve(request, *args, **kwargs))

    def get_context(self, request, *args, **kwargs):
        """The matrix is built only when its cached fragment is missing (templates/curriculum/leerlijn_page.html):
        it holds no presenter-only material, so one fragment per catalogue version and filter serves everyone."""
        context = super().get_context(request, *args, **kwargs)
        vocabularies = matrix_vocabularies(request)
        age_bands = vocabularies["age_bands"]
        filters = LeerlijnFilters(
            request.GET, {"setting": {setting.slug: setting.name for setting in vocabularies["settings"]}}
        )

        def matrix():
            lessons = [entry for model in offer_models() for entry in model.matrix_entries(self)]
            themes = list(self.themes())
            setting, use = filters.cleaned.get("setting"), filters.cleaned.get("inzet")
            rows = build_matrix(themes, lessons, age_bands, setting, use)
            with_lessons = {row.theme.pk for row in rows}
            return {"rows": rows, "guide_only_themes": [theme for theme in themes if theme.pk not in with_lessons]}

        context.update(
            filters=filters,
            age_bands=age_bands,
            settings_vocabulary=vocabularies["settings"],
            use_choices=[(Use.PROACTIEF, "Proactief"), (Use.REACTIEF, "Reactief")],
            matrix=SimpleLazyObject(matrix),
            **fragment_cache_context(request),
        )
        return context


class ThemePage(CatalogueFacets, Page):
    """A theme of Halt's catalogue (groepsdruk, geldezels, ...) holding its lessons and guides."""

    summary = models.CharField("korte omschrijving", max_length=255, help_text="Eén zin: waar gaat dit thema over?")
    why = RichTextField("waarom dit thema ertoe doet", features=["h3", "bold", "italic", "ol", "ul", "link"])
    everyday_terms = models.CharField(
        "zoekwoorden uit de praktijk",
        max_length=255,
        blank=True,
        help_text="Woorden die mensen intypen, gescheiden door komma's, bijvoorbeeld: groepsdruk, meelopen.",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="afbeelding",
        help_text="Een illustratie bij het thema. Vul bij de afbeelding een beschrijving in: die lezen blinden voor.",
    )

    parent_page_types = ["curriculum.LeerlijnPage"]
    subpage_types = ["lessons.LessonPage", "lessons.ParentGuidePage", "lessons.ProfessionalGuidePage"]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("why"),
        FieldPanel("everyday_terms"),
    ]
    api_fields = [APIField("summary"), APIField("why"), APIField("everyday_terms")]  # the read API: public only
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("why"),
        index.SearchField("everyday_terms"),
        index.AutocompleteField("summary"),
        index.AutocompleteField("everyday_terms"),  # "nud" suggests the theme that lists "nudes"
        *CATALOGUE_INDEX_FIELDS,
    ]

    class Meta:
        verbose_name = "thema"
        verbose_name_plural = "thema's"

    def get_context(self, request, *args, **kwargs):
        """The lessons and guides are one cached fragment (templates/curriculum/theme_page.html)."""
        return super().get_context(request, *args, **kwargs) | fragment_cache_context(request)

    def facet_values(self, theme=None):
        return {"thema": {self.slug}}

    def everyday_term_list(self):
        return [term.strip().lower() for term in self.everyday_terms.split(",") if term.strip()]

    def search_excerpt(self):
        return f"{self.summary} {plain_text(self.why)}"

    def offers(self, audience):
        """The theme's live, public offers for one audience, each page type in its own order."""
        return [page for model in offer_models(audience) for page in model.in_theme(self)]

    def lessons(self):
        return self.offers(Audience.JONGEREN)

    def parent_guides(self):
        return self.offers(Audience.OUDERS)

    def professional_guides(self):
        return self.offers(Audience.PROFESSIONALS)
