"""A synthetic corpus to measure with: news articles about the South Caucasus
in Turkish and English, reproducible from a seed, generated on demand.

    python bench/generate_corpus.py --docs 10000 --seed 1 --out /tmp/corpus

Every article (about 5 KB, with a sidecar ``<name>.meta.toml``) reports
meetings with their mediators, places and dates, leaders with their titles,
treaties signed, corridors that connect places, who controls and who opposes
them, woven into background sentences.  Names come from the lexicon data
files (``loaders/lexicon/*.toml``), so the corpus follows the lexicon as it
grows: leaders appear only with the titles they held on the article's date,
and Turkish names carry case suffixes in their vowel-harmony variants,
written with a straight apostrophe, a curly one or none (as text extracted
from PDFs often has).

Document ``i`` depends only on ``(seed, i)``: a corpus of 1,000 documents is
the first 1,000 of a corpus of 20,000 made with the same seed, and
``--start`` regenerates any slice.  Nothing here is committed data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

TARGET_BYTES = 5000

EN_MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran"]
TR_MONTHS += ["Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
TITLES = {
    "president": ("President", "Cumhurbaşkanı"),
    "prime-minister": ("Prime Minister", "Başbakanı"),
}
ORG_TITLES = ("President", "Başkanı")
PUBLISHERS = {
    "en": ["Caucasus Monitor", "Eurasia Review Desk", "South Caucasus Weekly", "Caspian Dispatch"],
    "tr": ["Kafkasya Gözlem", "Avrasya Bülteni", "Güney Kafkasya Analiz", "Hazar Haber"],
}
TREATIES = {
    "en": ["Joint Declaration", "Peace Agreement", "Memorandum of Understanding", "Trilateral Statement"],
    "tr": ["Ortak Deklarasyonu", "Barış Antlaşmasını", "Mutabakat Zaptını", "Üçlü Bildiriyi"],  # accusative
}


# --- the lexicon, read from its data files --------------------------------------------------------


@dataclass(slots=True)
class Actor:
    key: str
    type: str
    en: list[str]
    tr: list[str]
    roles: list[dict[str, str]] = field(default_factory=list)


def read_lexicon(folder: Path | None = None) -> dict[str, list[Actor]]:
    """Lexicon entities by type, read from the TOML data files."""
    if folder is None:
        base = resources.files("loaders") / "lexicon"
        texts = sorted(
            (p.name, p.read_text(encoding="utf-8")) for p in base.iterdir() if p.name.endswith(".toml")
        )
    else:
        texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.toml"))]
    by_type: dict[str, list[Actor]] = {}
    for _, text in texts:
        for entry in tomllib.loads(text).get("entity", []):
            actor = Actor(
                key=entry["key"],
                type=entry["type"],
                en=list(entry.get("en", [])),
                tr=list(entry.get("tr", [])),
                roles=list(entry.get("roles", [])),
            )
            if actor.en or actor.tr:
                by_type.setdefault(actor.type, []).append(actor)
    for actors in by_type.values():
        actors.sort(key=lambda a: a.key)
    return by_type


# --- Turkish case suffixes ------------------------------------------------------------------------

_BACK, _FRONT, _ROUNDED = set("aıou"), set("eiöü"), set("oöuü")
_VOICELESS = set("fstkçşhp")


def _last_vowel(word: str) -> str:
    if word.isupper() and len(word) <= 5:  # acronyms are read by letter names: ABD = a-be-de
        return "e"
    for ch in reversed(word.lower()):
        if ch in _BACK or ch in _FRONT:
            return ch
    return "e"


def suffix(name: str, case: str, compound: bool = False) -> str:
    """The Turkish case ending for ``name`` (genitive, dative, locative,
    ablative, accusative), following vowel harmony.

    >>> [suffix("Rusya", c) for c in ("gen", "dat", "loc", "abl", "acc")]
    ['nın', 'ya', 'da', 'dan', 'yı']
    >>> [suffix("Ermenistan", c) for c in ("gen", "dat", "loc")]
    ['ın', 'a', 'da']
    >>> suffix("ABD", "gen"), suffix("Bakü", "loc"), suffix("Erdoğan", "acc")
    ('nin', 'de', 'ı')
    >>> suffix("Koridoru", "dat", compound=True), suffix("Koridoru", "gen", compound=True)
    ('na', 'nun')
    """
    vowel = _last_vowel(name)
    last = "e" if name.isupper() and len(name) <= 5 else name[-1].lower()
    ends_vowel = last in _BACK or last in _FRONT
    back = vowel in _BACK
    four = ("u" if back else "ü") if vowel in _ROUNDED else ("ı" if back else "i")
    two = "a" if back else "e"
    if compound and ends_vowel:  # Zengezur Koridoru-nun/-na/-nda/-ndan/-nu
        return "n" + {"gen": four + "n", "dat": two, "acc": four, "loc": "d" + two}.get(case, "d" + two + "n")
    if case == "gen":
        return ("n" if ends_vowel else "") + four + "n"
    if case == "dat":
        return ("y" if ends_vowel else "") + two
    if case == "acc":
        return ("y" if ends_vowel else "") + four
    d = "t" if last in _VOICELESS else "d"
    return d + two + ("n" if case == "abl" else "")


# --- one article ----------------------------------------------------------------------------------


class Article:
    """Sentences of one article, in one language, on one date."""

    def __init__(self, rng: random.Random, lexicon: dict[str, list[Actor]], lang: str, date: dt.date):
        self.rng = rng
        self.lex = lexicon
        self.lang = lang
        self.date = date

    # names

    def name(self, actor: Actor, full: bool = False) -> str:
        names = (actor.tr or actor.en) if self.lang == "tr" else (actor.en or actor.tr)
        if full or len(names) == 1:
            return names[0]
        return self.rng.choice(names[:3])

    def tr_case(self, actor: Actor, case: str, full: bool = False) -> str:
        """A Turkish name with its case ending: proper names take an
        apostrophe (straight, curly or lost), compound common names none."""
        text = self.name(actor, full)
        words = text.split()
        compound = actor.type == "Corridor" and len(words) > 1
        ending = suffix(words[-1], case, compound)
        if compound:
            return text + ending
        apostrophe = self.rng.choices(["'", "’", ""], weights=[6, 3, 2])[0]
        return text + apostrophe + ending

    def pick(self, kind: str, k: int = 1, exclude: tuple[Actor, ...] = ()) -> list[Actor]:
        pool = [a for a in self.lex.get(kind, []) if a not in exclude]
        return self.rng.sample(pool, min(k, len(pool)))

    def when(self, day: dt.date, year: bool = True) -> str:
        if self.lang == "tr":
            text = f"{day.day} {TR_MONTHS[day.month - 1]}"
            return f"{text} {day.year}" if year else text
        text = f"{day.day} {EN_MONTHS[day.month - 1]}"
        return f"{text} {day.year}" if year else text

    def event_day(self) -> dt.date:
        return self.date - dt.timedelta(days=self.rng.randrange(0, 120))

    def leader(self, day: dt.date) -> tuple[Actor, Actor, str] | None:
        """A (person, what they lead, title) valid on ``day``."""
        iso = day.isoformat()
        held = []
        everyone = {a.key: a for actors in self.lex.values() for a in actors}
        for person in self.lex.get("Person", []):
            for role in person.roles:
                if role["start"] <= iso and (not role.get("end") or iso <= role["end"]):
                    of = everyone.get(role["of"])
                    if of is not None:
                        held.append((person, of, role.get("title", "president")))
        return self.rng.choice(held) if held else None

    def titled(self, person: Actor, of: Actor, title: str) -> str:
        en, tr = TITLES.get(title, ORG_TITLES) if of.type == "State" else ORG_TITLES
        if self.lang == "tr":
            return f"{self.name(of, full=True)} {tr} {self.name(person, full=True)}"
        if self.rng.random() < 0.5:
            return f"{self.name(of, full=True)} {en} {self.name(person, full=True)}"
        return f"{en} of {self.name(of, full=True)} {self.name(person, full=True)}"

    # facts

    def meeting(self) -> str:
        day = self.event_day()
        a, b = self.pick("State", 2) or self.pick("Organization", 2)
        mediator = self.pick(self.rng.choice(["State", "Organization", "Person"]), 1, (a, b))
        place = self.pick("Place")
        year = self.rng.random() < 0.7
        if self.lang == "en":
            where = f" in {self.name(place[0])}" if place else ""
            by = f" under the mediation of {self.name(mediator[0])}" if mediator else ""
            form = self.rng.choice(
                [
                    "On {d}, the leaders of {a} and {b} met{w}{m}.",
                    "Officials of {a} and {b} held talks{w} on {d}{m}.",
                    "{A} and {b} resumed negotiations{w} on {d}{m}, according to diplomatic sources.",
                ]
            )
            return form.format(
                d=self.when(day, year), a=self.name(a), A=self.name(a), b=self.name(b), w=where, m=by
            )
        where = f"{self.tr_case(place[0], 'loc')} " if place else ""
        by = f"{self.tr_case(mediator[0], 'gen')} arabuluculuğunda " if mediator else ""
        form = self.rng.choice(
            [
                "{d} tarihinde {w}{m}bir araya gelen {a} ve {b} liderleri görüştü.",
                "{a} ile {b} heyetleri {d} günü {w}{m}müzakere masasına oturdu.",
                "{d}'te {w}{a} ve {b} arasındaki görüşme {m}gerçekleşti.",
            ]
        )
        return form.format(d=self.when(day, year), a=self.name(a), b=self.name(b), w=where, m=by)

    def leadership(self) -> str:
        found = self.leader(self.date)
        if found is None:
            return self.background()
        person, of, title = found
        who = self.titled(person, of, title)
        topic = self.pick("Corridor")
        if self.lang == "en":
            about = self.name(topic[0]) if topic else "the peace process"
            return self.rng.choice(
                [
                    f"{who} said that the talks on the {about} had entered a decisive phase.",
                    f"Speaking to reporters, {who} called for a lasting settlement.",
                    f"{who} described the {about} as a matter of regional security.",
                ]
            )
        about = self.tr_case(topic[0], "gen") if topic else "barış sürecinin"
        return self.rng.choice(
            [
                f"{who}, {about} önemine dikkat çekti.",
                f"Gazetecilerin sorularını yanıtlayan {who}, kalıcı bir barış çağrısı yaptı.",
                f"{who} açıklamasında {about} bölgesel güvenlik açısından önemini vurguladı.",
            ]
        )

    def treaty(self) -> str:
        day = self.event_day()
        a, b = self.pick("State", 2)
        place = self.pick("Place")
        doc = self.rng.choice(TREATIES[self.lang])
        if self.lang == "en":
            where = f" in {self.name(place[0])}" if place else ""
            return f"{self.name(a)} and {self.name(b)} signed the {doc}{where} on {self.when(day)}."
        where = f"{self.tr_case(place[0], 'loc')} " if place else ""
        return f"{self.name(a)} ve {self.name(b)}, {self.when(day)} tarihinde {where}{doc} imzaladı."

    def corridor(self) -> str:
        corridor = self.pick("Corridor")
        if not corridor:
            return self.background()
        c = corridor[0]
        state = self.pick("State")[0]
        place = self.pick("Place")
        other = place[0] if place else self.pick("State", 1, (state,))[0]
        kind = self.rng.randrange(3)
        if self.lang == "en":
            if kind == 0:
                return f"The {self.name(c)} would connect {self.name(state)} with {self.name(other)}."
            if kind == 1:
                return f"The {self.name(c)} is to be operated under the control of {self.name(state)}."
            return f"{self.name(state)} has repeatedly objected to the {self.name(c)}."
        if kind == 0:
            return (
                f"{self.name(c)}, {self.name(state)} ile {self.name(other)} arasında doğrudan "
                "bağlantı kurulmasına olanak verecek."
            )
        if kind == 1:
            return f"{self.tr_case(c, 'gen')} {self.tr_case(state, 'gen')} kontrolünde açılması öngörülüyor."
        return f"{self.name(state)}, {self.tr_case(c, 'dat')} güçlü itirazlarını dile getirdi."

    def background(self) -> str:
        rng = self.rng
        states = self.pick("State", 2)
        s = [self.name(x) for x in states] or ["the region", "its neighbours"]
        if self.lang == "en":
            opening = rng.choice(
                [
                    "Analysts note that",
                    "Observers in the region argue that",
                    "According to experts,",
                    "Diplomats familiar with the process say that",
                    "In the view of many commentators,",
                ]
            )
            body = rng.choice(
                [
                    f"the balance of power between {s[0]} and {s[1]} has shifted since the war",
                    "transport links across the South Caucasus remain at the heart of the dispute",
                    f"economic ties with {s[0]} could shape the next stage of the talks",
                    "the delimitation of the border is the hardest question still open",
                    "energy routes and trade corridors give the region a weight beyond its size",
                    f"public opinion in {s[1]} remains divided over the concessions",
                ]
            )
            close = rng.choice(
                [
                    ", and few expect a quick settlement.",
                    ", although the details have not been made public.",
                    ".",
                    ", a view shared by several think tanks.",
                    ", while the timetable remains uncertain.",
                ]
            )
            return f"{opening} {body}{close}"
        opening = rng.choice(
            [
                "Analistlere göre",
                "Bölgedeki gözlemcilere göre",
                "Uzmanların değerlendirmesine göre",
                "Diplomatik kaynaklara göre",
            ]
        )
        body = rng.choice(
            [
                f"{s[0]} ile {s[1]} arasındaki güç dengesi savaştan bu yana değişti",
                "Güney Kafkasya'daki ulaşım bağlantıları anlaşmazlığın merkezinde yer alıyor",
                "sınırın belirlenmesi hâlâ açık olan en zor mesele",
                "enerji hatları ve ticaret koridorları bölgeye büyüklüğünün ötesinde bir önem kazandırıyor",
                f"{s[1]} kamuoyu verilecek tavizler konusunda bölünmüş durumda",
            ]
        )
        close = rng.choice([" ve kısa vadede bir çözüm beklenmiyor.", ".", ", ancak ayrıntılar açıklanmadı."])
        return f"{opening} {body}{close}"


def article(seed: int, index: int, lexicon: dict[str, list[Actor]]) -> tuple[str, str, dict[str, str]]:
    """Document ``index`` of the corpus with ``seed``: (file stem, text, metadata)."""
    rng = random.Random(f"caucasus-kg corpus {seed}/{index}")
    lang = "tr" if rng.random() < 0.5 else "en"
    date = dt.date(2020, 11, 10) + dt.timedelta(days=rng.randrange(0, 5 * 365))
    art = Article(rng, lexicon, lang, date)
    makers: list[Callable[[], str]] = [art.meeting, art.leadership, art.treaty, art.corridor, art.background]
    weights = [2, 2, 1, 2, 11]  # about a third of the sentences carry a fact, as in the bundled articles
    paragraphs: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        sentences = [rng.choices(makers, weights)[0]() for _ in range(rng.randrange(3, 7))]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    headline = art.meeting().rstrip(".") if rng.random() < 0.5 else art.corridor().rstrip(".")
    text = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    meta = {
        "title": headline[:200],
        "language": lang,
        "date": date.isoformat(),
        "publisher": rng.choice(PUBLISHERS[lang]),
        "source": f"synthetic: bench/generate_corpus.py, seed {seed}, document {index}",
        "licence": "synthetic text, CC0",
    }
    return f"{lang}-{seed}-{index:06d}", text, meta


def _toml(meta: dict[str, str]) -> str:
    def quote(value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    return "".join(f"{k} = {quote(v)}\n" for k, v in meta.items())


def generate(docs: int, seed: int, out: Path, start: int = 0, lexicon_dir: Path | None = None) -> int:
    """Write documents ``start … start+docs-1`` into ``out``; returns bytes of text written."""
    lexicon = read_lexicon(lexicon_dir)
    if not lexicon.get("State") or len(lexicon["State"]) < 3:
        raise SystemExit("the lexicon has fewer than three states: nothing realistic can be generated")
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for index in range(start, start + docs):
        stem, text, meta = article(seed, index, lexicon)
        data = text.encode("utf-8")
        (out / f"{stem}.txt").write_bytes(data)
        (out / f"{stem}.meta.toml").write_text(_toml(meta), encoding="utf-8")
        written += len(data)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, required=True, help="how many documents (1 to 100000)")
    parser.add_argument("--seed", type=int, default=1, help="the seed: same seed, same corpus")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write into")
    parser.add_argument("--start", type=int, default=0, help="index of the first document")
    parser.add_argument(
        "--lexicon", type=Path, default=None, help="a lexicon folder (default: the bundled one)"
    )
    args = parser.parse_args(argv)
    if not 1 <= args.docs <= 100_000:
        parser.error(f"--docs {args.docs}: give between 1 and 100000 documents")
    started = time.perf_counter()
    written = generate(args.docs, args.seed, args.out, args.start, args.lexicon)
    print(
        f"wrote {args.docs} documents ({written / 1e6:.1f} MB of text) to {args.out} "
        f"in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
