"""Keep CAP history and feed caches in step with advisories; each handler delegates at once.

The CAP message is recorded in the same transaction as the change; the feed
caches go stale on commit, so no request can rebuild from uncommitted data.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from awareness_site.models import Audience, District, HelpSettings, ThreatCategory

from ..models import AdvisoryPage
from .alerts import sync_cap_alert
from .cache import invalidate_feeds_on_commit


def sync_alert_and_feeds(sender, instance, **kwargs):
    """Published or unpublished: Alert, Update or Cancel as needed; feeds of its language."""
    sync_cap_alert(instance)
    invalidate_feeds_on_commit([instance.locale.language_code])


def cancel_alert_on_delete(sender, instance, **kwargs):
    sync_cap_alert(instance, gone=True)
    invalidate_feeds_on_commit([instance.locale.language_code])


def sync_feeds_on_move(sender, instance, **kwargs):
    """A move changes the address of the page and of every advisory below it."""
    if isinstance(instance.specific_deferred, AdvisoryPage):
        sync_cap_alert(instance.specific)
    invalidate_feeds_on_commit()


def invalidate_feeds_on_term_change(sender, instance, raw=False, **kwargs):
    if not raw:
        invalidate_feeds_on_commit([instance.locale.language_code])


def invalidate_feeds_on_settings_change(sender, instance, raw=False, **kwargs):
    if not raw:
        invalidate_feeds_on_commit()


def sync_alerts_on_privacy_change(sender, instance, raw=False, **kwargs):
    """A section made private (or public again) leaves (or rejoins) feeds and alerts."""
    if raw:
        return
    section = Page.objects.filter(pk=instance.page_id).first()
    if section is not None:
        for advisory in AdvisoryPage.objects.descendant_of(section, inclusive=True):
            sync_cap_alert(advisory)
    invalidate_feeds_on_commit()


def register_signal_handlers():
    page_published.connect(sync_alert_and_feeds, sender=AdvisoryPage)
    page_unpublished.connect(sync_alert_and_feeds, sender=AdvisoryPage)
    post_delete.connect(cancel_alert_on_delete, sender=AdvisoryPage)
    for model in get_page_models():
        post_page_move.connect(sync_feeds_on_move, sender=model)
    for model in (ThreatCategory, Audience, District):
        post_save.connect(invalidate_feeds_on_term_change, sender=model)
        post_delete.connect(invalidate_feeds_on_term_change, sender=model)
    post_save.connect(invalidate_feeds_on_settings_change, sender=HelpSettings)
    post_save.connect(sync_alerts_on_privacy_change, sender=PageViewRestriction)
    post_delete.connect(sync_alerts_on_privacy_change, sender=PageViewRestriction)
