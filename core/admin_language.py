"""The admin speaks Dutch, whatever language the browser asks for.

Django's LocaleMiddleware follows the browser's Accept-Language, and Wagtail's admin falls back to that language
when an editor chose none, so an English browser got an English admin. Halt's admin is Dutch for everyone; an
editor who picks another language in their own account settings still gets it, because Wagtail applies that
preference per admin view, after this middleware.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


class DutchAdminMiddleware:
    """Place after LocaleMiddleware: it overrides that middleware's choice for the admins' URLs only (Wagtail's
    and Django's)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith((reverse("wagtailadmin_home"), reverse("admin:index"))):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
