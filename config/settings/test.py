"""The test suite: SQLite by default, PostgreSQL when DATABASE_URL says so."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One media folder per database: `make test` runs the SQLite and the PostgreSQL halves at the same time.
MEDIA_ROOT = BASE_DIR / ".test-media" / DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# No cache carries state from one test to the next (a rolled-back test leaves no trace in the database, but would
# in a cache): tests of the caches themselves switch them on with override_settings (tests/robustness/).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
PAGE_CACHE_TIMEOUT = 0
