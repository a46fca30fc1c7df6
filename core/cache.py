"""Django's Redis cache, made to fail soft: when Redis cannot be reached the site keeps answering without it.

Django's built-in `RedisCache` raises the client's connection errors into the request, so a Redis outage would be
a 500 on every page. Nothing the caches hold is the only copy (pages, fragments and the catalogue index are
rebuilt from PostgreSQL; `cached_db` sessions are written to the database too), so a failed read is a miss and a
failed write is skipped, with a warning in the log. After a failure Redis is left alone for
`OPTIONS["RETRY_AFTER"]` seconds (default 5): without that pause every cache call of every request would wait for
its own connect timeout. The first call after the pause tries again, so the site recovers by itself.

No well-kept library does this for Django's own backend (django-redis has `IGNORE_EXCEPTIONS`, but is a second
Redis client with its own settings); the wrapper is these few lines.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def fail_soft(default=None):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() < self._down_until:
                return default
            try:
                return method(self, *args, **kwargs)
            except (RedisError, OSError):
                self._down_until = time.monotonic() + self._retry_after
                logger.warning(
                    "Redis cache %s failed; answering without it for %s s", method.__name__, self._retry_after
                )
                return default

        return wrapper

    return decorate


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self._retry_after = float(options.pop("RETRY_AFTER", 5))
        self._down_until = 0.0
        super().__init__(server, {**params, "OPTIONS": options})

    def get(self, key, default=None, version=None):
        return fail_soft(default)(RedisCache.get)(self, key, default, version)

    get_many = fail_soft({})(RedisCache.get_many)
    has_key = fail_soft(False)(RedisCache.has_key)
    add = fail_soft(False)(RedisCache.add)
    set = fail_soft(None)(RedisCache.set)
    set_many = fail_soft([])(RedisCache.set_many)
    touch = fail_soft(False)(RedisCache.touch)
    delete = fail_soft(False)(RedisCache.delete)
    delete_many = fail_soft(None)(RedisCache.delete_many)
    clear = fail_soft(None)(RedisCache.clear)
