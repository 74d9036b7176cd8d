"""Admin login throttling (django-axes): five wrong passwords pause that login for a while."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from tests.security_support import make_role_user

pytestmark = pytest.mark.django_db

PASSWORD = "a long and correct passphrase"


@pytest.fixture(autouse=True)
def throttling_on(settings):
    settings.AXES_ENABLED = True  # test settings switch it off for Client.login()


@pytest.fixture
def officer(django_user_model, home):
    user = make_role_user(django_user_model, "editor")
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in(client, username, password, **headers):
    return client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}, **headers
    )


def fail_five_times(client, username, **headers):
    for _ in range(5):
        response = sign_in(client, username, "wrong", **headers)
        assert response.status_code in (200, 429)


def test_five_wrong_passwords_lock_the_login_even_for_the_right_password(client, officer):
    for _ in range(4):
        assert sign_in(client, officer.username, "wrong").status_code == 200
    assert sign_in(client, officer.username, "wrong").status_code == 429
    response = sign_in(client, officer.username, PASSWORD)
    assert response.status_code == 429
    assert b"Too many sign-in attempts" in response.content
    assert "_auth_user_id" not in client.session


def test_lockout_ends_after_the_cool_off(client, officer):
    fail_five_times(client, officer.username)
    with freeze_time(timezone.now() + timedelta(minutes=16)):
        response = sign_in(client, officer.username, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(officer.pk)


def test_a_forged_forwarded_for_header_does_not_reset_the_count(client, officer):
    for n in range(5):
        sign_in(client, officer.username, "wrong", headers={"x-forwarded-for": f"10.0.0.{n}"})
    response = sign_in(client, officer.username, PASSWORD, headers={"x-forwarded-for": "10.9.9.9"})
    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_is_counted(client, officer, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    fail_five_times(client, officer.username, headers={"x-forwarded-for": "203.0.113.7"})
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"
    # Another reader of the same office proxy, at another address, is not locked out.
    other = sign_in(client, officer.username, PASSWORD, headers={"x-forwarded-for": "203.0.113.8"})
    assert other.status_code == 302


def test_other_users_can_still_sign_in_from_the_same_address(client, officer, django_user_model):
    fail_five_times(client, officer.username)
    colleague = make_role_user(django_user_model, "moderator")
    colleague.set_password(PASSWORD)
    colleague.save()
    assert sign_in(client, colleague.username, PASSWORD).status_code == 302


def test_a_successful_login_resets_the_count(client, officer):
    for _ in range(4):
        sign_in(client, officer.username, "wrong")
    assert sign_in(client, officer.username, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        sign_in(client, officer.username, "wrong")
    assert sign_in(client, officer.username, PASSWORD).status_code == 302
