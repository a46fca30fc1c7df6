"""Wagtail's page routing, remembered per catalogue version: for visitors the page cache does not serve.

Wagtail finds a page by walking the tree from the site's root, a query or two per level: eleven queries for a
lesson at depth five, on every request of a logged-in Halt-medewerker (the anonymous page cache never serves staff).
Which page a path leads to changes only when the catalogue does, so the page's id and type are cached under the
catalogue version (core/caching.py); a hit loads the page in one query and lets the page route what is left of the
path (its own routes, such as `voorbereiden/`), as Wagtail would. Wagtail's `serve` reads the result from
`request._wagtail_route_for_request` (Page.route_for_request); everything after routing (view restrictions, the
`before_serve_page` hooks, the page's own checks) runs unchanged.

The site a host leads to is remembered the same way: Wagtail looks it up in one query per request
(`Site.find_for_request`), and a saved or deleted Site changes the catalogue version (core/caching.py). The site is
handed to Wagtail where it keeps its own per-request answer (`request._wagtail_site`, named in
`Site.find_for_request`'s docstring).
"""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from django.utils import translation
from wagtail.models import Site

from core.caching import AnonymousPageCacheMiddleware, catalogue_version


class RouteCacheMiddleware:
    """Before core.caching.AnonymousPageCacheMiddleware in MIDDLEWARE; idle for the requests that one serves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name != "wagtail_serve" or not settings.CATALOGUE_CACHE_TIMEOUT:
            return None
        # The page cache answers in its own process_view, after this one: a request it may serve asks for nothing.
        if AnonymousPageCacheMiddleware.is_cacheable_request(request) or getattr(request, "is_preview", False):
            return None
        site = remembered_site(request)
        if site is None:
            return None
        path = view_kwargs["path"] if "path" in view_kwargs else (view_args[0] if view_args else "")
        components = [component for component in path.split("/") if component]
        parts = [catalogue_version(request), str(site.pk), translation.get_language() or "", path]
        key = "route:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()
        known = cache.get(key)
        if known is None:
            try:
                page, args, kwargs = site.root_page.localized.specific.route(request, components)
            except Http404:
                return None
            own = page.depth - site.root_page.depth  # the path components that lead to the page itself
            cache.set(key, (page.pk, page.content_type_id, own), settings.CATALOGUE_CACHE_TIMEOUT)
        else:
            pk, content_type_id, own = known
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            try:
                page = model.objects.get(pk=pk)  # not .first(): its ORDER BY took a third of the load at 5,000 lessons
            except model.DoesNotExist:
                return None
            try:
                page, args, kwargs = page.route(request, components[own:])
            except Http404:
                return None
        request._wagtail_route_for_request = (page, args, kwargs)
        return None


def remembered_site(request):
    """Site.find_for_request, cached per catalogue version, host and port (with its root page, as Wagtail reads it)."""
    if not hasattr(request, "_wagtail_site"):
        key = f"site:{catalogue_version(request)}:{request.get_host()}:{request.get_port()}"
        site = cache.get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                cache.set(key, site, settings.CATALOGUE_CACHE_TIMEOUT)
        request._wagtail_site = site
    return request._wagtail_site
