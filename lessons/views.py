from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Site

from lessons.listing import CatalogueIndex, ListingFilters, catalogue_index, index_choices

PER_PAGE = 12


def lesson_listing(request):
    """All voorlichtingen with filters as plain GET parameters: shareable, and usable without JavaScript.

    Filtering and counting run on the cached catalogue index (lessons/listing.py); only the offers shown on this
    results page are loaded, so the number of queries does not grow with the catalogue.
    """
    site = Site.find_for_request(request)
    index = catalogue_index(site.root_page, request) if site else CatalogueIndex([], index_choices())
    filters = ListingFilters(request.GET, index.choices)
    offers = index.offers(include_themes=False)
    results = index.positions(offers & index.matching(filters.cleaned))
    page = Paginator(results, PER_PAGE).get_page(request.GET.get("pagina"))
    page.object_list = index.load(page.object_list)
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(
        request,
        "lessons/listing.html",
        {
            "filters": filters,
            "facets": index.facet_counts(filters, offers),
            "facet_labels": {name: label for name, (label, _) in ListingFilters.params.items()},
            "results": page,
            "result_count": len(results),
            "query_without_page": query.urlencode(),
        },
    )
