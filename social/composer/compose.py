"""Compose: headline, summary, help line, link and hashtags, shortened until it fits.

What gives way, in order: hashtags (last first), the summary (cut at a word), the
help line, the headline (cut at a word). The link is never cut or dropped.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import override

from .counting import spec_for
from .text import clean_text, hashtags, longest_fitting, one_line


@dataclass(frozen=True)
class ShareContent:
    title: str
    summary: str
    url: str
    language: str = "en"
    tags: tuple = ()
    help_line: str = ""
    is_update: bool = False


@dataclass(frozen=True)
class Composed:
    text: str
    count: int
    limit: int | None
    unit: str
    link_text: str
    url: str
    tags: tuple = field(default=())

    @property
    def fits(self):
        return self.limit is None or self.count <= self.limit

    def link_span(self):
        """Start and end (characters) of the shown link in the text."""
        start = self.text.rfind(self.link_text)
        return start, start + len(self.link_text)


def content_for(page, purpose="publish"):
    """The words a page offers for posting, through the Shareable interface."""
    return ShareContent(
        title=one_line(page.get_share_title()),
        summary=clean_text(page.get_share_summary()),
        url=page.get_share_url(),
        language=page.get_share_language(),
        tags=tuple(page.get_share_tags()),
        help_line=one_line(page.get_share_help_line()),
        is_update=purpose.startswith("update:"),
    )


def _assemble(head, summary, help_line, link, tags):
    footer = "\n".join(part for part in (help_line, link) if part)
    return "\n\n".join(part for part in (head, summary, footer, " ".join(tags)) if part)


def _headline(content):
    if not content.is_update:
        return content.title
    with override(content.language):
        return _("Update: %(title)s") % {"title": content.title}


def compose(content, network, override_text="", with_image=False):
    spec = spec_for(network)
    limit = spec.limit_for(with_image)
    link = spec.show_link(content.url)
    tags = hashtags(content.tags)
    if override_text:
        text = _fit_override(clean_text(override_text), content.url, link, spec, limit)
    else:
        text = _fit(_headline(content), content.summary, content.help_line, link, tags, spec, limit)
    shown_tags = tuple(tag for tag in tags if tag in text.split())
    return Composed(text, spec.count(text), limit, spec.unit, link, content.url, shown_tags)


def _fit(head, summary, help_line, link, tags, spec, limit):
    def fits(text):
        return limit is None or spec.count(text) <= limit

    def build(head=head, summary=summary, help_line=help_line, tags=tags):
        return _assemble(head, summary, help_line, link, tags)

    for count in range(len(tags), 0, -1):  # fewer hashtags, keeping the first
        if fits(build(tags=tags[:count])):
            return build(tags=tags[:count])
    for kept in (tags[:1], []):  # then a shorter summary, with one hashtag if it can stay
        cut = longest_fitting(summary, lambda s, kept=kept: fits(build(summary=s, tags=kept)))
        if cut:
            return build(summary=cut, tags=kept)
    if fits(build(summary="", tags=[])):
        return build(summary="", tags=[])
    cut = longest_fitting(head, lambda h: fits(build(head=h, summary="", help_line="", tags=[])))
    return build(head=cut, summary="", help_line="", tags=[])


def _fit_override(text, url, link, spec, limit):
    """An editor's own text: the link is added when missing; too long, it is cut at a word."""
    body = text.replace(url, "").strip() if url in text else text
    whole = text if url in text else f"{text}\n\n{link}"
    whole = whole.replace(url, link) if link != url else whole
    if limit is None or spec.count(whole) <= limit:
        return whole
    cut = longest_fitting(body, lambda b: spec.count(f"{b}\n\n{link}") <= limit)
    return f"{cut}\n\n{link}" if cut else link


def preview(page, channel_network, override_text="", with_image=True, purpose="publish"):
    return compose(content_for(page, purpose), channel_network, override_text, with_image)


__all__ = ["Composed", "ShareContent", "compose", "content_for", "preview"]
