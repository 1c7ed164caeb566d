"""Text utilities that never lose track of character offsets.

``fold`` maps a text to a same-length form for matching (Turkish dotted and
dotless I folded, case folded, curly apostrophes made straight), so an offset
found in the folded text is the offset in the original.

Cleaning that does change the length (dropping a PDF page footer, joining a
word hyphenated across lines, removing Markdown markup) goes through
:class:`Cleaner`, which keeps an :class:`OffsetMap` from every character of
the cleaned text back to the original: rules read the cleaned text, and every
span they find is mapped back, so ``original[start:end]`` is still exactly
the surface text of what was found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from loaders.patterns import by_first_letter
from loaders.records import Sentence, from_values

APOSTROPHES = "'’‘ʼ`´′"
_WIDE_APOSTROPHES = tuple(a for a in APOSTROPHES if not a.isascii())
_WIDE_SPACES = ("\xa0", "\u2009", "\u202f", "\u2007")


def fold(text: str) -> str:
    """Lower-case ``text`` for matching, keeping its length.

    >>> fold("İRAN'ın ABD’nin Iğdır")
    "iran'in abd'nin iğdir"
    """
    # A few ``str.replace`` calls, each skipped when its character is absent:
    # ten times faster than ``str.translate`` with a table, which looks every
    # character up in a dictionary.  ``I`` needs nothing: ``lower`` makes it ``i``.
    folded = text.replace("`", "'") if "`" in text else text
    if not folded.isascii():
        for apostrophe in _WIDE_APOSTROPHES:
            if apostrophe in folded:
                folded = folded.replace(apostrophe, "'")
        for dotted in ("İ", "ı"):
            if dotted in folded:
                folded = folded.replace(dotted, "i")
        for space in _WIDE_SPACES:  # no-break and thin spaces: the rules' patterns write " "
            if space in folded:
                folded = folded.replace(space, " ")
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)


@dataclass(slots=True)
class OffsetMap:
    """Where each run of the cleaned text came from in the original.

    Runs are ``(clean start, original start, length, copied)``: a copied run
    maps character for character, an inserted one (a space standing for a
    removed page break) maps every character to one original position.
    """

    runs: list[tuple[int, int, int, bool]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def add(self, clean_start: int, original_start: int, length: int, copied: bool) -> None:
        if length <= 0:
            return
        if self.runs and copied:
            cs, os_, n, was_copied = self.runs[-1]
            if was_copied and cs + n == clean_start and os_ + n == original_start:
                self.runs[-1] = (cs, os_, n + length, True)
                return
        self.runs.append((clean_start, original_start, length, copied))
        self._starts.append(clean_start)

    @property
    def identity(self) -> bool:
        return len(self.runs) <= 1 and all(cs == os_ and copied for cs, os_, _, copied in self.runs)

    def _run(self, index: int) -> tuple[int, int, int, bool]:
        return self.runs[max(0, bisect_right(self._starts, index) - 1)]

    def start(self, index: int) -> int:
        """The original offset of the clean character at ``index``."""
        if not self.runs:
            return index
        cs, os_, _, copied = self._run(index)
        return os_ + (index - cs if copied else 0)

    def end(self, index: int) -> int:
        """The original offset just after the clean character at ``index - 1``."""
        if not self.runs or index <= 0:
            return self.start(index)
        cs, os_, _, copied = self._run(index - 1)
        return os_ + (index - cs) if copied else os_

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)


@dataclass(slots=True)
class TextView:
    """A cleaned text that rules read, and the map back to the original."""

    text: str
    offsets: OffsetMap
    _identity: bool = False

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self._identity:
            return start, end
        return self.offsets.span(start, end)

    def __post_init__(self) -> None:
        self._identity = self.offsets.identity

    @classmethod
    def identity(cls, text: str) -> TextView:
        offsets = OffsetMap()
        offsets.add(0, 0, len(text), True)
        return cls(text, offsets)


class Cleaner:
    """Builds a cleaned text from pieces of an original, keeping the map.

    >>> c = Cleaner("Azer-\\nbaycan ve [Rusya](http://x)")
    >>> c.copy(0, 4); c.copy(6, 16); c.copy(17, 22); view = c.view()
    >>> view.text
    'Azerbaycan ve Rusya'
    >>> s, e = view.span(14, 19); c.original[s:e]
    'Rusya'
    >>> s, e = view.span(0, 10); c.original[s:e]
    'Azer-\\nbaycan'
    """

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.offsets = OffsetMap()
        self.length = 0

    def copy(self, start: int, end: int) -> None:
        if end > start:
            self.offsets.add(self.length, start, end - start, True)
            self.parts.append(self.original[start:end])
            self.length += end - start

    def insert(self, text: str, at: int) -> None:
        if text:
            self.offsets.add(self.length, at, len(text), False)
            self.parts.append(text)
            self.length += len(text)

    def view(self) -> TextView:
        return TextView("".join(self.parts), self.offsets)


def apply_edits(original: str, edits: list[tuple[int, int, str]]) -> TextView:
    """The view of ``original`` with each ``(start, end, replacement)`` applied
    (edits sorted, not overlapping; overlapping ones are dropped).

    >>> v = apply_edits("a-\\nb  c", [(1, 3, ""), (4, 6, " ")])
    >>> v.text, v.span(0, 2)
    ('ab c', (0, 4))
    """
    cleaner = Cleaner(original)
    position = 0
    for start, end, replacement in sorted(edits):
        if start < position:
            continue
        cleaner.copy(position, start)
        cleaner.insert(replacement, start)
        position = end
    cleaner.copy(position, len(original))
    return cleaner.view()


# A sentence ends at . ! ? (optionally followed by a closing quote or a
# footnote mark like [1]) before white space and an upper-case letter or a
# digit, or at a blank line.  Abbreviations and initials do not end one.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|No|vs|etc|Jr|Sr|U\.S|Inc|Ltd|Doç|Yrd|Av|Art|Md|bkz|vb|vd)"
    r"|\b[A-ZÇĞİÖŞÜ]|(?<![\d.])\b\d{1,2})\.$"
)
# "... on November 7. Putin ...": a day after an English month ends the sentence (a Turkish
# ordinal, "25. Devlet Başkanları Konseyi", does not).
_DAY_ENDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    # "... in an interview on Dec. 7. He stressed ...": the abbreviated month too
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
    r"\s+\d{1,2}\.$"
)
# (One character class first, so that the engine jumps between candidates;
# an alternation of two would have it try every position.)
_BOUNDARY = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?:[\"'”’)\]]|\[\d+\])*(?=\s+[\"“'‘(]?[A-ZÇĞİÖŞÜ0-9])|(?<=\n)[ \t\r\f\v]*\n|"
    # "... yaşandı.12 Eylül gecesi", "... alındı.Saldırı": a page that lost the space after a stop
    r"(?<=[a-zçğıöşü]{3}[.!?])(?=[A-ZÇĞİÖŞÜ][a-zçğıöşü]|\d{1,2}\s+[A-ZÇĞİÖŞÜa-zçğıöşü]))"
)

# "on Feb. 15", "Sept. 15, 2024": an abbreviated month before its day ends no sentence
_MONTH_ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_DAY_AFTER = re.compile(r"\s+[0-3]?\d\b")

# (by_first_letter: the same matches, looked for by their first letters, where the look-behind
# that opens the last alternative had every place tried)
_LINE_BOUNDARY = by_first_letter(re.compile(_BOUNDARY.pattern + r"|(?<![.!?…\n])\n"))
_WRAPPED = re.compile(r"[^\s][ \t]*\r?\n[ \t]*[a-zçğıöşü(]")
# (its line breaks first: _WRAPPED opens with a class most letters are in, and is tried at each)
_WRAPPED_BREAK = re.compile(r"\n[ \t]*[a-zçğıöşü(]")


def _wrapped(text: str) -> bool:
    """``_WRAPPED.search(text) is not None``: a line break before a lower-case letter, after a
    letter that is no space (spaces, tabs and a carriage return between)."""
    for match in _WRAPPED_BREAK.finditer(text):
        end = match.start()
        if end and text[end - 1] == "\r":
            end -= 1
        while end and text[end - 1] in " \t":
            end -= 1
        if end and not text[end - 1].isspace():
            return True
    return False


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with exact offsets.

    >>> [s.text for s in split_sentences("Aliyev met Pashinyan. They agreed.\\n\\nNew para")]
    ['Aliyev met Pashinyan.', 'They agreed.', 'New para']
    >>> [s.text for s in split_sentences("They met on November 7. Putin spoke.")]
    ['They met on November 7.', 'Putin spoke.']
    >>> [s.text for s in split_sentences("Aliyev in Turkmenistan\\nPresident Erdoğan spoke.")]
    ['Aliyev in Turkmenistan', 'President Erdoğan spoke.']
    >>> [s.text for s in split_sentences("Çatışmalar yaşandı.12 Eylül gecesi ateş açıldı.")]
    ['Çatışmalar yaşandı.', '12 Eylül gecesi ateş açıldı.']
    >>> [s.text for s in split_sentences("They met on Feb. 15, 2025. Putin spoke.")]
    ['They met on Feb. 15, 2025.', 'Putin spoke.']
    >>> [s.text for s in split_sentences("They met on Dec. 7. Putin spoke.")]
    ['They met on Dec. 7.', 'Putin spoke.']
    >>> [s.text for s in split_sentences("Aliyev met\\nthe prime minister in\\nBaku.")]
    ['Aliyev met\\nthe prime minister in\\nBaku.']
    """
    sentences: list[Sentence] = []
    start = 0
    # A page's text keeps one paragraph, headline, caption or dateline a line; a hard-wrapped
    # text continues some line in lower case. Only in the first does a lone line break end a
    # sentence (a headline with no full stop is not the start of the caption under it).
    boundary = _BOUNDARY if _wrapped(text) else _LINE_BOUNDARY
    for match in boundary.finditer(text):
        end = match.end() if match.group().strip() else match.start()
        if _ABBREV.search(text[max(start, end - 6) : end]) and not _DAY_ENDS.search(
            text[max(start, end - 14) : end]
        ):
            continue
        if _MONTH_ABBREV.search(text, max(start, end - 6), end) and _DAY_AFTER.match(text, end):
            continue
        _append(sentences, text, start, end)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()  # str.strip() removes exactly what str.isspace() calls space
    if stripped:
        start += len(piece) - len(piece.lstrip())
        sentences.append(from_values(Sentence, (len(sentences), start, start + len(stripped), stripped)))
