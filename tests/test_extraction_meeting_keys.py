"""The keys of meetings on unseen news (issue 12): one meeting keyed as analysts key it (its
day or month, its town or state, a call that is no meeting), on sentences written for these
tests (none taken from a development passage)."""

from __future__ import annotations

import pytest
from extraction_read import meeting_facts, read_facts, read_meetings

from loaders.dates import relative_dates
from loaders.lexicon import Lexicon
from loaders.records import Statement
from loaders.rules.meetings import _hosts_who_mediate_nothing

# -- a call told, then named again ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cumhurbaşkanı Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev ile telefonda görüştü. Erdoğan "
            "görüşmede, Türkiye ile Azerbaycan'ın enerji alanındaki işbirliğini sürdürdüğünü ifade etti.",
            "tr",
        ),
        (
            "Erdoğan, Aliyev ile bir telefon görüşmesi gerçekleştirdi. Erdoğan görüşmede ticaret "
            "hedeflerini anlattı. Erdoğan görüşmede Aliyev'in yeni yılını da kutladı.",
            "tr",
        ),
        (
            "İletişim Başkanlığından yapılan açıklamaya göre Erdoğan ve Aliyev telefonla görüştü. "
            "Bölgesel konuların da ele alındığı görüşme sırasında Erdoğan, Aliyev'in doğum gününü kutladı.",
            "tr",
        ),
        (
            "Azerbaijani President Ilham Aliyev held a phone conversation with Turkish President Recep "
            "Tayyip Erdogan. During the talks, Aliyev and Erdogan exchanged views on the peace process.",
            "en",
        ),
    ],
)
def test_the_meeting_word_after_a_call_is_the_call(lexicon: Lexicon, text: str, language: str) -> None:
    """A readout tells a call, then names it again as "görüşmede" / "the talks" with no day or
    place: no meeting (it took the report's month and cost a spurious fact per person)."""
    assert read_meetings(lexicon, text, language, "2025-12-24") == set()


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        (
            "Erdoğan, Aliyev ile telefonda görüştü. İki lider ertesi gün Bakü'de bir araya geldi. "
            "Görüşmede Erdoğan ve Aliyev enerji projelerini ele aldı.",
            "tr",
            "meeting/2025-12-baku",
        ),
        (
            "Aliyev spoke with Erdogan by phone last week. On Monday Aliyev received Erdogan in Baku. "
            "During the talks, Aliyev and Erdogan discussed the Middle Corridor.",
            "en",
            "meeting/2025-12-22-baku",
        ),
    ],
)
def test_a_meeting_told_after_the_call_stays_a_meeting(
    lexicon: Lexicon, text: str, language: str, key: str
) -> None:
    facts = read_meetings(lexicon, text, language, "2025-12-24")
    assert (key, "participant", "ilham-aliyev", "asserted") in facts
    assert (key, "participant", "recep-tayyip-erdogan", "asserted") in facts


# -- the state a Turkish visit went to ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the compound noun
        "Azerbaycan Cumhurbaşkanı İlham Aliyev, Macaristan ziyaretinde Başbakan Viktor Orban ile "
        "bir araya geldi.",
        "Cumhurbaşkanı Aliyev, Macaristan ziyareti sırasında Orban ile görüştü.",
        # the accusative
        "Macaristan'ı ziyaret eden Azerbaycan Cumhurbaşkanı İlham Aliyev, Başbakan Viktor Orban ile görüştü.",
        # typed without diacritics
        "Macaristan'i ziyaret eden Azerbaycan Cumhurbaskani Ilham Aliyev, Basbakan Viktor Orban ile gorustu.",
    ],
)
def test_the_state_a_turkish_visit_went_to_is_the_place(lexicon: Lexicon, text: str) -> None:
    """ "X ziyaretinde", "X'i ziyaret eden": X is where the meeting was held, not a side of it."""
    facts = read_meetings(lexicon, text, "tr", "2026-02-20")
    assert ("meeting/2026-02-hungary", "heldIn", "hungary", "asserted") in facts
    assert ("meeting/2026-02-hungary", "participant", "viktor-orban", "asserted") in facts
    assert not any(f[1] == "participant" and f[2] == "hungary" for f in facts)


def test_a_days_visit_to_a_state_met_in_its_town(lexicon: Lexicon) -> None:
    text = (
        "Dışişleri Bakanı Hakan Fidan, 3 Mart'taki Gürcistan ziyaretinde Tiflis'te Gürcistan Başbakanı "
        "İrakli Kobahidze ile bir araya geldi."
    )
    facts = read_meetings(lexicon, text, "tr", "2025-03-05")
    assert ("meeting/2025-03-03-tbilisi", "participant", "hakan-fidan", "asserted") in facts
    assert ("meeting/2025-03-03-tbilisi", "participant", "irakli-kobakhidze", "asserted") in facts
    assert not any(f[1] == "participant" and f[2] == "georgia" for f in facts)


def test_a_states_own_visit_is_not_to_it(lexicon: Lexicon) -> None:
    """The genitive is the visitor: "Azerbaycan'ın Macaristan ziyareti" went to Hungary."""
    text = "Azerbaycan'ın Macaristan ziyareti sırasında Aliyev ile Orban görüştü."
    facts = read_meetings(lexicon, text, "tr", "2026-02-20")
    assert ("meeting/2026-02-hungary", "heldIn", "hungary", "asserted") in facts
    assert not any(f[1] == "heldIn" and f[2] == "azerbaijan" for f in facts)


# -- a day with no year, in its own sentence ------------------------------------------------


@pytest.mark.parametrize("month", ["Dec.", "Dec", "December"])
def test_a_day_after_an_abbreviated_month_ends_its_sentence(lexicon: Lexicon, month: str) -> None:
    """ "... on Dec. 7. He said ..." is two sentences: the summit's day is not given the year
    another sentence names ("the previous summit was held in 2017")."""
    text = (
        f"Ilham Aliyev and Vladimir Putin met in Minsk on {month} 6. "
        f"The Kremlin announced it on {month} 7.\n\n"
        "The previous such summit was held in Moscow in 2017, an aide said."
    )
    facts = read_meetings(lexicon, text, "en", "2018-12-08")
    assert ("meeting/2018-12-06-minsk", "participant", "ilham-aliyev", "asserted") in facts
    assert not any(f[0].startswith("meeting/2017-12") for f in facts)


