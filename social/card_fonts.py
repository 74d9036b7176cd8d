"""Fonts and shaping for share cards: Debian's Noto fonts, and raqm for complex scripts.

Pillow shapes Hindi, Bengali and Urdu only through raqm (Debian's libraqm0 and
libfribidi0); without it Pillow silently draws broken letters, so such text is
left off a card, with a loud warning, instead.
"""

import logging
from functools import cache
from pathlib import Path

import regex
from PIL import ImageFont, features

from .conf import publisher_setting

logger = logging.getLogger("social.cards")

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
