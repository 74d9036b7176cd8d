"""Every failure mode ends as the design says: retried, reconciled, failed with a reason, paused."""

import time

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from social.delivery import deliver
from social.models import Channel, Delivery, Status
from tests import social_support as support

fakes = support.fakes
channels = support.channels
real_queue = support.real_queue
secrets_in_env = support.secrets_in_env
site_url = support.site_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
RECONCILING = ["x", "mastodon", "bluesky", "webhook"]


@pytest.fixture
def publish(advisory_index, site_url):
    def publish(title="Fake KYC update SMS", **fields):
        page = support.draft_advisory(advisory_index, title=title, **fields)
        page.save_revision().publish()
        return page

    return publish


def only_channel(channels, network):
    Channel.objects.exclude(pk=channels[network].pk).update(enabled=False)
    return channels[network]


@pytest.mark.parametrize("network", support.NETWORKS)
def test_a_server_error_is_retried_and_posts_once(real_queue, channels, fakes, publish, network):
    only_channel(channels, network)
    fakes[network].fail("500")
    page = publish()
    support.run_worker()

    (row,) = support.rows(page=page)
    assert (row.status, row.attempts) == (Status.SENT, 2)
    assert len(fakes[network].posts) == 1


@pytest.mark.parametrize("network", RECONCILING)
def test_a_lost_answer_is_reconciled_not_posted_twice(
    real_queue, channels, fakes, publish, network
):
    """The network made the post but its answer came after the timeout."""
    only_channel(channels, network)
    fakes[network].fail("lost_response", seconds=1.5)
    page = publish()
    support.run_worker()

    (row,) = support.rows(page=page)
    assert row.status == Status.SENT
    assert len(fakes[network].posts) == 1
    post = fakes[network].posts[0]
    assert str(post.get("id") or post.get("rkey")) in row.remote_id
    creates = [r for r in fakes[network].requests if fakes[network].is_create(r)]
    if network in ("x", "bluesky"):
        assert len(creates) == 1  # it looked the post up first and sent nothing more
    else:
        assert len(creates) == 2  # the retry carried the same key and was recognised


def test_telegram_retries_after_a_lost_answer_and_may_post_twice(
    real_queue, channels, fakes, publish
):
    """The documented risk: a bot cannot look up its channel's posts, so it sends again."""
    only_channel(channels, "telegram")
    fakes["telegram"].fail("lost_response", seconds=1.5)
    page = publish()
    support.run_worker()

    (row,) = support.rows(page=page)
    assert row.status == Status.SENT
    assert len(fakes["telegram"].posts) == 2


def test_a_timeout_before_the_network_acted_is_retried(real_queue, channels, fakes, publish):
    only_channel(channels, "mastodon")
    fakes["mastodon"].fail("timeout", seconds=1.5)
    page = publish()
    support.run_worker()

    (row,) = support.rows(page=page)
    assert (row.status, row.attempts) == (Status.SENT, 2)
    assert len(fakes["mastodon"].posts) == 1


@pytest.mark.parametrize("network", ["x", "mastodon", "bluesky", "telegram", "webhook"])
def test_a_429_waits_for_the_reset_time(real_queue, channels, fakes, publish, network):
    only_channel(channels, network)
    fakes[network].fail("429", reset=2)
    page = publish()
    support.run_worker()

    (row,) = support.rows(page=page)
    assert row.status == Status.RETRYING
    assert (row.due_at - row.last_attempt_at).total_seconds() >= 1
    assert fakes[network].posts == []

    time.sleep(max((row.due_at - timezone.now()).total_seconds(), 0) + 0.2)
    support.run_worker()
    row.refresh_from_db()
    assert row.status == Status.SENT and len(fakes[network].posts) == 1


@pytest.mark.parametrize("network", support.NETWORKS)
def test_refused_credentials_fail_the_row_and_disable_the_channel(
    real_queue, channels, fakes, publish, network
):
    channel = only_channel(channels, network)
    fakes[network].fail("401")
    page = publish()
    support.run_worker()

    (row,) = support.rows(page=page)
    channel.refresh_from_db()
    assert row.status == Status.FAILED
    assert "credentials" in row.error or "refused" in row.error
    assert f"channel {channel.name} has been disabled" in row.error
    assert not channel.enabled and channel.flagged_at
    assert ModelLogEntry.objects.filter(action="social.channel_flagged").exists()
    for secret in support.SECRETS.values():
        assert secret not in row.error


def test_a_missing_secret_fails_with_the_variable_name(
    real_queue, channels, fakes, publish, monkeypatch
):
    only_channel(channels, "telegram")
    monkeypatch.delenv("FAKE_TELEGRAM_TOKEN")
    page = publish()
    support.run_worker()

    (row,) = support.rows(page=page)
    assert row.status == Status.FAILED
    assert "FAKE_TELEGRAM_TOKEN is not set" in row.error


def test_a_duplicate_is_a_permanent_failure_with_a_reason(real_queue, channels, fakes, publish):
    only_channel(channels, "x")
    fakes["x"].fail("duplicate")
    page = publish()
    support.run_worker()

    (row,) = support.rows(page=page)
    assert (row.status, row.attempts) == (Status.FAILED, 1)
    assert "duplicate" in row.error


def test_transient_errors_give_up_after_the_attempt_limit(real_queue, channels, fakes, publish):
    only_channel(channels, "webhook")
    fakes["webhook"].fail("500", times=10)
    page = publish()
    support.run_worker()

    (row,) = support.rows(page=page)
    assert row.status == Status.FAILED
    assert row.error.startswith("Gave up after 4 attempts. Last error: The webhook failed (500)")


def test_a_row_with_a_remote_id_is_never_sent_again(real_queue, channels, fakes, publish):
    only_channel(channels, "mastodon")
    page = publish()
    support.run_worker()
    (row,) = support.rows(page=page)
    Delivery.objects.filter(pk=row.pk).update(status=Status.QUEUED)  # as if a task came twice

    assert deliver(row.pk) in ("skipped", Status.SENT)
    support.run_worker()
    assert len(fakes["mastodon"].posts) == 1
    assert len([r for r in fakes["mastodon"].requests if fakes["mastodon"].is_create(r)]) == 1


def test_a_daily_quota_queues_instead_of_failing(real_queue, channels, fakes, publish):
    channel = only_channel(channels, "x")
    Channel.objects.filter(pk=channel.pk).update(daily_quota=1)
    first, second = publish("First advisory"), publish("Second advisory")
    support.run_worker()

    assert support.rows(page=first)[0].status == Status.SENT
    waiting = support.rows(page=second)[0]
    assert waiting.status == Status.QUEUED and waiting.attempts == 0
    assert "daily quota of 1 posts" in waiting.note
    assert (waiting.due_at - timezone.now()).total_seconds() > 23 * 3600
    assert len(fakes["x"].posts) == 1


def test_a_rate_limit_spaces_the_posts(real_queue, channels, fakes, publish):
    channel = only_channel(channels, "mastodon")
    Channel.objects.filter(pk=channel.pk).update(rate_per_minute=1)
    publish("First advisory"), publish("Second advisory")
    support.run_worker()

    statuses = sorted(r.status for r in support.rows())
    assert statuses == [Status.QUEUED, Status.SENT]
    assert "rate limit of 1 a minute" in Delivery.objects.get(status=Status.QUEUED).note
