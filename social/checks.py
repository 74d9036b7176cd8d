"""Loud warnings for a machine that would make broken share cards."""

from django.core import checks

from .card_fonts import SHAPING_WARNING, missing_fonts, shaping_available


def card_problems():
    """(check id, message) for each reason share cards would come out wrong here."""
    problems = []
    if not shaping_available():
        problems.append(("social.W001", SHAPING_WARNING))
    missing = missing_fonts()
    if missing:
        problems.append(
            (
                "social.W002",
                "Share-card fonts are missing: " + ", ".join(missing) + ". Install Debian's "
                "fonts-noto-core (make system-deps).",
            )
        )
    return problems


@checks.register("social")
def check_share_cards(app_configs, **kwargs):
    return [checks.Warning(message, id=check_id) for check_id, message in card_problems()]
