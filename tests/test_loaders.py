from __future__ import annotations

from pathlib import Path

import pytest

from loaders import extract, load_lexicon, read_document, read_documents
from loaders.dates import find_dates
from loaders.documents import DocumentError
from loaders.lexicon import LexiconError
from loaders.text import fold, split_sentences


def test_fold_keeps_length() -> None:
    text = "İRAN'ın ABD’nin Iğdır İstanbul"
    assert len(fold(text)) == len(text)


def test_sentences_have_exact_offsets() -> None:
    text = "Aliyev met Pashinyan in Brussels. Michel mediated.\n\nYeni paragraf."
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_dates_carry_the_year_forward() -> None:
    values = [d.value for d in find_dates("on 14 December 2020, 30 March and 22 May 2022")]
    assert values == ["2020-12-14", "2022-03-30", "2022-05-22"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10 ARALIK 2020 tarihinde", "2020-12-10"),  # capitals: I is the dotless letter's capital
        ("26 Kasim 2021'de", "2021-11-26"),  # typed without Turkish letters
        ("MAYIS 2022'de", "2022-05"),
        ("İn Kasım", "2025-11"),
        ("by AUGUST", "2025-08"),
    ],
)
def test_month_names_in_any_case_and_spelling(text: str, value: str) -> None:
    """Whatever spelling the case-insensitive pattern finds, the month is
    known (it used to fail the whole document with a KeyError)."""
    assert [d.value for d in find_dates(text, "2025")] == [value]


def test_lexicon_matches_turkish_suffixes() -> None:
    lexicon = load_lexicon()
    text = "Rusya'nın ve Rusyanın, ABD'ye ve Azerbaycan ile Türkiyeyi"
    keys = [key for key, _, _ in lexicon.find(text)]
    assert keys == ["russia", "russia", "united-states", "azerbaijan", "turkiye"]


def test_lexicon_refuses_derived_words() -> None:
    lexicon = load_lexicon()
    assert list(lexicon.find("Rusça konuşan Azerbaycanlı")) == []


def test_mediated_meeting_from_english(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Ilham Aliyev and Nikol Pashinyan met in Brussels on 6 April 2022 "
        "under the mediation of Charles Michel.",
        encoding="utf-8",
    )
    extraction = extract(read_document(path), load_lexicon())
    facts = {(s.relation, s.object) for s in extraction.statements}
    assert ("mediatedBy", "charles-michel") in facts
    assert ("heldIn", "brussels") in facts
    assert ("date", "2022-04-06") in facts
    for st in extraction.statements:
        assert extraction.document.text[st.start : st.end] == st.surface


def test_bad_documents_become_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "good.txt").write_text("Azerbaycan ve Ermenistan arasında görüşme yapıldı.", encoding="utf-8")
    results = list(read_documents([tmp_path]))
    errors = {Path(r.path).name: r.reason for r in results if isinstance(r, DocumentError)}
    assert set(errors) == {"empty.txt", "binary.txt"}
    assert "empty" in errors["empty.txt"]
    assert "NUL" in errors["binary.txt"]


# -- the lexicon as data ------------------------------------------------------------

GOOD = '[[entity]]\nkey = "armenia"\ntype = "State"\nen = ["Armenia"]\n'


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            GOOD + '\n[[entity]]\nkey = "x"\ntype = "State"\nen = ["X",, ]\n',
            "bad.toml, line 9, column 11: not valid TOML",
        ),
        (
            GOOD + '\n[[entity]]\nkey = "x"\ntype = "State"\nen = ["X"\n',
            "bad.toml, line 10 (the end of the file)",
        ),
        (GOOD + '\n[[entity]]\ntype = "State"\nen = ["X"]\n', "bad.toml, line 6: an entity without a key"),
        (
            GOOD + '\n[[entity]]\nkey = "x"\ntype = "Country"\nen = ["X"]\n',
            "line 6 (entity 'x'): type must be one of",
        ),
        (
            GOOD + '\n[[entity]]\nkey = "x"\ntype = "State"\nlable = "X"\nen = ["X"]\n',
            "unknown field(s) ['lable']",
        ),
        (GOOD + '\n[[entity]]\nkey = "x"\ntype = "State"\n', "line 6 (entity 'x'): no labels"),
        (
            GOOD + '\n[[entity]]\nkey = "armenia"\ntype = "State"\nen = ["A"]\n',
            "entity 'armenia' is defined twice",
        ),
        (GOOD + '\n[[entity]]\nkey = "x"\ntype = "State"\nqid = "227"\nen = ["X"]\n', "qid must look like"),
        (
            GOOD + '\n[[entity]]\nkey = "p"\ntype = "Person"\nen = ["P"]\n'
            'roles = [{ of = "armenia", title = "president" }]\n',
            "a role needs exactly of, title, start",
        ),
        (
            GOOD + '\n[[entity]]\nkey = "p"\ntype = "Person"\nen = ["P"]\n'
            'roles = [{ of = "mars", title = "president", start = "2020" }]\n',
            "line 6 (entity 'p'): roles.of names 'mars', which no lexicon entry defines",
        ),
        (
            GOOD + '\n[[entity]]\nkey = "x"\ntype = "Place"\nen = ["X"]\nlocated_in = "atlantis"\n',
            "located_in names 'atlantis'",
        ),
        (
            GOOD + '\n[[entity]]\nkey = "Big Key"\ntype = "Place"\nen = ["X"]\n',
            "key must be lower-case words",
        ),
        (
            GOOD + '\n[[entity]]\nkey = "x"\ntype = "Treaty"\nen = ["X"]\ndate = "1991/12/21"\n',
            "date must be an ISO date",
        ),
    ],
)
def test_broken_lexicon_files_say_file_line_and_reason(tmp_path: Path, content: str, expected: str) -> None:
    (tmp_path / "bad.toml").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_lexicon(tmp_path)
    assert expected in str(error.value)


def test_the_bundled_lexicon_covers_the_subject() -> None:
    lexicon = load_lexicon()
    types = [e.type for e in lexicon.entities.values()]
    wanted = {"State": 40, "Person": 140, "Place": 110, "Organization": 45, "Corridor": 8, "Treaty": 9}
    assert all(types.count(t) >= n for t, n in wanted.items()), {t: types.count(t) for t in wanted}
    assert lexicon.entities["european-council"].qid == "Q8886"  # not Q8896
    michel = lexicon.roles["charles-michel"][0]
    assert (michel.of, michel.title, michel.start[:4], michel.end[:4]) == (
        "european-council",
        "president",
        "2019",
        "2024",
    )
    assert lexicon.holders("european-council", "president", "2025-03") == ["antonio-costa"]
