"""The Redis-backed task backend (django-tasks-rq) against a real Redis on 127.0.0.1:6379."""

import pytest

from awareness_site.settings.base import TASK_QUEUES
from social.models import Channel, Status
from tests import social_support as support
from tests.conftest import require_service

fakes = support.fakes
channels = support.channels
secrets_in_env = support.secrets_in_env
site_url = support.site_url

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
REDIS_DB = "redis://127.0.0.1:6379/13"


@pytest.fixture
def redis_queue(settings):
    require_service("Redis", "127.0.0.1", 6379)
    settings.RQ_QUEUES = {"social": {"URL": REDIS_DB}}
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": TASK_QUEUES,
        },
        "social_rq": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["social"]},
    }
    settings.SOCIAL_PUBLISHER = {"TASK_BACKEND": "social_rq", "RETRY_BASE_SECONDS": 0}
    import django_rq
    from django_tasks_rq.backend import Job

    queue = django_rq.get_queue("social", job_class=Job)
    queue.empty()
    yield queue
    queue.empty()


def test_delivery_tasks_go_through_redis_and_the_worker_runs_them(
    redis_queue, channels, fakes, advisory_index, site_url
):
    Channel.objects.exclude(pk=channels["webhook"].pk).update(enabled=False)
    page = support.draft_advisory(advisory_index, title="Fake KYC update SMS")
    page.save_revision().publish()

    assert redis_queue.count == 1  # enqueued in Redis on commit, not run yet
    assert fakes["webhook"].posts == []

    support.run_worker()

    assert redis_queue.count == 0
    (row,) = support.rows(page=page)
    assert row.status == Status.SENT
    (post,) = fakes["webhook"].posts
    assert post["payload"]["url"] == page.full_url
