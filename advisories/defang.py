"""Make scam indicators safe to show: readable, never clickable or dialable."""

import re

from .choices import IndicatorKind


def defang(kind, value):
    value = (value or "").strip()
    if kind == IndicatorKind.URL:
        return _defang_url(value)
    if kind in (IndicatorKind.EMAIL, IndicatorKind.UPI):
        return value.replace("@", "[@]").replace(".", "[.]")
    if kind == IndicatorKind.PHONE:
        # Word joiners stop phones from turning the number into a call link.
        return "\u2060".join(re.sub(r"[^\d+ ]", "", value))
    return value.replace(".", "[.]").replace("@", "[@]").replace("://", "[://]")


def _defang_url(value):
    value = re.sub(r"^http", "hxxp", value, flags=re.IGNORECASE)
    value = value.replace("://", "[://]")
    return value.replace(".", "[.]")
