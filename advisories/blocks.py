"""Blocks of the advisory and guideline bodies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from awareness_site.blocks import StepsBlock, common_blocks

from .choices import IndicatorKind
from .defang import defang


class HowItWorksBlock(StepsBlock):
    class Meta:
        icon = "list-ol"
        template = "blocks/how_it_works_block.html"
        label = _("How the scam works")
        preview_value = {
            "heading": "",
            "steps": [
                "You get an SMS saying your bank KYC has expired.",
                "The link opens a page that looks like your bank.",
                "You type your card details and the OTP; the money is gone.",
            ],
        }


class RedFlagsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    flags = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "warning"
        template = "blocks/red_flags_block.html"
        label = _("Red flags")
        preview_value = {"flags": ["They ask for an OTP.", "They say your account closes today."]}


class WhatToDoBlock(StepsBlock):
    class Meta:
        icon = "tick"
        template = "blocks/what_to_do_block.html"
        label = _("What to do now")
        preview_value = {"steps": ["Do not click the link.", "Call your bank's own number."]}


class LostMoneyBlock(blocks.StructBlock):
    """Extra local advice for victims; the standard steps are always shown."""

    note = blocks.TextBlock(max_length=600)

    class Meta:
        icon = "help"
        template = "blocks/lost_money_block.html"
        label = _("If you lost money: extra advice")
        preview_value = {"note": "Bring your bank statement to the nearest cyber cell."}


class IndicatorValue(blocks.StructValue):
    def defanged(self):
        return defang(self.get("kind"), self.get("value"))

    def kind_label(self):
        return IndicatorKind(self.get("kind")).label


class IndicatorBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=IndicatorKind.choices, default=IndicatorKind.PHONE)
    value = blocks.CharBlock(max_length=300)
    note = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        value_class = IndicatorValue
        icon = "warning"


class ScamIndicatorsBlock(blocks.StructBlock):
    """Numbers, UPI IDs and web addresses used by the fraudsters, shown defanged."""

    heading = blocks.CharBlock(required=False, max_length=120)
    indicators = blocks.ListBlock(IndicatorBlock(), min_num=1)

    class Meta:
        icon = "cross"
        template = "blocks/scam_indicators_block.html"
        label = _("Scam indicators")
        preview_value = {
            "indicators": [
                {"kind": "url", "value": "https://kyc-update-sbi.example.com", "note": ""},
                {"kind": "upi", "value": "refund.desk@okaxis", "note": ""},
            ]
        }


class DoDontBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    dos = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Do"))
    donts = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Don't"))

    class Meta:
        icon = "tasks"
        template = "blocks/do_dont_block.html"
        label = _("Do and don't checklist")
        preview_value = {
            "heading": "Paying online",
            "dos": ["Pay only after you have seen the product."],
            "donts": ["Never scan a QR code to receive money."],
        }


def advisory_body_blocks():
    return [
        *common_blocks(),
        ("how_it_works", HowItWorksBlock()),
        ("red_flags", RedFlagsBlock()),
        ("what_to_do", WhatToDoBlock()),
        ("lost_money", LostMoneyBlock()),
        ("indicators", ScamIndicatorsBlock()),
    ]


def guideline_body_blocks():
    return [*common_blocks(), ("checklist", DoDontBlock()), ("steps", StepsBlock())]
