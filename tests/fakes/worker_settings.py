"""Settings for worker processes started by the tests: the test settings, a real database queue.

The database comes from DATABASE_URL (the test database, or a copy of it), the lease
and the network timeout from the environment, so a test can make them short.
"""

import os

from awareness_site.settings.base import TASK_QUEUES
from awareness_site.settings.test import *  # noqa: F403

TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": TASK_QUEUES,
    },
    "social_db": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES},
}
SOCIAL_PUBLISHER = {
    "TASK_BACKEND": "social_db",
    "RETRY_BASE_SECONDS": 0,
    "MAX_ATTEMPTS": 4,
    "LEASE_SECONDS": int(os.environ.get("SOCIAL_LEASE_SECONDS", "120")),
    "TIMEOUT_SECONDS": float(os.environ.get("SOCIAL_TIMEOUT_SECONDS", "10")),
}
if os.environ.get("SOCIAL_MEDIA_ROOT"):  # the benchmark keeps its share cards apart
    MEDIA_ROOT = os.environ["SOCIAL_MEDIA_ROOT"]
if os.environ.get("SOCIAL_PRODUCTION_TASKS"):  # the benchmark: one database queue for everything
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES}}
    SOCIAL_PUBLISHER = {**SOCIAL_PUBLISHER, "TASK_BACKEND": "default"}
