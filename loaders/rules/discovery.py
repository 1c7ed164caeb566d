"""Entities the lexicon does not know, found by the words around them.

Real news names people, offices, organizations and places that no curated
lexicon lists: a transport minister, a spokesperson, a border commission, a
port.  A capitalised name becomes an entity when its slot says what it is:

- a **person** after a title or office ("Foreign Minister Ceyhun Bayramov",
  "Özel Temsilci Serdar Kılıç", "spokesperson Maria Zakharova") or before one
  in apposition ("Ruben Rubinyan, Armenia's special envoy,");
- an **organization** by its head word ("... Commission", "... Group",
  "... Bakanlığı", "... Teşkilatı"); a state's ministry is keyed by its state
  and portfolio in both languages (``azerbaijan-ministry-of-foreign-affairs``
  for "Azerbaijani Foreign Ministry" and "Azerbaycan Dışişleri Bakanlığı");
- a **place** in a place slot: "in X", "port of X", "X limanı", "X'te", a
  head word ("... Bridge", "... Köprüsü"), or a dateline ("BRUSSELS, April 6 —").

New entities get keys minted from their normalised name (the same name in
two documents is one key), a type and label statements, and no Wikidata
link.  Within a document a later bare surname ("Rubinyan said") is the
person already named in full.  Offices make ``leaderOf``: a minister leads
the ministry, a secretary general or chair the organization, a head of state
or government the state.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from loaders.rules import M, Sentence, by_first_letter, has_any, names_no_town
from loaders.text import fold

# (with the letters of Central European, Nordic and Azerbaijani names: "Miroslav Lajčák", "Šefčovič",
# "Michał", "Əliyev")
_UP = "A-ZÇĞİÖŞÜÂÎÛÁÉÍÓÚÀÈÑÄËÏČĆŠŽŘĚÝŮŹŻŁŃŐŰÃÕÔÊÅØÆƏ"
_LOW = "a-zçğıöşüâîûáéíóúàèñäëïßčćšžřěýůźżłńőűãõôêåøæə"
_APOS = "'’‘ʼ`´"
# A capitalised word (hyphenated parts allowed: Kassym-Jomart, Al-Sisi), an
# initial ("I."), and the lower-case particles names carry inside.
# "People's Council", "Women's Union": the plural possessives inside an organization's name.
_POSSESSIVE = rf"(?:People|Women|Workers|Children)['’]s?(?=\s+[{_UP}])"
# (surnames with a capital inside: "DiCarlo", "McCain", "MacArthur", "LeBlanc")
_WORD = rf"(?:{_POSSESSIVE}|(?:Mc|Mac|Di|De|Le|La|Du)?[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*|[{_UP}]\.)"
_PARTICLE = r"(?:bin|ibn|al|el|von|der|van|de|da|di|du|la|le)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{0,3}}"
_RUN = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{0,8}}"
# (the look-ahead for a capital first: the look-behind is tried only where a run can start)
_CAPS_RE = re.compile(rf"(?=[{_UP}])(?<![\w{_APOS}])(?P<name>{_RUN})(?P<suffix>[{_APOS}][{_LOW}]+)?(?![\w])")
# The same runs found in " " + text (offsets one more): the one character before a run, where
# _CAPS_RE looks behind, opens the pattern, so the engine skips in C to the next character of
# that class instead of trying every position; a run ends before no word character, and starts
# with one, so no run is lost to the character taken before the next.
_CAPS_SCAN = re.compile(rf"[^\w{_APOS}](?=[{_UP}])(?P<name>{_RUN})(?P<suffix>[{_APOS}][{_LOW}]+)?(?![\w])")
_ARTICLE = re.compile(r"(?:the|a|an)\s+")
_NON_SPACE = re.compile(r"\S+")
_BOARD_CHAIR = re.compile(r"\bchair\w* of the (?:management |supervisory )?$")
_OF_TAIL = re.compile(rf"(?:\s+(?:of|for|on|and|between)\s+(?:the\s+)?{_NAME}){{1,6}}")
_SPACES_END = re.compile(r"\s+$")
_TR_FOLD = str.maketrans("çğıöşüâîûáéíóúàèñäëïİ", "cgiosuaiuaeiouaenaeiI")
# letters NFKD does not take apart: "Michał" is "michal", "Støre" "store"
_NO_DECOMPOSITION = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss"})
# Turkish typed without its letters ("Disisleri Bakani", "Cumhurbaskani", "Basbakan Yardimcisi"):
# the title patterns take either letter
_ASCII_TR = str.maketrans("şçğöüâîû", "scgouaiu")
_LOOSE = {"ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u"}


_DE_DA = re.compile(r" d[ae] ")


def _split_at_conjunction(text: str, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """In Turkish "de" / "da" between capitalised words is the conjunction ("Bakan Zarif de
    Azerbaycan'ın ...", "Paşinyan da Erivan'a döndü"), not a name's particle: two runs."""
    out: list[tuple[int, int, str]] = []
    for start, end, suffix in runs:
        at = start
        for conj in _DE_DA.finditer(text, start, end):
            out.append((at, conj.start(), ""))
            at = conj.end()
        out.append((at, end, suffix))
    return out


def ascii_tr(text: str) -> str:
    """A folded Turkish text as typed without its own letters (same length)."""
    return text.translate(_ASCII_TR)


def loose(pattern: str) -> str:
    """A regular expression that matches Turkish words typed with or without their own
    letters: "ş" becomes "[şs]", and "[üu]" stays as it is.

    >>> loose(r"dişişleri bakan[ii]")
    'di[şs]i[şs]leri bakan[ii]'
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif ch in _LOOSE:
            out.append(ch + _LOOSE[ch] if in_class else f"[{ch}{_LOOSE[ch]}]")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_TURKISH_LETTERS = frozenset("şçğöü")


def loosen_turkish(names: dict[str, object]) -> None:
    """Make a rule module's Turkish patterns and word lists (a module's ``globals()``) read Turkish
    typed without its own letters too: a compiled pattern with a Turkish letter is compiled
    again through :func:`loose`, a ``{"tr": ...}`` table's words gain their plain spelling."""

    def loosened(value: object) -> object:
        if isinstance(value, re.Pattern) and _TURKISH_LETTERS.intersection(value.pattern):
            return re.compile(loose(value.pattern), value.flags)
        if isinstance(value, tuple) and value and all(isinstance(w, str) for w in value):
            plain = tuple(ascii_tr(w) for w in value if isinstance(w, str))
            return tuple(dict.fromkeys(value + plain))
        if isinstance(value, frozenset) and value and all(isinstance(w, str) for w in value):
            return value | frozenset(ascii_tr(w) for w in value if isinstance(w, str))
        return value

    for name, value in list(names.items()):
        if name.startswith("__"):
            continue
        if isinstance(value, re.Pattern):
            names[name] = loosened(value)
        elif isinstance(value, dict) and "tr" in value:
            value["tr"] = loosened(value["tr"])


# -- offices --------------------------------------------------------------------

# Portfolios, in the words of each language (folded text), to the key's English part.
PORTFOLIOS: dict[str, dict[str, str]] = {
    "en": {
        "foreign": "foreign-affairs",
        "foreign affairs": "foreign-affairs",
        # France's and Luxembourg's foreign ministries by their names
        "europe and foreign affairs": "foreign-affairs",
        "european and foreign affairs": "foreign-affairs",
        "foreign and european affairs": "foreign-affairs",
        "foreign affairs and international cooperation": "foreign-affairs",
        "defence": "defence",
        "defense": "defence",
        "national defence": "defence",
        "national defense": "defence",
        "interior": "interior",
        "internal affairs": "interior",
        "transport": "transport",
        # Azerbaijan's ministry of transport by its name until 2021
        "transport, communications and high technologies": "transport",
        "transport, communication and high technologies": "transport",
        "transportation": "transport",
        "transport and infrastructure": "transport",
        "economy": "economy",
        "economic development": "economy",
        "energy": "energy",
        "trade": "trade",
        "commerce": "trade",
        "finance": "finance",
        "justice": "justice",
        "agriculture": "agriculture",
        "culture": "culture",
        "education": "education",
        "labour and social security": "labour-and-social-security",
        "labor and social security": "labour-and-social-security",
        "family and social services": "family-and-social-services",
        "youth and sports": "youth-and-sports",
        "health": "health",
        "emergency situations": "emergency-situations",
        "digital development": "digital-development",
        "territorial administration and infrastructure": "territorial-administration-and-infrastructure",
        "environment": "environment-and-urbanization",
        "environment and urbanization": "environment-and-urbanization",
        "environment and urbanisation": "environment-and-urbanization",
        "roads and urban development": "roads-and-urban-development",
        "roads and urbanization": "roads-and-urban-development",
        "high-tech industry": "high-tech-industry",
        "high technology industry": "high-tech-industry",
        # the ministry of digital development and transport (Azerbaijan, 2021-): one key per body, its
        # transport (as the devset's analysts key it wherever "transport" is in the name written)
        "digital development and transport": "transport",
        "economy and sustainable development": "economy",
        "industry and technology": "industry-and-technology",
        # Kazakhstan's ministry by its name from 2019 to 2023
        "industry and infrastructure development": "industry-and-infrastructure-development",
    },
    "tr": {
        "dişişleri": "foreign-affairs",
        "savunma": "defence",
        "milli savunma": "defence",
        "içişleri": "interior",
        "ulaştirma": "transport",
        "ulaştirma ve altyapi": "transport",
        "ulaştirma, iletişim ve yüksek teknolojiler": "transport",
        "ulaştirma, haberleşme ve yüksek teknolojiler": "transport",
        "ekonomi": "economy",
        "enerji": "energy",
        "enerji ve tabii kaynaklar": "energy",
        "ticaret": "trade",
        "hazine ve maliye": "finance",
        "maliye": "finance",
        "adalet": "justice",
        "tarim ve orman": "agriculture",
        "kültür ve turizm": "culture",
        "milli eğitim": "education",
        "çalişma ve sosyal güvenlik": "labour-and-social-security",
        "aile ve sosyal hizmetler": "family-and-social-services",
        "gençlik ve spor": "youth-and-sports",
        "sağlik": "health",
        "acil durumlar": "emergency-situations",
        "çevre ve şehircilik": "environment-and-urbanization",
        "çevre, şehircilik ve iklim değişikliği": "environment-and-urbanization",
        "yol ve şehircilik": "roads-and-urban-development",
        "yüksek teknoloji sanayi": "high-tech-industry",
        "yüksek teknoloji sanayii": "high-tech-industry",
        "dijital kalkinma ve ulaştirma": "transport",
        "dijital kalkinma": "digital-development",
        "ekonomi ve sürdürülebilir kalkinma": "economy",
        "bölgesel yönetim ve altyapi": "territorial-administration-and-infrastructure",
        "sanayi ve teknoloji": "industry-and-technology",
    },
}
_PORTFOLIO_EN = "|".join(sorted(map(re.escape, PORTFOLIOS["en"]), key=len, reverse=True))
_PORTFOLIO_TR = loose("|".join(sorted(map(re.escape, PORTFOLIOS["tr"]), key=len, reverse=True)))
_PORTFOLIOS_ASCII_TR = {ascii_tr(words): key for words, key in PORTFOLIOS["tr"].items()}


def ministry_portfolios() -> frozenset[str]:
    """Every portfolio a ministry's key can end in."""
    return frozenset(PORTFOLIOS["en"].values()) | frozenset(PORTFOLIOS["tr"].values())


def portfolio_of(lang: str, words: str) -> str:
    """The portfolio key of a title's portfolio words ("dişişleri", or "disisleri" typed plain)."""
    words = " ".join(words.split())
    found = PORTFOLIOS[lang].get(words)
    if found is None and lang == "tr":
        found = _PORTFOLIOS_ASCII_TR.get(ascii_tr(words))
    return found or ""


_PORTFOLIO_NAMES_EN = {v: k.title().replace(" And ", " and ") for k, v in reversed(PORTFOLIOS["en"].items())}
# the name its key spells wins ("Foreign Affairs", not the title's short "Foreign")
_PORTFOLIO_NAMES_EN.update(
    {v: k.title().replace(" And ", " and ") for k, v in PORTFOLIOS["en"].items() if k.replace(" ", "-") == v}
)
_PORTFOLIO_NAMES_TR = {
    "foreign-affairs": "Dışişleri",
    "defence": "Savunma",
    "interior": "İçişleri",
    "transport": "Ulaştırma ve Altyapı",
    "economy": "Ekonomi",
    "energy": "Enerji",
    "trade": "Ticaret",
    "finance": "Hazine ve Maliye",
    "justice": "Adalet",
    "agriculture": "Tarım",
    "culture": "Kültür",
    "education": "Eğitim",
    "health": "Sağlık",
    "emergency-situations": "Acil Durumlar",
    "digital-development": "Dijital Kalkınma",
    "territorial-administration-and-infrastructure": "Bölgesel Yönetim ve Altyapı",
    "environment-and-urbanization": "Çevre ve Şehircilik",
    "roads-and-urban-development": "Yol ve Şehircilik",
    "high-tech-industry": "Yüksek Teknoloji Sanayii",
    "industry-and-technology": "Sanayi ve Teknoloji",
    "labour-and-social-security": "Çalışma ve Sosyal Güvenlik",
    "family-and-social-services": "Aile ve Sosyal Hizmetler",
    "youth-and-sports": "Gençlik ve Spor",
}

# Titles before a name.  Group ``p``: a portfolio (a minister leads its
# ministry); ``head``: a head of state or government; ``org``: the head of an
# organization; anything else names a person and leads nothing.
_TITLE_BEFORE = {
    "en": re.compile(
        r"(?<![\w-])(?:(?:deputy|first deputy|acting|former|then)\s+)?(?:"
        rf"(?P<p>{_PORTFOLIO_EN})\s+minister|minister\s+(?:of|for)\s+(?P<p2>{_PORTFOLIO_EN})|"
        r"(?P<sos>secretary of state)|(?P<fd>top diplomat|chief diplomat)|"
        # "Defense Secretary Lloyd Austin", "US Secretary of Defense Pete Hegseth": the US title
        r"(?P<p3>defen[cs]e)\s+secretary|secretary\s+of\s+(?P<p4>defen[cs]e)|"
        # "Secretary Blinken": the US usage, for a holder of the lexicon's secretary-of-state role
        r"(?P<sec>(?<!security council )secretary(?!\s+(?:general|of)\b))|"
        r"(?P<head>president|prime minister|premier|chancellor|king|emir|supreme leader|crown prince)|"
        r"(?P<org>chair(?:man|woman|person)?\s+of\s+the\s+(?:management\s+|supervisory\s+)?board"
        r"(?:\s+of\s+directors)?|"
        r"secretary[- ]general|chair(?:man|woman|person)?(?:[- ]in[- ]office)?|director[- ]general|"
        r"executive secretary|head|ceo|chief executive(?: officer)?|general director|managing director|"
        # "Secretary of the Armenian Security Council X", "Armenian Security Council Secretary X": the
        # secretary heads a security council (its staff), as the development set reads him
        r"secretary of the (?:[\w-]+\s+){0,2}security council|(?<=security council )secretary)|"
        r"(?P<other>vice[- ]president|vice[- ]premier|deputy secretary of state|"
        r"assistant secretary of state|special envoy|envoy|special representative|representative|"
        r"ambassador|spokes(?:person|man|woman)|(?:senior |national security |chief )?advis[eo]r|"
        r"speaker|co-?chair(?:man)?|commander|senator|governor|mayor|chief of staff|mr|ms|mrs|dr|"
        r"general|colonel|lieutenant general|major general|minister|patriarch|sheikh|mp|"
        r"colonel general|brigadier general|admiral|col\. gen|lt\. gen|maj\. gen|brig\. gen|gen|col|"
        r"head of (?:the )?(?:\w+ )?delegation|negotiator|chief negotiator|lawmaker|official|analyst|"
        r"expert|professor|journalist|correspondent|leader|opposition leader|former president|"
        r"ombudsman|prosecutor|commissioner|european commissioner|counterpart,?)"
        # "Special Envoy of Türkiye X", "Iran's Ambassador to Armenia X", "Minister of Foreign Affairs
        # of the Republic of Azerbaijan X", "... of the Russian Federation X"
        # "the Armenian ambassador to Iran, Grigor Hakobyan": the name set off by a comma after it
        r")\.?\s+(?:(?:of|to)\s+(?:the\s+)?(?:republic\s+of\s+)?\w+(?:\s+\w+)?,?\s+)?$"
    ),
    "tr": re.compile(
        r"(?<![\w-])(?:"
        rf"(?P<p>{_PORTFOLIO_TR})\s+bakan(?:[ii]|imiz|\s+vekil[ii])|"
        r"(?P<head>cumhurbaşkan[ii](?:\s+vekil[ii])?|devlet başkan[ii]|başbakan(?:[ii]?|\s+vekil[ii])|"
        r"kral[ii]?|emir[ii]?|"
        r"(?:dini|yüksek) lider[ii]|şansölyes[ii])|"
        r"(?P<org>genel sekreter[ii]?|genel başkan[ii]|başkan[ii]|icra sekreter[ii]|genel müdür[üu]|"
        r"(?<=güvenlik konseyi )sekreter[ii])|"
        r"(?P<other>(?:özel )?temsilcileri|bakanlari|liderleri|büyükelçileri|sözcüleri|"
        r"cumhurbaşkani (?:birinci )?yardimcis[ii]|"
        r"(?:parlamento |meclis )?başkan (?:birinci )?yardimcis[ii]|"
        r"başbakan (?:birinci )?yardimcis[ii]|bakan (?:birinci )?yardimcis[ii]|"
        r"(?:genel )?müdür yardimcis[ii]|müdür[üu]|dişişleri bakan (?:birinci )?yardimcis[ii]|"
        r"özel temsilcis[ii]|özel temsilci|temsilcis[ii]|"
        r"özel elçis[ii]|elçis[ii]|büyükelçis[ii]|büyükelçi|sözcüs[üu]|danişman[ii]|başdanişman[ii]|"
        r"eş ?başkan[ii]|komutan[ii]|senatör|vali(?:si)?|belediye başkan[ii]|milletvekili|bakan|"
        r"başmüzakerecis[ii]|müzakerecis[ii]|heyeti başkan[ii]|lider[ii]|muhalefet lideri|"
        r"(?:baş)?müşavir[ii]|komiser[ii]|kaymakam[ii]|mevkidaş[ii],?|"
        r"eski cumhurbaşkan[ii]|uzman[ii]?|profesör|prof\. dr\.|doç\. dr\.|dr\.|"
        r"orgeneral|korgeneral|tümgeneral|tuğgeneral|albay|yarbay|binbaşi|amiral|koramiral|tümamiral)"
        r")\s+(?:(?:sayin|sn\.?)\s+)?$"
    ),
}
_HONORIFICS = frozenset({"sayin", "sn.", "sn", "bay", "bayan", "mr.", "mrs.", "ms.", "dr.", "prof."})
_NOT_NAME = frozenset(
    # Capitalised words that open a sentence or follow a title without being a name.
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "it",
        "zirve",
        "zirvesi",
        "toplanti",
        "toplantisi",
        "they",
        "we",
        "his",
        "her",
        "their",
        "our",
        "on",
        "in",
        "at",
        "of",
        "and",
        "but",
        "for",
        "with",
        "after",
        "before",
        "during",
        "while",
        "as",
        "by",
        "to",
        "from",
        "since",
        "also",
        "however",
        "meanwhile",
        "according",
        "earlier",
        "later",
        "last",
        "next",
        "both",
        # "Neither Aliyev nor Pashinyan made statements": a conjunction, no first name
        "neither",
        "either",
        "nor",
        "bu",
        "şu",
        "o",
        "ve",
        "ile",
        "ancak",
        "ayrica",
        "öte",
        "daha",
        "sonra",
        "önce",
        "bir",
        "mr",
        "ms",
        "said",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "pazartesi",
        "sali",
        "çarşamba",
        "perşembe",
        "cuma",
        "cumartesi",
        "pazar",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "ocak",
        "şubat",
        "mart",
        "nisan",
        "mayis",
        "haziran",
        "temmuz",
        "ağustos",
        "eylül",
        "ekim",
        "kasim",
        "aralik",
        # time words and common nouns a capital letter does not make a name ("Brussels Today, ...",
        # "the General Staffs", "Official Website", "from the West", "From Wikipedia")
        "today",
        "yesterday",
        "tomorrow",
        "bugün",
        "dün",
        "yarin",
        "staff",
        "staffs",
        "website",
        "west",
        "east",
        "wikipedia",
        # where words are said or written, no place ("Anayasa'da", "Telegram'da", "Kongre'de")
        "anayasa",
        "constitution",
        "telegram",
        "youtube",
        "whatsapp",
        "kongre",
        "congress",
        # a text's parts ("in Article 9", "in Section 3", "Madde 9'da")
        "article",
        "section",
        "paragraph",
        "clause",
        "chapter",
        "annex",
        "madde",
        "maddesi",
        # a meeting's word capitalised as a name ("Forum'da", "Kabine Toplantısı'nın ardından")
        "forum",
        "summit",
        "kabine",
        "görüşmesi",
        "konferansi",
        # "in Late August", "in Early 2024", "in Spring", "in English": times and languages
        "late",
        "early",
        "mid",
        "spring",
        "summer",
        "autumn",
        "winter",
        "english",
        "french",
        "german",
        "president",
        "minister",
        "prime",
        "foreign",
        "deputy",
        "cumhurbaşkani",
        "başbakan",
        "bakan",
        "dişişleri",
    }
)

