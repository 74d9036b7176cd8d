"""Load the demo advisories and guidelines; only what is missing is created."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale, Page

from awareness_site.models import Audience, District, HomePage, ThreatCategory

from .demo_content import ADVISORIES, GUIDELINES, INDEX_TITLES, TRANSLATED_ADVISORY
from .models import AdvisoryIndexPage, AdvisoryPage, GuidelineIndexPage, GuidelinePage


def load():
    en = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=en)
    advisory_index = ensure_index(home, AdvisoryIndexPage, "advisories")
    guideline_index = ensure_index(home, GuidelineIndexPage, "guidelines")
    for data in ADVISORIES:
        ensure_advisory(advisory_index, data, en)
    for data in GUIDELINES:
        ensure_guideline(guideline_index, data, en)
    for index in (advisory_index, guideline_index):
        ensure_translations(index, INDEX_TITLES[index.slug])
    ensure_advisory_translations(advisory_index)


def ensure_index(home, model, slug):
    existing = model.objects.child_of(home).first()
    if existing:
        return existing
    page = model(
        title=INDEX_TITLES[slug]["en"],
        slug=slug,
        show_in_menus=True,
        intro=(
            "Frauds reported to us, newest first."
            if slug == "advisories"
            else "Simple habits that keep you safe online. Print them for your notice board."
        ),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _terms(model, slugs, locale):
    return list(model.objects.filter(slug__in=slugs, locale=locale))


def ensure_advisory(index, data, locale):
    if Page.objects.filter(slug=data["slug"], locale=locale).exists():
        return
    page = AdvisoryPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        severity=data["severity"],
        contact_methods=data["contact_methods"],
        impersonates=data["impersonates"],
        district=District.objects.filter(slug=data["district"], locale=locale).first(),
        body=[{"type": kind, "value": value} for kind, value in data["body"]],
    )
    page.threat_categories = _terms(ThreatCategory, data["categories"], locale)
    page.audiences = _terms(Audience, data["audiences"], locale)
    index.add_child(instance=page)
    page.save_revision().publish()
    _backdate(page, data["days_ago"])


def ensure_guideline(index, data, locale):
    if Page.objects.filter(slug=data["slug"], locale=locale).exists():
        return
    page = GuidelinePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        body=[{"type": kind, "value": value} for kind, value in data["body"]],
    )
    page.threat_categories = _terms(ThreatCategory, data["categories"], locale)
    page.audiences = _terms(Audience, data["audiences"], locale)
    index.add_child(instance=page)
    page.save_revision().publish()


def _backdate(page, days_ago):
    when = timezone.now() - timedelta(days=days_ago)
    Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)


def ensure_translations(page, titles):
    for locale in Locale.objects.exclude(pk=page.locale_id):
        if page.has_translation(locale):
            continue
        translation = page.copy_for_translation(locale)
        translation.title = titles.get(locale.language_code, page.title)
        translation.save_revision().publish()


def ensure_advisory_translations(index):
    original = AdvisoryPage.objects.child_of(index).filter(slug=TRANSLATED_ADVISORY["slug"]).first()
    if original is None:
        return
    for locale in Locale.objects.exclude(pk=original.locale_id):
        if original.has_translation(locale) or locale.language_code not in TRANSLATED_ADVISORY:
            continue
        translation = original.copy_for_translation(locale)
        translation.title, translation.summary = TRANSLATED_ADVISORY[locale.language_code]
        translation.threat_categories = [
            c.get_translation_or_none(locale) or c for c in original.threat_categories.all()
        ]
        translation.audiences = [
            a.get_translation_or_none(locale) or a for a in original.audiences.all()
        ]
        translation.save_revision().publish()
        _backdate(translation, 3)
