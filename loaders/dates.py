"""Dates in English and Turkish text, as ISO strings with their precision.

Day-precise dates ("8 Ağustos 2025", "November 10, 2020", "22 Ağustos
tarihinde", "2025'te"), months ("in November", "Kasım 2022'de") and years
("in 2020", "2020 yılında").  A date without a year takes the year of the
next date in the same sentence that has one, else the document's year; such
dates say where their year came from (:attr:`DateMention.note`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from loaders.lexicon import trie_pattern

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
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
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
    # typed without Turkish letters ("8 Agustos 2025", "15 Subat", "Eylul 2023")
    "subat": 2,
    "agustos": 8,
    "eylul": 9,
}
_MONTH = trie_pattern(MONTHS)
_APOS = "['’‘ʼ`´]"
_SUFFIX = (
    rf"(?:{_APOS}?(?:[dt][ae]ki|[dt][ae]n|[dt][ae]|n[dt][ae]|y?[ae]|[ıiuü]n|n[ıiuü]n|y?[ıiuü])(?!\w))?"
    r"(?:\s+(?:tarihinde|tarihli|tarihinden|tarihine|tarihindeki|günü))?"
)
_YEAR = r"(?:1[89]|20)\d\d"
# "Feb. 15", "Sept. 15, 2024", "15 Aug. 2025": an abbreviated month's period (news agency style)
_ABBR_DOT = (
    r"(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\."
    r"|(?<=sept|Sept)\.)?"
)
_DAY_MONTH = re.compile(
    # a range is its first day: "10–11 May", "from 27 to 30 May"
    rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.)?(?:(?:\s*[-–—]\s*|\s+(?:to|until|through)\s+)(?P<e>[0-3]?\d)(?:st|nd|rd|th|\.)?)?"
    rf"\s+(?:of\s+)?"
    rf"(?P<m>{_MONTH}){_ABBR_DOT}(?:,?\s+(?P<y>{_YEAR}))?(?!\d){_SUFFIX}",
    re.I,
)
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{_MONTH}){_ABBR_DOT}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    # "May 1 to 4, 2023", "August 18-19, 2024": a range, its first day and the year after it
    rf"(?:(?:\s*[-–—]\s*|\s+(?:to|until|through)\s+)(?P<e>[0-3]?\d)(?:st|nd|rd|th)?(?!\d))?"
    rf"(?:,?\s+(?P<y>{_YEAR}))?(?!\d)",
    re.I,
)
_ISO = re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_NUMERIC = re.compile(rf"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{_YEAR})\b")
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH}){_ABBR_DOT},?\s+(?P<y>{_YEAR})(?!\d){_SUFFIX}", re.I)
# "2020 Kasım ayında", "2020 yılı Kasım ayında", "2023 yılının Eylül ayında", "2023 Eylül'ünde": Turkish
# writes the year before the month
_YEAR_MONTH_TR = re.compile(
    rf"\b(?P<y>{_YEAR})(?:{_APOS}?(?:[dt][ae]|n[ıiuü]n))?(?:\s+y[ıi]l[ıi](?:n[ıi]n)?)?\s+(?P<m>{_MONTH})"
    rf"(?:\s+ay[ıi](?:n[ıi]n|nda|ndan|na)?\b|{_APOS}\w*|\s+(?:son|baş|orta)(?:lar)?[ıi]nda\b)",
    re.I,
)
_LEADS = ("in", "by", "since", "until", "from", "early", "late", "mid-", "end of", "beginning of")
_LEAD_LENGTHS = tuple(sorted(set(map(len, _LEADS))))
_MONTH_ONLY = re.compile(
    rf"(?:\b(?:{'|'.join(_LEADS)})\s+(?P<m>{_MONTH})\b(?!\s+\d)"
    rf"|\b(?P<m2>{_MONTH})(?:{_APOS}(?:[dt][ae]|[dt][ae]n|[dt][ae]ki)\b|\s+ay[ıi]nda\b|\s+ay[ıi]\b"
    # "Mart ayının sonunda", "Mart sonunda", "Nisan başında", "Mayıs ortalarında"
    r"|\s+ay[ıi]n[ıi]n\b|\s+(?:son|baş|orta)(?:lar)?[ıi]nda\b))",
    re.I,
)
_YEAR_LEADS = ("in", "since", "by", "until", "from", "of")
_YEAR_LEAD_LENGTHS = tuple(sorted(set(map(len, _YEAR_LEADS))))
_YEAR_ONLY = re.compile(
    rf"(?:\b(?:{'|'.join(_YEAR_LEADS)})\s+(?P<y>{_YEAR})\b(?!\s*[-–/]\d)"
    rf"|\b(?P<y2>{_YEAR})(?:{_APOS}(?:[dt][ae]|[dt][ae]n|[dt][ae]ki|[ıiuü]n)\b|\s+y[ıi]l[ıi]nda\b|\s+y[ıi]l[ıi]\b))",
)


_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
_MONTH_NAME = re.compile(rf"\b(?:{_MONTH})", re.I)


def _caseless(text: str) -> str:
    """``text`` as the regular-expression engine compares it under ``re.I``:
    simple lower case (``İ`` is ``i``), with ``ı`` and ``i``, ``ſ`` and ``s``
    the same letter.  Same length as ``text``."""
    return text.replace("İ", "i").lower().replace("ı", "i").replace("ſ", "s")


# Every month name contains one of these: a text without any of them (in
# :func:`_caseless` form) has no month name, and the case-insensitive
# patterns, slow to try at every position, need not run at all.
_MONTH_STEMS = tuple(
    sorted(
        {
            stem
            for stem in map(_caseless, MONTHS)
            if not any(other != stem and other in stem for other in map(_caseless, MONTHS))
        }
    )
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str  # "2020-12-14", "2022-11", "2020"
    year_given: bool
    precision: str = "date"  # the XSD type: date, gYearMonth, gYear
    note: str = ""  # where an inferred year came from


_CASELESS_MONTHS = {_caseless(name): number for name, number in MONTHS.items()}


def _month(name: str) -> int:
    """The month a name found by a case-insensitive pattern stands for:
    ``ARALIK``, ``Kasim`` (typed without Turkish letters), ``MAYIS``."""
    return _CASELESS_MONTHS[_caseless(name)]


def _leads(text: str, starts: list[int], lengths: tuple[int, ...]) -> list[int]:
    """``starts``, and where a leading word of one of ``lengths`` would begin
    before the spaces in front of each."""
    found = set(starts)
    for start in starts:
        word_end = len(text[:start].rstrip())
        if word_end < start:
            for length in lengths:
                if word_end >= length:
                    found.add(word_end - length)
    return sorted(found)


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds when its matches can only begin
    at ``starts`` (ascending): the pattern is tried at those places only."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                end = match.end()
                yield match


def find_dates(text: str, default_year: str = "") -> list[DateMention]:
    """Dates in ``text``, most precise first where they overlap.  A date
    without a year takes the year of the next date in the text that has one,
    else ``default_year``.

    >>> [d.value for d in find_dates("on 14 December 2020, 30 March and 22 May 2022")]
    ['2020-12-14', '2022-03-30', '2022-05-22']
    >>> [(d.value, d.note) for d in find_dates("8 Ağustos 2025 tarihinde ve 22 Ağustos'ta", "2025")]
    [('2025-08-08', ''), ('2025-08-22', 'year from document date')]
    >>> [(d.value, d.precision) for d in find_dates("in November 2022 and 2020'de", "")]
    [('2022-11', 'gYearMonth'), ('2020', 'gYear')]
    >>> [d.value for d in find_dates("talks in Almaty on 10–11 May 2024")]  # a range: its first day
    ['2024-05-10']
    >>> [d.value for d in find_dates("convened from May 1 to 4, 2023")]  # three days or more: the month
    ['2023-05']
    """
    digit = _DIGIT.search(text)
    digits = digit is not None
    caseless = _caseless(text)
    first = None
    for stem in _MONTH_STEMS:
        if stem in caseless:
            first = _MONTH_NAME.search(text)
            break
    months = first is not None
    if not digits and not months:
        return []
    # Every pattern starts at a digit run or a month name, or at the word
    # leading to one ("in November", "in 2020"): it is tried there only (the
    # case-insensitive ones cost the most when scanned through a sentence).
    runs = [m.start() for m in _DIGIT_RUN.finditer(text, digit.start())] if digit is not None else []
    names = [m.start() for m in _MONTH_NAME.finditer(text, first.start())] if first is not None else []
    month_leads = _leads(text, names, _LEAD_LENGTHS)
    year_leads = _leads(text, runs, _YEAR_LEAD_LENGTHS)
    found: list[tuple[int, int, str, str, str, str]] = []  # start, end, y, m, d, precision

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, *_ in found)

    patterns = [
        p
        for p, need in (
            (_ISO, digits),
            (_NUMERIC, digits),
            (_DAY_MONTH, digits and months),
            (_MONTH_DAY, digits and months),
        )
        if need
    ]
    for pattern in patterns:
        for m in _matches(pattern, text, names if pattern is _MONTH_DAY else runs):
            if not free(m.start(), m.end()):
                continue
            raw = m.group("m")
            month = int(raw) if raw.isdigit() else _month(raw)
            day = int(m.group("d"))
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            if (
                not raw.isdigit()
                and raw[0].islower()
                and raw.lower() in ("may", "march", "mar", "jan", "dec")
            ):
                continue  # "may" the verb, not the month
            last = m.groupdict().get("e")
            if last and int(last) - day >= 2:
                # "from May 1 to 4, 2023", "27-30 Mayıs": days of talks no one day covers, the
                # month does (a two-day "10–11 May" is keyed by its first day)
                found.append((m.start(), m.end(), m.group("y") or "", f"{month:02d}", "", "gYearMonth"))
                continue
            found.append((m.start(), m.end(), m.group("y") or "", f"{month:02d}", f"{day:02d}", "date"))
    for m in _matches(_YEAR_MONTH_TR, text, runs) if digits and months else ():
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), m.group("y"), f"{_month(m.group('m')):02d}", "", "gYearMonth"))
    for m in _matches(_MONTH_YEAR, text, names) if digits and months else ():
        if free(m.start(), m.end()) and m.group("m")[0].isupper():
            found.append((m.start(), m.end(), m.group("y"), f"{_month(m.group('m')):02d}", "", "gYearMonth"))
    for m in _matches(_MONTH_ONLY, text, month_leads) if months else ():
        name = m.group("m") or m.group("m2")
        # "geçen ağustos ayında": a month written in lower case is a month before "ayı(nda)"
        if free(m.start(), m.end()) and (
            name[0].isupper() or m.group(0).lower().endswith(("ayinda", "ayında", "ayi", "ayı"))
        ):
            found.append((m.start(), m.end(), "", f"{_month(name):02d}", "", "gYearMonth"))
    for m in _matches(_YEAR_ONLY, text, year_leads) if digits else ():
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), m.group("y") or m.group("y2"), "", "", "gYear"))
    found.sort()
    mentions: list[DateMention] = []
    for i, (start, end, year, mm, dd, precision) in enumerate(found):
        note = ""
        if not year:
            later = [f[2] for f in found[i + 1 :] if f[2]]
            if later:
                year, note = later[0], "year from context"
            elif default_year:
                year, note = default_year, "year from document date"
                shift = _year_shift(text, start, end)
                if shift:
                    # "November 9 last year", "geçen yıl 9 Kasım'da", "next year on 5 May": the year
                    # the words beside the day name, counted from the document's
                    year, note = (
                        f"{int(default_year) + shift:04d}",
                        "year from document date and " + ("last year" if shift < 0 else "next year"),
                    )
            else:
                continue
        value = "-".join(p for p in (year, mm, dd) if p)
        mentions.append(DateMention(start, end, value, not note, precision, note))
    return mentions


# "November 9 last year", "on 10 July of last year", "geçen yıl 9 Kasım'da", "9 Kasım'da geçen yıl",
# "geçen yılın 9 Kasım'ında", "next year on May 5", "gelecek yıl 5 Mayıs'ta": a yearless day of the
# year before (or after) the document's
_LAST_YEAR_AFTER = re.compile(r"(?:['’]\w*)?,?\s+(?:of\s+)?(?P<w>last|next)\s+year\b", re.I)
_LAST_YEAR_BEFORE = re.compile(
    r"\b(?:(?P<w>last|next)\s+year,?\s+(?:on\s+)?|(?P<t>geçen|gelecek|önümüzdeki)\s+(?:y[ıi]l(?:[ıi]n)?|sene(?:nin)?)\s+)$",
    re.I,
)
_LAST_YEAR_AFTER_TR = re.compile(r"(?:['’]\w*)?\s+(?P<t>geçen|gelecek|önümüzdeki)\s+(?:y[ıi]l|sene)\b", re.I)


def _year_shift(text: str, start: int, end: int) -> int:
    """-1 or +1 where "last year" / "next year" (or the Turkish) stands right beside a yearless day
    at ``[start, end)``, else 0."""
    if "year" not in text and "yıl" not in text and "yil" not in text and "sene" not in text:
        return 0
    for m in (
        _LAST_YEAR_AFTER.match(text, end),
        _LAST_YEAR_AFTER_TR.match(text, end),
        _LAST_YEAR_BEFORE.search(text, max(0, start - 30), start),
    ):
        if m is not None:
            word = (m.groupdict().get("w") or m.groupdict().get("t") or "").lower()
            return -1 if word in ("last", "geçen") else 1
    return 0


# -- dates said relative to the article's own ---------------------------------

_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "pazartesi": 0,
    "sali": 1,
    "çarşamba": 2,
    "perşembe": 3,
    "cuma": 4,
    "cumartesi": 5,
    "pazar": 6,
    # typed without Turkish letters
    "carsamba": 2,
    "carşamba": 2,
    "çarsamba": 2,
    "persembe": 3,
}
_RELATIVE = {
    "en": re.compile(
        # "until today", "to this day": so far, no day
        r"\b(?:(?P<yesterday>yesterday)|(?<!until )(?<!till )(?<!up to )(?P<today>today)|"
        r"(?P<tomorrow>tomorrow)|"
        r"(?:(?:on|this|late on|early on)\s+|"
        # "last Friday", "the previous Friday", "the preceding Friday", "this past Friday": the one
        # before the report's day (a week back when it is that weekday itself)
        r"(?P<last>(?:last|previous|preceding|past)\s+)|"
        r"\b(?:\w+ed|said|says|met|meets|told|held|spoke|wrote|began|signs|took|made|gave|sent)\s+|"
        r"(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+"
        r"(?:meeting|talks|summit|visit|signing|session|negotiations)))"
        r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)\b"
    ),
    "tr": re.compile(
        # (typed without Turkish letters too: "dun", "bugun", "carsamba gunu")
        r"(?<!\w)(?:(?P<yesterday>d[üu]n)(?!ya)\w{0,4}|(?P<today>bug[üu]n)(?!\s+(?:ise|artik)\b)"
        # "bugüne kadar / dek / değin", "bugünlere": so far, up to now, no day
        r"(?!e\s+(?:kadar|dek|değin)(?!\w))(?!ler)\w{0,4}|"
        r"(?P<tomorrow>yarin)(?:ki|a|dan)?|"
        # "önceki gün": the day before yesterday (not "zirveden önceki gün", "bir önceki gün")
        r"(?<!dan )(?<!den )(?<!tan )(?<!ten )(?<!bir )(?P<twodays>(?:önceki|evvelki) gün)|"
        # "geçtiğimiz cuma": after "geçen" / "geçtiğimiz" a bare weekday is one
        r"(?P<past>(?:ge[çc]en|ge[çc]ti[ğg]imiz)\s+)?"
        r"(?P<weekday>pazartesi|sali|[çc]ar[şs]amba|per[şs]embe|cumartesi|cuma|pazar)"
        r"(?(past)(?:\s+(?:g[üu]n[üu]|sabahi|ak[şs]ami|[öo][ğg]leden sonra)|'?y?[ıiae])?|"
        r"(?:\s+(?:g[üu]n[üu]|sabahi|ak[şs]ami|[öo][ğg]leden sonra)|"
        r"(?<=cumartesi|pazartesi)(?:'?y?[ıiae])?)))(?!\w)"
    ),
}


def relative_dates(folded: str, lang: str, document_date: str) -> list[DateMention]:
    """ "yesterday", "on Friday", "dün", "Cuma günü": the day they name, counted back from
    the article's date (a weekday is the last such day on or before it).  Nothing when the
    article's date is not known to the day.

    >>> [d.value for d in relative_dates("trump hosted them on friday", "en", "2025-08-09")]
    ['2025-08-08']
    >>> [d.value for d in relative_dates("putin announced monday after meeting aliyev", "en", "2024-08-23")]
    ['2024-08-19']
    >>> [d.value for d in relative_dates("saturday's meeting was mediated by scholz", "en", "2024-02-18")]
    ['2024-02-17']
    >>> [d.value for d in relative_dates("trump dün aliyev'i ağirladi", "tr", "2025-08-09")]
    ['2025-08-08']
    """
    if len(document_date) != 10 or lang not in _RELATIVE:
        return []
    if not any(word in folded for word in _RELATIVE_WORDS[lang]):
        return []
    try:
        day = date.fromisoformat(document_date)
    except ValueError:
        return []
    found = []
    for match in _RELATIVE[lang].finditer(folded):
        if match.group("yesterday"):
            value, note = day - timedelta(days=1), "yesterday, from the document's date"
        elif match.group("today"):
            value, note = day, "today, from the document's date"
        elif match.groupdict().get("twodays"):
            value, note = day - timedelta(days=2), "the day before yesterday, from the document's date"
        elif match.group("tomorrow"):
            value, note = day + timedelta(days=1), "tomorrow, from the document's date"
        elif _ahead(folded, match, lang):
            # "will hold a meeting ... on Thursday", "önümüzdeki Cuma görüşecek": the next such day
            ahead = (_WEEKDAYS[match.group("weekday")] - day.weekday()) % 7 or 7
            value, note = day + timedelta(days=ahead), "weekday ahead, from the document's date"
        else:
            back = (day.weekday() - _WEEKDAYS[match.group("weekday")]) % 7
            if match.groupdict().get("last"):
                back = back or 7
            value, note = day - timedelta(days=back), "weekday, from the document's date"
        start = match.start("weekday") if match.group("weekday") else match.start()
        if _quoted_before(folded, start) or (
            match.group("today")
            and (
                _RELAYED.get(lang, _NEVER).search(folded)
                or _SAID_TODAY.get(lang, _NEVER).match(folded, match.end())
            )
        ):
            # "Bakanlıktan yapılan açıklamada, Kılıç ve Rubinyan'ın görüşmelerini bugün Viyana'da
            # gerçekleştirdiği kaydedildi": a statement's "today", relayed, is the statement's too
            # "Today I hosted ...", quoted: the speaker's day, which the report does not give;
            # its month is what the report's date makes sure of
            month = value.isoformat()[:7]
            found.append(
                DateMention(start, match.end(), month, False, "gYearMonth", note + ", quoted: month")
            )
            continue
        found.append(DateMention(start, match.end(), value.isoformat(), False, "date", note))
    return found


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "alti": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "on": 10, "on bir": 11, "on iki": 12,
}  # fmt: skip
_N = r"(?P<n>\d{1,2}|" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + r")"
# "five months ago", "two days ago", "last month", "this year"; "iki gün önce", "beş ay önce",
# "geçen ay", "bu yıl": spans counted back from the article's date ("N days later" and "X'ten
# iki gün önce" count from another event, which the text dates, if at all, itself)
_SPAN = {
    "en": re.compile(
        rf"\b(?:(?:just|some|about|nearly|almost|more than|over)\s+)?{_N}\s+"
        r"(?P<unit>day|week|month|year)s?\s+ago\b|"
        r"\b(?P<which>last|this|earlier this|late last|early last)\s+(?P<unit2>month|year|week)\b"
    ),
    "tr": re.compile(
        rf"(?<![\w'’])(?<!dan )(?<!den )(?<!tan )(?<!ten ){_N}\s+"
        r"(?P<unit>gün|hafta|ay|yil|sene)\s+önce(?!\w)|"
        r"(?<!\w)(?P<which>geçen|geçtiğimiz|bu)\s+(?P<unit2>ay|yil|sene|hafta)(?:ki|in|[ıi]n)?(?!\w)"
    ),
}
# one of these is in every match of _SPAN: "ago", or the unit after "last", "this"; "önce", or
# the "geçen", "geçtiğimiz", "bu" before the unit
_SPAN_WORDS = {"en": ("ago", "month", "year", "week"), "tr": ("önce", "geç", "bu")}
_UNIT = {"day": "day", "week": "week", "month": "month", "year": "year", "gün": "day", "hafta": "week",
         "ay": "month", "yil": "year", "sene": "year"}  # fmt: skip


def span_dates(folded: str, lang: str, document_date: str) -> list[DateMention]:
    """ "five months ago", "geçen ay", "iki gün önce": the day, month or year they name, counted
    back from the article's date (days give the day; weeks, months the month; years the year).

    >>> [d.value for d in span_dates("trump's peace summit just five months ago", "en", "2026-01-14")]
    ['2025-08']
    >>> [d.value for d in span_dates("geçen ay ankara'da bir araya geldiler", "tr", "2024-03-02")]
    ['2024-02']
    >>> [d.value for d in span_dates("zirveden iki gün önce", "tr", "2024-03-02")]
    []
    """
    if len(document_date) != 10 or lang not in _SPAN:
        return []
    if not any(word in folded for word in _SPAN_WORDS[lang]):
        return []  # (a cheap gate: every match holds one of these)
    try:
        day = date.fromisoformat(document_date)
    except ValueError:
        return []
    found = []
    for match in _SPAN[lang].finditer(folded):
        if match.group("n"):
            n = match.group("n")
            count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
            unit = _UNIT[match.group("unit")]
        else:
            which = match.group("which")
            count = 0 if which in ("this", "earlier this", "bu") else 1
            unit = _UNIT[match.group("unit2")]
        note = f"{match.group(0).strip()}, from the document's date"
        if unit == "day":
            value, precision = (day - timedelta(days=count)).isoformat(), "date"
        elif unit in ("week", "month"):
            months = count if unit == "month" else 0
            then = day - timedelta(weeks=count) if unit == "week" else day
            y, m = then.year, then.month - months
            while m < 1:
                y, m = y - 1, m + 12
            value, precision = f"{y:04d}-{m:02d}", "gYearMonth"
        else:
            value, precision = f"{day.year - count:04d}", "gYear"
        found.append(DateMention(match.start(), match.end(), value, False, precision, note))
    return found


_LAST_MONTH_NAMES = {
    "en": r"january|february|march|april|may|june|july|august|september|october|november|december",
    "tr": r"ocak|[şs]ubat|mart|nisan|mayis|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kasim|aralik",
}
# "last August", "geçen ağustos ayında", "geçen yılın ağustos ayında": the last such month before
# the article's own
_LAST_MONTH = {
    "en": re.compile(rf"\blast\s+(?P<month>{_LAST_MONTH_NAMES['en']})\b"),
    "tr": re.compile(
        rf"(?<!\w)geçen\s+(?:(?P<year>yil[ıi]n|sene(?:nin)?)\s+)?(?P<month>{_LAST_MONTH_NAMES['tr']})"
        r"(?:\s+ay[ıi](?:nda|nin|n)?)?(?!\w)"
    ),
}

_LAST_WORD = {"en": "last", "tr": "geçen"}  # in every match of _LAST_MONTH


def last_month_dates(folded: str, lang: str, document_date: str) -> list[DateMention]:
    """ "last August", "geçen ağustos ayında": the month named, the last one before the
    article's month (of the year before when "geçen yılın" says so).

    >>> [d.value for d in last_month_dates("geçen ağustos ayinda imzaladi", "tr", "2026-01-23")]
    ['2025-08']
    >>> [d.value for d in last_month_dates("signed last march", "en", "2025-08-20")]
    ['2025-03']
    """
    if len(document_date) < 7 or lang not in _LAST_MONTH or _LAST_WORD[lang] not in folded:
        return []
    year, month = int(document_date[:4]), int(document_date[5:7])
    found = []
    for match in _LAST_MONTH[lang].finditer(folded):
        named = _month(match.group("month"))
        then = year - 1 if named >= month or match.groupdict().get("year") else year
        note = f"{match.group(0).strip()}, from the document's date"
        found.append(
            DateMention(match.start(), match.end(), f"{then:04d}-{named:02d}", False, "gYearMonth", note)
        )
    return found


# A statement relayed in indirect speech: "açıklamada, ... gerçekleştirdiği kaydedildi / belirtildi"
_RELAYED = {
    "tr": re.compile(
        r"açiklama(?:da|sinda|larda)\b.*\w(?:d|t)[iuü](?:ğ|k)[iuü]\w*\s+"
        r"(?:kaydedildi|belirtildi|bildirildi|ifade edildi|aktarildi|vurgulandi|duyuruldu)"
    ),
}
_NEVER = re.compile(r"(?!)")
# "Zorlu, bugün de Nahçıvan'da ... bulunduklarını söyledi", "bugünkü görüşmelerin verimli
# geçtiğini belirterek": "today" inside what a speaker is told to have said (a clause closed by
# "-dığını / -acağını" and a verb of saying) is the speaker's day, which the report does not date
_SAID_TODAY = {
    "tr": re.compile(
        r"[^.;:!?\"“”]{0,400}?\w(?:[dt][iuü]ğ|[ae]c[ae]ğ|[dt][iuü]kl[ae]r|[ae]c[ae]kl[ae]r)[iuü]n[iuü]\s+"
        r"(?:söyledi|söyleyerek|belirtti|belirterek|ifade etti|ifade ederek|kaydetti|kaydederek|"
        r"vurguladi|vurgulayarak|dile getirdi|açikladi|bildirdi|anlatti|anlatarak)"
    ),
}


def _quoted_before(folded: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation (an odd number of straight quotes before it, or
    more opening curly ones than closing)."""
    before = folded[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_RELATIVE_WORDS = {
    "en": ("yesterday", "today", "day", "tomorrow"),
    "tr": (
        "dün",
        "bugün",
        "günü",
        "dun",
        "bugun",
        "gunu",
        "carsamba",
        "persembe",
        "sali",
        "cuma",
        "pazar",
        "perşembe",
        "çarşamba",
        "sabahi",
        "akşami",
        "yarin",
        "önceki gün",
        "evvelki gün",
    ),
}
# A weekday a sentence looks ahead to: "will meet ... on Thursday", "is scheduled for Monday",
# "next Friday"; "önümüzdeki Cuma", "Cuma günü görüşecek"
_AHEAD_BEFORE = {
    "en": re.compile(
        r"\b(?:will|shall|is to|are to|to be|scheduled|expected|set to|plans? to|planned|next|upcoming)\b"
    ),
    "tr": re.compile(r"(?:gelecek|önümüzdeki|bu)\s+$"),
}
_AHEAD_AFTER_TR = re.compile(
    r"^[^.;]{0,60}?\w(?:[ae]c[ae]k|[ae]c[ae]ğ)\w*|^[^.;]{0,60}?(?:bekleniyor|planlaniyor)"
)


# a past verb or participle between a Turkish weekday and a future form after it: the day is the
# past act's ("Salı günü Almatı'da bir araya gelen X ve Y, ... görüşme kararı aldı")
_PAST_AFTER_TR = re.compile(
    r"(?<!\w)(?:gelen|görüşen|buluşan|yapilan|gerçekleştirilen|gerçekleşen|düzenlenen|toplanan)(?!\w)|"
    r"\w(?:[dt][ıiuü]|[dt][ıiuü]lar|m[ıiuü]ş|m[ıiuü]şt[ıiuü])(?!\w)"
)


def _ahead(folded: str, match: re.Match[str], lang: str) -> bool:
    start = match.start("weekday")
    before = folded[max(0, start - 80) : start].rsplit(". ", 1)[-1]
    if lang == "en":
        # the weekday's own clause: "..., Mirzoyan said after talks ... on Tuesday" after "will meet"
        before = re.split(r"[,;:]", before)[-1]
        return bool(_AHEAD_BEFORE["en"].search(before)) and not re.search(r"\b(?:last|past)\s+$", before)
    if _AHEAD_BEFORE["tr"].search(before):
        return True
    after = _AHEAD_AFTER_TR.search(folded[match.end() :])
    if after is None:
        return False
    past = _PAST_AFTER_TR.search(folded, match.end(), match.end() + after.end())
    return past is None
