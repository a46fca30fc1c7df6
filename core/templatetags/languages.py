"""`{% page_languages page as languages %}`: what the layout needs to say which language a page is in.

The visitor's language (the URL's, core/i18n.py) sets `<html lang dir>`; the page's own translations give the
language switch and the `hreflang` alternates; a Dutch page shown for another language (not translated yet) is
`fallback`, and a translation names the date of the Dutch text it was made from.
"""

from dataclasses import dataclass, field

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail_localize.models import Translation

from core import i18n
from core.caching import catalogue_version

register = template.Library()


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    full_url: str
    current: bool


@dataclass
class PageLanguages:
    visitor: str
    content: str
    links: list = field(default_factory=list)
    translated_on: object = None

    @property
    def direction(self):
        return "rtl" if i18n.is_rtl(self.visitor) else "ltr"

    @property
    def content_direction(self):
        return "rtl" if i18n.is_rtl(self.content) else "ltr"

    @property
    def fallback(self):
        """The page is shown in Dutch because it has no translation in the visitor's language."""
        return self.content != self.visitor

    @property
    def is_translation(self):
        return self.content != settings.LANGUAGE_CODE and not self.fallback

    @property
    def default_link(self):
        return next((link for link in self.links if link.code == settings.LANGUAGE_CODE), None)


@register.filter
def text_direction(language_code):
    return "rtl" if i18n.is_rtl(language_code) else "ltr"


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    request = context.get("request")
    visitor = translation.get_language() or settings.LANGUAGE_CODE
    if getattr(page, "locale_id", None) is None or not page.pk:
        return PageLanguages(visitor, visitor)
    found = known_translations(request, page)
    content = next((code for code, pk, _url in found if pk == page.pk), None) or page.locale.language_code
    languages = PageLanguages(visitor, content)
    for code, pk, url in found:
        # On the host the visitor asked for, as the sitemap does (core/sitemap.py), not the Site record's.
        full_url = request.build_absolute_uri(url) if request is not None else url
        languages.links.append(LanguageLink(code, i18n.language_name(code), url, full_url, pk == page.pk))
    if languages.is_translation:
        languages.translated_on = translation_date(page)
    return languages


def known_translations(request, page):
    """(language, page id, URL) of the page's live, public translations: one query, remembered per catalogue
    version (every publish changes it) when the page is not a preview."""

    def read():
        return [(code, other.pk, other.get_url(request)) for code, other in i18n.translations(page)]

    if request is None or getattr(request, "is_preview", False):
        return read()
    key = f"translations:{catalogue_version(request)}:{request.get_host()}:{page.translation_key}"
    return cache.get_or_set(key, read, settings.CATALOGUE_CACHE_TIMEOUT)


def translation_date(page):
    """The date of the Dutch text this translation was made from: when wagtail-localize last synced its source
    (the demo loader sets it to the translators' `translated_on`); without wagtail-localize, the first publish."""
    found = (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id)
        .select_related("source")
        .first()
    )
    if found is not None:
        return found.source.last_updated_at.date()
    return page.first_published_at.date() if page.first_published_at else None
