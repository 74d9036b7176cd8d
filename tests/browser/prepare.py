"""Build the browser tests' site: schema, demo content, the site's address, and an
Urdu guideline and campaign when the demo content has none (every kind of page is
audited in Urdu too).

Run with the browser settings (``python -m tests.browser.prepare``; the ``site``
fixture does). The demo logins, with passwords made fresh for this site, land in
``BROWSER_SITE_DIR/var/demo-logins.json``.
"""

import os
from urllib.parse import urlsplit

import django


def main():
    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content", verbosity=0)
    set_site_address(urlsplit(os.environ["BROWSER_SITE_URL"]))
    ensure_urdu_samples()


def set_site_address(url):
    """Full URLs in feeds, calendars and posts point at the server under test."""
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname=url.hostname, port=url.port)


URDU_SAMPLES = {
    "advisories.GuidelinePage": (
        "براؤزر کو محفوظ طریقے سے استعمال کریں",
        "چند آسان عادتیں جو آپ کو جعلی ویب سائٹوں سے بچاتی ہیں۔",
    ),
    "campaigns.CampaignPage": (
        "سائبر آگاہی مہم",
        "پولیس لوگوں سے مل کر انہیں آن لائن فراڈ سے بچنے کے طریقے بتاتی ہے۔",
    ),
}


def ensure_urdu_samples():
    """Translate one live page of each kind into Urdu, unless one exists already."""
    from django.apps import apps
    from wagtail.models import Locale

    urdu = Locale.objects.get(language_code="ur")
    for label, (title, summary) in URDU_SAMPLES.items():
        pages = apps.get_model(label).objects.live()
        if pages.filter(locale=urdu).exists():
            continue
        original = pages.exclude(locale=urdu).order_by("path").first()
        translation = original.copy_for_translation(urdu)
        translation.title, translation.summary = title, summary
        translation.save_revision().publish()


if __name__ == "__main__":
    main()
