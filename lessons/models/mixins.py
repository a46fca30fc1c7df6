import datetime

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.models import Page

from core.caching import fragment_cache_context
from curriculum.facts import facts_cited_by
from lessons.access import is_presenter
from lessons.api_fields import CitedFactsField


def a_year_from_now():
    return timezone.localdate() + datetime.timedelta(days=365)


class ReviewByMixin(models.Model):
    """A date by which the curriculum team reviews the material again: required, so that every lesson and guide
    reaches the review panel some day; new pages start a year ahead. (Nullable in the database only for rows
    from before it was required: migration 0009 gave those a date.)"""

    review_by = models.DateField(
        "herzien vóór", null=True, default=a_year_from_now, help_text="Uiterlijk op deze datum herzien."
    )

    review_panels = [FieldPanel("review_by")]

    class Meta:
        abstract = True

    @staticmethod
    def edit_tabs(*tabs):
        """The editor's tabs: the page's own, then Promotie (with the review date) and Instellingen."""
        promote = ObjectList([*Page.promote_panels, *ReviewByMixin.review_panels], heading="Promotie")
        return TabbedInterface([*tabs, promote, ObjectList(Page.settings_panels, heading="Instellingen")])


class PresenterContextMixin:
    """Puts `is_presenter` in the context: templates show presenter-only material only when it is true. Fragment
    caches of these pages carry `is_presenter` in their key: presenters and everyone else never share one."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_presenter"] = is_presenter(request.user)
        return context | fragment_cache_context(request)


class AdminTitleMixin:
    """The admin shows the type of a page beside its title ("Bewerk gesprekshulp voor ouders: …"): a title that
    starts with that type ("Gesprekshulp voor ouders: Wapens en geweld") is shown there without it."""

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        prefix = f"{self._meta.verbose_name}:"
        if title.lower().startswith(prefix.lower()) and title[len(prefix) :].strip():
            return title[len(prefix) :].strip()
        return title


class CitesFactsMixin:
    """Pages that cite legal facts (in activities or a 'wet en regels' field) list them for the API and export."""

    # The read API's field for the cited facts, with their sources: a page lists `*CitesFactsMixin.api_fields`.
    api_fields = [APIField("legal_facts", serializer=CitedFactsField(source="cited_facts"))]

    def cited_facts(self):
        """Read in bulk for a listing (`prefetched_facts`, set by lessons/api.py), else one query for this page."""
        if hasattr(self, "prefetched_facts"):
            return self.prefetched_facts
        return list(facts_cited_by(self))
