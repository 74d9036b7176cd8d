"""The readable-text option: a plain form, a functional cookie, no JavaScript."""

import pytest

URL = "/preferences/readable-text/"


def test_choosing_readable_text_remembers_it_in_a_functional_cookie_and_goes_back(client):
    response = client.post(URL, {"readable": "on", "next": "/advisories/?audience=ngos"})

    assert response.status_code == 303
    assert response["Location"] == "/advisories/?audience=ngos"
    cookie = response.cookies["readable_text"]
    assert cookie.value == "1"  # the same for everyone: no identifier in it
    assert cookie["max-age"] == 365 * 24 * 60 * 60
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert list(response.cookies) == ["readable_text"]
    assert response["Clear-Site-Data"] == '"cache"'  # pages kept for the old choice go


def test_turning_readable_text_off_deletes_the_cookie(client):
    client.cookies["readable_text"] = "1"

    response = client.post(URL, {"readable": "off", "next": "/"})

    assert response.status_code == 303
    assert response.cookies["readable_text"].value == ""
    assert response.cookies["readable_text"]["max-age"] == 0


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", "", "advisories/"]
)
def test_readable_text_never_sends_the_reader_off_the_site(client, target):
    response = client.post(URL, {"readable": "on", "next": target})

    assert response.status_code == 303
    assert response["Location"] == "/"


def test_readable_text_answers_only_a_form_post(client):
    assert client.get(URL).status_code == 405


def test_pages_carry_the_larger_text_class_and_a_pressed_toggle_when_chosen(client, home):
    plain = client.get("/").content.decode()
    client.cookies["readable_text"] = "1"
    readable = client.get("/").content.decode()

    assert 'class="readable-text"' not in plain
    assert 'aria-pressed="false"' in plain
    assert '<html lang="en" dir="ltr" class="readable-text">' in readable
    assert 'aria-pressed="true"' in readable
    assert 'value="off"' in readable


def test_an_unknown_cookie_value_leaves_the_standard_text(client, home):
    client.cookies["readable_text"] = "yes please"

    assert 'class="readable-text"' not in client.get("/").content.decode()
