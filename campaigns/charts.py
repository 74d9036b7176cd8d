"""A horizontal bar chart laid out on the server, drawn as SVG by a template: no JavaScript."""

from dataclasses import dataclass

WIDTH = 640
LABEL_HEIGHT = 26
BAR_HEIGHT = 24
BAR_GAP = 6
GROUP_GAP = 18
TEXT_INSIDE_FROM = 0.6  # a bar longer than this share of the width carries its value inside


@dataclass
class Bar:
    x: int
    y: int
    width: int
    height: int
    css_class: str
    text: str
    text_x: int
    text_y: int
    text_inside: bool


@dataclass
class Group:
    label: str
    label_y: int
    bars: list[Bar]


@dataclass
class Chart:
    width: int
    height: int
    groups: list[Group]
    series: list[tuple[str, str, str]]  # (key, label, css class)


def bar_chart(groups, series, formatter=str):
    """groups: [(label, {key: value})]; series: [(key, label, css class)]."""
    largest = max([v for _label, values in groups for v in values.values()] + [1])
    y, laid_out = 0, []
    for label, values in groups:
        label_y = y + LABEL_HEIGHT - 8
        y += LABEL_HEIGHT
        bars = []
        for key, _series_label, css_class in series:
            bars.append(_bar(values.get(key, 0), largest, y, css_class, formatter))
            y += BAR_HEIGHT + BAR_GAP
        laid_out.append(Group(label, label_y, bars))
        y += GROUP_GAP
    return Chart(WIDTH, max(y, 1), laid_out, series)


def _bar(value, largest, y, css_class, formatter):
    width = round(WIDTH * value / largest) if value else 0
    inside = width >= WIDTH * TEXT_INSIDE_FROM
    return Bar(
        x=0,
        y=y,
        width=max(width, 2),
        height=BAR_HEIGHT,
        css_class=css_class,
        text=formatter(value),
        text_x=width - 8 if inside else width + 8,
        text_y=y + BAR_HEIGHT - 7,
        text_inside=inside,
    )
