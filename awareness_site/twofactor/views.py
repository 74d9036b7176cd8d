"""The second login step, and turning two-factor login on and off."""

from base64 import b32encode

import qrcode
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgPathImage
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import TokenForm


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_device(user):
    """The user's unconfirmed device, made with a fresh secret when there is none."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(
        user=user, name=_("Authenticator app"), confirmed=False
    )


def qr_code_svg(text):
    image = qrcode.make(text, image_factory=SvgPathImage, box_size=8)
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308 - made here, no user text


class VerifyView(FormView):
    """After the password: the code from the app, before any admin page opens."""

    form_class = TokenForm
    template_name = "twofactor/verify.html"

    def dispatch(self, request, *args, **kwargs):
        self.device = confirmed_device(request.user)
        if self.device is None or request.user.is_verified():
            return redirect(self.next_url())
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user, "device": self.device}

    def form_valid(self, form):
        otp_login(self.request, self.device)
        return redirect(self.next_url())

    def next_url(self):
        target = self.request.POST.get("next") or self.request.GET.get("next", "")
        safe = url_has_allowed_host_and_scheme(
            target, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        )
        return target if safe and target.startswith("/") else reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.next_url(), **kwargs)


class ManageView(WagtailAdminTemplateMixin, FormView):
    """Set up an authenticator app, or turn two-factor login off with a current code."""

    form_class = TokenForm
    template_name = "twofactor/manage.html"
    page_title = _("Two-factor login")
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        self.device = confirmed_device(request.user)
        self.enabled = self.device is not None
        if not self.enabled:
            self.device = pending_device(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user, "device": self.device}

    def form_valid(self, form):
        if self.enabled:
            TOTPDevice.objects.devices_for_user(self.request.user, confirmed=None).delete()
            messages.success(self.request, _("Two-factor login is off."))
        else:
            self.device.confirmed = True
            self.device.save(update_fields=["confirmed"])
            otp_login(self.request, self.device)
            messages.success(self.request, _("Two-factor login is on."))
        return redirect("twofactor_manage")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(enabled=self.enabled, **kwargs)
        if not self.enabled:
            context.update(
                qr_code=qr_code_svg(self.device.config_url),
                secret=b32encode(self.device.bin_key).decode(),
            )
        return context
