"""Small security helpers used by settings (docs/security.md)."""

from django.conf import settings


def client_ip(request):
    """The client's address, for login throttling (AXES_CLIENT_IP_CALLABLE).

    X-Forwarded-For is only believed as far as the proxies we run: with N
    trusted proxies, the client is the N-th address from the right; anything a
    client put further left is ignored, so it cannot dodge the lockout.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR")
