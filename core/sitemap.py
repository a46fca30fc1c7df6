"""The sitemap names the host it was asked on.

Wagtail builds each location from the Site record's hostname and port (`localhost:80` in a fresh install), so
behind a proxy or on a real domain the sitemap listed `http://localhost/...`. Locations on the requested site
take the request's scheme and host instead; pages of other sites keep their own.
"""

from urllib.parse import urlsplit

from wagtail.contrib.sitemaps import Sitemap


class RequestSitemap(Sitemap):
    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        if self.request is None:
            return urls
        own_root = urlsplit(self.get_wagtail_site().root_url)
        for url_info in urls:
            location = urlsplit(url_info["location"])
            if (location.scheme, location.netloc) == (own_root.scheme, own_root.netloc):
                relative = location._replace(scheme="", netloc="").geturl()
                url_info["location"] = self.request.build_absolute_uri(relative)
        return urls