# -- the place beside the day ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "İlk turu Mart ayında Bakü'de yapılan görüşmelerin ikinci turu 12 Mayıs'ta Tiflis'te "
            "gerçekleşti; Ceyhun Bayramov ile Ararat Mirzoyan görüştü.",
            "tr",
        ),
        (
            "Ceyhun Bayramov ile Ararat Mirzoyan, ilki Moskova'da yapılan toplantının ardından 12 Mayıs'ta "
            "Tiflis'te bir araya geldi.",
            "tr",
        ),
        (
            "After a first round in Moscow in March, Jeyhun Bayramov and Ararat Mirzoyan met again on "
            "12 May in Tbilisi.",
            "en",
        ),
        (
            "Jeyhun Bayramov and Ararat Mirzoyan met in Tbilisi on 12 May, a month after their meeting "
            "in Moscow.",
            "en",
        ),
    ],
)
def test_the_days_meeting_is_held_in_the_place_beside_its_day(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """A sentence that recalls where an earlier round was held ("ilki Moskova'da yapılan", "after
    a first round in Moscow") keys the day's meeting by the place written beside its day."""
    facts = read_meetings(lexicon, text, language, "2025-05-14")
    assert ("meeting/2025-05-12-tbilisi", "heldIn", "tbilisi", "asserted") in facts
    assert ("meeting/2025-05-12-tbilisi", "participant", "jeyhun-bayramov", "asserted") in facts
    assert not any(f[0].startswith("meeting/2025-05-12-") and not f[0].endswith("tbilisi") for f in facts)


# -- the day a later sentence gives the meeting told without one ----------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Jeyhun Bayramov and Ararat Mirzoyan met in Astana under the auspices of Sergey Lavrov.\n\n"
            "During the trilateral meeting on October 14, Bayramov stressed that a peace treaty was "
            "within reach.",
            "en",
        ),
        (
            "Jeyhun Bayramov and Ararat Mirzoyan met in Astana under the auspices of Sergey Lavrov.\n\n"
            "At the October 14 talks, Mirzoyan proposed to open the border commissions' work to observers.",
            "en",
        ),
        (
            "Ceyhun Bayramov ile Ararat Mirzoyan, Astana'da Sergey Lavrov'un ev sahipliğinde bir "
            "araya geldi.\n\n"
            "14 Ekim'deki üçlü toplantıda Bayramov, sınır komisyonlarının çalışmalarını anlattı.",
            "tr",
        ),
    ],
)
def test_a_definite_meeting_with_its_day_dates_the_meeting_told(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """The lead tells the meeting with no day (it took the report's month); a later "the
    trilateral meeting on October 14" / "14 Ekim'deki üçlü toplantıda" gives its day."""
    facts = read_meetings(lexicon, text, language, "2022-10-15")
    assert ("meeting/2022-10-14-astana", "date", "2022-10-14", "asserted") in facts
    assert ("meeting/2022-10-14-astana", "participant", "ararat-mirzoyan", "asserted") in facts
    assert not any(f[0] == "meeting/2022-10-astana" for f in facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Jeyhun Bayramov and Ararat Mirzoyan met in Astana under the auspices of Sergey Lavrov.\n\n"
            "Since the first meeting on October 3, the sides have exchanged two drafts.",
            "en",
        ),
        (
            "Ceyhun Bayramov ile Ararat Mirzoyan, Astana'da Sergey Lavrov'un ev sahipliğinde bir "
            "araya geldi.\n\n"
            "3 Ekim'deki ilk görüşmenin ardından taraflar iki taslak paylaştı.",
            "tr",
        ),
    ],
)
def test_an_earlier_meeting_with_its_day_does_not_date_the_meeting_told(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_meetings(lexicon, text, language, "2022-10-15")
    assert not any(f[0].startswith("meeting/2022-10-03") for f in facts)
    assert ("meeting/2022-10-astana", "heldIn", "astana", "asserted") in facts


# -- the host state of a visit told after its meeting ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "President Ilham Aliyev today received Georgian Prime Minister Irakli Kobakhidze.\n\n"
            "Aliyev said: I warmly welcome you to Azerbaijan.",
            "en",
        ),
        (
            "President Ilham Aliyev today received Georgian Prime Minister Irakli Kobakhidze.\n\n"
            "Kobakhidze is paying his first official visit to Azerbaijan as head of government.",
            "en",
        ),
        (
            "Azerbaycan Cumhurbaşkanı İlham Aliyev bugün Gürcistan Başbakanı İrakli Kobahidze'yi kabul "
            "etti.\n\n"
            "Kobahidze, Azerbaycan ziyaretinde enerji projelerini de ele aldı.",
            "tr",
        ),
    ],
)
def test_the_state_a_guest_is_welcomed_to_is_where_the_meeting_was_held(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """A meeting told with no place ("received ... today") and the host state its guest is
    welcomed to or visiting in a later sentence: keyed by that state (the README's host state)."""
    facts = read_meetings(lexicon, text, language, "2024-03-16")
    assert ("meeting/2024-03-16-azerbaijan", "heldIn", "azerbaijan", "asserted") in facts
    assert ("meeting/2024-03-16-azerbaijan", "participant", "irakli-kobakhidze", "asserted") in facts


def test_a_state_visited_before_is_not_the_meetings(lexicon: Lexicon) -> None:
    text = (
        "President Ilham Aliyev today received Georgian Prime Minister Irakli Kobakhidze in Baku.\n\n"
        "Kobakhidze previously paid a visit to Armenia."
    )
    facts = read_meetings(lexicon, text, "en", "2024-03-16")
    assert ("meeting/2024-03-16-baku", "heldIn", "baku", "asserted") in facts
    assert not any(f[2] == "armenia" for f in facts)


# -- a town that hosts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On March 15, Baku hosted the trilateral meeting of the foreign ministers of Azerbaijan, Georgia "
        "and Turkey.",
        "Baku hosted talks between Jeyhun Bayramov and Hakan Fidan on March 15.",
        "On March 15 Baku played host to a meeting of Jeyhun Bayramov, Ilia Darchiashvili and Hakan Fidan.",
    ],
)
def test_a_town_that_hosts_a_meeting_is_its_place(lexicon: Lexicon, text: str) -> None:
    """ "Baku hosted the meeting": the town is the venue, not a side or a mediator."""
    facts = read_meetings(lexicon, text, "en", "2024-03-16")
    assert ("meeting/2024-03-15-baku", "heldIn", "baku", "asserted") in facts
    assert not any(f[0] == "meeting/2024-03-15" for f in facts)
    assert not any(f[1] == "mediatedBy" and f[2] == "baku" for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Dışişleri Bakanı Hakan Fidan, Ermenistan Dışişleri Bakanı Ararat Mirzoyan ile telefon üzerinden "
        "görüştü.",
        "Dışişleri Bakanı Hakan Fidan, 3 Mart'ta Ermenistan Dışişleri Bakanı Ararat Mirzoyan ile telefon "
        "aracılığıyla görüştü.",
        "Fidan ve Mirzoyan dün telefon vasıtasıyla bir araya geldi.",
    ],
)
def test_talks_by_telephone_are_a_call(lexicon: Lexicon, text: str) -> None:
    """ "telefon üzerinden / aracılığıyla / vasıtasıyla görüştü": a call, no meeting."""
    assert read_meetings(lexicon, text, "tr", "2025-03-04") == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "An informal CIS summit was held in Moscow in 2017. Aliyev and Pashinyan met in "
            "St. Petersburg on December 6.",
            "en",
        ),
        (
            "Gayriresmi BDT zirvesi 2017'de Moskova'da yapılmıştı. Aliyev ile Paşinyan 6 Aralık'ta "
            "St. Petersburg'da görüştü.",
            "tr",
        ),
    ],
)
def test_a_bare_year_recalled_before_does_not_date_the_days_meeting(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """A yearless day after a sentence that recalls an earlier event by its year alone is of the
    report's year; a year written with its month ("In March 2022, ...") still carries on."""
    facts = read_meetings(lexicon, text, language, "2018-12-08")
    assert ("meeting/2018-12-06-saint-petersburg", "date", "2018-12-06", "asserted") in facts
    assert not any(f[0].startswith("meeting/2017-12") for f in facts)


def test_a_year_with_its_month_carries_on_to_the_next_day(lexicon: Lexicon) -> None:
    text = (
        "In March 2022, Ararat Mirzoyan attended the Antalya Diplomacy Forum. On March 12, Mirzoyan "
        "and Jeyhun Bayramov met in Antalya."
    )
    facts = read_meetings(lexicon, text, "en", "2024-05-01")
    assert ("meeting/2022-03-12-antalya", "date", "2022-03-12", "asserted") in facts


# -- the place told in the sentence after a lead meeting with neither day nor place -----------

_HEADER_EN = (
    "Markets\nOil prices rise\nGeorgia and Azerbaijan deepen ties\n"
    "The two leaders discussed energy and transit.\nPublished: 14.03.2025 10:20\n"
    "High-level talks in the region\n"
)
_HEADER_TR = (
    "Piyasalar\nAltın yükseldi\nİki ülke arasında stratejik ortaklık\n"
    "İki lider enerji konularını masaya yatırdı.\nYayın Tarihi: 14.03.2025 10:20\n"
    "Bölgede üst düzey temas\n"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _HEADER_EN + "Azerbaijani President Ilham Aliyev received Georgian Prime Minister Irakli "
            "Kobakhidze. The meeting took place in Baku within the framework of the intergovernmental "
            "commission.",
            "en",
        ),
        (
            _HEADER_TR + "Azerbaycan Cumhurbaşkanı İlham Aliyev, Gürcistan Başbakanı İrakli Kobakhidze'yi "
            "kabul etti. Görüşme, hükümetlerarası komisyonun toplantısı çerçevesinde Bakü'de yapıldı.",
            "tr",
        ),
    ],
)
def test_the_place_told_after_the_lead_meeting(lexicon: Lexicon, text: str, language: str) -> None:
    """A report's meeting told with neither day nor place, then placed by the next sentence ("The
    meeting took place in Baku", "Görüşme ... Bakü'de yapıldı"), with headline lines pushing the
    second sentence out of the lead: one meeting, the report's month and that town (the place was
    dropped and the key was month-only)."""
    facts = read_meetings(lexicon, text, language, "2025-03-14")
    assert ("meeting/2025-03-baku", "heldIn", "baku", "asserted") in facts
    assert ("meeting/2025-03-baku", "participant", "irakli-kobakhidze", "asserted") in facts
    assert not any(f[0] == "meeting/2025-03" for f in facts)


