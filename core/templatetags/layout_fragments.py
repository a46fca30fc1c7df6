"""`{% layout_fragment name vary_on... %}...{% endlayout_fragment %}`: a part of the site's layout
(templates/base.html), rendered once and kept in the cache, for the requests the page cache does not serve
(logged-in Halt-medewerkers).

Django's `{% cache %}` with the keys every layout part needs, so a template cannot forget one: the catalogue
version (core/caching.py: every publish, and every snippet or setting edited in the admin, changes it; the layout
links to pages by slug), the active language, the requested scheme and host (absolute `hreflang` addresses) and
whether the visitor is logged in (a logged-in visitor's part is never served to an anonymous one, nor the other way
round). `vary_on` names what else the part is rendered from (the page's languages, the current menu item). What
is per request (the logged-in bar with the user's name, a CSRF token) stays outside. A preview (an editor's
draft) and a request-less render are not cached.
"""

from django import template
from django.conf import settings
from django.core.cache.utils import make_template_fragment_key
from django.utils import translation
from django.utils.safestring import mark_safe

from core.caching import catalogue_version
from core.fragments import fragment_cache, parse_block_tag

register = template.Library()


class LayoutFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        request = context.get("request")
        timeout = settings.CATALOGUE_CACHE_TIMEOUT
        if request is None or getattr(request, "is_preview", False) or not timeout:
            return self.nodelist.render(context)
        user = getattr(request, "user", None)
        fixed = [
            catalogue_version(request),
            translation.get_language() or "",
            request.scheme,
            request.get_host(),
            "staff" if user is not None and user.is_authenticated else "anonymous",
        ]
        key = make_template_fragment_key(
            f"layout-{self.name}", [*fixed, *(variable.resolve(context) for variable in self.vary_on)]
        )
        cache = fragment_cache()
        value = cache.get(key)
        if value is None:
            value = self.nodelist.render(context)
            cache.set(key, str(value), timeout)
        return mark_safe(value)


@register.tag
def layout_fragment(parser, token):
    nodelist, bits = parse_block_tag(parser, token, 1, "give a name")
    return LayoutFragmentNode(nodelist, bits[0], [parser.compile_filter(bit) for bit in bits[1:]])


@register.simple_tag
def current_of(path, *urls):
    """The one of `urls` that is `path` (the menu item of the page being shown), else ""."""
    return next((url for url in urls if url == path), "")
