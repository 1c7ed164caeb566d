"""The curated actor lexicon: TOML data files → entities and a name matcher.

Each file in ``loaders/lexicon/`` holds ``[[entity]]`` tables (see
``states.toml`` for the fields).  The matcher finds every alias in a text,
Turkish case suffixes included (``Rusya'nın``, ``Rusyanın``, ``ABDye``), and
refuses derived words (``Rusça``, ``Azerbaycanlı``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from loaders.records import Entity
from loaders.text import fold

# Inflectional suffixes that may follow a proper name in Turkish, with or
# without an apostrophe: case endings in every vowel-harmony and consonant
# variant, plural, possessive and the copula/locative-relative -ki.
_TR_SUFFIX = (
    r"(?:'?(?:n?[ıiuü]n|n?[ae]|y?[ae]|[dt][ae]n|n[dt]an|n[dt]en|[dt][ae]|n[dt][ae]|y?[ıiuü]|n[ıiuü]"
    r"|y?l[ae]|n?[ıiuü]n[dt][ae]|ler|lar|ler[ıi]n?|lar[ıi]n?)(?:ki|n[ıiuü]n|d[ae]n)?)?"
)


@dataclass(frozen=True, slots=True)
class Role:
    of: str
    title: str
    start: str
    end: str


@dataclass(slots=True)
class Lexicon:
    entities: dict[str, Entity]
    roles: dict[str, tuple[Role, ...]] = field(default_factory=dict)
    located_in: dict[str, str] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None
    _by_alias: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        aliases: dict[str, str] = {}
        for entity in self.entities.values():
            for names in entity.labels.values():
                for name in names:
                    aliases.setdefault(fold(name), entity.key)
        self._by_alias = aliases
        alternatives = sorted(aliases, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in alternatives)
        self._pattern = re.compile(rf"(?<![\w])(?P<name>{body})(?P<suffix>{_TR_SUFFIX})(?![\w])")

    def find(self, text: str) -> Iterator[tuple[str, int, int]]:
        """``(entity key, start, end)`` of every name in ``text``; the span
        covers the name and its suffix."""
        assert self._pattern is not None
        folded = fold(text)
        for match in self._pattern.finditer(folded):
            name = match.group("name")
            # An all-caps alias (ABD, AB, EU, US) only matches in capitals.
            original = text[match.start("name") : match.end("name")]
            if len(name) <= 3 and not original.isupper():
                continue
            yield self._by_alias[name], match.start(), match.end()

    def leaders_at(self, date: str) -> dict[tuple[str, str], str]:
        """``(state key, title) -> person key`` for the roles held at ``date``."""
        held: dict[tuple[str, str], str] = {}
        for person, roles in self.roles.items():
            for role in roles:
                if role.start[: len(date)] <= date and (not role.end or date <= role.end):
                    held[(role.of, role.title)] = person
        return held


def _entries(files: Iterable[tuple[str, str]]) -> Iterator[tuple[str, dict[str, object]]]:
    for name, content in files:
        try:
            data = tomllib.loads(content)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"lexicon file {name}: {exc}") from exc
        for entry in data.get("entity", []):
            yield name, entry


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Load the bundled lexicon, or the ``*.toml`` files in ``folder``."""
    if folder is None:
        base = resources.files("loaders") / "lexicon"
        files = [(p.name, p.read_text(encoding="utf-8")) for p in base.iterdir() if p.name.endswith(".toml")]
    else:
        files = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.toml"))]
    entities: dict[str, Entity] = {}
    roles: dict[str, tuple[Role, ...]] = {}
    located_in: dict[str, str] = {}
    for name, entry in _entries(sorted(files)):
        key = str(entry.get("key", ""))
        if not key or "type" not in entry:
            raise ValueError(f"lexicon file {name}: an entity without key or type: {entry}")
        if key in entities:
            raise ValueError(f"lexicon file {name}: entity {key!r} is defined twice")
        labels: dict[str, tuple[str, ...]] = {
            lang: tuple(str(name) for name in entry[lang])  # type: ignore[attr-defined]
            for lang in ("en", "tr")
            if lang in entry
        }
        entities[key] = Entity(key=key, type=str(entry["type"]), labels=labels, qid=str(entry.get("qid", "")))
        roles[key] = tuple(Role(**r) for r in entry.get("roles", []))  # type: ignore[attr-defined]
        if "located_in" in entry:
            located_in[key] = str(entry["located_in"])
    return Lexicon(entities, {k: v for k, v in roles.items() if v}, located_in)
