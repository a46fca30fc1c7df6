"""Wagtail's page serving with the fallback to Dutch (the reasons are in core/i18n.py's docstring)."""

from django.conf import settings
from django.http import Http404
from django.utils import translation
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from core.i18n import is_untranslated


def serve(request, path):
    """Wagtail's serve, falling back to the Dutch page when the visitor's language has no translation of it.

    Named `wagtail_serve` in the URLconf, so Wagtail builds page URLs with it and the page cache serves it."""
    if translation.get_language() != settings.LANGUAGE_CODE:
        route = Page.route_for_request(request, path)
        if route is None or is_untranslated(route[0]):
            request.__dict__.pop("_wagtail_route_for_request", None)
            with translation.override(settings.LANGUAGE_CODE):  # the site root's Dutch tree
                if Page.route_for_request(request, path) is None:
                    raise Http404
    return wagtail_serve(request, path)
