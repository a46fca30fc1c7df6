"""The search index and Wagtail's reference index, updated once per object at the end of the demo load.

Both indexes are updated by a `post_save` receiver on every save, and the demo saves most objects several times:
a new page in `add_child`, `save_revision` and `publish`, a translation also when it is copied and imported, and
each orderable of a page reindexes the page. Per save that reread and restemmed the same page (the Dutch stems of
curriculum/facets.py) and rewrote the same references: over a third of load_demo's time. Inside `indexed_once()`
those two receivers are set aside and every saved object is only noted; when the block ends each one gets the same
index tasks the receivers would have enqueued, once, reading what the object holds by then: what the last of the
per-save updates would have written. Deletes still update both indexes at once, as before. (SQLite's search
backend weighs an entry's title by the average title length when the entry was added, so a few weights come out a
little different: those of translations, whose titles the per-save updates first indexed in Dutch.)
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelcluster.fields import ParentalKey
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler as update_search_index_on_save
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save
from wagtail.tasks import update_reference_index_task

# Each index's post_save receiver, the models it may be connected to, and the task it enqueues for a saved object.
DEFERRED = (
    (update_search_index_on_save, search_index.get_indexed_models, insert_or_update_object_task),
    (update_reference_index_on_save, lambda: ReferenceIndex.tracked_models, update_reference_index_task),
)


@contextmanager
def indexed_once():
    """Within the block, saves update neither index; at its end every object saved in it is indexed once, in the
    order of their first saves (the SQLite search backend weighs a new entry's title by the titles before it)."""
    saved = {}  # {(model, pk): the (model, pk) it belongs to if an orderable}: each object saved, once, in order

    def note(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender, instance.pk] = owner_of(instance)

    tasks = {}  # {model: [(receiver, task)]}: only where the receiver was connected, and only there it comes back
    for receiver, models, task in DEFERRED:
        for model in models():
            if post_save.disconnect(receiver, sender=model):
                tasks.setdefault(model, []).append((receiver, task))
    post_save.connect(note, weak=False, dispatch_uid=__name__)
    try:
        yield
    finally:
        post_save.disconnect(dispatch_uid=__name__)
        for model, deferred in tasks.items():
            for receiver, _task in deferred:
                post_save.connect(receiver, sender=model)
    existing = still_existing(saved, tasks)
    for (model, pk), owner in saved.items():
        if pk in existing.get(model, ()):
            for _receiver, task in tasks[model]:
                if task is update_reference_index_task and owner in saved:
                    continue  # an orderable's references are its page's: the page's own task records them
                task.enqueue(model._meta.app_label, model._meta.model_name, str(pk))


def owner_of(instance):
    """(model, pk) of the object that an orderable belongs to by its ParentalKey (the parent that Wagtail's
    reference index task records the orderable's references for), else None."""
    for field in instance._meta.get_fields():
        if isinstance(field, ParentalKey):
            return field.related_model, getattr(instance, field.attname)
    return None


def still_existing(saved, models):
    """{model: pks} of the `saved` objects of `models` that were not deleted later (a delete updated the indexes)."""
    pks = {}
    for model, pk in saved:
        if model in models:
            pks.setdefault(model, []).append(pk)
    return {model: set(model.objects.filter(pk__in=pks).values_list("pk", flat=True)) for model, pks in pks.items()}
