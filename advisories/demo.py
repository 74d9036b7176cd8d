"""Load the demo advisories and guidelines; only what is missing is created.

Every demo page carries a translation key derived from its demo slug, so a page
an editor renamed or re-slugged is still recognised and left alone.
"""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale, Page

from awareness_site.demo import demo_key
from awareness_site.models import Audience, District, HomePage, ThreatCategory

from .demo_content import (
    ADVISORIES,
    GUIDELINES,
    INDEX_PAGES,
    TRANSLATED_ADVISORY,
    TRANSLATED_GUIDELINE,
)
from .models import (
    AdvisoryIndexPage,
    AdvisoryPage,
    GuidelineIndexPage,
    GuidelinePage,
    RelatedAdvisory,
)


def load():
    en = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=en)
    advisory_index = ensure_index(home, AdvisoryIndexPage, "advisories")
    guideline_index = ensure_index(home, GuidelineIndexPage, "guidelines")
    created = [page for data in ADVISORIES if (page := ensure_advisory(advisory_index, data))]
    link_advisories(created)
    for data in GUIDELINES:
        ensure_guideline(guideline_index, data)
    for index, key in ((advisory_index, "advisories"), (guideline_index, "guidelines")):
        ensure_translations(index, INDEX_PAGES[key])
    ensure_page_translations(AdvisoryPage, TRANSLATED_ADVISORY, backdate_days=3)
    ensure_page_translations(GuidelinePage, TRANSLATED_GUIDELINE)


def ensure_index(home, model, key):
    existing = model.objects.child_of(home).first()
    if existing:
        return existing
    title, intro = INDEX_PAGES[key]["en"]
    page = model(
        title=title,
        slug=key,
        show_in_menus=True,
        intro=intro,
        translation_key=demo_key("page", key),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _missing(index, data):
    """True when neither this demo page nor a sibling with its slug exists."""
    key = demo_key("page", data["slug"])
    if Page.objects.filter(translation_key=key, locale=index.locale).exists():
        return False
    return not index.get_children().filter(slug=data["slug"]).exists()


def _terms(model, slugs, locale):
    return list(model.objects.filter(slug__in=slugs, locale=locale))


def _body(data):
    return [{"type": kind, "value": value} for kind, value in data["body"]]


def _days_ago(days):
    return timezone.now() - timedelta(days=days)


def ensure_advisory(index, data):
    """Create and publish the advisory if it is missing; return it, or None."""
    if not _missing(index, data):
        return None
    locale = index.locale
    page = AdvisoryPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        severity=data["severity"],
        contact_methods=data["contact_methods"],
        impersonates=data["impersonates"],
        district=District.objects.filter(slug=data["district"], locale=locale).first(),
        body=_body(data),
        translation_key=demo_key("page", data["slug"]),
    )
    if "updated_days_ago" in data:
        page.updated_at = _days_ago(data["updated_days_ago"])
    page.threat_categories = _terms(ThreatCategory, data["categories"], locale)
    page.audiences = _terms(Audience, data["audiences"], locale)
    index.add_child(instance=page)
    page.save_revision().publish()
    _backdate(page, data["days_ago"])
    return page


def link_advisories(created):
    """Give advisories created in this run their 'superseded by' and related links."""
    by_slug = {data["slug"]: data for data in ADVISORIES}
    for page in created:
        data = by_slug[page.slug]
        if not (data.get("superseded_by") or data.get("related")):
            continue
        wanted = [data.get("superseded_by"), *data.get("related", [])]
        siblings = {
            p.slug: p for p in AdvisoryPage.objects.sibling_of(page).filter(slug__in=wanted)
        }
        page.superseded_by = siblings.get(data.get("superseded_by"))
        for slug in data.get("related", []):
            if slug in siblings:
                page.related_advisories.add(RelatedAdvisory(advisory=siblings[slug]))
        page.save_revision().publish()
        _backdate(page, data["days_ago"])


def ensure_guideline(index, data):
    if not _missing(index, data):
        return
    locale = index.locale
    page = GuidelinePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        body=_body(data),
        translation_key=demo_key("page", data["slug"]),
    )
    page.threat_categories = _terms(ThreatCategory, data["categories"], locale)
    page.audiences = _terms(Audience, data["audiences"], locale)
    index.add_child(instance=page)
    page.save_revision().publish()


def _backdate(page, days_ago):
    when = _days_ago(days_ago)
    Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)


def ensure_translations(page, words):
    """Translate a list page into every locale, with its title and introduction."""
    for locale in Locale.objects.exclude(pk=page.locale_id):
        if page.has_translation(locale):
            continue
        translation = page.copy_for_translation(locale)
        translation.title, translation.intro = words.get(
            locale.language_code, (page.title, page.intro)
        )
        translation.save_revision().publish()


def ensure_page_translations(model, translated, backdate_days=None):
    """Translate one demo page, with its taxonomy, into every language that has words for it."""
    key = demo_key("page", translated["slug"])
    original = model.objects.filter(translation_key=key, locale__language_code="en").first()
    if original is None:
        return
    for locale in Locale.objects.exclude(pk=original.locale_id):
        words = translated.get(locale.language_code)
        if words is None or original.has_translation(locale):
            continue
        translation = original.copy_for_translation(locale)
        translation.title, translation.summary = words["title"], words["summary"]
        if "body" in words:
            translation.body = [{"type": kind, "value": value} for kind, value in words["body"]]
        translation.threat_categories = _translated(original.threat_categories.all(), locale)
        translation.audiences = _translated(original.audiences.all(), locale)
        translation.save_revision().publish()
        if backdate_days is not None:
            _backdate(translation, backdate_days)


def _translated(terms, locale):
    return [term.get_translation_or_none(locale) or term for term in terms]
