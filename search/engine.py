"""One entry point for full-text search: the configured backend, and the database when that one fails.

Elasticsearch may be configured but unreachable; a visitor then still gets results from the database index,
which Wagtail keeps up to date alongside it, and the failure is logged.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from core import i18n
from core.dutch import database_needs_stems, meaningful_words, stem
from curriculum.models import ThemePage
from lessons.access import is_presenter
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage
from search.faceted import elasticsearch_search
from search.models import PresenterText
from search.ranking import ranked_ids

logger = logging.getLogger(__name__)
SEARCHABLE_TYPES = (ThemePage, LessonPage, ParentGuidePage, ProfessionalGuidePage)
FALLBACK_BACKEND = "database"


def searchable_pages():
    """Dutch pages only: lessons are Dutch, and a translated parent guide (or the alias of a theme above it) would
    show twice."""
    return Page.objects.live().public().type(*SEARCHABLE_TYPES).filter(locale_id=i18n.default_locale_id())


def dutch_query(query, operator):
    """Each word or its Dutch stem (core/dutch.py): on SQLite "gedragen" then also finds "gedrag"."""
    parts = [Or([PlainText(word), PlainText(stem(word))]) for word in query.split()]
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator == "and" else Or(parts)


PREFIX_LENGTH = 4  # "cyber" finds "cybercriminaliteit", "wapen" "wapenbezit"; "de" or "pas" would find too much


def backend_search(query, operator, backend_name="default"):
    """Page ids by relevance. On the database backends two passes follow the words as typed, so that those keep
    ranking first: on SQLite the Dutch stems, then on SQLite and PostgreSQL the start of longer words."""
    backend = get_search_backend(backend_name)
    ids = ranked_or_all(backend.search(query, searchable_pages(), operator=operator))
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        return ids
    if database_needs_stems():
        ids += ranked_or_all(backend.search(dutch_query(query, operator), searchable_pages()))
    return list(dict.fromkeys(ids + prefix_search(backend, query, operator)))


def prefix_search(backend, query, operator):
    """Pages with a word that starts with a query word of 4+ letters: Dutch writes compounds as one word.

    Wagtail's database backends match a prefix only in autocomplete (the title, a theme's summary and everyday
    words, and those words on its lessons and guides: `CATALOGUE_INDEX_FIELDS`): SQLite's FTS5 as `"cyber"*`,
    PostgreSQL as `cyber:*`. Each long word is searched on its own; with "and" every one must match a page."""
    words = [word for word in query.split() if len(word) >= PREFIX_LENGTH and not word.isdigit()]
    found = [ranked_or_all(backend.autocomplete(word, searchable_pages())) for word in words]
    if not found or (operator == "and" and len(words) < len(query.split())):
        return []
    if operator == "and":
        common = set.intersection(*(set(ids) for ids in found))
        return [pk for pk in found[0] if pk in common]
    return [pk for ids in found for pk in ids]


def ranked_or_all(results):
    ranked = ranked_ids(results)  # one pass on SQLite (search/ranking.py); None elsewhere
    return ranked if ranked is not None else [page.pk for page in results]


def with_fallback(search):
    """Run `search(backend_name)` on the default backend, and on the database index when that one fails."""
    names = [name for name in ("default", FALLBACK_BACKEND) if name in settings.WAGTAILSEARCH_BACKENDS]
    for name in names[:-1]:
        try:
            return search(name)
        except Exception:  # an unreachable search server raises its client's own errors
            logger.warning("Search backend %r failed; answering from the database index", name, exc_info=True)
    return search(names[-1])


def ranked_page_ids(query, version=None):
    """Page ids by relevance: all words must match, or, when nothing does, any word.

    Short numbers are left out: "groep 7-8" is indexed by PostgreSQL as '7' and '-8', so a query's "8" would
    never match it, and a class year says little that the other words don't.

    With a catalogue version (core/caching.py) the ids are cached per query until the catalogue changes:
    a common word matches thousands of lessons, and ranking them all is most of a search's time. The index
    holds no presenter-only text, so these ids are the same for every visitor.
    """
    words = meaningful_words(query)
    if not words:
        return []
    query = " ".join(word for word in words if not (word.isdigit() and len(word) <= 2)) or " ".join(words)
    cached = version and settings.SEARCH_CACHE_TIMEOUT
    key = "search-ranked:" + hashlib.sha256(f"{version}\n{query}".encode()).hexdigest() if cached else None
    ids = cache.get(key) if key else None
    if ids is None:
        ids = with_fallback(lambda name: backend_search(query, "and", name) or backend_search(query, "or", name))
        if key:
            cache.set(key, ids, settings.SEARCH_CACHE_TIMEOUT)
    return ids


def autocomplete_pages(query, root, limit=8):
    """Up to `limit` pages below `root` (the visitor's site) whose titles or summaries start like the query."""

    def complete(name):
        results = get_search_backend(name).autocomplete(query, searchable_pages().descendant_of(root))
        ranked = ranked_ids(results)  # one pass on SQLite (search/ranking.py); None elsewhere
        if ranked is None:
            return list(results[:limit])
        pages = Page.objects.in_bulk(ranked[:limit])
        return [pages[pk] for pk in ranked[:limit] if pk in pages]

    return with_fallback(complete)


def promoted_page_ids(query):
    """Editors' promotions ('groepsdruk' → Invloed van de groep) come first."""
    promotion = Query.objects.filter(query_string=query.lower()).first()
    if not promotion:
        return []
    picks = promotion.editors_picks.filter(page__live=True).order_by("sort_order")
    return list(picks.values_list("page_id", flat=True))


def presenter_page_ids(query):
    """Live lessons whose presenter-only text matches every query word: for logged-in Halt staff only. Searched in
    the staff index (search.models.PresenterText), which the public search never queries."""

    def search(name):
        entries = get_search_backend(name).search(query, PresenterText.objects.all(), operator="and")
        return [entry.page_id for entry in entries]

    ids = with_fallback(search)
    live = set(LessonPage.objects.live().filter(pk__in=ids).values_list("pk", flat=True))
    return [pk for pk in ids if pk in live]


def synonym_page_ids(query):
    """Themes that list the query among their everyday words ('money mule' for Geldezels) come first."""
    wanted = query.lower()
    themes = ThemePage.objects.live().filter(everyday_terms__icontains=wanted, locale_id=i18n.default_locale_id())
    return [theme.pk for theme in themes if wanted in theme.everyday_term_list()]


def search_page_ids(query, user, version=None):
    if not meaningful_words(query):  # only words like "de" and "het": they would match everything
        return []
    ids = promoted_page_ids(query) + synonym_page_ids(query) + ranked_page_ids(query, version)
    if is_presenter(user):
        ids += presenter_page_ids(query)
    return list(dict.fromkeys(ids))


def elasticsearch_backend():
    backend = get_search_backend("default")
    return backend if isinstance(backend, ElasticsearchBaseSearchBackend) else None


def search_catalogue(query, filters, user, index):
    """(positions of the matching offers in `index`, ranked, and the facet counts) for the search page.

    With Elasticsearch configured and answering: ranking and facet counts from one request. Otherwise, and for
    presenters (whose search also covers presenter-only text, which no index holds): the database index, with
    the facets counted on the catalogue index (search/catalogue.py).
    """
    chosen = index.matching(filters.cleaned)
    backend = elasticsearch_backend()
    if backend and not (query and is_presenter(user)):
        try:
            ids, facets = elasticsearch_search(backend, query, filters)
        except Exception:  # the client raises its own connection and transport errors
            logger.warning("Elasticsearch failed; answering from the database index", exc_info=True)
        else:
            if not query:  # browsing: keep the leerlijn order
                return index.positions(index.mask_of(positions_of(ids, index))), facets
            ranked = positions_of(promoted_page_ids(query) + synonym_page_ids(query) + ids, index)
            return [position for position in ranked if chosen >> position & 1], facets
    if not query:
        return index.positions(chosen), index.facet_counts(filters, index.all)
    ranked = positions_of(search_page_ids(query, user, index.version), index)
    matched = index.mask_of(ranked)
    results = set(index.positions(matched & chosen))
    return [position for position in ranked if position in results], index.facet_counts(filters, matched)


def positions_of(ids, index):
    """The index positions of page ids, in their order, once each; pages not in the catalogue are left out."""
    return list(dict.fromkeys(index.position[pk] for pk in ids if pk in index.position))
