"""Share cards: a 1200x675 PNG with the title, severity colour, unit name and help line.

Hindi, Bengali and Urdu are shaped by raqm (Debian's libraqm0 and libfribidi0);
Urdu is set right to left. Without raqm Pillow would silently draw broken
letters, so such text is left off the card, with a loud warning, instead.
"""

import hashlib
import io
import json
from dataclasses import asdict, dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw

from .card_fonts import drawable
from .card_layout import SIZE, draw_card

CARD_VERSION = 1


@dataclass(frozen=True)
class CardContent:
    title: str
    language: str
    colour: str
    unit_name: str
    help_line: str

    @property
    def key(self):
        data = json.dumps([CARD_VERSION, asdict(self)], ensure_ascii=False).encode()
        return hashlib.sha256(data).hexdigest()[:32]


@dataclass(frozen=True)
class Card:
    png: bytes
    alt_text: str
    path: str = ""


def card_content(page):
    return CardContent(
        title=page.get_share_title(),
        language=page.get_share_language(),
        colour=page.get_share_severity_colour(),
        unit_name=page.get_share_unit_name(),
        help_line=page.get_share_help_line(),
    )


def alt_text(content):
    parts = [drawable(content.title), drawable(content.unit_name), drawable(content.help_line)]
    title, unit, help_line = parts
    return " — ".join(p for p in (title, unit) if p) + (f". {help_line}" if help_line else "")


def card_for(page):
    """The page's card, rendered once per content and kept in the media storage."""
    content = card_content(page)
    path = f"social/cards/{content.key}.png"
    if default_storage.exists(path):
        with default_storage.open(path, "rb") as stored:
            return Card(stored.read(), alt_text(content), path)
    png = render_card(content)
    default_storage.save(path, ContentFile(png))
    return Card(png, alt_text(content), path)


def render_card(content):
    image = Image.new("RGB", SIZE, content.colour)
    draw_card(ImageDraw.Draw(image), content)
    output = io.BytesIO()
    image.save(output, "PNG", optimize=True)
    return output.getvalue()
