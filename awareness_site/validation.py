"""Link safety: every link a page shows must be https, mailto or tel.

``LinkSafetyMixin`` goes before ``Page`` in a page class's bases; its
``clean()`` (run by the admin form and by every ``page.save()``) refuses the
save with a message that names each unsafe link, on the field that holds it.
It looks at rich text (fields and blocks), URL blocks, embed blocks and URL
fields. Links to pages and documents of this site are always allowed, and so
are site-relative paths ("/…") and anchors ("#…"). Scam indicators are text,
not links, and are shown defanged elsewhere.
"""

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField

SAFE_SCHEMES = {"https", "mailto", "tel"}
IGNORED = re.compile(r"[\x00-\x20\x7f]")  # browsers ignore these inside a scheme
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def is_safe_link(href):
    """True for https://host…, mailto:, tel:, site-relative paths and anchors."""
    compact = IGNORED.sub("", href or "")
    if not compact:
        return False
    match = SCHEME.match(compact)
    if match is None:
        return compact.startswith("#") or (
            compact.startswith("/") and not compact.startswith(("//", "/\\"))
        )
    scheme = match.group(1).lower()
    if scheme == "https":
        return bool(urlsplit(compact).hostname)
    return scheme in SAFE_SCHEMES


def links_in_html(html):
    """The href of every ``<a>`` in rich text; internal page/document links have none."""
    if not html:
        return []
    return [a.get("href", "") for a in BeautifulSoup(html, "html.parser").find_all("a", href=True)]


def links_in_block(block, value):
    """Every link inside a block's value, at any depth."""
    if value is None:
        return []
    if isinstance(block, blocks.RichTextBlock):
        return links_in_html(value.source)
    if isinstance(block, EmbedBlock):  # before URLBlock, its base class
        return [value.url] if value else []
    if isinstance(block, blocks.URLBlock):
        return [value] if value else []
    if isinstance(block, blocks.StructBlock):
        return [
            link
            for name, child in block.child_blocks.items()
            for link in links_in_block(child, value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [link for item in value for link in links_in_block(block.child_block, item)]
    if isinstance(block, blocks.StreamBlock):
        return [link for child in value for link in links_in_block(child.block, child.value)]
    return []


def links_in_field(field, value):
    if isinstance(field, StreamField):
        return links_in_block(field.stream_block, value)
    if isinstance(field, RichTextField):
        return links_in_html(value)
    if isinstance(field, models.URLField):
        return [value] if value else []
    return []


def unsafe_links_message(links):
    names = ", ".join(f"“{link}”" for link in links)
    return _(
        "Unsafe link: %(links)s. Links must start with https://, mailto: or tel: "
        "(or point to a page or document of this site)."
    ) % {"links": names}


def validate_links(instance):
    """Raise a ValidationError naming every unsafe link, per field."""
    errors = {}
    for field in instance._meta.concrete_fields:
        links = links_in_field(field, getattr(instance, field.attname, None))
        unsafe = list(dict.fromkeys(link for link in links if not is_safe_link(link)))
        if unsafe:
            errors[field.name] = ValidationError(unsafe_links_message(unsafe), code="unsafe_link")
    if errors:
        raise ValidationError(errors)


class LinkSafetyMixin:
    """Refuse to save a page whose links are not https, mailto or tel."""

    def clean(self):
        super().clean()
        validate_links(self)
