"""The catalogue, browsed or searched: `/voorlichtingen/` is the search view with an empty query.

Filtering and facet counts run on the cached catalogue index (search/catalogue.py); only the offers shown on
the current results page are loaded, so the number of queries does not grow with the catalogue.
"""

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from core.caching import catalogue_version
from core.dutch import meaningful_words
from curriculum.facets import ListingFilters, vocabulary_choices
from lessons.access import is_presenter
from search.catalogue import CatalogueIndex, catalogue_choices, catalogue_index
from search.engine import autocomplete_pages, search_catalogue
from search.query import MAX_QUERY_LENGTH, clean_query, highlight


@dataclass(frozen=True)
class Mode:
    """What differs between browsing every offer and searching: headings, page size, and whether themes count."""

    url_name: str
    title: str
    per_page: int
    searching: bool


BROWSE = Mode("lesson_listing", "Alle voorlichtingen", per_page=12, searching=False)
SEARCH = Mode("search", "Zoeken", per_page=15, searching=True)


MAX_PAGE_NUMBER = 1000  # beyond any real catalogue; keeps made-up page numbers from filling the cache


def catalogue(request, mode=SEARCH):
    """Every offer with facet counts, ranked by a query when there is one; filters are plain GET parameters.

    The results and facets (the `listing` part of the page) are cached per catalogue version and normalised
    parameters (`normalised_params`), and per permission: a presenter's search also matches presenter-only text.
    """
    raw = request.GET.get("q", "") if mode.searching else ""
    query = clean_query(raw)
    site = Site.find_for_request(request)
    choices = catalogue_choices(site.root_page, request) if site else vocabulary_choices()
    filters = ListingFilters(request.GET, choices)
    notices = list(filters.notices)
    if len(raw) > MAX_QUERY_LENGTH:
        notices.append(f"Uw zoekvraag was erg lang; we zochten op de eerste {MAX_QUERY_LENGTH} tekens.")
    unsearchable = bool(query) and not meaningful_words(query)
    if unsearchable:  # this notice is the whole answer: the listing then says no more than the count
        notices.append(
            f"Op ‘{query}’ alleen kunnen we niet zoeken: dat woord staat overal. Kies een woord dat meer zegt."
        )
    params = normalised_params(query, filters)
    page_number = requested_page(request.GET.get("pagina", request.GET.get("page")))
    context = {
        "mode": mode,
        "query": query,
        "filters": filters,
        "facet_labels": ListingFilters.labels(),
        "notices": notices,
        "unsearchable": unsearchable,
        "clear_url": reverse(mode.url_name) + ("?" + urlencode({"q": query}) if mode.searching else ""),
        "query_without_page": urlencode(params),
        "active_filters": active_filters(mode, params, filters),
    }
    # A search keeps its listing as long as its ranking (search/engine.py); browsing as long as the catalogue.
    timeout = settings.SEARCH_CACHE_TIMEOUT if mode.searching else settings.CATALOGUE_CACHE_TIMEOUT
    cached = site is not None and timeout and page_number <= MAX_PAGE_NUMBER  # made-up numbers fill no cache
    if cached:
        # The entry is (the listing's HTML, the last page number): a page past the last keeps only the number.
        parts = [mode.url_name, catalogue_version(request), site.pk, is_presenter(request.user), urlencode(params)]
        key = "catalogue-page:" + hashlib.sha256(repr([*parts, page_number]).encode()).hexdigest()
    found = cache.get(key) if cached else None
    if found is None:
        # Only now the catalogue index (thousands of offers): a listing from the cache does not need it.
        index = catalogue_index(site.root_page, request) if site else CatalogueIndex([], choices)
        listing = listing_context(request, mode, query, filters, index, page_number)
        html = render_to_string("search/listing.html", context | listing, request) if "results" in listing else ""
        found = (html, listing["last_page"])
        if cached:
            cache.set(key, found, timeout)
    html, last_page = found
    if not 1 <= page_number <= last_page:
        return page_out_of_range(request, context, page_number, last_page)
    return render(request, "search/catalogue.html", context | {"listing": html})


def page_out_of_range(request, context, page_number, last_page):
    """A page number past the last (a link from when there were more results, or typed): a 404, so that search
    engines and link checkers drop it, with a message and a link to the last page, so that a visitor goes on.
    Built per request, outside the listing cache: the number named is this visitor's own."""
    params = context["query_without_page"]
    last_url = "?" + (params + "&" if params else "") + f"pagina={last_page}"
    listing = render_to_string(
        "search/page_out_of_range.html",
        context | {"page_number": page_number, "last_page": last_page, "last_url": last_url},
        request,
    )
    return render(request, "search/catalogue.html", context | {"listing": listing}, status=404)


def normalised_params(query, filters):
    """What the request asks for, in one order: the cleaned query, then each filter's known values in the
    vocabulary's order. Unknown values, repeats and the order of the parameters make no difference, so
    `?a=1&b=2` and `?b=2&a=1` share a cache entry (and the page links)."""
    pairs = [("q", query)] if query else []
    for name in ListingFilters.params:
        pairs += [(name, value) for value in filters.cleaned.get(name, [])]
    return pairs


def active_filters(mode, params, filters):
    """(facet label, value label, this URL without that value) for each chosen filter: also with zero results, a
    visitor can take one filter off instead of starting over."""
    labels = ListingFilters.labels()
    return [
        (labels[name], label, url_with(mode, [pair for pair in params if pair != (name, value)]))
        for name, value, label in filters.active
    ]


def url_with(mode, params):
    return reverse(mode.url_name) + ("?" + urlencode(params) if params else "")


def requested_page(value):
    """The page number asked for; 1 when it is missing or malformed (not a whole number, or absurdly long)."""
    if not (value and value.isascii() and value.isdigit() and len(value) <= 9):
        return 1
    return int(value)


def listing_context(request, mode, query, filters, index, page_number):
    """The results page and the facet counts: the work the listing cache saves."""
    if mode.searching:
        results, facets = search_catalogue(query, filters, request.user, index)
    else:
        offers = index.offers(include_themes=False)
        results = index.positions(offers & index.matching(filters.cleaned))
        facets = index.facet_counts(filters, offers)
    paginator = Paginator(results, mode.per_page)
    if not 1 <= page_number <= paginator.num_pages:  # nothing to render: the view says so (page_out_of_range)
        return {"last_page": paginator.num_pages}
    page = paginator.page(page_number)
    page.object_list = index.load(page.object_list)
    if mode.searching:
        for offer in page:
            offer.excerpt = highlight(offer.page.search_excerpt(), query)
    return {
        "last_page": paginator.num_pages,
        "results": page,
        "result_count": len(results),
        "facets": facets,
        "suggestions": [] if results else list(index.choices.get("thema", {}).items()),
    }


def lesson_listing(request):
    return catalogue(request, BROWSE)


def search(request):
    return catalogue(request, SEARCH)


def autocomplete(request):
    """Up to eight page titles for the search box, as JSON: the form works without it."""
    query = clean_query(request.GET.get("q", ""))
    site = Site.find_for_request(request)
    pages = autocomplete_pages(query, site.root_page) if site and len(query) >= 2 else []
    return JsonResponse({"results": [{"title": page.title, "url": page.url} for page in pages]})
