from django.db import models
from wagtail.search import index


class PresenterText(index.Indexed, models.Model):
    """The presenter-only text of a live lesson, in a search index of its own: queried only for logged-in staff.

    The public search runs over pages, whose index leaves presenter-only fields out (PublicTextMixin); this model
    is never part of it. Kept up to date when a lesson is published or unpublished (search/presenter_index.py).
    """

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    text = models.TextField()

    search_fields = [index.SearchField("text")]

    class Meta:
        verbose_name = "presentatortekst"
        verbose_name_plural = "presentatorteksten"

    def __str__(self):
        return f"Presentatortekst van pagina {self.page_id}"
