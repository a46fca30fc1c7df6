from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Site

from lessons.listing import ListingFilters, collect_offers, facet_counts

PER_PAGE = 12


def lesson_listing(request):
    """All voorlichtingen with filters as plain GET parameters: shareable, and usable without JavaScript."""
    filters = ListingFilters(request.GET)
    site = Site.find_for_request(request)
    offers = collect_offers(site.root_page) if site else []
    results = [offer for offer in offers if offer.matches(filters.cleaned)]
    page = Paginator(results, PER_PAGE).get_page(request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(
        request,
        "lessons/listing.html",
        {
            "filters": filters,
            "facets": facet_counts(offers, filters),
            "facet_labels": {name: label for name, (label, _) in ListingFilters.params.items()},
            "results": page,
            "result_count": len(results),
            "query_without_page": query.urlencode(),
        },
    )
