"""`{% cached_slugurl 'privacy' %}`: Wagtail's `{% slugurl %}`, looked up once per catalogue version.

The layout links to a few pages by slug on every page; `slugurl` costs a query each time, and logged-in staff
(who never get the page cache) paid them on every request. The URLs change only when the catalogue does.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Site
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
        key = f"slugurl:{catalogue_version(request)}:{site.pk if site else 0}:{slug}"
        url = cache.get(key)
        if url is None:
            url = slugurl(context, slug) or ""
            cache.set(key, url, settings.CATALOGUE_CACHE_TIMEOUT)
        known[slug] = url
    return known[slug]