def test_a_place_told_later_of_other_people_is_another_meeting(lexicon: Lexicon) -> None:
    """The place of a meeting told further on, of other people, is not the lead meeting's."""
    text = (
        _HEADER_EN + "Azerbaijani President Ilham Aliyev received Georgian Prime Minister Irakli "
        "Kobakhidze. Energy was the main topic. Both sides praised the ties. Exports grew last year. "
        "Turkish President Recep Tayyip Erdogan and German Chancellor Olaf Scholz met in Berlin."
    )
    facts = read_meetings(lexicon, text, "en", "2025-03-14")
    assert ("meeting/2025-03", "participant", "irakli-kobakhidze", "asserted") in facts
    assert not any(f[1] == "heldIn" and f[2] != "berlin" for f in facts)


# -- the state a report's lead says a visitor went to -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gürcistan Başbakanı İrakli Kobakhidze, ilk resmi ziyaretini Türkiye'ye gerçekleştirdi. "
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Kobakhidze'yi resmi törenle karşıladı.",
            "tr",
        ),
        (
            "Gürcistan Başbakanı İrakli Kobakhidze, Türkiye'ye resmi bir ziyarette bulundu. "
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Kobakhidze'yi kabul etti.",
            "tr",
        ),
        (
            "Gurcistan Basbakani Irakli Kobakhidze, Türkiye'ye çalışma ziyareti gerçekleştirdi. "
            "Kobakhidze, Cumhurbaşkanı Recep Tayyip Erdoğan ile görüştü.",
            "tr",
        ),
        (
            "Georgian Prime Minister Irakli Kobakhidze paid his first official visit to Turkey. "
            "President Recep Tayyip Erdogan welcomed Kobakhidze with an official ceremony.",
            "en",
        ),
        (
            "Georgian Prime Minister Irakli Kobakhidze made a two-day working visit to Turkey. "
            "Kobakhidze held talks with President Recep Tayyip Erdogan.",
            "en",
        ),
    ],
)
def test_the_state_a_visit_went_to_is_the_venue(lexicon: Lexicon, text: str, language: str) -> None:
    """The lead tells one person's visit to a state, then a meeting with no place: held in that
    state (README: the host state of an official visit the text tells); it was month-only."""
    facts = read_meetings(lexicon, text, language, "2024-03-12")
    assert ("meeting/2024-03-turkiye", "heldIn", "turkiye", "asserted") in facts
    assert ("meeting/2024-03-turkiye", "participant", "irakli-kobakhidze", "asserted") in facts


def test_the_town_of_a_visit_before_its_state(lexicon: Lexicon) -> None:
    """A lead that names the visit's state and then its town keys the meeting by the town."""
    text = (
        "Georgian Prime Minister Irakli Kobakhidze paid an official visit to Turkey. Kobakhidze "
        "arrived in Ankara in the morning. President Recep Tayyip Erdogan held talks with Kobakhidze."
    )
    facts = read_meetings(lexicon, text, "en", "2024-03-12")
    assert ("meeting/2024-03-ankara", "heldIn", "ankara", "asserted") in facts
    assert not any(f[2] == "turkiye" for f in facts)


@pytest.mark.parametrize(
    ("text", "language", "town"),
    [
        (
            "-Paşinyan'ın Tiflis temasları\n\n-Görüşmenin ayrıntıları\n\n-Ortak açıklama\n\n"
            "-Kobakhidze'nin sözleri\n\n12.03.2024 14:20\n\n"
            "Gürcistan Başbakanı İrakli Kobakhidze, Ermenistan Başbakanı "
            "Nikol Paşinyan'ı kabul etti.\n\nErmenistan Başbakanı Nikol Paşinyan, resmi temaslarda "
            "bulunmak üzere Gürcistan'ın başkenti Tiflis'e geldi.\n\nİki başbakan enerji "
            "projelerini ele aldı.",
            "tr",
            "tbilisi",
        ),
        (
            "Pashinyan in Tbilisi\n\nTalks in detail\n\nJoint statement\n\nWhat Kobakhidze said\n\n"
            "Georgian Prime Minister Irakli Kobakhidze received Armenian Prime Minister Nikol "
            "Pashinyan.\n\nArmenian Prime Minister Nikol Pashinyan arrived in Tbilisi on an official "
            "visit.\n\nThe two prime ministers discussed energy projects.",
            "en",
            "tbilisi",
        ),
    ],
)
def test_the_town_travelled_to_after_headline_lines(
    lexicon: Lexicon, text: str, language: str, town: str
) -> None:
    """A page that repeats its headlines before the story: the lead runs to its second sentence
    of prose, so the town the visitor came to still places the report's meeting."""
    facts = read_meetings(lexicon, text, language, "2024-03-12")
    assert (f"meeting/2024-03-{town}", "heldIn", town, "asserted") in facts
    assert (f"meeting/2024-03-{town}", "participant", "nikol-pashinyan", "asserted") in facts


