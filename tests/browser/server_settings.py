"""The browser tests' demo server: the dev settings, which `make run` serves, with the test settings' fast password
hasher first. In a whole run its database is the demo the `demo` checks loaded under the test settings (MD5
hashes); and each browser test logs in through a form, where Django's PBKDF2 (1,000,000 iterations, 0.3 s here)
would be paid on every login, and once more to upgrade the demo's hashes on the first."""

from django.conf import global_settings

from config.settings.dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *global_settings.PASSWORD_HASHERS]
