from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from core import i18n
from core.caching import fragment_cache_context
from core.privacy import public
from curriculum.models import ThemePage
from lessons.models.guides import ParentGuidePage


class ParentIndexPage(Page):
    """For parents (/ouders/): every public parent guide, by theme. The home page's "Ik ben ouder" opens it."""

    intro = models.TextField("inleiding", help_text="Twee of drie korte zinnen voor ouders. Schrijf eenvoudig (B1).")

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]  # the read API: public only
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = "overzicht voor ouders"
        verbose_name_plural = "overzichten voor ouders"

    def guides_by_theme(self):
        """(theme, guide) for every live, public parent guide of this site, in leerlijn order: two queries, and
        one more in a translation, whose list holds the guides translated into its language and the others in Dutch.
        """
        home = i18n.in_default_language(self).get_parent()
        guides = list(public(ParentGuidePage.objects.descendant_of(home).live()).order_by("path"))
        theme_paths = {guide.path[: -Page.steplen] for guide in guides}
        themes = {theme.path: theme for theme in ThemePage.objects.filter(path__in=theme_paths)}
        translated = {}
        if self.locale.language_code != settings.LANGUAGE_CODE:
            found = ParentGuidePage.objects.live().filter(
                locale_id=self.locale_id, alias_of=None, translation_key__in=[guide.translation_key for guide in guides]
            )
            translated = {guide.translation_key: guide for guide in public(found)}
        return [
            (themes[guide.path[: -Page.steplen]], translated.get(guide.translation_key, guide))
            for guide in guides
            if guide.path[: -Page.steplen] in themes
        ]

    def get_context(self, request, *args, **kwargs):
        """The list is one cached fragment (templates/lessons/parent_index_page.html): read only when it is missing."""
        context = super().get_context(request, *args, **kwargs)
        context["guides_by_theme"] = self.guides_by_theme
        return context | fragment_cache_context(request)
