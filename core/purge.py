"""Frontend cache (Varnish or a CDN) invalidation: what a publish, unpublish, move, delete or snippet change affects.

Wagtail's `wagtail.contrib.frontend_cache` sends the requests (settings.WAGTAILFRONTENDCACHE, set when
FRONTEND_CACHE_URL is); this module decides what to send, after the transaction commits (a purge before the commit
would let the cache fetch the old page again):

- **ban** (a prefix: the page, its own routes such as `pdf/`, and the pages below it): the changed page, its old
  path after a move, and the pages that refer to a changed object (Wagtail's reference index and the pages'
  ParentalManyToManyFields: the parent guides that show a help resource or accompany a changed lesson);
- **purge** (the exact path with any query string): the ancestors that list the page (theme, leerlijn, home) and
  the site-wide pages in settings.FRONTEND_CACHE_SITEWIDE (listing, search, suggestions, sitemap);
- **everything**: a catalogue model that no page refers to (a site setting) or that very many do (an age band):
  the whole site is banned, which costs a refill and never a stale page.

deploy/varnish/site.vcl gives PURGE and BAN these meanings. A backend without `ban` (a CDN) gets a purge instead.
"""

import functools
import logging
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import NoReverseMatch, reverse
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP PURGE backend with a timeout (a hanging cache must not hang a publish), plus BAN: invalidate
    every URL under a path (deploy/varnish/site.vcl)."""

    def purge(self, url):
        self.send("PURGE", url)

    def ban(self, url):
        self.send("BAN", url)

    def send(self, method, url):
        _scheme, netloc, path, query, _fragment = urlsplit(url)
        target = urlunsplit([self.cache_scheme, self.cache_netloc, path, query, ""])
        try:
            urlopen(Request(target, headers={"Host": netloc}, method=method), timeout=5)  # noqa: S310 - LOCATION
        except OSError as error:
            logger.error("Could not %s %s in the frontend cache: %s", method.lower(), url, error)


def frontend_cache_on():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def sitewide_urls():
    urls = []
    for site in Site.objects.all():
        for name in settings.FRONTEND_CACHE_SITEWIDE:
            try:
                path = name if name.startswith("/") else reverse(name)
            except NoReverseMatch:
                continue
            urls.append(site.root_url + path)
    return urls


def send(bans, purges):
    """Ban the prefixes and purge the exact URLs on every configured backend, now."""
    if not (bans or purges):
        return
    purge_batch = PurgeBatch(purges)
    for backend in get_backends().values():
        for url in bans:
            if isinstance(backend, VarnishBackend):
                backend.ban(url)
            else:
                purge_batch.add_url(url)
    purge_batch.purge()


def send_on_commit(bans, purges):
    bans, purges = sorted(set(bans)), sorted(set(purges))
    transaction.on_commit(lambda: send(bans, purges))


def page_urls(pages):
    return [url for page in pages if (url := page.get_full_url())]


@functools.cache
def parental_many_to_many_fields():
    """(page model, field) for every ParentalManyToManyField on a page type: the reference index leaves them out."""
    return [
        (model, field)
        for model in apps.get_models()
        if issubclass(model, Page)
        for field in model._meta.get_fields()
        if isinstance(field, ParentalManyToManyField) and field.model is model
    ]


def referencing_pages(instance):
    """Pages whose content refers to `instance` (a guide showing a help resource, a guide accompanying a lesson):
    Wagtail's reference index, and the pages' ParentalManyToManyFields, which it does not track."""
    rows = ReferenceIndex.get_references_to(instance).filter(base_content_type=ContentType.objects.get_for_model(Page))
    ids = {int(pk) for pk in rows.values_list("object_id", flat=True)}
    for model, field in parental_many_to_many_fields():
        if isinstance(instance, field.related_model):
            ids.update(model.objects.filter(**{field.name: instance.pk}).values_list("pk", flat=True))
    return Page.objects.filter(pk__in=ids)


def ancestors_of(pages):
    paths = {page.path[:depth] for page in pages for depth in range(Page.steplen, len(page.path), Page.steplen)}
    return Page.objects.filter(path__in=paths)


def bans_and_purges(changed, old_urls):
    """Ban below each changed page, except a site's home page (a ban of "/" is the whole site): purge that one."""
    bans, purges = [], page_urls(ancestors_of(changed)) + sitewide_urls()
    for url in page_urls(changed) + old_urls:
        (purges if urlsplit(url).path == "/" else bans).append(url)
    return bans, purges


def page_changed(instance, old_url=None):
    changed = [instance, *referencing_pages(instance)]
    send_on_commit(*bans_and_purges(changed, [old_url] if old_url else []))


def on_page_published(sender, instance, **kwargs):
    page_changed(instance)


def on_page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before == url_path_after:
        return
    site_id, root_url, _path = instance.get_url_parts() or (None, None, None)
    old_url = None
    if root_url:
        site_root = Site.objects.get(pk=site_id).root_page.url_path
        old_url = root_url + "/" + url_path_before[len(site_root) :]
    page_changed(instance, old_url)


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live and frontend_cache_on():
        page_changed(instance)


def is_catalogue_object(sender):
    """A vocabulary, snippet or setting of a catalogue app; not a page, and not a part saved with its page."""
    return (
        sender._meta.app_label in settings.CATALOGUE_APPS
        and not issubclass(sender, Page)
        and not any(isinstance(field, ParentalKey) for field in sender._meta.fields)
    )


def on_object_changed(sender, instance, **kwargs):
    if not (frontend_cache_on() and is_catalogue_object(sender)):
        return
    pages = list(referencing_pages(instance)[: settings.FRONTEND_CACHE_MAX_BANS + 1])
    if 0 < len(pages) <= settings.FRONTEND_CACHE_MAX_BANS:
        send_on_commit(*bans_and_purges(pages, []))
    else:  # nobody refers to it (a setting), or so many pages do (an age band) that emptying the site is cheaper
        send_on_commit([site.root_url + "/" for site in Site.objects.all()], [])


def connect_signals():
    """Wired in CoreConfig.ready(); does nothing unless a frontend cache is configured."""
    for signal, handler in (
        (page_published, on_page_published),
        (page_unpublished, on_page_published),
        (post_page_move, on_page_moved),
    ):
        signal.connect(guarded(handler), weak=False, dispatch_uid=f"core.purge.{handler.__name__}")
    pre_delete.connect(on_page_deleted, dispatch_uid="core.purge.page_deleted")
    for signal in (post_save, post_delete):
        signal.connect(on_object_changed, dispatch_uid=f"core.purge.object_changed.{signal is post_save}")


def guarded(handler):
    def receiver(sender, **kwargs):
        if frontend_cache_on():
            handler(sender, **kwargs)

    return receiver
