"""Absolute addresses on the host a visitor asked for.

Wagtail builds a full URL from the Site record's hostname and port (`localhost:80` in a fresh install), so
metadata meant for other machines (JSON-LD, the sitemap) named `http://localhost/...` behind a proxy or on the real
domain. With a request, a page of the requested site takes the request's scheme and host; without one, the
Site's own root URL stays.
"""


def absolute_page_url(page, request=None):
    if request is None:
        return page.get_full_url()
    return request.build_absolute_uri(page.get_url(request=request))


def iso_duration(minutes):
    """ISO 8601 duration of whole minutes, as schema.org's timeRequired expects: 180 → PT3H, 95 → PT1H35M."""
    hours, rest = divmod(int(minutes), 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")