def test_a_visit_noun_of_someone_else_places_nothing(lexicon: Lexicon) -> None:
    """A visit told only as a topic ("discussed the planned visit to Turkey") is no travel."""
    text = (
        "Georgian Prime Minister Irakli Kobakhidze discussed a planned visit to Turkey with "
        "Azerbaijani President Ilham Aliyev. Kobakhidze and Aliyev met on Tuesday."
    )
    facts = read_meetings(lexicon, text, "en", "2024-03-12")
    assert not any(f[1] == "heldIn" for f in facts)


@pytest.mark.parametrize("state", ["U.S.", "US"])
def test_the_capital_written_after_a_dotted_state(lexicon: Lexicon, state: str) -> None:
    """ "in the U.S. capital Washington" is Washington, not the state the dots hid the town of."""
    text = f"Jeyhun Bayramov and Ararat Mirzoyan met in the {state} capital Washington on Monday."
    facts = read_meetings(lexicon, text, "en", "2022-11-08")
    assert ("meeting/2022-11-07-washington", "heldIn", "washington", "asserted") in facts


# -- "so far" is no day -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("bugüne kadar hiçbir lider şehri ziyaret etmemişti", "tr"),
        ("bugüne dek iki ülke böyle bir belge imzalamadı", "tr"),
        ("bugünlere gelinmesinde emeği olanlar", "tr"),
        ("until today no leader had come to the city", "en"),
        ("the road has stayed closed up to today", "en"),
    ],
)
def test_so_far_is_no_day(text: str, language: str) -> None:
    """ "bugüne kadar / dek", "until today" tell how long something has lasted, not the day of
    anything: they gave the report's day to the meeting told beside them."""
    assert relative_dates(text, language, "2021-06-16") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [("iki lider bugün görüştü", "tr"), ("bugünkü görüşmede", "tr"), ("the two met today", "en")],
)
def test_today_is_still_the_reports_day(text: str, language: str) -> None:
    assert [d.value for d in relative_dates(text, language, "2021-06-16")] == ["2021-06-16"]


# -- two sides who met at a place under a mediator: a meeting, not the process -----------------


@pytest.mark.parametrize(
    ("text", "key", "place", "mediator"),
    [
        (
            "Nikol Paşinyan ve İlham Aliyev’in Charles Michel'in arabuluculuğunda Brüksel'de yaptığı "
            "görüşmede sınır güvenliği de ele alındı.",
            "meeting/2022-04-brussels",
            "brussels",
            "charles-michel",
        ),
        (
            "İlham Aliyev ile Nikol Paşinyan'ın Recep Tayyip Erdoğan'ın ev sahipliğinde İstanbul'da "
            "gerçekleştirdiği görüşmede ulaştırma hatları konuşuldu.",
            "meeting/2022-04-istanbul",
            "istanbul",
            "recep-tayyip-erdogan",
        ),
    ],
)
def test_a_mediated_meeting_at_a_place_is_a_meeting(
    lexicon: Lexicon, text: str, key: str, place: str, mediator: str
) -> None:
    """ "A ve B'nin, C'nin arabuluculuğunda X'te yaptığı görüşme": the genitive before the
    mediation word owns that word, not the meeting noun, and a placed meeting of two sides is no
    talk of the peace process (the meeting was lost and C mediated the process)."""
    facts = read_meetings(lexicon, text, "tr", "2022-04-07")
    assert (key, "heldIn", place, "asserted") in facts
    assert (key, "participant", "ilham-aliyev", "asserted") in facts
    assert (key, "participant", "nikol-pashinyan", "asserted") in facts
    assert (key, "mediatedBy", mediator, "asserted") in facts


def test_mediated_talks_with_no_place_stay_the_process(lexicon: Lexicon) -> None:
    facts = read_facts(
        lexicon,
        "Azerbaycan ile Ermenistan arasındaki müzakereler Charles Michel'in arabuluculuğunda sürüyor.",
        "tr",
        "2022-04-07",
    )
    assert not meeting_facts(facts)


# -- a gathering named for its town, its frame word written in a title's case -------------------


@pytest.mark.parametrize(
    "frame", ["Marjı’nda", "Marjında", "Kapsamında", "kapsaminda", "Sırasında", "Çerçevesinde"]
)
def test_a_forum_frame_word_in_any_case_places_the_meeting(lexicon: Lexicon, frame: str) -> None:
    """ "Antalya Diplomasi Forumu Marjı’nda gerçekleştirilen görüşme": the forum's town is the
    venue whatever the case of the frame word (the key was month-only)."""
    text = (
        "Dışişleri Bakanı Hakan Fidan ile Ermenistan Dışişleri Bakanı Ararat Mirzoyan arasında Antalya "
        f"Diplomasi Forumu {frame} gerçekleştirilen görüşmeye ilişkin açıklama yapıldı."
    )
    facts = read_meetings(lexicon, text, "tr", "2024-03-02")
    assert ("meeting/2024-03-antalya", "heldIn", "antalya", "asserted") in facts


# -- a venue and the town the text gives for it --------------------------------------------------


@pytest.mark.parametrize(
    "venue",
    [
        "at Dacha Castle, in Bulboaca",
        "at the Riverside Hotel in Bulboaca",
        "at Dacha Castle, in the village of Bulboaca",
    ],
)
def test_the_town_given_for_a_venue_is_the_place(lexicon: Lexicon, venue: str) -> None:
    """ "The summit was held at X Castle, in Y": Y, the town the text gives for the venue, keys
    the meeting (the venue keyed it)."""
    text = (
        f"Ilham Aliyev and Nikol Pashinyan met on Monday. The talks were held {venue}, 35 km from the border."
    )
    facts = read_meetings(lexicon, text, "en", "2024-05-07")
    assert ("meeting/2024-05-06-bulboaca", "heldIn", "bulboaca", "asserted") in facts
    assert not any("castle" in f[0] or "hotel" in f[0] for f in facts)


def test_a_town_and_its_state_keep_the_town(lexicon: Lexicon) -> None:
    facts = read_meetings(
        lexicon, "Ilham Aliyev and Nikol Pashinyan met in Sochi, in Russia, on Monday.", "en", "2024-05-07"
    )
    assert ("meeting/2024-05-06-sochi", "heldIn", "sochi", "asserted") in facts


def test_shanghai_in_turkish_is_the_town_and_the_sco_stays_a_body(lexicon: Lexicon) -> None:
    """ "Şanghay'da" keys the town the English text calls Shanghai (a discovered "sanghay" split
    one meeting into two IRIs); "Şanghay İşbirliği Örgütü" is still the organisation."""
    text = (
        "Gürcistan Başbakanı İrakli Kobakhidze, Şanghay'da Çin Başbakanı Li Qiang ile görüştü. "
        "Şanghay İşbirliği Örgütü de ele alındı."
    )
    facts = read_facts(lexicon, text, "tr", "2025-11-05")
    assert ("meeting/2025-11-shanghai", "heldIn", "shanghai", "asserted") in facts
    assert not any(f[2] == "shanghai" and f[1] != "heldIn" for f in facts)


