"""One entry point for full-text search: the configured backend, and the database when that one fails.

Elasticsearch may be configured but unreachable; a visitor then still gets results from the database index,
which Wagtail keeps up to date alongside it, and the failure is logged.
"""

import logging

from django.conf import settings
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from curriculum.models import ThemePage
from lessons.access import is_presenter
from lessons.listing import facet_counts
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage
from search.faceted import elasticsearch_search

logger = logging.getLogger(__name__)
SEARCHABLE_TYPES = (ThemePage, LessonPage, ParentGuidePage, ProfessionalGuidePage)
FALLBACK_BACKEND = "database"


def searchable_pages():
    return Page.objects.live().public().type(*SEARCHABLE_TYPES)


def backend_search(query, operator, backend_name="default"):
    backend = get_search_backend(backend_name)
    return [page.pk for page in backend.search(query, searchable_pages(), operator=operator)]


def with_fallback(search):
    """Run `search(backend_name)` on the default backend, and on the database index when that one fails."""
    names = [name for name in ("default", FALLBACK_BACKEND) if name in settings.WAGTAILSEARCH_BACKENDS]
    for name in names[:-1]:
        try:
            return search(name)
        except Exception:  # an unreachable search server raises its client's own errors
            logger.warning("Search backend %r failed; answering from the database index", name, exc_info=True)
    return search(names[-1])


def ranked_page_ids(query):
    """Page ids by relevance: all words must match, or, when nothing does, any word.

    Short numbers are left out: "groep 7-8" is indexed by PostgreSQL as '7' and '-8', so a query's "8" would
    never match it, and a class year says little that the other words don't.
    """
    words = [word for word in query.split() if not (word.isdigit() and len(word) <= 2)]
    query = " ".join(words) or query
    return with_fallback(lambda name: backend_search(query, "and", name) or backend_search(query, "or", name))


def autocomplete_pages(query, limit=8):
    def complete(name):
        return list(get_search_backend(name).autocomplete(query, searchable_pages())[:limit])

    return with_fallback(complete)


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


def synonym_page_ids(query):
    """Themes that list the query among their everyday words ('money mule' for Geldezels) come first."""
    wanted = query.lower()
    themes = ThemePage.objects.live().filter(everyday_terms__icontains=wanted)
    return [theme.pk for theme in themes if wanted in theme.everyday_term_list()]


def search_page_ids(query, user):
    ids = promoted_page_ids(query) + synonym_page_ids(query) + ranked_page_ids(query)
    if is_presenter(user):
        ids += presenter_page_ids(query)
    return list(dict.fromkeys(ids))


def elasticsearch_backend():
    backend = get_search_backend("default")
    return backend if isinstance(backend, ElasticsearchBaseSearchBackend) else None


def search_catalogue(query, filters, user, offers):
    """(matching offers, facet counts) for the search page.

    With Elasticsearch configured and answering: ranking and facet counts from one request. Otherwise, and for
    presenters (whose search also covers presenter-only text, which no index holds): the database index, with
    the facets counted here.
    """
    backend = elasticsearch_backend()
    if backend and not (query and is_presenter(user)):
        try:
            ids, facets = elasticsearch_search(backend, query, filters)
        except Exception:  # the client raises its own connection and transport errors
            logger.warning("Elasticsearch failed; answering from the database index", exc_info=True)
        else:
            by_pk = {offer.page.pk: offer for offer in offers}
            if not query:  # browsing: keep the leerlijn order
                return [offer for offer in offers if offer.page.pk in set(ids)], facets
            ranked = [by_pk[pk] for pk in promoted_page_ids(query) + synonym_page_ids(query) + ids if pk in by_pk]
            return [offer for offer in dict.fromkeys(ranked) if offer.matches(filters.cleaned)], facets
    if query:
        by_pk = {offer.page.pk: offer for offer in offers}
        offers = [by_pk[pk] for pk in search_page_ids(query, user) if pk in by_pk]
    return [offer for offer in offers if offer.matches(filters.cleaned)], facet_counts(offers, filters)
