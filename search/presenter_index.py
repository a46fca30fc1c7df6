"""The staff search index of presenter-only text (search.models.PresenterText): filled on publish, emptied on
unpublish or delete, rebuilt after `migrate` when it lags behind the live lessons, and searched with Wagtail's
search backend (search/engine.py) instead of reading every lesson's StreamFields in Python."""

from django.apps import apps
from django.db.models.signals import post_migrate
from wagtail.signals import page_published, page_unpublished

from lessons.models import LessonPage
from search.models import PresenterText


def store(lesson):
    text = lesson.presenter_text()
    if text.strip():
        PresenterText.objects.update_or_create(page_id=lesson.pk, defaults={"text": text})
    else:
        PresenterText.objects.filter(page_id=lesson.pk).delete()


def on_published(sender, instance, **kwargs):
    store(instance)


def on_unpublished(sender, instance, **kwargs):
    PresenterText.objects.filter(page_id=instance.pk).delete()


def rebuild_if_behind(**kwargs):
    """After `migrate`: a database that had lessons before this index existed gets their presenter text."""
    if PresenterText.objects.count() < LessonPage.objects.live().count():
        for lesson in LessonPage.objects.live().iterator():
            store(lesson)


def connect_signals():
    page_published.connect(on_published, sender=LessonPage, dispatch_uid="search.presenter_index.published")
    page_unpublished.connect(on_unpublished, sender=LessonPage, dispatch_uid="search.presenter_index.unpublished")
    search_app = apps.get_app_config("search")
    post_migrate.connect(rebuild_if_behind, sender=search_app, dispatch_uid="search.presenter_rebuild")
