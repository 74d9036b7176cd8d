"""The publisher in the Wagtail admin: channels, the outbox, the dashboard panel, audit labels."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import views
from .components import PublisherPanel
from .viewsets import SocialViewSetGroup


@hooks.register("register_admin_viewset")
def register_social_viewsets():
    return SocialViewSetGroup()


@hooks.register("register_admin_urls")
def register_card_preview_url():
    return [path("social/card/<int:page_id>/", views.card_preview, name="social_card_preview")]


@hooks.register("construct_homepage_panels")
def add_publisher_panel(request, panels):
    user = request.user
    if user.has_perm("social.view_delivery") or user.has_perm("social.change_channel"):
        panels.append(PublisherPanel(user))


@hooks.register("insert_global_admin_css")
def social_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("social/css/social-admin.css"))


@hooks.register("register_log_actions")
def register_social_log_actions(actions):
    actions.register_action("social.retry", _("Retry social post"), _("Social post queued again"))
    actions.register_action("social.cancel", _("Cancel social post"), _("Social post cancelled"))
    actions.register_action(
        "social.channel_flagged",
        _("Disable social channel"),
        _("Channel disabled: the network refused its credentials"),
    )
