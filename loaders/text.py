"""Text utilities that never shift character offsets.

``fold`` maps a text to a same-length form for matching (Turkish dotted and
dotless I folded, case folded, curly apostrophes made straight), so an offset
found in the folded text is the offset in the original.
"""

from __future__ import annotations

import re

from loaders.records import Sentence

APOSTROPHES = "'’‘ʼ`´"
_FOLD = str.maketrans({"İ": "i", "I": "i", "ı": "i", **{a: "'" for a in APOSTROPHES}})


def fold(text: str) -> str:
    """Lower-case ``text`` for matching, keeping its length.

    >>> fold("İRAN'ın ABD’nin Iğdır")
    "iran'in abd'nin iğdir"
    """
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)


# A sentence ends at . ! ? (optionally followed by a closing quote or a
# footnote mark like [1]) before white space and an upper-case letter or a
# digit, or at a blank line.  Abbreviations and initials do not end one.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|No|vs|etc|Jr|Sr|U\.S|Inc|Ltd|Doç|Yrd|Av)|\b[A-ZÇĞİÖŞÜ])\.$"
)
_BOUNDARY = re.compile(r"[.!?…](?:[\"'”’)\]]|\[\d+\])*(?=\s+[\"“'‘(]?[A-ZÇĞİÖŞÜ0-9])|\n\s*\n")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with exact offsets.

    >>> [s.text for s in split_sentences("Aliyev met Pashinyan. They agreed.\\n\\nNew para")]
    ['Aliyev met Pashinyan.', 'They agreed.', 'New para']
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end() if match.group().strip() else match.start()
        if _ABBREV.search(text[max(start, end - 6) : end]):
            continue
        _append(sentences, text, start, end)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
