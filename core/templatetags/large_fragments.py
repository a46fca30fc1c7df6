"""`{% filter ascii_html %}...{% endfilter %}` inside a `{% cache %}` block: for fragments of megabytes.

Python keeps a string with one non-ASCII character (an en dash, an é in a title) at two or four bytes per
character, and every request copies a cached fragment several times (out of the cache, into the page, into the
response's bytes). Written as numeric character references (`&#8211;`, which HTML reads as the same character)
the fragment stays pure ASCII: half the bytes to copy, and the copies are plain memory copies. Only for HTML text
and attributes, never inside <script> or <style>.
"""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter(is_safe=True)
def ascii_html(html):
    return mark_safe(str(html).encode("ascii", "xmlcharrefreplace").decode("ascii"))
