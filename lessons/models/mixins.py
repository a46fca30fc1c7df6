from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from lessons.access import is_presenter


class ReviewByMixin(models.Model):
    """A date by which the curriculum team reviews the material again."""

    review_by = models.DateField("herzien vóór", null=True, blank=True, help_text="Uiterlijk op deze datum herzien.")

    review_panels = [FieldPanel("review_by")]

    class Meta:
        abstract = True


class PresenterContextMixin:
    """Puts `is_presenter` in the context: templates show presenter-only material only when it is true."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_presenter"] = is_presenter(request.user)
        return context


class CatalogueFacets(models.Model):
    """The facet values of a catalogue page (theme, age band, goal, use, audience, setting, offer type).

    One definition serves the listing, the database search and the Elasticsearch index. The index fields are
    methods of this abstract model, so Elasticsearch names them alike for every page type
    (`lessons_cataloguefacets__facet_thema_filter`) and one aggregation counts them all.
    """

    FACETS = ("thema", "leeftijd", "doel", "inzet", "doelgroep", "setting", "soort")

    class Meta:
        abstract = True

    def facet_values(self, theme=None):
        """{facet: set of values}; `theme` saves a query when the caller already knows the parent theme."""
        theme = theme or self.get_parent()
        return {"thema": {theme.slug}, "doelgroep": {self.audience}}

    def facet_thema(self):
        return sorted(self.facet_values()["thema"])

    def facet_leeftijd(self):
        return sorted(self.facet_values().get("leeftijd", ()))

    def facet_doel(self):
        return sorted(self.facet_values().get("doel", ()))

    def facet_inzet(self):
        return sorted(self.facet_values().get("inzet", ()))

    def facet_doelgroep(self):
        return sorted(self.facet_values().get("doelgroep", ()))

    def facet_setting(self):
        return sorted(self.facet_values().get("setting", ()))

    def facet_soort(self):
        return sorted(self.facet_values().get("soort", ()))


FACET_INDEX_FIELDS = [index.FilterField(f"facet_{name}") for name in CatalogueFacets.FACETS]