# -- a visit told day by day --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On December 21, Zakir Hasanov, Hulusi Akar and Juansher Burchuladze met in Ankara. On "
            "December 20, Zakir Hasanov and Hulusi Akar met with the crew of a frigate.",
            "en",
        ),
        (
            "21 Aralık'ta Zakir Hasanov, Hulusi Akar ve Juansher Burchuladze Ankara'da bir araya geldi. "
            "20 Aralık'ta ise Hasanov ile Akar görüştü.",
            "tr",
        ),
    ],
)
def test_the_same_people_the_day_before_are_in_the_same_town(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """A placeless meeting of people who all met in a town the next (or previous) day is in
    that town (its key lost the place)."""
    facts = read_meetings(lexicon, text, language, "2022-12-22")
    assert ("meeting/2022-12-20-ankara", "heldIn", "ankara", "asserted") in facts
    assert not any(f[0] == "meeting/2022-12-20" for f in facts)


@pytest.mark.parametrize(
    "second",
    [
        "On December 19, Zakir Hasanov and Hulusi Akar met.",  # two days off
        "On December 20, Zakir Hasanov and Ilham Aliyev met.",  # not all of them in Ankara
    ],
)
def test_another_day_or_other_people_keep_no_place(lexicon: Lexicon, second: str) -> None:
    text = "On December 21, Zakir Hasanov and Hulusi Akar met in Ankara. " + second
    facts = read_meetings(lexicon, text, "en", "2022-12-22")
    assert not any(f[1] == "heldIn" and not f[0].startswith("meeting/2022-12-21") for f in facts)


# -- a meeting told in a relative participle before a speaker's "must" ---------------------------


@pytest.mark.parametrize(
    "frame",
    [
        "Bakü'de Ceyhun Bayramov ile görüşen Hakan Fidan",
        "Bakü'de Ceyhun Bayramov ile ortak basın toplantısı düzenleyen Hakan Fidan",
        "Bakü'de Ceyhun Bayramov ile görüşme gerçekleştiren Hakan Fidan",
        "Bakü'de Ceyhun Bayramov ile bir araya gelen Hakan Fidan",
    ],
)
def test_a_participle_meeting_is_held_whatever_the_speaker_says_must_be(lexicon: Lexicon, frame: str) -> None:
    """The sentence's last verb ("... devam edilmesi gerektiğini söyledi") is the speaker's
    "must", not the mood of the meeting a realized participle tells (it made it intended)."""
    text = f"{frame}, barış sürecine devam edilmesi gerektiğini söyledi."
    facts = read_meetings(lexicon, text, "tr", "2024-05-02")
    assert ("meeting/2024-05-baku", "participant", "hakan-fidan", "asserted") in facts
    assert ("meeting/2024-05-baku", "participant", "jeyhun-bayramov", "asserted") in facts


@pytest.mark.parametrize(
    "text",
    [
        "Hakan Fidan'ın Bakü'de Ceyhun Bayramov ile görüşmesi bekleniyor.",
        "Hakan Fidan, Bakü'de Ceyhun Bayramov ile görüşmesinden sonra açıklama yapacak.",
        "Bakü'de Ceyhun Bayramov ile görüşecek olan Hakan Fidan, sürece devam edilmesi gerektiğini söyledi.",
    ],
)
def test_a_meeting_ahead_stays_intended(lexicon: Lexicon, text: str) -> None:
    facts = read_meetings(lexicon, text, "tr", "2024-05-02")
    assert not any(f[3] == "asserted" and f[1] == "participant" for f in facts)


@pytest.mark.parametrize(
    ("state", "town"),
    [
        ("Azerbaycan'ın", "baku"),
        ("Gürcistan'ın", "tbilisi"),
        ("Rusya'nın", "moscow"),
        ("Kazakistan’ın", "astana"),
    ],
)
def test_the_capital_of_a_state_in_the_genitive_after_a_consonant(
    lexicon: Lexicon, state: str, town: str
) -> None:
    """ "Azerbaycan'ın başkentinde" (genitive "-ın" after a consonant, not only "-nın") is the
    state's capital (the key was day-only)."""
    text = f"İlham Aliyev ile İrakli Kobakhidze 12 Mayıs'ta {state} başkentinde görüştü."
    facts = read_meetings(lexicon, text, "tr", "2025-05-14")
    assert (f"meeting/2025-05-12-{town}", "heldIn", town, "asserted") in facts


# -- the state a meeting "with X" was held in, against the filing town of a dateline ------------


@pytest.mark.parametrize(
    "text",
    [
        "BAKU, Azerbaijan, February 9. The route will open new trade, US Vice President JD Vance said "
        "during a joint press conference with Armenian Prime Minister Nikol Pashinyan in Armenia.",
        "BAKU, February 9. US Vice President JD Vance held talks with Nikol Pashinyan in Armenia.",
        "US Vice President JD Vance met with Armenian Prime Minister Nikol Pashinyan in Armenia.",
    ],
)
def test_the_state_after_a_meeting_with_someone_is_the_venue(lexicon: Lexicon, text: str) -> None:
    """ "... with X in Armenia": the state the text gives the meeting in, not the dateline's
    town (the report's filing place keyed it)."""
    facts = read_meetings(lexicon, text, "en", "2026-02-09")
    assert ("meeting/2026-02-armenia", "heldIn", "armenia", "asserted") in facts
    assert not any(f[2] == "baku" for f in facts)


def test_a_state_in_a_clause_about_whom_was_met_is_no_venue(lexicon: Lexicon) -> None:
    text = (
        "On December 20, Zakir Hasanov and Hulusi Akar met with crews of cargo planes that "
        "remained in Ukraine for ten months."
    )
    facts = read_meetings(lexicon, text, "en", "2022-12-22")
    assert not any(f[2] == "ukraine" for f in facts)


# -- the dateline's town for a dated lead meeting told on after the lead ------------------------


@pytest.mark.parametrize(
    "after",
    [
        "During the meeting, Bayramov briefed Fidan on the situation in the region.",
        "At the talks, the two ministers discussed transport links.",
    ],
)
def test_a_dated_lead_meeting_told_on_keeps_the_datelines_town(lexicon: Lexicon, after: str) -> None:
    """ "BAKU – X met on Monday with Y. During the meeting, ...": the sentence that goes on
    telling the meeting, with no day of its own, does not take the dateline's town away."""
    text = (
        "Ministers meet in the capital\n\nMay 14, 2024 - 19:32\n\nBAKU – Azerbaijani Foreign Minister "
        f"Jeyhun Bayramov met on Monday with Turkish Foreign Minister Hakan Fidan. {after}"
    )
    facts = read_meetings(lexicon, text, "en", "2024-05-14")
    assert ("meeting/2024-05-13-baku", "heldIn", "baku", "asserted") in facts
    assert not any(f[0] == "meeting/2024-05-13" for f in facts)


@pytest.mark.parametrize("which", ["lead", "another day"])
def test_the_datelines_held_in_keeps_no_datatype_or_note_of_the_statement_it_is_read_from(which: str) -> None:
    """The dateline's ``heldIn`` is written from the words of a statement of the meeting (the
    lead's first, or the first of another meeting of the report's days): a date's datatype, or
    a note (the record's comment), is that statement's, never the place's; both ways of placing
    a meeting at the dateline clear them alike."""
    from loaders.extract import _one_meeting_a_day
    from loaders.records import Statement
    from loaders.rules.discovery import Found

    def st(subject: str, relation: str, obj: str, sentence: int, **more: str) -> Statement:
        kind = "literal" if relation == "date" else "entity"
        return Statement(
            subject, relation, obj, kind, "t", sentence, 0, 4, "word", "meeting.date.en", "en", **more
        )

    lead = "meeting/2024-05-13"
    other = "meeting/2024-05-11"
    statements = [
        st(lead, "date", "2024-05-13", 1, datatype="date", note="weekday, from the document's date"),
        st(lead, "participant", "jeyhun-bayramov", 1),
        st(lead, "participant", "hakan-fidan", 1),
    ]
    if which == "another day":
        statements += [
            st(other, "date", "2024-05-11", 4, datatype="date", note="weekday, from the document's date"),
            st(other, "participant", "hakan-fidan", 4),
            st(other, "participant", "ilham-aliyev", 4),
        ]
    out = _one_meeting_a_day(statements, Found(dateline="baku"), "2024-05-14")
    meeting = f"{lead if which == 'lead' else other}-baku"
    held = [s for s in out if s.subject == meeting and s.relation == "heldIn"]
    assert [(s.object, s.kind, s.datatype, s.note) for s in held] == [("baku", "entity", "", "")]


@pytest.mark.parametrize(
    "text",
    [
        "hakan fidan, bugün de bakü'de bayramov ile yaptiği görüşmede konulari ele aldiklarini anlatti",
        "fidan, bugünkü görüşmelerin verimli geçtiğini belirterek teşekkür etti",
        "fidan, bugün bakü'de bayramov ile görüşeceğini söyledi",
    ],
)
def test_today_in_what_a_speaker_is_said_to_have_said_is_the_month(text: str) -> None:
    """ "X, bugün ... -dığını anlattı / söyledi": the speaker's "today", which the report does
    not date: its month (README: the month rule for "today" in words the report relays)."""
    found = relative_dates(text, "tr", "2025-09-12")
    assert [(d.value, d.precision) for d in found] == [("2025-09", "gYearMonth")]


def test_today_in_the_reports_own_voice_is_the_day() -> None:
    found = relative_dates("hakan fidan bugün bakü'de bayramov ile görüştü", "tr", "2025-09-12")
    assert [d.value for d in found] == ["2025-09-12"]


def test_another_meeting_of_the_reports_days_with_a_lead_person_takes_the_dateline(lexicon: Lexicon) -> None:
    """ "TEHRAN – X met on Monday with Y. ... Earlier on Saturday, Y met with Z": the visitor's
    other meeting of the report's days, with no place of its own, is in the dateline's town."""
    text = (
        "Ministers meet in the capital\n\nNovember 24, 2020 - 19:32\n\nTEHRAN – Iranian Foreign Minister "
        "Mohammad Javad Zarif met on Monday with Armenian Foreign Minister Ararat Mirzoyan. The two "
        "discussed the region. Earlier on Saturday, Ararat Mirzoyan met with Iranian President Hassan "
        "Rouhani."
    )
    facts = read_meetings(lexicon, text, "en", "2020-11-24")
    assert ("meeting/2020-11-23-tehran", "heldIn", "tehran", "asserted") in facts
    assert ("meeting/2020-11-21-tehran", "heldIn", "tehran", "asserted") in facts


def test_a_meeting_of_other_people_keeps_no_dateline(lexicon: Lexicon) -> None:
    text = (
        "Ministers meet in the capital\n\nNovember 24, 2020 - 19:32\n\nTEHRAN – Iranian Foreign Minister "
        "Mohammad Javad Zarif met on Monday with Armenian Foreign Minister Ararat Mirzoyan. The two "
        "discussed the region. On Saturday, Ilham Aliyev met with Recep Tayyip Erdogan."
    )
    facts = read_meetings(lexicon, text, "en", "2020-11-24")
    assert not any(f[0].startswith("meeting/2020-11-21-") for f in facts)


# -- several months, each with its own town ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The foreign ministers of Armenia and Azerbaijan met in New York in September and Paris in "
            "November.",
            "en",
        ),
        ("Bayramov and Mirzoyan held talks in Brussels in May and Baku in July.", "en"),
    ],
)
def test_a_short_town_between_two_months_opens_the_second_meeting(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """ "in A in <month> and B in <month>": the town between the two months is the second
    meeting's, not the first's town held again."""
    facts = read_meetings(lexicon, text, language, "2021-12-08")
    places = {f[2] for f in facts if f[1] == "heldIn"}
    assert len(places) == 2, facts
    assert not any(f[0].endswith("-new-york") and "-11-" in f[0] + "-" for f in facts)
    assert not any(f[0].startswith("meeting/2021-07-brussels") for f in facts)


def test_two_days_of_one_month_stay_one_stretch(lexicon: Lexicon) -> None:
    facts = read_meetings(
        lexicon, "Aliyev and Pashinyan met in Brussels on 14 and 31 May.", "en", "2021-06-08"
    )
    assert {f[2] for f in facts if f[1] == "heldIn"} == {"brussels"}


# -- the next stop of one who met someone ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dün Fransa Cumhurbaşkanı Macron ve Almanya Başbakanı Merkel ile görüşen Erdoğan, dün gece "
            "Azerbaycan'a gitti.",
            "tr",
        ),
        ("Dun Macron ve Merkel ile gorusen Cumhurbaskani Erdogan, aksam saatlerinde Baku'ye gecti.", "tr"),
        ("Erdoğan, dün Macron ile görüştükten sonra Bakü'ye hareket etti.", "tr"),
        ("Erdogan, who met Macron and Merkel on Monday, flew to Azerbaijan later that night.", "en"),
        ("After meeting Macron and Merkel on Monday, President Erdogan traveled to Baku.", "en"),
        ("Erdogan met Emmanuel Macron on Monday and then left for Baku.", "en"),
    ],
)
def test_where_one_went_after_a_meeting_is_not_where_it_was_held(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_meetings(lexicon, text, language, "2021-06-15")
    assert any(f[1] == "participant" for f in facts), facts
    assert not {f[2] for f in facts if f[1] == "heldIn"} & {"azerbaijan", "baku"}


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Dün Bakü'ye gelen Erdoğan, Aliyev ile görüştü.", "tr", "baku"),
        ("Erdoğan, Macron ile görüştükten sonra Bakü'ye geçerek Aliyev ile bir araya geldi.", "tr", "baku"),
        ("Erdogan traveled to Azerbaijan on Monday, where he met Ilham Aliyev.", "en", "azerbaijan"),
        (
            "After meeting officials in Yerevan, the Russian ministers traveled to Baku for talks with Ilham "
            "Aliyev on November 21.",
            "en",
            "baku",
        ),
    ],
)
def test_a_journey_to_the_meeting_keeps_its_place(
    lexicon: Lexicon, text: str, language: str, place: str
) -> None:
    facts = read_meetings(lexicon, text, language, "2021-11-22")
    assert place in {f[2] for f in facts if f[1] == "heldIn"}, facts


