"""Content-Security-Policy: a strict policy for the public site, a looser one for Wagtail's admin.

The public site uses only same-origin scripts, styles, images and media (its JSON-LD is a data block that CSP
does not block), and is never framed. The admin needs inline styles and scripts and blob: images, and frames
its own previews; it gets CONTENT_SECURITY_POLICY_ADMIN on top. A preview is a public page rendered for the
admin (Wagtail runs it through the middleware with a request of its own, the page's URL as its path): it keeps
the public policy, but may be framed by the admin's preview panel.

In production whitenoise answers static files before any middleware below it runs: `static_file_headers` gives
them the public policy (WHITENOISE_ADD_HEADERS_FUNCTION), so a stray HTML or SVG file there cannot run script.
"""

from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.conf import settings

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config:
            return parts
        public = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
        if getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
            parts.config = {**public, "frame-ancestors": ["'self'"]}
        elif request.path_info.startswith(ADMIN_PREFIXES):
            parts.config = {**public, **getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", {})}
        return parts


def static_file_headers(headers, path, url):
    """Whitenoise's hook, called once per static file when it is first served: the public policy."""
    headers["Content-Security-Policy"] = build_policy(config=settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
