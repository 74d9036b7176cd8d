"""Share cards: a 1200x675 PNG with the title, severity colour, unit name and help line.

Hindi, Bengali and Urdu are shaped by raqm (Debian's libraqm0 and libfribidi0);
Urdu is set right to left. Without raqm Pillow would silently draw broken
letters, so such text is left off the card, with a loud warning, instead.
"""

import hashlib
import io
import json
import logging
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import regex
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw, ImageFont, features

from .conf import publisher_setting

logger = logging.getLogger(__name__)

SIZE = (1200, 675)
MARGIN = 72
FOOTER = 170
CARD_VERSION = 1
COMPLEX_SCRIPT = regex.compile(r"[\p{Devanagari}\p{Bengali}\p{Arabic}]")
FONTS = {  # script -> (regular, bold) in Debian's fonts-noto-core
    "Devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    "Bengali": ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
    "Arabic": ("NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf"),
    "Latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
}
SHAPING_WARNING = (
    "Share cards cannot shape Hindi, Bengali or Urdu: Pillow has no raqm here. "
    "Install Debian's libraqm0 and libfribidi0 (make system-deps); until then such "
    "text is left off the cards."
)


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


def shaping_available():
    return features.check("raqm")


def missing_fonts():
    folder = Path(publisher_setting("FONT_DIR"))
    return [name for pair in FONTS.values() for name in pair if not (folder / name).exists()]


def script_of(text):
    for script in ("Devanagari", "Bengali", "Arabic"):
        if regex.search(rf"\p{{{script}}}", text):
            return script
    return "Latin"


@cache
def font(script, bold, size, engine):
    name = FONTS[script][1 if bold else 0]
    path = Path(publisher_setting("FONT_DIR")) / name
    if not path.exists():
        logger.warning("Share cards: font %s is missing (install fonts-noto-core).", path)
        return ImageFont.load_default(size)
    return ImageFont.truetype(str(path), size, layout_engine=engine)


def drawable(text):
    """Text Pillow can draw correctly here; complex scripts need raqm."""
    if text and COMPLEX_SCRIPT.search(text) and not shaping_available():
        logger.warning(SHAPING_WARNING)
        return ""
    return text


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
    from .card_layout import draw_card

    image = Image.new("RGB", SIZE, content.colour)
    draw_card(ImageDraw.Draw(image), content)
    output = io.BytesIO()
    image.save(output, "PNG", optimize=True)
    return output.getvalue()
