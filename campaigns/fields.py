"""A model field for phone numbers: any common format in, E.164 stored."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from . import phones


def validate_phone_number(value):
    """Refuse, with the reason, anything that is not a real number."""
    if value:
        phones.parse(value)


class PhoneNumberFormField(forms.CharField):
    widget = forms.TextInput(attrs={"type": "tel", "autocomplete": "off"})

    def to_python(self, value):
        value = super().to_python(value)
        return phones.to_e164(value) if value else value


class PhoneNumberField(models.CharField):
    """Stores '+919000010101'; the form accepts '090000 10101', '+91 90000-10101'..."""

    default_validators = [validate_phone_number]
    description = _("Phone number (E.164)")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 16)
        kwargs.setdefault(
            "help_text",
            _("Any common format, e.g. 90000 10101 or +91 191 200 0001. Saved as +911912000001."),
        )
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return phones.try_e164(value) or value

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PhoneNumberFormField, **kwargs})
