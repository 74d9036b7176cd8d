"""Worker processes: one killed mid-send and restarted; two at once on PostgreSQL, each row once."""

import signal
import time

import pytest
from django.db import connection

from social.models import Channel, Delivery, Status
from tests import social_support as support
from tests.conftest import require_service
from tests.fakes import FakeWebhook

fakes = support.fakes
channels = support.channels
real_queue = support.real_queue
secrets_in_env = support.secrets_in_env
site_url = support.site_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"Timed out waiting for {what}")
        time.sleep(0.05)


def finish(process, seconds=120):
    output, _ = process.communicate(timeout=seconds)
    assert process.returncode == 0, output.decode()[-3000:]
    return output.decode()


@pytest.mark.parametrize("network", ["x", "mastodon", "bluesky"])
def test_a_worker_killed_mid_send_is_resumed_by_the_next_without_a_second_post(
    real_queue, channels, fakes, advisory_index, site_url, tmp_path, network
):
    Channel.objects.exclude(pk=channels[network].pk).update(enabled=False)
    fake = fakes[network]
    fake.fail("hang", seconds=60)  # the network makes the post, then never answers
    page = support.draft_advisory(advisory_index, title="Fake KYC update SMS")
    page.save_revision().publish()
    (row,) = Delivery.objects.filter(page=page)
    database = support.WorkerDatabase(tmp_path)

    first = support.start_worker(database, "--until-idle", lease_seconds=2)
    wait_for(fake.hanging.is_set, 90, "the worker to reach the network")
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    fake.release.set()
    assert database.row(row.pk)[0] == Status.SENDING  # left mid-send, under a lease
    assert len(fake.posts) == 1

    time.sleep(2.5)  # the killed worker's lease runs out
    second = support.start_worker(database, "--until-idle", lease_seconds=2)
    output = finish(second)

    status, remote_id, _worker = database.row(row.pk)
    assert status == Status.SENT, output[-2000:]
    assert len(fake.posts) == 1
    post = fake.posts[0]
    assert str(post.get("id") or post.get("rkey")) in remote_id


@pytest.mark.postgres
def test_two_workers_on_postgresql_send_each_of_200_posts_once(
    real_queue, advisory_index, site_url, secrets_in_env, tmp_path
):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: run with DATABASE_URL=postgres://…")
    settings = connection.settings_dict
    require_service("PostgreSQL", settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432))
    hook = FakeWebhook(latency=0.03).start()
    try:
        for n in range(10):
            support.make_channel("webhook", hook, name=f"partner-{n}")
        for n in range(20):
            support.draft_advisory(advisory_index, title=f"Advisory {n}").save_revision().publish()
        assert Delivery.objects.count() == 200
        database = support.WorkerDatabase(tmp_path)

        workers = [support.start_worker(database, "--until-idle") for _ in range(2)]
        for worker in workers:
            finish(worker, seconds=300)
    finally:
        hook.stop()

    assert set(Delivery.objects.values_list("status", flat=True)) == {Status.SENT}
    creates = [r.header("x-outbox-row") for r in hook.requests if hook.is_create(r)]
    assert len(creates) == 200 and len(set(creates)) == 200  # every row sent, none twice
    senders = set(Delivery.objects.values_list("lease_owner", flat=True))
    assert len(senders) == 2  # both workers did part of the work
