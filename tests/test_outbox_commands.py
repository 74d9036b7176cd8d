"""outbox list [--status S], outbox retry ID, outbox cancel ID."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from social.models import Channel, Delivery, Status
from tests import social_support as support

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("outbox", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def rows(advisory_index):
    channel = Channel.objects.create(name="console", network="console")
    page = support.draft_advisory(advisory_index, title="Fake KYC update SMS")

    def row(purpose, **fields):
        return Delivery.objects.create(
            page=page, channel=channel, purpose=purpose, page_title=page.title, **fields
        )

    return {
        "failed": row(
            "publish", status=Status.FAILED, error="The webhook failed (500).", attempts=4
        ),
        "queued": row("update:1"),
        "sent": row(
            "update:2", status=Status.SENT, remote_id="console-9", remote_url="https://t.me/c/9"
        ),
    }


def test_list_shows_every_row_or_one_status(rows):
    everything = run("list")
    assert len(everything.splitlines()) == 3
    failed = run("list", "--status", "failed")
    expected = (
        "failed\tconsole\tpublish\tFake KYC update SMS\tattempts=4\tThe webhook failed (500)."
    )
    assert failed.splitlines() == [f"{rows['failed'].pk}\t{expected}"]
    assert "https://t.me/c/9" in run("list", "--status", "sent")


def test_retry_queues_a_failed_row_and_logs_it(rows):
    assert "queued again" in run("retry", str(rows["failed"].pk))
    row = Delivery.objects.get(pk=rows["failed"].pk)
    assert (row.status, row.attempts, row.error) == (Status.QUEUED, 0, "")
    assert ModelLogEntry.objects.filter(action="social.retry", object_id=str(row.pk)).exists()


def test_cancel_stops_a_waiting_row(rows):
    run("cancel", str(rows["queued"].pk))
    assert Delivery.objects.get(pk=rows["queued"].pk).status == Status.CANCELLED


def test_a_posted_row_is_never_retried_and_a_finished_one_not_cancelled(rows):
    with pytest.raises(CommandError, match="already posted"):
        run("retry", str(rows["sent"].pk))
    with pytest.raises(CommandError, match="only waiting rows can be cancelled"):
        run("cancel", str(rows["failed"].pk))
    with pytest.raises(CommandError, match="No outbox row 999999"):
        run("retry", "999999")
