from django.db import models
from wagtail.admin.panels import FieldPanel

from curriculum.facts import facts_cited_by
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


class CitesFactsMixin:
    """Pages that cite legal facts (in activities or a 'wet en regels' field) list them for the API and export."""

    def cited_facts(self):
        """Read in bulk for a listing (`prefetched_facts`, set by lessons/api.py), else one query for this page."""
        if hasattr(self, "prefetched_facts"):
            return self.prefetched_facts
        return list(facts_cited_by(self))
