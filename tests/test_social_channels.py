"""socialchannel add|list|test|disable|enable, and each backend's credential check."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from social.models import Channel
from tests import social_support as support

fakes = support.fakes
secrets_in_env = support.secrets_in_env

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("socialchannel", *args, stdout=out)
    return out.getvalue()


def test_add_stores_environment_variable_names_and_options():
    output = run(
        "add",
        "zone-mastodon",
        "--network",
        "mastodon",
        "--base-url",
        "https://mastodon.example",
        "--secret-env",
        "access_token=ZONE_MASTODON_TOKEN",
        "--option",
        "visibility=unlisted",
    )
    channel = Channel.objects.get(name="zone-mastodon")
    assert "Added zone-mastodon (Mastodon)" in output
    assert channel.secret_env == {"access_token": "ZONE_MASTODON_TOKEN"}
    assert channel.options == {"visibility": "unlisted"}
    assert channel.base_url == "https://mastodon.example"
    assert ModelLogEntry.objects.filter(action="wagtail.create").exists()


def test_add_refuses_a_secret_value_in_place_of_a_variable_name():
    with pytest.raises(CommandError, match="must name an environment variable"):
        run("add", "x-main", "--network", "x", "--secret-env", "consumer_key=abc123SECRET")
    assert not Channel.objects.exists()


def test_add_says_which_secrets_a_network_still_needs():
    output = run("add", "x-main", "--network", "x", "--secret-env", "consumer_key=X_KEY")
    assert (
        "It will need --secret-env for: access_token, access_token_secret, consumer_secret"
        in output
    )


def test_add_refuses_a_name_twice_and_a_bad_address():
    run("add", "console", "--network", "console")
    with pytest.raises(CommandError, match="already exists"):
        run("add", "console", "--network", "console")
    with pytest.raises(CommandError, match="base_url"):
        run("add", "other", "--network", "webhook", "--base-url", "not a url")


def test_list_shows_variable_names_never_values(monkeypatch):
    monkeypatch.setenv("ZONE_TOKEN", "real-secret-value")
    Channel.objects.create(
        name="zone", network="mastodon", secret_env={"access_token": "ZONE_TOKEN"}
    )
    output = run("list")
    assert "zone\tmastodon\tenabled\thttps://mastodon.social\taccess_token=$ZONE_TOKEN" in output
    assert "real-secret-value" not in output


def test_disable_and_enable_again():
    channel = Channel.objects.create(name="zone", network="console", flagged_at="2026-01-01T00:00Z")
    run("disable", "zone")
    assert not Channel.objects.get(pk=channel.pk).enabled
    run("enable", "zone")
    channel.refresh_from_db()
    assert channel.enabled and channel.flagged_at is None
    with pytest.raises(CommandError, match="No channel is called"):
        run("disable", "nobody")


@pytest.mark.parametrize(
    ("network", "account"),
    [
        ("x", "@cyberpolice"),
        ("mastodon", "@cyberpolice"),
        ("bluesky", "@cyberpolice.bsky.example"),
        ("telegram", "@cyberpolice_bot (bot)"),
        ("webhook", "accepted a signed test call"),
    ],
)
def test_test_checks_the_credentials_against_the_network(fakes, secrets_in_env, network, account):
    channel = support.make_channel(network, fakes[network])
    assert account in run("test", channel.name)


@pytest.mark.parametrize("network", support.NETWORKS)
def test_test_reports_refused_credentials_without_the_secret(fakes, secrets_in_env, network):
    channel = support.make_channel(network, fakes[network])
    fakes[network].fail("401")
    if network in ("telegram", "webhook", "x", "mastodon"):
        fakes[network].is_create = lambda request: True  # the check call is the one to refuse
    else:
        fakes[network].is_create = lambda request: "createSession" in request.path
    with pytest.raises(CommandError) as refused:
        run("test", channel.name)
    assert "refused" in str(refused.value)
    for secret in support.SECRETS.values():
        assert secret not in str(refused.value)


def test_test_names_a_missing_environment_variable(fakes):
    channel = support.make_channel("mastodon", fakes["mastodon"])
    with pytest.raises(CommandError, match="FAKE_MASTODON_TOKEN is not set"):
        run("test", channel.name)
