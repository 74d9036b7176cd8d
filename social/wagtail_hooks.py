"""The publisher in the Wagtail admin: channels, the outbox, the dashboard panel, audit labels."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_social_log_actions(actions):
    actions.register_action("social.retry", _("Retry social post"), _("Social post queued again"))
    actions.register_action("social.cancel", _("Cancel social post"), _("Social post cancelled"))
    actions.register_action(
        "social.channel_flagged",
        _("Disable social channel"),
        _("Channel disabled: the network refused its credentials"),
    )
