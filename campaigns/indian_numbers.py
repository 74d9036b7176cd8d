"""Numbers as people in India read them: 68,34,619 and 68.35 lakh, 1.29 crore."""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

LAKH = 1_00_000
CRORE = 1_00_00_000


def group(value):
    """'68,34,619': the last three digits, then groups of two."""
    number = int(value)
    sign, digits = ("-" if number < 0 else ""), str(abs(number))
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while head:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return sign + ",".join([*groups, tail])


def _rounded(value, unit):
    return (Decimal(int(value)) / unit).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _short(amount):
    whole, _dot, fraction = f"{abs(amount):f}".partition(".")
    fraction = fraction.rstrip("0")
    sign = "-" if amount < 0 else ""
    return sign + group(whole) + (f".{fraction}" if fraction else "")


def in_words(value):
    """'68.35 lakh', '1.29 crore'; '' below one lakh, where the digits are easy enough."""
    number = int(value)
    lakhs = _rounded(number, LAKH)
    if abs(lakhs) >= 100:
        return _("%(amount)s crore") % {"amount": _short(_rounded(number, CRORE))}
    if abs(number) >= LAKH:
        return _("%(amount)s lakh") % {"amount": _short(lakhs)}
    return ""
