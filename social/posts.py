"""From an outbox row and its live page to the post a backend sends."""

from urllib.parse import urljoin

from django.core.files.storage import default_storage
from wagtail.models import Page

from .cards import card_for
from .channels import OutgoingPost
from .composer import compose, content_for
from .routing import Choices, is_public


def live_page(row):
    """The row's page if it is still live and public; never a draft or private page."""
    if row.page_id is None:
        return None
    page = Page.objects.live().filter(pk=row.page_id).first()
    if page is None or not is_public(page):
        return None
    return page.specific


def row_key(row):
    return f"cyber-awareness-{row.pk}-{int(row.created_at.timestamp())}"


def build_post(row, page, backend):
    content = content_for(page, row.purpose)
    card = card_for(page) if backend.takes_image else None
    override = Choices.for_page(page).texts.get(row.channel_id, "")
    composed = compose(content, row.channel.network, override, with_image=card is not None)
    return OutgoingPost(
        delivery_id=row.pk,
        key=row_key(row),
        text=composed.text,
        url=content.url,
        link_span=composed.link_span(),
        tags=composed.tags,
        language=content.language,
        title=content.title,
        summary=content.summary,
        created_at=row.created_at,
        first_attempt_at=row.first_attempt_at,
        page_id=row.page_id,
        purpose=row.purpose,
        is_retry=row.first_attempt_at != row.last_attempt_at,
        image=card.png if card else None,
        image_alt=card.alt_text if card else "",
        image_url=urljoin(content.url, default_storage.url(card.path)) if card else "",
    )
