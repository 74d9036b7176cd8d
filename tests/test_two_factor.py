"""Optional TOTP two-factor login for the admin (django-otp) after Wagtail's password step."""

from base64 import b32decode
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from freezegun import freeze_time

from tests.security_support import make_role_user

pytestmark = pytest.mark.django_db

PASSWORD = "a long and correct passphrase"
START = timezone.now()


def code(key, at):
    """The 6 digits an authenticator app shows at a moment, from the device key."""
    with freeze_time(at):
        return f"{totp(key):06d}"


@pytest.fixture
def officer(django_user_model, home):
    user = make_role_user(django_user_model, "moderator")
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def device(officer):
    return TOTPDevice.objects.create(user=officer, name="Phone", confirmed=True)


def sign_in(client, user):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    return response


def test_without_a_device_the_password_is_enough(client, officer):
    sign_in(client, officer)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_with_a_device_every_admin_page_waits_for_the_code(client, officer, device):
    with freeze_time(START):
        sign_in(client, officer)
        pages = client.get(reverse("wagtailadmin_explore_root"))
        assert pages.status_code == 302
        assert pages["Location"].startswith(
            reverse("twofactor_verify") + "?next=%2Fadmin%2Fpages%2F"
        )

        wrong = client.post(reverse("twofactor_verify"), {"otp_token": "000000", "next": "/"})
        assert b"That code is wrong" in wrong.content
        assert client.get(reverse("wagtailadmin_home")).status_code == 302

    with freeze_time(START + timedelta(seconds=60)):  # past django-otp's delay after a miss
        right = client.post(
            reverse("twofactor_verify"),
            {
                "otp_token": code(device.bin_key, START + timedelta(seconds=60)),
                "next": "/admin/pages/",
            },
        )
        assert right["Location"] == "/admin/pages/"
        assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_after_a_wrong_code_even_the_right_one_waits(client, officer, device):
    """django-otp's growing delay after each miss makes guessing the 6 digits hopeless."""
    with freeze_time(START):
        sign_in(client, officer)
        client.post(reverse("twofactor_verify"), {"otp_token": "000000"})
        right = client.post(reverse("twofactor_verify"), {"otp_token": code(device.bin_key, START)})
    assert b"That code is wrong" in right.content
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 1


def test_the_code_step_never_redirects_to_another_site(client, officer, device):
    with freeze_time(START):
        sign_in(client, officer)
        response = client.post(
            reverse("twofactor_verify"),
            {"otp_token": code(device.bin_key, START), "next": "https://evil.example/admin/"},
        )
    assert response["Location"] == reverse("wagtailadmin_home")


def test_officer_turns_two_factor_on_and_then_needs_it(client, officer):
    sign_in(client, officer)
    with freeze_time(START):
        setup = client.get(reverse("twofactor_manage"))
        assert b"<svg" in setup.content  # the QR code, drawn here, not by a third party
        secret = setup.context["secret"]
        response = client.post(
            reverse("twofactor_manage"), {"otp_token": code(b32decode(secret), START)}
        )
    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=officer).confirmed

    client.logout()
    with freeze_time(START + timedelta(seconds=60)):
        sign_in(client, officer)
        assert client.get(reverse("wagtailadmin_home"))["Location"].startswith(
            reverse("twofactor_verify")
        )


def test_turning_it_off_needs_a_current_code(client, officer, device):
    with freeze_time(START):
        sign_in(client, officer)
        client.post(reverse("twofactor_verify"), {"otp_token": code(device.bin_key, START)})
        client.post(reverse("twofactor_manage"), {"otp_token": "123456"})
    assert TOTPDevice.objects.filter(user=officer).exists()
    later = START + timedelta(seconds=90)
    with freeze_time(later):
        client.post(reverse("twofactor_manage"), {"otp_token": code(device.bin_key, later)})
    assert not TOTPDevice.objects.filter(user=officer).exists()


def test_when_required_an_officer_without_a_device_must_set_one_up(client, officer, settings):
    settings.ADMIN_TWO_FACTOR_REQUIRED = True
    sign_in(client, officer)
    response = client.get(reverse("wagtailadmin_home"))
    assert response["Location"].startswith(reverse("twofactor_manage"))
    assert client.get(reverse("twofactor_manage")).status_code == 200


def test_the_account_page_links_to_two_factor_settings(client, officer):
    sign_in(client, officer)
    response = client.get(reverse("wagtailadmin_account"))
    assert reverse("twofactor_manage").encode() in response.content


def test_an_administrator_resets_a_lost_phone(officer, device):
    out = StringIO()
    call_command("reset_two_factor", officer.username, stdout=out)
    assert "Removed 1 authenticator device(s)" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=officer).exists()
    with pytest.raises(CommandError):
        call_command("reset_two_factor", "nobody")
