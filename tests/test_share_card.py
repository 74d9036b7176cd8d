"""Share cards: 1200x675 PNG, severity colour, shaped Indic and Urdu text, honest warnings."""

import io
import logging
import os

import pytest
from django.core.checks import run_checks
from PIL import Image, ImageFont, features
from wagtail.models import PageViewRestriction

from social.cards import CardContent, card_for, render_card
from tests.factories import AdvisoryPageFactory

FONTS = "/usr/share/fonts/truetype/noto/"
BENGALI = "ভুয়া কেওয়াইসি আপডেট থেকে সাবধান"
URDU = "جعلی کے وائی سی اپڈیٹ سے ہوشیار رہیں"


@pytest.fixture
def raqm():
    if not features.check("raqm"):
        message = "Pillow has no raqm here (make system-deps installs libraqm0 and libfribidi0)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def image_of(png):
    return Image.open(io.BytesIO(png)).convert("RGB")


def card(title="Fake KYC update SMS", language="en", colour="#b91c1c"):
    help_line = "Lost money? Call 1930 at once."
    return image_of(render_card(CardContent(title, language, colour, "Cyber Police", help_line)))


def test_a_card_is_1200_by_675_in_the_severity_colour_with_a_white_footer():
    image = card()
    assert image.size == (1200, 675)
    assert image.getpixel((5, 5)) == (0xB9, 0x1C, 0x1C)
    assert image.getpixel((5, 670)) == (255, 255, 255)


@pytest.mark.parametrize(
    ("font", "text", "language"),
    [
        ("NotoSansBengali-Regular.ttf", BENGALI, "bn"),
        ("NotoNastaliqUrdu-Regular.ttf", URDU, "ur"),
        ("NotoSansDevanagari-Regular.ttf", "फर्जी केवाईसी अपडेट", "hi"),
    ],
)
def test_complex_scripts_are_shaped_by_raqm(raqm, font, text, language):
    shaped = ImageFont.truetype(FONTS + font, 48, layout_engine=ImageFont.Layout.RAQM)
    basic = ImageFont.truetype(FONTS + font, 48, layout_engine=ImageFont.Layout.BASIC)
    assert shaped.getlength(text, language=language) != basic.getlength(text)


def test_urdu_is_set_right_to_left(raqm):
    image = card(title="ہوشیار رہیں", language="ur")
    title_band = image.crop((0, 0, 1200, 300))
    white = Image.eval(title_band, lambda v: 255 if v > 240 else 0).convert("L")
    left, _top, right, _bottom = white.getbbox()
    assert right > 1200 - 72 - 10  # the line ends at the right margin
    assert left > 600  # and a short line leaves the left half empty


def test_a_machine_without_raqm_leaves_indic_text_off_the_card_and_says_so(monkeypatch, caplog):
    real_check = features.check
    monkeypatch.setattr(
        features, "check", lambda name: False if name == "raqm" else real_check(name)
    )
    with caplog.at_level(logging.WARNING):
        image = card(title="फर्जी केवाईसी अपडेट", language="hi")
    assert "cannot shape Hindi, Bengali or Urdu" in caplog.text
    assert image.crop((0, 0, 1200, 400)).getcolors() == [(1200 * 400, (0xB9, 0x1C, 0x1C))]
    assert any("raqm" in warning.msg for warning in run_checks(tags=["social"]))


@pytest.mark.django_db
def test_a_pages_card_is_made_once_and_described_for_alt_text(advisory):
    first, second = card_for(advisory), card_for(advisory)
    assert first.png == second.png and first.path == second.path
    assert image_of(first.png).size == (1200, 675)
    assert first.alt_text == "Fake KYC update SMS — Cyber Police. Lost money? Call 1930 at once."


@pytest.mark.django_db
def test_the_public_card_exists_only_for_live_public_pages(client, advisory, advisory_index):
    response = client.get(f"/share-cards/{advisory.pk}.png")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    draft = AdvisoryPageFactory(parent=advisory_index, live=False)
    assert client.get(f"/share-cards/{draft.pk}.png").status_code == 404
    PageViewRestriction.objects.create(page=advisory, restriction_type="login")
    assert client.get(f"/share-cards/{advisory.pk}.png").status_code == 404
    assert client.get("/share-cards/999999.png").status_code == 404
