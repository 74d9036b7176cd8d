"""Impact figures summed by unit and period; reach left empty is counted from sessions."""

from dataclasses import dataclass, field, fields

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import indian_numbers
from .charts import bar_chart
from .models.impact import FROM_SESSIONS, ImpactFigures
from .models.sessions import OutreachSession, ReachUnit

AMOUNTS = ("amount_on_hold", "amount_refunded")


@dataclass
class Totals:
    amount_on_hold: int = 0
    amount_refunded: int = 0
    numbers_blocked: int = 0
    handsets_blocked: int = 0
    sessions_held: int = 0
    people_reached: int = 0
    households_reached: int = 0

    def add(self, other):
        for name in self.names():
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @classmethod
    def names(cls):
        return [f.name for f in fields(cls)]

    def cells(self, from_sessions=()):
        """The values in table order, each knowing whether it is money or came from sessions."""
        return [
            Cell(getattr(self, name), name in AMOUNTS, name in from_sessions)
            for name in self.names()
        ]


@dataclass(frozen=True)
class Cell:
    value: int
    is_amount: bool
    from_sessions: bool


@dataclass
class PeriodRow:
    figures: object  # ImpactFigures
    totals: Totals
    from_sessions: list[str]  # the names of the figures counted from outreach sessions

    @property
    def cells(self):
        return self.totals.cells(self.from_sessions)


@dataclass
class UnitSummary:
    unit: object  # Unit
    rows: list[PeriodRow] = field(default_factory=list)
    totals: Totals = field(default_factory=Totals)


@dataclass(frozen=True)
class HeldSession:
    unit_id: int
    day: object  # date in the site's time zone
    reach: int | None
    reach_unit: str


def held_sessions(unit_ids, now=None):
    """One query: the sessions already held in the units' live campaigns. Only campaigns
    in the site's default language count, so a translated campaign is not counted twice."""
    rows = (
        OutreachSession.objects.readable()
        .held(now or timezone.now())
        .filter(page__unit_id__in=unit_ids, page__locale__language_code=settings.LANGUAGE_CODE)
        .values_list("page__unit_id", "starts_at", "actual_reach", "reach_unit")
    )
    return [HeldSession(u, timezone.localdate(s), r, ru) for u, s, r, ru in rows]


def _from_sessions(figures, sessions):
    inside = [
        s
        for s in sessions
        if s.unit_id == figures.unit_id and figures.period_start <= s.day <= figures.period_end
    ]
    return {
        "sessions_held": len(inside),
        "people_reached": sum(s.reach or 0 for s in inside if s.reach_unit == ReachUnit.PEOPLE),
        "households_reached": sum(
            s.reach or 0 for s in inside if s.reach_unit == ReachUnit.HOUSEHOLDS
        ),
    }


def period_row(figures, sessions):
    counted = _from_sessions(figures, sessions)
    values, from_sessions = {}, []
    for name in Totals.names():
        value = getattr(figures, name)
        if value is None and name in FROM_SESSIONS:
            value = counted[name]
            from_sessions.append(name)
        values[name] = value or 0
    return PeriodRow(figures, Totals(**values), from_sessions)


def summarise(figures, sessions):
    """Per unit, its periods and their sum; and the grand total."""
    units, grand = {}, Totals()
    for item in figures:
        row = period_row(item, sessions)
        summary = units.setdefault(item.unit_id, UnitSummary(item.unit))
        summary.rows.append(row)
        summary.totals.add(row.totals)
        grand.add(row.totals)
    return list(units.values()), grand


def rupees(value):
    return f"₹{indian_numbers.group(value)}"


def amounts_chart(summaries):
    series = [
        ("on_hold", _("Put on hold or lien marked"), "bar--hold"),
        ("refunded", _("Refunded to victims"), "bar--refund"),
    ]
    groups = [
        (s.unit.name, {"on_hold": s.totals.amount_on_hold, "refunded": s.totals.amount_refunded})
        for s in summaries
        if s.totals.amount_on_hold or s.totals.amount_refunded
    ]
    return bar_chart(groups, series, formatter=rupees)


def impact_context(form):
    """The figures the filter form allows, summed; a chart of the amounts per unit."""
    figures = ImpactFigures.objects.listing()
    unit, year = form.value("unit"), form.value("year")
    if unit:
        figures = figures.filter(unit__slug=unit)
    if year is not None:
        figures = figures.in_financial_year(year)
    figures = list(figures)
    sessions = held_sessions({f.unit_id for f in figures})
    summaries, grand = summarise(figures, sessions)
    return {
        "summaries": summaries,
        "grand": grand,
        "grand_cells": grand.cells(),
        "chart": amounts_chart(summaries),
    }
