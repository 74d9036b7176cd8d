"""Share-card images: the public card of a live page, and an editor's preview of a draft's."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from wagtail.models import Page

from .cards import card_for
from .routing import is_public
from .shareable import Shareable


def png(card, max_age):
    response = HttpResponse(card.png, content_type="image/png")
    response["Cache-Control"] = f"{'public' if max_age else 'private'}, max-age={max_age}"
    return response


def share_card(request, page_id):
    """The card of a live, public, shareable page (for feeds and link previews)."""
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not isinstance(page, Shareable) or not is_public(page):
        raise Http404
    return png(card_for(page), 3600)


def card_preview(request, page_id):
    """The card of the page's latest draft, for people who may edit it."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    draft = page.get_latest_revision_as_object()
    if not isinstance(draft, Shareable):
        raise Http404
    return png(card_for(draft), 0)
