"""Counting as each network counts, so a post is never refused for its length."""

from dataclasses import dataclass

from twitter_text import extract_urls_with_indices, parse_tweet

from .text import graphemes

LINK_WEIGHT = 23


def count_x(text):
    """X: weighted length; every link counts 23, some scripts count double."""
    return parse_tweet(text).weightedLength


def count_mastodon(text):
    """Mastodon: grapheme clusters, with every http(s) link counted as 23."""
    total, position = 0, 0
    for url in extract_urls_with_indices(text):
        if not url["url"].lower().startswith(("http://", "https://")):
            continue
        start, end = url["indices"]
        total += len(graphemes(text[position:start])) + LINK_WEIGHT
        position = end
    return total + len(graphemes(text[position:]))


def count_graphemes(text):
    """Bluesky: grapheme clusters of the text as shown (links are facets over it)."""
    return len(graphemes(text))


def count_utf16(text):
    """Telegram: UTF-16 code units, the unit its limits and entities use."""
    return len(text.encode("utf-16-le")) // 2


def full_link(url):
    return url


def short_link(url, most=40):
    """Bluesky shows a short link and keeps the full address in a facet."""
    shown = url.split("://", 1)[-1]
    clusters = graphemes(shown)
    return shown if len(clusters) <= most else "".join(clusters[: most - 1]) + "…"


@dataclass(frozen=True)
class TextSpec:
    limit: int | None
    count: object
    show_link: object = full_link
    caption_limit: int | None = None
    unit: str = "characters"

    def limit_for(self, with_image):
        return self.caption_limit if with_image and self.caption_limit else self.limit


SPECS = {
    "x": TextSpec(280, count_x, unit="weighted characters"),
    "mastodon": TextSpec(500, count_mastodon),
    "bluesky": TextSpec(300, count_graphemes, show_link=short_link, unit="graphemes"),
    "telegram": TextSpec(4096, count_utf16, caption_limit=1024, unit="UTF-16 units"),
    "webhook": TextSpec(None, count_graphemes, unit="graphemes"),
    "console": TextSpec(None, count_graphemes, unit="graphemes"),
}


def spec_for(network):
    return SPECS.get(network, SPECS["console"])
