"""Settings shared by every environment; each value that differs per machine comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "core",
    "home",
    "curriculum",
    "lessons",
    "visits",  # class visits, follow-up codes and the goal check (issue 11)
    "search",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail_localize",  # translation editor, PO export/import (issue 13: parents in their own language)
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The public site's language comes from the URL prefix only (/en/, /ar/...), never from Accept-Language:
    # an unprefixed URL is always Dutch, so caches need no Vary (core/i18n.py).
    "core.i18n.URLLanguageMiddleware",
    "core.admin_language.DutchAdminMiddleware",  # the admin is Dutch whatever the browser asks
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.csp.SiteCSPMiddleware",
    # Inside the CSP middleware, so the lockout page it answers with carries the policy too.
    "axes.middleware.AxesMiddleware",
    # A logged-in medewerker's page, kept per permission set with each visitor's own staff bar (core/staff_pages.py).
    "core.staff_pages.StaffPageCacheMiddleware",
    # Wagtail's routing per catalogue version, for the requests the page cache does not serve (core/routing.py).
    "core.routing.RouteCacheMiddleware",
    # Last, so that it sees the view: Wagtail pages for anonymous, session-less visitors (core/caching.py).
    "core.caching.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",  # LANGUAGE_CODE and LANGUAGE_BIDI: <html lang dir>
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=60,
        # A kept connection is checked before each request, so a restarted database costs no failed requests
        # once it is back (bench/soak.py restarts PostgreSQL under load).
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Editors work at the same time (an autosave racing a submit): WAL lets readers go on while one writes, and
    # IMMEDIATE transactions take the write lock up front, so a second writer waits (busy_timeout) instead of
    # failing with "database is locked" when it upgrades a read transaction.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;",
    }

# Per process and bounded. Every catalogue cache key carries the catalogue version (core/caching.py),
# which is read from the database, so the workers never need to share a cache to stay correct.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "halt-default",
        "OPTIONS": {"MAX_ENTRIES": 1000},
    },
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "halt-pages",
        "OPTIONS": {"MAX_ENTRIES": 1000},
    },
}
# With REDIS_URL (production: `make serve`), every app server shares one Redis for both caches and the sessions;
# a Redis outage costs speed, never an answer (core/cache.py). Sessions are `cached_db`: in Redis for speed and in
# the database as the truth, so nobody is logged out when Redis restarts.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        name: {
            "BACKEND": "core.cache.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": name,
            "OPTIONS": {
                "socket_connect_timeout": 0.25,
                "socket_timeout": 0.5,
                "RETRY_AFTER": float(os.environ.get("REDIS_RETRY_AFTER", "5")),  # seconds without Redis after a failure
            },
        }
        for name in ("default", "pages")
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Wagtail pages for anonymous visitors without a session (core/caching.py); 0 turns it off. A publish,
# unpublish, move or delete changes the key at once: the timeout only bounds changes made outside Wagtail.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_MAX_BYTES = 5_000_000
# Saving a model of these apps outside the admin changes the catalogue version (core/caching.py).
CATALOGUE_APPS = {"home", "curriculum", "lessons"}
CATALOGUE_CACHE_TIMEOUT = PAGE_CACHE_TIMEOUT or 600  # the catalogue index and the fragments of the templates
# Logged-in staff pages kept per permission set (core/staff_pages.py); 0 turns it off.
STAFF_PAGE_CACHE_TIMEOUT = int(os.environ.get("STAFF_PAGE_CACHE_TIMEOUT", str(CATALOGUE_CACHE_TIMEOUT)))
SEARCH_CACHE_TIMEOUT = CATALOGUE_CACHE_TIMEOUT  # ranked page ids per query (search/engine.py); 0: not cached

# A frontend cache (Varnish: deploy/varnish/site.vcl, or a CDN) in front of the app servers, told by core/purge.py
# what a publish, unpublish, move or snippet change affects. FRONTEND_CACHE_URL is where it accepts PURGE and BAN.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL") or os.environ.get("VARNISH_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {"varnish": {"BACKEND": "core.purge.VarnishBackend", "LOCATION": FRONTEND_CACHE_URL}}
# Pages that list or count the catalogue (URL names or paths): purged on every change.
FRONTEND_CACHE_SITEWIDE = ["lesson_listing", "search", "search_autocomplete", "sitemap", "sitemap_page"]
FRONTEND_CACHE_MAX_BANS = 50  # a change that more pages refer to empties the whole frontend cache instead
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "core.passwords.DutchMinimumLengthValidator"},  # Django's own message is English in 5.2
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Every login (/inloggen/, /admin/login/, Wagtail's /_util/login/ for private pages) goes through authenticate(),
# where django-axes counts failures in the database: shared by all workers, kept across restarts.
AUTHENTICATION_BACKENDS = [
    "core.login_throttle.LoginThrottleBackend",
    "core.permissions.OneQueryModelBackend",  # Django's ModelBackend, permissions in one query
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one: an account, or an address trying many accounts
AXES_COOLOFF_TIME = timedelta(minutes=30)  # then it lifts by itself; Beheer can lift it sooner (README)
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no record of every successful login (staff addresses): only failures are kept
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"  # Dutch, and the same whether the account exists or not
AXES_USERNAME_CALLABLE = "core.login_throttle.normalised_username"
AXES_ENABLE_ADMIN = True  # Beheer lifts a lockout by deleting the attempt in /django-admin/axes/
# The client address: REMOTE_ADDR, unless production says how many trusted proxies stand in front (production.py).
AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)

LOGIN_URL = "login"  # /inloggen/: the site login for Halt-medewerkers
LOGIN_REDIRECT_URL = "visits:mine"  # without a `next`: the medewerker's own overview (others go on to the home page)
# Private pages (Wagtail's page privacy) send visitors to the same Dutch login, which returns them to the page;
# Wagtail's own /_util/login/ still answers (with the Dutch form) and is throttled like every login (axes).
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "registration/login.html"

# Dutch first: the site, the admin and the default content locale.
LANGUAGE_CODE = "nl"
# Parent material is translated into the home languages of Halt's parents; lessons and the admin stay Dutch.
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("pl", "Polski"),
    ("uk", "Українська"),
]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
# The public UI's translations (Dutch is the source language: its msgids, so nl has no catalogue). The .mo files
# are compiled by `make install`, never committed.
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Halt Leerlijn"
# Where editors reach the admin: the links in workflow e-mails. Per machine, from the environment (dev and
# production settings derive a default when it is not set).
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip().rstrip("/")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "txt", "mp4", "webm", "vtt"]  # video blocks need the last three
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "lessons.document_forms.CheckedDocumentForm"  # contents match the extension
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# The database index is always kept: it answers on its own, or when Elasticsearch is unreachable.
DATABASE_SEARCH = {"BACKEND": "wagtail.search.backends.database"}
if "postgresql" in DATABASES["default"]["ENGINE"]:
    DATABASE_SEARCH["SEARCH_CONFIG"] = "dutch"  # Dutch stemming: "wapen" finds "Wapens en geweld"
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    from search.elasticsearch import elasticsearch_backend_settings  # noqa: E402

    WAGTAILSEARCH_BACKENDS = {
        "default": elasticsearch_backend_settings(ELASTICSEARCH_URL),
        "database": DATABASE_SEARCH,
    }

# Workflow notifications go through Django's e-mail backend: the console unless the environment names another.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH")  # for the file backend (the browser tests read the mail there)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "leerlijn@halt.example")

# Editorial governance (lessons/governance.py): comments and notifications in the review workflow, the
# publishing rules when its last step is approved, and alt text on every image.
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "lessons.workflows.publish_when_rules_pass"
WAGTAILIMAGES_IMAGE_FORM_BASE = "lessons.image_forms.AltTextImageForm"

# The admin contacts no one else: no Gravatar (editors' e-mail hashes) and no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Content-Security-Policy (django-csp 4, core/csp.py): same-origin only and never framed on the public site;
# the admin also gets the inline styles and scripts, images and frames it needs.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # "PDF warm-up done in 2.1 s" in each app server's log (core/pdf.py, gunicorn.conf.py)
    "loggers": {"core.pdf": {"level": "INFO"}},
}

# The read API (/api/v2/, lessons/api.py): at most 50 items a page; more is a 400 with a message.
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = True