# -- a Turkish noun whose "-ti" is no past tense ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Erdoğan iki günlük Azerbaycan ziyareti kapsamında Aliyev ile birlikte Şuşa şehrine gidecek.",
        "Erdoğan, ziyareti sırasında Aliyev ile Şuşa'da bir araya gelecek.",
        "Erdogan, ziyareti sirasinda Aliyev ile Susa'da bir araya gelecek.",
    ],
)
def test_a_visit_noun_takes_the_future_of_the_last_verb(lexicon: Lexicon, text: str) -> None:
    facts = read_meetings(lexicon, text, "tr", "2021-06-15")
    assert not any(f[3] == "asserted" for f in facts), facts


@pytest.mark.parametrize(
    "text",
    [
        "Erdoğan, Bakü ziyareti sırasında dün Aliyev ile görüştü.",
        "Erdoğan'ın dün Bakü'de gerçekleştirdiği ziyareti sırasında Aliyev ile görüştüğü ve anlaşmanın yarın "
        "yürürlüğe gireceği açıklandı.",
    ],
)
def test_a_visit_noun_of_a_held_visit_stays_held(lexicon: Lexicon, text: str) -> None:
    facts = read_meetings(lexicon, text, "tr", "2021-06-15")
    assert any(f[1:] == ("participant", "recep-tayyip-erdogan", "asserted") for f in facts), facts


