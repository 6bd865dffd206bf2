"""Where the timeline's axis labels go: months when they fit, else every few months, else years.

A pure function of the months shown, the plot's width and a way to measure text, so the layout is
tested without painting. Labels are never shortened: a level of detail whose labels would touch is
dropped for a coarser one, down to no label at all on a plot too narrow for a single year.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: The least room between two labels, in pixels.
GAP = 8.0
#: Months between month labels, finest first; each divides a year, so every January is labelled.
MONTH_STEPS = (1, 2, 3, 6)
#: Years between year labels, once month labels no longer fit.
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)


@dataclass(frozen=True)
class AxisLabel:
    """A label drawn at `left` pixels from the plot's left edge, `width` pixels wide."""

    text: str
    left: float
    width: float

    @property
    def right(self) -> float:
        return self.left + self.width


def axis_labels(
    months: Sequence[tuple[int, int]], width: float, text_width: Callable[[str], float],
    month_label: Callable[[int], str],
) -> list[AxisLabel]:
    """The finest labelling of `months` (consecutive (year, month) pairs, one bar each, over `width`
    pixels) whose labels all fit side by side; a month label is `month_label(month)`, a year is its
    number, written where its January is (and at the first month, so the year is always told)."""
    if not months or width <= 0:
        return []
    slot = width / len(months)
    for step in MONTH_STEPS:
        wanted = [
            (str(year) if month == 1 or index == 0 else month_label(month), index, index + 1)
            for index, (year, month) in enumerate(months)
            if (month - 1) % step == 0 or index == 0
        ]
        labels = _placed(wanted, slot, width, text_width)
        if labels is not None:
            return labels
    for step in YEAR_STEPS:
        spans: dict[int, list[int]] = {}
        for index, (year, _month) in enumerate(months):
            spans.setdefault(year, [index, index])[1] = index + 1
        wanted = [(str(year), first, end) for year, (first, end) in spans.items() if year % step == 0]
        labels = _placed(wanted, slot, width, text_width)
        if labels:
            return labels
    return []


def _placed(
    wanted: list[tuple[str, int, int]], slot: float, width: float, text_width: Callable[[str], float]
) -> list[AxisLabel] | None:
    """Each text centred under its bars (from slot `first` to before `end`), kept inside the plot;
    None when two would come closer than `GAP` or one is wider than the plot."""
    labels: list[AxisLabel] = []
    for text, first, end in wanted:
        size = text_width(text)
        if size > width:
            return None
        left = min(max((first + end) * slot / 2 - size / 2, 0.0), width - size)
        if labels and left < labels[-1].right + GAP:
            return None
        labels.append(AxisLabel(text, left, size))
    return labels