# Head words of organization names (the last word of the name, folded).
_ORG_HEAD = {
    "en": re.compile(
        r"(?:ministry|commission|committee|council|group|organi[sz]ation|agency|service|union|alliance|"
        r"parliament|assembly|office|mission|bank|fund|company|corporation|railways?|court|forum|institute|"
        r"cent(?:er|re)|foundation|party|movement|army|forces|guard|directorate|department|administration|"
        r"secretariat|consortium|authority|programme|program|coalition|federation|association|chamber|"
        r"university|caspian shipping company|troops|contingent|initiative|platform|board|network|"
        r"inc|ltd|llc|jsc|cjsc|plc|senate|community)"
    ),
    "tr": re.compile(
        r"(?:bakanliği|komisyonu|komitesi|konseyi|grubu|örgütü|teşkilati|ajansi|servisi|birliği|ittifaki|"
        r"meclisi|parlamentosu|ofisi|misyonu|bankasi|fonu|şirketi|demiryollari|mahkemesi|forumu|enstitüsü|"
        r"merkezi|vakfi|partisi|başkanliği|müdürlüğü|kuvvetleri|ordusu|sekreterliği|kurumu|kurulu|"
        r"platformu|koalisyonu|federasyonu|derneği|odasi|üniversitesi|holding|a\.ş\.|"
        # "Türkmenistan Halk Maslahatı" (the People's Council), "Milli Şurası", "Ali Şurası"
        r"maslahati|şurasi|senatosu|asamblesi)"
    ),
}
# Head words of place names, and the words that make a place of the name before or after them.
_PLACE_HEAD = {
    "en": re.compile(
        r"(?:bridge|port|gate|crossing|checkpoint|airport|station|pass|valley|region|province|district|"
        r"village|river|sea|lake|mountains?|highway|island|oblast|corridor|border crossing)"
    ),
    "tr": re.compile(
        r"(?:köprüsü|limani|kapisi|sinir kapisi|havalimani|gari|istasyonu|geçidi|vadisi|bölgesi|ili|ilçesi|"
        r"köyü|nehri|denizi|gölü|dağlari|otoyolu|adasi)"
    ),
}
_PLACE_BEFORE_EN = re.compile(
    r"(?:\b(?:in|at|near|outside|inside|to|from|via|through|across|into|port of|city of|town of|"
    r"village of|region of|province of|district of|capital,?|hosted in|held in|based in)\s+(?:the\s+)?)$"
)
_PLACE_AFTER_TR = re.compile(
    r"\s+(?:limani|kenti|şehri|başkenti|ilçesi|köyü|bölgesi|sinir kapisi|kapisi|havalimani|şehirleri|"
    r"kentleri|köyleri|ilçeleri|limanlari|sinir noktasi|sinir noktalari|vilayeti|eyaleti|kasabasi)\w*"
)
# "Tegh, a village in Armenia's Syunik province": a name set off as a kind of place
_PLACE_AFTER_EN = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+)?(?:village|town|city|port|district|province|region|settlement|township)\s+"
    r"(?:in|of|near|on)\b"
)
# "Ermenistan tarafındaki Akhurik": a name on one side of a border is a place
_PLACE_BEFORE_TR = re.compile(r"\btarafindaki\s+$")
# "Hocalı, Hocavend ve Ağdere şehirleri", "Baganis, Voskepar and Kirants": the next item of a list of places
_LISTED = re.compile(r"(?:,\s*|\s+(?:ve|and)\s+)$")
_LIST_GOES_ON = re.compile(
    r"(?:,\s*|\s+(?:ve|and)\s+|\s+(?:şehirleri|kentleri|köyleri|ilçeleri|villages|cities|towns))"
)
_LOCATIVE_TR = re.compile(rf"^[{_APOS}](?:[dt][ae]|n[dt][ae])(?:ki)?$")
_DATELINE = re.compile(
    rf"^\s*(?P<place>[{_UP}][{_UP}{_LOW}.-]+(?:[ ,]+[{_UP}][{_UP}{_LOW}.-]+)?)\s*"
    r"(?:,\s*(?:\d|[A-Za-zÇĞİÖŞÜçğıöşü]+\s+\d)|\s*\((?:[A-Za-z/ -]+)\)\s*[-–—]|\s*[-–—]\s)"
)
_PERSON_AFTER = {
    "en": re.compile(
        r",\s+(?:the\s+|a\s+)?(?:\w+(?:'s)?\s+){0,3}?(?:foreign minister|minister|president|prime minister|"
        r"envoy|special envoy|special representative|ambassador|spokes(?:person|man|woman)|advis[eo]r|"
        r"secretary[- ]general|deputy \w+ minister|deputy prime minister|chair(?:man|woman)?|head|"
        r"co-chair|commander|negotiator|senator|official|analyst|expert|researcher|scholar|professor|"
        r"journalist|correspondent|lawmaker|governor|mayor|aide|leader|ceo|chief executive|"
        r"general director|managing director|director[- ]general|director|founder)\b"
        # "..., the official website of the port": the title word of a thing, not of a person
        r"(?!\s+(?:website|site|account|page|channel|statement|data|figures|journal|gazette|visit|"
        r"residence|report|portal))"
    ),
}
# The last word of an event's or a holiday's name: "Karabağ Savaşı", "Kurban Bayramı", "the
# Second Karabakh War" name no person and no place
_EVENT_LAST = frozenset(
    ["savaşi", "savasi", "bayrami", "bayram", "harekati", "operasyonu", "krizi", "war", "crisis", "goals"]
)
# "in the Central Asian states": an adjective before a plural noun is no place
_ADJECTIVE_BEFORE = re.compile(r"\s+(?:states|countries|nations|republics|regions|peoples)\b")
_SAID = {
    "en": re.compile(r"\s+(?:said|says|told|stated|noted|added|announced|declared|stressed|emphasi[sz]ed)\b"),
    "tr": re.compile(r"\s*,?\s+(?:açiklama|dedi|söyledi|belirtti|ifade etti|vurguladi|kaydetti)"),
}
_REPORTS = re.compile(
    r"\s+(?:reports?|reported|writes|wrote|informs|cited|quoted|added)\b|'?(?:[ae] göre|bildirdi)"
)
_SAID_BEFORE = re.compile(r"(?:[,\"”’]\s*(?:said|says|added|asked|wrote)|\baccording to)\s+$")
_SPEECH_TR = re.compile(rf"^[{_APOS}](?:[ıiuü]n|n[ıiuü]n)$")


def slug(name: str) -> str:
    """A key from a name: ASCII, lower case, words joined by ``-``.

    >>> slug("Serdar Kılıç")
    'serdar-kilic'
    >>> slug("İlham Əliyev")
    'ilham-aliyev'
    >>> slug("People's Council")
    'peoples-council'
    """
    text = re.sub(r"[–—]", "-", name.replace("ə", "a").replace("Ə", "A").translate(_TR_FOLD))
    text = text.translate(_NO_DECOMPOSITION)
    text = re.sub(r"(?<=\w)['’](?=s\b)", "", text)  # an English possessive is part of its word
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


# Surnames of the region's non-Turkish names ("Davitaşvili", "Aşimbayev", "Şahramanyan"): a Turkish
# text writes their sh and ch as ş and ç, which the usual English spelling (the key) keeps
_FOREIGN_SURNAME_TR = re.compile(r"(?:yan|ian|şvili|svili|dze|ov|ova|ev|eva|yev|yeva|enko|ski|sky|skiy)$")


def person_slug(s: Sentence, name: str) -> str:
    """A person's key from a name as the text writes it: in a Turkish text a foreign surname's
    "ş" and "ç" are the English "sh" and "ch" ("Levan Davitaşvili" is ``levan-davitashvili``),
    a Turkish name's ("Mehmet Şimşek") fold to "s" and "c" as ``slug`` does."""
    words = name.split()
    if s.lang == "tr" and words and _FOREIGN_SURNAME_TR.search(words[-1].lower().strip("'’")):
        name = re.sub("ş", "sh", re.sub("Ş", "Sh", re.sub("ç", "ch", re.sub("Ç", "Ch", name))))
    return slug(name)


@dataclass(slots=True)
class Found:
    """What a document has discovered so far: key -> (type, label), and the
    surnames of the people named in full."""

    entities: dict[str, tuple[str, str]] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # folded name -> key, for later mentions
    described: set[object] = field(default_factory=set)  # keys (and (fact, key) pairs) stated once
    dateline: str = ""  # the place key of the dateline, if any
    cochaired: str = ""  # the group whose co-chairs the document last named with it


_MINISTRY_OF_STATE = {("iran", "transport"): "roads-and-urban-development"}


def ministry(state: str, portfolio: str) -> tuple[str, str, str]:
    """Key and English and Turkish labels of a state's ministry (the key is the same in both
    languages: ``<state>-ministry-of-<portfolio>``, the US Department of State included)."""
    # a portfolio a state gives a ministry of another name: Iran's transport is its Ministry of Roads
    # and Urban Development (since 2011), as the development set keys it
    portfolio = _MINISTRY_OF_STATE.get((state, portfolio), portfolio)
    key = f"{state}-ministry-of-{portfolio}"
    if key == "united-states-ministry-of-foreign-affairs":
        return key, "United States Department of State", "ABD Dışişleri Bakanlığı"
    name = _PORTFOLIO_NAMES_EN.get(portfolio, portfolio.replace("-", " ").title())
    return key, f"Ministry of {name}", f"{_PORTFOLIO_NAMES_TR.get(portfolio, name)} Bakanlığı"


def _part_of(s: Sentence, found: Found, ministry: str, state: str, span: tuple[int, int]) -> None:
    """A ministry is part of its state (``partOf``), stated once a document: what the
    minister or the ministry says in its name, the state says (the ontology's chains)."""
    if ("partOf", ministry) not in found.described:
        found.described.add(("partOf", ministry))
        s.state(ministry, "partOf", state, "entity", span, "entity.ministry")


def _minister(
    s: Sentence, found: Found, person: str, state: str, portfolio: str, span: tuple[int, int], rule: str
) -> None:
    """``person`` leads the state's ministry of ``portfolio``: the ministry is minted once a
    document (type and label) unless the lexicon knows it, and it is part of its state."""
    key = ministry(state, portfolio)[0]
    if _holds_elsewhere(s, person, state):
        return
    if key not in s.lexicon.entities and key not in found.described:
        label = _ministry_label(s, state, portfolio)
        found.entities[key] = ("Organization", label)
        found.described.add(key)
        s.state(key, "type", "Organization", "class", span, "entity.discovered")
        s.state(key, "label", label, "literal", span, "entity.label", datatype="string")
    s.state(person, "leaderOf", key, "entity", span, rule)
    _part_of(s, found, key, state, span)


def _holds_elsewhere(s: Sentence, person: str, state: str) -> bool:
    """The lexicon gives ``person`` a minister's office of another state at the date, and none of
    ``state``: a title read beside the name belongs to someone else ("Jeyhun Bayramov, Foreign
    Minister of the Russian Federation Sergey Lavrov", "his Azerbaijani and Georgian
    counterparts X and Y")."""
    roles = [
        r
        for r in s.lexicon.roles_of(person, s.document.date or s.doc_year)
        if r.title.endswith("-minister") or r.title == "secretary-of-state"
    ]
    return bool(roles) and not any(r.of == state or r.of.startswith(f"{state}-ministry-of-") for r in roles)


def _ministry_label(s: Sentence, state: str, portfolio: str) -> str:
    key, en, tr = ministry(state, portfolio)
    if key == "united-states-ministry-of-foreign-affairs":
        return tr if s.lang == "tr" else en
    if s.lang == "tr":
        return f"{s.label_of(state)} {tr}"
    return f"{en} of {s.label_of(state)}"


def _covered(s: Sentence, start: int, end: int) -> M | None:
    for m in s.mentions:
        if m.start < end and start < m.end:
            return m
    return None


def _add(s: Sentence, found: Found, key: str, type_: str, label: str, start: int, end: int) -> M | None:
    """A discovered mention; the entity's type and label are stated once a document."""
    if not key or len(key) < 3:
        return None
    known = s.lexicon.entities.get(key)
    if known is not None:
        m = M(key, known.type, start, end, "name")
        s.mentions.append(m)
        return m
    if (
        s.lang == "en"
        and key not in found.entities
        and not _HEADLINE_VERBS.isdisjoint(key.split("-"))
        and _title_case_line(s, start)
    ):
        # "EU Sets Up Civilian Mission in Armenia", "Michel Holds Separate Talks With ...": a
        # Title Case headline's verb is no part of a name
        return None
    if type_ == "Person" and "-" not in key and key not in found.entities:
        # a surname alone ("Almanya Dışişleri Bakanı Baerbock", "Minister Kulubaev said"): a
        # person's key is the full name, which this text does not give
        return None
    if key not in found.entities:
        found.entities[key] = (type_, label)
    found.names.setdefault(" ".join(s.folded[start:end].split("'")[0].split()), key)
    type_ = found.entities[key][0]
    m = M(key, type_, start, end, "discovered")
    s.mentions.append(m)
    if key not in found.described:
        found.described.add(key)
        s.state(key, "type", type_, "class", (start, end), "entity.discovered")
        s.state(
            key, "label", found.entities[key][1], "literal", (start, end), "entity.label", datatype="string"
        )
    return m


# the bare title of a minister, with no portfolio or state ("Bakan X", "Sayın Bakan X")
_BARE_MINISTER = {
    "en": re.compile(r"minister\.?\s+"),
    "tr": re.compile(r"bakan\s+(?:(?:sayin|sn\.?)\s+)?"),
}


def _one_portfolio(s: Sentence, person: str) -> tuple[str, str] | None:
    """The state and portfolio of the one cabinet ministry the lexicon gives ``person`` at the
    date (a foreign minister's or secretary of state's is foreign affairs); none when the
    lexicon gives none, or more than one (a deputy prime minister who is also a minister)."""
    held = set()
    for role in s.lexicon.roles_of(person, s.document.date or s.doc_year):
        if role.title in ("foreign-minister", "secretary-of-state"):
            held.add((role.of, "foreign-affairs"))
        elif role.title.endswith("-minister") and role.title not in (
            "prime-minister",
            "deputy-prime-minister",
        ):
            held.add((role.of, role.title.removesuffix("-minister")))
        elif role.title in ("prime-minister", "deputy-prime-minister", "president", "vice-president"):
            return None
    return held.pop() if len(held) == 1 else None


def _state_of_holder(s: Sentence, person: str, titles: tuple[str, ...]) -> str:
    date = s.document.date or s.doc_year
    for role in s.lexicon.roles_of(person, date):
        if role.title in titles:
            return role.of
    return ""


_TITLE_WORDS = frozenset(
    " ".join(
        (
            "deputy first acting foreign minister ministers prime premier president vice secretary general",
            "special envoy representative ambassador chairman chairwoman chair chairperson spokesperson",
            "spokesman spokeswoman adviser advisor senior national security state of the for head co-chair",
            "commander senator governor mayor defence defense transport transportation economy energy",
            "interior trade finance justice affairs chief staff mr ms mrs dr sir his her excellency",
            "king emir sheikh crown prince supreme leader chancellor lieutenant major colonel director",
            "executive official officials cumhurbaşkani cumhurbaşkan başbakan başbakani dişişleri bakani",
            "orgeneral korgeneral tümgeneral tuğgeneral albay yarbay binbaşi amiral koramiral tümamiral",
            "bakan yardimcisi özel temsilci temsilcisi sözcüsü büyükelçi büyükelçisi genel sekreteri",
            "sekreter savunma ulaştirma ve altyapi danişmani başdanişmani elçisi eş başkani başkan komutani",
            "içişleri ekonomi enerji ticaret milli soviet western eastern southern northern european",
            "islamic christian muslim congress parliament vali valisi belediye başkani",
            "lawmaker mp analyst expert professor journalist correspondent leader opposition ombudsman",
            "prosecutor negotiator patriarch speaker aide milletvekili sözcü uzmani profesör",
            "fellow researcher editor reporter founder scholar müşaviri müşavir başmüşaviri",
            "infrastructure development sustainable digital territorial administration urban roads",
            "environment urbanization urbanisation high-tech industry technology",
            "ceo müdür müdürü chairperson-in-office chairman-in-office chair-in-office vekili",
            "commissioner komiseri kaymakami kaymakam birinci directors under secretary-general",
            "vice-president vice-chairman vice-premier vice-minister",
        )
    ).split()
)


# A title inside a capitalised run, after the body it heads ("... İletişim Başkanı X", "...
# Kurumu Başkanı X", "... Bakanı X"): the last one in the run.
_INNER_TITLE = {
    # "High-Tech Industry Minister Gor Aslanyan": the name after a minister's title whose portfolio
    # words are capitalised
    # "Kazakh Senate Speaker X", "Kazakhstan Temir Zholy Chairman X": a head's title inside the run
    "en": re.compile(
        r"\b(?:minister|speaker|chairman|chairwoman|chairperson|ceo) "
        r"(?!.*\b(?:minister|speaker|chairman|chairwoman|chairperson|ceo) )"
    ),
    "tr": re.compile(
        r"(?:başkan[ii]|bakan[ii]|sekreter[ii]|sözcüs[üu]|temsilcis[ii]|müdür[üu]|milletvekili|valisi|"
        r"(?:baş)?müşavir[ii]) "
        r"(?!.*(?:başkan[ii]|bakan[ii]) )"
    ),
}


def discover(s: Sentence, found: Found) -> None:
    """Add mentions of entities the lexicon does not know; state the offices they hold."""
    text = s.text
    folded = s.folded
    if s.index <= 5 and not found.dateline:
        # "Headline\n\nBaku, June 12, AZERTAG. ...": a headline, a byline and a time stamp may
        # come first
        _dateline(s, found)
    _namesakes(s, found)
    _route_names(s, found)
    runs: list[tuple[int, int, str]] = []
    for match in _CAPS_SCAN.finditer(" " + text):
        runs.append((match.start("name") - 1, match.end("name") - 1, match.group("suffix") or ""))
    if s.lang == "tr":
        runs = _split_at_conjunction(text, runs)
        runs = _joined_bodies(s, runs)
    for start, end, suffix in runs:
        if any(m.start <= start and m.end >= end for m in s.mentions):
            continue  # the lexicon's own name, or a route named after its stations
        article = _ARTICLE.match(folded[start:end])
        if article is not None and any(
            m.start == start + article.end() and m.end >= end for m in s.mentions if m.kind == "name"
        ):
            continue  # "The Minsk Group said": the article that opens a sentence before a known name
        if _organization(s, found, start, end):
            continue
        first_word = _NON_SPACE.match(text[start:end])
        if (
            first_word is not None
            and first_word.end() < end - start
            and _ORG_HEAD[s.lang].fullmatch(folded[start : start + first_word.end()])
            and _acronym_before(s, start) is not None
            and _organization(s, found, start, start + first_word.end())
        ):
            # "Head of the EU Mission Markus Ritter": the body named by its short name and one head
            # word, then its head's name
            start += first_word.end() + 1
            if start >= end:
                continue
        if _corridor_by_head(s, found, start, end):
            continue
        if _place_by_head(s, found, start, end):
            continue
        # Leading words that are titles, a lexicon mention ("Armenian Deputy Foreign Minister
        # Vahan Kostanian") or a sentence's opening word ("The", "On Tuesday") are not the name.
        position = start
        stripped_mention = False  # "Türk Dünyası": a demonym's phrase, no place name
        for word in _NON_SPACE.finditer(text[start:end]):
            w_start, w_end = start + word.start(), start + word.end()
            w = folded[w_start:w_end].rstrip(".,")
            if w in _TITLE_WORDS or w in _NOT_NAME or w in _HONORIFICS:
                position = w_end
                continue
            if w == "board" and _BOARD_CHAIR.search(folded[:w_start]):
                position = w_end  # "Chairman of the Board X": part of the title
                continue
            if _covered(s, w_start, w_end) is not None:
                position = w_end
                stripped_mention = True
                continue
            break
        while position < end and text[position] == " ":
            position += 1
        tail = next((m for m in s.mentions if position < m.start < end and m.end >= end), None)
        if tail is not None and _covered(s, position, tail.start) is None:
            # "Ali Erbaş Bakü'de": a name the lexicon knows ends the run; the words before it
            end, suffix = tail.start, ""
            while end > position and text[end - 1] == " ":
                end -= 1
        inner = _INNER_TITLE[s.lang].search(folded, position, end)
        before_name = _INNER_TITLE[s.lang].search(folded, position, end + 1) if inner is None else inner
        if (
            before_name is not None
            and before_name.start() > start
            and folded[before_name.start() - 1] == " "
            and _covered(s, before_name.start() - 1, before_name.start()) is None
            and (
                (s.lang == "tr" and any(m.type == "State" and m.start == start for m in s.mentions))
                or _named_body_before_title(s, start, before_name.start() - 1)
            )
        ):
            # "Türkmenistan Halk Maslahatı Başkanı X": the state's body whose title it is; "İran
            # Meclisi Ulusal Güvenlik ve Dış Politika Komisyonu Başkanı X": a body's own name
            _organization(s, found, start, before_name.start() - 1)
        if inner is not None and end - inner.end() > 3:
            # "Cumhurbaşkanlığı İletişim Başkanı Fahrettin Altun": the name after the title
            # that ends a body's capitalised words
            position = inner.end()
            # "... Dairesi Başkanı Tümgeneral X": a rank after the title is not the name either
            for word in _NON_SPACE.finditer(text[position:end]):
                if folded[position + word.start() : position + word.end()].rstrip(".,") not in _TITLE_WORDS:
                    break
                position += word.end()
            while position < end and text[position] == " ":
                position += 1
        if position >= end or _covered(s, position, end) is not None:
            continue
        if folded[position:end].split()[-1].rstrip(".,") in _TITLE_WORDS:
            continue  # "Karakoyunlu Kaymakamı (X)": a title, whose holder is named after it
        name = text[position:end]
        known = found.names.get(" ".join(folded[position:end].split()))
        if known is not None:  # named before in the document: "Aktau (Kazakhstan)" after "port of Aktau"
            _add(s, found, known, found.entities[known][0], name, position, end + len(suffix))
            continue
        if (
            s.lang == "tr"
            and suffix
            and len(name.split()) >= 3
            and _TITLE_BEFORE["tr"].search(folded[max(0, position - 70) : position])
        ):
            # "Genel Sekreteri Kubanıçbek Ömüraliyev Gebele'de": the suffixed last word is a place.
            last = name.rfind(" ")
            if _person(s, found, position, position + last, name[:last], ""):
                _place_by_slot(s, found, position + last + 1, end, name[last + 1 :], suffix)
                continue
        if _before_known_person(s, end):
            continue  # "Sayın Şevket Mirziyoyev": the start of a name the lexicon knows by its end
        if _person(s, found, position, end, name, suffix):
            continue
        if not stripped_mention:
            _place_by_slot(s, found, position, end, name, suffix)
    _offices(s, found)


