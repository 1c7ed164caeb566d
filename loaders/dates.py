"""Dates in English and Turkish text, as ISO strings with their precision."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "ocak": 1,
    "şubat": 2,
    "mart": 3,
    "nisan": 4,
    "mayıs": 5,
    "haziran": 6,
    "temmuz": 7,
    "ağustos": 8,
    "eylül": 9,
    "ekim": 10,
    "kasım": 11,
    "aralık": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_SUFFIX = r"(?:['’]?(?:de|da|te|ta|den|dan|ten|tan|e|a|ye|ya|i|ı|u|ü|de ki|deki|daki|teki|taki))?"
_DAY_MONTH = re.compile(
    rf"\b(?P<d>[0-3]?\d)\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>(?:19|20)\d\d))?{_SUFFIX}\b", re.I
)
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str  # "2020-12-14"
    year_given: bool


def find_dates(text: str, default_year: str = "") -> list[DateMention]:
    """Day-precise dates in ``text``.  A date without a year takes the year of
    the next date in the text that has one, else ``default_year``.

    >>> [d.value for d in find_dates("on 14 December 2020, 30 March and 22 May 2022")]
    ['2020-12-14', '2022-03-30', '2022-05-22']
    >>> [d.value for d in find_dates("8 Ağustos 2025 tarihinde ve 22 Ağustos'ta", "2025")]
    ['2025-08-08', '2025-08-22']
    """
    found: dict[int, tuple[int, str, str, str]] = {}
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, (e, *_) in found.items()):
                continue
            month = MONTHS[m.group("m").lower().replace("I", "ı")]
            day = int(m.group("d"))
            if not 1 <= day <= 31:
                continue
            found[m.start()] = (m.end(), f"{month:02d}", f"{day:02d}", m.group("y") or "")
    mentions: list[DateMention] = []
    ordered = sorted(found.items())
    for i, (start, (end, mm, dd, year)) in enumerate(ordered):
        given = bool(year)
        if not year:
            later = [later_date[1][3] for later_date in ordered[i + 1 :] if later_date[1][3]]
            year = later[0] if later else default_year
        if year:
            mentions.append(DateMention(start, end, f"{year}-{mm}-{dd}", given))
    return mentions
