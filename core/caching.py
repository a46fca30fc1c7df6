"""The catalogue's caches: a version that changes whenever the public site may change, and a page cache for
anonymous visitors keyed by it.

Nothing is ever deleted from a cache to invalidate it: every key carries `catalogue_version()`, so after a change
the next request simply asks for new keys and the old entries age out of the (size-bounded) cache. The version is
two parts:

- a fingerprint read from the database in one query: the highest live revision (a publish makes its new
  revision live, an unpublish clears it), the highest page id, the latest page log entry that is not a
  draft-only action (publish, unpublish, delete, move, copy, view restrictions, ...) and the latest log entry of
  other models (snippets and vocabularies edited in the admin). It is the same in every process and on every
  host, so a publish in one gunicorn worker invalidates the caches of all of them, whatever cache backend is
  configured. Each part is read from an index: staff requests and every page served from the cache pay for it.
- a counter in this process that signals bump: a page or vocabulary saved or deleted outside the admin (a shell,
  a management command, a test), which writes no log entry.

The page cache serves only visitors without a session and without a login, and stores only what was rendered
for such a visitor: presenter-only material (rendered for logged-in Halt staff, who always carry a session)
can never enter it, and a password-protected page that a visitor unlocked (in their session) is never stored.
"""

import functools
import hashlib
import itertools

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.cache import patch_cache_control
from wagtail.models import ModelLogEntry, Page, PageLogEntry, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

# Page log actions that change nothing a visitor can see: drafts, locks, comments, workflow steps. Every other
# action (publish, unpublish, delete, move, copy, reorder, view restrictions, actions added by later Wagtail
# versions) changes the version: an unknown action costs a rebuild, never a stale page.
DRAFT_ONLY_ACTIONS = [
    "wagtail.create",
    "wagtail.edit",
    "wagtail.revert",
    "wagtail.rename",
    "wagtail.lock",
    "wagtail.unlock",
    "wagtail.schedule.revision",
    "wagtail.schedule.cancel",
    "wagtail.comments.create",
    "wagtail.comments.edit",
    "wagtail.comments.delete",
    "wagtail.comments.resolve",
    "wagtail.comments.create_reply",
    "wagtail.comments.edit_reply",
    "wagtail.comments.delete_reply",
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
]

_generation = itertools.count()
_current_generation = 0


def bump_generation():
    global _current_generation
    _current_generation = next(_generation)


def _page_changed(sender, **kwargs):
    bump_generation()


def _model_changed(sender, instance, **kwargs):
    if isinstance(instance, Page | Site | PageViewRestriction) or sender._meta.app_label in settings.CATALOGUE_APPS:
        bump_generation()


def connect_signals():
    """Wired in CoreConfig.ready(): a save of any catalogue model (settings.CATALOGUE_APPS) bumps the version."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_changed, dispatch_uid="core.caching.page_changed")
    for signal in (post_save, post_delete):
        signal.connect(_model_changed, dispatch_uid="core.caching.model_changed")


def database_fingerprint():
    """One query; see the module docstring. Plain SQL (standard, for SQLite and PostgreSQL alike): it runs on
    every anonymous page view, and building it with the ORM each time cost more than running it."""
    with connection.cursor() as cursor:
        cursor.execute(fingerprint_sql(), DRAFT_ONLY_ACTIONS)
        return "-".join(str(part) for part in cursor.fetchone())


@functools.cache
def fingerprint_sql():
    page, page_log, model_log = (
        connection.ops.quote_name(model._meta.db_table) for model in (Page, PageLogEntry, ModelLogEntry)
    )
    actions = ", ".join(["%s"] * len(DRAFT_ONLY_ACTIONS))
    return (
        # Not the number of live pages nor the latest publication date: no index holds them, and scanning every
        # page cost 0.8 ms of a staff request at 5,000 lessons (bench/profile.py); these four take 0.03 ms.
        f"SELECT (SELECT MAX(live_revision_id) FROM {page}), (SELECT MAX(id) FROM {page}),"
        f" (SELECT id FROM {page_log} WHERE action NOT IN ({actions}) ORDER BY id DESC LIMIT 1),"
        f" (SELECT MAX(id) FROM {model_log})"
    )


def catalogue_version(request=None):
    """The current version; computed once per request when a request is given."""
    if request is not None and hasattr(request, "_catalogue_version"):
        return request._catalogue_version
    version = f"{_current_generation}.{hashlib.md5(database_fingerprint().encode()).hexdigest()[:12]}"
    if request is not None:
        request._catalogue_version = version
    return version


class AnonymousPageCacheMiddleware:
    """Serves Wagtail pages to anonymous, session-less visitors from the cache, keyed by catalogue version.

    Settings: PAGE_CACHE_TIMEOUT (seconds; 0 turns the cache off), PAGE_CACHE_MAX_BYTES (larger responses are
    not stored), and the `pages` cache alias (falling back to `default`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated or settings.SESSION_COOKIE_NAME in request.COOKIES:
            # Rendered for this visitor (presenter-only material, a CSRF token): no shared cache may keep it,
            # whatever sits in front (Varnish, a CDN; deploy/varnish/site.vcl also refuses it on its own).
            patch_cache_control(response, private=True, no_store=True)
        return response

    @staticmethod
    def cache():
        return caches["pages" if "pages" in settings.CACHES else "default"]

    @staticmethod
    def is_cacheable_request(request):
        return (
            getattr(settings, "PAGE_CACHE_TIMEOUT", 0) > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
            and not request.user.is_authenticated
        )

    @staticmethod
    def key(request):
        parts = [
            catalogue_version(request),
            request.scheme,
            request.get_host(),
            translation.get_language() or "",
            request.get_full_path(),
        ]
        return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()

    @staticmethod
    def is_storable(request, response):
        cache_control = response.get("Cache-Control", "")
        session = getattr(request, "session", None)
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a CSRF token in the page is per visitor
            and not (session is not None and session.modified)
            and len(response.content) <= getattr(settings, "PAGE_CACHE_MAX_BYTES", 2_000_000)
        )

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name != "wagtail_serve" or not self.is_cacheable_request(request):
            return None
        key = self.key(request)
        cache = self.cache()
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = view_func(request, *view_args, **view_kwargs)
        if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
            response = response.render()
        if self.is_storable(request, response):
            cache.set(key, response, settings.PAGE_CACHE_TIMEOUT)
        response["X-Page-Cache"] = "miss"
        return response


def fragment_cache_context(request):
    """Context for `{% cache cache_timeout name ... catalogue_version %}` around public material in templates.

    A preview renders an editor's unsaved draft with the live page's id: it gets keys of its own and a timeout
    of 0, so it neither shows a cached live fragment nor leaves its draft behind for visitors.
    """
    preview = bool(getattr(request, "is_preview", False))
    return {
        "catalogue_version": catalogue_version(request) + ("-preview" if preview else ""),
        "cache_timeout": 0 if preview else settings.CATALOGUE_CACHE_TIMEOUT,
    }