def _named_body_before_title(s: Sentence, start: int, end: int) -> bool:
    """The capitalised words before a Turkish title end in a body's head word and are not one
    name the lexicon knows whole ("Türk Devletleri Teşkilatı Genel Sekreteri" is the lexicon's)."""
    words = s.folded[start:end].split()
    short = _acronym_before(s, start)
    if len(words) < (1 if short is not None else 2) or not _ORG_HEAD[s.lang].fullmatch(words[-1]):
        return False
    if _INNER_TITLE[s.lang].search(s.folded, start, end) or any(
        m.type == "Person" and start <= m.start < end for m in s.mentions
    ):
        return False  # "X Başkanı Y da Z Meclisi Başkanı": another holder's title and name before
    return not any(m.start <= start and m.end >= end for m in s.mentions)


def _joined_bodies(s: Sentence, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Ulusal Güvenlik ve Dış Politika Komisyonu", "Kültür ve Turizm Bakanlığı": a Turkish
    body's name joins its capitalised words with "ve"; two runs so joined are one when the
    second holds a body's head word and neither word beside "ve" is a name the lexicon knows
    (not "Azerbaycan ve Ermenistan Dışişleri Bakanlıkları")."""
    out: list[tuple[int, int, str]] = []
    for start, end, suffix in runs:
        if out and not out[-1][2] and s.text[out[-1][1] : start] == " ve ":
            prev_start, prev_end, _ = out[-1]
            last_word = s.text.rfind(" ", prev_start, prev_end) + 1
            first_end = s.text.find(" ", start, end)
            first_end = end if first_end < 0 else first_end
            words = s.folded[start:end].split()
            head = next((i for i, w in enumerate(words) if _ORG_HEAD["tr"].fullmatch(w)), -1)
            if (
                head >= 0
                and not any(_TITLE_WORDS.__contains__(w) for w in words[:head])
                and _covered(s, last_word, prev_end) is None
                and _covered(s, start, first_end) is None
            ):
                out[-1] = (prev_start, end, suffix)
                continue
        out.append((start, end, suffix))
    return out


_FIRST_NAME = re.compile(rf"(?<![\w{_APOS}.-])(?:([{_UP}][{_LOW}]+)\s+)?([{_UP}][{_LOW}]+)\s+$")
_NOT_FIRST_NAME = frozenset(
    " ".join(
        (
            "reis önder onder ulu merhum rahmetli lider başkan baskan kaymakam kaymakami",
            # English words that open a sentence before a surname ("Then Aliyev said")
            "then still thus so now here there instead again indeed yet once when where why how what if",
            "although though because whereas unlike like despite including following asked speaking",
            "dr mrs sir madam lord gen col lt maj capt prof st excellency ekselanslari hazretleri",
        )
    ).split()
)


def _nearly(a: str, b: str) -> bool:
    """The same word or one letter off (added, dropped or changed): "anthony" / "antony"."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _namesakes(s: Sentence, found: Found) -> None:
    """ "Emine Erdoğan", "Heydar Aliyev", "Fatih Erdoğan": a surname the lexicon knows for one
    person, after another first name, is another person (a relative or namesake), not the one
    the lexicon means; unless the word before is part of that person's own name ("Tayyip
    Erdoğan") or the name is that person's written another way ("Ilham Aliev")."""
    for m in [m for m in s.mentions if m.type == "Person" and m.kind == "name"]:
        surface = s.text[m.start : m.end]
        surname = re.split(rf"[{_APOS}]", surface)[0]
        if " " in surname.strip():
            continue
        first = _FIRST_NAME.search(s.text, max(0, m.start - 40), m.start)
        if first is None:
            continue
        f_start, f_end = first.span(2)
        word = s.folded[f_start:f_end]
        if s.lang == "tr" and not s.text[:f_start].strip():
            continue  # a Turkish sentence's first word before the surname: "Açıklamada Aliyev"
        if (
            word in _TITLE_WORDS
            or word in _NOT_NAME
            or word in _HONORIFICS
            or word in _NOT_FIRST_NAME
            or (word.endswith("ly") and not s.text[:f_start].strip())
            or _covered(s, f_start, f_end) is not None
        ):
            continue
        entity = s.lexicon.entities.get(m.key)
        own_words = {
            w
            for labels in (entity.labels.values() if entity is not None else ())
            for label in labels
            for w in slug(label).split("-")
        }
        before = s.folded[first.start(1) : first.end(1)] if first.group(1) else ""
        if any(_nearly(slug(word), w) for w in own_words) or (before and slug(before) in own_words):
            continue  # "Tayyip Erdoğan", "Anthony Blinken", "Vladimir Vladimirovich Putin": his own names
        if word.rstrip("s") in _TITLE_WORDS or word.rstrip("s") in _NOT_FIRST_NAME:
            continue  # "Presidents Aliyev and Putin"
        name = f"{s.text[f_start:f_end]} {surname}"
        key = s.lexicon.person_spelled(person_slug(s, name)) or person_slug(s, name)
        if key == m.key:
            continue
        s.mentions.remove(m)
        _add(s, found, key, "Person", name, f_start, m.end)
        found.surnames.setdefault(s.folded[m.start : m.start + len(surname)], key)


_STATION = rf"[{_UP}][{_LOW}]+(?:\s[{_UP}][{_LOW}]+)??"
# "the Aktau–Alat route", "Kars-Gyumri railway", "Kars-Gümrü Demiryolu Hattı": a line named after
# the places it joins
_ROUTE_NAME = re.compile(
    rf"(?<![\w-])(?P<parts>{_STATION}(?:\s?[-–—]\s?{_STATION}){{1,4}})(?:\s+\([A-ZÇĞİÖŞÜ]{{2,6}}\))?\s+"
    # "Persian Gulf-Black Sea International Transport Corridor", "... Uluslararası Ulaştırma Koridoru"
    r"(?:(?i:international|transport|transportation|transit|economic|multimodal|uluslararas[ıi]|ulaştirma|"
    r"ulaştırma|ulaşım|ulaşim|"
    r"taşimacilik|taşımacılık|ekonomik|natural|gas|oil|crude|doğal|doğalgaz|gaz|ham|petrol)\s+){0,3}"
    r"(?P<head>(?i:railway|railroad|rail line|rail link|road|highway|motorway|route|corridor|pipeline|bridge|"
    r"demir ?yolu(?: hatt[ıi])?|demiryolu(?: hatt[ıi])?|kara ?yolu|otoyolu|güzergah[ıi]|koridoru|yolu|"
    r"boru hatt[ıi]|köprüsü|ferry (?:line|route|link)|feribot hatt[ıi]|"
    r"(?P<vague>project|line|projesi|hatt[ıi])))(?:n[ıiuü]n|n[ae]|nd[ae]|ndan|nden|n[ıiuü])?(?![\w])"
)
# "North–South", "Trans-Caspian", "Kuzey-Güney": directions and prefixes, not stations
_NOT_STATION = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "trans",
        "central",
        "middle",
        "northern",
        "southern",
        "eastern",
        "western",
        "kuzey",
        "güney",
        "doğu",
        "bati",
        "orta",
    ]
)


_ROUTE_DASH = re.compile(r"\w\s?[-–—]\s?[A-ZÇĞİÖŞÜ]")


_ROUTE_HEAD_EN = {
    "demiryolu": "railway",
    "demir": "railway",
    "railroad": "railway",
    "rail": "railway",
    # ("karayolu", the state highway network's word: "Horadiz-Cebrail-Zangilan-Ağbend karayolu" is a
    # highway, as the analysts key it)
    "karayolu": "highway",
    "kara": "highway",
    "yolu": "road",
    "otoyolu": "highway",
    "motorway": "highway",
    "guzergahi": "route",
    "koridoru": "corridor",
    "boru": "pipeline",
    "koprusu": "bridge",
    "ferry": "ferry-line",
    "feribot": "ferry-line",
}


def _route_names(s: Sentence, found: Found) -> None:
    """A route named after its stations that the lexicon does not know is a corridor joining
    them: the corridor and its stations are discovered, and it ``connects`` each.  One station
    at least must be a place the lexicon knows (a route of the region, not any hyphenated
    phrase); a name whose stations are a lexicon corridor's ("Baku-Tiflis-Kars Demiryolu") is
    that corridor."""
    text = s.text
    if ("-" not in text and "–" not in text and "—" not in text) or not _ROUTE_DASH.search(text):
        return
    for match in _ROUTE_NAME.finditer(s.text):
        inside = [
            m for m in s.mentions if m.type == "Corridor" and m.start < match.end() and match.start() < m.end
        ]
        if inside and inside[0].start > match.start():
            # "Hankendi-Laçın yolu", where the lexicon knows "Laçın yolu": that corridor, joining
            # the places its stations name
            for part in re.split(r"\s?[-–—]\s?", match.group("parts")):
                for key, _, _ in s.lexicon.find(part):
                    if s.lexicon.entities[key].type in ("Place", "State"):
                        s.state(inside[0].key, "connects", key, "entity", match.span(), "corridor.name.alias")
            continue
        if inside:
            continue  # the lexicon's own name ("Baku–Tbilisi–Kars railway")
        base = match.start()
        # the stations are what the dashes part ("Persian Gulf-Black Sea": two, not four words)
        parts = [
            (base + p.start(), base + p.end())
            for p in re.finditer(r"[^-–—\s](?:[^-–—]*[^-–—\s])?", match.group("parts"))
        ]
        parts = [(a, b) for a, b in parts if s.folded[a:b] not in ("the", "and", "ve", "with", "ile")]
        # ("Yeni Kars-Erzurum hattı", "New Kars-Tbilisi line": an adjective, not the station's)
        lead = (
            re.match(r"(?:the|and|ve|with|ile|yeni|new|eski|old)\s+", s.folded[parts[0][0] : parts[0][1]])
            if parts
            else None
        )
        if lead:  # "The Aktau–Alat route": the article is not the station's
            parts[0] = (parts[0][0] + lead.end(), parts[0][1])
        if len(parts) >= 2:
            # a capitalised word run into the first or last station that is no place the lexicon knows,
            # beside one it does: "Aliyev Horadiz-Cebrail-...", a headline's "Arasında Kars-Nahçıvan
            # Demiryolu", "Kars-...-Dilucu Hızlı Demiryolu" (high-speed): the known place is the station
            parts[0] = _known_word(s, parts[0], last=True)
            parts[-1] = _known_word(s, parts[-1], last=False)
        if len(parts) < 2:
            continue
        if any(s.folded[a:b] in _NOT_STATION for a, b in parts):
            continue
        if not any(_known_place(s, a, b) for a, b in parts):
            continue
        stations = [route_station(s, found, a, b) for a, b in parts]
        if len(stations) < 2 or any(st is None for st in stations):
            continue
        keys = frozenset(st.key for st in stations if st is not None)
        if len(keys) < len(stations):
            continue  # "the China-Europe-China route": a round trip, no line between places
        unknown = {st.key for st in stations if st is not None and st.kind == "discovered"}
        # the lexicon's line, its stations all named (a station it does not know besides:
        # "Kars-Iğdır-Aralık-Dilucu", where the lexicon has Kars, Iğdır, Dilucu)
        same = [
            key
            for key, ends in _lexicon_routes(s).items()
            # (or three of its stations and one it lists only in full: "Kars-Iğdır-Aralık-Dilucu Hızlı
            # Demiryolu Hattı")
            if ends == keys
            or (len(ends) >= 2 and ends <= keys and (keys - ends <= unknown or len(ends) >= 3))
        ]
        if not same and all(st is not None and st.type == "Place" for st in stations):
            # "Kars-Nahçıvan demiryolu", "the Baku-Kars railway": a line named after the two towns the
            # lexicon gives as a line's ends is that line
            # (of the same kind: "the Kars-Nakhchivan gas pipeline" is no railway)
            kind = _ROUTE_HEAD_EN.get(slug(match.group("head")).split("-")[0], slug(match.group("head")))
            kind = "railway" if kind in ("line", "hatti") else kind
            same = [
                key
                for key, attrs in s.lexicon.attributes.items()
                if attrs.get("ends")
                and frozenset(attrs["ends"]) == keys  # type: ignore[call-overload]
                and key.endswith(f"-{kind}")
            ]
        if same:
            s.mentions.append(M(same[0], "Corridor", match.start(), match.end(), "name"))
            continue
        rail_line = bool(match.group("vague")) and _rail_line(s, match, stations)
        if match.group("vague") and not rail_line:
            continue  # "the Baku–Tbilisi–Kars project": the lexicon's line, or no line the text names
        known = _named_beside(s, match.start(), match.end())
        if known is not None:
            # "Laçın-Hankendi yolu (Laçın Koridoru)", "Laçın Koridoru diye bilinen Hankendi-Laçın
            # yolu": the lexicon's corridor, by another name that tells what it joins
            for station in stations:
                if station is not None and station.type in ("Place", "State"):
                    s.state(known.key, "connects", station.key, "entity", match.span(), "corridor.name.alias")
            continue
        name = s.text[parts[0][0] : match.end("head")]  # "Kars-Gyumri yolu", not its case ending
        # keyed by its stations and the English word for the line, so that the same line read in
        # Turkish and English news is one entity ("Kars-Gümrü Demiryolu" = "Kars-Gyumri railway")
        head = _ROUTE_HEAD_EN.get(slug(match.group("head")).split("-")[0], slug(match.group("head")))
        key = "-".join(st.key for st in stations if st is not None) + "-" + head
        corridor = _add(s, found, key, "Corridor", name, parts[0][0], match.end())
        near = s.folded[max(0, match.start() - 50) : match.end() + 50]
        if corridor is None or not (rail_line or _ROUTE_WORK[s.lang].search(near)):
            continue  # a line named in passing: what it joins is not what the sentence tells
        if head in ("pipeline", "bridge") and not _CARRIES[s.lang].search(near):
            continue  # a pipeline or bridge is named often beside the subject: only where it is what joins
        if names_no_town(s, keys):
            continue  # "Çin-Avrupa Demir Yolu", "the China-Europe route": a direction, no stations
        if all(key.endswith(("-sea", "-gulf", "-ocean")) for key in keys):
            # "the Caspian Sea – Black Sea line", "the Black Sea-Caspian Sea Corridor": an axis between
            # seas, an initiative with no route ends of its own (as the analysts read it)
            continue
        for station in stations:
            if station is not None and station.type in ("Place", "State"):
                s.state(
                    corridor.key, "connects", station.key, "entity", match.span(), "corridor.name.discovered"
                )


# what a railway line named after its stations is said to carry or run ("along the X-Y-Z line",
# "X-Y-Z hattı boyunca", "trains on the X-Y line", "hatta seferler")
_ON_THE_LINE = {
    "en": re.compile(r"\b(?:along|trains?|rail|railway|freight|cargo|passengers?|services?|track)\b"),
    "tr": re.compile(r"boyunca|tren|demir ?yolu|demiryol|sefer|yük|ray\b|raylı"),
}


def _rail_line(s: Sentence, match: re.Match[str], stations: list[M | None]) -> bool:
    """ "the Kars-Sivas-Ankara-Istanbul line", "Tiflis-Ahılkelek-Kars hattı": a line named after the
    towns it runs through, not a figure of speech ("Ankara-Moskova hattında diplomasi", "the
    Moscow-Baku line"): no state among its stations, not all of them capitals, and words of rail
    traffic beside it."""
    head = fold(match.group("head"))
    if head not in ("line", "hatti", "hattı"):
        return False  # "project", "projesi": no line the name gives
    capitals = s.lexicon.capitals()
    if any(st is None or st.type == "State" for st in stations):
        return False
    if all(st is not None and st.key in capitals for st in stations):
        return False
    near = s.folded[max(0, match.start() - 60) : match.end() + 60]
    return bool(_ON_THE_LINE[s.lang].search(near))


# What is done to a route the sentence is about: built, opened, agreed, linking ...
_ROUTE_WORK = {
    "en": re.compile(
        r"\b(?:build\w*|built|construct\w*|open\w*|reopen\w*|launch\w*|complet\w*|restor\w*|"
        r"operat\w*|agree\w*|sign\w*|connect\w*|link\w*|project|extend\w*|modern\w*|propos\w*|plan\w*|"
        r"develop\w*|implement\w*|invest\w*|inaugurat\w*|groundbreaking|foundation|commission\w*|"
        r"pump\w*|carr(?:y|ies|ied|ying)|deliver\w*|suppl(?:y|ies|ied))\b"
    ),
    "tr": re.compile(
        r"(?:inşa|yapim|açil|açilacak|hizmete|proje|anlaşma|imza|bağla|tamamlan|işlet|yeniden|modernize|öner|"
        r"planla|geliştir|uygula|yatirim|temel|açiliş|devreye|taşi|ulaştir|vana)"
    ),
}


# What a pipeline or bridge is said to do between its ends
_CARRIES = {
    "en": re.compile(
        r"\b(?:connect\w*|link\w*|carr(?:y|ies|ied|ying)|deliver\w*|suppl(?:y|ies|ied)|pump\w*|from\s)"
    ),
    "tr": re.compile(r"(?:bağla\w*|taşi\w*|ulaştir\w*|ilet\w*|gönder\w*|karşila\w*|'?[dt][ae]n\s)"),
}


_ALIAS_BEFORE = re.compile(
    r"\s+(?:diye|olarak) bilinen\s+$|\s+(?:known as|called|dubbed|also)\s+(?:the\s+)?$"
)


def _named_beside(s: Sentence, start: int, end: int) -> M | None:
    """The lexicon corridor a route name is given as another name of: in brackets after it, or
    before "diye bilinen" / "known as"."""
    for m in s.mentions:
        if m.type != "Corridor" or m.kind != "name":
            continue
        if 0 <= m.start - end <= 4 and re.fullmatch(r"'?\w{0,5}\s*\(\s*", s.folded[end : m.start]):
            return m
        if 0 <= start - m.end <= 30 and _ALIAS_BEFORE.search(s.folded[m.end : start]):
            return m
    return None


def _known_word(s: Sentence, part: tuple[int, int], last: bool) -> tuple[int, int]:
    """``part``, a station of two words that the lexicon does not know as one, narrowed to its
    ``last`` (or first) word when that one is a place it knows."""
    a, b = part
    space = s.text.find(" ", a, b)
    if space < 0 or _known_place(s, a, b):
        return part
    word = (space + 1, b) if last else (a, space)
    return word if _known_place(s, *word) else part


def _known_place(s: Sentence, start: int, end: int) -> M | None:
    for m in s.mentions:
        if m.start <= start and end <= m.end and m.type in ("Place", "State"):
            return m
    return None


