from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import user_has_device


class AdminTwoFactorMiddleware:
    """Send a signed-in admin user who has not passed the second step to it.

    Runs after django-otp's OTPMiddleware, which sets ``user.is_verified()``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step = required_step(request)
        if step and request.path_info != step:
            return redirect(f"{step}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


def required_step(request):
    """The URL the user must visit first, or None when the request may go on."""
    if not request.path_info.startswith(reverse("wagtailadmin_home")):
        return None
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return None
    if request.path_info == reverse("wagtailadmin_logout"):
        return None
    if user_has_device(user):
        return reverse("twofactor_verify")
    if settings.ADMIN_TWO_FACTOR_REQUIRED:
        return reverse("twofactor_manage")
    return None
