"""The background process `make run` starts: quiet while idle, runs what is queued."""

import logging

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from awareness_site.cache import page_cache, token_key
from awareness_site.invalidation import purge_urls_task
from social.management.commands.run_worker import Command

# The worker commits each task and may close its connection: a transactional test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def database_queue(database_task_queue):
    database_task_queue.WAGTAILFRONTENDCACHE = {}  # the purge task below refreshes no nginx


def polls(command, times):
    for _ in range(times):
        command.drain_all()


def test_an_idle_worker_writes_nothing_to_the_terminal(database_queue, caplog):
    command = Command()
    command.worker_id = "worker-test"
    with caplog.at_level(logging.INFO):
        polls(command, 5)
    assert [record.getMessage() for record in caplog.records] == []


def test_a_queued_task_is_run_on_the_next_poll(database_queue):
    before = page_cache().get(token_key("/advisories/"))
    result = purge_urls_task.enqueue(["http://localhost/advisories/"])
    command = Command()
    command.worker_id = "worker-test"

    polls(command, 1)

    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL
    assert page_cache().get(token_key("/advisories/")) not in (None, before)
