"""The filters of the advisory list: every combination, any input, no 500."""

from django import forms
from django.utils.translation import gettext_lazy as _

from awareness_site.models import Audience, District, ThreatCategory

from .choices import Severity


class SlugChoiceField(forms.ModelChoiceField):
    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", required=False, **kwargs)


class AdvisoryFilterForm(forms.Form):
    """Bound to request.GET; invalid values are reported and ignored."""

    category = SlugChoiceField(ThreatCategory.objects.none(), label=_("Kind of fraud"))
    audience = SlugChoiceField(Audience.objects.none(), label=_("Who it affects"))
    severity = forms.TypedChoiceField(
        choices=[("", _("Any"))] + list(Severity.choices),
        coerce=int,
        required=False,
        label=_("Severity"),
    )
    district = SlugChoiceField(District.objects.none(), label=_("District"))

    def __init__(self, data, locale, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["category"].queryset = ThreatCategory.objects.filter(locale=locale)
        self.fields["audience"].queryset = Audience.objects.filter(locale=locale)
        self.fields["district"].queryset = District.objects.filter(locale=locale)
        for name in ("category", "audience", "district"):
            self.fields[name].empty_label = _("Any")

    def apply(self, queryset):
        """Narrow the queryset by every valid filter; return it and the ignored names."""
        self.is_valid()
        values = self.cleaned_data
        if values.get("category"):
            queryset = queryset.filter(threat_categories=values["category"])
        if values.get("audience"):
            queryset = queryset.filter(audiences=values["audience"])
        if values.get("severity"):
            queryset = queryset.filter(severity=values["severity"])
        if values.get("district"):
            queryset = queryset.filter(district=values["district"])
        return queryset.distinct()

    @property
    def ignored(self):
        return [self.fields[name].label for name in self.errors]

    @property
    def active(self):
        return any(self.cleaned_data.get(name) for name in self.fields)
