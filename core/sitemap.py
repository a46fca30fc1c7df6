"""The sitemap names the host it was asked on, and lists every translation with its alternates.

Wagtail builds each location from the Site record's hostname and port (`localhost:80` in a fresh install), so
behind a proxy or on a real domain the sitemap listed `http://localhost/...`. Locations on the requested site
take the request's scheme and host instead; pages of other sites keep their own.

Wagtail lists the site root's tree only: the Dutch pages. The translations (/en/..., /ar/...) are trees of their
own beside it, so they are added, without the aliases wagtail-localize places above a translated page (those
serve the Dutch page: core/i18n.py), and each location names its translations as `hreflang` alternates.
"""

from collections import defaultdict
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.privacy import public


class RequestSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        in_a_tree = Q()
        for tree in roots:
            in_a_tree |= Q(path__startswith=tree.path)
        pages = Page.objects.filter(in_a_tree).live().filter(alias_of__isnull=True)
        return public(pages).select_related("locale").order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # A page without an address in this process (a server that started before the translation's tree existed
        # keeps Wagtail's old site root paths in its memory) is left out rather than listed as "None".
        urls = [url_info for url_info in super()._urls(page, protocol, domain) if url_info["location"]]
        self.add_alternates(urls)
        if self.request is None:
            return urls
        own_root = urlsplit(self.get_wagtail_site().root_url)

        def on_this_host(url):
            location = urlsplit(url)
            if (location.scheme, location.netloc) != (own_root.scheme, own_root.netloc):
                return url
            return self.request.build_absolute_uri(location._replace(scheme="", netloc="").geturl())

        for url_info in urls:
            url_info["location"] = on_this_host(url_info["location"])
            for alternate in url_info.get("alternates", []):
                alternate["location"] = on_this_host(alternate["location"])
        return urls

    def add_alternates(self, urls):
        """`alternates` ({lang_code, location}) on each location of a page that has translations, x-default the
        Dutch one; Django's sitemap template writes them as <xhtml:link rel="alternate" hreflang>."""
        by_key = defaultdict(dict)
        key_of = {}
        for item in self.items():
            location = item.get_full_url(self.request)
            if location is None:
                continue
            by_key[item.translation_key][item.locale.language_code] = location
            key_of[location] = item.translation_key
        order = [code for code, _name in settings.LANGUAGES]
        for url_info in urls:
            translations = by_key.get(key_of.get(url_info["location"]), {})
            if len(translations) < 2:
                continue
            url_info["alternates"] = [
                {"lang_code": code, "location": translations[code]} for code in order if code in translations
            ]
            if settings.LANGUAGE_CODE in translations:
                url_info["alternates"].append(
                    {"lang_code": "x-default", "location": translations[settings.LANGUAGE_CODE]}
                )
