"""The browser tests' demo server: the dev settings, which `make run` serves, plus the test settings' fast password
hasher, because in a whole run its database is the demo the `demo` checks loaded under the test settings."""

from django.conf import global_settings

from config.settings.dev import *  # noqa: F403

PASSWORD_HASHERS = [*global_settings.PASSWORD_HASHERS, "django.contrib.auth.hashers.MD5PasswordHasher"]
