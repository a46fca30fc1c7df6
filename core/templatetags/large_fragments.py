"""`{% large_fragment timeout name vary_on... %}...{% endlarge_fragment %}`: Django's `{% cache %}` for fragments
of megabytes, kept in the cache as ASCII bytes and spliced into the response without copying them through the
template (core/fragments.py).

ASCII: Python keeps a text with one non-ASCII character (an en dash, an é in a title) at two or four bytes per
character. The fragment's non-ASCII characters are written as numeric character references (`&#8211;`, which HTML
reads as the same character), so its bytes are its text. Only for HTML text and attributes, never inside <script>
or <style>.
"""

from django import template
from django.core.cache.utils import make_template_fragment_key
from django.utils.safestring import mark_safe

from core import fragments

register = template.Library()


class LargeFragmentNode(template.Node):
    def __init__(self, nodelist, timeout, name, vary_on):
        self.nodelist, self.timeout, self.name, self.vary_on = nodelist, timeout, name, vary_on

    def render(self, context):
        timeout = self.timeout.resolve(context)
        if not isinstance(timeout, int):
            raise template.TemplateSyntaxError(f"large_fragment: {timeout!r} is not a number of seconds")
        key = make_template_fragment_key(self.name, [variable.resolve(context) for variable in self.vary_on])
        cache = fragments.fragment_cache()
        value = fragments.RECENT.get(cache, key) if timeout else None
        if value is None:
            value = cache.get(key)
            if not isinstance(value, bytes):
                value = self.nodelist.render(context).encode("ascii", "xmlcharrefreplace")
                cache.set(key, value, timeout)
            if timeout:
                fragments.RECENT.put(key, value, timeout)
        found = fragments.for_request(context.get("request"))
        return found.marker(value) if found is not None else mark_safe(value.decode("ascii"))


@register.tag
def large_fragment(parser, token):
    nodelist, bits = fragments.parse_block_tag(parser, token, 2, "give a timeout and a name")
    return LargeFragmentNode(
        nodelist, parser.compile_filter(bits[0]), bits[1], [parser.compile_filter(b) for b in bits[2:]]
    )
