from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image whose alternative text editors must write once, on upload."""

    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_(
            "Describe the image for people who cannot see it, "
            "e.g. 'Screenshot of a fake KYC-update SMS'."
        ),
    )

    # Our required alt_text replaces Wagtail's optional "description", so editors see one field.
    admin_form_fields = tuple(
        "alt_text" if name == "description" else name for name in Image.admin_form_fields
    )

    @property
    def default_alt_text(self):
        return self.alt_text


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
