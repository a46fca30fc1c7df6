"""`{% cached_slugurl 'privacy' %}`: Wagtail's `{% slugurl %}`, looked up once per catalogue version and language.

In a language of its own (/en/...), the link goes to the page's translation when there is one (not an alias, which
only stands in for the Dutch page: core/i18n.py), else to the Dutch page.

The layout links to a few pages by slug on every page; `slugurl` costs a query each time, and logged-in staff
(who never get the page cache) paid them on every request. The URLs change only when the catalogue does.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.templatetags.wagtailcore_tags import slugurl

from core.caching import catalogue_version

register = template.Library()


@register.simple_tag(takes_context=True)
def cached_slugurl(context, slug):
    request = context.get("request")
    if request is None:
        return slugurl(context, slug) or ""
    known = request.__dict__.setdefault("_cached_slugurls", {})
    if slug not in known:
        site = Site.find_for_request(request)
        language = translation.get_language() or settings.LANGUAGE_CODE
        key = f"slugurl:{catalogue_version(request)}:{site.pk if site else 0}:{language}:{slug}"
        url = cache.get(key)
        if url is None:
            url = localized_slugurl(context, request, site, slug, language)
            cache.set(key, url, settings.CATALOGUE_CACHE_TIMEOUT)
        known[slug] = url
    return known[slug]


def localized_slugurl(context, request, site, slug, language):
    if language == settings.LANGUAGE_CODE or site is None:
        return slugurl(context, slug) or ""
    page = Page.objects.in_site(site).filter(slug=slug).first()  # the site's own tree: Dutch
    if page is None:
        return ""
    translated = page.get_translations().filter(locale__language_code=language, live=True, alias_of=None).first()
    return (translated or page).get_url(request) or ""
