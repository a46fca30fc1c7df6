"""The public site in the home languages of Halt's parents: the language comes from the URL, and a page that is not
translated falls back to Dutch.

- The language is the URL's prefix (`/en/`, `/ar/`...) and nothing else: an unprefixed URL is Dutch whatever the
  browser's Accept-Language says. So every URL has one language, and the page cache (core/caching.py) and Varnish
  need no `Vary: Accept-Language` and can never serve one language's page for another's URL.
- A page that has no translation in the visitor's language (or whose translation is only an alias, such as the
  theme pages wagtail-localize copies above a translated parent guide) is served at the visitor's URL as the Dutch
  page, with a note in the visitor's language and `lang="nl"` on the content. Rendering rather than redirecting
  keeps the visitor's language for the site's own words and the language switch, keeps one response per URL for
  the caches (a redirect would need the note's language in the Dutch URL), and the page names the Dutch URL as
  canonical, so search engines do not index the copy.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.deprecation import MiddlewareMixin
from wagtail.models import Locale, Page

from core.privacy import public

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


class URLLanguageMiddleware(MiddlewareMixin):
    """In place of Django's LocaleMiddleware: the language of the URL prefix, or Dutch; no cookie, no header.

    The admin's language is set later by core.admin_language and Wagtail's per-user preference."""

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info) or DEFAULT_LANGUAGE
        translation.activate(language)
        request.LANGUAGE_CODE = language

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language() or DEFAULT_LANGUAGE)
        return response


def is_rtl(language_code):
    return translation.get_language_info(language_code)["bidi"]


def language_name(language_code):
    """The language named in itself (العربية, Türkçe), as the switch shows it."""
    return dict(settings.LANGUAGES)[language_code]


def is_untranslated(page):
    """An alias stands in for a translation that was never made: its content is the Dutch page's."""
    return page.alias_of_id is not None


def default_locale_id():
    """The Dutch locale's id, remembered in the cache: searches filter on it on every request."""
    return cache.get_or_set("default-locale-id", lambda: Locale.get_default().pk, settings.CATALOGUE_CACHE_TIMEOUT)


def in_default_language(page):
    """The Dutch page this page translates (itself when it is Dutch or has no Dutch original)."""
    if page.locale.language_code == DEFAULT_LANGUAGE:
        return page
    return page.get_translation_or_none(Locale.get_default()) or page


def translations(page):
    """(language code, live public translation) of the page in every site language, Dutch first: one query."""
    order = [code for code, _name in settings.LANGUAGES]
    pages = public(
        Page.objects.filter(translation_key=page.translation_key, live=True, alias_of__isnull=True).select_related(
            "locale"
        )
    )
    found = {translated.locale.language_code: translated for translated in pages}
    return [(code, found[code]) for code in order if code in found]
