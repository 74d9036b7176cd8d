"""The composer: each network's text within its limit, counted as the network counts."""

import pytest
import regex

from social.composer import ShareContent, compose
from social.composer.counting import count_mastodon, count_utf16, count_x
from social.composer.text import clean_text, hashtag

URL = "https://cyber.example.in/advisories/fake-kyc-update-sms-asks-you-to-click-a-link/"
LONG = (
    "Fraudsters send an SMS saying your bank account will be blocked today unless you update "
    "your KYC through a link. The link opens a fake bank page that steals your login and OTP. "
) * 3


def content(**changes):
    fields = {
        "title": "Fake KYC update SMS",
        "summary": LONG,
        "url": URL,
        "tags": ("KYC update scam", "Banking fraud", "SMS fraud"),
        "help_line": "Lost money? Call 1930 at once.",
    }
    return ShareContent(**{**fields, **changes})


@pytest.mark.parametrize(
    ("network", "limit"), [("x", 280), ("mastodon", 500), ("bluesky", 300), ("telegram", 4096)]
)
def test_every_network_gets_text_within_its_limit(network, limit):
    composed = compose(content(), network)
    assert composed.limit == limit
    assert composed.count <= limit
    assert composed.text.startswith("Fake KYC update SMS\n\n")
    assert "Lost money? Call 1930 at once." in composed.text


def test_x_counts_a_long_link_as_23():
    composed = compose(content(summary="Short."), "x")
    assert composed.count == len(composed.text) - len(URL) + 23
    assert count_x(URL) == 23


def test_the_link_is_never_cut_and_the_summary_is_cut_at_a_word():
    composed = compose(content(), "x")
    assert URL in composed.text
    summary = composed.text.split("\n\n")[1].removesuffix("…")
    assert len(summary) < len(LONG.strip())
    assert LONG.startswith(summary)
    assert LONG[len(summary)] == " "  # the cut fell between words


def test_hashtags_give_way_before_the_summary_does():
    roomy = compose(content(summary="Short."), "x")
    assert "#KYCUpdateScam #BankingFraud #SMSFraud" in roomy.text
    tight = compose(content(), "x")
    assert tight.tags == ("#KYCUpdateScam",)


def test_bluesky_shows_a_short_link_and_counts_graphemes():
    composed = compose(content(), "bluesky")
    assert URL not in composed.text
    start, end = composed.link_span()
    assert composed.text[start:end] == composed.link_text
    assert composed.link_text.startswith("cyber.example.in/advisories/")
    assert composed.count == len(regex.findall(r"\X", composed.text)) <= 300


def test_hindi_is_cut_between_graphemes_never_inside_one():
    summary = "ठग एसएमएस भेजकर कहते हैं कि आपका बैंक खाता बंद हो जाएगा, तुरंत केवाईसी करें। " * 12
    composed = compose(
        content(title="फर्जी केवाईसी एसएमएस", summary=summary, language="hi"), "bluesky"
    )
    kept = composed.text.split("\n\n")[1].rstrip("…")
    assert summary.startswith(kept)
    assert regex.findall(r"\X", summary)[: len(regex.findall(r"\X", kept))] == regex.findall(
        r"\X", kept
    )
    assert composed.count <= 300


def test_telegram_captions_have_their_own_limit_of_1024():
    composed = compose(content(summary=LONG * 5), "telegram", with_image=True)
    assert composed.limit == 1024 and composed.count <= 1024
    assert count_utf16("😀") == 2  # Telegram counts UTF-16 units


def test_mastodon_counts_only_web_links_as_23():
    assert count_mastodon(f"a {URL}") == 2 + 23
    assert count_mastodon("see cybercrime.gov.in") == len("see cybercrime.gov.in")


def test_an_editors_own_text_gets_the_link_and_is_cut_to_fit():
    composed = compose(content(), "x", override_text="<p>Do not click links in SMS. </p>" * 20)
    assert composed.text.endswith(URL)
    assert composed.text.startswith("Do not click links in SMS.")
    assert composed.count <= 280


def test_an_update_is_headed_as_one_in_the_pages_language():
    assert compose(content(is_update=True), "x").text.startswith("Update: Fake KYC update SMS")


def test_html_becomes_clean_text():
    html = (
        "<p>Never share your <strong>OTP</strong>&nbsp;with anyone.</p><ul><li>Call 1930</li></ul>"
    )
    assert clean_text(html) == "Never share your OTP with anyone.\nCall 1930"


@pytest.mark.parametrize(
    ("tag", "made"),
    [("KYC update scam", "#KYCUpdateScam"), ("फर्जी कॉल", "#फर्जीकॉल"), ("1930", ""), ("", "")],
)
def test_hashtags_are_made_from_words_in_any_script(tag, made):
    assert hashtag(tag) == made


@pytest.mark.django_db
def test_a_hindi_page_is_composed_in_hindi(advisory, advisory_index, locales):
    from social.composer import content_for

    advisory_index.copy_for_translation(locales["hi"]).save_revision().publish()
    hindi = advisory.copy_for_translation(locales["hi"])
    hindi.title, hindi.summary = "फर्जी केवाईसी एसएमएस", "<p>लिंक पर क्लिक न करें।</p>"
    hindi.save_revision().publish()
    content = content_for(hindi, "update:2026-01-01")

    assert (content.language, content.summary) == ("hi", "लिंक पर क्लिक न करें।")
    assert content.help_line == "पैसे गँवाए? तुरंत 1930 पर कॉल करें।"
    assert compose(content, "mastodon").text.startswith("अपडेट: फर्जी केवाईसी एसएमएस")
