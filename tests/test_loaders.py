from __future__ import annotations

from pathlib import Path

from loaders import extract, load_lexicon, read_document, read_documents
from loaders.dates import find_dates
from loaders.documents import DocumentError
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
