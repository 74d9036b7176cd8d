"""The admin, as an editor (not a superuser) sees it: every page type, snippet and setting."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import Site

from advisories.models import AdvisoryPage, GuidelinePage
from awareness_site.models import Audience, CustomImage, District, HelpSettings, ThreatCategory
from tests.factories import (
    AdvisoryPageFactory,
    AudienceFactory,
    DistrictFactory,
    GuidelinePageFactory,
    ThreatCategoryFactory,
)

pytestmark = pytest.mark.django_db


def ok(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def add_url(model, parent):
    meta = model._meta
    return reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_editor_is_not_a_superuser(editor):
    assert not editor.is_superuser


def test_editor_opens_the_add_and_edit_forms_of_every_page_type(
    editor_client, home, advisory_index, guideline_index
):
    advisory = AdvisoryPageFactory(parent=advisory_index)
    guideline = GuidelinePageFactory(parent=guideline_index)
    for model, parent in ((AdvisoryPage, advisory_index), (GuidelinePage, guideline_index)):
        ok(editor_client, add_url(model, parent))
    for page in (home, advisory_index, guideline_index, advisory, guideline):
        ok(editor_client, edit_url(page))


def test_editor_opens_the_add_form_of_the_list_pages(editor_client, home):
    from advisories.models import AdvisoryIndexPage, GuidelineIndexPage

    for model in (AdvisoryIndexPage, GuidelineIndexPage):
        ok(editor_client, add_url(model, home))


def test_advisory_form_has_the_fields_of_the_record(editor_client, advisory_index):
    ThreatCategoryFactory()
    AudienceFactory()
    html = ok(editor_client, add_url(AdvisoryPage, advisory_index))
    for field in (
        "summary",
        "severity",
        "contact_methods",
        "impersonates",
        "district",
        "threat_categories",
        "audiences",
        "updated_at",
        "superseded_by",
        "related_advisories-TOTAL_FORMS",
    ):
        assert f'name="{field}' in html, field


def test_editor_sees_flat_lists_of_advisories_and_guidelines(
    editor_client, advisory_index, guideline_index
):
    AdvisoryPageFactory(parent=advisory_index, title="KYC advisory", severity=4)
    AdvisoryPageFactory(parent=advisory_index, title="Loan advisory", severity=1)
    GuidelinePageFactory(parent=guideline_index, title="Browser guideline")
    html = ok(editor_client, reverse("advisory_pages:index"))
    assert "KYC advisory" in html and "Alert: act now" in html
    filtered = ok(editor_client, reverse("advisory_pages:index") + "?severity=1")
    assert "Loan advisory" in filtered and "KYC advisory" not in filtered
    assert "Browser guideline" in ok(editor_client, reverse("guideline_pages:index"))


TAXONOMY = [
    (ThreatCategory, ThreatCategoryFactory),
    (Audience, AudienceFactory),
    (District, DistrictFactory),
]


@pytest.mark.parametrize(("model", "factory"), TAXONOMY)
def test_editor_lists_searches_adds_and_edits_taxonomy(editor_client, home, model, factory):
    term = factory(name="Senior citizens", slug="senior-citizens")
    factory(name="School students", slug="school-students")
    name = model._meta.model_name
    listing = ok(editor_client, reverse(f"wagtailsnippets_awareness_site_{name}:list"))
    assert "Senior citizens" in listing and "School students" in listing
    found = ok(editor_client, reverse(f"wagtailsnippets_awareness_site_{name}:list") + "?q=senior")
    assert "Senior citizens" in found and "School students" not in found
    ok(editor_client, reverse(f"wagtailsnippets_awareness_site_{name}:add"))
    ok(editor_client, reverse(f"wagtailsnippets_awareness_site_{name}:edit", args=[term.pk]))


def test_a_category_colour_that_white_text_cannot_sit_on_is_refused(editor_client, home):
    url = reverse("wagtailsnippets_awareness_site_threatcategory:add")
    data = {"name": "Phishing", "slug": "phishing", "description": "", "colour": "#ffd700"}
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "choose a darker colour" in response.content.decode()
    assert not ThreatCategory.objects.exists()
    editor_client.post(url, {**data, "colour": "#1d4ed8"})
    assert ThreatCategory.objects.filter(slug="phishing").exists()


def test_editor_changes_the_help_numbers(editor_client, help_settings, client):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["awareness_site", "helpsettings", site.pk])
    ok(editor_client, url)
    data = {
        "unit_name": "Cyber Cell Jammu",
        "national_helpline": "1930",
        "reporting_portal_url": "https://cybercrime.gov.in",
        "emergency_number": "112",
        "local_whatsapp": "+91 94191 00000",
        "local_phone": "",
    }
    editor_client.post(url, data)
    assert HelpSettings.for_site(site).local_whatsapp == "+91 94191 00000"
    assert '<bdi dir="ltr">+91 94191 00000</bdi>' in client.get("/").content.decode()


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#1d4ed8").save(buffer, "PNG")
    return SimpleUploadedFile("sms.png", buffer.getvalue(), content_type="image/png")


def test_an_image_is_refused_without_alternative_text(editor_client, home):
    url = reverse("wagtailimages:add")
    html = ok(editor_client, url)
    assert 'name="alt_text"' in html
    assert 'id="id_description"' not in html  # one text alternative, not two

    response = editor_client.post(url, {"title": "Fake SMS", "file": png(), "alt_text": ""})
    assert response.status_code == 200
    assert not CustomImage.objects.exists()

    editor_client.post(url, {"title": "Fake SMS", "file": png(), "alt_text": "A fake KYC SMS"})
    assert CustomImage.objects.get().alt_text == "A fake KYC SMS"


def test_each_home_has_one_advisory_list_and_one_guideline_list(
    home, advisory_index, guideline_index
):
    from advisories.models import AdvisoryIndexPage, GuidelineIndexPage

    assert not AdvisoryIndexPage.can_create_at(home)
    assert not GuidelineIndexPage.can_create_at(home)
