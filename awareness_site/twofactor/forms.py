from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp import verify_token

WRONG_CODE = _("That code is wrong or has expired. Type the 6 digits your app shows now.")


class TokenForm(forms.Form):
    """The current 6-digit code of one device; wrong codes are throttled by django-otp."""

    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=10,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, *args, user, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = device

    def clean_otp_token(self):
        token = "".join(self.cleaned_data["otp_token"].split())
        if verify_token(self.user, self.device.persistent_id, token) is None:
            raise forms.ValidationError(WRONG_CODE)
        return token
