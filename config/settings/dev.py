"""Local development: SQLite, debug on, a throwaway secret."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "1") == "1"
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")  # noqa: F405
WAGTAILADMIN_BASE_URL = WAGTAILADMIN_BASE_URL or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"  # noqa: F405
