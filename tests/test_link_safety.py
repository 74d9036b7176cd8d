"""Link safety: a page whose links are not https, mailto or tel cannot be saved."""

import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.test.utils.form_data import rich_text

from advisories.models import AdvisoryPage
from awareness_site.validation import is_safe_link, links_in_block
from tests.campaign_factories import CampaignIndexPageFactory, CampaignPageFactory
from tests.security_support import add_url, advisory_form, make_role_user

pytestmark = pytest.mark.django_db

UNSAFE = "http://kyc-update.example.net/verify"


@pytest.mark.parametrize(
    "href",
    [
        "https://cybercrime.gov.in/",
        "mailto:cyber-cell@example.org",
        "tel:1930",
        "/advisories/",
        "#what-to-do",
    ],
)
def test_https_mailto_tel_and_this_site_are_safe(href):
    assert is_safe_link(href)


@pytest.mark.parametrize(
    "href",
    [
        UNSAFE,
        "javascript:alert(1)",
        " Java\tScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://files.example.net/",
        "//evil.example/",
        "https:evil",
        "www.example.com",
        "",
    ],
)
def test_other_links_are_unsafe(href):
    assert not is_safe_link(href)


def test_editor_is_told_which_link_is_unsafe_and_nothing_is_saved(
    client, django_user_model, advisory_index
):
    client.force_login(make_role_user(django_user_model, "editor"))
    body = [("text", rich_text(f'<p>Do not open <a href="{UNSAFE}">this page</a>.</p>'))]
    response = client.post(add_url(advisory_index), advisory_form(body=body))
    assert response.status_code == 200
    assert "Unsafe link" in response.content.decode()
    assert UNSAFE in response.content.decode()
    assert not AdvisoryPage.objects.filter(slug="fake-parcel-sms").exists()


def test_editor_saves_https_mailto_tel_and_page_links(client, django_user_model, advisory):
    client.force_login(make_role_user(django_user_model, "editor"))
    html = (
        '<p><a href="https://cybercrime.gov.in/">portal</a> <a href="mailto:cell@example.org">'
        f'mail</a> <a href="tel:1930">1930</a> <a linktype="page" id="{advisory.pk}">see</a></p>'
    )
    response = client.post(
        add_url(advisory.get_parent()), advisory_form(body=[("text", rich_text(html))])
    )
    assert response.status_code == 302
    assert AdvisoryPage.objects.filter(slug="fake-parcel-sms").exists()


def test_saving_in_code_is_refused_too(advisory):
    advisory.body = [("text", f'<p><a href="{UNSAFE}">x</a></p>')]
    with pytest.raises(ValidationError) as refused:
        advisory.save_revision()
    assert UNSAFE in str(refused.value.message_dict["body"])


def test_embeds_are_checked(advisory):
    advisory.body = [("video", {"video": "http://www.youtube.com/watch?v=abc", "caption": ""})]
    with pytest.raises(ValidationError, match="youtube"):
        advisory.full_clean()


def test_rich_text_fields_are_checked(home):
    home.body = '<p><a href="javascript:alert(1)">x</a></p>'
    with pytest.raises(ValidationError) as refused:
        home.full_clean()
    assert "javascript:alert(1)" in str(refused.value.message_dict["body"])


def test_links_nested_in_struct_list_and_stream_blocks_are_found():
    link = blocks.StructBlock([("label", blocks.CharBlock()), ("url", blocks.URLBlock())])
    block = blocks.StreamBlock([("links", blocks.ListBlock(link))])
    value = block.to_python(
        [
            {
                "type": "links",
                "value": [
                    {"label": "Portal", "url": "https://cybercrime.gov.in/"},
                    {"label": "Scam", "url": UNSAFE},
                ],
            }
        ]
    )
    assert links_in_block(block, value) == ["https://cybercrime.gov.in/", UNSAFE]


def test_campaign_pages_are_checked_too(home):
    index = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=index)
    campaign.body = [("text", f'<p>Register at <a href="{UNSAFE}">this form</a></p>')]
    with pytest.raises(ValidationError) as refused:
        campaign.save_revision()
    assert UNSAFE in str(refused.value.message_dict["body"])
