from django import forms
from django.db import models


class MultipleChoiceField(models.JSONField):
    """A list of choice values stored as JSON, edited as checkboxes."""

    def __init__(self, *args, choices_enum=None, **kwargs):
        self.choices_enum = choices_enum
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_enum"] = self.choices_enum
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices_enum.choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = set(self.choices_enum.values)
        unknown = [v for v in value or [] if v not in allowed]
        if unknown:
            raise forms.ValidationError(f"Unknown choice: {', '.join(unknown)}")
