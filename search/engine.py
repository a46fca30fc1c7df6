"""One entry point for full-text search: the configured backend, and the database when that one fails.

Elasticsearch may be configured but unreachable; a visitor then still gets results from the database index,
which Wagtail keeps up to date alongside it, and the failure is logged.
"""

import logging

from django.conf import settings
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from curriculum.models import ThemePage
from lessons.access import is_presenter
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage

logger = logging.getLogger(__name__)
SEARCHABLE_TYPES = (ThemePage, LessonPage, ParentGuidePage, ProfessionalGuidePage)
FALLBACK_BACKEND = "database"


def searchable_pages():
    return Page.objects.live().public().type(*SEARCHABLE_TYPES)


def backend_search(query, operator, backend_name="default"):
    backend = get_search_backend(backend_name)
    return [page.pk for page in backend.search(query, searchable_pages(), operator=operator)]


def ranked_page_ids(query):
    """Page ids by relevance: all words must match, or, when nothing does, any word."""
    names = ["default"] + ([FALLBACK_BACKEND] if FALLBACK_BACKEND in settings.WAGTAILSEARCH_BACKENDS else [])
    for name in names:
        try:
            return backend_search(query, "and", name) or backend_search(query, "or", name)
        except Exception:  # an unreachable search server raises its client's own errors
            if name == names[-1]:
                raise
            logger.warning("Search backend %r failed; answering from the database index", name, exc_info=True)
    return []


def promoted_page_ids(query):
    """Editors' promotions ('groepsdruk' → Invloed van de groep) come first."""
    promotion = Query.objects.filter(query_string=query.lower()).first()
    if not promotion:
        return []
    picks = promotion.editors_picks.filter(page__live=True).order_by("sort_order")
    return list(picks.values_list("page_id", flat=True))


def presenter_page_ids(query):
    """Lessons whose presenter-only text holds every query word: for logged-in Halt staff only."""
    words = query.lower().split()
    return [
        lesson.pk
        for lesson in LessonPage.objects.live().only("pk", "activities", "safe_delivery")
        if all(word in lesson.presenter_text().lower() for word in words)
    ]


def search_page_ids(query, user):
    ids = promoted_page_ids(query) + ranked_page_ids(query)
    if is_presenter(user):
        ids += presenter_page_ids(query)
    return list(dict.fromkeys(ids))