def _lexicon_routes(s: Sentence) -> dict[str, frozenset[str]]:
    """The stations each lexicon corridor's names give ("Baku–Tbilisi–Kars railway": Baku,
    Tbilisi, Kars), read once per lexicon."""
    memo = s.lexicon.memo.setdefault("route-stations", {})
    if "" not in memo:
        for key, entity in s.lexicon.entities.items():
            if entity.type != "Corridor":
                continue
            for names in entity.labels.values():
                for name in names:
                    parts = re.split(r"\s*[-–—]\s*", name)
                    stations = {k for part in parts for k, _, _ in s.lexicon.find(part) if k != key}
                    if len(stations) >= 2:
                        memo.setdefault(key, sorted(stations))
        memo[""] = []
    return {key: frozenset(ends) for key, ends in memo.items() if key}


def route_station(s: Sentence, found: Found, start: int, end: int) -> M | None:
    """The place a route's name names at ``[start, end)``: the lexicon's, or a discovered one."""
    known = _known_place(s, start, end)
    if known is not None:
        return known
    part = s.text[start:end]
    if part.split()[0].lower() in _NOT_NAME or part.lower() in _TITLE_WORDS:
        return None
    return _add(s, found, slug(part), "Place", part, start, end)


def _person(s: Sentence, found: Found, start: int, end: int, name: str, suffix: str) -> bool:
    lead = None
    if s.lang == "en":
        # "Minister of Health Mikhail Murashko", "Minister of Territorial Administration and
        # Infrastructure X", "President of the OSCE Parliamentary Assembly George Tsereteli": the
        # portfolio (after "minister of") or the body's last words before the name are no part of it
        if _MINISTER_OF_END.search(s.folded, max(0, start - 20), start):
            lead = re.match(rf"(?:{_PORTFOLIO_EN})\s+", s.folded[start:end])
        if lead is None or len(name[lead.end() :].split()) < 2:
            lead = _BODY_LEAD_EN.match(name)
    if lead is not None and len(name[lead.end() :].split()) >= 2:
        title_end, start, name = start, start + lead.end(), name[lead.end() :]
    else:
        title_end = start
    words = name.split()
    folded_name = s.folded[start:end]
    if folded_name in found.surnames:
        _add(s, found, found.surnames[folded_name], "Person", name, start, end + len(suffix))
        return True
    if len(words) == 1 and folded_name.rstrip(".") in found.surnames:
        return False
    before = s.folded[max(0, start - 70) : start]
    titled = (
        _TITLE_BEFORE[s.lang].search(before)
        or (title_end < start and _TITLE_BEFORE[s.lang].search(s.folded[max(0, title_end - 70) : title_end]))
        or (len(words) >= 2 and _head_of_states_body(s, start))
    ) or (
        # "X, Trend reports": a one-word name after a person is the source that reports, unless it
        # is a surname the document named in full (found above)
        _coordinated(s, start) and (len(words) >= 2 or not _REPORTS.match(s.folded, end + len(suffix)))
    )
    apposed = (s.lang == "en" and _PERSON_AFTER["en"].match(s.folded, end)) or (
        len(words) >= 2 and "(" in s.text[end : end + 3] and _BRACKETED_OFFICE[s.lang].match(s.folded, end)
    )
    speaking = len(words) >= 2 and (
        _SAID[s.lang].match(s.folded, end + len(suffix))
        or (s.lang == "tr" and _SPEECH_TR.match(suffix or "") and " açiklama" in s.folded[end : end + 40])
    )
    if not speaking and s.lang == "en" and len(words) >= 2:
        # '"...," said Aykhan Hajizada.', 'according to Tigran Grigoryan, ...': the speaker after the verb
        speaking = bool(_SAID_BEFORE.search(before))
    if not (titled or apposed or speaking):
        return False
    if (
        s.lang == "en"
        and re.search(r"\b(?:of|to) the\s+$", s.folded[max(0, title_end - 70) : title_end])
        and not speaking
    ):
        return False  # "Managing Director of the Civilian Planning ...": a body's name after its title
    if apposed and not (titled or speaking) and len(words) == 1 and not s.text[:start].strip():
        # "Reportedly, the President of Georgia ...", "Notably, the minister ...": a sentence's
        # opening word before a comma is an adverb, not a surname (a surname named in full
        # before is found above)
        return False
    if not titled and any(w.lower().strip(".,") in _NOT_PERSON_WORDS for w in words):
        return False  # "Global Times said", "Human Rights Watch said": a paper or a body speaks
    if titled and len(words) == 1 and not apposed and (name.isupper() or len(name) < 4):
        # "Minister Bayramov": a surname alone after a title is a person, unless it is an
        # acronym or too short to be a surname.
        return False
    if any(w.rstrip(".") in _NOT_NAME for w in folded_name.split()[1:]):
        return False
    if len(words) > 4 or folded_name.split()[-1] in _EVENT_LAST:
        return False
    if (
        not (apposed or speaking)
        and not _TITLE_BEFORE[s.lang].search(before)
        and s.lang == "tr"
        and suffix
        and _LOCATIVE_TR.match(s.folded[end : end + len(suffix)])
    ):
        return False  # the second of a pair ("X ile Y") has no place's case: "X, Ulusal Meclis'te"
    if titled:
        # "Türkiye ve Ermenistan özel temsilcileri X ile Y", "Türkiye'nin Ermenistan Özel
        # Temsilcisi Büyükelçi X", "Armenia's envoy X": the states name whom the people speak
        # for or to, and are not themselves the ones who act.
        for spoken_for in _title_zone_states(s, start):
            spoken_for.consumed = True
    key = person_slug(s, name)
    key = s.lexicon.person_spelled(key) or key
    person = _add(s, found, key, "Person", name, start, end + len(suffix))
    if person is not None and len(words) >= 2:
        found.surnames.setdefault(s.folded[start:end].split()[-1], key)
        if len(words) >= 3:
            # "Abbas Badakhshan Zohouri" ... "Badakhshan Zohouri said": a surname of two words
            found.surnames.setdefault(" ".join(s.folded[start:end].split()[-2:]), key)
    return person is not None


# "Secretary of the Security Council of Armenia X", "State Secretary of the Ministry of Foreign
# Affairs of Germany X": a head's title, the body and its state before the name
_HEAD_OF_BODY_EN = re.compile(
    r"\b(?:secretary|head|chair(?:man|woman|person)?|director|president|speaker|governor|commander|"
    r"spokes(?:person|man|woman)|representative|ambassador|minister|rector|chief)\s+of\s+the\s+"
    r"(?:[\w-]+\s+){1,6}?(?:of|for)\s+(?:the\s+)?$"
)


def _head_of_states_body(s: Sentence, start: int) -> bool:
    """The name comes just after a state that ends a body's name after its head's title."""
    if s.lang != "en":
        return False
    state = next(
        (
            m
            for m in s.mentions
            if m.type == "State" and m.kind == "name" and m.end < start and not s.text[m.end : start].strip()
        ),
        None,
    )
    return state is not None and bool(
        _HEAD_OF_BODY_EN.search(s.folded, max(0, state.start - 90), state.start)
    )


# Capitalised words of a portfolio or a body that run on into the name after them
_BODY_LEAD_EN = re.compile(
    r"(?:(?:Health|Defen[cs]e|Energy|Economy|Finance|Justice|Interior|Agriculture|Culture|Education|Transport|"
    r"Trade|Industry|Labou?r|Ecology|Environment|Emergencies|Emergency Situations|Foreign Affairs|"
    r"Internal Affairs|"
    r"Parliamentary|Assembly|Council|Committee|Commission|Service|Agency|Ministry|Railways|Bank|Fund)\s+)+"
)


# Words of the names of papers, agencies and bodies that speak as a person would ("X said")
_NOT_PERSON_WORDS = frozenset(
    " ".join(
        (
            "times news post international watch agency press daily journal gazette herald tribune",
            "monitor network radio television tv online review magazine report institute center centre",
            "council foundation rights group service office ministry committee forum media bureau",
            "channel observer insider express telegraph guardian standard weekly house street",
            "gazetesi ajansi haber haberleri televizyonu radyosu bakanliği",
        )
    ).split()
)

_ZONE_GLUE = re.compile(r"^(?:'?[a-zçğıöşü]{0,4}|,|and|ve|ile|the|of)$")


def _title_zone_states(s: Sentence, start: int) -> list[M]:
    """The states in the run of titles just before a name (nothing but titles, other states
    and their suffixes between them and the name)."""
    zone: list[M] = []
    for m in sorted((m for m in s.mentions if m.type == "State" and start - 80 <= m.end <= start), key=_end):
        words = s.folded[m.end : start].replace("'", " '").split()
        rest = [
            w
            for w in words
            if w.strip(".,") not in _TITLE_WORDS
            and not _ZONE_GLUE.match(w)
            and not any(o.start <= s.folded.find(w, m.end) < o.end for o in s.mentions if o.type == "State")
        ]
        if not rest:
            zone.append(m)
    return zone


def _end(m: M) -> int:
    return m.end


_MINISTER_OF_END = re.compile(r"\bminister\s+(?:of|for)\s+(?:the\s+)?$")


def _before_known_person(s: Sentence, end: int) -> bool:
    return any(m.type == "Person" and m.kind == "name" and 0 < m.start - end <= 1 for m in s.mentions)


# "Erdoğan ile Çevre ve Şehircilik Bakanı X", "Putin and Foreign Minister X": the words after "and"
# open the next person's title, and are no name
_TITLE_AHEAD = re.compile(
    r"(?:\s+(?:ve|and|&)\s+[^\s,.;]+)?\s+(?:bakan|başkan|minister|secretary|sekreter|müdür|director)"
)


def _coordinated(s: Sentence, start: int) -> bool:
    """The second of two people: "Serdar Kılıç ile Ruben Rubinyan", "X and Y"."""
    run = _CAPS_RE.match(s.text, start)
    if run is not None and _TITLE_AHEAD.match(s.folded, run.end("name")):
        return False
    for m in s.mentions:
        if (
            m.type == "Person"
            and m.end <= start
            and re.fullmatch(r"(?:[a-zçğıöşü']*)\s*(?:,|\s+(?:and|ve|ile|with))\s+", s.folded[m.end : start])
        ):
            return True
    # "Deputy Prime Ministers of Armenia X, Russia Y and Azerbaijan Z": a list of state and name
    # pairs goes on with the next state before the next name
    state = s.ending_near(start, {"State"}, r"\s+")
    if state is not None and state.kind == "name":
        for m in s.mentions:
            if (
                m.type == "Person"
                and m.end <= state.start
                and re.fullmatch(r"\s*(?:,|\s+(?:and|ve))\s+", s.folded[m.end : state.start])
                and s.ending_near(m.start, {"State"}, r"\s+") is not None
            ):
                return True
    return False


# the case endings a body's name takes after its compound -ı/-i/-u/-ü: "-nın", "-na", "-nda",
# "-ndan", "-nı", "-yla"
_ORG_CASE_TR = re.compile(r"(?<=[ıiuü])(?:n[ıiuü]n|n[ae]|n[dt][ae]n?|n[ıiuü]|yl[ae])$")
_BYLINES = frozenset({"haber merkezi", "dış haberler servisi", "news desk", "newsroom", "news service"})


def _tail_before_name(s: Sentence, end: int, tail: re.Match[str]) -> re.Match[str] | None:
    """The "of ..." continuation of a body's name cut after the state it ends with, when a
    person's name follows ("Secretary of the Security Council of Armenia Armen Grigoryan", "State
    Secretary of the Ministry of Foreign Affairs of Germany Thomas Bager"): the name is the
    body's head's, no part of the body's name."""
    tail_end = end + tail.end()
    for m in s.mentions:
        if m.type != "State" or m.kind != "name" or not end < m.start < m.end < tail_end:
            continue
        if not _OF_STATE_BEFORE.search(s.folded, end, m.start):
            continue
        rest = s.text[m.end : tail_end].split()
        if not 2 <= len(rest) <= 4 or any(
            w.lower() in _TAIL_WORDS or _ORG_HEAD["en"].fullmatch(w.lower()) for w in rest
        ):
            continue
        if any(
            o is not m and o.type != "Person" and o.start < tail_end and o.end > m.end for o in s.mentions
        ):
            continue  # "of Azerbaijan Railways": a name the lexicon knows goes on after the state
        return _OF_TAIL.match(s.text[end : m.end])
    return tail


_OF_STATE_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?$")
_TAIL_WORDS = frozenset({"of", "for", "on", "and", "between", "the"})


def _organization(s: Sentence, found: Found, start: int, end: int) -> bool:
    """A capitalised phrase whose last word is an organization's head word."""
    folded = s.folded
    if folded.startswith("board", start) and _BOARD_CHAIR.search(folded[max(0, start - 40) : start]):
        return False  # "Chairman of the Board of X": the title of the head of X
    # Extend over "of ..." / "for ..." continuations: "Ministry of Foreign Affairs of Azerbaijan",
    # "Organization for Security and Co-operation in Europe".
    phrase_end = end
    tail = _OF_TAIL.match(s.text[end:])
    if tail is not None and s.lang == "en":
        tail = _tail_before_name(s, end, tail)
    last_word = folded[start:end].split()[-1] if folded[start:end].split() else ""
    head = _ORG_HEAD[s.lang].fullmatch(last_word)
    case = ""
    if head is None and s.lang == "tr":
        # "Şanghay İşbirliği Teşkilatının", "Gürcistan Ekonomi Bakanlığından": a body's name takes
        # its case with no apostrophe (as the spelling rules write it); the name is the stem
        bare = _ORG_CASE_TR.search(last_word)
        if bare is not None and bare.start() > 0:
            head = _ORG_HEAD["tr"].fullmatch(last_word[: bare.start()])
            case = bare.group(0) if head is not None else ""
    if s.lang == "en" and head is None and tail is not None:
        # "Ministry of Foreign Affairs", "Commission on ..."
        first_word = folded[start:end].split()[0]
        if _ORG_HEAD["en"].fullmatch(first_word):
            head = _ORG_HEAD["en"].fullmatch(first_word)
    if head is None:
        return False
    people = [m for m in s.mentions if m.type == "Person" and start <= m.start and m.end < end]
    if people:
        # "Ermenistan Dışişleri Bakanı Mirzoyan Antalya Diplomasi Forumu": the body's name begins
        # after the person named before it
        start = max(m.end for m in people)
        while start < end and not s.text[start].isalpha():
            start += 1
        if len(s.text[start:end].split()) < 2:
            return False
    if tail is not None and s.lang == "en":
        phrase_end = end + tail.end()
    if s.lang == "en" and (
        re.search(r"\bminister\s+(?:of|for)\s+(?:the\s+)?$", folded[max(0, start - 20) : start])
        or re.search(r"\b[Mm]inister\s+[A-Z]", s.text[start:phrase_end])
    ):
        return False  # "Minister of Territorial Administration and Infrastructure X": a portfolio
    name_end = phrase_end - len(case)
    if s.lang == "tr" and any(
        (bare := _ORG_CASE_TR.search(w)) is not None and _ORG_HEAD["tr"].fullmatch(w[: bare.start()])
        for w in folded[start:name_end].split()[:-1]
    ):
        return False  # "Ulaştırma Bakanlığıyla Hazar Nakliyat Şirketi": two names, not one
    phrase = s.text[start:name_end]
    portfolio = _portfolio(folded[start:name_end], s.lang)
    if portfolio and re.search(r"ministry|bakanli[ğg]i", folded[start:name_end]):
        state = _state_in(s, start, name_end)
        if state is None:
            return False
        key = ministry(state.key, portfolio)[0]
        state.consumed = True
        label = _ministry_label(s, state.key, portfolio)
        m_start = min(start, state.start)
        _add(s, found, key, "Organization", label, m_start, phrase_end)
        _part_of(s, found, key, state.key, (m_start, phrase_end))
        return True
    if " ".join(folded[start:name_end].split()) in _BYLINES:
        return True  # "Haber Merkezi": the news desk that signs the report, no organization
    based = re.match(r"([\w'’]+)-based\s+", phrase)
    if based is not None:
        # "the Yerevan-based Regional Studies Center": the seat is no part of the name; the body
        # is in the place the lexicon knows by that word
        seat = next((m for m in s.mentions if m.start == start and m.type in ("Place", "State")), None)
        start += based.end()
        phrase = phrase[based.end() :]
    short = _acronym_before(s, start) if based is None else None
    if short is not None:
        # "BDT Yönetim Kurulu", "EU Mission": a body's short name in capitals opens the body's name
        start = short.start
        phrase = s.text[start:name_end]
    inner = [m for m in s.mentions if start <= m.start and m.end <= phrase_end]
    if len([w for w in phrase.split() if w.lower() not in ("the", "a", "an")]) < 2 and not inner:
        return False  # "Group", "Ministry" alone name nothing
    for m in inner:
        m.consumed = True
    words = phrase.split()
    if words and words[0].lower() in ("the", "a"):
        phrase = " ".join(words[1:])
    body = _add(s, found, slug(phrase), "Organization", phrase, start, phrase_end)
    if based is not None and body is not None and seat is not None and seat.type == "Place":
        s.state(body.key, "locatedIn", seat.key, "entity", (seat.start, phrase_end), "entity.based")
    return True


def _acronym_before(s: Sentence, start: int) -> M | None:
    """The known body or state written in capitals right before ``start`` ("BDT ", "EU ")."""
    gap = _SPACES_END.search(s.text[max(0, start - 3) : start])
    if gap is None:
        return None
    end = start - len(gap.group(0))
    return next(
        (
            m
            for m in s.mentions
            if m.end == end
            and m.type in ("Organization", "State", "Corridor")
            and 2 <= m.end - m.start <= 6
            and s.text[m.start : m.end].isupper()
        ),
        None,
    )


