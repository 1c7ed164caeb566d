"""Properties that must hold for any text: folding keeps every offset, and the
offset maps of cleaned text point back at exactly what was read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import Document, extract, load_lexicon
from loaders.cleanup import clean_markdown, clean_text
from loaders.text import APOSTROPHES, fold, split_sentences

LEXICON = load_lexicon()
NAMES = sorted({name for e in LEXICON.entities.values() for names in e.labels.values() for name in names})
WORDS = [
    "ve",
    "ile",
    "the",
    "and",
    "met",
    "görüştü",
    "in",
    "on",
    "8 Ağustos 2025",
    "November 10, 2020",
    "signed",
]
SUFFIXES = ["", "'nın", "’da", "ye", "'den", "nin", "‘a", "ın"]
FURNITURE = [
    "\n\n12\n\n",
    "\n\nAVİM Yorum • No: 2025 / 77 • Ağustos\n2025\n\n1\n\n",
    "-\n",
    "\n",
    "\n\n",
    ". ",
    ", ",
]

turkish_text = st.text(
    alphabet=st.sampled_from(list("aAıIiİoOuUüÜşŞğĞçÇöÖ .,;:'’-\n") + list(APOSTROPHES) + ["ẞ", "ǅ", "ﬁ"]),
    max_size=200,
)
piece = st.one_of(
    st.sampled_from(NAMES).flatmap(lambda n: st.sampled_from(SUFFIXES).map(lambda s: n + s)),
    st.sampled_from(WORDS),
    st.sampled_from(FURNITURE),
)
article = st.lists(piece, min_size=1, max_size=60).map(" ".join)


@given(st.text(max_size=300) | turkish_text)
def test_fold_keeps_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(article)
def test_every_name_found_is_its_surface(text: str) -> None:
    folded = fold(text)
    for key, start, end in LEXICON.find(text):
        assert folded[start:end] == fold(text[start:end])
        aliases = {
            " ".join(fold(n).split()) for names in LEXICON.entities[key].labels.values() for n in names
        }
        assert any(" ".join(folded[start:end].split()).startswith(alias) for alias in aliases)


@given(article)
def test_sentences_are_exact_spans(text: str) -> None:
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


@given(article)
def test_cleaned_text_maps_back_character_for_character(text: str) -> None:
    view = clean_text(text)
    for index, char in enumerate(view.text):
        start, end = view.span(index, index + 1)
        original = text[start:end]
        # A copied character maps to itself; a space standing for removed page
        # furniture maps to (part of) what it replaced.
        assert original == char or (char.isspace() and (not original or not original.strip() or start == end))
    starts = [view.span(i, i + 1)[0] for i in range(len(view.text))]
    assert starts == sorted(starts)


@given(article)
@settings(max_examples=60, deadline=None)
def test_every_statement_and_mention_points_at_its_surface(text: str) -> None:
    for language in ("tr", "en"):
        document = Document(key="p", path="p.txt", text=text, language=language, date="2024-05")
        extraction = extract(document, LEXICON)
        for item in [*extraction.statements, *extraction.mentions]:
            assert 0 <= item.start <= item.end <= len(text)
            assert text[item.start : item.end] == item.surface
        for mention in extraction.mentions:
            if mention.kind == "name":
                # What was matched, with the furniture and line-end hyphens cleaned away
                cleaned = fold(clean_text(mention.surface).text)
                aliases = {
                    fold(n) for names in LEXICON.entities[mention.entity].labels.values() for n in names
                }
                assert any(" ".join(cleaned.split()).startswith(" ".join(a.split())) for a in aliases)
        for sentence in extraction.sentences:
            assert text[sentence.start : sentence.end] == sentence.text


@given(
    st.lists(
        st.sampled_from(["**", "_", "[", "](https://x.org)", "# ", "Aliyev", " met ", "Putin", "\n"]),
        max_size=40,
    )
)
def test_markdown_map_points_back(pieces: list[str]) -> None:
    text = "".join(pieces)
    view = clean_markdown(text)
    for index, char in enumerate(view.text):
        start, end = view.span(index, index + 1)
        assert text[start:end] == char or char == "\n"


DATE_PIECES = [
    "in", "IN", "by", "since", "mid-", "end of", "beginning of", "of", "on", "may", "May", "March",
    "MART", "Kasım", "KASIM", "Kasim", "ARALIK", "Ağustos", "Şubat", "Sept", "NOVEMBER", "Eylül",
    "8", "14", "2025", "2020'de", "2022’te", "10–11", "1.", "31st", "2021-05-22", "12.03.2020",
    "tarihinde", "ayında", "yılında", "'ta", "x2020", "İN", "٣",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(DATE_PIECES), st.sampled_from([" ", "  ", "\n", ", ", "", "-"]))))
def test_date_patterns_tried_only_where_they_can_start_find_what_a_scan_finds(
    pieces: list[tuple[str, str]],
) -> None:
    """find_dates tries each pattern only at digit runs, month names and the
    words that lead to them; that must find exactly what scanning every
    position finds."""
    from loaders import dates as d

    text = "".join(a + b for a, b in pieces)
    runs = [m.start() for m in d._DIGIT_RUN.finditer(text)]
    names = [m.start() for m in d._MONTH_NAME.finditer(text)]
    for pattern, starts in (
        (d._ISO, runs),
        (d._NUMERIC, runs),
        (d._DAY_MONTH, runs),
        (d._MONTH_DAY, names),
        (d._MONTH_YEAR, names),
        (d._MONTH_ONLY, d._leads(text, names, d._LEAD_LENGTHS)),
        (d._YEAR_ONLY, d._leads(text, runs, d._YEAR_LEAD_LENGTHS)),
    ):
        assert [m.span() for m in d._matches(pattern, text, starts)] == [
            m.span() for m in pattern.finditer(text)
        ]
    caseless = d._caseless(text)
    assert (d._MONTH_NAME.search(text) is None) or any(stem in caseless for stem in d._MONTH_STEMS)
