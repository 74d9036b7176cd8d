"""Settings for the benchmark's site: production-like, on a database and cache of its own.

bench/run.py sets BENCH_DIR, DATABASE_URL, BENCH_CACHE (a Redis URL, or empty for
files under BENCH_DIR), PAGE_CACHE (on/off) and FRONTEND_CACHE_PURGE_URL.
"""

import os
import secrets
from pathlib import Path

from awareness_site.settings.base import *  # noqa: F403

BENCH_DIR = Path(os.environ["BENCH_DIR"])
DEBUG = False
SECRET_KEY = os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(40)
ALLOWED_HOSTS = ["*"]
STATIC_ROOT = BENCH_DIR / "staticfiles"
MEDIA_ROOT = BENCH_DIR / "media"
WAGTAILADMIN_BASE_URL = "http://localhost"

if os.environ.get("BENCH_CACHE"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["BENCH_CACHE"],
            "KEY_PREFIX": "bench",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(BENCH_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

# Publishing in the benchmark's own process runs the purge at once; building the
# 10,000 advisories skips the search and reference index (search is not measured).
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.dummy.DummyBackend"
            if os.environ.get("BENCH_BUILDING")
            else "django_tasks.backends.immediate.ImmediateBackend"
        ),
        "QUEUES": TASK_QUEUES,  # noqa: F405
    }
}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
