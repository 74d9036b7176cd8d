"""Each network's text from a shareable page, within that network's limits."""

from .compose import Composed, ShareContent, compose, content_for
from .counting import spec_for

__all__ = ["Composed", "ShareContent", "compose", "content_for", "spec_for"]
