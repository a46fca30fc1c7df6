from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from wagtail.models import Page

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.live().public().specific().search(query) if query else Page.objects.none()
    page = Paginator(results, 20).get_page(request.GET.get("pagina"))
    return render(request, "search/search.html", {"query": query, "results": page})


def autocomplete(request):
    """Up to eight page titles for the search box; JSON, for progressive enhancement."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    pages = Page.objects.live().public().autocomplete(query)[:8] if len(query) >= 2 else []
    return JsonResponse({"results": [{"title": page.title, "url": page.url} for page in pages]})
