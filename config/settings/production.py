"""Production: every secret comes from the environment, and a missing one stops the start."""

import os

from django.core.exceptions import ImproperlyConfigured

from core.csp import static_file_headers

from .base import *  # noqa: F403


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the environment variable {name}: production refuses to start without it.")
    return value


DEBUG = False  # whatever the environment says: no DEBUG or DJANGO_DEBUG variable is read here
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()]
# Links in workflow e-mails name the real host: WAGTAILADMIN_BASE_URL, or else the first named host served.
_named_hosts = [host.lstrip(".") for host in ALLOWED_HOSTS if host not in ("*", ".")]
if not WAGTAILADMIN_BASE_URL and not _named_hosts:  # noqa: F405
    raise ImproperlyConfigured("Set the environment variable WAGTAILADMIN_BASE_URL (e.g. https://leerlijn.halt.nl).")
WAGTAILADMIN_BASE_URL = WAGTAILADMIN_BASE_URL or f"https://{_named_hosts[0]}"  # noqa: F405
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405

MIDDLEWARE = [*MIDDLEWARE[:1], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]  # noqa: F405
WHITENOISE_ADD_HEADERS_FUNCTION = static_file_headers  # static files skip the CSP middleware (core/csp.py)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Behind TRUSTED_PROXY_COUNT reverse proxies the visitor's address is in X-Forwarded-For, counted from the right
# (what the visitor wrote there themselves stands to the left): login throttling must see the visitor, not the proxy.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
if TRUSTED_PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT
    AXES_IPWARE_PROXY_ORDER = "right-most"
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# `make serve` runs this shape on one machine over plain HTTP (no TLS terminator in front): allowed only when every
# host is this machine, so a real deployment cannot switch its secure cookies off by accident.
if os.environ.get("SERVE_PLAIN_HTTP") == "1":
    if not set(ALLOWED_HOSTS) <= {"127.0.0.1", "localhost"}:
        raise ImproperlyConfigured("SERVE_PLAIN_HTTP=1 is only for ALLOWED_HOSTS=127.0.0.1,localhost.")
    SECURE_SSL_REDIRECT = SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
    SECURE_HSTS_SECONDS = 0
