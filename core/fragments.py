"""Pages of megabytes put together from bytes: the leerlijn matrix at 5,000 lessons is 3 MB of HTML, the same for
every visitor, that a logged-in Halt-medewerker (never served from the page cache) gets rendered on every request.

With Django's `{% cache %}` each request copies the fragment four times: out of the cache as text (decoding it),
into the template's block, into the layout, and into the response's bytes. `{% large_fragment %}`
(core/templatetags/large_fragments.py) keeps the fragment in the cache as ASCII bytes; on a page that opted in
with `with_large_fragments`, the template gets only a marker in its place, and once the page is rendered (a small
text), the response's body is joined from the bytes around the marker and the fragment's bytes: one copy. The
HTML is the same byte for byte. Rendered anywhere else (no opt-in), the tag writes the fragment into the template.

Each process also keeps the last few fragments it read (`RECENT`), so that a request does not fetch megabytes from
the shared cache (Redis) and unpickle them: such a copy is used only while the shared cache still holds the key
(a cheap `has_key`) and within the same timeout, so it is never more stale than the shared entry. The key carries
the catalogue version: the bytes under one key do not change.
"""

import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.template import TemplateSyntaxError
from django.utils.safestring import mark_safe


class LargeFragments:
    """The fragments of one response, each under a marker that no page text can hold (a random token)."""

    def __init__(self):
        self.token = secrets.token_hex(16)
        self.pieces = {}

    def marker(self, fragment):
        marker = f"<!--large-fragment-{self.token}-{len(self.pieces)}-->"
        self.pieces[marker.encode("ascii")] = fragment
        return mark_safe(marker)

    def splice(self, response):
        body, parts = response.content, []
        for marker, fragment in self.pieces.items():
            before, found, body = body.partition(marker)
            if not found:  # the marker was not written (a template dropped it): nothing to put back
                body = before
                continue
            parts += [before, fragment]
        if parts:
            response.content = [*parts, body]  # HttpResponse joins the pieces once


class RecentFragments:
    """The last `size` fragments this process read or rendered, by cache key, each with its expiry."""

    def __init__(self, size=4):
        self.size, self.entries, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, cache, key):
        with self.lock:
            value, expires = self.entries.get(key, (None, 0.0))
        if value is None or expires < time.monotonic() or not cache.has_key(key):
            return None
        return value

    def put(self, key, value, timeout):
        with self.lock:
            self.entries[key] = (value, time.monotonic() + timeout)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


RECENT = RecentFragments()


def with_large_fragments(request, response):
    """For a page's `serve`: its `{% large_fragment %}`s are spliced into the response after it is rendered."""
    if not hasattr(response, "add_post_render_callback") or response.is_rendered:
        return response
    fragments = request._large_fragments = LargeFragments()

    def splice(rendered):
        del request._large_fragments
        fragments.splice(rendered)

    response.add_post_render_callback(splice)
    return response


def for_request(request):
    """The request's LargeFragments when its page opted in, else None."""
    return getattr(request, "_large_fragments", None)


def fragment_cache():
    """The cache that template fragments live in: its own when the settings name one (production), else the default."""
    return caches["template_fragments" if "template_fragments" in settings.CACHES else "default"]


def parse_block_tag(parser, token, arguments, usage):
    """The `{% name ... %}...{% endname %}` tags' common parsing: their arguments compiled, their body parsed."""
    name, *bits = token.split_contents()
    if len(bits) < arguments:
        raise TemplateSyntaxError(f"{name}: {usage}")
    nodelist = parser.parse((f"end{name}",))
    parser.delete_first_token()
    return nodelist, bits
