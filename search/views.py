from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from wagtail.models import Page, Site

from lessons.listing import ListingFilters, collect_offers, facet_counts
from search.engine import search_page_ids, searchable_pages
from search.query import MAX_QUERY_LENGTH, clean_query, highlight

PER_PAGE = 15


def search(request):
    """One search over themes, lessons and guides, with facet counts; an empty query browses everything."""
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    filters = ListingFilters(request.GET)
    notices = list(filters.notices)
    if len(raw) > MAX_QUERY_LENGTH:
        notices.append(f"Uw zoekvraag was erg lang; we zochten op de eerste {MAX_QUERY_LENGTH} tekens.")
    site = Site.find_for_request(request)
    offers = collect_offers(site.root_page, include_themes=True) if site else []
    if query:
        by_pk = {offer.page.pk: offer for offer in offers}
        offers = [by_pk[pk] for pk in search_page_ids(query, request.user) if pk in by_pk]
    results = [offer for offer in offers if offer.matches(filters.cleaned)]
    page = Paginator(results, PER_PAGE).get_page(request.GET.get("pagina"))
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
            "facets": facet_counts(offers, filters),
            "facet_labels": {name: label for name, (label, _) in ListingFilters.params.items()},
            "notices": notices,
            "query_without_page": params.urlencode(),
        },
    )


def autocomplete(request):
    """Up to eight page titles for the search box, as JSON: the form works without it."""
    query = clean_query(request.GET.get("q", ""))
    pages = searchable_pages().autocomplete(query)[:8] if len(query) >= 2 else Page.objects.none()
    return JsonResponse({"results": [{"title": page.title, "url": page.url} for page in pages]})
