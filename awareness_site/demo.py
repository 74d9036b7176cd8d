"""Site-wide demo content: locales, home pages, help numbers, taxonomy, logins.

Everything is created only when missing, so a second run changes nothing and
editors' changes are never overwritten.
"""

import uuid
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from .demo_content import AUDIENCES, CATEGORIES, DISTRICTS, HOME_TITLES, TERM_TRANSLATIONS
from .logins import ensure_user
from .models import Audience, District, HelpSettings, HomePage, ThreatCategory

TRANSLATED_LANGUAGES = ("hi", "bn", "ur")

# Demo objects get translation keys derived from their demo slug, so a later run
# recognises them even after an editor renamed them or changed their slug.
DEMO_NAMESPACE = uuid.UUID("6f1c1f52-8a59-4f0e-9a43-2d1f4c3f7a10")


def demo_key(kind, slug):
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{slug}")


def load():
    locales = ensure_locales()
    home = ensure_home(locales["en"])
    ensure_home_translations(home, locales)
    ensure_help_settings(home)
    ensure_taxonomy(locales)
    ensure_user("admin", role="Administrator", superuser=True)
    return home


def ensure_locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def ensure_home(locale):
    existing = HomePage.objects.filter(locale=locale).first()
    if existing:
        return existing
    root = Page.get_first_root_node()
    placeholder = root.get_children().filter(slug="home").first()  # Wagtail's "Welcome" page
    if placeholder:
        # Free the slug without save(): a save queues search and reference index
        # tasks for a page that is deleted below, and the worker would fail them.
        Page.objects.filter(pk=placeholder.pk).update(slug="welcome-placeholder")
    title, intro = HOME_TITLES["en"]
    home = root.add_child(instance=HomePage(title=title, intro=intro, slug="home", locale=locale))
    home.save_revision().publish()
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port = address.hostname, address.port or 80
    site.root_page = home
    site.site_name = "Cyber Suraksha"
    site.save()
    if placeholder:
        placeholder.delete()
    return home


def ensure_home_translations(home, locales):
    for code, locale in locales.items():
        if code == "en" or home.has_translation(locale):
            continue
        translation = home.copy_for_translation(locale)
        translation.title, translation.intro = HOME_TITLES[code]
        translation.save_revision().publish()


def ensure_help_settings(home):
    site = Site.objects.get(root_page=home)
    HelpSettings.objects.get_or_create(
        site=site,
        defaults={
            "unit_name": "Cyber Police (demo)",
            "local_whatsapp": "+91 90000 01930",
            "local_phone": "+91 33 2000 1930",
        },
    )


def ensure_taxonomy(locales):
    en = locales["en"]
    for slug, name, description, colour in CATEGORIES:
        ensure_term(ThreatCategory, en, slug, name=name, description=description, colour=colour)
    for slug, name, description in AUDIENCES:
        ensure_term(Audience, en, slug, name=name, description=description)
    for slug, name, state in DISTRICTS:
        ensure_term(District, en, slug, name=name, state=state)
    for model in (ThreatCategory, Audience, District):
        for term in model.objects.filter(locale=en):
            ensure_term_translations(term, locales)


def ensure_term(model, locale, slug, **fields):
    """Create the term unless it, or a term with its slug, already exists."""
    key = demo_key(model._meta.model_name, slug)
    existing = model.objects.filter(locale=locale, translation_key=key).first()
    existing = existing or model.objects.filter(locale=locale, slug=slug).first()
    if existing:
        return existing
    return model.objects.create(locale=locale, slug=slug, translation_key=key, **fields)


def ensure_term_translations(term, locales):
    for code, locale in locales.items():
        if code == "en" or term.has_translation(locale):
            continue
        copy = term.copy_for_translation(locale)
        names = dict(zip(TRANSLATED_LANGUAGES, TERM_TRANSLATIONS.get(term.slug, ()), strict=False))
        copy.name = names.get(code, term.name)
        copy.save()
