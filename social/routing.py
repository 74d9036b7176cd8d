"""Which channels a page goes to: the channel's routing rules and the editor's choices."""

from dataclasses import dataclass, field

from .models import Channel, PostingPreference


@dataclass
class Choices:
    """An editor's choices for one page, read from its live posting preferences."""

    off: bool = False
    left_out: set = field(default_factory=set)
    texts: dict = field(default_factory=dict)

    @classmethod
    def for_page(cls, page):
        """From the page's own preferences: the live ones, or a draft's when previewing one."""
        relation = getattr(page, "social_preferences", None)
        preferences = relation.all() if relation is not None else PostingPreference.objects.none()
        choices = cls()
        for preference in preferences:
            if preference.channel_id is None:
                choices.off = choices.off or not preference.post
            elif not preference.post:
                choices.left_out.add(preference.channel_id)
            elif preference.text.strip():
                choices.texts[preference.channel_id] = preference.text
        return choices


def matches(values, wanted):
    return not values or bool(set(values) & set(wanted))


def refusal(channel, routing, language):
    """Why a channel's rules leave this page out, or '' when they let it through."""
    if channel.severities and routing.severity not in channel.severities:
        return "its severity is not one this channel posts"
    if not matches(channel.categories, routing.categories):
        return "its threat categories are not this channel's"
    if not matches(channel.audiences, routing.audiences):
        return "its audiences are not this channel's"
    if not matches(channel.districts, routing.districts):
        return "its district is not this channel's"
    if channel.languages and language not in channel.languages:
        return "its language is not this channel's"
    return ""


def is_public(page):
    return not page.get_view_restrictions().exists()


def why_not(channel, page, choices):
    """Why this channel will not post the page, or '' when it will."""
    if not channel.enabled:
        return "the channel is disabled" + (
            f": {channel.flag_reason}" if channel.flagged_at else ""
        )
    if choices.off:
        return "posting is turned off for this page"
    if channel.pk in choices.left_out:
        return "it is left out for this page"
    if page.pk and not is_public(page):
        return "the page is private"
    return refusal(channel, page.get_share_routing(), page.get_share_language())


def channels_for(page, choices=None):
    """Enabled channels whose rules take the page and the editor did not leave out."""
    choices = choices or Choices.for_page(page)
    if choices.off or not is_public(page):
        return []
    routing, language = page.get_share_routing(), page.get_share_language()
    return [
        channel
        for channel in Channel.objects.enabled()
        if channel.pk not in choices.left_out and not refusal(channel, routing, language)
    ]
