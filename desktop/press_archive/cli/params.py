"""Option types whose errors name the value, the form expected, and what was probably meant."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

import click

DAY_FORM = "YYYY-MM-DD"
#: Dates written another common way, and how to read them: the ISO form is then suggested.
_OTHER_DAY_FORMS = (
    (re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})"), ("day", "month", "year")),  # 05.12.2025, 5/12/2025
    (re.compile(r"(\d{4})[./_ ](\d{1,2})[./_ ](\d{1,2})"), ("year", "month", "day")),  # 2025/12/05
    (re.compile(r"(\d{4})(\d{2})(\d{2})"), ("year", "month", "day")),  # 20251205
)


def did_you_mean(value: str, known: list[str]) -> str:
    """`; did you mean 'csv'?` for the closest known value, or nothing when none is close."""
    close = difflib.get_close_matches(value.lower(), known, n=1, cutoff=0.5)
    return f"; did you mean {close[0]!r}?" if close else ""


class Choice(click.Choice[str]):
    """A choice whose error lists the choices and suggests the one closest to what was typed."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            known = [str(choice) for choice in self.choices]
            self.fail(
                f"{value!r} is not one of {', '.join(known)}{did_you_mean(str(value), known)}", param, ctx
            )


class Day(click.ParamType[dt.date]):
    """A calendar day written YYYY-MM-DD, as a `datetime.date`."""

    name = "date"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return DAY_FORM

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        text = str(value).strip()
        reason = "for example 2025-06-30"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError as error:  # 2025-02-30
                reason = str(error)
        self.fail(f"{text!r} is not a date of the form {DAY_FORM} ({reason}){_iso_form(text)}", param, ctx)


def _iso_form(text: str) -> str:
    """`; did you mean '2025-12-05'?` for a real day written another way."""
    for pattern, parts in _OTHER_DAY_FORMS:
        if match := pattern.fullmatch(text):
            numbers = dict(zip(parts, map(int, match.groups()), strict=True))
            try:
                day = dt.date(numbers["year"], numbers["month"], numbers["day"])
            except ValueError:
                return ""
            return f"; did you mean {day.isoformat()!r}?"
    return ""
