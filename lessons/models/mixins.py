from django.db import models
from wagtail.admin.panels import FieldPanel

from core.caching import fragment_cache_context
from lessons.access import is_presenter


class ReviewByMixin(models.Model):
    """A date by which the curriculum team reviews the material again."""

    review_by = models.DateField("herzien vóór", null=True, blank=True, help_text="Uiterlijk op deze datum herzien.")

    review_panels = [FieldPanel("review_by")]

    class Meta:
        abstract = True


class PresenterContextMixin:
    """Puts `is_presenter` in the context: templates show presenter-only material only when it is true. Fragment
    caches of these pages carry `is_presenter` in their key: presenters and everyone else never share one."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_presenter"] = is_presenter(request.user)
        return context | fragment_cache_context(request)
