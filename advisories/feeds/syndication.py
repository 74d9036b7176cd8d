"""RSS 2.0 and Atom with feedgen 1.0, working around its three traps.

1. Atom entry links lose ``rel``, ``type`` and ``length`` (feedgen reuses the
   name of the link dict for the XML element), so an enclosure would become a
   second plain link. ``ShareEntryExtension`` writes the links again, whole.
2. The RSS ``<channel><link>`` is taken from the *last* ``link()`` call, even a
   ``rel="self"`` one: the self link is set first, the web page last.
3. lxml raises on control characters such as ``\\x0b``: every string has been
   through ``text.xml_safe`` before it gets here (see ``items.py``).

Summaries are plain text. Atom says so (``type="text"``); an RSS description is
HTML to every reader, so there the text is HTML-escaped: "<script>" typed by an
editor shows as those characters, never as markup.
"""

import html
from dataclasses import dataclass
from datetime import datetime

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from .text import local_time, rfc3339

ATOM_NS = "http://www.w3.org/2005/Atom"
MEDIA_NS = "http://search.yahoo.com/mrss/"
LINK_ATTRIBUTES = ("href", "rel", "type", "hreflang", "title", "length")
CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
}


@dataclass(frozen=True)
class FeedMeta:
    id: str
    title: str
    description: str
    html_url: str
    self_url: str
    language: str
    updated: datetime
    author: str


class ShareExtension(BaseExtension):
    def extend_ns(self):
        return {"media": MEDIA_NS}


class ShareEntryExtension(BaseEntryExtension):
    """Whole Atom links, the share image as media:content, atom:updated in RSS items."""

    def __init__(self):
        self.links = []
        self.item = None

    def extend_atom(self, entry):
        for broken in entry.findall("link"):
            entry.remove(broken)
        for link in self.links:
            attributes = {key: str(link[key]) for key in LINK_ATTRIBUTES if link.get(key)}
            etree.SubElement(entry, "link", attributes)
        self._media(entry)
        return entry

    def extend_rss(self, item):
        description = item.find("description")
        description.text = html.escape(description.text, quote=False)
        etree.SubElement(item, f"{{{ATOM_NS}}}updated").text = rfc3339(self.item.updated)
        self._media(item)
        return item

    def _media(self, parent):
        image = self.item.image
        if image is None:
            return
        content = etree.SubElement(
            parent,
            f"{{{MEDIA_NS}}}content",
            url=image.url,
            type=image.mime_type,
            medium="image",
            width=str(image.width),
            height=str(image.height),
        )
        if image.length:
            content.set("fileSize", str(image.length))
        description = etree.SubElement(content, f"{{{MEDIA_NS}}}description", type="plain")
        description.text = image.alt


def render(fmt, meta, items):
    """The feed as UTF-8 bytes; fmt is "rss" or "atom"."""
    generator = _generator(meta, self_type=CONTENT_TYPES[fmt].split(";")[0])
    for item in items:
        _add_entry(generator, item)
    if fmt == "rss":
        return generator.rss_str(pretty=True)
    return generator.atom_str(pretty=True)


def _generator(meta, self_type):
    generator = FeedGenerator()
    generator.register_extension("share", ShareExtension, ShareEntryExtension)
    generator.load_extension("dc", atom=False, rss=True)
    generator.id(meta.id)
    generator.title(meta.title)
    generator.description(meta.description)
    generator.language(meta.language)
    generator.author({"name": meta.author, "uri": meta.html_url})
    # Trap 2: the self link first, the web page last.
    generator.link(href=meta.self_url, rel="self", type=self_type)
    generator.link(href=meta.html_url, rel="alternate", type="text/html")
    generator.updated(local_time(meta.updated))
    return generator


def _add_entry(generator, item):
    entry = generator.add_entry(order="append")
    entry.id(item.guid)
    entry.guid(item.guid, permalink=False)
    entry.title(item.title)
    entry.summary(item.summary or item.title)
    entry.link(href=item.url, rel="alternate", type=item.link_type, hreflang=item.language)
    if item.image is not None:
        entry.enclosure(item.image.url, item.image.length, item.image.mime_type)
    entry.published(local_time(item.published))
    entry.updated(local_time(item.updated))
    entry.author({"name": item.author})
    entry.dc.dc_creator(item.author)
    for category in item.categories:
        entry.category(
            {"term": category.term, "label": category.label, "scheme": category.scheme or None}
        )
    entry.share.links = entry.link()
    entry.share.item = item
