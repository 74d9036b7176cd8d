"""The CAP history of an advisory: Alert, then Update on each change, Cancel at the end.

``sync_cap_alert`` is called whenever an advisory may have changed state (published,
unpublished, moved, deleted, made private). It compares the advisory with its last
message and records the one message the change calls for, or none:

- live and public, no open alert      -> Alert
- live and public, its alert content changed -> Update, referencing the earlier messages
- unpublished, private, superseded or deleted while an alert is open -> Cancel
"""

import hashlib
import json

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from awareness_site.models import HelpSettings

from .cap import advisory_info, render_alert
from .models import CapAlert, MessageType
from .text import one_line


def sync_cap_alert(page, *, gone=False):
    """Record the message the advisory's current state calls for; return it, or None."""
    history = list(CapAlert.objects.for_advisory(page.guid).defer("document"))
    chain = _open_chain(history)
    language = page.locale.language_code
    with translation.override(language):
        if not gone and _is_active(page):
            info = advisory_info(page, HelpSettings.for_site(_site_for(page)))
            digest = _digest(info)
            if chain and chain[0].digest == digest:
                return None
            kind = MessageType.UPDATE if chain else MessageType.ALERT
            return _record(page, language, kind, chain, info=info, digest=digest)
        if chain:
            return _record(page, language, MessageType.CANCEL, chain, note=_cancel_note(page, gone))
    return None


def cap_sender():
    """CAP_SENDER if set, else the default site's host name (no spaces or commas)."""
    configured = getattr(settings, "CAP_SENDER", "")
    if configured:
        return configured
    site = Site.objects.filter(is_default_site=True).first()
    return site.hostname if site else "localhost"


def reference(alert, sender):
    return f"{sender},{alert.identifier},{alert.sent_text}"


def _open_chain(history):
    """The messages since the last Cancel, newest first; empty when no alert is open."""
    chain = []
    for alert in history:
        if alert.msg_type == MessageType.CANCEL:
            break
        chain.append(alert)
    return chain


def _is_active(page):
    from advisories.models import AdvisoryPage

    return (
        AdvisoryPage.objects.readable()
        .filter(pk=page.pk, alias_of__isnull=True, superseded_by__isnull=True)
        .exists()
    )


def _site_for(page):
    return page.get_site() or Site.objects.filter(is_default_site=True).first()


def _digest(info):
    return hashlib.sha256(json.dumps(info, ensure_ascii=False).encode()).hexdigest()


def _cancel_note(page, gone):
    from advisories.models import AdvisoryPage

    newer = None
    if not gone and page.superseded_by_id:
        newer = AdvisoryPage.objects.readable().filter(pk=page.superseded_by_id).first()
    if newer is not None:
        return _("Replaced by newer advice: %(url)s") % {"url": newer.get_full_url()}
    return _("This advisory has been withdrawn.")


def _record(page, language, kind, chain, info=None, digest="", note=""):
    sender = cap_sender()
    alert = CapAlert(
        advisory_guid=page.guid,
        language_code=language,
        msg_type=kind,
        sent=timezone.now(),
        headline=one_line(page.title)[:255],
        references=" ".join(reference(a, sender) for a in reversed(chain)),
        digest=digest,
    )
    alert.document = render_alert(alert, sender, info=info, note=note)
    alert.save()
    return alert
