"""Sentence-frame triggers: the rules' regular expressions against spaCy's rule
matchers, on recall, precision and speed, in one run on the same texts.

    pip install -e '.[frames]'            # spacy, spacy-lookups-data (no model download)
    python bench/bench_frames.py           # labels, then 300 generated documents (seed 7)
    python bench/bench_frames.py --corpus DIR --rounds 7 --json figures.json

The triggers are the words that start a frame of the extraction: MEET, MEDIATE,
SIGN, CONNECT, CONTROL, OPPOSE (``bench/frames_gold.txt`` gives each frame's
lexicon).  Four finders look for them:

``regex``
    today's approach: the trigger patterns of ``loaders/rules`` (imported, not
    copied: ``REGEX_SOURCES`` names them) over the folded sentence.
``spacy-lemma``
    ``spacy.blank("en")``/``spacy.blank("tr")`` with the lookup lemmatizer
    (tables from spacy-lookups-data), the lexicon's dictionary lemmas
    (``LEXICON``) on a ``PhraseMatcher`` over LEMMA, its phrases on a
    ``Matcher`` (LEMMA and LOWER token patterns).
``spacy-lemma+lower``
    the same, plus a LOWER fallback for every word of the lexicon: its exact
    form in English (a ``PhraseMatcher`` over LOWER), a REGEX prefix of its
    stem in Turkish (where the lookup table has no entry, a wrong stem, or a
    capitalised word it cannot look up).
``hybrid``
    no spaCy at run time: at build time, the lookup tables' forms of the
    lexicon's lemmas become one regular expression (a trie) per frame and
    language, run over the folded text; in Turkish, the stem prefixes of
    ``spacy-lemma+lower`` and only the table's forms that change the stem
    (bağlıyor for bağla-, ediyor for et-).

Recall and precision come from ``bench/frames_gold.txt``: every sentence of the
bundled and test documents and a set of written sentences, each trigger marked
by hand (written before either finder was run on them).  A finder's match
counts when it overlaps a marked trigger of the same frame; matches of one
frame that overlap or touch are one match.  Every miss and every false
positive is listed, with spaCy's tokens and lemmas where it missed.

Speed: documents per second on passages of about 2,000 characters (the
generated corpus of ``bench/generate_corpus.py`` and the bundled documents,
cut at sentence ends), each finder on the same passages in alternating rounds,
wall clock and CPU; the spaCy / regex ratio comes from the same run.  Load
times (import, pipeline, lookup tables, matchers, the hybrid's build) are
measured in a fresh process, since each worker process pays them once.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import importlib.metadata
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOLD = Path(__file__).with_name("frames_gold.txt")
FRAMES = ("MEET", "MEDIATE", "SIGN", "CONNECT", "CONTROL", "OPPOSE")
LANGS = ("en", "tr")
PASSAGE_CHARS = 2000

Span = tuple[int, int, str]  # start, end, frame

# -- the labels ---------------------------------------------------------------------------------------

_MARK = re.compile(r"\{([^{}|]+)\|([A-Z,]+)\}")


@dataclass(slots=True)
class Labelled:
    lang: str
    source: str
    text: str
    gold: list[tuple[int, int, frozenset[str]]]


def read_gold(path: Path = GOLD) -> list[Labelled]:
    """The labelled sentences of ``path`` (see its header for the format)."""
    items: list[Labelled] = []
    source = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@source "):
            source = line.removeprefix("@source ").strip()
            continue
        lang, bar, body = line.partition(" | ")
        if not bar or lang not in LANGS:
            raise ValueError(f"{path}:{number}: expected '<en|tr> | <sentence>', got {line[:40]!r}")
        text: list[str] = []
        gold: list[tuple[int, int, frozenset[str]]] = []
        position = 0
        length = 0
        for match in _MARK.finditer(body):
            text.append(body[position : match.start()])
            length += match.start() - position
            frames = frozenset(match.group(2).split(","))
            unknown = frames - set(FRAMES)
            if unknown:
                raise ValueError(f"{path}:{number}: unknown frame {sorted(unknown)} (known: {FRAMES})")
            gold.append((length, length + len(match.group(1)), frames))
            text.append(match.group(1))
            length += len(match.group(1))
            position = match.end()
        text.append(body[position:])
        sentence = "".join(text)
        if "{" in sentence or "}" in sentence:
            raise ValueError(f"{path}:{number}: an unbalanced trigger mark")
        items.append(Labelled(lang, source, sentence, gold))
    if not items:
        raise ValueError(f"{path}: no labelled sentence")
    return items


# -- (a) the rules' regular expressions ---------------------------------------------------------------

# frame -> language -> (module of loaders.rules, attribute, key of a per-language dict or None).
# The patterns whose matches start a frame in the extractor today; a rename in loaders/rules
# is reported by name, never papered over.
REGEX_SOURCES: dict[str, dict[str, list[tuple[str, str, str | None]]]] = {
    "MEET": {"en": [("meetings", "_TRIGGER", "en")], "tr": [("meetings", "_TRIGGER", "tr")]},
    "MEDIATE": {
        "en": [("meetings", "_MEDIATION_EN", None), ("meetings", "_MEDIATION_EN_BEFORE", None)],
        "tr": [("meetings", "_MEDIATION_TR", None)],
    },
    "SIGN": {"en": [("treaties", "_SIGN", "en")], "tr": [("treaties", "_SIGN", "tr")]},
    "CONNECT": {"en": [("relations", "_CONNECT", "en")], "tr": [("relations", "_CONNECT", "tr")]},
    "CONTROL": {
        "en": [
            ("relations", "_CONTROL_EN", None),
            ("relations", "_CONTROL_EN_ACTIVE", None),
            ("relations", "_COMPANY_EN", None),
            ("relations", "_CHECKPOINT", "en"),
        ],
        "tr": [
            ("relations", "_CONTROL_TR", None),
            ("relations", "_HELD_TR", None),
            ("relations", "_CHECKPOINT", "tr"),
        ],
    },
    "OPPOSE": {"en": [("relations", "_OPPOSE_EN", None)], "tr": [("relations", "_OPPOSE_TR", None)]},
}


def rule_patterns() -> dict[str, dict[str, list[re.Pattern[str]]]]:
    """The compiled patterns ``REGEX_SOURCES`` names, imported from ``loaders.rules``."""
    found: dict[str, dict[str, list[re.Pattern[str]]]] = {}
    missing: list[str] = []
    for frame, by_lang in REGEX_SOURCES.items():
        for lang, sources in by_lang.items():
            for module_name, attribute, key in sources:
                module = importlib.import_module(f"loaders.rules.{module_name}")
                value = getattr(module, attribute, None)
                if isinstance(value, dict) and key is not None:
                    value = value.get(key)
                if not isinstance(value, re.Pattern):
                    where = f"loaders.rules.{module_name}.{attribute}" + (f"[{key!r}]" if key else "")
                    missing.append(where)
                    continue
                found.setdefault(frame, {}).setdefault(lang, []).append(value)
    if missing:
        raise SystemExit(
            "bench_frames: these trigger patterns are no longer in loaders/rules (renamed or rewritten?): "
            + ", ".join(missing)
            + "; point REGEX_SOURCES in bench/bench_frames.py at their new names"
        )
    return found


class RegexFinder:
    name = "regex"

    def __init__(self) -> None:
        from loaders.text import fold

        self.fold = fold
        self.patterns = rule_patterns()

    def find(self, text: str, lang: str) -> list[Span]:
        folded = self.fold(text)
        out: list[Span] = []
        for frame, by_lang in self.patterns.items():
            for pattern in by_lang.get(lang, ()):
                out.extend(
                    (m.start(), m.end(), frame) for m in pattern.finditer(folded) if m.end() > m.start()
                )
        return out


# -- the lexicon, as data -----------------------------------------------------------------------------

# An entry is a sequence of token specs: ("lemma", word), ("lemma", (w1, w2)) for either, or
# ("lower", word) for a word matched as written (lower-cased).  Lemmas are dictionary lemmas,
# as a developer writes them, not as the lookup table happens to store them.
Spec = tuple[str, str | tuple[str, ...]]
Entry = tuple[Spec, ...]


def _words(*lemmas: str) -> list[Entry]:
    return [(("lemma", lemma),) for lemma in lemmas]


LEXICON: dict[str, dict[str, list[Entry]]] = {
    "en": {
        "MEET": [
            *_words("meet", "meeting", "talk", "summit", "visit", "receive", "negotiate", "negotiation"),
            *_words("gather", "host"),
            (("lemma", "come"), ("lower", "together")),
            (("lemma", "sit"), ("lower", "down")),
        ],
        "MEDIATE": [
            *_words("mediate", "mediation", "mediator", "broker", "auspices", "host"),
            (("lower", "at"), ("lower", "the"), ("lemma", "invitation"), ("lower", "of")),
            (("lower", "with"), ("lower", "the"), ("lemma", "participation"), ("lower", "of")),
        ],
        "SIGN": _words("sign", "initial", "ink"),
        "CONNECT": _words("connect", "connection", "connectivity", "link", "bridge"),
        "CONTROL": _words("control", "operate", "checkpoint"),
        "OPPOSE": [
            *_words("oppose", "opposition", "object", "reject", "protest", "condemn"),
            (("lemma", "warn"), ("lower", "against")),
            (("lemma", "be"), ("lower", "against")),
            (("lower", "red"), ("lower", "line")),
        ],
    },
    "tr": {
        "MEET": [
            *_words("görüş", "görüşme", "zirve", "müzakere", "toplantı", "toplan", "buluş", "ziyaret"),
            (("lower", "bir"), ("lower", "araya"), ("lemma", ("gel", "getir"))),
            (("lower", "kabul"), ("lemma", "et")),
            (("lower", "ev"), ("lemma", "sahiplik")),
        ],
        "MEDIATE": [
            *_words("arabuluculuk", "arabulucu", "himaye", "aracılık"),
            (("lower", "ev"), ("lemma", "sahiplik")),
        ],
        "SIGN": [*_words("imzala", "parafla"), (("lemma", "imza"), ("lemma", "at"))],
        "CONNECT": _words("bağla", "bağlantı", "bağlantısallık", "uzan", "birleştir"),
        "CONTROL": _words("kontrol", "işlet", "denetle", "denetim", "hakimiyet"),
        "OPPOSE": [
            *_words("itiraz", "reddet", "muhalefet"),
            (("lower", "karşı"), ("lemma", ("çık", "ol"))),
            (("lower", "olumsuz"), ("lemma", ("tavır", "tutum"))),
            (("lemma", "tepki"), ("lemma", "göster")),
            (("lemma", "kaygı"), ("lower", "dile"), ("lemma", "getir")),
            (("lower", "kırmızı"), ("lemma", "çizgi")),
        ],
    },
}

# The LOWER fallback of a Turkish single-word entry: a prefix of its stem (the lookup table has
# no "parafla", stores "uzan-" as "uza" and "işlet-" as "işle", and cannot look up a capitalised
# word).  A stem that a longer one starts with is covered by the shorter.
TR_PREFIX = {
    "görüş": "görüş",
    "görüşme": "görüş",
    "zirve": "zirve",
    "müzakere": "müzakere",
    "toplantı": "toplan",
    "toplan": "toplan",
    "buluş": "buluş",
    "ziyaret": "ziyaret",
    "arabuluculuk": "arabulucu",
    "arabulucu": "arabulucu",
    "himaye": "himaye",
    "aracılık": "aracılı",
    "imzala": "imza",
    "parafla": "paraf",
    "bağla": "bağla",
    "bağlantı": "bağlant",
    "bağlantısallık": "bağlant",
    "uzan": "uzan",
    "birleştir": "birleştir",
    "kontrol": "kontrol",
    "işlet": "işlet",
    "denetle": "denet",
    "denetim": "denet",
    "hakimiyet": "hakimiyet",
    "itiraz": "itiraz",
    "reddet": "redd",
    "muhalefet": "muhalefet",
}


def _single(entry: Entry) -> str | None:
    if len(entry) == 1 and entry[0][0] == "lemma" and isinstance(entry[0][1], str):
        return entry[0][1]
    return None


def _lower_prefix_regex(prefix: str) -> str:
    # Python lower-cases "İ" to "i" + COMBINING DOT ABOVE, and spaCy's LOWER is Python's.
    body = re.escape(prefix)
    return "^" + ("i\u0307?" + body[1:] if prefix.startswith("i") else body)


# -- (b) spaCy matchers -------------------------------------------------------------------------------


def spacy_pipeline(lang: str) -> Any:
    """``spacy.blank(lang)`` with the lookup lemmatizer; nothing is downloaded."""
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # reads the tables of the spacy-lookups-data package
    return nlp


def _token_pattern(spec: Spec) -> dict[str, Any]:
    attr, value = spec
    key = "LEMMA" if attr == "lemma" else "LOWER"
    return {key: {"IN": list(value)} if isinstance(value, tuple) else value}


def spacy_matchers(nlp: Any, lang: str, fallback: bool) -> list[Any]:
    """The matchers of one language: single words on a ``PhraseMatcher`` over LEMMA (and,
    with ``fallback``, over LOWER in English), phrases and the Turkish prefixes on a
    ``Matcher``.  Single words as phrase-matcher entries are hash look-ups; a ``Matcher``
    token pattern with IN or REGEX is a Python call for every token."""
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc

    lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
    lowers = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher = Matcher(nlp.vocab)
    for frame, entries in LEXICON[lang].items():
        singles = [w for w in map(_single, entries) if w]
        docs = []
        for word in singles:
            doc = Doc(nlp.vocab, words=[word])
            doc[0].lemma_ = word
            docs.append(doc)
        lemmas.add(frame, docs)
        patterns: list[list[dict[str, Any]]] = [
            [_token_pattern(s) for s in entry] for entry in entries if len(entry) > 1
        ]
        if fallback:
            if lang == "tr":
                prefixes = sorted({TR_PREFIX[w] for w in singles})
                alternation = "|".join(_lower_prefix_regex(p).removeprefix("^") for p in prefixes)
                patterns.append([{"LOWER": {"REGEX": f"^(?:{alternation})"}}])
            else:
                lowers.add(frame, [nlp.make_doc(w) for w in singles])
            for entry in entries:  # Turkish phrases: their lemma words also as written
                if len(entry) > 1 and lang == "tr":
                    patterns.append([{"LOWER": {"REGEX": _phrase_lower(spec, lang)}} for spec in entry])
        if patterns:
            matcher.add(frame, patterns)
    return [m for m in (lemmas, lowers, matcher) if len(m)]


def _phrase_lower(spec: Spec, lang: str) -> str:
    attr, value = spec
    words = value if isinstance(value, tuple) else (value,)
    if attr == "lower":
        return "^(?:" + "|".join(re.escape(w) for w in words) + ")$"
    # a lemma inside a phrase: the word as written, with any ending
    return (
        "^(?:"
        + "|".join(_lower_prefix_regex(w).removeprefix("^") for w in words)
        + ")"
        + (r"\w*$" if lang == "tr" else r"(?:s|es|ed|d|ing)?$")
    )


class SpacyFinder:
    def __init__(self, fallback: bool, pipelines: dict[str, Any] | None = None) -> None:
        self.name = "spacy-lemma+lower" if fallback else "spacy-lemma"
        self.nlp = pipelines or {lang: spacy_pipeline(lang) for lang in LANGS}
        self.matchers = {lang: spacy_matchers(self.nlp[lang], lang, fallback) for lang in LANGS}

    def spans(self, doc: Any, lang: str) -> list[Span]:
        strings = self.nlp[lang].vocab.strings
        return [
            (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), strings[match_id])
            for matcher in self.matchers[lang]
            for match_id, start, end in matcher(doc)
        ]

    def find(self, text: str, lang: str) -> list[Span]:
        return self.spans(self.nlp[lang](text), lang)

    def find_many(self, texts: list[str], lang: str) -> int:
        count = 0
        for doc in self.nlp[lang].pipe(texts, batch_size=64):
            count += len(self.spans(doc, lang))
        return count


# -- (c) hybrid: lookup tables turned into regular expressions at build time ---------------------------


def lookup_table(lang: str) -> dict[str, str]:
    """The raw form -> lemma table that spaCy's lookup lemmatizer reads."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{lang}_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    return table