# -- the names after the offices of a meeting "between" -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A private meeting between the Prime Ministers of Armenia and Georgia, Nikol Pashinyan and Irakli "
        "Kobakhidze, took place on the evening of October 21.",
        "Talks between the heads of government of Armenia and Georgia, Nikol Pashinyan and Irakli "
        "Kobakhidze, were held on October 21.",
    ],
)
def test_the_names_after_the_offices_between_are_the_sides(lexicon: Lexicon, text: str) -> None:
    facts = read_meetings(lexicon, text, "en", "2025-10-22")
    people = {f[2] for f in facts if f[1] == "participant"}
    assert {"nikol-pashinyan", "irakli-kobakhidze"} <= people, facts


# -- a town before the agency's name in slashes is the dateline --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yerevan /Mediamax/. Nikol Pashinyan met Irakli Kobakhidze on October 21.",
        "Baku /APA/ - Ilham Aliyev met Irakli Kobakhidze on October 21.",
    ],
)
def test_a_town_before_an_agency_in_slashes_is_the_dateline(lexicon: Lexicon, text: str) -> None:
    facts = read_meetings(lexicon, text, "en", "2025-10-22")
    assert any(f[1] == "heldIn" and f[2] in ("yerevan", "baku") for f in facts), facts


def test_a_slash_inside_the_first_line_is_no_dateline(lexicon: Lexicon) -> None:
    text = "Pashinyan/Kobakhidze: Nikol Pashinyan met Irakli Kobakhidze on October 21."
    facts = read_meetings(lexicon, text, "en", "2025-10-22")
    assert not any(f[1] == "heldIn" for f in facts), facts


# -- the day a meeting began or ended is its own ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A meeting of the CIS heads of state hosted by Vladimir Putin ended in Moscow on October 8.",
        "The summit of Ilham Aliyev and Nikol Pashinyan ended in Moscow on October 8.",
        "Talks of Ilham Aliyev and Nikol Pashinyan hosted by Vladimir Putin started in Moscow on October 8.",
    ],
)
def test_the_day_a_meeting_ended_or_started_dates_it(lexicon: Lexicon, text: str) -> None:
    facts = read_meetings(lexicon, text, "en", "2024-10-09")
    assert ("meeting/2024-10-08-moscow", "date", "2024-10-08", "asserted") in facts, facts


def test_the_day_another_thing_ended_is_not_the_meetings(lexicon: Lexicon) -> None:
    text = "Aliyev and Pashinyan met in Moscow to discuss the war, which ended on 10 November 2020."
    facts = read_meetings(lexicon, text, "en", "2024-10-09")
    assert not any(f[1] == "date" and f[2].startswith("2020") for f in facts), facts


# -- a host who took part mediates nothing -----------------------------------------------------


def _meeting(key: str, people: list[str], hosts: list[str]) -> list[Statement]:
    def fact(relation: str, who: str) -> Statement:
        return Statement(key, relation, who, "entity", "t", 0, 0, 1, "x", "meeting.participant.en", "en")

    return [fact("participant", p) for p in people] + [fact("mediatedBy", h) for h in hosts]


def test_the_one_host_of_a_summit_of_many_is_no_mediator() -> None:
    heads = ["putin", "aliyev", "pashinyan", "lukashenko", "tokayev", "japarov", "rahmon", "mirziyoyev"]
    summit = _meeting("meeting/2024-10-08-moscow", heads, ["putin"])
    bilateral = _meeting("meeting/2023-09-25-nakhchivan", ["erdogan", "aliyev"], ["aliyev"])
    brokered = _meeting("meeting/2022-05-22-brussels", ["michel", "aliyev", "pashinyan"], ["michel"])
    kept = _hosts_who_mediate_nothing(summit + bilateral + brokered)
    hosts = {(st.subject, st.object) for st in kept if st.relation == "mediatedBy"}
    assert hosts == {("meeting/2022-05-22-brussels", "michel")}
    assert len([st for st in kept if st.relation == "participant"]) == 13


def test_the_host_of_two_others_mediates(lexicon: Lexicon) -> None:
    text = "Charles Michel hosted Ilham Aliyev and Nikol Pashinyan in Brussels on May 22."
    facts = read_meetings(lexicon, text, "en", "2022-05-23")
    assert ("meeting/2022-05-22-brussels", "mediatedBy", "charles-michel", "asserted") in facts, facts


# -- a person who hosts the meeting is at it ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "host"),
    [
        (
            "Aliyev ile Paşinyan, ABD Başkanı Donald Trump'ın ev sahipliğinde 8 Ağustos'ta Beyaz Saray'da "
            "bir araya geldi.",
            "tr",
            "donald-trump",
        ),
        (
            "Mirzoyan and Bayramov met in New York on 8 August in talks hosted by U.S. Secretary of State "
            "Antony Blinken.",
            "en",
            "antony-blinken",
        ),
        (
            "Donald Trump hosted Ilham Aliyev and Nikol Pashinyan at the White House on 8 August.",
            "en",
            "donald-trump",
        ),
    ],
)
def test_a_person_who_hosts_takes_part_and_mediates(
    lexicon: Lexicon, text: str, language: str, host: str
) -> None:
    facts = read_meetings(lexicon, text, language, "2025-08-10")
    assert any(f[1:] == ("participant", host, "asserted") for f in facts), facts
    assert any(f[1:] == ("mediatedBy", host, "asserted") for f in facts), facts


def test_one_at_whose_invitation_they_met_is_not_there(lexicon: Lexicon) -> None:
    text = "Putin'in davetiyle Moskova'da 9 Ekim'de bir araya gelen Bayramov ve Mnatsakanyan görüştü."
    facts = read_meetings(lexicon, text, "tr", "2020-10-10")
    assert not any(f[1:] == ("participant", "vladimir-putin", "asserted") for f in facts), facts


def test_the_host_of_another_summit_the_meeting_is_timed_by_is_not_its_mediator(lexicon: Lexicon) -> None:
    text = (
        "Mher Grigoryan and Shahin Mustafayev met at the border on May 24, two days after a summit hosted by "
        "Charles Michel in Brussels."
    )
    facts = read_meetings(lexicon, text, "en", "2022-05-25")
    assert not any(f[2] == "charles-michel" for f in facts), facts


