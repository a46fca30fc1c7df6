"""The catalogue, browsed or searched: `/voorlichtingen/` is the search view with an empty query.

Filtering and facet counts run on the cached catalogue index (search/catalogue.py); only the offers shown on
the current results page are loaded, so the number of queries does not grow with the catalogue.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from wagtail.models import Site

from core.dutch import meaningful_words
from curriculum.facets import ListingFilters, vocabulary_choices
from search.catalogue import CatalogueIndex, catalogue_index
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


def catalogue(request, mode=SEARCH):
    """Every offer with facet counts, ranked by a query when there is one; filters are plain GET parameters."""
    raw = request.GET.get("q", "") if mode.searching else ""
    query = clean_query(raw)
    site = Site.find_for_request(request)
    index = catalogue_index(site.root_page, request) if site else CatalogueIndex([], vocabulary_choices())
    filters = ListingFilters(request.GET, index.choices)
    notices = list(filters.notices)
    if len(raw) > MAX_QUERY_LENGTH:
        notices.append(f"Uw zoekvraag was erg lang; we zochten op de eerste {MAX_QUERY_LENGTH} tekens.")
    if query and not meaningful_words(query):
        notices.append(
            f"Op ‘{query}’ alleen kunnen we niet zoeken: dat woord staat overal. Kies een woord dat meer zegt."
        )
    if mode.searching:
        results, facets = search_catalogue(query, filters, request.user, index)
    else:
        offers = index.offers(include_themes=False)
        results = index.positions(offers & index.matching(filters.cleaned))
        facets = index.facet_counts(filters, offers)
    page = Paginator(results, mode.per_page).get_page(request.GET.get("pagina"))
    page.object_list = index.load(page.object_list)
    if mode.searching:
        for offer in page:
            offer.excerpt = highlight(offer.page.search_excerpt(), query)
    params = request.GET.copy()
    params.pop("pagina", None)
    return render(
        request,
        "search/catalogue.html",
        {
            "mode": mode,
            "query": query,
            "results": page,
            "result_count": len(results),
            "filters": filters,
            "facets": facets,
            "facet_labels": ListingFilters.labels(),
            "notices": notices,
            "suggestions": [] if results else list(index.choices.get("thema", {}).items()),
            "clear_url": reverse(mode.url_name) + ("?" + urlencode({"q": query}) if mode.searching else ""),
            "query_without_page": params.urlencode(),
        },
    )


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