def _portfolio(folded_phrase: str, lang: str) -> str:
    table = PORTFOLIOS[lang]
    if lang == "tr":  # typed with or without Turkish letters: "Dışişleri", "Disisleri"
        table, folded_phrase = _PORTFOLIOS_ASCII_TR, ascii_tr(folded_phrase)
    for words in sorted(table, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", folded_phrase):
            return table[words]
    return ""


def _state_in(s: Sentence, start: int, end: int) -> M | None:
    """The state a ministry belongs to: inside its name ("Azerbaijani Foreign Ministry"), just
    before it ("Azerbaijan's Foreign Ministry", "Azerbaycan Dışişleri Bakanlığı") or after
    ("... of Azerbaijan", "of the Republic of Armenia")."""
    inside = [m for m in s.mentions if m.type == "State" and start <= m.start and m.end <= end]
    if inside:
        return inside[0]
    before = s.ending_near(start, {"State"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
    if before is not None:
        return before
    after = re.match(r"\s+of\s+(?:the\s+)?(?:republic of\s+)?", s.folded[end:])
    if after:
        return s.at(end + after.end(), len(s.text), {"State"})
    return None


def _place_by_head(s: Sentence, found: Found, start: int, end: int) -> bool:
    name = s.text[start:end]
    words = s.folded[start:end].split()
    if len(words) < 2 or not _PLACE_HEAD[s.lang].fullmatch(words[-1]):
        return False
    if len(words) == 2 and words[0] in _NOT_NAME:
        return False  # "The Port of Baku ...": the article and the head word name nothing yet
    if words[0] in ("at", "in", "on", "from", "to", "near"):
        # "At Yerevan Airport he ...": a sentence's first word, no part of the name
        first = s.folded.index(" ", start) + 1
        return _place_by_head(s, found, first, end)
    if words[-1] in ("corridor",):
        return False  # corridors are the lexicon's; an unknown "X Corridor" is not a place
    head = start + s.folded[start:end].rfind(" ")
    if any(m.start == start and m.end == head and m.type in ("Place", "State") for m in s.mentions):
        return True  # "East Zangezur Region", "Zangilan District": the lexicon's place, not another
    if words[0] in ("port", "city", "region", "province", "district", "village") and len(words) == 2:
        # "Port Aktau"-like: the place is the name after the head word
        name = s.text[start + len(words[0]) + 1 : end]
        start = start + len(words[0]) + 1
    port = _PORT_OF_TOWN.fullmatch(s.folded, start, end)
    if port is not None and port.group("town") not in _NOT_A_PORTS_TOWN:
        # "Horgos Limanı", "Anaklia Derin Deniz Limanı", "Lianyungang Port": a port is keyed by its town,
        # as the development set keys Aktau's (tests/devset/README.md)
        town = s.text[start : port.end("town")]
        _add(s, found, slug(town), "Place", town, start, end)
        return True
    _add(s, found, slug(name), "Place", name, start, end)
    return True


# (words of a port's kind, not a town: "a new Deep Sea Port", "the Dry Port", "Yeni Liman")
_NOT_A_PORTS_TOWN = frozenset(
    [
        "deep",
        "sea",
        "dry",
        "free",
        "new",
        "main",
        "river",
        "trade",
        "commercial",
        "international",
        "yeni",
        "kuru",
        "serbest",
    ]
)
_PORT_OF_TOWN = re.compile(
    r"(?P<town>[^\W\d]+)\s+(?:(?:derin\s+)?deniz\s+|(?:deep[\s-])?sea\s+)?(?:limani|port|seaport)"
)


# "the Northern Corridor", "Kuzey Koridoru'nun", "the Lapis Lazuli Corridor": a named route the
# lexicon does not know, keyed by its English name ("Kuzey Koridoru" = northern-corridor)
_CORRIDOR_HEAD = re.compile(r"(?:corridor|koridor(?:u|unu|una|unun|unda|undan))$")
_DIRECTION_EN = {
    "kuzey": "northern",
    "güney": "southern",
    "doğu": "eastern",
    "bati": "western",
    "orta": "middle",
}
_ROUTE_LEAD = frozenset({"the", "a", "an", "this", "that", "new", "so-called", "bu", "yeni", "söz"})


def _corridor_by_head(s: Sentence, found: Found, start: int, end: int) -> bool:
    words = s.folded[start:end].split()
    if len(words) < 2 or not _CORRIDOR_HEAD.fullmatch(words[-1]):
        return False
    if any(m.type == "Corridor" and m.start < end and start < m.end for m in s.mentions):
        return True  # the lexicon's corridor, or a part of its name
    position = start
    for word in words[:-1]:
        if word not in _ROUTE_LEAD and _covered(s, position, position + len(word)) is None:
            break
        position += len(word) + 1
    name_words = s.folded[position:end].split()
    if len(name_words) < 2 or len(name_words) > 4:
        return True  # "the Corridor", a bare head word: no name
    english = [_DIRECTION_EN.get(w, w) for w in name_words[:-1]] + ["corridor"]
    label = s.text[position:end]
    if s.lang == "tr":
        label = label[: label.lower().rfind("koridor")] + "Koridoru"
    _add(s, found, slug(" ".join(english)), "Corridor", label, position, end)
    return True


# "at the Port", "in the Capital", "Bölge'de": a house style's capital on a common noun names no place
_GENERIC_PLACE = frozenset(
    [
        "capital",
        "city",
        "town",
        "country",
        "state",
        "republic",
        "border",
        "terminal",
        "harbour",
        "harbor",
        "site",
        "venue",
        "center",
        "centre",
        "headquarters",
        "palace",
        "residence",
        "hall",
        "hotel",
        "office",
        "embassy",
        "ministry",
        "parliament",
        "summit",
        "conference",
        "outreach",
        "format",
        "session",
        "plenary",
        "forum",
        "liman",
        "bölge",
        "başkent",
        "kent",
        "şehir",
        "ülke",
        "sinir",
    ]
)
_HEADLINE_VERBS = frozenset(
    [
        "sets",
        "set",
        "up",
        "launches",
        "launch",
        "holds",
        "hold",
        "opens",
        "open",
        "signs",
        "sign",
        "says",
        "say",
        "meets",
        "meet",
        "calls",
        "call",
        "welcomes",
        "welcome",
        "begins",
        "begin",
        "starts",
        "start",
        "hosts",
        "host",
        "discusses",
        "discuss",
        "agrees",
        "agree",
        "visits",
        "visit",
        "receives",
        "receive",
        "urges",
        "urge",
        "vows",
        "vow",
        "warns",
        "warn",
        "slams",
        "slam",
        "rejects",
        "reject",
        "backs",
        "back",
    ]
)
# "from the North, South, East, or West", "Kuzey'den": a point of the compass alone is no place
_COMPASS = frozenset(["north", "south", "east", "west", "kuzey", "güney", "doğu", "bati"])


def _place_by_slot(s: Sentence, found: Found, start: int, end: int, name: str, suffix: str) -> bool:
    words = name.split()
    if len(words) > 3 or (name.isupper() and len(name) <= 3) or _TITLE_STEM.match(s.folded, start):
        return False
    if len(words) == 1 and s.folded[start:end].rstrip(".,") in _COMPASS:
        return False
    if len(words) == 1 and (
        _PLACE_HEAD[s.lang].fullmatch(s.folded[start:end]) or s.folded[start:end] in _GENERIC_PLACE
    ):
        return False  # "infrastructure at the Port", "in the Region", "in the Capital": a common noun
    if s.folded[start:end].split()[-1] in _EVENT_LAST:
        return False
    if s.lang == "en" and name.endswith("an") and _ADJECTIVE_BEFORE.match(s.folded, end):
        return False
    previous = [m for m in s.mentions if m.type == "Place" and m.end <= start]
    if (
        len(words) == 1
        and previous
        and _LISTED.search(s.folded[max(previous, key=_end).end : start])
        and len(s.folded[max(previous, key=_end).end : start]) <= 5
        and _LIST_GOES_ON.match(s.folded, end + len(suffix))
    ):
        _add(s, found, slug(name), "Place", name, start, end + len(suffix))
        return True
    if (
        s.lang == "en"
        and len(words) == 1
        and previous
        and re.fullmatch(r"\s+and\s+", s.folded[max(previous, key=_end).end : start])
        and not suffix
        and re.match(r"(?:\s*[.,;:)]|\s*$|\s+(?:to|in|on|for|from|via|were|are|was|is)\b)", s.folded[end:])
        and words[0].lower() not in _NOT_NAME
    ):
        # "traveled to Gyumri and Vanadzor.": the last of two places named together
        _add(s, found, slug(name), "Place", name, start, end)
        return True
    if s.lang == "en":
        before = s.folded[max(0, start - 22) : start]
        owner = s.ending_near(start, {"State"}, r"['’]s\s+") if len(words) == 1 else None
        owned = owner is not None and bool(
            _PLACE_BEFORE_EN.search(s.folded, max(0, owner.start - 12), owner.start)
        )
        # "the Bulgarian port Burgas", "the Armenian border village Kirants": a kind of place
        # right after a state's adjective, the name with no "of"
        kind = _KIND_AFTER_STATE.search(before)
        if kind is not None:
            adjective = s.ending_near(start - len(before) + kind.start(), {"State"}, r"\s*")
            owned = owned or (adjective is not None and _NOT_NAME.isdisjoint(s.folded[start:end].split()[:1]))
        # "held in Turkiye's Kayseri": a one-word name after a state's possessive in a place slot
        if (
            not owned
            and not _PLACE_BEFORE_EN.search(before)
            and not _PLACE_AFTER_EN.match(s.folded, end + len(suffix))
        ):
            return False
        if _SOURCE_BEFORE.search(before) or s.folded[start:end] in _MEDIA:
            return False  # "according to Reuters", "speaking to Al Jazeera": a source, no place
        if start == 0 or s.text[start - 1] == "\n":
            return False
        if re.match(r"\s+(?:said|says|told|and\s+[A-Z])", s.text[end : end + 12]):
            return False
    else:
        locative = bool(suffix) and _LOCATIVE_TR.match(s.folded[end : end + len(suffix)])
        after = _PLACE_AFTER_TR.match(s.folded, end + len(suffix))
        side = len(words) == 1 and _PLACE_BEFORE_TR.search(s.folded[max(0, start - 14) : start])
        if not (locative or after or side):
            return False
        if len(words) == 1 and _PEOPLES_TR.fullmatch(s.folded, start, end):
            return False  # "Hocalı'daki Ermeniler şehri terk etti": a people, and "şehri" the city left
        if start == 0 and not after:
            return False  # a sentence's first word with a locative is as often a time ("Temmuz'da")
    if words[0].lower() in _NOT_NAME:
        return False
    if s.lang == "en" and _title_case_line(s, start):
        return False
    _add(s, found, slug(name), "Place", name, start, end + len(suffix))
    return True


_KIND_AFTER_STATE = re.compile(
    r"(?<=\s)(?:border\s+|black sea\s+|caspian\s+)?(?:port|seaport|town|city|village)\s+$"
)
# "Ermeniler", "Azerbaycanlılar", "Ruslar": a people of the region in the plural names no place
_PEOPLES_TR = re.compile(
    loose(
        r"(?:ermeni|rus|türk|azeri|azerbaycanli|gürcü|iranli|kürt|ukraynali|amerikali|avrupali|fransiz|"
        r"alman|çinli|kazak|özbek|türkmen|kirgiz)(?:ler|lar)"
    )
)
_SOURCE_BEFORE = re.compile(
    r"\b(?:according to|speaking to|talking to|interview to|interview with|told|reported by|quoted by)\s+"
    r"(?:the\s+)?$"
)
_MEDIA = frozenset(
    [
        "reuters",
        "interfax",
        "euronews",
        "bloomberg",
        "armenpress",
        "azertac",
        "sputnik",
        "tass",
        "bbc",
        "cnn",
        "afp",
        "trend",
        "apa",
        "ria",
        "novosti",
    ]
)
# "Cumhurbaşkanımızın ve Ulaştırma Bakanımızın gayretleriyle": a title with a suffix is no place
_TITLE_STEM = re.compile(r"(?:cumhurbaşkan|başbakan|bakan|başkan|genel sekreter)")


def _title_case_line(s: Sentence, start: int) -> bool:
    """A headline in Title Case ("Russia Continues to Fulfill Its Obligations", "... but at What
    Cost?"): its capitals are no names, and a slot word ("to", "at") before them no place."""
    line_start = s.text.rfind("\n", 0, start) + 1
    line_end = s.text.find("\n", start)
    line = s.text[line_start : line_end if line_end >= 0 else len(s.text)]
    words = [w for w in re.findall(r"[^\W\d_]{4,}", line)]
    if len(words) < 4:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower * 5 < len(words)


def _dateline(s: Sentence, found: Found) -> None:
    """ "BRUSSELS, April 6 —", "BAKÜ (AA) -", "Baku, 12 August": where the report was filed."""
    match = _DATELINE.match(s.text)
    if match is None:
        return
    start, end = match.span("place")
    place = s.text[start:end].split(",")[0].strip()
    end = start + len(place)
    known = [m for m in s.mentions if m.start == start and m.type in ("Place", "State")]
    if known:
        found.dateline = known[0].key if known[0].type == "Place" else ""
        return
    if not place.isupper() or len(place) < 3:
        return  # a dateline of an unknown place is written in capitals
    m = _add(s, found, slug(place), "Place", place.title(), start, end)
    if m is not None:
        found.dateline = m.key


# -- offices ---------------------------------------------------------------------

_OFFICE_WORDS = {
    "en": (
        "minister",
        "secretary",
        "chair",
        "president",
        "head",
        "director",
        "governor",
        "mayor",
        "speaker",
        "ceo",
        "chief executive",
        "diplomat",
    ),
    "tr": ("bakan", "sekreter", "başkan", "baskan", "vali", "müdür", "mudur"),
}
# "Syunik Governor Robert Ghukasyan", "Kapan Mayor ...", "the governor of Syunik", "Kars Belediye
# Başkanı": the head of a province's or town's own government governs it (``governs``: a place
# is no agent to lead).  A Turkish "vali" or
# "kaymakam" ("Iğdır Valisi X") is the central government's appointee in the province, none of
# the offices of the convention (tests/devset/README.md; read so in batches 1, 13 and 16): he
# is a person and leads nothing.
_LOCAL_HEAD = re.compile(r"^(?:governor|mayor|belediye başkan[ii])\b")


# The co-chairing itself ("co-chaired by", "whose co-chairs are", "the co-chair countries",
# "eş başkanlığını ... yürüttüğü", "eş başkanlığında"), not the co-chairs as people at a meeting.
_COCHAIR = {
    "en": re.compile(r"\b(?:co-?chaired by|co-?chairs? (?:are|were|countries|states)|co-?chairmanship of)\b"),
    "tr": re.compile(r"eş ?başkanliğ(?:ini|inda|indaki)\b"),
}
_COCHAIR = {lang: by_first_letter(p) for lang, p in _COCHAIR.items()}  # the same matches, faster


# "the Co-Chairs of the OSCE Minsk Group (Igor Popov of the Russian Federation, ...)", "OSCE Minsk
# Group Co-Chairs Igor Popov, ...", "AGİT Minsk Grubu eş başkanları Igor Popov (Rusya), ..."
_COCHAIRS_NAMED = {
    "en": re.compile(r"\bco-?chairs?(?:men)?\b(?:\s+of\s+(?:the\s+)?)?"),
    "tr": re.compile(r"\beş ?başkanlar(?:[ii]|[ii]n[ii]n)?\b"),
}


def named_cochairs(s: Sentence, found: Found) -> None:
    """Co-chairs named after their title lead their group; the states they come from chair it
    (``chairOf``: leaderOf is a person's)."""
    for match in _COCHAIRS_NAMED[s.lang].finditer(s.folded):
        if match.group(0).rstrip().endswith("of") or match.group(0).endswith(" "):
            group = s.at(match.end(), len(s.text), {"Organization"})
            after = group.end if group is not None else match.end()
            if group is None:
                # "the OSCE Minsk Group Co-Chairs of Igor Popov (Russia), ...": the group before
                group = s.ending_near(match.start(), {"Organization"}, r"(?:'s)?\s*")
        else:
            group = s.ending_near(match.start(), {"Organization"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
            after = match.end()
        if group is not None:
            found.cochaired = group.key
        elif found.cochaired and re.search(r"chairs|chairmen|başkanlar", match.group(0)):
            # "The co-chairs are Ambassador X of France, ...", "eş başkanlar Rus X, Fransız Y, ...":
            # the group whose co-chairs the document named before
            group = M(found.cochaired, "Organization", match.start(), match.end(), "coref")
            verb = re.match(r"\s+(?:are|were|include)\b", s.folded[after:])
            after += verb.end() if verb else 0
        if group is None:
            continue
        if _cochair_states_in_brackets(s, group, after, match.span()):
            continue
        comma = re.match(r"\s*,\s*", s.folded[after:])  # "the Co-Chairs, Ambassador X of ..."
        listed = paired_list(s, after + (comma.end() if comma else 0), found)
        if len(listed) < 2:
            continue
        head_state, head_person = listed[0]
        gap = s.folded[after : min(head_person.start, head_state.start if head_state else head_person.start)]
        if gap.strip(" (,") != "" and not _LIST_LEAD.fullmatch(gap.lstrip(" ,")):
            continue
        for state, person in listed:
            span = s.cover(group, person, match.span())
            s.state(person.key, "leaderOf", group.key, "entity", span, "office.cochair.named")
            if state is not None:
                s.state(
                    state.key, "chairOf", group.key, "entity", s.cover(span, state), "office.cochair.named"
                )


def _cochair_states_in_brackets(s: Sentence, group: M, after: int, title: tuple[int, int]) -> bool:
    """ "the OSCE Minsk Group co-chairs (Russia, France, the US)", "AGİT Minsk Grubu eş
    başkanları (Rusya, ABD ve Fransa)": the states listed in brackets after the title are the
    co-chairs, and each chairs the group (``chairOf``)."""
    bracket = re.match(r"\s*\(\s*(?:the\s+)?", s.text[after:])
    if bracket is None:
        return False
    close = s.text.find(")", after)
    first = s.at(after + bracket.end(), len(s.text), {"State"})
    if first is None or close < 0:
        return False
    states = [m for m in s.coordination(first, {"State"}) if m.end <= close]
    if len(states) < 2 or s.text[states[-1].end : close].strip(" .,") != "":
        return False
    for state in states:
        span = s.cover(group, state, title)
        s.state(state.key, "chairOf", group.key, "entity", span, "office.cochair.named")
    return True


# One co-chair under his title: "OSCE Minsk Group co-chair X", "X, the Russian co-chair of the OSCE
# Minsk Group,", "the French co-chair of the Minsk Group X", "AGİT Minsk Grubu Rusya Eş Başkanı X"
_COCHAIR_ONE = {
    "en": re.compile(r"(?<![\w-])co-?chair(?:man|woman|person)?\b(?!-)"),
    "tr": re.compile(r"(?<!\w)e[şs] ?ba[şs]kan[ii](?!\w)"),
}
_COCHAIR_ONE = {lang: by_first_letter(p) for lang, p in _COCHAIR_ONE.items()}  # the same matches, faster


def _single_cochairs(s: Sentence) -> None:
    """A co-chair named with his title leads the group, and the state the title gives chairs it."""
    for match in _COCHAIR_ONE[s.lang].finditer(s.folded):
        ts, te = match.span()
        state = s.ending_near(ts, {"State"}, r"\s*")
        left = state.start if state is not None else ts
        group = s.ending_near(left, {"Organization"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
        first = min(left, group.start) if group is not None else left
        if re.search(r"(?:former|ex-|then|eski|önceki)\s+(?:the\s+)?$", s.folded[max(0, first - 12) : first]):
            continue
        after = te
        if group is None and s.lang == "en":
            of = re.match(r"\s+of\s+(?:the\s+)?", s.folded[te:])
            group = s.at(te + of.end(), len(s.text), {"Organization"}) if of else None
            after = group.end if group is not None else te
        if group is None:
            continue
        gap = re.match(r"\s*,?\s*", s.folded[after:])
        person = s.at(after + (gap.end() if gap else 0), len(s.text), {"Person"})
        if person is None and s.lang == "en":
            start = min(left, group.start)
            person = s.ending_near(start, {"Person"}, r",\s*(?:the\s+|a\s+)?")
        if person is None:
            continue
        span = s.cover(match.span(), group, person)
        s.state(person.key, "leaderOf", group.key, "entity", span, "office.cochair.one")
        if state is None and s.lang == "en":
            # "co-chair Andrew Schofer, of the United States", "Igor Popov of Russia"
            of = re.match(r",?\s+of\s+(?:the\s+)?", s.folded[person.end :])
            state = s.at(person.end + of.end(), len(s.text), {"State"}) if of else None
        if state is not None and state.kind != "title":
            s.state(state.key, "chairOf", group.key, "entity", s.cover(span, state), "office.cochair.one")


def cochairs(s: Sentence, found: Found) -> None:
    """ "the OSCE Minsk Group, co-chaired by Russia, France and the United States", "eş
    başkanlığını Rusya, ABD ve Fransa'nın yürüttüğü AGİT Minsk Grubu": each co-chair state
    chairs the group (``chairOf``)."""
    if "chair" in s.folded or "başkanlar" in s.folded:
        named_cochairs(s, found)
    if "chair" in s.folded or "başkani" in s.folded or "baskani" in s.folded:
        _single_cochairs(s)
    _cochairs_in_apposition(s)
    _chairmanship(s)
    match = _COCHAIR[s.lang].search(s.folded)
    if match is None:
        return
    groups = [m for m in s.mentions if m.type == "Organization" and abs(m.start - match.start()) <= 90]
    states = [
        m
        for m in s.mentions
        if m.type == "State" and abs(m.start - match.end()) <= 40 and m.kind != "demonym"
    ]
    if not groups or not states:
        return
    group = min(groups, key=lambda m: abs(m.start - match.start()))
    first = min(states, key=lambda m: m.start)
    if first.start > match.end() and re.search(
        r"\b(?:ministers?|presidents?|leaders?|officials?|representatives?|bakan|başkan)",
        s.folded[match.end() : first.start],
    ):
        return  # "co-chaired by the Deputy Prime Ministers of Armenia, ...": the officials co-chair it
    for state in s.coordination(first, {"State"}):
        span = s.cover(state, group, match.span())
        s.state(state.key, "chairOf", group.key, "entity", span, "office.cochair")


# "the United States and France – two of three Co-Chairs of the OSCE Minsk Group", "Russia, France
# and the US, the co-chairs of the Minsk Group": the states before the apposition co-chair the group
_COCHAIRS_AFTER = re.compile(
    r"\s*[-–—,(]?\s*(?:as\s+)?(?:the\s+)?(?:(?:two|both|all three|three|all)\s+"
    r"(?:of\s+(?:the\s+)?(?:three\s+)?)?)?co-?chairs?\s+of\s+(?:the\s+)?"
)


# "the Swedish chairmanship of the OSCE", "Sweden's OSCE Chairmanship", "AGİT Dönem Başkanı İsveç",
# "AGİT dönem başkanlığını yürüten İsveç": the state that holds an organization's rotating chair
_CHAIRMANSHIP = {
    "en": re.compile(
        r"(?:'s)?\s+(?:(?P<org>[\w-]+)\s+)?(?:rotating\s+)?(?:chairmanship|presidency)(?:-in-office)?"
        r"(?:\s+of\s+(?:the\s+)?)?"
    ),
    "tr": re.compile(r"\s+dönem\s+başkan(?:i|liğini\s+(?:yürüten|üstlenen))\s+"),
}
# "Armenia assumed the presidency of the EEU", "Kazakhstan took over the chairmanship of the OTS",
# "Armenia chairs the CSTO"; "Ermenistan, AEB dönem başkanlığını devraldı", "Ermenistan'ın AEB dönem
# başkanlığı": the state takes or holds the organization's chair
_CHAIR_TAKEN = {
    "en": re.compile(
        r"\s+(?:has\s+|had\s+)?(?:(?:assumed|took over|takes over|has taken over|holds|held|took on|"
        r"took up)\s+(?:the\s+)?(?:rotating\s+|annual\s+)?(?:presidency|chairmanship)\s+(?:of|in)\s+|"
        r"(?:chairs|chaired|presides over|presided over)\s+)(?:the\s+)?"
    ),
    "tr": re.compile(r"\s+(?:dönem\s+)?başkanliğ(?:ini\s+(?:devral|üstlen|yürüt|al)\w*|i\b)"),
}
_NO_CHAIR_LEADS = frozenset({"european-union", "council-of-the-european-union"})


def _chairmanship(s: Sentence) -> None:
    """The state that chairs an organization in rotation chairs it (``chairOf``); not the EU, whose rotating
    presidency ("AB dönem başkanlığını yürüten İspanya") is its Council's, no lead of the Union."""
    if not has_any(s.folded, ("chairmanship", "dönem başkan", "presidency", "chair", "presid", "başkanliğ")):
        return
    _chair_taken(s)
    if not has_any(s.folded, ("chairmanship", "dönem başkan", "presidency")):
        return
    if s.lang == "en":
        for state in [m for m in s.mentions if m.type == "State"]:
            match = _CHAIRMANSHIP["en"].match(s.folded, state.end)
            if match is None:
                continue
            org = s.at(match.end(), len(s.text), {"Organization"}) if match.group(0).endswith(" ") else None
            if org is None and match.group("org"):
                org = s.at(match.start("org"), match.end("org"), {"Organization"})
            if org is not None and org.key not in _NO_CHAIR_LEADS:
                s.state(state.key, "chairOf", org.key, "entity", s.cover(state, org), "office.chairmanship")
    else:
        for body in [m for m in s.mentions if m.type == "Organization" and m.key not in _NO_CHAIR_LEADS]:
            match = _CHAIRMANSHIP["tr"].match(s.folded, body.end)
            holder = s.at(match.end(), len(s.text), {"State"}) if match else None
            if holder is not None:
                span = s.cover(body, holder)
                s.state(holder.key, "chairOf", body.key, "entity", span, "office.chairmanship")


def _chair_taken(s: Sentence) -> None:
    if s.lang == "en":
        for state in [m for m in s.mentions if m.type == "State" and m.kind != "demonym"]:
            match = _CHAIR_TAKEN["en"].match(s.folded, state.end)
            org = s.at(match.end(), len(s.text), {"Organization"}) if match else None
            if org is not None and org.key not in _NO_CHAIR_LEADS:
                s.state(state.key, "chairOf", org.key, "entity", s.cover(state, org), "office.chairmanship")
        return
    for body in [m for m in s.mentions if m.type == "Organization" and m.key not in _NO_CHAIR_LEADS]:
        if _CHAIR_TAKEN["tr"].match(s.folded, body.end) is None:
            continue
        holder = s.ending_near(body.start, {"State"}, r"(?:'?n?[ıiuü]n)?\s*,?\s*")
        if holder is not None and holder.kind != "demonym":
            s.state(holder.key, "chairOf", body.key, "entity", s.cover(holder, body), "office.chairmanship")


def _cochairs_in_apposition(s: Sentence) -> None:
    if s.lang != "en" or "chair" not in s.folded:
        return
    for last in [m for m in s.mentions if m.type == "State" and m.kind != "demonym"]:
        after = _COCHAIRS_AFTER.match(s.folded, last.end)
        if after is None:
            continue
        group = s.at(after.end(), len(s.text), {"Organization"})
        if group is None:
            continue
        for state in s.coordination(last, {"State"}, forward=False):
            s.state(state.key, "chairOf", group.key, "entity", s.cover(state, group), "office.cochair")


# "his Azerbaijani counterpart, Colonel General Zakir Hasanov", "mevkidaşı Orgeneral X": a rank
# or an honorific may stand between
_COUNTERPART = {
    "en": re.compile(
        r"counterparts?,?\s+(?:(?:colonel|lieutenant|major|army|brigadier)?\s*general|col\.\s*gen\.|"
        r"admiral|mr\.?|ms\.?|mrs\.?|dr\.?|h\.e\.)?\s*$"
    ),
    "tr": re.compile(loose(r"(?:mevkidaş\w*|muhatab\w*),?\s+(?:orgeneral|korgeneral|tümgeneral|sayin)?\s*$")),
}


_PLURAL_OFFICE = {
    "en": re.compile(
        r"(?<!deputy )(?<!vice )"
        r"\b(?P<office>presidents|prime ministers|foreign ministers|leaders|heads of state)\b"
    ),
    "tr": re.compile(
        r"(?<!yardimci )(?P<office>cumhurbaşkanlari|başbakanlari|dişişleri bakanlari|liderleri)\b"
    ),
}
_HEAD_OFFICES = (
    "presidents",
    "prime ministers",
    "leaders",
    "heads of state",
    "cumhurbaşkanlari",
    "başbakanlari",
    "liderleri",
)


_LISTED_NAME = re.compile(rf"[{_UP}][{_LOW}'’-]+(?:\s+[{_UP}][{_LOW}'’-]+){{1,2}}(?=\s*\(|,?\s+of\s)")


_BRACKETED_NAME = re.compile(rf"[{_UP}][{_LOW}'’-]+(?:\s+[{_UP}][{_LOW}'’-]+){{1,2}}(?=\s*\))")


_LIST_LEAD = re.compile(r"[\s(]*(?:(?:ambassador|amb\.|mr\.?|ms\.?|mrs\.?|dr\.?|büyükelçi|sayin)\s+)?")


def paired_list(s: Sentence, pos: int, found: Found | None = None) -> list[tuple[M | None, M]]:
    """The (state, person) pairs of a list that starts at ``pos``: "Azerbaijan (Elmar
    Mammadyarov), Georgia (Mikheil Janelidze) and Turkey (Mevlüt Çavuşoğlu)", "Igor Popov of
    the Russian Federation, Stéphane Visconti of France", "Igor Popov (Rusya), ... ve Andrew
    Schofer (ABD)", or names alone ("Igor Popov, Stéphane Visconti and Andrew Schofer")."""
    pairs: list[tuple[M | None, M]] = []
    while True:
        # "Ambassador Stéphane Visconti of France, ... and Mr. Andrew Schofer of the United States"
        lead = _LIST_LEAD.match(s.folded, pos)
        pos = lead.end() if lead else pos
        first = s.at(pos, len(s.text), {"State", "Person"})
        named = _LISTED_NAME.match(s.text, pos) if first is None and found is not None else None
        if named is not None and any(w in _TITLE_WORDS for w in s.folded[pos : named.end()].split()):
            named = None  # "Personal Representative of the Chairperson-in-Office": a title, no name
        if named is not None and found is not None and _covered(s, pos, named.end()) is None:
            # a name the lexicon lacks, given its state: "Igor Popov (Rusya)", "Igor Popov of Russia"
            key = s.lexicon.person_spelled(person_slug(s, named.group(0))) or person_slug(s, named.group(0))
            first = _add(s, found, key, "Person", named.group(0), pos, named.end())
        if first is None:
            return pairs
        inner = re.match(r"\s*(?:\(\s*|,?\s+of\s+(?:the\s+)?)", s.folded[first.end :])
        if inner is None and first.type == "State":
            # "Armenia Mher Grigoryan, Russia Alexey Overchuk and Azerbaijan Shahin Mustafayev",
            # "Rus İgor Popov, Fransız Stephane Visconti, ABD'li Andrew Schofer"
            inner = re.match(r"(?:['’]l[ıiuü])?\s+(?=\S)", s.folded[first.end :])
        second_types = {"Person"} if first.type == "State" else {"State"}
        second = s.at(first.end + inner.end(), len(s.text), second_types) if inner else None
        if first.type == "State" and second is None and inner is not None and found is not None:
            at = first.end + inner.end()
            named = _BRACKETED_NAME.match(s.text, at)
            if named is not None and _covered(s, at, named.end()) is None:
                key = s.lexicon.person_spelled(person_slug(s, named.group(0))) or person_slug(
                    s, named.group(0)
                )
                second = _add(s, found, key, "Person", named.group(0), at, named.end())
        if first.type == "State" and second is None:
            return pairs
        if second is None:
            pairs.append((None, first))
            end = first.end
        else:
            state, person = (first, second) if first.type == "State" else (second, first)
            pairs.append((state, person))
            end = second.end
        nxt = re.match(r"\s*\)?\s*(?:,\s*(?:and\s+|ve\s+)?|\s+(?:and|ve|ile)\s+)", s.folded[end:])
        if nxt is None:
            return pairs
        pos = end + nxt.end()


def respective_offices(s: Sentence, found: Found) -> None:
    """ "the presidents of Azerbaijan and France, Ilham Aliyev and Emmanuel Macron",
    "Foreign Ministers Ararat Mirzoyan of Armenia and Hossein Amir-Abdollahian of Iran",
    "Azerbaycan ve Fransa cumhurbaşkanları İlham Aliyev ve Emmanuel Macron": each holds the
    office of the state named in the same place of its list."""
    for match in _PLURAL_OFFICE[s.lang].finditer(s.folded):
        office = match.group("office")
        pairs: list[tuple[M, M]] = []
        if s.lang == "en":
            of = re.match(r"\s+of\s+(?:the\s+)?", s.folded[match.end() :])
            if of:  # "the presidents of A and B, X and Y"
                first = s.at(match.end() + of.end(), len(s.text), {"State"})
                if first is None:
                    continue
                # "the foreign ministers of A (X), B (Y) and C (Z)", "of A X and B Y"
                listed = paired_list(s, first.start, found)
                pairs = [(st, p) for st, p in listed if st is not None] if len(listed) > 1 else []
                if not pairs:  # "the presidents of A and B, X and Y"
                    states = s.coordination(first, {"State"})
                    person = s.at(states[-1].end, len(s.text), {"Person"})
                    people = s.coordination(person, {"Person"}) if person is not None else []
                    pairs = list(zip(states, people, strict=False)) if len(states) == len(people) else []
            else:  # "Foreign Ministers X (right) of A and Y of B", a name the lexicon lacks too
                person = s.at(match.end(), len(s.text), {"Person"})
                while person is not None:
                    tail = re.match(r"(?:\s*\([^)]{0,20}\))?\s+of\s+(?:the\s+)?", s.folded[person.end :])
                    state = s.at(person.end + tail.end(), len(s.text), {"State"}) if tail else None
                    if state is None:
                        break
                    pairs.append((state, person))
                    nxt = re.match(r"\s*(?:,|and)\s+(?:and\s+)?", s.folded[state.end :])
                    person = s.at(state.end + nxt.end(), len(s.text), {"Person"}) if nxt else None
                    if person is None and nxt is not None:
                        listed = paired_list(s, state.end + nxt.end(), found)
                        pairs += [(st, p) for st, p in listed if st is not None]
                        break
        else:
            last = s.ending_near(match.start(), {"State"}, r"\s*")
            person = s.at(match.end(), len(s.text), {"Person"})
            if last is None or person is None:
                continue
            states = s.coordination(last, {"State"}, forward=False)
            states.sort(key=lambda m: m.start)
            people = s.coordination(person, {"Person"})
            pairs = list(zip(states, people, strict=False)) if len(states) == len(people) else []
        for state, person in pairs:
            span = s.cover(state, person, match.span())
            if office in _HEAD_OFFICES:
                s.state(person.key, "leaderOf", state.key, "entity", span, "office.respective")
                continue
            _minister(s, found, person.key, state.key, "foreign-affairs", span, "office.respective")


def counterparts(s: Sentence, found: Found) -> None:
    """ "Lavrov told his Armenian counterpart, Ararat Mirzoyan": the counterpart holds the same
    office (the ministry of the same portfolio) for the state named before "counterpart"."""
    if not has_any(s.folded, ("counterpart", "mevkida", "muhatab")):
        return
    offices = [st.object for st in s.out if st.relation == "leaderOf" and "-ministry-of-" in st.object]
    # "President Erdoğan and his Azerbaijani counterpart Ilham Aliyev", "Gürcistan Başbakanı
    # Kobahidze, Azerbaycanlı mevkidaşı Ali Esedov": a head's counterpart heads his state
    date = s.document.date or s.doc_year
    heads = [
        m
        for m in s.mentions
        if m.type == "Person"
        and any(
            r.title in _HEAD_ROLES and s.type_of(r.of) == "State" for r in s.lexicon.roles_of(m.key, date)
        )
    ]
    if not offices and not heads:
        return
    portfolio = offices[0].split("-ministry-of-")[1] if offices else ""
    pairs: list[tuple[M, M, int]] = []
    for person in [m for m in s.mentions if m.type == "Person"]:
        before = s.folded[max(0, person.start - 40) : person.start]
        match = _COUNTERPART[s.lang].search(before)
        if match is None:
            continue
        at = person.start - len(before) + match.start()
        state = s.ending_near(at, {"State"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
        if state is None:
            continue
        # "his Azerbaijani and Georgian counterparts X and Y", "Azerbaycanlı ve Gürcü mevkidaşları
        # X ve Y": each state in order its name in order
        states = sorted(s.coordination(state, {"State"}, forward=False), key=lambda m: m.start)
        people = [m for m in s.coordination(person, {"Person"}) if m.type == "Person"]
        if len(states) > 1 and len(states) == len(people):
            pairs += [(st, p, at) for st, p in zip(states, people, strict=True)]
        else:
            pairs.append((state, person, at))
    for state, person, at in pairs:
        if portfolio:
            # his own ministry's portfolio where the lexicon knows it ("his Azerbaijani counterpart
            # Rashad Nabiyev": digital development and transport, for a transport minister's)
            own = next(
                (
                    r.title.removesuffix("-minister")
                    for r in s.lexicon.roles_of(person.key, date)
                    if r.of == state.key and r.title.endswith("-minister") and r.title != "foreign-minister"
                ),
                "",
            )
            if portfolio == "foreign-affairs" or own not in ministry_portfolios():
                own = portfolio
            _minister(s, found, person.key, state.key, own, (state.start, person.end), "office.counterpart")
            continue
        # a head's counterpart the lexicon knows must head that state at the date
        roles = s.lexicon.roles_of(person.key, date)
        if not any(h.end <= at and h.key != person.key for h in heads) or (
            roles and not any(r.of == state.key and r.title in _HEAD_ROLES for r in roles)
        ):
            continue
        s.state(person.key, "leaderOf", state.key, "entity", (state.start, person.end), "office.counterpart")


# "the trilateral working group", "The Russian-Armenian-Azerbaijani working group": a working group
# named in lower case after what it joins
_WORKING_GROUP = re.compile(
    rf"\b(?:the|a|an)\s+(?P<name>(?:(?:[{_UP}][{_LOW}]+-)+[{_UP}][{_LOW}]+|trilateral|tripartite|joint|"
    r"intergovernmental)\s+working\s+group)\b",
    re.IGNORECASE,
)
# "... working group co-chaired by the Deputy Prime Ministers of Armenia, Russia, and Azerbaijan",
# "co-headed by deputy prime ministers of the three states": its chairs are the deputy prime
# ministers the document names
_CHAIRED_BY_DEPUTIES = re.compile(
    r"working group\s+(?:(?:which|that) is\s+)?(?:co-?)?(?:chaired|headed|led)\s+by\s+(?:the\s+)?"
    r"(?P<title>deputy prime ministers)\b"
)


def _working_groups(s: Sentence, found: Found) -> None:
    if "working group" not in s.folded:
        return
    chaired = _CHAIRED_BY_DEPUTIES.search(s.folded)
    if chaired is None:
        return  # (a working group named in lower case is an entity only where its chairs are said)
    for match in _WORKING_GROUP.finditer(s.text):
        start, end = match.span("name")
        inside = [m for m in s.mentions if m.start < end and start < m.end]
        if all(m.type == "State" and start <= m.start and m.end <= end for m in inside):
            for m in inside:  # "Russian-Armenian-Azerbaijani": the group's states, no actors here
                m.consumed = True
            name = match.group("name")
            label = name[0].upper() + name[1:] if name[0].islower() else name
            _add(s, found, slug(name), "Organization", label, start, end)
    group = next(
        (
            m
            for m in s.mentions
            if m.type == "Organization" and m.end <= chaired.start() + len("working group")
        ),
        None,
    )
    if group is None:
        return
    date = s.document.date or s.doc_year
    text = fold(s.document.text)
    for person in s.lexicon.roles:
        if not any(r.title == "deputy-prime-minister" for r in s.lexicon.roles_of(person, date)):
            continue
        entity = s.lexicon.entities.get(person)
        names = [n for labels in (entity.labels.values() if entity else ()) for n in labels if " " in n]
        if any(fold(n) in text for n in names):
            span = s.cover(group, chaired.span())
            s.state(person, "leaderOf", group.key, "entity", span, "office.working-group")


def _offices(s: Sentence, found: Found) -> None:
    """``leaderOf`` from a title before a person's name: a minister leads the state's ministry,
    a secretary general or chair the organization named with the title."""
    _working_groups(s, found)
    cochairs(s, found)
    _chairs_by_role(s)
    _titled_offices(s, found)
    if s.lang == "en" and has_any(s.folded, _HEAD_OF_WORDS):
        _heads_of(s, found)
    counterparts(s, found)
    if has_any(s.folded, _RESPECTIVE_WORDS):
        respective_offices(s, found)


# "chaired by", "headed by", "co-chaired by", "under the chairmanship of", "X başkanlığındaki",
# "X'in başkanlık ettiği": the people named beside these lead the body they chair.
_CHAIRED = {
    "en": re.compile(
        r"\b(?:(?:co-?)?(?:chaired|headed|led|presided over)\s+by|under the (?:co-?)?chairmanship of|"
        r"will be (?:co-?)?(?:chaired|headed|led) by)\b"
    ),
    # (and written without Turkish letters: "baskanligindaki")
    "tr": re.compile(
        r"(?:[eE][şs] )?ba[şs]kanli[ğg](?:inda|indaki|ini yapti[ğg]i|ini yürüttü[ğg]ü|ini yuruttugu)\b|"
        r"ba[şs]kanlik etti[ğg]i\b"
    ),
}
_CHAIRED = {lang: by_first_letter(p) for lang, p in _CHAIRED.items()}  # the same matches, faster
# The literals every match of _CHAIRED holds: a sentence without them is skipped before the regex.
_CHAIRED_WORDS = {"en": ("chaired", "headed", "led", "presided over", "chairmanship"), "tr": ("kanli",)}
# "The meeting was held ..., chaired by X and Y": a meeting of the body the sentence before named
_MEETING_WORDS = {"en": ("meeting", "session", "talks"), "tr": ("toplanti", "görüşme", "oturum")}
_BODY_HEADS = {
    "en": ("commission", "working group", "group", "committee", "council", "delegation"),
    "tr": ("komisyon", "çalişma grub", "grub", "komite", "konsey", "heyet"),
}


def _chairs_by_role(s: Sentence) -> None:
    """People said to chair a body the lexicon gives them ("the commissions ... chaired by
    Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev", "Grigoryan ve Mustafayev
    başkanlığındaki sınır belirleme komisyonları") lead it: each the body his lexicon role at
    the date names, of the kind of body the sentence names."""
    if not has_any(s.folded, _CHAIRED_WORDS[s.lang]):
        return
    match = _CHAIRED[s.lang].search(s.folded)
    if match is None:
        return
    in_view = {m.key for m in s.mentions}
    body_words = [w for w in _BODY_HEADS[s.lang] if w in s.folded]
    if not body_words:
        if s.previous is None or not has_any(s.folded, _MEETING_WORDS[s.lang]):
            return
        in_view = {m.key for m in s.previous.mentions if m.type == "Organization"}
        body_words = [w for w in _BODY_HEADS[s.lang] if w in s.previous.folded]
        if not in_view and not body_words:
            return
    date = s.document.date or s.doc_year
    # "chaired by Deputy Prime Minister of Azerbaijan X and Deputy Prime Minister of Armenia Y"
    if s.lang == "en":
        people = [m for m in s.mentions if m.type == "Person" and match.end() <= m.start <= match.end() + 130]
    else:
        people = [
            m for m in s.mentions if m.type == "Person" and match.start() - 130 <= m.end <= match.start()
        ]
    for person in _unique_people(people):
        for role in s.lexicon.roles_of(person.key, date):
            if role.title not in ("chair", "co-chair", "head"):
                continue
            body = s.lexicon.entities.get(role.of)
            if body is None:
                continue
            names = " ".join(" ".join(labels) for labels in body.labels.values()).lower()
            if role.of not in in_view and not any(w.split()[0] in names for w in body_words):
                continue
            span = s.cover(match.span(), person)
            intended = s.folded.startswith("will", match.start())
            s.state(
                person.key,
                "leaderOf",
                role.of,
                "entity",
                span,
                "office.chair",
                modality="intended" if intended else "asserted",
            )


def _unique_people(people: list[M]) -> list[M]:
    seen: dict[str, M] = {}
    for m in people:
        seen.setdefault(m.key, m)
    return list(seen.values())


_RESPECTIVE_WORDS = ("presidents", "ministers", "leaders", "heads of state", "lari ", "leri ")
_HEAD_OF_WORDS = (
    "head of",
    "chair",
    "director",
    "secretary",
    "leader of",
    "commander",
    "chief",
    "ceo",
    "speaker",
)
# (a company's legal form between: "CEO of JSC Georgian Railways David Peradze")
_HEAD_OF = (
    r"(?:head|chairman|chairwoman|chairperson|chair|director(?:[- ]general)?|secretary[- ]general|leader|"
    r"commander|chief|ceo|chief executive(?: officer)?|general director|managing director|speaker|"
    r"president)\s+of\s+"
    r"(?:the\s+)?(?:(?:c?jsc|ojsc|llc)\s+)?"
)
# "Ebrahim Azizi, chairman of the Iranian parliament's Committee on National Security ...": after
# "X became the new commander of (the) ORG", "X was appointed head of ORG"
_HEAD_OF_AFTER = re.compile(
    r"(?:,|\s+(?:became|has become|was appointed|has been appointed|was named|is now))\s+(?:as\s+)?"
    rf"(?:the\s+)?(?:new\s+)?{_HEAD_OF}"
)
# "Head of the EU Mission in Armenia Markus Ritter": before, the name right after the body
# (not a deputy's: "Deputy Speaker of the National Assembly of Armenia X" leads nothing)
_HEAD_OF_BEFORE = re.compile(rf"(?<![\w-])(?<!deputy )(?<!vice )(?<!assistant ){_HEAD_OF}$")
# (the body's short form in brackets, a comma, an honorific between: "Head of the Federal Service ...
# (Rospotrebnadzor) Anna Popova", "Head of the EU Mission in Armenia, Ambassador Markus Ritter")
_NAME_AFTER = re.compile(
    r"(?:\s*\([^()]{1,24}\))?,?\s+(?:(?:Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b"
)
# a title's words are no name: "the head of Russia's delegation, Foreign Minister X"
_NOT_NAME_WORDS = re.compile(
    r"(?:Foreign|Prime|Deputy|Minister|President|Secretary|Ambassador|Special|Head|Chairman|General|"
    r"Director|Vice|Acting|Senior|Chief|Colonel|Lieutenant|Major)\b"
)


# "X, the chairman of the parliament committee on national security and foreign relations,": a
# committee named in lower case after its head's title (its name is what follows "committee")
_COMMITTEE_LOWER = re.compile(
    rf"(?<![\w-]){_HEAD_OF}(?:(?:\w+\s+)?(?:parliament(?:ary|'s|’s)?|majlis|assembly(?:'s|’s)?)\s+)?"
    r"(?P<name>(?:committee|commission)\s+(?:on|for)\s+[a-z]+(?:\s+(?:and\s+|of\s+)?[a-z]+){0,6})"
    r"(?=\s*[,.;)])"
)


def _lowercase_committees(s: Sentence, found: Found) -> None:
    if "committee" not in s.text and "commission" not in s.text:
        return
    for match in _COMMITTEE_LOWER.finditer(s.text):
        start, end = match.span("name")
        if _covered(s, start, end) is None:
            _add(s, found, slug(match.group("name")), "Organization", match.group("name"), start, end)


def _heads_of(s: Sentence, found: Found) -> None:
    """The head of an organization written around the name: "X, chairman of (the) ORG" and
    "Head of (the) ORG X"."""
    _lowercase_committees(s, found)
    orgs = [m for m in s.mentions if m.type == "Organization"]
    if not orgs:
        return
    for named_person in [m for m in s.mentions if m.type == "Person"]:
        after = _HEAD_OF_AFTER.match(s.folded, named_person.end)
        if after is None:
            continue
        org = next((o for o in orgs if after.end() <= o.start <= after.end() + 40), None)
        if (
            org is not None
            and _NAME_AFTER.match(s.text, org.end)
            and not re.match(r"\s*,", s.text[org.end :])
        ):
            continue  # "A, B, President of the European Council Charles Michel": the title is the next name's
        if org is not None and not re.search(r"[,;]", s.folded[after.end() : org.start]):
            span = (named_person.start, org.end)
            s.state(named_person.key, "leaderOf", org.key, "entity", span, "office.head.after")
    for org in orgs:
        if not _HEAD_OF_BEFORE.search(s.folded, 0, org.start):
            continue
        named = _NAME_AFTER.match(s.text, org.end)
        if named is None or _NOT_NAME_WORDS.match(named.group("name")):
            continue
        start, end = named.start("name"), named.end("name")
        person: M | None = next((m for m in s.mentions if m.type == "Person" and m.start == start), None)
        if person is None and _covered(s, start, end) is None:
            person = _add(
                s,
                found,
                s.lexicon.person_spelled(person_slug(s, named.group("name")))
                or person_slug(s, named.group("name")),
                "Person",
                named.group("name"),
                start,
                end,
            )
        if person is not None and person.type == "Person":
            s.state(person.key, "leaderOf", org.key, "entity", (org.start, end), "office.head.before")


_PLURAL_HEADS = {
    # "their prime ministers, Alikhan Smailov and Ali Asadov": the title in apposition too
    # "the presidents of both countries, X and Y", "the leaders of the two states, X and Y"
    "en": re.compile(
        r"(?<!vice )(?<!deputy )\b(?:presidents|prime ministers|leaders)"
        r"(?:\s+of\s+(?:both|the\s+two|the\s+three|all\s+three)\s+(?:countries|states|nations))?\s*,?\s+$"
    ),
    "tr": re.compile(r"(?:cumhurbaşkanlari|başbakanlari|liderler[ii])\s*,?\s+$"),
}
_HEAD_ROLES = ("president", "prime-minister", "chancellor", "supreme-leader")
_MINISTER_AFTER = {
    "en": re.compile(
        r",\s+(?:the\s+)?(?:minister of foreign affairs|foreign minister) of\s+(?:the\s+)?(?:republic of\s+)?"
    ),
    "tr": re.compile(r"(?!)"),
}


_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|ve)\s+)?|\s+(?:and|ve|ile)\s+")


def _named_heads(s: Sentence, found: Found) -> None:
    """ "Presidents Vladimir Putin and Ilham Aliyev", "the president of Azerbaijan [Ilham
    Aliyev]": heads of state named under a plural title, or in brackets after their title, lead
    the states the lexicon says they headed at the date."""
    date = s.document.date or s.doc_year
    people = [m for m in s.mentions if m.type == "Person" and m.kind == "name"]
    for person in people:
        before = s.folded[max(0, person.start - 50) : person.start]
        bracket = re.search(r"\b(?:president|prime minister|leader) of (?:the )?\w+\s*\[\s*$", before)
        plural = _PLURAL_HEADS[s.lang].search(before)
        if plural is None and bracket is None:
            # the second of "Presidents Vladimir Putin and Ilham Aliyev", any later one of "Presidents
            # Ebrahim Raisi, Recep Tayyip Erdogan and Vladimir Putin": back along the list to its first
            first, at = None, person.start
            while True:
                before_one = next(
                    (p for p in people if p.end < at and _LIST_GAP.fullmatch(s.folded, p.end, at)),
                    None,
                )
                if before_one is None:
                    break
                first, at = before_one, before_one.start
            if first is None or not _PLURAL_HEADS[s.lang].search(
                s.folded[max(0, first.start - 50) : first.start]
            ):
                continue
        for role in s.lexicon.roles_of(person.key, date):
            if role.title in _HEAD_ROLES and s.type_of(role.of) == "State":
                s.state(
                    person.key,
                    "leaderOf",
                    role.of,
                    "entity",
                    (max(0, person.start - len(before)), person.end),
                    "office.named",
                )
                break


# "Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan", "the foreign ministers of Armenia and
# Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov", "Dışişleri Bakanları Ceyhun Bayramov ve Ararat
# Mirzoyan": a plural title before names gives each named minister his own state's ministry.
_PLURAL_MINISTERS = {
    "en": re.compile(
        rf"(?<![\w-])(?:(?P<p>{_PORTFOLIO_EN})\s+ministers|ministers\s+(?:of|for)\s+(?P<p2>{_PORTFOLIO_EN}))"
        r"(?:\s+of\s+(?P<states>[^,;.]{3,60}?))?\s*,?\s+$"
    ),
    "tr": re.compile(rf"(?<![\w-])(?P<p>{_PORTFOLIO_TR})\s+bakanlar[ii]\s+(?:(?:sayin|sn\.?)\s+)?$"),
}


_BODY_NOUNS_TR = frozenset(
    [
        "dairesi",
        "kurumu",
        "komisyonu",
        "meclisi",
        "konseyi",
        "birliği",
        "derneği",
        "vakfi",
        "partisi",
        "grubu",
        "ajansi",
        "müdürlüğü",
        "bankasi",
        "şirketi",
        "odasi",
        "teşkilati",
        "örgütü",
        "merkezi",
        "enstitüsü",
        "üniversitesi",
        "komitesi",
        "heyeti",
    ]
)
_BODY_WORDS_BEFORE = re.compile(rf"(?:[{_UP}][{_LOW}]+ ){{1,3}}$")
_OFFICE_WORDS_BEFORE = re.compile(rf"(?:[{_UP}][{_LOW}]+ ){{2,7}}$")
_OFFICE_STEMS = ("cumhurbaşkanliğ", "başbakanliğ", "cumhurbaskanlig", "basbakanlig")


def _presidency(s: Sentence, found: Found, title_start: int) -> M | None:
    """ "Cumhurbaşkanlığı İletişim Başkanı": the head of an office named by its own title
    leads the office ("Cumhurbaşkanlığı İletişim Başkanlığı"), minted from the capitalised
    words before the title that name no known entity (not "Ermenistan Meclis Başkanı")."""
    words = _BODY_WORDS_BEFORE.search(s.text, max(0, title_start - 60), title_start)
    if words is None:
        return None
    start = words.start()
    body = s.folded[start : words.end()].split()
    longer = _OFFICE_WORDS_BEFORE.search(s.text, max(0, title_start - 90), title_start)
    if longer is not None and longer.start() < start:
        # "Azerbaycan Cumhurbaşkanlığı Dış Politika Meseleleri Daire Başkanı": the office's name
        # from the presidency's (or the government's) office word on
        wide = s.folded[longer.start() : longer.end()].split()
        at = next((i for i, w in enumerate(wide) if w.startswith(_OFFICE_STEMS)), -1)
        if at >= 0:
            start = longer.start() + len(" ".join(wide[:at])) + (1 if at else 0)
            body = wide[at:]
    office = next((i for i, w in enumerate(body) if w.startswith(_OFFICE_STEMS)), 0)
    if office:
        # "Ziyareti Cumhurbaşkanlığı İletişim Başkanı X duyurdu": a sentence's capitalised first
        # word before the office's name is not part of it
        start = s.folded.index(body[office], start)
        body = body[office:]
    if _covered(s, start, title_start) is not None:
        return None
    if (
        body[0] in ("cumhurbaşkani", "cumhurbaskani", "devlet", "belediye", "genel", "eş", "es")
        or body[-1] in _BODY_NOUNS_TR
    ):
        return None  # "... Dairesi Başkanı": the head of a body named by its own noun, not a presidency
    if body[-1] in ("il", "ilçe", "parti"):
        return None  # "AK Parti İl Başkanı X": a party's provincial chair holds no office of state
    if body[0].startswith(_OFFICE_STEMS):
        # "Azerbaycan Cumhurbaşkanlığı ...": the state the presidency is of is part of its name
        state = s.ending_near(start, {"State"}, r" ")
        if state is not None:
            start = state.start
    if body[-1] == "daire":
        # "... Meseleleri Daire Başkanı": the head of a department leads the department ("Dairesi")
        label = s.text[start:title_start].rstrip()[: -len("Daire")] + "Dairesi"
    else:
        label = s.text[start:title_start] + "Başkanlığı"
    return _add(s, found, slug(label), "Organization", label, start, title_start + 7)


def _plural_ministers(s: Sentence, found: Found) -> None:
    """Each name after a plural minister's title leads its state's ministry: the state the title
    lists in the same order, else the one whose office the lexicon gives that person at the date."""
    people = [m for m in s.mentions if m.type == "Person" and m.kind in ("name", "discovered")]
    for first in people:
        before = s.folded[max(0, first.start - 90) : first.start]
        title = _PLURAL_MINISTERS[s.lang].search(before)
        if title is None or re.search(r"(?:deputy|vice|yardimci)\W*$", before[: title.start()]):
            continue
        group = [m for m in s.coordination(first, {"Person"}) if m.type == "Person"]
        if len(group) < 2:
            continue
        portfolio = portfolio_of(s.lang, title.group("p") or title.group("p2") or "")
        t_start = first.start - len(before) + title.start()
        # the states in the title ("of Armenia and Azerbaijan") or just before it (Turkish)
        listed = [m for m in s.mentions if m.type == "State" and t_start - 40 <= m.start < first.start]
        if s.lang == "tr":
            listed = [m for m in listed if m.end <= t_start]
        codes = (
            ("foreign-minister", "secretary-of-state")
            if portfolio == "foreign-affairs"
            else (f"{portfolio}-minister",)
        )
        for i, person in enumerate(group):
            state = _state_of_holder(s, person.key, codes)
            if not state and len(listed) == len(group):
                state = listed[i].key
            if state:
                span = (t_start, person.end)
                _minister(s, found, person.key, state, portfolio, span, "office.minister.plural")


# "Jeyhun Bayramov, Azerbaijan's foreign minister,", "Mirzoyan, the Armenian foreign minister,",
# "X, Armenia's minister of territorial administration and infrastructure,", "Lavrov, Russia's top
# diplomat,": a minister's title in apposition after the name, its state inside it or the lexicon's
_SPEAKER_AFTER_EN = re.compile(r"\s+(?:said|says|told|added|noted|stated|wrote|announced)\b")
_MINISTER_APPOSED = re.compile(
    r",\s+(?:the\s+|his\s+country's\s+)?(?P<pre>[^,;()]{0,40}?)(?<![\w-])"
    rf"(?:(?P<p>{_PORTFOLIO_EN})\s+minister|minister\s+(?:of|for)\s+(?P<p2>{_PORTFOLIO_EN})|"
    r"(?P<fm>top diplomat|chief diplomat)|(?P<sos>secretary of state))(?![\w-])"
)


# "... Development of Kazakhstan", "... Affairs of the Republic of Azerbaijan": the rest of the
# portfolio's name, then the state
_STATE_AFTER_TITLE = re.compile(
    r"(?:,?\s+and\s+[a-z][a-z ,-]{0,50}?)?\s+of\s+(?:the\s+)?(?:republic\s+of\s+)?"
)


_NAME_NEXT = re.compile(rf"\s+[{_UP}][{_LOW}]+\.?\s+[{_UP}][{_LOW}]")


def _names_next(s: Sentence, position: int) -> bool:
    """A name follows the title read after another name: the title is that name's ("Jeyhun
    Bayramov, Russian Foreign Minister Sergey Lavrov and ..."), not an apposition."""
    if _NAME_NEXT.match(s.text, position):
        return True
    return any(
        m.type == "Person" and m.start > position and not s.text[position : m.start].strip()
        for m in s.mentions
    )


def _ministers_apposed(s: Sentence, found: Found) -> None:
    if s.lang != "en":
        return
    for person in [m for m in s.mentions if m.type == "Person" and m.kind in ("name", "discovered")]:
        match = _MINISTER_APPOSED.match(s.folded, person.end)
        if match is None or _names_next(s, match.end()):
            continue
        if _SPEAKER_AFTER_EN.match(s.folded, match.end()):
            continue  # "... of President X, the Turkish foreign minister said": the speaker, not X's title
        pre_start, pre_end = match.span("pre")
        match_end = match.end()
        states = [m for m in s.mentions if m.type == "State" and pre_start <= m.start and m.end <= pre_end]
        rest = s.folded[pre_start:pre_end]
        for m in sorted(states, key=lambda m: -m.start):
            rest = rest[: m.start - pre_start] + rest[m.end - pre_start :]
        if rest.replace("'s", "").replace("’s", "").strip(" "):
            continue  # "X, a former foreign minister", "X, the deputy foreign minister": not his office now
        words = match.group("p") or match.group("p2")
        portfolio = PORTFOLIOS["en"][" ".join(words.split())] if words else "foreign-affairs"
        state_key = states[-1].key if states else ""
        if not state_key and match.group("sos") is None:
            # "X, Minister of Economy and Sustainable Development of Georgia": the state after the
            # portfolio's name
            after = next(
                (
                    m
                    for m in s.mentions
                    if m.type == "State"
                    and m.kind == "name"
                    and match.end() < m.start <= match.end() + 80
                    and _STATE_AFTER_TITLE.fullmatch(s.folded, match.end(), m.start)
                ),
                None,
            )
            if after is not None and _names_next(s, after.end):
                after = None  # "X, the Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov": not X's
            state_key = after.key if after is not None else ""
            if after is not None:
                match_end = after.end
        if not state_key:
            codes: tuple[str, ...] = (
                ("foreign-minister", "secretary-of-state")
                if portfolio == "foreign-affairs"
                else (f"{portfolio}-minister",)
            )
            state_key = _state_of_holder(s, person.key, codes)
        if not state_key:
            continue
        span = (person.start, max(match.end(), match_end))
        _minister(s, found, person.key, state_key, portfolio, span, "office.minister.apposed")


# "Ceyhun Bayramov (Azerbaycan Dışişleri Bakanı)", "Jeyhun Bayramov (Azerbaijan's Foreign
# Minister)", "İlham Aliyev (Azerbaycan Cumhurbaşkanı)": the office in brackets after the name
_BRACKETED_OFFICE = {
    "en": re.compile(
        r"\s*\(\s*(?:the\s+)?(?P<pre>[^()]{0,40}?)(?<![\w-])"
        rf"(?:(?P<p>{_PORTFOLIO_EN})\s+minister|minister\s+(?:of|for)\s+(?P<p2>{_PORTFOLIO_EN})|"
        r"(?P<head>president|prime minister))(?:\s+of\s+(?:the\s+)?(?P<post>[^()]{1,40}?))?\s*\)"
    ),
    "tr": re.compile(
        loose(
            rf"\s*\(\s*(?P<pre>[^()]{{0,40}}?)(?<![\w-])(?:(?P<p>{_PORTFOLIO_TR})\s+bakan[ii]|"
            r"(?P<head>cumhurbaşkan[ii]|devlet başkan[ii]|başbakan[ii]))\s*\)"
        )
    ),
}


def _bracketed_offices(s: Sentence, found: Found) -> None:
    for person in [m for m in s.mentions if m.type == "Person" and m.kind in ("name", "discovered")]:
        match = _BRACKETED_OFFICE[s.lang].match(s.folded, person.end)
        if match is None:
            continue
        spans = [match.span("pre")] + ([match.span("post")] if s.lang == "en" and match.group("post") else [])
        states = [
            m for m in s.mentions if m.type == "State" and any(a <= m.start and m.end <= b for a, b in spans)
        ]
        rest = "".join(s.folded[a:b] for a, b in spans)
        for m in states:
            rest = rest.replace(s.folded[m.start : m.end], "", 1)
        if len(states) != 1 or re.sub(r"['’]s|['’]?n?[ıiuü]n|republic of|\s", "", rest):
            continue  # "(the former foreign minister)", "(Azerbaycan Dışişleri Bakan Yardımcısı)"
        span = (person.start, match.end())
        if match.group("head"):
            head = " ".join(match.group("head").split())
            titles = ("prime-minister",) if re.match(r"(?:prime|ba[şs]bakan)", head) else ("president",)
            holds = any(
                r.title in titles for r in s.lexicon.roles_of(person.key, s.document.date or s.doc_year)
            )
            if holds or person.kind == "discovered":
                s.state(person.key, "leaderOf", states[0].key, "entity", span, "office.bracketed")
            continue
        portfolio = portfolio_of(s.lang, match.group("p") or match.group("p2") or "")
        if portfolio:
            _minister(s, found, person.key, states[0].key, portfolio, span, "office.bracketed")


def _ministers_after(s: Sentence, found: Found) -> None:
    """ "Sergey Lavrov, the Minister of Foreign Affairs of the Russian Federation": the office in
    apposition after the name."""
    _ministers_apposed(s, found)
    if "(" in s.text:
        _bracketed_offices(s, found)
    for person in [m for m in s.mentions if m.type == "Person"]:
        after = _MINISTER_AFTER[s.lang].match(s.folded, person.end)
        if after is None:
            continue
        # "of the Republic of Armenia": the lexicon's name may take in the words already read
        state = s.at(after.end(), len(s.text), {"State"}) or next(
            (m for m in s.mentions if m.type == "State" and after.start() < m.start <= after.end() < m.end),
            None,
        )
        if state is None or _names_next(s, state.end):
            continue
        span = (person.start, state.end)
        _minister(s, found, person.key, state.key, "foreign-affairs", span, "office.minister.after")


# "Parliament Speaker X", "Meclis Başkanı X", "Secretary General X": a title that names the
# office of a body without naming the body gives the body the lexicon's role at the date names.
_ROLE_TITLE = {
    "en": (
        # "Parliament Speaker X", "Federation Council Speaker X": the body, if named, is checked below
        (re.compile(r"^(?:[\w-]+ )?speaker\b"), "speaker"),
        (re.compile(r"^secretary[- ]general\b"), "secretary-general"),
    ),
    "tr": (
        (re.compile(r"^(?:meclis[ii]?|parlamento(?:su)?|tbmm)\s+ba[şs]kan[ii]\b"), "speaker"),
        (re.compile(r"^genel sekreter"), "secretary-general"),
    ),
}


# Between a body's name and its head's title: a possessive, or the name's short form in brackets
# ("Türkiye Büyük Millet Meclisi (TBMM) Başkanı X", "the Organization of Turkic States (OTS)
# Secretary General X", where the short form is the mention that ends before the bracket)
_BODY_GAP = r"\)?(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*"


def _office_by_role(s: Sentence, person: M, title: str, t_start: int) -> bool:
    """A known person under a title of the office the lexicon gives them at the date leads the
    body of that role; the body the sentence names beside the title must be that body."""
    words = s.folded[max(0, t_start - 20) : t_start + len(title)]
    words = words[words.rfind(" ", 0, max(0, len(words) - len(title) - 1)) + 1 :]
    role_title = next((r for pattern, r in _ROLE_TITLE[s.lang] if pattern.match(words.strip())), "")
    if not role_title:
        return False
    date = s.document.date or s.doc_year
    named = s.ending_near(t_start, {"Organization", "State"}, _BODY_GAP)
    for role in s.lexicon.roles_of(person.key, date):
        if role.title != role_title or s.type_of(role.of) == "State":
            continue
        if named is not None and named.key != role.of:
            return False  # "the OSCE Secretary General" is not the UN's
        start = named.start if named is not None else t_start
        s.state(person.key, "leaderOf", role.of, "entity", (start, person.end), "office.role")
        return True
    return False


# ("görev süresi sona eren", "görevi sona eren", "görevden ayrılan": whose term has ended)
_FORMERLY = re.compile(
    r"(?:\b(?:former|ex|late|then|eski|önceki|dönemin|sabik)|\bex-|"
    r"görev(?:i| süresi) (?:sona )?eren|görevden ayril(?:an|mi[şs]))\)?\s*$"
)


def _formerly(s: Sentence, t_start: int) -> bool:
    """ "former Georgian President X", "(then) Turkish President X", "dönemin Türkiye
    Cumhurbaşkanı X": an office held before, with the state's word between, is no office now."""
    state = s.ending_near(t_start, {"State", "Organization"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
    start = state.start if state is not None else t_start
    return bool(_FORMERLY.search(s.folded, max(0, start - 40), start))


# "Paşinyan başkanlığındaki heyette ... Bakanı X", "the delegation led by Aliyev included Economy
# Minister X": the members of a delegation a head of state or government leads serve his state
_DELEGATION = {
    "en": re.compile(r"\bdelegations?\s+(?:was\s+|is\s+)?(?:led|headed)\s+by\s+$"),
    "tr": re.compile(r"^\s*(?:['’]?n[ıiuü]n\s+)?başkanliğ(?:indaki|inda)\s+(?:\w+\s+)?heyet"),
}


_LIST_GAP = re.compile(r"\s*(?:,|;)?\s*(?:(?:ve|and)\s+)?")


def _colleagues_state(s: Sentence, t_start: int) -> str:
    """A minister's title listed right after a colleague's whose ministry is known, both titles
    without a state ("Dışişleri Bakanı Hakan Fidan, Milli Eğitim Bakanı Yusuf Tekin ve ..."): one
    government's ministers, the colleague's state."""
    before = [m for m in s.mentions if m.type == "Person" and m.end <= t_start]
    if not before:
        return ""
    colleague = max(before, key=lambda m: m.end)
    if not _LIST_GAP.fullmatch(s.folded, colleague.end, t_start):
        return ""
    ministries = {
        st.object.split("-ministry-of-")[0]
        for st in s.out
        if st.subject == colleague.key and st.relation == "leaderOf" and "-ministry-of-" in st.object
    }
    return ministries.pop() if len(ministries) == 1 else ""


def _delegation_state(s: Sentence, t_start: int) -> str:
    """The state of the head of the delegation a minister's title is listed in, before it."""
    date = s.document.date or s.doc_year
    for head in [m for m in s.mentions if m.type == "Person" and m.end <= t_start]:
        if s.lang == "en":
            if not _DELEGATION["en"].search(s.folded, max(0, head.start - 40), head.start):
                continue
        elif not _DELEGATION["tr"].match(s.folded[head.end : head.end + 60]):
            continue
        for role in s.lexicon.roles_of(head.key, date):
            if role.title in _HEAD_ROLES and s.type_of(role.of) == "State":
                return role.of
    return ""


# "the head of the Armenian government Nikol Pashinyan", "Head of the Government of Azerbaijan X,",
# "X, the head of the Georgian government,": the head of a state's government leads the state
_HEAD_OF_GOVERNMENT = re.compile(
    r"\bhead of (?:the )?(?:(?P<pre>[\w'’ -]{1,40}?) )?(?:government|cabinet)(?: of (?:the )?)?"
)


def _heads_of_government(s: Sentence) -> None:
    if s.lang != "en" or "head of" not in s.folded:
        return
    for match in _HEAD_OF_GOVERNMENT.finditer(s.folded):
        if match.group(0).endswith(("of ", "the ")):
            state = s.at(match.end(), len(s.text), {"State"})
            end = state.end if state is not None else match.end()
        else:
            pre_start, pre_end = match.span("pre")
            inside = [
                m for m in s.mentions if m.type == "State" and pre_start <= m.start and m.end <= pre_end
            ]
            state = inside[0] if len(inside) == 1 and inside[0].start == pre_start else None
            if state is not None and s.folded[state.end : pre_end].strip(" 's’"):
                state = None
            end = match.end()
        if state is None or re.search(
            r"(?:former|deputy|vice|then)\W*$", s.folded[max(0, match.start() - 12) : match.start()]
        ):
            continue
        after = re.match(r"\s*,?\s*", s.folded[end:])
        person = s.at(end + (after.end() if after else 0), len(s.text), {"Person"})
        if person is None:
            person = s.ending_near(match.start(), {"Person"}, r",\s*(?:the\s+)?")
        if person is not None:
            span = s.cover(match.span(), state, person)
            s.state(person.key, "leaderOf", state.key, "entity", span, "office.head.government")


_BOARD = re.compile(
    r"chair(?:man|woman|person)?\s+of\s+the\s+(?:management\s+|supervisory\s+)?board(?:\s+of\s+directors)?"
    r"\s+of\s+(?:the\s+)?"
)
_SERVES_EN = re.compile(
    r"\b(?:representative|envoy|adviser|advisor|aide|assistant|deputy|spokes(?:man|woman|person))\s+"
    r"(?:of|to)\s+(?:the\s+)?$"
)
_HONORIFIC_OR_RANK = re.compile(
    r"(?:mr|mrs|ms|dr)\.?|(?:colonel|lieutenant|major|brigadier)[- ]general|general|admiral|colonel|"
    + loose(r"(?:kidemli\s+)?(?:orgeneral|korgeneral|tümgeneral|tuğgeneral|oramiral|koramiral|albay)")
)
_RANK_OR_COMMA = re.compile(
    r"(?:,\s*|\s+)(?:(?:mr|mrs|ms|dr|h\.e\.)\.?\s+|(?:colonel|lieutenant|major|brigadier)[- ]general\s+|"
    r"general\s+|admiral\s+|colonel\s+|"
    # "Savunma Bakanı Kıdemli Orgeneral X", "Genelkurmay Başkanı Tümgeneral X"
    + loose(r"(?:kidemli\s+)?(?:orgeneral|korgeneral|tümgeneral|tuğgeneral|oramiral|koramiral|albay)\s+")
    + r")?$|,\s+$"
)
# "OSCE Chairperson-in-Office, Slovak Foreign Minister X", "AGİT Dönem Başkanı, Slovakya Dışişleri
# Bakanı X": a body's head title before the person's own title, the two set off by a comma
_STACKED = {
    "en": re.compile(
        r"(?<![\w-])(?:chair(?:man|woman|person)?(?:[- ]in[- ]office)?|secretary[- ]general|president|head)"
        r"(?:\s*,\s*|(?<=office)\s+)$"
    ),
    "tr": re.compile(
        loose(
            r"(?<!\w)(?:(?:dönem başkan[ii]|başkan[ii]|genel sekreter[ii])\s*,\s*|"
            # "AK Parti Genel Başkanı ve Cumhurbaşkanı X": a party's chair who holds a state office
            # (not "Meclis Başkanı ve Cumhurbaşkanı X", two people)
            r"genel başkan[ii]\s+ve\s+)$"
        )
    ),
}


def _stacked_office(s: Sentence, person: M, t_start: int) -> None:
    own = s.ending_near(t_start, {"State", "Organization"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
    left = own.start if own is not None else t_start
    stacked = _STACKED[s.lang].search(s.folded, max(0, left - 40), left)
    if stacked is None:
        return
    org = s.ending_near(stacked.start(), {"Organization"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
    if org is not None and not _FORMERLY.search(s.folded, max(0, org.start - 20), org.start):
        s.state(person.key, "leaderOf", org.key, "entity", (org.start, person.end), "office.head.stacked")


# "Türkiye Cumhuriyeti Genelkurmay Başkanı Orgeneral X", "Gürcistan Genelkurmay Başkanı Tümgeneral X",
# "Chief of the General Staff of the Armed Forces of Iran, Major General X", "Azerbaijan's Chief of
# General Staff X": the chief of a state's general staff leads <state>-general-staff
_GENERAL_STAFF = {
    "en": re.compile(r"\bchief of (?:the )?general staff(?: of (?:the )?(?:armed forces of (?:the )?)?)?"),
    "tr": re.compile(loose(r"\bgenelkurmay başkani\b")),
}
_STAFF_RANK = re.compile(
    r"[\s,]*(?:(?:colonel|lieutenant|major|brigadier|army)[- ]general\s+|general\s+|gen\.\s+|admiral\s+|"
    + loose(r"(?:kidemli\s+)?(?:orgeneral|korgeneral|tümgeneral|tuğgeneral|oramiral|koramiral)\s+")
    + r")?"
)


def _general_staff(s: Sentence, found: Found) -> None:
    if not has_any(s.folded, ("general staff", "genelkurmay")):
        return
    for match in _GENERAL_STAFF[s.lang].finditer(s.folded):
        state = s.ending_near(match.start(), {"State"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*(?:cumhuriyeti\s+)?")
        end = match.end()
        if state is None and s.lang == "en" and match.group(0).endswith(" "):
            state = s.at(end, len(s.text), {"State"})
            end = state.end if state is not None else end
        if state is None and s.lang == "tr":
            state = (
                None
                if re.search(r"(?:yardimci|vekil)", s.folded[end : end + 14])
                else M("turkiye", "State", match.start(), match.start(), "name")
            )  # the Turkish press's bare "Genelkurmay Başkanı" is Türkiye's
        if state is None or re.search(
            r"(?:deputy|former|eski|vice)\s+$", s.folded[max(0, match.start() - 12) : match.start()]
        ):
            continue
        rank = _STAFF_RANK.match(s.folded, end)
        person = s.at(rank.end() if rank else end, len(s.text), {"Person"})
        if person is None:
            continue
        key = f"{state.key}-general-staff"
        if key not in s.lexicon.entities and key not in found.described:
            label = (
                f"{s.label_of(state.key)} Genelkurmay Başkanlığı"
                if s.lang == "tr"
                else f"General Staff of {s.label_of(state.key)}"
            )
            found.entities[key] = ("Organization", label)
            found.described.add(key)
            s.state(key, "type", "Organization", "class", (match.start(), person.end), "entity.discovered")
            s.state(
                key, "label", label, "literal", (match.start(), person.end), "entity.label", datatype="string"
            )
        s.state(
            person.key,
            "leaderOf",
            key,
            "entity",
            (min(state.start, match.start()), person.end),
            "office.general-staff",
        )


# a first name and a Russian or Armenian-Russian patronymic ("Vladimir Vladimirovich", "Sergey
# Viktorovich", "Maria Vladimirovna") between a title and a surname
_FIRST_AND_PATRONYMIC = re.compile(r"(?<![\w-])\w+\s+\w+(?:ovich|evich|ovna|evna|ovi[çc]|evi[çc])\s+$")


def _titled_offices(s: Sentence, found: Found) -> None:
    folded = s.folded
    _heads_of_government(s)
    _general_staff(s, found)
    if not has_any(folded, _OFFICE_WORDS[s.lang]):
        return
    _named_heads(s, found)
    _ministers_after(s, found)
    _plural_ministers(s, found)
    people = [m for m in s.mentions if m.type == "Person" and m.kind in ("name", "discovered")]
    staff = {st.subject for st in s.out if st.rule.startswith("office.general-staff")}
    for person in people:
        if person.key in staff:
            continue  # the chief of a general staff, read above
        base = max(0, person.start - 110)  # where ``before`` starts in the sentence (a long name)
        before = folded[base : person.start]
        whole = before
        title = _TITLE_BEFORE[s.lang].search(before)
        if title is None and re.search(r"\w+\s+$", before) and s.text[person.start - 1 : person.start] == " ":
            # "Foreign Minister Sergei Lavrov": a first name the lexicon spells otherwise;
            # "President Vladimir Vladimirovich Putin": and a patronymic after it
            first = _FIRST_AND_PATRONYMIC.search(before) or re.search(r"(\w+)\s+$", before)
            if first and s.text[person.start - len(first.group(0))].isupper():
                before = before[: first.start()]
                title = _TITLE_BEFORE[s.lang].search(before)
        if title is None or _HONORIFIC_OR_RANK.fullmatch(title.group(0).strip()):
            # "the Minister of Defence of Azerbaijan, Colonel-General X", "the Minister of Foreign
            # Affairs of Azerbaijan, Mr X": a comma, an honorific or a rank between title and name
            bare = _RANK_OR_COMMA.search(whole)
            office = _TITLE_BEFORE[s.lang].search(whole[: bare.start()] + " ") if bare is not None else None
            if office is not None and bare is not None:
                before = whole[: bare.start()] + " "
                title = office
        if title is None or re.match(r"(?:former|then|eski)\b", title.group(0)):
            continue
        if re.search(
            r"\b(?:former|ex-|late|eski|önceki)\s+$",
            folded[max(0, person.start - 70) : person.start - len(title.group(0)) + 1],
        ):
            continue
        t_start = base + title.start()
        if _formerly(s, t_start):
            continue
        _stacked_office(s, person, t_start)
        portfolio_words = (
            (title.group("p") or title.group("p2") or title.group("p3") or title.group("p4"))
            if s.lang == "en"
            else title.group("p")
        )
        if s.lang == "en" and (title.group("sos") or title.group("fd")):
            portfolio_words = "foreign affairs"  # "Russia's top diplomat Sergey Lavrov"
        if s.lang == "en" and title.group("sec"):
            if re.match(r"(?:deputy|acting|first deputy)\b", title.group(0)):
                continue
            state_key = _state_of_holder(s, person.key, ("secretary-of-state",))
            if state_key:
                span = (t_start, person.end)
                _minister(s, found, person.key, state_key, "foreign-affairs", span, "office.minister")
            continue
        if portfolio_words:
            if re.search(r"deputy|yardimci", title.group(0)):
                continue
            portfolio = portfolio_of(s.lang, portfolio_words)
            state = s.ending_near(t_start, {"State"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
            if state is None:
                # "Gürcistan Başbakan Birinci Yardımcısı, Ekonomi ... Bakanı X", "Georgian First
                # Deputy Prime Minister, Economy Minister X": the state before the first title
                comma = re.search(r",\s*$", folded[max(0, t_start - 60) : t_start])
                at = max(0, t_start - 60) + comma.start() if comma is not None else -1
                words = list(re.finditer(r"[\w'-]+", folded[max(0, at - 60) : at])) if at > 0 else []
                first_title = at
                for word in reversed(words):
                    if word.group(0) not in _TITLE_WORDS:
                        break
                    first_title = max(0, at - 60) + word.start()
                if 0 <= first_title < at:
                    state = s.ending_near(first_title, {"State"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
            if state is None and s.lang == "en":
                # "Minister of Economy of Azerbaijan X": the "of" that names a state
                for of_state in re.finditer(r"\bof\s+(?:the\s+)?", folded[t_start : person.start]):
                    state = s.at(t_start + of_state.end(), len(s.text), {"State"})
                    if state is not None:
                        break
            state_key = state.key if state is not None else ""
            if not state_key:
                codes = (
                    ("foreign-minister", "secretary-of-state")
                    if portfolio == "foreign-affairs"
                    else (f"{portfolio}-minister",)
                )
                state_key = _state_of_holder(s, person.key, codes)
            if not state_key and not s.lexicon.roles_of(person.key, s.document.date or s.doc_year):
                state_key = _delegation_state(s, t_start) or _colleagues_state(s, t_start)
            if not state_key:
                continue
            span_start = state.start if state is not None else t_start
            _minister(s, found, person.key, state_key, portfolio, (span_start, person.end), "office.minister")
            continue
        if person.kind == "name" and _BARE_MINISTER[s.lang].fullmatch(title.group(0)):
            # "Bakan Çavuşoğlu", "Sayın Bakan Uraloğlu", "Minister Mirzoyan": the bare title of a
            # minister the lexicon knows to hold one cabinet portfolio at the date
            held = _one_portfolio(s, person.key)
            if held is not None:
                _minister(s, found, person.key, held[0], held[1], (t_start, person.end), "office.minister")
            continue
        if person.kind == "name" and _office_by_role(s, person, title.group(0), t_start):
            continue
        if s.lang == "en" and re.match(r"speaker\b", title.group(0)):
            # "Federation Council Speaker X", "the Milli Majlis speaker X": the speaker leads the
            # chamber named with the title
            body = s.ending_near(t_start, {"Organization"}, r"(?:'s)?\s*")
            known = s.lexicon.roles_of(person.key, s.document.date or s.doc_year)
            if body is not None and not any(r.title == "speaker" for r in known):
                s.state(
                    person.key, "leaderOf", body.key, "entity", (body.start, person.end), "office.speaker"
                )
            continue
        if _LOCAL_HEAD.match(title.group(0)):
            place = s.ending_near(t_start, {"Place"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
            if place is None and s.lang == "en":
                of = re.match(r"\w+\s+of\s+(?:the\s+)?", folded[t_start : person.start])
                if of:
                    place = s.at(t_start + of.end(), len(s.text), {"Place"})
            if place is not None:
                span = (min(place.start, t_start), person.end)
                s.state(person.key, "governs", place.key, "entity", span, "office.local")
            continue
        if title.group("org") and not re.search(r"deputy|yardimci|vice", title.group(0)):
            # "OSCE Secretary General X", "Türk Devletleri Teşkilatı Genel Sekreteri X"
            org = s.ending_near(t_start, {"Organization"}, _BODY_GAP)
            if org is None and s.lang == "en":
                of = re.match(r"[^,]{0,12}?\bof\s+(?:the\s+)?", folded[t_start : person.start])
                if of:
                    org = s.at(t_start + of.end(), len(s.text), {"Organization"})
                board = _BOARD.match(folded, t_start)
                if org is None and board is not None:
                    # "Chairman of the Board of Azerbaijan Railways X": the company the board governs
                    org = s.at(board.end(), len(s.text), {"Organization"})
            if org is None and s.lang == "tr" and re.fullmatch(r"ba[şs]kan[ii]\s*", title.group(0)):
                # "Konsey Başkanı Charles Michel": a body's president the lexicon knows presides it
                presides = [
                    r.of
                    for r in s.lexicon.roles_of(person.key, s.document.date or s.doc_year)
                    if r.title == "president" and s.type_of(r.of) == "Organization"
                ]
                if len(presides) == 1:
                    s.state(
                        person.key, "leaderOf", presides[0], "entity", (t_start, person.end), "office.role"
                    )
                    continue
                org = _presidency(s, found, t_start)
            if (
                org is not None
                and "-ministry-of-" in org.key
                and re.search(r"director|müdür", title.group(0))
            ):
                org = None  # "Dışişleri Bakanlığı ... Genel Müdürü X": a directorate's, not the ministry's
            if org is not None and _SERVES_EN.search(s.folded, max(0, org.start - 40), org.start):
                org = None  # "Personal Representative of the OSCE Chairperson-in-Office X": the envoy
            if (
                org is not None
                and org.kind != "name"
                and re.search(r"security council|güvenlik konseyi", s.folded[org.start : org.end])
            ):
                org = None  # "Güvenlik Konseyi Sekreteri X": a security council no state or lexicon names
            if org is not None and org.key not in ("",):
                s.state(person.key, "leaderOf", org.key, "entity", (org.start, person.end), "office.head")
            continue
        if title.group("head") and person.kind == "discovered":
            state = s.ending_near(t_start, {"State"}, r"(?:'s|'[ıiuü]n|'n[ıiuü]n)?\s*")
            if state is not None:
                s.state(person.key, "leaderOf", state.key, "entity", (state.start, person.end), "office.head")


# Turkish typed without its own letters: the title, head-word and delegation patterns take both
for _table in (_TITLE_BEFORE, _ORG_HEAD, _INNER_TITLE, _PLURAL_HEADS, _DELEGATION, _CHAIRED):
    _table["tr"] = re.compile(loose(_table["tr"].pattern))
_TITLE_WORDS = _TITLE_WORDS | frozenset(ascii_tr(w) for w in _TITLE_WORDS)
