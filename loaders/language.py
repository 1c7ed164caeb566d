"""Telling Turkish from English without a model: function-word counts."""

from __future__ import annotations

import re

LANGUAGES = ("tr", "en")
_WORD = re.compile(r"\w+", re.UNICODE)
_SCRIPTS = (
    ("Cyrillic", "\u0400", "\u04ff"),
    ("Armenian", "\u0530", "\u058f"),
    ("Georgian", "\u10a0", "\u10ff"),
    ("Arabic", "\u0600", "\u06ff"),
    ("Greek", "\u0370", "\u03ff"),
    ("CJK", "\u4e00", "\u9fff"),
)
_STOPWORDS = {
    "tr": frozenset(
        [
            "ve",
            "bir",
            "bu",
            "da",
            "de",
            "ile",
            "için",
            "olarak",
            "olan",
            "gibi",
            "daha",
            "çok",
            "ise",
            "ancak",
            "ayrıca",
            "arasında",
            "sonra",
            "kadar",
            "göre",
            "ama",
            "veya",
            "hem",
            "ki",
            "ne",
            "en",
            "şu",
            "tarafından",
            "üzere",
            "olduğu",
            "yeni",
            "iki",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "a",
            "is",
            "that",
            "for",
            "on",
            "with",
            "as",
            "was",
            "by",
            "at",
            "from",
            "this",
            "be",
            "are",
            "which",
            "an",
            "it",
            "were",
            "has",
            "have",
            "after",
            "between",
            "two",
            "under",
        ]
    ),
}


def detect_language(text: str) -> str:
    """``tr``, ``en``, or ``und`` when neither is recognisable.

    >>> detect_language("Azerbaycan ve Ermenistan arasında bir görüşme yapıldı.")
    'tr'
    >>> detect_language("The talks between Azerbaijan and Armenia continued.")
    'en'
    """
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        return "und"
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    if best < max(2, len(words) // 50):
        return "und"
    if any(ch in text for ch in "ğışİĞŞ") and scores["tr"] >= scores["en"] * 0.5:
        return "tr"
    return lang


def describe_script(text: str) -> str:
    """What the text looks like, for an error message.

    >>> describe_script("Привет, как дела")
    'mostly Cyrillic script'
    >>> describe_script("Der Vertrag wurde unterzeichnet")
    'Latin script, but few Turkish or English function words'
    """
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return "no letters at all"
    for name, low, high in _SCRIPTS:
        if sum(low <= ch <= high for ch in letters) > len(letters) // 2:
            return f"mostly {name} script"
    return "Latin script, but few Turkish or English function words"
