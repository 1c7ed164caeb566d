"""Cleaning the text rules read, with a map back to the original offsets.

Text extracted from PDF carries page numbers, running headers and footers
("1", "AVİM Yorum • No: 2025 / 77 • Ağustos 2025") and words hyphenated across
lines; Markdown carries markup.  The cleaners here never edit the document:
they return a :class:`~loaders.text.TextView` whose offsets map back to it.

>>> text = "Zengezur Koridorunun açıl-\\nması.\\n\\n1\\n\\nAVİM Yorum • No: 2025 / 77 • Ağustos\\n\\nYeni."
>>> clean_text(text).text
'Zengezur Koridorunun açılması.\\n\\nYeni.'
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter

from loaders.text import TextView, apply_edits

Edit = tuple[int, int, str]

_PAGE_NUMBER = re.compile(
    r"(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?|(?:page|sayfa|s\.)\s*\d{1,4}(?:\s*(?:/|of|\bof\b)\s*\d{1,4})?"
    r"|\d{1,4}\s*/\s*\d{1,4}",
    re.IGNORECASE,
)
_SENTENCE_END = tuple('.!?…:;"”’)]')
# A hyphen at a line's end after a letter.  The patterns start at the hyphen
# (a literal the engine jumps to) and the letter before it is checked apart:
# a look-behind first would have the engine try every position of the text.
_HYPHEN_LOWER = re.compile(r"-[ \t]*\r?\n[ \t]*(?=[a-zçğıöşü])")
_HYPHEN_UPPER = re.compile(r"-[ \t]*\r?\n[ \t]*(?=[A-ZÇĞİÖŞÜ])")
_LETTER = re.compile(r"[^\W\d_]")


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _artifact_lines(text: str) -> set[int]:
    """Indexes of lines that are page furniture, not prose."""
    lines = _lines(text)
    content = [text[s:e].strip() for s, e in lines]
    blank = [not c for c in content]
    artifacts: set[int] = set()
    # Running headers and footers: a short line repeated on three pages or more.
    short = [c for c in content if c and len(c) <= 100 and not c.endswith((".", "!", "?"))]
    if len(short) >= 3:  # (most articles have no short lines at all: no need to count shapes)
        shapes = Counter(_shape(c) for c in short)
        if shapes.most_common(1)[0][1] >= 3:
            for i, c in enumerate(content):
                if c and len(c) <= 100 and shapes[_shape(c)] >= 3 and not c.endswith((".", "!", "?")):
                    artifacts.add(i)
    # Page numbers: a number alone between blank lines (or the text's edges),
    # and the short footer block next to it.
    for i, c in enumerate(content):
        if not c or not _PAGE_NUMBER.fullmatch(c):
            continue
        if not ((i == 0 or blank[i - 1]) or (i + 1 == len(lines) or blank[i + 1])):
            continue
        artifacts.add(i)
        for step in (1, -1):
            block = _block(content, i + step, step)
            joined = " ".join(content[j] for j in block)
            if (
                block
                and len(block) <= 3
                and len(joined) <= 150
                and not joined.endswith(_SENTENCE_END)
                and re.search(r"[•|·\d]", joined)
            ):
                artifacts.update(block)
    return artifacts


def _block(content: list[str], i: int, step: int) -> list[int]:
    """The next run of non-blank lines from ``i`` in direction ``step``,
    skipping blank lines first; the run must be bounded by a blank line."""
    while 0 <= i < len(content) and not content[i]:
        i += step
    block = []
    while 0 <= i < len(content) and content[i]:
        block.append(i)
        i += step
    return sorted(block)


def pdf_edits(text: str) -> list[Edit]:
    """Edits removing page furniture and joining hyphenated words."""
    lines = _lines(text)
    artifacts = _artifact_lines(text)
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        if i not in artifacts:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and (j + 1 in artifacts or not text[slice(*lines[j + 1])].strip()):
            j += 1
        start = lines[i][0]
        while start > 0 and text[start - 1].isspace():
            start -= 1
        before = text[max(0, start - 1) : start]  # the last character of the prose before
        after_start = lines[j][1]
        while after_start < len(text) and text[after_start].isspace():
            after_start += 1
        if before.endswith("-") and after_start < len(text) and text[after_start].islower():
            edits.append((start - 1, after_start, ""))
        elif not before or after_start >= len(text) or before.endswith(_SENTENCE_END):
            edits.append((start, after_start, "\n\n" if before and after_start < len(text) else ""))
        else:
            edits.append((start, after_start, " "))
        i = j + 1
    for match in _HYPHEN_LOWER.finditer(text):
        if match.start() and _LETTER.match(text, match.start() - 1):
            edits.append((match.start(), match.end(), ""))
    for match in _HYPHEN_UPPER.finditer(text):
        if match.start() and _LETTER.match(text, match.start() - 1):
            edits.append((match.start() + 1, match.end(), ""))  # the hyphen stays: "Baku-\nTbilisi"
    return edits


def clean_text(text: str) -> TextView:
    """The prose of a plain-text (possibly PDF-extracted) document."""
    return apply_edits(text, pdf_edits(text))


# Markdown ------------------------------------------------------------------

_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)\r?\n(?P=fence)[ \t]*(?:\r?\n|\Z)", re.S
)
_MD_LINE = re.compile(r"^(?P<mark>[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+))", re.M)
_MD_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,}|```.*|~~~.*)[ \t]*$", re.M)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\((?P<url>[^)\n]*)\)")
_MD_EMPHASIS = re.compile(r"(?<![\w*_`])(?P<m>\*\*|__|\*|_|`)(?=\S)(?P<body>[^\n]+?)(?<=\S)(?P=m)(?![\w*_`])")
_MD_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")


class FrontMatterError(ValueError):
    pass


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The metadata in a ``---`` (YAML-like ``key: value``) or ``+++`` (TOML)
    block at the top of ``text``, and where the body starts.

    >>> front_matter("---\\ntitle: \\"Sochi\\"\\ndate: 2021-11-26\\n---\\nText")
    ({'title': 'Sochi', 'date': '2021-11-26'}, 40)
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    body = match.group("body")
    if match.group("fence") == "+++":
        try:
            return {str(k): str(v) for k, v in tomllib.loads(body).items()}, match.end()
        except tomllib.TOMLDecodeError as exc:
            raise FrontMatterError(f"front matter is not valid TOML: {exc}") from exc
    meta: dict[str, str] = {}
    for number, line in enumerate(body.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or key != key.lstrip():
            raise FrontMatterError(f"front matter line {number}: expected 'key: value', got {line.strip()!r}")
        meta[key.strip()] = value.strip().strip("\"'")
    return meta, match.end()


def markdown_edits(text: str, body_start: int) -> list[Edit]:
    edits: list[Edit] = [(0, body_start, "")] if body_start else []
    for match in _MD_RULE.finditer(text, body_start):
        edits.append((match.start(), match.end(), ""))
    for match in _MD_LINE.finditer(text, body_start):
        edits.append((match.start(), match.end(), ""))
        if match.group("mark").lstrip().startswith("#"):
            end = text.find("\n", match.end())
            edits.append((len(text) if end < 0 else end, len(text) if end < 0 else end, "\n"))
    for match in _MD_IMAGE.finditer(text, body_start):
        edits.append((match.start(), match.end(), ""))
    for match in _MD_LINK.finditer(text, body_start):
        edits.append((match.start(), match.start() + 1, ""))
        edits.append((match.end("text"), match.end(), ""))
    for match in _MD_EMPHASIS.finditer(text, body_start):
        width = len(match.group("m"))
        edits.append((match.start(), match.start() + width, ""))
        edits.append((match.end() - width, match.end(), ""))
    for match in _MD_TAG.finditer(text, body_start):
        edits.append((match.start(), match.end(), ""))
    return edits


def clean_markdown(text: str, body_start: int = 0) -> TextView:
    """The prose of a Markdown document (front matter and markup removed).

    >>> clean_markdown("# Sochi\\nAliyev met **Putin** in [Sochi](https://x).").text
    'Sochi\\n\\nAliyev met Putin in Sochi.'
    """
    return apply_edits(text, markdown_edits(text, body_start))
