"""Advisory pages: created through Wagtail's admin, rendered with every safety feature."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from advisories.choices import IndicatorKind, Severity
from advisories.defang import defang
from advisories.models import AdvisoryIndexPage, AdvisoryPage, RelatedAdvisory
from tests.factories import (
    AdvisoryPageFactory,
    AudienceFactory,
    ImageFactory,
    ThreatCategoryFactory,
    empty_inline_formsets,
    list_block_data,
)

pytestmark = pytest.mark.django_db


BAD_URL = "https://power-bill.example.com/pay"


def advisory_form(category, **overrides):
    data = {
        "title": "Fake electricity bill SMS",
        "slug": "fake-electricity-bill-sms",
        "summary": "Messages say your power will be cut tonight. Do not call the number.",
        "severity": str(Severity.WARNING.value),
        "contact_methods": ["sms", "phone"],
        "impersonates": ["government"],
        "threat_categories": [category.pk],
        "body": streamfield(
            [
                ("text", rich_text("<p>Thousands of people got this message.</p>")),
                ("how_it_works", {"heading": "", "steps": list_block_data(["An SMS arrives."])}),
                ("red_flags", {"heading": "", "flags": list_block_data(["A mobile number."])}),
                ("what_to_do", {"heading": "", "steps": list_block_data(["Ignore it."])}),
                ("lost_money", {"note": "Bring your bill to the cyber cell."}),
                (
                    "indicators",
                    {
                        "heading": "",
                        "indicators": list_block_data(
                            [
                                {
                                    "kind": "url",
                                    "value": "https://power-bill.example.com/pay",
                                    "note": "",
                                }
                            ]
                        ),
                    },
                ),
                ("quote", {"quote": "I nearly paid.", "attribution": "A reader"}),
            ]
        ),
        **empty_inline_formsets(AdvisoryPage),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_creates_and_publishes_an_advisory_with_every_kind_of_block(
    page_tests, advisory_index, client
):
    category = ThreatCategoryFactory(name="Phishing link")
    page_tests.assertCanCreate(advisory_index, AdvisoryPage, advisory_form(category))

    page = AdvisoryPage.objects.get(slug="fake-electricity-bill-sms")
    assert page.live
    assert [block.block_type for block in page.body] == [
        "text", "how_it_works", "red_flags", "what_to_do", "lost_money", "indicators", "quote"
    ]  # fmt: skip
    html = client.get(page.url).content.decode()
    assert "Thousands of people got this message." in html
    assert "Bring your bill to the cyber cell." in html
    assert "hxxps[://]power-bill[.]example[.]com/pay" in html
    assert "I nearly paid." in html


def test_advisory_needs_a_summary_of_at_most_280_characters(page_tests, advisory_index):
    category = ThreatCategoryFactory()
    with pytest.raises(AssertionError, match="summary"):
        page_tests.assertCanCreate(
            advisory_index, AdvisoryPage, advisory_form(category, summary="x" * 281)
        )
    assert not AdvisoryPage.objects.exists()


def test_advisories_live_only_under_the_advisory_list(page_tests):
    page_tests.assertAllowedParentPageTypes(AdvisoryPage, {AdvisoryIndexPage})
    page_tests.assertAllowedSubpageTypes(AdvisoryPage, set())


def test_advisory_is_routable_and_renderable(page_tests, advisory):
    page_tests.assertPageIsRoutable(advisory)
    page_tests.assertPageIsRenderable(advisory)


def test_preview_shows_unsaved_changes_with_their_related_advisories(advisory_index):
    loans = AdvisoryPageFactory(parent=advisory_index, title="Loan apps that blackmail")
    page = AdvisoryPageFactory(parent=advisory_index)
    page.title = "A title not saved yet"
    page.related_advisories = [RelatedAdvisory(advisory=loans)]  # in memory, as in the editor
    page.threat_categories = [ThreatCategoryFactory(name="Loan app blackmail")]
    page.audiences = [AudienceFactory(name="Students")]

    response = page.make_preview_request()  # what Wagtail's preview panel renders
    html = response.content.decode()
    assert response.status_code == 200
    assert "A title not saved yet" in html
    assert "Loan apps that blackmail" in html
    assert "<dt>Kind of fraud</dt><dd>Loan app blackmail</dd>" in html
    assert "<dt>Who is targeted</dt><dd>Students</dd>" in html


def test_lost_money_steps_are_shown_even_when_the_editor_added_none(
    client, advisory, help_settings
):
    html = client.get(advisory.url).content.decode()
    assert "If you lost money" in html
    assert '<a href="tel:1930">1930</a>' in html
    assert "The first hour matters" in html
    assert "within 24 hours" in html
    assert "Call your bank" in html


def test_scam_indicators_are_shown_defanged_and_never_as_links(client, advisory_index):
    indicators = [
        {"kind": "url", "value": "https://kyc-verify.example.net/login", "note": "Fake bank"},
        {"kind": "phone", "value": "+91 70000 12345", "note": ""},
        {"kind": "upi", "value": "refund.desk@okaxis", "note": ""},
        {"kind": "email", "value": "help@bank-kyc.example.org", "note": ""},
    ]
    page = AdvisoryPageFactory(
        parent=advisory_index,
        body=[("indicators", {"heading": "", "indicators": indicators})],
    )
    html = client.get(page.url).content.decode()
    for indicator in indicators:
        assert indicator["value"] not in html
        assert defang(indicator["kind"], indicator["value"]) in html
    assert "kyc-verify" in html
    assert 'href="https://kyc-verify' not in html
    assert 'href="tel:+9170000' not in html
    assert "mailto:" not in html


@pytest.mark.parametrize(
    ("kind", "value", "shown"),
    [
        (IndicatorKind.URL, "https://evil.example.com/a", "hxxps[://]evil[.]example[.]com/a"),
        (IndicatorKind.URL, "HTTP://evil.example.com", "hxxp[://]evil[.]example[.]com"),
        (IndicatorKind.URL, "www.evil.example", "www[.]evil[.]example"),
        (IndicatorKind.UPI, "pay.me@okaxis", "pay[.]me[@]okaxis"),
        (IndicatorKind.EMAIL, "a.b@mail.example", "a[.]b[@]mail[.]example"),
        (IndicatorKind.PHONE, "+91-70000 12345", "\u2060".join("+9170000 12345")),
        (IndicatorKind.OTHER, "http://x.example", "http[://]x[.]example"),
    ],
)
def test_defang_keeps_indicators_readable_but_not_clickable(kind, value, shown):
    assert defang(kind, value) == shown


def test_updated_date_is_shown_only_when_the_advice_changed_after_publication(
    client, advisory_index
):
    page = AdvisoryPageFactory(
        parent=advisory_index, first_published_at=timezone.now() - timedelta(days=5)
    )
    assert "Advice updated" not in client.get(page.url).content.decode()

    page.updated_at = timezone.now() - timedelta(days=1)
    page.save()
    html = client.get(page.url).content.decode()
    assert "First published" in html
    assert "Advice updated" in html
    # The date is the one readers live in (Asia/Kolkata), not UTC's.
    assert timezone.localtime(page.updated_at).date().isoformat() in html


def test_updated_date_cannot_be_in_the_future(advisory):
    advisory.updated_at = timezone.now() + timedelta(days=1)
    with pytest.raises(Exception, match="future"):
        advisory.full_clean()


def test_superseded_advisory_points_to_its_live_replacement(client, advisory_index):
    newer = AdvisoryPageFactory(parent=advisory_index, title="Newer KYC advice")
    older = AdvisoryPageFactory(parent=advisory_index, superseded_by=newer)
    html = client.get(older.url).content.decode()
    assert "replaced by newer advice" in html
    assert f'href="{newer.url}"' in html


def test_a_draft_replacement_is_never_revealed(client, advisory_index):
    draft = AdvisoryPageFactory(parent=advisory_index, title="Secret draft advice", live=False)
    older = AdvisoryPageFactory(parent=advisory_index, superseded_by=draft)
    html = client.get(older.url).content.decode()
    assert "Secret draft advice" not in html
    assert "replaced by newer advice" not in html


def test_related_advisories_are_the_editors_choice_in_order_and_only_readable_ones(
    client, advisory_index
):
    first = AdvisoryPageFactory(parent=advisory_index, title="Loan apps that blackmail")
    second = AdvisoryPageFactory(parent=advisory_index, title="Investment groups")
    draft = AdvisoryPageFactory(parent=advisory_index, title="Unfinished draft", live=False)
    page = AdvisoryPageFactory(parent=advisory_index)
    for order, related in enumerate([second, draft, first]):
        RelatedAdvisory.objects.create(page=page, advisory=related, sort_order=order)

    html = client.get(page.url).content.decode()
    assert "Related advisories" in html
    assert html.index("Investment groups") < html.index("Loan apps that blackmail")
    assert "Unfinished draft" not in html


def test_without_a_choice_related_advisories_are_the_latest_of_the_same_kind(
    client, advisory_index
):
    kyc, loans = ThreatCategoryFactory(), ThreatCategoryFactory()
    same = AdvisoryPageFactory(parent=advisory_index, title="Another KYC trick")
    same.threat_categories = [kyc]
    same.save_revision().publish()
    other = AdvisoryPageFactory(parent=advisory_index, title="A loan app")
    other.threat_categories = [loans]
    other.save_revision().publish()
    page = AdvisoryPageFactory(parent=advisory_index)
    page.threat_categories = [kyc]
    page.save_revision().publish()

    html = client.get(page.url).content.decode()
    assert "Another KYC trick" in html
    assert "A loan app" not in html


@pytest.mark.parametrize("view", ["public page", "preview"])
def test_when_the_editors_choice_is_not_readable_the_same_kind_is_shown(
    client, advisory_index, view
):
    """The public page (one query) and the preview (links in memory) agree."""
    kyc = ThreatCategoryFactory()
    same = AdvisoryPageFactory(parent=advisory_index, title="Another KYC trick")
    same.threat_categories = [kyc]
    same.save_revision().publish()
    draft = AdvisoryPageFactory(parent=advisory_index, title="Unfinished draft", live=False)
    page = AdvisoryPageFactory(parent=advisory_index)
    page.threat_categories = [kyc]
    page.save_revision().publish()
    RelatedAdvisory.objects.create(page=page, advisory=draft, sort_order=0)
    page = AdvisoryPage.objects.get(pk=page.pk)

    if view == "preview":
        html = page.make_preview_request().content.decode()
    else:
        html = client.get(page.url).content.decode()
    assert "Another KYC trick" in html
    assert "Unfinished draft" not in html


def test_lead_image_uses_the_alt_text_written_in_the_image_library(client, advisory_index):
    image = ImageFactory(alt_text="Screenshot of a fake KYC SMS")
    page = AdvisoryPageFactory(
        parent=advisory_index,
        listing_image=image,
        body=[("image", {"image": ImageFactory(alt_text="A fake bank page"), "caption": ""})],
    )
    html = client.get(page.url).content.decode()
    assert 'alt="Screenshot of a fake KYC SMS"' in html
    assert 'alt="A fake bank page"' in html
    assert 'property="og:image:alt" content="Screenshot of a fake KYC SMS"' in html


def test_advisory_has_title_description_and_open_graph_tags(client, advisory, help_settings):
    html = client.get(advisory.url).content.decode()
    assert f"<title>{advisory.title} | {help_settings.unit_name}</title>" in html
    assert f'<meta name="description" content="{advisory.summary}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:title" content="{advisory.title}">' in html
    assert f'<meta property="og:url" content="{advisory.full_url}">' in html
    assert "article:published_time" in html


def test_search_description_overrides_the_summary_in_meta_tags(client, advisory):
    advisory.search_description = "A shorter text for search engines."
    advisory.save_revision().publish()
    html = client.get(advisory.url).content.decode()
    assert '<meta name="description" content="A shorter text for search engines.">' in html


def test_severity_badge_uses_the_public_wording(client, advisory_index):
    page = AdvisoryPageFactory(parent=advisory_index, severity=Severity.CRITICAL)
    html = client.get(page.url).content.decode()
    assert '<span class="badge severity-critical">Alert: act now</span>' in html
