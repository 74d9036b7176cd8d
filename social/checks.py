"""Loud warnings for a machine that would make broken share cards."""

from django.core import checks

from .cards import SHAPING_WARNING, missing_fonts, shaping_available


def card_problems():
    problems = []
    if not shaping_available():
        problems.append(SHAPING_WARNING)
    missing = missing_fonts()
    if missing:
        problems.append(
            "Share-card fonts are missing: " + ", ".join(missing) + ". Install Debian's "
            "fonts-noto-core (make system-deps)."
        )
    return problems


@checks.register("social")
def check_share_cards(app_configs, **kwargs):
    return [
        checks.Warning(problem, id=f"social.W00{n}") for n, problem in enumerate(card_problems(), 1)
    ]
