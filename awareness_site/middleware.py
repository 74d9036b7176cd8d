"""Security headers on every response (docs/security.md).

Django's SecurityMiddleware sends nosniff, Referrer-Policy and
Cross-Origin-Opener-Policy, XFrameOptionsMiddleware denies framing, and
production adds HSTS. These two add the Content Security Policy (strict on
the public site, looser for Wagtail's admin) and a Permissions-Policy.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.urls import reverse


def admin_prefix():
    return reverse("wagtailadmin_home")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with ADMIN_CONTENT_SECURITY_POLICY for paths under the admin.

    Wagtail renders a preview by sending a dummy request for the page's public
    path through this middleware; it gets the public policy (so editors see
    what readers will), except that the admin may frame it.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if is_admin_path(request):
            config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        elif getattr(request, "is_dummy", False):
            config = {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": [SELF]}
        else:
            return parts
        return PolicyParts(config, parts.update, parts.replace, parts.nonce)


def is_admin_path(request):
    return request.path_info.startswith(admin_prefix())


class PermissionsPolicyMiddleware:
    """Turn off browser features the site never uses (camera, location, payment…)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
