"""Wagtail pages for logged-in Halt staff, kept per catalogue version and permission set.

A medewerker's lesson page, leerlijn matrix or Voorbereiden is the same for everyone with the same permissions,
apart from the staff bar (who is logged in, the way out) and the CSRF tokens of its forms. The first request
renders the page as always. The copy kept in the cache has the staff bar cut out and each CSRF token replaced by
a placeholder; a later request gets that copy with its own staff bar and its own token, without routing,
serving or rendering the page.

Kept only when nothing else in the page can be personal or stale:
- a GET whose query string holds only parameters the page names in `staff_copy_params` (Voorbereiden's choices;
  a visit code shows that visit, which is no catalogue content);
- a user without access to the admin (Wagtail's user bar links to what this editor may edit);
- no messages waiting, no session change, no cookie set by the page;
- a 200 HTML response of a page without view restrictions (on its own or its ancestors).
The key carries the catalogue version (core/caching.py), the language, host and path, and the user's permission
set (which decides `is_presenter`, the user's links and the plan link on Voorbereiden). Like the anonymous page
cache, the timeout bounds only changes made outside Wagtail. STAFF_PAGE_CACHE_TIMEOUT = 0 turns it off. The copies
live in the default cache, beside the presenters' fragments: the `pages` cache holds only what anonymous visitors
may get.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import translation

from core.caching import catalogue_version

STAFF_BAR_TEMPLATE = "includes/staff_bar.html"
STAFF_BAR = re.compile(rb"<!--staff-bar-->.*?<!--/staff-bar-->", re.DOTALL)
STAFF_BAR_PLACE = b"<!--staff-bar-->"
CSRF_TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
CSRF_PLACE = b"__staff_page_csrf_token__"
ADMIN_PERMISSION = "wagtailadmin.access_admin"
HEADER = "X-Staff-Page-Cache"


def timeout():
    return getattr(settings, "STAFF_PAGE_CACHE_TIMEOUT", 0)


def is_eligible(request):
    match = request.resolver_match
    user = getattr(request, "user", None)
    return (
        timeout() > 0
        and match is not None
        and match.url_name == "wagtail_serve"
        and request.method == "GET"
        and not getattr(request, "is_preview", False)
        and user is not None
        and user.is_authenticated
        and "messages" not in request.COOKIES
        and "_messages" not in request.session
        and not user.has_perm(ADMIN_PERMISSION)
    )


def key(request):
    parts = [
        catalogue_version(request),
        request.scheme,
        request.get_host(),
        translation.get_language() or "",
        request.get_full_path(),  # a page with a query string is kept only if it names the parameters (below)
        " ".join(sorted(request.user.get_all_permissions())),  # superusers have admin access: never here
    ]
    return "staff-page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def impersonal(response):
    """(body, headers) with the staff bar and the CSRF tokens taken out; None when the page is not as expected."""
    body = response.content
    if len(STAFF_BAR.findall(body)) != 1:
        return None
    body = STAFF_BAR.sub(STAFF_BAR_PLACE, body)
    body, tokens = CSRF_TOKEN.subn(rb"\1" + CSRF_PLACE + rb"\2", body)
    if body.count(b"csrfmiddlewaretoken") != tokens:  # a token written some other way: not ours to replace
        return None
    left_out = ("content-length", HEADER.lower())
    headers = {name: value for name, value in response.items() if name.lower() not in left_out}
    return body, headers


def personal(request, stored):
    """The stored page with this visitor's staff bar and CSRF token."""
    body, headers = stored
    staff_bar = render_to_string(STAFF_BAR_TEMPLATE, request=request).strip().encode()
    body = body.replace(STAFF_BAR_PLACE, staff_bar, 1).replace(CSRF_PLACE, get_token(request).encode())
    response = HttpResponse(body, headers=headers)
    response[HEADER] = "hit"
    return response


def is_storable(request, response):
    route = getattr(request, "_wagtail_route_for_request", None)
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not request.session.modified
        and not getattr(getattr(request, "_messages", None), "used", False)
        and len(response.content) <= getattr(settings, "PAGE_CACHE_MAX_BYTES", 2_000_000)
        and route is not None
        and set(request.GET) <= getattr(route[0], "staff_copy_params", frozenset())
        and not route[0].get_view_restrictions().exists()  # last: the one check that asks the database
    )


class StaffPageCacheMiddleware:
    """After the session, auth and messages middleware and before core.routing.RouteCacheMiddleware in MIDDLEWARE:
    a hit skips the routing too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        cache_key = getattr(request, "_staff_page_key", None)
        if cache_key is not None and is_storable(request, response):
            stored = impersonal(response)
            if stored is not None:
                cache.set(cache_key, stored, timeout())
                response[HEADER] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_eligible(request):
            return None
        cache_key = key(request)
        stored = cache.get(cache_key)
        if stored is None:
            request._staff_page_key = cache_key
            return None
        return personal(request, stored)
