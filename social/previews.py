"""What each channel will post for a page: shown on the page's edit screen."""

from dataclasses import dataclass

from django.urls import reverse

from .cards import alt_text, card_content
from .channels import backend_class
from .checks import card_problems
from .claiming import limits
from .composer import Composed, compose, content_for
from .models import Channel, Delivery
from .routing import Choices, why_not


@dataclass
class ChannelPreview:
    channel: Channel
    reason: str
    composed: Composed | None
    rows: list
    rate: int | None
    quota: int | None

    @property
    def will_post(self):
        return not self.reason


def update_help(page):
    field = page.share_update_field
    if not field:
        return ""
    label = page._meta.get_field(field).verbose_name
    return (
        f"Publishing an edit posts nothing new. Change “{label}” to post a material update "
        "once more."
    )


def preview_context(page):
    if not page.pk:
        return {"unsaved": True}
    choices = Choices.for_page(page)
    content = content_for(page)
    rows_by_channel = {}
    for row in Delivery.objects.filter(page_id=page.pk).order_by("-created_at"):
        rows_by_channel.setdefault(row.channel_id, []).append(row)
    previews = []
    for channel in Channel.objects.all():
        reason = why_not(channel, page, choices)
        takes_image = backend_class(channel.network).takes_image
        composed = compose(content, channel.network, choices.texts.get(channel.pk, ""), takes_image)
        rate, quota = limits(channel)
        previews.append(
            ChannelPreview(
                channel, reason, composed, rows_by_channel.get(channel.pk, []), rate, quota
            )
        )
    return {
        "previews": previews,
        "card_url": reverse("social_card_preview", args=[page.pk]),
        "card_alt": alt_text(card_content(page)),
        "card_problems": [message for _id, message in card_problems()],
        "update_help": update_help(page),
        "language": content.language,
    }