def trie_regex(words: Iterable[str]) -> str:
    """One regular expression matching exactly ``words``, factored as a trie.

    >>> trie_regex(["imza", "imzala", "imzaladı"])
    'imza(?:la(?:dı)?)?'
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if "" in node:
            body = f"(?:{body})?"
        return body

    return build(trie)


def hybrid_patterns(tables: dict[str, dict[str, str]]) -> dict[str, dict[str, re.Pattern[str]]]:
    """Per language and frame, one pattern over folded text: every form the lookup table maps
    to a lexicon lemma (and the lemma itself), the Turkish prefixes, and the phrases."""
    from loaders.text import fold

    out: dict[str, dict[str, re.Pattern[str]]] = {}
    for lang in tables:
        inverse: dict[str, set[str]] = {}
        for form, lemma in tables[lang].items():
            inverse.setdefault(lemma, set()).add(form)

        def forms(lemma: str, inverse: dict[str, set[str]] = inverse) -> set[str]:
            return {fold(f) for f in inverse.get(lemma, set()) | {lemma}}

        out[lang] = {}
        for frame, entries in LEXICON[lang].items():
            alternatives: list[str] = []
            words: set[str] = set()
            for entry in entries:
                single = _single(entry)
                if single is not None:
                    words |= forms(single)
                    continue
                parts = []
                for attr, value in entry:
                    values = value if isinstance(value, tuple) else (value,)
                    if attr == "lower":
                        parts.append(trie_regex(fold(v) for v in values))
                    elif lang == "tr":  # the stem and any ending, and the forms that change the stem
                        stems = tuple(fold(v) for v in values)
                        odd = {f for v in values for f in forms(v) if not f.startswith(stems)}
                        stem = "(?:" + "|".join(map(re.escape, stems)) + r")\w*"
                        parts.append(f"{trie_regex(odd)}|{stem}" if odd else stem)
                    else:
                        parts.append(trie_regex(set().union(*(forms(v) for v in values))))
                alternatives.append(r"\s+".join(f"(?:{p})" for p in parts))
            if lang == "tr":
                # A form that starts with a stem prefix is matched by the prefix already: only
                # the others (bağlıyor for bağla-) need spelling out, which keeps the pattern small.
                prefixes = sorted({fold(TR_PREFIX[w]) for w in filter(None, map(_single, entries))})
                words = {w for w in words if not w.startswith(tuple(prefixes))}
                alternatives.append("(?:" + "|".join(re.escape(p) for p in prefixes) + r")\w*")
            if words:
                alternatives.insert(0, trie_regex(words))
            out[lang][frame] = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
    return out


class HybridFinder:
    name = "hybrid"

    def __init__(self, tables: dict[str, dict[str, str]] | None = None) -> None:
        from loaders.text import fold

        self.fold = fold
        self.patterns = hybrid_patterns(tables or {lang: lookup_table(lang) for lang in LANGS})

    def find(self, text: str, lang: str) -> list[Span]:
        folded = self.fold(text)
        return [(m.start(), m.end(), f) for f, p in self.patterns[lang].items() for m in p.finditer(folded)]


# -- scoring ------------------------------------------------------------------------------------------


def merge(spans: list[Span]) -> list[Span]:
    """Matches of one frame that overlap or touch, as one."""
    merged: list[Span] = []
    for frame in FRAMES:
        current: list[int] | None = None
        for start, end, _ in sorted(s for s in spans if s[2] == frame):
            if current is not None and start <= current[1]:
                current[1] = max(current[1], end)
                continue
            if current is not None:
                merged.append((current[0], current[1], frame))
            current = [start, end]
        if current is not None:
            merged.append((current[0], current[1], frame))
    return merged


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else float("nan")

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else float("nan")


def _where(item: Labelled) -> str:
    return "written" if item.source == "written" else Path(item.source).name


def score(finder: Any, items: list[Labelled], explain: Callable[[Labelled, int, int], str] | None = None):
    """Per language and frame (and per language, "ALL"), what ``finder`` found of the labels."""
    scores: dict[tuple[str, str], Score] = {}
    for item in items:
        predicted = merge(finder.find(item.text, item.lang))
        for frame in FRAMES:
            for key in ((item.lang, frame), (item.lang, "ALL")):
                s = scores.setdefault(key, Score())
                golds = [(a, b) for a, b, frames in item.gold if frame in frames]
                preds = [(a, b) for a, b, f in predicted if f == frame]
                s.gold += len(golds)
                s.predicted += len(preds)
                for a, b in golds:
                    if any(x < b and a < y for x, y in preds):
                        s.found += 1
                    elif key[1] != "ALL":
                        why = f" [{explain(item, a, b)}]" if explain else ""
                        s.misses.append(f"{frame} {item.text[a:b]!r}{why} ({_where(item)})")
                for x, y in preds:
                    if any(x < b and a < y for a, b in golds):
                        s.correct += 1
                    elif key[1] != "ALL":
                        s.false.append(f"{frame} {item.text[x:y].strip()!r} ({_where(item)})")
    return scores


def spacy_explanation(nlp: dict[str, Any]) -> Callable[[Labelled, int, int], str]:
    def explain(item: Labelled, start: int, end: int) -> str:
        doc = nlp[item.lang](item.text)
        tokens = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
        return " ".join(f"{t.text}/{t.lemma_}" for t in tokens)

    return explain


# -- speed --------------------------------------------------------------------------------------------


def passages(paths: list[Path], lang_of: Callable[[Path], str]) -> dict[str, list[str]]:
    """Texts cut at sentence ends into passages of about ``PASSAGE_CHARS`` characters."""
    from loaders.text import split_sentences

    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        lang = lang_of(path)
        start = 0
        for sentence in split_sentences(text):
            if sentence.end - start >= PASSAGE_CHARS:
                out[lang].append(text[start : sentence.end])
                start = sentence.end
        if len(text) - start >= PASSAGE_CHARS // 2:
            out[lang].append(text[start:])
    return out


def corpus_passages(corpus: Path) -> dict[str, list[str]]:
    def language(path: Path) -> str:
        meta = path.with_suffix(".meta.toml")
        if meta.exists():
            return str(tomllib.loads(meta.read_text(encoding="utf-8")).get("language", "en"))
        return "tr" if re.search(r"[ğış]", path.read_text(encoding="utf-8")[:2000]) else "en"

    generated = sorted(p for p in corpus.glob("*.txt"))
    bundled = sorted((ROOT / "documents").glob("*.txt"))
    if not generated:
        raise SystemExit(f"bench_frames: no .txt documents in {corpus}")
    return passages(generated + bundled, language)


def timed_rounds(runs: dict[str, Callable[[], object]], rounds: int) -> dict[str, dict[str, float]]:
    """Each run ``rounds`` times, taking turns (the order rotates), median wall and CPU seconds."""
    wall: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            w0, c0 = time.perf_counter(), time.process_time()
            runs[name]()
            wall[name].append(time.perf_counter() - w0)
            cpu[name].append(time.process_time() - c0)
    return {
        name: {"wall": statistics.median(wall[name]), "cpu": statistics.median(cpu[name])} for name in runs
    }


def measure_load() -> dict[str, float]:
    """Seconds to make each finder ready, in this (fresh) process."""
    out: dict[str, float] = {}
    t = time.perf_counter()
    import loaders  # noqa: F401  (the extractor's package: the rules' patterns compile with it)

    rule_patterns()
    out["regex: import loaders (the whole package)"] = time.perf_counter() - t
    t = time.perf_counter()
    import spacy  # noqa: F401

    out["spacy: import"] = time.perf_counter() - t
    pipelines = {}
    for lang in LANGS:
        t = time.perf_counter()
        pipelines[lang] = spacy_pipeline(lang)
        out[f"spacy: blank({lang!r}) + lookup lemmatizer"] = time.perf_counter() - t
    for lang in LANGS:
        t = time.perf_counter()
        spacy_matchers(pipelines[lang], lang, fallback=True)
        out[f"spacy: matchers ({lang})"] = time.perf_counter() - t
    for lang in LANGS:
        t = time.perf_counter()
        table = lookup_table(lang)
        out[f"hybrid build: read {lang} lookup table"] = time.perf_counter() - t
        t = time.perf_counter()
        built = hybrid_patterns({lang: table})[lang]
        out[f"hybrid build: invert + compile ({lang})"] = time.perf_counter() - t
        sources = [p.pattern for p in built.values()]
        re.purge()
        t = time.perf_counter()
        for source in sources:
            re.compile(source)
        out[f"hybrid run time: compile the built patterns ({lang}, {sum(map(len, sources)):,} chars)"] = (
            time.perf_counter() - t
        )
    return out


# -- report -------------------------------------------------------------------------------------------


def _pct(x: float) -> str:
    return "—" if x != x else f"{100 * x:.0f}%"


def machine() -> dict[str, str]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for package in ("spacy", "spacy-lookups-data"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return {
        "cpu": f"{model or platform.processor()} ({os.cpu_count()} cores)",
        "python": platform.python_version(),
        "spacy": versions["spacy"],
        "spacy-lookups-data": versions["spacy-lookups-data"],
        "load average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a corpus of generate_corpus.py (default: make one)")
    parser.add_argument("--docs", type=int, default=300, help="documents to generate (default 300)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated corpus (default 7)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per finder (default 5)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the labelled sentences")
    parser.add_argument("--no-speed", action="store_true", help="recall and precision only")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--load-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.load_only:
        print(json.dumps(measure_load()))
        return 0
    try:
        import spacy  # noqa: F401
        import spacy_lookups_data  # noqa: F401
    except ImportError:
        raise SystemExit(
            "bench_frames: needs spacy and spacy-lookups-data: pip install -e '.[frames]'"
        ) from None

    info = machine()
    print("machine: " + "; ".join(f"{k} {v}" for k, v in info.items()))
    items = read_gold(args.gold)
    counts = {lang: sum(1 for i in items if i.lang == lang) for lang in LANGS}
    triggers = {lang: sum(len(i.gold) for i in items if i.lang == lang) for lang in LANGS}
    print(
        f"labels: {args.gold.name}: "
        + ", ".join(f"{lang} {counts[lang]} sentences, {triggers[lang]} triggers" for lang in LANGS)
    )

    pipelines = {lang: spacy_pipeline(lang) for lang in LANGS}
    finders = [
        RegexFinder(),
        SpacyFinder(False, pipelines),
        SpacyFinder(True, pipelines),
        HybridFinder(),
    ]
    explain = spacy_explanation(pipelines)
    figures: dict[str, Any] = {"machine": info, "quality": {}, "speed": {}, "load": {}}
    results = {f.name: score(f, items, explain if isinstance(f, SpacyFinder) else None) for f in finders}

    print("\n## Recall and precision of triggers (labels: bench/frames_gold.txt)\n")
    print("| lang | frame | labels | " + " | ".join(f"{f.name} R / P" for f in finders) + " |")
    print("| --- | --- | ---: | " + " | ".join("---:" for _ in finders) + " |")
    for lang in LANGS:
        for frame in (*FRAMES, "ALL"):
            cells = []
            for f in finders:
                s = results[f.name][(lang, frame)]
                cells.append(f"{_pct(s.recall)} / {_pct(s.precision)}")
                figures["quality"].setdefault(f.name, {})[f"{lang}/{frame}"] = {
                    "gold": s.gold,
                    "found": s.found,
                    "predicted": s.predicted,
                    "correct": s.correct,
                }
            gold = results[finders[0].name][(lang, frame)].gold
            label = f"**{frame}**" if frame == "ALL" else frame
            print(f"| {lang} | {label} | {gold} | " + " | ".join(cells) + " |")
    for f in finders:
        for lang in LANGS:
            misses = [m for frame in FRAMES for m in results[f.name][(lang, frame)].misses]
            false = [m for frame in FRAMES for m in results[f.name][(lang, frame)].false]
            print(f"\n### {f.name}, {lang}: {len(misses)} missed, {len(false)} false")
            for m in misses:
                print(f"- missed {m}")
            for m in false:
                print(f"- false  {m}")
            figures["quality"][f.name][f"{lang}/misses"] = misses
            figures["quality"][f.name][f"{lang}/false"] = false

    print("\n## Load, in a fresh process (seconds; paid once per worker)\n")
    loaded = subprocess.run(
        [sys.executable, __file__, "--load-only"], capture_output=True, text=True, check=True, cwd=ROOT
    )
    figures["load"] = json.loads(loaded.stdout)
    for what, seconds in figures["load"].items():
        print(f"- {what}: {seconds:.3f}")

    if not args.no_speed:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = args.corpus
            if corpus is None:
                corpus = Path(tmp)
                subprocess.run(
                    [
                        sys.executable,
                        str(ROOT / "bench" / "generate_corpus.py"),
                        *("--docs", str(args.docs), "--seed", str(args.seed), "--out", str(corpus)),
                    ],
                    check=True,
                    capture_output=True,
                )
            texts = corpus_passages(corpus)
        figures["speed"] = speed(finders, pipelines, texts, args.rounds)
    info_after = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nload average at the end: {info_after}")
    figures["machine"]["load average at the end"] = info_after
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def speed(finders: list[Any], pipelines: dict[str, Any], texts: dict[str, list[str]], rounds: int):
    figures: dict[str, Any] = {}
    print(f"\n## Speed: passages of about {PASSAGE_CHARS} characters, one core, median of {rounds} rounds\n")
    print(
        "| lang | passages | mean chars | finder | documents/s (wall) | documents/s (CPU) | vs regex (CPU) |"
    )
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: |")
    for lang in LANGS:
        batch = texts[lang]
        if not batch:
            continue
        runs: dict[str, Callable[[], object]] = {}
        for f in finders:
            if isinstance(f, SpacyFinder):
                runs[f.name] = lambda f=f, b=batch, g=lang: f.find_many(b, g)
            else:
                runs[f.name] = lambda f=f, b=batch, g=lang: sum(len(f.find(t, g)) for t in b)
        nlp = pipelines[lang]
        runs["spacy pipeline alone"] = lambda nlp=nlp, b=batch: sum(
            len(d) for d in nlp.pipe(b, batch_size=64)
        )
        timing = timed_rounds(runs, rounds)
        mean = sum(map(len, batch)) / len(batch)
        base = timing["regex"]["cpu"]
        for name, t in timing.items():
            wall, cpu = len(batch) / t["wall"], len(batch) / t["cpu"]
            ratio = base / t["cpu"]
            print(
                f"| {lang} | {len(batch)} | {mean:,.0f} | {name} | {wall:,.0f} | {cpu:,.0f} | {ratio:.2f}× |"
            )
            figures[f"{lang}/{name}"] = {
                "passages": len(batch),
                "docs_per_s_wall": wall,
                "docs_per_s_cpu": cpu,
            }
    return figures


if __name__ == "__main__":
    sys.exit(main())
