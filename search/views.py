from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from wagtail.models import Site

from lessons.listing import CatalogueIndex, ListingFilters, catalogue_index, index_choices
from search.engine import autocomplete_pages, search_catalogue
from search.query import MAX_QUERY_LENGTH, clean_query, highlight

PER_PAGE = 15


def search(request):
    """One search over themes, lessons and guides, with facet counts; an empty query browses everything."""
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    site = Site.find_for_request(request)
    index = catalogue_index(site.root_page, request) if site else CatalogueIndex([], index_choices())
    filters = ListingFilters(request.GET, index.choices)
    notices = list(filters.notices)
    if len(raw) > MAX_QUERY_LENGTH:
        notices.append(f"Uw zoekvraag was erg lang; we zochten op de eerste {MAX_QUERY_LENGTH} tekens.")
    # Filtering and facet counts run on the cached catalogue index (lessons/listing.py); only the offers shown
    # on this results page are loaded, so the number of queries does not grow with the catalogue.
    results, facets = search_catalogue(query, filters, request.user, index)
    page = Paginator(results, PER_PAGE).get_page(request.GET.get("pagina"))
    page.object_list = index.load(page.object_list)
    for offer in page:
        offer.excerpt = highlight(offer.page.search_excerpt(), query)
    params = request.GET.copy()
    params.pop("pagina", None)
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "results": page,
            "result_count": len(results),
            "filters": filters,
            "facets": facets,
            "facet_labels": {name: label for name, (label, _) in ListingFilters.params.items()},
            "notices": notices,
            "query_without_page": params.urlencode(),
        },
    )


def autocomplete(request):
    """Up to eight page titles for the search box, as JSON: the form works without it."""
    query = clean_query(request.GET.get("q", ""))
    pages = autocomplete_pages(query) if len(query) >= 2 else []
    return JsonResponse({"results": [{"title": page.title, "url": page.url} for page in pages]})
