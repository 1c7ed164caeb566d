"""The cheap tests that let a rule skip a sentence: they must never skip one its pattern
would have read (``loaders.rules.any_word``, ``loaders.rules.must_contain``)."""

from __future__ import annotations

import re

from loaders.rules import any_word, has_any, must_contain
from loaders.rules.stance_triggers import STANCE_WORDS, TRIGGERS
from loaders.text import fold

TEXTS = [
    "Azerbaijan strongly condemned the attack and welcomed the talks.",
    "The ministers reaffirmed their support for the peace process.",
    "Türkiye, Ermenistan ile normalleşme sürecini desteklediğini açıkladı.",
    "Bakan, saldırıyı kınadığını ve endişe duyduğunu söyledi.",
    "Rusya bu adımı reddetti; Fransa ise memnuniyetle karşıladı.",
    "He was not opposed to it, but they objected strongly.",
    "",
]


def test_any_word_is_has_any() -> None:
    for words in (*STANCE_WORDS.values(), ("ab", "abc", "b"), ("",), ("a.b", "(x")):
        gate = any_word(words)
        for text in [*map(fold, TEXTS), "xa.b", "(x", "a-b"]:
            assert bool(gate.search(text)) == has_any(text, words), (words[:3], text)


def test_must_contain() -> None:
    assert must_contain(re.compile(r"\b(?:support(?:s|ed)?|back(?:s|ed))\b")) == (
        "backed",
        "backs",
        "support",
    )
    assert must_contain(re.compile(r"(?:a|\w)x")) == ("x",)
    assert must_contain(re.compile(r"\w+ly\b")) == ("ly",)
    assert must_contain(re.compile(r"k[ıi]na(?:di|yan)")) == ("kinadi", "kinayan", "kınadi", "kınayan")
    assert must_contain(re.compile(r"(?<!\w)x?y")) == ("y",)
    for unknown in (r"(?i)abc", r"\d+", r"a?b*", r"(?:abc|\w)", r"(?i:abc)d?"):
        assert must_contain(re.compile(unknown)) == ("",), unknown


def test_trigger_gates_keep_every_match() -> None:
    for patterns in TRIGGERS.values():
        for pattern in patterns.values():
            gate = any_word(must_contain(pattern))
            for text in map(fold, TEXTS):
                if pattern.search(text):
                    assert gate.search(text), (pattern.pattern[:40], text)
