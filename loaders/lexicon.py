"""The curated actor lexicon: TOML data files → entities and a name matcher.

Each file in ``loaders/lexicon/`` holds ``[[entity]]`` tables (the fields are
listed in :data:`FIELDS` and described at the top of each file).  The matcher
finds every alias in a text, Turkish case suffixes included (``Rusya'nın``,
``Rusyanın``, ``ABDye``), and refuses derived words (``Rusça``,
``Azerbaycanlı``).  A broken file fails with its name, the line and the reason.
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
# variant, plural, possessive and the relative -ki.  Derivational suffixes
# (-ca/-çe "in the language of", -lı/-li "from") are not among them.
_ASCII_TR = str.maketrans("şçğöüâîû", "scgouaiu")
# plain spellings of Turkish names that are English words, capitalised at a sentence's start
_ENGLISH_WORDS = frozenset({"rest", "sure", "bush", "dust", "cost"})
_TR_SUFFIX = (
    r"(?:'?(?:n?[ıiuü]n|n?[ae]|y?[ae]|[dt][ae]n|n[dt]an|n[dt]en|[dt][ae]|n[dt][ae]|y?[ıiuü]|n[ıiuü]"
    r"|y?l[ae]|n?[ıiuü]n[dt][ae]|ler|lar|ler[ıi]n?|lar[ıi]n?|s[ıiuü]|s[ıiuü]yl[ae]|s[ıiuü]n[ıiuü]n|s[ıiuü]n[ae]"
    r"|s[ıiuü]n[dt][ae]|s[ıiuü]n[dt][ae]n|s[ıiuü]n[ıiuü]|n[ıiuü]n[ıiuü]n)(?:ki|n[ıiuü]n|d[ae]n)?)?"
)
TYPES = {"State", "Person", "Organization", "Place", "Corridor", "Treaty", "Event", "Meeting", "Agent"}
FIELDS = {
    "key",
    "type",
    "qid",
    "en",
    "tr",
    "demonym_en",
    "demonym_tr",
    "capital",
    "leader_title",
    "located_in",
    "roles",
    "date",
    "kind",
    "initialled",
    "parties",
    "description",
    "cased",
    "ends",
    "also_dated",
    "until",
    "sides",
    "ended",
}
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_QID = re.compile(r"Q[1-9]\d*")
_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


Trie = dict[str, "Trie"]


class LexiconError(ValueError):
    """A lexicon file that cannot be used: ``file, line N: reason``."""


@dataclass(frozen=True, slots=True)
class Role:
    of: str
    title: str
    start: str
    end: str


# A hyphen in a name matches any dash, with a space either side or none: "Kars-Iğdır-Aralık–Dilucu",
# "Bakü- Tiflis- Kars" are the lexicon's names as news types them.
_DASH = r"\s?[-–—]\s?"


def _dashes(name: str) -> str:
    return re.sub(r"\s?[-–—]\s?", "-", name) if ("-" in name or "–" in name or "—" in name) else name


# Where a name may start: not inside a word, nor after a word's apostrophe ("Iran'ın").
_NOT_IN_A_WORD = r"(?<!\w)(?<!\w')"
# The same written as the one character before the name, that of a text the matcher runs on
# after one space: a pattern that opens with a character class is searched for by that class,
# in C, where one that opens with look-behinds is tried at every position (a fifth faster on
# news).  The matches are the same when every name starts with a word character: one that
# ends where the last ended would need a character of its own before it, but none can start
# there (the last ended before no word character, ``(?!\w)``).
_AFTER_A_NON_WORD = r"\W(?<!\w')"


def _word_start(names: list[str]) -> str:
    """The pattern names start after: :data:`_AFTER_A_NON_WORD` (run on ``" " + text``) when
    every name starts with a word character, else :data:`_NOT_IN_A_WORD`."""
    if all(re.match(r"\w", name) for name in names):
        return _AFTER_A_NON_WORD
    return _NOT_IN_A_WORD


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, factored as a trie so
    that Python's engine does not try hundreds of alternatives at each place.

    >>> trie_pattern(["rus", "rusya", "iran"])
    '(?:iran|rus(?:ya)?)'
    """
    trie: Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: Trie) -> str:
    branches = [
        (r"\s+" if ch == " " else _DASH if ch == "-" else re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(slots=True)
class Lexicon:
    entities: dict[str, Entity]
    roles: dict[str, tuple[Role, ...]] = field(default_factory=dict)
    located_in: dict[str, str] = field(default_factory=dict)
    attributes: dict[str, dict[str, object]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None
    _demonym_pattern: re.Pattern[str] | None = None
    _by_alias: dict[str, str] = field(default_factory=dict)
    _cased: dict[str, set[str]] = field(default_factory=dict)
    _plain: set[str] = field(default_factory=set)  # Turkish names as typed without their letters
    _by_demonym: dict[str, str] = field(default_factory=dict)
    _capitals: dict[str, str] | None = None
    _lead: str = ""  # what the patterns run on go after: " " (see _word_start), else nothing
    _role_index: dict[tuple[str, str], list[tuple[str, Role]]] | None = None
    _treaty_dates: dict[str, list[str]] | None = None
    _persons_by_first: dict[str, list[tuple[str, str]]] | None = None
    _persons_by_sound: dict[tuple[str, str], list[str]] | None = None
    corridor_ends: dict[str, frozenset[str]] | None = None  # filled by the corridor rules once
    memo: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # rules' caches of derived facts
    _last_found: tuple[str, list[tuple[str, int, int]]] | None = None  # (see find_all)

    def __post_init__(self) -> None:
        aliases: dict[str, str] = {}
        for entity in self.entities.values():
            for names in entity.labels.values():
                for name in names:
                    aliases.setdefault(_dashes(" ".join(fold(name).split())), entity.key)
                    if len(name) <= 3:
                        self._cased.setdefault(fold(name), set()).add(name)
        # Turkish typed without its own letters ("Gumru", "Susa", "Avrupa Birligi"): each Turkish
        # name's plain spelling, unless it is another entity's name; it matches only as the name is
        # cased (a capital), so a plain spelling that is a common word ("Kur") is not read in prose
        for entity in self.entities.values():
            for name in entity.labels.get("tr", ()):
                folded = _dashes(" ".join(fold(name).split()))
                plain = folded.translate(_ASCII_TR)
                # (not a short one, "Şi" read in "Site", nor an English word, "Reşt" as "Rest")
                if plain == folded or plain in aliases or len(plain) < 4 or plain in _ENGLISH_WORDS:
                    continue
                aliases[plain] = entity.key
                self._plain.add(plain)
        for attrs in self.attributes.values():  # aliases that are also common words: "Gence", "Kazan"
            for name in attrs.get("cased", ()):  # type: ignore[attr-defined]
                self._cased.setdefault(" ".join(fold(name).split()), set()).add(name)
        self._by_alias = aliases
        demonyms: dict[str, str] = {}
        for key, attrs in self.attributes.items():
            for lang in ("en", "tr"):
                for name in attrs.get(f"demonym_{lang}", ()):  # type: ignore[attr-defined]
                    demonyms.setdefault(fold(str(name)), key)
        self._by_demonym = demonyms
        start = _word_start(list(aliases) + list(demonyms))
        self._lead = " " if start != _NOT_IN_A_WORD else ""
        self._pattern = re.compile(
            # not inside a word nor after a word's apostrophe ("Iran'ın"), but after an opening
            # quote ("the ‘Zangezur Corridor’", "'Trump Route'")
            rf"{start}(?P<name>{trie_pattern(aliases)})(?P<suffix>{_TR_SUFFIX})(?!\w)"
        )
        self._demonym_pattern = re.compile(rf"{start}(?P<name>{trie_pattern(demonyms)})(?!\w)")

    def find(self, text: str, folded: str | None = None) -> Iterator[tuple[str, int, int]]:
        """``(entity key, start, end)`` of every name in ``text``; the span
        covers the name and its suffix."""
        assert self._pattern is not None
        by_alias, cased, plain, lead = self._by_alias, self._cased, self._plain, self._lead
        shift = len(lead)  # the offsets in ``lead + folded`` are one more than in ``text``
        for match in self._pattern.finditer(lead + (fold(text) if folded is None else folded)):
            name = match.group("name")
            key = by_alias.get(name)  # an alias as written in the lexicon: already normalised
            if key is None:
                name = _dashes(" ".join(name.split()))
                key = by_alias[name]
            start = match.start("name") - shift
            # A short alias (ABD, AB, EU, US, Xi) only matches as written.
            if name in cased and text[start : match.end("name") - shift] not in cased[name]:
                continue
            if name in plain and not text[start].isupper():
                continue  # a Turkish name typed plain is still capitalised ("Susa", not "susa")
            yield key, start, match.end() - shift

    def find_all(self, text: str, folded: str | None = None) -> list[tuple[str, int, int]]:
        """``list(self.find(text, folded))``, kept for the last ``text`` asked (the same string
        object): extraction reads a whole document's names once, and the rules that want every
        name of the document get that list instead of reading it again."""
        last = self._last_found
        if last is not None and last[0] is text:
            return last[1]
        found = list(self.find(text, folded))
        self._last_found = (text, found)
        return found

    def find_demonyms(self, text: str, folded: str | None = None) -> Iterator[tuple[str, int, int]]:
        """Capitalised adjectives that stand for a state (``Russian``, ``Rus``)."""
        assert self._demonym_pattern is not None
        lead = self._lead
        shift = len(lead)
        for match in self._demonym_pattern.finditer(lead + (fold(text) if folded is None else folded)):
            start = match.start("name") - shift
            if text[start].isupper():
                yield self._by_demonym[match.group("name")], start, match.end() - shift

    def attribute(self, key: str, name: str, default: object = "") -> object:
        return self.attributes.get(key, {}).get(name, default)

    def capitals(self) -> dict[str, str]:
        """``place key -> state or organization key`` for seats of government."""
        if self._capitals is None:
            self._capitals = {
                str(a["capital"]): key for key, a in self.attributes.items() if a.get("capital")
            }
        return self._capitals

    def holders(self, of: str, title: str, date: str) -> list[str]:
        """Who held ``title`` of ``of`` at ``date`` (ISO, any precision)."""
        if self._role_index is None:  # (of, title) -> its holders, in lexicon order
            index: dict[tuple[str, str], list[tuple[str, Role]]] = {}
            for person, roles in self.roles.items():
                for role in roles:
                    index.setdefault((role.of, role.title), []).append((person, role))
            self._role_index = index
        return [
            person
            for person, role in self._role_index.get((of, title), ())
            if _within(date, role.start, role.end)
        ]

    def roles_of(self, person: str, date: str) -> list[Role]:
        return [r for r in self.roles.get(person, ()) if not date or _within(date, r.start, r.end)]

    def person_spelled(self, key: str) -> str | None:
        """The lexicon's person that a name written another way stands for: the same first
        name, and a surname one letter off (a typo or a swap: "Ararat Mizroyan"), or the other
        of the Armenian endings -ian/-yan ("Ruben Rubinian"); ``None`` when no one, or more
        than one, fits.  Keys are the usual English spelling, so they are compared."""
        if self._persons_by_first is None:
            index: dict[str, list[tuple[str, str]]] = {}
            for other, entity in self.entities.items():
                parts = other.split("-")
                if entity.type == "Person" and len(parts) >= 2:
                    index.setdefault(parts[0], []).append((parts[-1], other))
            self._persons_by_first = index
        parts = key.split("-")
        if key in self.entities or len(parts[-1]) < 5:
            return None
        if len(parts) == 1:
            # "Dışişleri Bakanı Ayvazyan" (Ara Aivazian): a surname alone, when one lexicon
            # person's sounds like it
            by_surname = self.memo.setdefault("persons-by-surname", {})
            if not by_surname:
                for other, entity in self.entities.items():
                    if entity.type == "Person" and "-" in other:
                        by_surname.setdefault(_skeleton(other.split("-")[-1]), []).append(other)
                by_surname.setdefault("", [])
            alike = by_surname.get(_skeleton(key), [])
            if len(_skeleton(key)) < 4:
                # a short skeleton tells names apart too little ("Kaleji" and "Kılıç" share
                # k-l-c): the surname must then be written nearly the same
                near = re.sub(r"ian$", "yan", key)
                alike = [
                    o
                    for o in alike
                    if (other := re.sub(r"ian$", "yan", o.split("-")[-1])) == near
                    or _one_letter_off(other, near)
                ]
            return alike[0] if len(alike) == 1 else None
        last = parts[-1]
        if last.endswith("ian"):
            last = last[:-3] + "yan"
        fits = {
            other
            for surname, other in self._persons_by_first.get(parts[0], ())
            if surname == last or _one_letter_off(surname, last)
        }
        if not fits:
            # "Abbas Erakçi" (Araghchi), "Akhmed Nedget Sezer" (Ahmet Necdet Sezer): the same
            # consonants once each language's way of writing a sound is set aside
            if self._persons_by_sound is None:
                self._persons_by_sound = {}
                for other, entity in self.entities.items():
                    names = other.split("-")
                    if entity.type == "Person" and len(names) >= 2:
                        sound = (_skeleton(names[0]), _skeleton(names[-1]))
                        self._persons_by_sound.setdefault(sound, []).append(other)
            fits = set(self._persons_by_sound.get((_skeleton(parts[0]), _skeleton(parts[-1])), ()))
        return fits.pop() if len(fits) == 1 else None

    def leaders_at(self, date: str) -> dict[tuple[str, str], str]:
        """``(state key, title) -> person key`` for the roles held at ``date``."""
        held: dict[tuple[str, str], str] = {}
        for person, roles in self.roles.items():
            for role in roles:
                if _within(date, role.start, role.end):
                    held[(role.of, role.title)] = person
        return held

    def treaties_dated(self, date: str) -> list[str]:
        if self._treaty_dates is None:  # date -> treaties, in lexicon order
            dates: dict[str, list[str]] = {}
            for key, e in self.entities.items():
                if e.type == "Treaty":
                    dates.setdefault(str(self.attribute(key, "date")), []).append(key)
                    for other in self.attribute(key, "also_dated", ()):  # type: ignore[attr-defined]
                        dates.setdefault(str(other), []).append(key)
            self._treaty_dates = dates
        return list(self._treaty_dates.get(date, ()))


_SOUNDS = (("kh", "h"), ("gh", "g"), ("ch", "c"), ("sh", "s"), ("zh", "j"), ("dj", "c"), ("ts", "c"))
_LIKE = str.maketrans({"g": "k", "q": "k", "x": "h", "d": "t", "b": "p", "v": "w", "j": "c", "z": "s"})


def _skeleton(name: str) -> str:
    """A name's consonants, as the ways of writing it in Latin letters share them (an ASCII key).

    >>> _skeleton("araghchi") == _skeleton("erakci"), _skeleton("akhmed") == _skeleton("ahmet")
    (True, True)
    >>> _skeleton("pashinyan") == _skeleton("pasinyan"), _skeleton("aliyev") == _skeleton("aliev")
    (True, True)
    >>> _skeleton("mirzoyan") == _skeleton("mamedov")
    False
    """
    for written, sound in _SOUNDS:
        name = name.replace(written, sound)
    consonants = "".join(ch for ch in name.translate(_LIKE) if ch not in "aeiouy")
    return re.sub(r"(.)\1+", r"\1", consonants)


def _one_letter_off(a: str, b: str) -> bool:
    """One letter replaced, added, dropped, or two neighbours swapped (``mirzoyan``/``mizroyan``).

    >>> _one_letter_off("mirzoyan", "mizroyan"), _one_letter_off("aliyev", "aliev")
    (True, True)
    >>> _one_letter_off("aliyev", "guliyev")
    False
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1
        return swapped and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _within(date: str, start: str, end: str) -> bool:
    """Whether ``date`` (any precision) falls in ``[start, end)``; an open end
    means still in office."""
    if not date:
        return False
    return start[: len(date)] <= date and (not end or date < end[: len(date)] or date[: len(end)] < end)


def _line_of(content: str, index: int) -> int:
    """The line of the ``index``-th ``[[entity]]`` header in ``content``."""
    headers = [i + 1 for i, line in enumerate(content.splitlines()) if line.strip() == "[[entity]]"]
    return headers[index] if index < len(headers) else 1


def _entries(files: Iterable[tuple[str, str]]) -> Iterator[tuple[str, int, dict[str, object]]]:
    for name, content in files:
        try:
            data = tomllib.loads(content)
        except tomllib.TOMLDecodeError as exc:
            where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
            reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
            if where:
                line = f"line {where.group(1)}, column {where.group(2)}"
            else:
                line = f"line {content.count(chr(10)) + 1} (the end of the file)"
            reason = reason.replace(" (at end of document)", "")
            raise LexiconError(f"lexicon file {name}, {line}: not valid TOML: {reason}") from exc
        unknown = set(data) - {"entity"}
        if unknown:
            raise LexiconError(f"lexicon file {name}, line 1: unknown top-level table(s) {sorted(unknown)}")
        entries = data.get("entity", [])
        if not isinstance(entries, list):
            raise LexiconError(f"lexicon file {name}: 'entity' must be an array of tables, [[entity]]")
        for index, entry in enumerate(entries):
            yield name, _line_of(content, index), entry


def _strings(value: object, where: str, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where}: {what} must be a list of non-empty strings, got {value!r}")
    return tuple(value)


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Load the bundled lexicon, or the ``*.toml`` files in ``folder``."""
    if folder is None:
        base = resources.files("loaders") / "lexicon"
        files = [(p.name, p.read_text(encoding="utf-8")) for p in base.iterdir() if p.name.endswith(".toml")]
    else:
        files = []
        for p in sorted(folder.glob("*.toml")):
            try:
                files.append((p.name, p.read_text(encoding="utf-8")))
            except UnicodeDecodeError as exc:
                raise LexiconError(f"lexicon file {p.name}: not UTF-8 (byte {exc.start})") from exc
    entities: dict[str, Entity] = {}
    roles: dict[str, tuple[Role, ...]] = {}
    located_in: dict[str, str] = {}
    attributes: dict[str, dict[str, object]] = {}
    references: list[tuple[str, str, str]] = []  # (where, field, key) to check once all are read
    for name, line, entry in _entries(sorted(files)):
        key = str(entry.get("key", ""))
        where = f"lexicon file {name}, line {line}" + (f" (entity {key!r})" if key else "")
        if not key:
            raise LexiconError(f"{where}: an entity without a key")
        if not _KEY.fullmatch(key):
            raise LexiconError(f"{where}: key must be lower-case words joined by '-', like 'ilham-aliyev'")
        unknown = set(entry) - FIELDS
        if unknown:
            raise LexiconError(f"{where}: unknown field(s) {sorted(unknown)}; known: {sorted(FIELDS)}")
        if entry.get("type") not in TYPES:
            raise LexiconError(f"{where}: type must be one of {sorted(TYPES)}, got {entry.get('type')!r}")
        if key in entities:
            raise LexiconError(f"{where}: entity {key!r} is defined twice")
        qid = str(entry.get("qid", ""))
        if qid and not _QID.fullmatch(qid):
            raise LexiconError(f"{where}: qid must look like 'Q227', got {qid!r}")
        labels: dict[str, tuple[str, ...]] = {
            lang: _strings(entry[lang], where, lang) for lang in ("en", "tr") if lang in entry
        }
        if not labels:
            raise LexiconError(f"{where}: no labels: give en = [...] and/or tr = [...]")
        for date_field in ("date", "initialled", "until", "ended"):
            if date_field in entry and not _DATE.fullmatch(str(entry[date_field])):
                raise LexiconError(f"{where}: {date_field} must be an ISO date, got {entry[date_field]!r}")
        entities[key] = Entity(key=key, type=str(entry["type"]), labels=labels, qid=qid)
        person_roles = []
        raw_roles = entry.get("roles", [])
        if not isinstance(raw_roles, list):
            raise LexiconError(f"{where}: roles must be a list of {{ of, title, start, end }} tables")
        for raw in raw_roles:
            if (
                not isinstance(raw, dict)
                or not {"of", "title", "start"} <= set(raw)
                or set(raw)
                - {
                    "of",
                    "title",
                    "start",
                    "end",
                }
            ):
                raise LexiconError(f"{where}: a role needs exactly of, title, start (and end), got {raw!r}")
            for date_field in ("start", "end"):
                value = str(raw.get(date_field, ""))
                if value and not _DATE.fullmatch(value):
                    raise LexiconError(f"{where}: role {date_field} must be an ISO date, got {value!r}")
            person_roles.append(
                Role(str(raw["of"]), str(raw["title"]), str(raw["start"]), str(raw.get("end", "")))
            )
            references.append((where, "roles.of", str(raw["of"])))
        if person_roles:
            roles[key] = tuple(person_roles)
        if "located_in" in entry:
            if entry["type"] != "Place":
                # ckg:locatedIn has the domain ckg:Place, disjoint with agents, corridors, treaties
                # and events: the reasoner would type the entity a Place and find a contradiction
                raise LexiconError(f"{where}: located_in is for places, not a {entry['type']}")
            located_in[key] = str(entry["located_in"])
            references.append((where, "located_in", located_in[key]))
        attrs: dict[str, object] = {}
        for attr in ("demonym_en", "demonym_tr", "parties", "cased", "ends", "also_dated", "sides"):
            if attr in entry:
                attrs[attr] = _strings(entry[attr], where, attr)
        for name in attrs.get("cased", ()):  # type: ignore[attr-defined]
            if not any(name in names for names in labels.values()):
                raise LexiconError(f"{where}: cased names {name!r}, which is not one of its en or tr names")
        for attr in (
            "capital",
            "leader_title",
            "date",
            "kind",
            "initialled",
            "description",
            "until",
            "ended",
        ):
            if attr in entry:
                attrs[attr] = str(entry[attr])
        for party in attrs.get("parties", ()):  # type: ignore[attr-defined]
            references.append((where, "parties", party))
        for side in attrs.get("sides", ()):  # type: ignore[attr-defined]
            references.append((where, "sides", side))
        for end in attrs.get("ends", ()):  # type: ignore[attr-defined]
            references.append((where, "ends", end))
        attributes[key] = attrs
    for where, field_name, ref in references:
        if ref not in entities:
            raise LexiconError(f"{where}: {field_name} names {ref!r}, which no lexicon entry defines")
    return Lexicon(entities, roles, located_in, attributes)
