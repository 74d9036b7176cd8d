"""The demo loader builds a realistic site, and a second run changes nothing."""

import pytest
from django.core.management import call_command
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale, Page, Revision

from advisories.models import AdvisoryIndexPage, AdvisoryPage, GuidelineIndexPage, GuidelinePage
from awareness_site.models import Audience, District, HelpSettings, HomePage, ThreatCategory

pytestmark = pytest.mark.django_db

ISSUE_CATEGORIES = {
    "kyc-update-scam",
    "olx-marketplace-fraud",
    "fake-loan-app",
    "investment-fraud",
    "sextortion",
    "social-media-harassment",
    "fake-customer-care",
    "phishing-link",
}


@pytest.fixture
def load(settings, tmp_path):
    settings.BASE_DIR = tmp_path  # the demo logins file goes to tmp_path/var

    def run():
        call_command("load_demo_content", verbosity=0)

    return run


def snapshot():
    """Everything a second run could add to or change."""
    models = (Page, Revision, ThreatCategory, Audience, District, HelpSettings, Locale)
    counts = {model.__name__: model.objects.count() for model in models}
    titles = sorted(Page.objects.values_list("title", "slug", "locale_id"))
    return counts, titles


def english(model):
    return model.objects.filter(locale__language_code="en")


def test_demo_builds_advisories_across_every_category_guidelines_and_help_numbers(load, tmp_path):
    load()

    advisories = english(AdvisoryPage).live()
    assert advisories.count() >= 8
    used = set(advisories.values_list("threat_categories__slug", flat=True))
    assert used >= ISSUE_CATEGORIES
    assert english(GuidelinePage).live().count() >= 3
    assert english(Audience).count() >= 10
    help_settings = HelpSettings.objects.get()
    assert help_settings.national_helpline == "1930"
    assert help_settings.local_whatsapp
    assert advisories.filter(superseded_by__isnull=False).exists()
    assert advisories.filter(related_advisories__isnull=False).exists()
    logins = tmp_path / "var" / "demo-logins.json"  # random passwords, outside the tree
    assert oct(logins.stat().st_mode & 0o777) == "0o600"


def test_demo_translates_the_home_and_list_pages_one_advisory_and_one_guideline(load, client):
    load()

    for model in (HomePage, AdvisoryIndexPage, GuidelineIndexPage):
        languages = set(model.objects.live().values_list("locale__language_code", flat=True))
        assert languages == {"en", "hi", "bn", "ur"}, model
    english_locale = Locale.objects.get(language_code="en")
    for model in (AdvisoryPage, GuidelinePage):
        urdu = model.objects.live().get(locale__language_code="ur")
        assert urdu.title != urdu.get_translation(english_locale).title, model
        assert all(c.locale_id == urdu.locale_id for c in urdu.threat_categories.all()), model
        assert all(a.locale_id == urdu.locale_id for a in urdu.audiences.all()), model

    guideline = GuidelinePage.objects.get(locale__language_code="ur")
    html = client.get(guideline.url).content.decode()
    assert '<html lang="ur" dir="rtl"' in html
    assert "سائن ان کرنے سے پہلے پورا پتہ جانچ لیں۔" in html  # its checklist, in Urdu


def test_running_the_loader_twice_changes_nothing(load):
    load()
    before = snapshot()
    load()
    assert snapshot() == before


def test_the_loader_never_overwrites_or_duplicates_edited_content(load):
    load()
    page = english(AdvisoryPage).get(slug="kyc-update-sms-scam")
    page.title = "Edited by an officer"
    page.slug = "kyc-messages"
    page.summary = "A summary the editor rewrote."
    page.save_revision().publish()
    category = english(ThreatCategory).get(slug="fake-loan-app")
    category.name, category.slug = "Loan-app harassment", "loan-app-harassment"
    category.save()
    help_settings = HelpSettings.objects.get()
    help_settings.local_whatsapp = "+91 91234 56789"
    help_settings.save()
    before = snapshot()

    load()

    assert snapshot() == before
    page.refresh_from_db()
    assert (page.title, page.slug) == ("Edited by an officer", "kyc-messages")
    assert not english(AdvisoryPage).filter(slug="kyc-update-sms-scam").exists()
    assert not english(ThreatCategory).filter(slug="fake-loan-app").exists()
    assert HelpSettings.objects.get().local_whatsapp == "+91 91234 56789"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the worker commits
def test_the_worker_finds_nothing_to_fail_after_the_loader(load, database_task_queue):
    """`make run` starts the worker on what the loader queued: every task must succeed
    (the loader replaces Wagtail's welcome page; nothing may be queued for it)."""
    load()
    assert DBTaskResult.objects.exists()

    call_command("run_worker", "--until-idle")

    failed = DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL)
    assert [(r.task_path, r.args_kwargs, r.exception_class_path) for r in failed] == []
