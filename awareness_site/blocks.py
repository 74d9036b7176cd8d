"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text_block.html"
        label = _("Text")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        help_text = _("The image's alternative text is written once, in the image library.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text=_("A YouTube or similar web address."))
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=150)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quotation")
        preview_value = {
            "quote": "We visit each household and help the elderly save our WhatsApp number.",
            "attribution": "An officer of the south-west division",
        }


class StepsBlock(blocks.StructBlock):
    """A numbered list of short steps with an optional heading."""

    heading = blocks.CharBlock(required=False, max_length=120)
    steps = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/steps_block.html"


def common_blocks():
    return [
        ("text", RichTextBlock()),
        ("image", ImageBlock()),
        ("video", VideoBlock()),
        ("quote", QuoteBlock()),
    ]
