"""WCAG 2.2 contrast between two sRGB colours written as #rrggbb or #rgb."""

import re

HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
AA_NORMAL_TEXT = 4.5


def _channels(colour):
    if not HEX_COLOUR.match(colour or ""):
        raise ValueError(f"Not a hex colour: {colour!r}")
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]


def relative_luminance(colour):
    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(foreground, background):
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
