"""Where the words go on a share card: wrapped, shrunk to fit, right to left for Urdu."""

from PIL import ImageFont

from .card_fonts import drawable, font, script_of, shaping_available

SIZE = (1200, 675)
MARGIN = 72
FOOTER = 170

RTL_LANGUAGES = {"ur", "ar", "fa"}
TITLE_SIZES = (68, 60, 52, 46, 40)
TITLE_LINES = 4


def engine():
    return ImageFont.Layout.RAQM if shaping_available() else ImageFont.Layout.BASIC


def text_options(text, language):
    if not shaping_available():
        return {}
    direction = "rtl" if script_of(text) == "Arabic" or language in RTL_LANGUAGES else "ltr"
    return {"direction": direction, "language": language}


def wrap(text, face, width, options):
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if not line or face.getlength(trial, **options) <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def fit_title(text, language, width):
    options = text_options(text, language)
    for size in TITLE_SIZES:
        face = font(script_of(text), True, size, engine())
        lines = wrap(text, face, width, options)
        if len(lines) <= TITLE_LINES:
            return face, lines, options
    return face, lines[:TITLE_LINES], options


def line_height(face, text):
    scale = 1.9 if script_of(text) == "Arabic" else 1.3
    return int(face.size * scale)


def draw_line(draw, y, text, face, fill, options, language):
    width = SIZE[0] - 2 * MARGIN
    rtl = options.get("direction") == "rtl"
    x = MARGIN + width - face.getlength(text, **options) if rtl else MARGIN
    draw.text((x, y), text, font=face, fill=fill, anchor="ls", **options)


def draw_card(draw, content):
    width = SIZE[0] - 2 * MARGIN
    title = drawable(content.title)
    if title:
        face, lines, options = fit_title(title, content.language, width)
        y = MARGIN + face.size
        for line in lines:
            draw_line(draw, y, line, face, "#ffffff", options, content.language)
            y += line_height(face, line)
    footer_top = SIZE[1] - FOOTER
    draw.rectangle([0, footer_top, SIZE[0], SIZE[1]], fill="#ffffff")
    draw.rectangle([0, footer_top, SIZE[0], footer_top + 12], fill=content.colour)
    rows = (
        (drawable(content.help_line), True, 40, footer_top + 80),
        (drawable(content.unit_name), False, 30, footer_top + 140),
    )
    for text, bold, size, baseline in rows:
        if text:
            face = font(script_of(text), bold, size, engine())
            options = text_options(text, content.language)
            draw_line(draw, baseline, text, face, "#111827", options, content.language)
