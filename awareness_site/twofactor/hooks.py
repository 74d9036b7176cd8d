"""Admin URLs and the account-page link for two-factor login (imported in AppConfig.ready)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .views import ManageView, VerifyView


@hooks.register("register_admin_urls")
def register_twofactor_urls():
    return [
        path("two-factor/", ManageView.as_view(), name="twofactor_manage"),
        path("two-factor/verify/", VerifyView.as_view(), name="twofactor_verify"),
    ]


@hooks.register("register_account_menu_item")
def twofactor_account_item(request):
    return {
        "url": reverse("twofactor_manage"),
        "label": _("Two-factor login"),
        "help_text": _("Ask for a code from an authenticator app after your password."),
    }
