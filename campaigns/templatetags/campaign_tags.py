from django import template

from .. import indian_numbers

register = template.Library()


@register.filter
def indian(value):
    """68,34,619"""
    if value in (None, ""):
        return ""
    return indian_numbers.group(value)


@register.filter
def rupees(value):
    """₹68,34,619"""
    if value in (None, ""):
        return ""
    return f"₹{indian_numbers.group(value)}"


@register.filter
def lakh_crore(value):
    """68.35 lakh, 1.29 crore; empty below a lakh."""
    if value in (None, ""):
        return ""
    return indian_numbers.in_words(value)