# -- "the same day", "the next day": the day the sentence before told ---------------------------


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        (
            "Erdogan met Aliyev in Baku on 16 August. On the same day Erdogan met Kobakhidze in Tbilisi.",
            "en",
            "meeting/2023-08-16-tbilisi",
        ),
        (
            "Erdogan met Aliyev in Baku on 16 August.\n\nRead more here\n\nLater that day, Erdogan "
            "held talks with Kobakhidze in Tbilisi.",
            "en",
            "meeting/2023-08-16-tbilisi",
        ),
        (
            "Erdogan met Aliyev in Baku on Wednesday, 16 August. The next day, Erdogan met Kobakhidze "
            "in Tbilisi.",
            "en",
            "meeting/2023-08-17-tbilisi",
        ),
        (
            "Erdoğan, 16 Ağustos'ta Bakü'de Aliyev ile görüştü. Aynı gün Erdoğan, Tiflis'te Kobakhidze "
            "ile bir araya geldi.",
            "tr",
            "meeting/2023-08-16-tbilisi",
        ),
        (
            "Erdoğan, 16 Ağustos'ta Bakü'de Aliyev ile görüştü. Erdoğan ertesi gün Tiflis'te "
            "Kobakhidze ile bir araya geldi.",
            "tr",
            "meeting/2023-08-17-tbilisi",
        ),
        (
            "Erdogan 16 Agustos'ta Baku'de Aliyev ile gorustu. Erdogan ertesi gun Tiflis'te Kobakhidze "
            "ile bir araya geldi.",
            "tr",
            "meeting/2023-08-17-tbilisi",
        ),
    ],
)
def test_the_same_day_as_the_sentence_before(lexicon: Lexicon, text: str, language: str, key: str) -> None:
    """ "On the same day", "later that day", "the next day", "aynı gün", "ertesi gün": the day
    the sentence before told (or the day after), not the report's month."""
    facts = read_meetings(lexicon, text, language, "2023-08-18")
    assert (key, "heldIn", "tbilisi", "asserted") in facts, facts
    assert (key, "participant", "irakli-kobakhidze", "asserted") in facts, facts


def test_the_same_day_of_two_days_is_none(lexicon: Lexicon) -> None:
    """Two days told before: "the same day" names neither; the meeting keeps the report's month."""
    text = (
        "Erdogan met Aliyev in Baku on 14 August and Pashinyan in Yerevan on 16 August. On the same "
        "day Erdogan met Kobakhidze in Tbilisi."
    )
    facts = read_meetings(lexicon, text, "en", "2023-08-18")
    assert not any(
        f[0].startswith(("meeting/2023-08-14-tbilisi", "meeting/2023-08-16-tbilisi")) for f in facts
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bayramov ile Mirzoyan arasında 1 Mayıs'ta ABD'de başlayan görüşmeler sona erdi.",
        "Bayramov ile Mirzoyan arasında 1 Mayıs'ta ABD'de sona eren görüşmelerde taslak ele alındı.",
        "Bayramov ve Mirzoyan arasinda 1 Mayis'ta ABD'de devam eden müzakerelerde ilerleme kaydedildi.",
    ],
)
def test_the_state_talks_began_or_ended_in(lexicon: Lexicon, text: str) -> None:
    """ "ABD'de başlayan / sona eren / devam eden görüşmeler": the state the talks went on in is
    their venue, as with "ABD'de düzenlenen" (it was left out of the key)."""
    facts = read_meetings(lexicon, text, "tr", "2023-05-04")
    assert ("meeting/2023-05-01-united-states", "heldIn", "united-states", "asserted") in facts, facts
    assert ("meeting/2023-05-01-united-states", "participant", "ararat-mirzoyan", "asserted") in facts, facts


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Talks between Ararat Mirzoyan and Jeyhun Bayramov began at the Villa Borsig in Germany's "
            "capital on Wednesday.",
            "meeting/2024-02-28-berlin",
        ),
        ("Mirzoyan met Bayramov in Armenia's capital Yerevan on Wednesday.", "meeting/2024-02-28-yerevan"),
        ("Mirzoyan met Bayramov in Armenia's capital, Yerevan, on Wednesday.", "meeting/2024-02-28-yerevan"),
        ("Mirzoyan and Bayramov met at the Hotel Adlon in Berlin on Wednesday.", "meeting/2024-02-28-berlin"),
    ],
)
def test_a_villa_or_hotel_and_a_states_capital(lexicon: Lexicon, text: str, key: str) -> None:
    """A villa, castle or hotel is a venue, not the meeting's place; "in Germany's capital" is
    its capital, and "in Armenia's capital Yerevan" the town named."""
    facts = read_meetings(lexicon, text, "en", "2024-02-29")
    assert (key, "participant", "jeyhun-bayramov", "asserted") in facts, facts
    assert {f[2] for f in facts if f[1] == "heldIn"} == {key.rsplit("-", 1)[-1]}, facts


def test_a_villa_alone_places_nothing(lexicon: Lexicon) -> None:
    """A venue with no town: the meeting has no place (README), not the villa's."""
    text = "Ararat Mirzoyan and Jeyhun Bayramov met at the Villa Borsig on Wednesday."
    facts = read_meetings(lexicon, text, "en", "2024-02-29")
    assert ("meeting/2024-02-28", "participant", "ararat-mirzoyan", "asserted") in facts, facts
    assert not any(f[1] == "heldIn" for f in facts), facts


@pytest.mark.parametrize(
    "later",
    [
        "Bölgedeki ilk ziyaretini kardeş Azerbaycan'a yapmaktan mutlu olduğunu ifade eden "
        "Zurabişvili, iki ülkenin dost olduğunu söyledi.",
        "İlk resmi ziyaretini Azerbaycan'a gerçekleştiren Gürcistan Cumhurbaşkanı Salome Zurabişvili, "
        "enerji projelerine değindi.",
        "Ilk resmi ziyaretini Azerbaycan'a gerceklestiren Zurabisvili, enerji projelerine degindi.",
    ],
)
def test_the_state_visited_by_the_head_of_a_relative_clause(lexicon: Lexicon, later: str) -> None:
    """ "ziyaretini Azerbaycan'a yapan / gerçekleştiren X": X, named after the clause, visited
    that state; the report's placeless meeting with X's host is held there."""
    text = (
        "Azerbaycan Cumhurbaşkanı İlham Aliyev, Gürcistan Cumhurbaşkanı Salome Zurabişvili ile bir "
        "araya geldi. Aliyev, Zurabişvili'yi resmi törenle karşıladı. " + later
    )
    facts = read_meetings(lexicon, text, "tr", "2019-02-27")
    assert ("meeting/2019-02-azerbaijan", "heldIn", "azerbaijan", "asserted") in facts, facts
    assert ("meeting/2019-02-azerbaijan", "participant", "salome-zourabichvili", "asserted") in facts, facts


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kobakhidze dun Baku'de Aliyev ile gorustu.", "meeting/2024-03-13-baku"),
        ("Kobakhidze bugun Baku'de Aliyev ile gorustu.", "meeting/2024-03-14-baku"),
        ("Kobakhidze carsamba gunu Baku'de Aliyev ile gorustu.", "meeting/2024-03-13-baku"),
    ],
)
def test_relative_days_typed_without_turkish_letters(lexicon: Lexicon, text: str, key: str) -> None:
    """ "dun", "bugun", "carsamba gunu" (Turkish typed without its letters) name the day as "dün",
    "bugün", "çarşamba günü" do; the meeting was keyed by the report's month."""
    facts = read_meetings(lexicon, text, "tr", "2024-03-14")
    assert (key, "participant", "irakli-kobakhidze", "asserted") in facts, facts


def test_dunya_is_no_yesterday(lexicon: Lexicon) -> None:
    facts = read_meetings(lexicon, "Dunya liderleri Baku'de bir araya geldi.", "tr", "2024-03-14")
    assert not any(f[1] == "date" and f[2] == "2024-03-13" for f in facts), facts
