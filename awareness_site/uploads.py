"""Upload checks beyond Wagtail's extension and size limits.

Wagtail refuses extensions outside WAGTAILDOCS_EXTENSIONS / WAGTAILIMAGES_EXTENSIONS
(so SVG and HTML never get in), files over the size limits, and images over
WAGTAILIMAGES_MAX_IMAGE_PIXELS. This form also checks that a document's
content is what its extension says, so an HTML page renamed ``.pdf`` is refused.
"""

from pathlib import PurePath

from django import forms
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

ZIP = b"PK\x03\x04"  # Office Open XML and OpenDocument files are zip archives
SIGNATURES = {"pdf": b"%PDF-", "docx": ZIP, "xlsx": ZIP, "pptx": ZIP, "odt": ZIP}
TEXT_EXTENSIONS = {"txt", "csv"}
SNIFF_BYTES = 64 * 1024


def content_matches_extension(uploaded):
    """True when the first bytes of the file fit its extension."""
    extension = extension_of(uploaded)
    uploaded.seek(0)
    head = uploaded.read(SNIFF_BYTES)
    uploaded.seek(0)
    if extension in SIGNATURES:
        return head.startswith(SIGNATURES[extension])
    if extension in TEXT_EXTENSIONS:
        return is_plain_text(head)
    return True  # other extensions are refused by Wagtail's own check


def extension_of(uploaded):
    return PurePath(uploaded.name).suffix.lower().lstrip(".")


def is_plain_text(head):
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3
    return True


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data and not content_matches_extension(uploaded):
            raise forms.ValidationError(
                _("“%(name)s” is not really a .%(extension)s file. Upload the real document.")
                % {"name": PurePath(uploaded.name).name, "extension": extension_of(uploaded)}
            )
        return uploaded
