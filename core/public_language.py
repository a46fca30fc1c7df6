"""A URL without a language prefix is Dutch, whatever language the browser asks for.

Django's LocaleMiddleware follows the browser's Accept-Language, so an English browser got the English interface
around Dutch content (and `<html lang="en">`). The translated pages name their language in the URL (`/ar/...`, issue
13); Django's `i18n_patterns(..., prefix_default_language=False)` keeps its own unprefixed URLs Dutch the same way,
and this covers every URL, routed per language or not.
"""

from django.conf import settings
from django.utils import translation


class DutchUnlessPrefixedMiddleware:
    """Place after LocaleMiddleware: without a language prefix in the path, Dutch."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not translation.get_language_from_path(request.path_info):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
