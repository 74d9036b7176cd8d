"""The readable-text option: larger type and higher contrast, without JavaScript.

A plain form in the header posts here; the answer is a redirect back to the page
the reader was on. The choice is remembered in one strictly functional cookie,
``readable_text=1``: first-party, the same value for everyone who picks it, no
identifier, never sent anywhere else, so it tracks no one and needs no consent
banner. Turning the option off deletes the cookie.

Pages render differently with the cookie (a class on ``<html>``), so any cache
of whole pages must key on ``readable_text_variant(request)``; see the README.
"""

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

COOKIE_NAME = "readable_text"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60


def readable_text_variant(request):
    """``"readable"`` when the reader chose readable text, else ``""``: a cache-key part."""
    return "readable" if request.COOKIES.get(COOKIE_NAME) == "1" else ""


def readable_text_context(request):
    """Template context: ``readable_text`` is true when the option is on."""
    return {"readable_text": bool(readable_text_variant(request))}


def _safe_next(request):
    target = request.POST.get("next", "")
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed and target.startswith("/") else "/"


# Exempt from CSRF: the only effect is the display preference of the browser that
# posts, and a token would stop the pages that carry this form from being cached.
@csrf_exempt
@require_POST
def readable_text(request):
    """Switch readable text on (``readable=on``) or off, then go back to ``next``."""
    response = HttpResponseRedirect(_safe_next(request))
    response.status_code = 303
    if request.POST.get("readable") == "on":
        response.set_cookie(
            COOKIE_NAME,
            "1",
            max_age=COOKIE_MAX_AGE,
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    else:
        response.delete_cookie(COOKIE_NAME, samesite="Lax")
    response["Cache-Control"] = "no-store"
    # Pages the browser kept (they may be cached for a minute) were made for the old
    # choice: drop them, so every page comes back in the chosen text at once.
    response["Clear-Site-Data"] = '"cache"'
    return response
