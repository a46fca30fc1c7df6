"""A theme's everyday words are indexed on its lessons and guides too (`theme_terms` in curriculum/facets.py), so
publishing a theme reindexes its offers: Wagtail reindexes only the page that was saved."""

from modelsearch.index import insert_or_update_object
from wagtail.signals import page_published

from curriculum.models import ThemePage


def on_theme_published(sender, instance, **kwargs):
    for offer in instance.get_children().live().specific():
        insert_or_update_object(offer)


def connect_signals():
    page_published.connect(on_theme_published, sender=ThemePage, dispatch_uid="search.theme_terms.published")
