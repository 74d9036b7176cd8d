"""Filters of the public lists: any input is read, a bad value is ignored with a notice."""

from django import forms
from django.utils.translation import gettext_lazy as _

from advisories.filters import SlugChoiceField
from awareness_site.models import Audience, District

MAX_CHECK_LENGTH = 200


class IgnoringFilterForm(forms.Form):
    """Bound to request.GET; ``value(name)`` is the clean value or None."""

    def value(self, name):
        self.is_valid()
        return self.cleaned_data.get(name) if name not in self.errors else None

    @property
    def ignored(self):
        self.is_valid()
        return [str(self.fields[name].label) for name in self.errors]

    @property
    def active(self):
        return any(self.value(name) for name in self.fields)


class CampaignFilterForm(IgnoringFilterForm):
    audience = SlugChoiceField(Audience.objects.none(), label=_("Who it is for"))
    district = SlugChoiceField(District.objects.none(), label=_("District"))

    def __init__(self, data, locale, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["audience"].queryset = Audience.objects.filter(locale=locale)
        self.fields["district"].queryset = District.objects.filter(locale=locale)
        for field in self.fields.values():
            field.empty_label = _("Any")


class DistrictFilterForm(IgnoringFilterForm):
    district = SlugChoiceField(District.objects.none(), label=_("Your district"))

    def __init__(self, data, locale, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["district"].queryset = District.objects.filter(locale=locale)
        self.fields["district"].empty_label = _("All districts")


class ImpactFilterForm(IgnoringFilterForm):
    unit = forms.ChoiceField(label=_("Unit"), required=False)
    year = forms.TypedChoiceField(
        label=_("Financial year"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, data, units, years, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["unit"].choices = [("", _("All units"))] + [(u.slug, u.name) for u in units]
        self.fields["year"].choices = [("", _("All years"))] + [
            (year, f"{year}–{(year + 1) % 100:02d}") for year in years
        ]


class NumberCheckForm(forms.Form):
    q = forms.CharField(
        label=_("Phone or WhatsApp number, e-mail address or social-media handle"),
        max_length=MAX_CHECK_LENGTH,
        strip=True,
        error_messages={
            "max_length": _("That is too long to be a number, address or handle."),
        },
    )
