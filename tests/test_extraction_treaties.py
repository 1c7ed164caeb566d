"""Signings, documents and their parties on phrasing news uses (loaders/rules/treaties.py)."""

from __future__ import annotations

import pytest
from extraction_read import Fact, read_facts

from loaders.lexicon import Lexicon


def signers(facts: set[Fact]) -> set[str]:
    return {f[2] for f in facts if f[1] == "signatory" and f[3] == "asserted"}


def parties(facts: set[Fact]) -> set[str]:
    return {f[0] for f in facts if f[1] == "partyTo" and f[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # others sign at a visit: the visitor (and the host he met) witnessed it, signed nothing
        (
            "Kazakh President Kassym-Jomart Tokayev held talks with Ilham Aliyev in Baku on 24 August."
            " A memorandum on logistics was signed during President Tokayev's official visit to Baku"
            " on 24 August.",
            "en",
        ),
        (
            "Georgian Prime Minister Irakli Garibashvili held talks with Aliyev in Baku on 24 August."
            " Two railway memoranda were signed during the visit of Prime Minister Garibashvili on"
            " 24 August.",
            "en",
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev held talks with Ilham Aliyev in Baku on 24 August."
            " The national railway company and the port operator signed a memorandum during the talks.",
            "en",
        ),
        (
            "Kazakistan Cumhurbaşkanı Tokayev 24 Ağustos'ta Bakü'de Aliyev ile görüştü. Tokayev'in"
            " ziyareti sırasında lojistik alanında bir mutabakat zaptı imzalandı.",
            "tr",
        ),
        (
            "Kazakistan Cumhurbaşkanı Tokayev 24 Ağustos'ta Bakü'de Aliyev ile görüştü. Iki ulkenin"
            " demiryolu sirketi, Tokayevin ziyareti kapsaminda bir mutabakat zapti imzaladi.",
            "tr",
        ),
    ],
)
def test_a_signing_at_someone_s_visit_is_not_the_visitor_s(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2022-08-25")
    assert not signers(facts) & {"kassym-jomart-tokayev", "ilham-aliyev", "irakli-garibashvili"}
    assert not parties(facts) & {"kazakhstan", "azerbaijan", "georgia"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the leaders themselves signing at the talks still sign
        (
            "Aliyev and Tokayev met in Astana on 24 August and signed a joint declaration on strategic"
            " partnership.",
            "en",
        ),
        (
            "Aliyev met Tokayev in Astana on 24 August. The two presidents signed a joint declaration on"
            " strategic partnership.",
            "en",
        ),
        (
            "Aliyev ve Tokayev 24 Ağustos'ta Astana'da görüştü ve stratejik ortaklık bildirisini imzaladı.",
            "tr",
        ),
        (
            "Tokayev'in Azerbaycan ziyareti sırasında Aliyev ve Tokayev, 24 Ağustos'ta Bakü'de ortak bir"
            " bildiri imzaladı.",
            "tr",
        ),
    ],
)
def test_leaders_who_sign_at_their_own_talks_sign(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read_facts(lexicon, text, language, "2022-08-25")
    assert signers(facts) == {"ilham-aliyev", "kassym-jomart-tokayev"}
    assert parties(facts) == {"azerbaijan", "kazakhstan"}


def test_a_turkish_subject_is_the_name_without_a_case_ending(lexicon: Lexicon) -> None:
    # "X'in ... ziyareti kapsamında": the genitive is the visit's, the nominative before signed
    text = (
        "Kazakistan Demir Yolları, Tokayev'in Bakü ziyareti kapsamında 24 Ağustos'ta bir mutabakat"
        " zaptı imzaladı."
    )
    facts = read_facts(lexicon, text, "tr", "2022-08-25")
    assert signers(facts) == {"kazakhstan-temir-zholy"}


def dated(facts: set[Fact]) -> set[tuple[str, str]]:
    return {
        (f[0], f[2]) for f in facts if f[0].startswith("treaty/") and f[1] == "date" and f[3] == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        # documents the report tells signed as its news, with no date word: the report's month, one
        # key for several of a kind
        (
            "Presidents Aliyev and Mirziyoyev met in Tashkent. After the talks, ten memoranda of"
            " understanding on transport and energy were signed.",
            "en",
            "treaty/2025-05-memorandum",
        ),
        (
            "Aliyev ve Mirziyoyev Taşkent'te bir araya geldi. Görüşmelerin ardından ulaştırma ve enerji"
            " alanlarında 10 mutabakat zaptı imzalandı.",
            "tr",
            "treaty/2025-05-memorandum",
        ),
        (
            "Azerbaycan ve Ozbekistan heyetleri Taskent'te bir araya geldi. Gorusmelerin ardindan iki"
            " protokol imzalandi.",
            "tr",
            "treaty/2025-05-protocol",
        ),
    ],
)
def test_documents_signed_as_the_report_s_news_take_its_month(
    lexicon: Lexicon, text: str, language: str, key: str
) -> None:
    facts = read_facts(lexicon, text, language, "2025-05-20")
    assert dated(facts) == {(key, "2025-05")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Presidents Aliyev and Mirziyoyev met in Tashkent. Aliyev recalled that a memorandum on energy"
            " was signed last year.",
            "en",
        ),
        (
            "Aliyev and Mirziyoyev met in Tashkent on Monday. The two countries signed a memorandum on energy"
            " two years ago.",
            "en",
        ),
        (
            "Aliyev ve Mirziyoyev Taşkent'te bir araya geldi. Aliyev, enerji alanındaki mutabakat zaptının"
            " geçen yıl imzalandığını hatırlattı.",
            "tr",
        ),
        (
            "Aliyev ve Mirziyoyev Taskent'te bir araya geldi. Iki ulke arasinda uc yil once bir mutabakat"
            " zapti imzalanmisti.",
            "tr",
        ),
    ],
)
def test_a_signing_of_a_time_before_is_not_the_report_s_news(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2025-05-20")
    assert not {f for f in facts if f[0].startswith("treaty/") or f[2].startswith("treaty/")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a passive names no signer: the states at the talks are its sides
        (
            "Azerbaycan ve Ermenistan heyetleri Gazah'ta bir araya geldi ve görüşmede köylerin iadesi için"
            " bir protokol imzalandı.",
            "tr",
            {"azerbaijan", "armenia"},
        ),
        # signed between bodies the sentence names: neither the talks' states nor their people
        (
            "Azerbaycan ve Özbekistan Taşkent'te görüştü. Görüşmelerin ardından iki ülkenin borsaları"
            " arasında bir anlaşma imzalandı.",
            "tr",
            set(),
        ),
        (
            "Azerbaijan and Uzbekistan held talks in Tashkent. After the talks, an agreement was signed"
            " between the two countries' stock exchanges.",
            "en",
            set(),
        ),
    ],
)
def test_a_passive_signing_at_talks_names_sides_not_signers(
    lexicon: Lexicon, text: str, language: str, expected: set[str]
) -> None:
    facts = read_facts(lexicon, text, language, "2024-05-15")
    assert not signers(facts)
    assert parties(facts) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers met in Berlin, and we are taking steps towards signing a peace agreement,"
        " Aliyev said.",
        "Armenia and Azerbaijan are close to signing the peace agreement, Pashinyan said on Monday.",
        "Officials in Baku said the sides were ready for signing a memorandum on transit.",
        "Georgia and Azerbaijan met on Monday to prepare for signing a new transit agreement.",
    ],
)
def test_a_signing_aimed_at_is_not_done(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2024-04-20")
    assert not signers(facts)
    assert not parties(facts)


def test_a_signing_done_is_still_a_signing(lexicon: Lexicon) -> None:
    text = (
        "Aliyev and Kobakhidze met in Baku on April 18 and signed a memorandum on transit before the press"
        " conference."
    )
    facts = read_facts(lexicon, text, "en", "2024-04-20")
    assert signers(facts) == {"ilham-aliyev", "irakli-kobakhidze"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev, Ermenistan ile Azerbaycan arasındaki savaşa son veren üçlü bildirinin uygulanmasını"
            " görüştü.",
            "tr",
        ),
        (
            "Aliyev, Ermenistan ile Azerbaycan arasindaki catismalari sona erdiren uclu bildiriyi"
            " hatirlatti.",
            "tr",
        ),
        (
            "Aliyev discussed the trilateral statement that ended the war between Armenia and Azerbaijan.",
            "en",
        ),
        (
            "Putin recalled the November 2020 statement, which stopped the fighting between Armenia and"
            " Azerbaijan.",
            "en",
        ),
    ],
)
def test_the_sides_of_a_war_a_treaty_ended_are_not_its_parties(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not parties(read_facts(lexicon, text, language, "2021-11-27"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaycan ile Ermenistan arasında imzalanan üçlü bildiri savaşı sona erdirdi.", "tr"),
        ("The trilateral statement between Armenia, Azerbaijan and Russia ended the war.", "en"),
    ],
)
def test_the_treaty_s_own_sides_are_still_its_parties(lexicon: Lexicon, text: str, language: str) -> None:
    assert {"armenia", "azerbaijan"} <= parties(read_facts(lexicon, text, language, "2021-11-27"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Georgia, Azerbaijan and Kazakhstan Sign Declaration on Middle Corridor\nBy Staff Writer\n"
            "Friday, April 1, 2022\nGeorgia, Azerbaijan and Kazakhstan have signed a declaration on the"
            " Middle Corridor.",
            "en",
        ),
        (
            "Georgia and Azerbaijan sign transit declaration\n1 April 2022, 14:35\nGeorgia and Azerbaijan"
            " have signed a declaration on transit.",
            "en",
        ),
        (
            "Gürcistan ve Azerbaycan transit bildirisi imzaladı\n01.04.2022 14:08\nGürcistan ve Azerbaycan"
            " transit alanında bir bildiri imzaladı.",
            "tr",
        ),
        (
            "Gurcistan ve Azerbaycan bildiri imzaladi\nCuma, 1 Nisan 2022\nGurcistan ve Azerbaycan transit"
            " alaninda bir bildiri imzaladi.",
            "tr",
        ),
    ],
)
def test_a_page_s_date_line_is_not_the_signing_s_day(lexicon: Lexicon, text: str, language: str) -> None:
    # the report's own news with no date word: not the day of its date line (the report's month)
    facts = read_facts(lexicon, text, language, "2022-04-01")
    keys = {f[0] for f in facts if f[0].startswith("treaty/")}
    assert not any(k.startswith("treaty/2022-04-01-") for k in keys), keys
    if language == "en":
        assert keys == {"treaty/2022-04-declaration"}


def test_a_day_the_prose_gives_still_dates_the_signing(lexicon: Lexicon) -> None:
    text = "Georgia and Azerbaijan sign transit declaration\nGeorgia and Azerbaijan signed a declaration on"
    text += " transit on Friday, April 1, 2022."
    facts = read_facts(lexicon, text, "en", "2022-04-02")
    assert ("treaty/2022-04-01-declaration", "date", "2022-04-01", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Defence ministers Zakir Hasanov, Hulusi Akar and Juansher Burchuladze met in Kayseri on December"
            " 21. The ministers signed a joint statement.",
            "en",
        ),
        (
            "Zakir Hasanov, Hulusi Akar and Juansher Burchuladze held talks in Kayseri on December 21. After"
            " the talks, the defence ministers also signed a joint statement.",
            "en",
        ),
        (
            "Savunma bakanları Zakir Hasanov, Hulusi Akar ve Juansher Burchuladze 21 Aralık'ta Kayseri'de bir"
            " araya geldi. Toplantı sonrasında bakanlar tarafından ortak bir bildiri imzalandı.",
            "tr",
        ),
        (
            "Zakir Hasanov, Hulusi Akar ve Juansher Burchuladze 21 Aralik'ta Kayseri'de gorustu. Bakanlar"
            " toplantinin ardindan ortak bir bildiri imzaladi.",
            "tr",
        ),
    ],
)
def test_the_ministers_who_sign_are_those_named_before(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read_facts(lexicon, text, language, "2022-12-22")
    assert signers(facts) == {"zakir-hasanov", "hulusi-akar", "juansher-burchuladze"}
    assert parties(facts) == {"azerbaijan", "turkiye", "georgia"}


@pytest.mark.parametrize(
    "text",
    [
        # the people named before are no ministers at the date: "the ministers" are others
        "Aliyev and Erdogan met in Baku on December 21. The ministers signed a joint statement.",
        # one minister alone named before
        "Hulusi Akar met Azerbaijani officials in Baku on December 21. The ministers signed a joint"
        " statement.",
    ],
)
def test_the_ministers_are_not_whoever_was_named_before(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2022-12-22")
    assert not signers(facts) & {"ilham-aliyev", "recep-tayyip-erdogan", "hulusi-akar"}


def dates_of(facts: set[Fact], key: str) -> set[str]:
    return {f[2] for f in facts if f[0] == key and f[1] == "date" and f[3] in ("asserted", "reported")}


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        # a known document named by its day, written before the treaty words, with or without year
        ("Nearly five months have passed since the 9 November 2020 ceasefire.", "en", "2021-04-01"),
        ("The talks marked a year since the November 9, 2020, joint statement.", "en", "2021-11-27"),
        # no year, in a report of the next January: the year before; a future verb does not make
        # the document's own day a plan
        ("The group will submit a timetable in line with the November 9 ceasefire deal.", "en", "2021-01-12"),
        ("Yerevan accused Baku of breaching the Nov. 9 trilateral statement.", "en", "2020-12-20"),
        ("Çalışma grubu, 9 Kasım 2020 tarihli üçlü bildiriye uygun bir takvim sunacak.", "tr", "2021-01-12"),
    ],
)
def test_a_known_document_named_by_its_day_before_it(
    lexicon: Lexicon, text: str, language: str, date: str
) -> None:
    facts = read_facts(lexicon, text, language, date)
    assert dates_of(facts, "trilateral-statement-2020") == {"2020-11-09"}


def test_a_day_before_a_treaty_word_that_is_a_clause_s_time_names_no_document(lexicon: Lexicon) -> None:
    # "On November 9" is when something else happened, not the statement's name
    facts = read_facts(lexicon, "On November 9, statements were made by both ministers.", "en", "2021-01-12")
    assert not dates_of(facts, "trilateral-statement-2020")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Lavrov stressed the need to respect the trilateral statements of the leaders of Russia,"
            " Azerbaijan and Armenia made on 9 November 2020, 11 January and 26 November 2021, and 31"
            " October 2022.",
            "en",
        ),
        (
            "The minister recalled the statements by the leaders of Russia, Azerbaijan and Armenia of"
            " November 9, 2020, January 11, 2021, November 26, 2021 and October 31, 2022.",
            "en",
        ),
        (
            "Lavrov, Rusya, Azerbaycan ve Ermenistan liderlerinin 9 Kasım 2020, 11 Ocak 2021, 26 Kasım"
            " 2021 ve 31 Ekim 2022 tarihli bildirilerine uyulması gerektiğini vurguladı.",
            "tr",
        ),
    ],
)
def test_statements_of_the_leaders_of_a_list_of_states_on_a_list_of_days(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2022-12-22")
    assert dates_of(facts, "moscow-statement-2021") == {"2021-01-11"}
    assert dates_of(facts, "sochi-statement-2021") == {"2021-11-26"}
    assert dates_of(facts, "treaty/2022-10-31-statement") == {"2022-10-31"}
    assert {f[0] for f in facts if f[1] == "partyTo" and f[2] == "treaty/2022-10-31-statement"} == {
        "russia",
        "azerbaijan",
        "armenia",
    }


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # a year or month after an article, before the treaty words (and a name or two): the
        # lexicon's one document of that time and kind
        (
            "The corridor is patrolled by Russian peacekeepers as provided for in the 2020 Nagorno-Karabakh"
            " armistice agreement.",
            "trilateral-statement-2020",
            "2020",
        ),
        (
            "Both sides referred to the November 2020 trilateral statement.",
            "trilateral-statement-2020",
            "2020-11",
        ),
        ("It cites the 1991 Almaty Declaration on the borders.", "alma-ata-declaration-1991", "1991"),
    ],
)
def test_a_known_document_named_by_its_year_before_it(
    lexicon: Lexicon, text: str, key: str, value: str
) -> None:
    facts = read_facts(lexicon, text, "en", "2023-04-24")
    assert value in dates_of(facts, key)


@pytest.mark.parametrize(
    "text",
    [
        # two statements of the lexicon in 2021: which one the words do not say; none minted
        "Both sides referred to the 2021 joint statement.",
        # a year of no document the lexicon knows
        "Both sides referred to the 2016 agreement.",
    ],
)
def test_a_year_before_a_treaty_word_names_no_document_it_cannot_tell(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2023-04-24")
    assert not [f for f in facts if f[1] == "date"]


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        # a contract is an agreement, in both languages
        (
            "A contract on the Rasht-Astara railway was signed between Iran and Russia in Tehran on 3 July.",
            "en",
            "treaty/2023-07-03-agreement",
        ),
        (
            "İran ile Rusya arasında Reşt-Astara demiryolu için 3 Temmuz'da Tahran'da bir sözleşme"
            " imzalandı.",
            "tr",
            "treaty/2023-07-03-agreement",
        ),
        (
            "Iran ile Rusya arasinda demiryolu sozlesmesi 3 Temmuz'da imzalandi.",
            "tr",
            "treaty/2023-07-03-agreement",
        ),
        # a dateline on a line of its own is the report's day, not the signing's: the report's month
        (
            "BAKU, Azerbaijan, July 4.\nA contract has been signed between Iran and Russia on the"
            " Rasht-Astara railway, Trend reports.",
            "en",
            "treaty/2023-07-agreement",
        ),
    ],
)
def test_a_contract_is_an_agreement(lexicon: Lexicon, text: str, language: str, key: str) -> None:
    facts = read_facts(lexicon, text, language, "2023-07-04")
    assert {f[0] for f in facts if f[1] == "partyTo" and f[2] == key} == {"iran", "russia"}


@pytest.mark.parametrize(
    ("text", "language", "date", "key"),
    [
        # a document told signed as the report's news with no day, in the month the lexicon's one
        # document of that kind was signed (before the report): that document, of the report's month
        (
            "Armenia and Azerbaijan have signed a joint declaration on a peaceful settlement.",
            "en",
            "2025-08-25",
            "washington-declaration-2025",
        ),
        (
            "WASHINGTON, Aug 25 - Armenia and Azerbaijan signed a joint declaration on peace.",
            "en",
            "2025-08-25",
            "washington-declaration-2025",
        ),
        (
            "Ermenistan ve Azerbaycan, barışa ilişkin ortak bir deklarasyon imzaladı.",
            "tr",
            "2025-08-25",
            "washington-declaration-2025",
        ),
        # a report written before the lexicon's declaration was signed: another one, minted
        (
            "Armenia and Azerbaijan have signed a joint declaration on a peaceful settlement.",
            "en",
            "2025-08-05",
            "treaty/2025-08-declaration",
        ),
    ],
)
def test_a_document_of_the_report_s_month_is_the_lexicon_s_of_that_month(
    lexicon: Lexicon, text: str, language: str, date: str, key: str
) -> None:
    facts = read_facts(lexicon, text, language, date)
    assert {f[0] for f in facts if f[1] == "partyTo" and f[2] == key} == {"armenia", "azerbaijan"}
    assert dates_of(facts, key) == {"2025-08"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the signing joined by "and" to an earlier verb of the same subject
        (
            "On August 8, 2025, Pashinyan and Aliyev initialed the peace agreement and signed a joint"
            " declaration.",
            "en",
        ),
        (
            "On August 8, 2025, Aliyev and Pashinyan held talks at the White House and then signed a joint"
            " declaration.",
            "en",
        ),
        # the subject before a parenthesis of the mediation, and a title with "of the" in it
        (
            "On August 8, 2025, Armenian Prime Minister Nikol Pashinyan and President of the Republic of"
            " Azerbaijan Ilham Aliyev, with the mediation of US President Donald Trump, initialed an"
            " agreement and signed a joint declaration.",
            "en",
        ),
        (
            "On August 8, 2025, Pashinyan and Aliyev, through the mediation of Donald Trump, signed a joint"
            " declaration.",
            "en",
        ),
        (
            "8 Ağustos 2025'te Ermenistan Başbakanı Nikol Paşinyan ve Azerbaycan Cumhurbaşkanı İlham Aliyev,"
            " ABD Başkanı Donald Trump'ın arabuluculuğunda bir anlaşmayı parafladı ve ortak bir deklarasyon"
            " imzaladı.",
            "tr",
        ),
    ],
)
def test_the_signers_of_a_signing_joined_to_another_verb(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read_facts(lexicon, text, language, "2025-12-10")
    assert signers(facts) == {"nikol-pashinyan", "ilham-aliyev"}


@pytest.mark.parametrize(
    "text",
    [
        # another subject after "and": the ministers, not the leaders who met
        "Aliyev met Erdogan in Ankara on 3 March, and the ministers signed five agreements.",
        "Aliyev hosted Erdogan in Baku on 3 March and Turkish and Azerbaijani companies signed five"
        " contracts.",
    ],
)
def test_a_signing_after_and_with_its_own_subject_is_not_the_earlier_verb_s(
    lexicon: Lexicon, text: str
) -> None:
    facts = read_facts(lexicon, text, "en", "2025-03-04")
    assert not signers(facts) & {"ilham-aliyev", "recep-tayyip-erdogan"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a road map is a document of its own kind, in both languages and spellings
        (
            "The Road Map for 2022-2027 was signed on November 25, 2022 in Aktau by Azerbaijan, Georgia and"
            " Kazakhstan.",
            "en",
        ),
        (
            "Azerbaijan, Georgia and Kazakhstan signed a roadmap on the corridor in Aktau on 25 November"
            " 2022.",
            "en",
        ),
        (
            "A road map on the corridor was signed in Aktau on 25 November 2022 between the representatives"
            " of Azerbaijan, Georgia and Kazakhstan.",
            "en",
        ),
        (
            "Azerbaycan, Gürcistan ve Kazakistan, koridor için yol haritasını 25 Kasım'da Aktau'da imzaladı.",
            "tr",
        ),
    ],
)
def test_a_road_map_is_a_document(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read_facts(lexicon, text, language, "2022-11-26")
    key = "treaty/2022-11-25-roadmap"
    assert dates_of(facts, key) == {"2022-11-25"}
    assert {f[0] for f in facts if f[1] == "partyTo" and f[2] == key} == {
        "azerbaijan",
        "georgia",
        "kazakhstan",
    }


@pytest.mark.parametrize(
    ("text", "language", "signer", "partner"),
    [
        # whom a document was signed with: a party, and a signer when a person
        (
            "Azerbaijan signed a memorandum on energy with Kazakhstan in Baku on 3 March 2024.",
            "en",
            "azerbaijan",
            "kazakhstan",
        ),
        (
            "Aliyev signed a declaration on allied relations with Erdogan in Shusha on 3 March 2024.",
            "en",
            "ilham-aliyev",
            "turkiye",
        ),
        (
            "Azerbaycan, 3 Mart 2024'te Bakü'de Kazakistan ile enerji alanında bir mutabakat zaptı imzaladı.",
            "tr",
            "azerbaijan",
            "kazakhstan",
        ),
        ("Aliyev, 3 Mart 2024'te Erdoğan'la Şuşa Beyannamesi'ni imzaladı.", "tr", "ilham-aliyev", "turkiye"),
    ],
)
def test_whom_a_document_was_signed_with_is_a_party(
    lexicon: Lexicon, text: str, language: str, signer: str, partner: str
) -> None:
    facts = read_facts(lexicon, text, language, "2024-03-04")
    assert signer in signers(facts)
    assert partner in parties(facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a mediation, a possessive, another clause: no partner
        ("Azerbaijan signed an agreement with the mediation of Russia on 3 March 2024.", "en"),
        ("Azerbaijan signed an agreement with Russia's support on 3 March 2024.", "en"),
        ("Azerbaijan signed an agreement on 3 March 2024, which was welcomed with Russia.", "en"),
        # whom the signer met before signing is not whom it was signed with
        ("Aliyev 3 Mart 2024'te Putin'le görüştükten sonra bir beyanname imzaladı.", "tr"),
        ("Aliyev, 3 Mart 2024'te Putin ile baş başa görüşmenin ardından bir beyanname imzaladı.", "tr"),
    ],
)
def test_with_that_is_no_partner_of_the_signing(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read_facts(lexicon, text, language, "2024-03-04")
    assert "russia" not in parties(facts)
    assert "vladimir-putin" not in signers(facts)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a participle names the document after it, however long its name, with its day before it
        (
            "Beyannamede, 9 Şubat 1994'te imzalanan 'Türkiye Cumhuriyeti ve Azerbaycan Cumhuriyeti Arasında"
            " Dostluk ve İşbirliğinin Geliştirilmesine İlişkin Anlaşma'ya bağlılık teyit edildi.",
            "treaty/1994-02-09-agreement",
        ),
        (
            "Bildiride, 16 Ağustos 2010'da imzalanan Türkiye ve Azerbaycan Arasında Stratejik Ortaklık ve"
            " Karşılıklı Yardım Anlaşması hatırlatıldı.",
            "treaty/2010-08-16-agreement",
        ),
        # the sides before a topic in lower case ("... belirlenmesine dair protokol")
        (
            "Türkiye ve Azerbaycan arasında enerji işbirliğine dair protokol 19 Nisan 2024'te Bakü'de"
            " imzalandı.",
            "treaty/2024-04-19-protocol",
        ),
    ],
)
def test_a_turkish_document_named_after_its_participle_and_its_sides(
    lexicon: Lexicon, text: str, key: str
) -> None:
    facts = read_facts(lexicon, text, "tr", "2024-05-01")
    assert dates_of(facts, key) == {key[7:17]}
    assert {f[0] for f in facts if f[1] == "partyTo" and f[2] == key} == {"turkiye", "azerbaijan"}
    assert not [f for f in facts if f[1] == "date" and f[0].endswith("-declaration")]


def test_sides_named_before_another_matter_are_not_the_document_s(lexicon: Lexicon) -> None:
    # the tension is between Armenia and Azerbaijan; the agreement is signed with Russia
    text = (
        "Ermenistan ile Azerbaycan arasındaki gerginliğe ilişkin Rusya ile bir anlaşma 3 Mart 2024'te"
        " imzalandı."
    )
    facts = read_facts(lexicon, text, "tr", "2024-03-04")
    assert not parties(facts) & {"armenia", "azerbaijan"}


@pytest.mark.parametrize(
    "text",
    [
        # "the signing of X by A and B" that the sentence's past verb tells done, the document's long
        # name before its word, a Framework named in capitals
        "On January 14, 2026, a ceremony was held in Washington. The signing of the Trump Route for"
        " International Peace and Prosperity (TRIPP) Implementation Framework by Armenian Foreign Minister"
        " Ararat Mirzoyan and US Secretary of State Marco Rubio marked the end of months of talks.",
        "The signing of the transit agreement by Armenian Foreign Minister Ararat Mirzoyan and US Secretary"
        " of State Marco Rubio on January 14, 2026 opened a new chapter.",
    ],
)
def test_the_signing_of_a_document_by_named_people_told_done(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2026-01-20")
    assert signers(facts) == {"ararat-mirzoyan", "marco-rubio"}
    assert parties(facts) == {"armenia", "united-states"}


@pytest.mark.parametrize(
    "text",
    [
        # a signing still to come or put off, and a framework that is no document
        "The signing of the transit agreement by Armenia and the United States was postponed to March 2026.",
        "The signing of the transit agreement by Armenia and the United States is expected in March 2026.",
        "Armenia and the United States agreed on a framework for the talks on January 14, 2026.",
    ],
)
def test_no_signing_done_of_a_framework_or_a_signing_to_come(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2026-01-20")
    assert not {f for f in facts if f[1] in ("signatory", "partyTo") and f[3] == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        # "the agreement" after a known statement named by its day, a meeting of another day between:
        # news calls the statement so (not an agreement of the meeting's day)
        "Russian peacekeepers have covered the region since the truce was signed on November 10, 2020."
        " Lavrov and Shoigu met Aliyev in Baku on November 21, 2020. Aliyev stressed that its success"
        " depends on the fact that Putin signed the agreement.",
        "The region has been calm since the November 9, 2020 trilateral statement. Lavrov and Shoigu met"
        " Aliyev in Baku on November 21, 2020. Aliyev stressed that peace holds because Putin signed the"
        " agreement.",
    ],
)
def test_the_agreement_is_the_known_statement_just_named(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2020-11-22")
    assert ("trilateral-statement-2020", "signatory", "vladimir-putin") in {f[:3] for f in facts}
    assert not [f for f in facts if f[0].startswith("treaty/")]


def test_an_agreement_after_a_known_statement_is_another(lexicon: Lexicon) -> None:
    text = (
        "The trilateral statement of 10 November 2020 ended the war. On 21 November 2020, Russia and"
        " Azerbaijan signed an agreement on transit."
    )
    facts = read_facts(lexicon, text, "en", "2020-11-22")
    assert "russia" in {f[0] for f in facts if f[1] == "partyTo" and f[2] == "treaty/2020-11-21-agreement"}


@pytest.mark.parametrize(
    "text",
    [
        # the sides before a relative clause that ends in its participle, then the document
        "Önemli bir adım da 19 Nisan 2024 tarihinde Azerbaycan ile Ermenistan arasındaki"
        " Ermenistan-Azerbaycan devlet sınırının bir bölümünün belirlenmesi sürecini başlatan protokolün"
        " imzalanmasıdır.",
        "Azerbaycan ile Ermenistan arasında iki ülke sınırının Gazah bölgesindeki dört köy kesiminde"
        " belirlenmesini öngören protokol 19 Nisan 2024'te imzalandı.",
    ],
)
def test_sides_before_a_relative_clause_of_the_document(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "tr", "2024-05-10")
    key = "treaty/2024-04-19-protocol"
    assert {f[0] for f in facts if f[1] == "partyTo" and f[2] == key} == {"azerbaijan", "armenia"}


def test_sides_of_a_war_a_document_ended_are_not_its_parties_by_this_rule(lexicon: Lexicon) -> None:
    text = "Gürcistan ile Rusya arasındaki savaşı sona erdiren bir belge 12 Ağustos 2008'de imzalandı."
    facts = read_facts(lexicon, text, "tr", "2008-08-20")
    assert not parties(facts) & {"georgia", "russia"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signing participle opening the sentence: its subject is the main clause's, named after
        # the comma
        (
            "Signing a joint declaration in Tbilisi on 23 December 2019, Turkish Foreign Minister Mevlut"
            " Cavusoglu said the three countries enjoyed excellent relations.",
            {"mevlut-cavusoglu"},
        ),
        (
            "After signing the agreement in Baku on 3 March 2024, Aliyev and Erdogan held a press"
            " conference.",
            {"ilham-aliyev", "recep-tayyip-erdogan"},
        ),
        (
            "Signing the memorandum on 3 March 2024, Kazakhstan and Azerbaijan agreed to expand transit.",
            {"kazakhstan", "azerbaijan"},
        ),
        # the main clause's subject is no one named: whom it names later signed nothing
        ("After signing the agreement in Baku on 3 March 2024, the ministers met Aliyev.", set()),
        ("Signing of the agreement in Baku on 3 March 2024, Aliyev said, was a milestone.", set()),
    ],
)
def test_the_subject_of_a_signing_participle_opening_the_sentence(
    lexicon: Lexicon, text: str, expected: set[str]
) -> None:
    facts = read_facts(lexicon, text, "en", "2024-03-04")
    assert signers(facts) == expected


@pytest.mark.parametrize(
    ("text", "language", "states"),
    [
        # an office no name holds in the text: its state is party, the holder the lexicon gives is
        # no signer the text names
        (
            "On 12 March 2024, a memorandum was signed by the leaders of Georgia, Azerbaijan and Turkey.",
            "en",
            {"georgia", "azerbaijan", "turkiye"},
        ),
        (
            "The joint statement, signed by Azerbaijani and Kazakh leaders after the talks on 12 March"
            " 2024, opened the route.",
            "en",
            {"azerbaijan", "kazakhstan"},
        ),
        (
            "The governments of Georgia and Kazakhstan signed an agreement on the ferry line on 12 March.",
            "en",
            {"georgia", "kazakhstan"},
        ),
        (
            "Gürcistan ve Kazakistan hükümetleri 12 Mart'ta feribot hattına ilişkin bir anlaşma imzaladı.",
            "tr",
            {"georgia", "kazakhstan"},
        ),
        (
            "Turkiye ve Azerbaycan liderleri 12 Mart 2024'te ortak bir bildiri imzaladi.",
            "tr",
            {"turkiye", "azerbaijan"},
        ),
    ],
)
def test_an_unnamed_office_signs_for_its_state_only(
    lexicon: Lexicon, text: str, language: str, states: set[str]
) -> None:
    facts = read_facts(lexicon, text, language, "2024-03-20")
    assert signers(facts) == set()
    assert states <= parties(facts)


def test_leaders_the_document_names_still_sign(lexicon: Lexicon) -> None:
    text = (
        "Ilham Aliyev received Irakli Kobakhidze in Baku on 12 March 2024."
        " The memorandum was signed by the leaders of Azerbaijan and Georgia on 12 March 2024."
    )
    facts = read_facts(lexicon, text, "en", "2024-03-20")
    assert {"ilham-aliyev", "irakli-kobakhidze"} <= signers(facts)


def test_states_that_sign_themselves_are_signers(lexicon: Lexicon) -> None:
    facts = read_facts(lexicon, "Georgia and Kazakhstan signed an agreement on 12 March.", "en", "2024-03-20")
    assert {"georgia", "kazakhstan"} <= signers(facts)


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Georgia and Kazakhstan signed an MoU on the ferry line on 12 March.", "en", "memorandum"),
        ("Kazakhstan and Georgia signed the Convention on Caspian shipping on 12 March.", "en", "agreement"),
        (
            "Gürcistan ve Kazakistan, 12 Mart'ta feribot hattı için kritik bir mutabakat imzaladı.",
            "tr",
            "memorandum",
        ),
        ("Gürcistan ve Kazakistan 12 Mart'ta Hazar Denizcilik Konvansiyonunu imzaladı.", "tr", "agreement"),
    ],
)
def test_an_mou_a_convention_and_a_bare_mutabakat_are_documents(
    lexicon: Lexicon, text: str, language: str, kind: str
) -> None:
    facts = read_facts(lexicon, text, language, "2024-03-20")
    assert {"georgia", "kazakhstan"} <= parties(facts)
    assert (f"treaty/2024-03-12-{kind}", "date", "2024-03-12", "asserted") in facts


def test_a_consensus_reached_is_no_document(lexicon: Lexicon) -> None:
    facts = read_facts(
        lexicon,
        "Gürcistan ve Kazakistan 12 Mart'ta tarifeler konusunda mutabakata vardı.",
        "tr",
        "2024-03-20",
    )
    assert not parties(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Georgian Prime Minister Irakli Kobakhidze met Ilham Aliyev in Baku on 12 March, a visit which"
        " saw the two neighbours sign five documents.",
        "During the March visit by Prime Minister Irakli Kobakhidze, the sides signed a package of"
        " documents.",
    ],
)
def test_a_group_of_states_that_signs_is_no_named_person(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2024-03-20")
    assert not signers(facts) & {"irakli-kobakhidze", "ilham-aliyev"}


def test_a_line_of_publishing_and_updating_dates_dates_no_signing(lexicon: Lexicon) -> None:
    text = (
        "Gürcistan ile Kazakistan arasında anlaşma imzalandı\n\n"
        "Yayın tarihi: 12 Mart 2024 Salı 11:19 - Güncelleme: 12 Mart 2024 Salı 11:40\n\n"
        "Gürcistan ile Kazakistan feribot hattına ilişkin bir anlaşma imzaladı."
    )
    facts = read_facts(lexicon, text, "tr", "2024-03-12")
    assert not any(f[0] == "treaty/2024-03-12-agreement" for f in facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Azerbaycan ile Ermenistan arasında imzalanan ateşkesin denetlenmesi amacıyla ortak merkezin"
            " kuruluş mutabakat zaptı 12 Mart'ta imzalandı.",
            "tr",
        ),
        (
            "Turkey and Russia signed a memorandum on monitoring the ceasefire between Armenia and Azerbaijan"
            " on 12 March.",
            "en",
        ),
    ],
)
def test_the_sides_of_a_ceasefire_a_document_is_about_are_not_its_parties(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2024-03-20")
    assert not parties(facts) & {"armenia", "azerbaijan"}


def test_heads_under_a_plural_title_sign_when_the_document_names_them(lexicon: Lexicon) -> None:
    text = (
        "Zirveye Rusya Devlet Başkanı Vladimir Putin ve İran Cumhurbaşkanı Hasan Ruhani katıldı."
        " Rusya ve İran cumhurbaşkanları 12 Ağustos 2018'de ortak bildiriyi imzaladı."
    )
    facts = read_facts(lexicon, text, "tr", "2018-08-13")
    assert {"vladimir-putin", "hassan-rouhani"} <= signers(facts)
    assert {"russia", "iran"} <= parties(facts)


def test_heads_under_a_plural_title_no_name_holds_give_the_parties_only(lexicon: Lexicon) -> None:
    text = "Azerbaycan, Rusya ve İran cumhurbaşkanları 12 Ağustos 2018'de ortak bildiriyi imzaladı."
    facts = read_facts(lexicon, text, "tr", "2018-08-13")
    assert signers(facts) == set()
    assert {"azerbaijan", "russia", "iran"} <= parties(facts)


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2024, the two foreign ministers Jeyhun Bayramov and Ararat Mirzoyan discussed the draft"
        " memorandum and signed a joint appeal to the OSCE.",
        "The protocol on the border was approved, and Kobakhidze signed a letter to the UN on 12 March 2024.",
    ],
)
def test_a_signing_whose_own_object_is_another_paper_signs_no_treaty_before_it(
    lexicon: Lexicon, text: str
) -> None:
    facts = read_facts(lexicon, text, "en", "2024-03-20")
    assert signers(facts) == set()


def test_a_treaty_as_the_verb_s_own_object_is_still_signed(lexicon: Lexicon) -> None:
    text = (
        "After the protocol on the border was discussed, Aliyev and Kobakhidze signed a joint declaration"
        " on 12 March 2024."
    )
    facts = read_facts(lexicon, text, "en", "2024-03-20")
    assert {"ilham-aliyev", "irakli-kobakhidze"} <= signers(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Putin, Aliyev ve Paşinyan arasında 10 Kasım 2020'de imzalanan üçlü bildiri hâlâ yürürlüktedir.",
        "Bölgedeki barış, 10 Kasım 2020'de Rusya Devlet Başkanı Putin, Azerbaycan Cumhurbaşkanı Aliyev ve"
        " Ermenistan Başbakanı Paşinyan arasında imzalanan üçlü bildiri ile sağlandı.",
        "10 Kasim 2020'de Putin, Aliyev ve Pasinyan arasinda imzalanan uclu bildiri ile catismalar"
        " durduruldu.",
    ],
)
def test_every_name_of_a_list_a_passive_signing_is_between_signed(lexicon: Lexicon, text: str) -> None:
    """ "A, B ve C arasında imzalanan": the list's first name, before its comma, signed too."""
    facts = read_facts(lexicon, text, "tr", "2024-06-07")
    assert signers(facts) >= {"vladimir-putin", "ilham-aliyev", "nikol-pashinyan"}
    assert parties(facts) >= {"russia", "azerbaijan", "armenia"}


def test_the_subject_before_its_comma_of_a_sentence_on_a_signing_did_not_sign(lexicon: Lexicon) -> None:
    """ "Erdoğan, A ve B arasında imzalanan bildiriyi övdü": the sentence's subject praised it."""
    text = "Erdoğan, Aliyev ve Paşinyan arasında 10 Kasım 2020'de imzalanan bildiriyi övdü."
    facts = read_facts(lexicon, text, "tr", "2024-06-07")
    assert "recep-tayyip-erdogan" not in signers(facts)
    assert "turkiye" not in parties(facts)


# -- "signed by the presidents of A and B": offices no name holds (issue 12) -----------------


def test_a_relative_signing_by_the_presidents_of_states_gives_parties_only(lexicon: Lexicon) -> None:
    """The day of the talk the main clause tells is not the statement's, "the presidents of ..."
    refers to no people named before, and an office no name holds makes its state a party."""
    text = (
        "Russian Deputy Prime Minister Alexei Overchuk and Transport Minister Vitaly Savelyev "
        "arrived in Baku. Today we will discuss the implementation of the trilateral statement, "
        "which was signed by the presidents of Russia and Azerbaijan and the prime minister of Armenia."
    )
    facts = read_facts(lexicon, text, "en", "2020-11-21")
    assert not signers(facts)
    assert {"russia", "azerbaijan", "armenia"} <= {f[0] for f in facts if f[1] == "partyTo"}
    assert not any(f[0].startswith("treaty/2020-11-21") for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Iran and Azerbaijan signed a memorandum on the Aras bridge on 5 May 2025.",
        "A memorandum on the Aras bridge was signed by the heads of state of Iran and Azerbaijan on "
        "5 May 2025.",
    ],
)
def test_the_presidents_of_two_states_sign_for_their_states(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2025-05-06")
    assert parties(facts) >= {"iran", "azerbaijan"}
    assert not signers(facts)


def test_named_presidents_still_sign(lexicon: Lexicon) -> None:
    text = (
        "Presidents Ilham Aliyev and Masoud Pezeshkian signed a memorandum on the Aras bridge on 5 May 2025."
    )
    facts = read_facts(lexicon, text, "en", "2025-05-06")
    assert signers(facts) >= {"ilham-aliyev", "masoud-pezeshkian"}


def test_a_signing_typed_without_turkish_letters_is_read(lexicon: Lexicon) -> None:
    text = (
        "Azerbaycan ve Gurcistan disisleri bakanlari 14 Subat 2024'te Tiflis'te bir mutabakat zapti"
        " imzaladilar."
    )
    facts = read_facts(lexicon, text, "tr", "2024-02-20")
    assert parties(facts) >= {"azerbaijan", "georgia"}
    assert any(f[0] == "treaty/2024-02-14-memorandum" and f[1] == "date" for f in facts)


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        # a yearless day beside "last year" is of the year before the report's
        (
            "The statement signed on November 9 last year by Russia, Armenia, and Azerbaijan ended the war.",
            "en",
            "trilateral-statement-2020",
        ),
        (
            "Geçen yıl 12 Mart'ta Azerbaycan ve Gürcistan bir mutabakat zaptı imzaladı.",
            "tr",
            "treaty/2020-03-12",
        ),
        ("Azerbaijan and Georgia signed a memorandum on 12 March last year.", "en", "treaty/2020-03-12"),
    ],
)
def test_a_day_of_last_year_dates_a_signing_in_the_year_before(
    lexicon: Lexicon, text: str, language: str, key: str
) -> None:
    facts = read_facts(lexicon, text, language, "2021-11-09")
    assert any(f[2].startswith(key) and f[1] == "partyTo" for f in facts), facts
    assert not any("2021-" in f[0] or "2021-" in f[2] for f in facts)


def test_a_serial_comma_keeps_the_last_signer(lexicon: Lexicon) -> None:
    text = "The memorandum was signed on 5 May by Russia, Armenia, and Azerbaijan."
    assert parties(read_facts(lexicon, text, "en", "2021-11-09")) == {"russia", "armenia", "azerbaijan"}
    # a comma and "and" before a new clause still end the list
    text = "The memorandum was signed on 5 May by Russia and Armenia, and Azerbaijan criticised it."
    assert "azerbaijan" not in parties(read_facts(lexicon, text, "en", "2021-11-09"))


# -- a time clause in the present looks ahead (issue 12) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkey says it will open the border with Armenia right after Baku and Yerevan sign a peace "
        "agreement.",
        "Ankara will establish diplomatic ties as soon as Armenia and Azerbaijan sign the peace treaty.",
        "The border stays closed until Armenia and Azerbaijan sign a peace agreement.",
    ],
)
def test_a_signing_in_a_present_time_clause_is_intended(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2024-03-10")
    assert not signers(facts)
    assert not parties(facts)


def test_a_signing_in_a_past_time_clause_is_told(lexicon: Lexicon) -> None:
    text = (
        "Right after Aliyev and Pashinyan signed the joint declaration in Washington on 8 August, "
        "Trump spoke."
    )
    facts = read_facts(lexicon, text, "en", "2025-08-10")
    assert {"ilham-aliyev", "nikol-pashinyan"} <= signers(facts)


def test_the_day_of_the_telling_after_a_signing_is_not_its_day(lexicon: Lexicon) -> None:
    """ "... a statement signed by the leaders of A, B and C, the embassy said in a statement on
    Monday": the Monday is the telling's."""
    text = (
        "Toumanian briefed Araghchi on the developments after the adoption of a memorandum signed by "
        "the leaders of Armenia and Iran, Armenia's embassy said in a statement on Monday."
    )
    facts = read_facts(lexicon, text, "en", "2020-11-24")
    assert not any(f[1] == "date" and f[2] == "2020-11-23" for f in facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia and Azerbaijan are still negotiating. Ziyaret kapsamında Erdoğan ile Azerbaycan "
            "Cumhurbaşkanı İlham Aliyev, 15 Haziran'da iki ülke arasında bir beyanname imzaladı.",
            "tr",
        ),
        (
            "Armenia and Azerbaijan are still negotiating. During the visit Erdogan and Azerbaijani "
            "President Ilham Aliyev signed a declaration between the two countries on 15 June.",
            "en",
        ),
    ],
)
def test_the_two_countries_are_those_of_the_two_signers_named(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2021-06-16")
    assert "armenia" not in parties(facts)
    assert {"turkiye", "azerbaijan"} <= parties(facts)


# -- a signing the report's opening tells, after its headline, time stamp and dateline ----------

_OPENING = {
    "en": (
        "Trilateral rail protocol signed\n\n12.03.2024 [11:20]\n\nTbilisi, March 12\n\n"
        "The future of freight on the line was discussed at a transport forum held in the capital.\n\n"
        "{signing}\n\nThe parties noted the growth of container traffic.\n"
    ),
    "tr": (
        "Demiryolu protokolü imzalandı\n\n12.03.2024 [11:20]\n\nTiflis, 12 Mart\n\n"
        "Hattaki yük taşımacılığının geleceği başkentte düzenlenen ulaştırma forumunda ele alındı.\n\n"
        "{signing}\n\nTaraflar konteyner trafiğindeki artışa dikkat çekti.\n"
    ),
}
_SIGNING = {
    "en": (
        "After the forum, Azerbaijan, Georgia and Kazakhstan signed a protocol on joint tariffs for "
        "transit cargo."
    ),
    "tr": (
        "Forumun ardından Azerbaycan, Gürcistan ve Kazakistan transit yükler için ortak tarifeler "
        "konusunda bir protokol imzaladı."
    ),
}


@pytest.mark.parametrize("language", ["en", "tr"])
def test_a_signing_the_opening_tells_after_headline_and_time_stamp_is_of_the_reports_month(
    lexicon: Lexicon, language: str
) -> None:
    """A document the report's opening (its first sentences of prose, after the headline, time
    stamp and dateline lines) tells signed, with no date word, is the report's news: of its
    month (tests/devset/README.md: treaty keys)."""
    text = _OPENING[language].format(signing=_SIGNING[language])
    facts = read_facts(lexicon, text, language, "2024-03-12")
    assert ("treaty/2024-03-protocol", "date", "2024-03", "asserted") in facts
    assert {f[0] for f in facts if f[1] == "partyTo" and f[2] == "treaty/2024-03-protocol"} == {
        "azerbaijan",
        "georgia",
        "kazakhstan",
    }


@pytest.mark.parametrize("language", ["en", "tr"])
def test_an_undated_signing_told_late_in_the_story_is_no_news_of_the_report(
    lexicon: Lexicon, language: str
) -> None:
    """The same signing told after three sentences of prose is a recap the report does not date."""
    filler = {
        "en": "Freight volumes rose again this year. Officials expect more trains next year. ",
        "tr": "Yük hacmi bu yıl yeniden arttı. Yetkililer gelecek yıl daha fazla tren bekliyor. ",
    }[language]
    text = _OPENING[language].format(signing=filler + _SIGNING[language])
    facts = read_facts(lexicon, text, language, "2024-03-12")
    assert not any(f[0].startswith("treaty/") or f[2].startswith("treaty/") for f in facts)


# -- the heads of a body of each state sign: no name holds the office ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the heads of the railways of Azerbaijan, Turkey and Georgia signed a memorandum "
        "on the line.",
        "In Almaty, the chiefs of the general staffs of Azerbaijan and Georgia signed a protocol on Tuesday.",
        "The heads of the customs services of Azerbaijan and Georgia signed an agreement on Tuesday.",
    ],
)
def test_heads_of_a_body_of_each_state_make_the_states_parties_not_signers(
    lexicon: Lexicon, text: str
) -> None:
    facts = read_facts(lexicon, text, "en", "2025-10-02")
    assert {"azerbaijan", "georgia"} <= parties(facts)
    assert not signers(facts) & {"azerbaijan", "georgia", "turkiye"}


def test_the_body_in_a_signers_title_is_no_signer(lexicon: Lexicon) -> None:
    """ "X, Commander of the Border Troops of the National Security Service, signed": the body
    the title names is whose officer signed, not a signer itself."""
    text = (
        "On Tuesday a border officer, Commander of the Border Troops of the Armenian National Security "
        "Service, signed a protocol on the handover of the checkpoint."
    )
    facts = read_facts(lexicon, text, "en", "2024-08-01")
    assert not any(f[1] == "signatory" and "security-service" in f[2] for f in facts)


# -- Turkish writes the year before the month -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2020 Kasım ayında imzalanan", "2020-11"),
        ("2020 yılı Kasım ayında", "2020-11"),
        ("2021 yılının Mart ayında", "2021-03"),
        ("2023 Eylül'ünde", "2023-09"),
        ("2023 Eylul ayinda", "2023-09"),
        ("2024 Mayıs ayının sonunda", "2024-05"),
    ],
)
def test_a_year_before_a_turkish_month_is_that_months_year(text: str, value: str) -> None:
    from loaders.dates import find_dates

    assert [(d.value, d.precision) for d in find_dates(text, "2025")] == [(value, "gYearMonth")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Azerbaycan ile Türkiye, 2020 Kasım ayında demiryolu hattına ilişkin bir mutabakat zaptı "
            "imzaladı.",
            "treaty/2020-11-memorandum",
        ),
        (
            "Azerbaycan ve Gürcistan 2021 yılının Mart ayında bir anlaşma imzalamıştı.",
            "treaty/2021-03-agreement",
        ),
    ],
)
def test_a_signing_dated_year_then_month_is_keyed_by_that_month(
    lexicon: Lexicon, text: str, key: str
) -> None:
    """ "2020 Kasım ayında ... imzaladı" in a report of 2024: signed in November 2020, not in the
    report's year."""
    facts = read_facts(lexicon, text, "tr", "2024-05-10")
    assert (key, "date", key[7:14], "asserted") in facts
    assert not any(f[0].startswith("treaty/2024") for f in facts)


# -- a signer binds the state whose office another sentence gives them ---------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Georgian Economy Minister Levan Tsereteli and Azerbaijani Economy Minister Rauf Mammadli "
            "held talks in Tbilisi on Monday. After the talks, Tsereteli and Mammadli signed a memorandum "
            "on trade.",
            "en",
        ),
        (
            "Gürcistan Genelkurmay Başkanı Giorgi Matiaşvili ile Azerbaycan Genelkurmay Başkanı Kerim "
            "Veliyev pazartesi günü Tiflis'te görüştü. Görüşmenin ardından Matiaşvili ve Veliyev "
            "askeri işbirliği protokolüne imza attı.",
            "tr",
        ),
    ],
)
def test_a_signer_binds_the_state_whose_office_an_earlier_sentence_gives(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2024-05-14")
    assert parties(facts) == {"georgia", "azerbaijan"}


def test_a_signer_with_no_office_told_binds_no_state(lexicon: Lexicon) -> None:
    text = (
        "Levan Tsereteli and Rauf Mammadli held talks in Tbilisi on Monday. After the talks, Tsereteli "
        "and Mammadli signed a memorandum on trade."
    )
    assert not parties(read_facts(lexicon, text, "en", "2024-05-14"))


# -- documents of several kinds signed together ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        (
            "On March 11, 2024, Aliyev and Tokayev signed an agreement on energy and a memorandum on "
            "transport.",
            "en",
            {"agreement", "memorandum"},
        ),
        (
            "On March 11, 2024, Aliyev and Tokayev signed several agreements, memoranda and protocols.",
            "en",
            {"agreement", "memorandum", "protocol"},
        ),
        (
            "Aliyev ve Tokayev 11 Mart 2024 tarihinde anlaşma ve protokol imzaladı.",
            "tr",
            {"agreement", "protocol"},
        ),
        (
            "Aliyev ve Tokayev 11 Mart 2024 tarihinde birçok anlaşma, mutabakat zaptı ve protokol imzaladı.",
            "tr",
            {"agreement", "memorandum", "protocol"},
        ),
    ],
)
def test_each_kind_of_a_list_of_documents_signed_is_a_document(
    lexicon: Lexicon, text: str, language: str, kinds: set[str]
) -> None:
    facts = read_facts(lexicon, text, language, "2024-03-12")
    for kind in kinds:
        key = f"treaty/2024-03-11-{kind}"
        assert (key, "date", "2024-03-11", "asserted") in facts
        assert {f[0] for f in facts if f[1] == "partyTo" and f[2] == key} == {"azerbaijan", "kazakhstan"}
        assert {f[2] for f in facts if f[0] == key and f[1] == "signatory"} == {
            "ilham-aliyev",
            "kassym-jomart-tokayev",
        }


def test_a_document_named_by_another_verb_is_not_in_the_list_signed(lexicon: Lexicon) -> None:
    text = "On March 11, 2024, Aliyev and Tokayev signed an agreement and discussed the declaration."
    facts = read_facts(lexicon, text, "en", "2024-03-12")
    assert not any("declaration" in f[0] or "declaration" in f[2] for f in facts)


def test_a_document_in_apposition_is_the_same_document(lexicon: Lexicon) -> None:
    """ "signed the Baku Declaration in Baku on 3 May 2024, a pact on transit": the pact after the
    comma is the declaration again, not another document of a list."""
    text = (
        "Aliyev and Tokayev signed the Baku Declaration in Baku on 3 May 2024, a pact on transit between "
        "the two states."
    )
    facts = read_facts(lexicon, text, "en", "2024-05-04")
    assert not any(f[0].endswith("-agreement") or f[2].endswith("-agreement") for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Paşinyan, 10 Kasım 2020 tarihinde Putin ve Aliyev ile ateşkes için ortak bir bildiri imzaladı.",
        "Paşinyan, 10 Kasim 2020 tarihinde Putin ve Aliyev ile ateskes icin ortak bir bildiri imzaladi.",
        "Pashinyan signed a joint statement with Putin and Aliyev on November 10, 2020.",
    ],
)
def test_every_partner_of_a_list_closed_by_with_signs(lexicon: Lexicon, text: str) -> None:
    """ "X, A ve B ile ... imzaladı": the "ile" after the last closes the list of those it was
    signed with; each of them signs (as "with A and B" in English)."""
    language = "en" if text.startswith("Pashinyan") else "tr"
    facts = read_facts(lexicon, text, language, "2020-11-11")
    assert {"nikol-pashinyan", "vladimir-putin", "ilham-aliyev"} <= signers(facts)
    assert {"armenia", "russia", "azerbaijan"} <= parties(facts)


# -- a signing named or hung on a verb that looks ahead is not done ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The protesters said Yerevan should hold a referendum before signing a peace treaty with Azerbaijan.",
        "The cleric said Armenia should redraw the border only after a vote and signing a peace treaty with "
        "Azerbaijan.",
        "Armenia wants to demarcate the border first and then move to signing a peace treaty with "
        "Azerbaijan.",
        "The mission will stay until the signing and ratification of a peace agreement with Azerbaijan.",
        "Observers expect no change before the signing or ratification of the peace treaty with Azerbaijan.",
    ],
)
def test_a_signing_named_or_hung_on_a_verb_ahead_is_no_asserted_party(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2024-05-11")
    assert not parties(facts)
    assert not signers(facts)


def test_a_gerund_signing_hung_on_a_past_verb_is_done(lexicon: Lexicon) -> None:
    text = "After signing the agreement in Baku on Monday, Aliyev and Erdogan held a press conference."
    assert {"ilham-aliyev", "recep-tayyip-erdogan"} <= signers(read_facts(lexicon, text, "en", "2024-05-11"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lavrov warned on Friday that such an agreement cannot be signed without guarantees.", "en"),
        ("Armenia and Azerbaijan cannot sign a peace treaty on Friday, the minister said.", "en"),
        ("Ermenistan ve Azerbaycan cuma günü anlaşmayı imzalayamadı.", "tr"),
        ("Bakan, bu koşullarda cuma günü bir anlaşma imzalanamaz dedi.", "tr"),
    ],
)
def test_a_signing_that_cannot_be_made_is_no_fact(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read_facts(lexicon, text, language, "2023-05-20")
    assert not any(
        f[0].startswith("treaty/") or "peace-agreement" in f[0] for f in facts if f[3] != "intended"
    )


# -- a joint communiqué, and a statement adopted at a meeting --------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aliyev and Erdogan signed a joint communiqué in Baku on Monday.", "en"),
        ("Aliyev and Erdogan signed a joint communique in Baku on Monday.", "en"),
        ("Aliyev ve Erdoğan 23 Ekim'de Bakü'de ortak bir komünike imzaladı.", "tr"),
    ],
)
def test_a_communique_is_a_joint_statement(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read_facts(lexicon, text, language, "2023-10-24")
    assert ("treaty/2023-10-23-statement", "date", "2023-10-23", "asserted") in facts
    assert parties(facts) == {"azerbaijan", "turkiye"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Bakü'de Azerbaycan Başbakan Yardımcısı Ali Ahmedov, Gürcistan Başbakan Yardımcısı Levan "
            "Davitaşvili ve Türkiye Ticaret Bakanı Ömer Bolat'ın katıldığı üçlü toplantı sonrasında "
            "ortak bildiri kabul edildi.",
            "tr",
        ),
        (
            "Bakü'de Azerbaycan Başbakan Yardımcısı Ali Ahmedov, Gürcistan Başbakan Yardımcısı Levan "
            "Davitaşvili ve Türkiye Ticaret Bakanı Ömer Bolat'ın katıldığı üçlü toplantı sonrasında "
            "ortak bildiri kabul edildi.".replace("ı", "i")
            .replace("ş", "s")
            .replace("ğ", "g")
            .replace("ü", "u")
            .replace("ç", "c"),
            "tr",
        ),
    ],
)
def test_a_statement_adopted_at_a_meeting_binds_its_sides_who_sign_nothing(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2025-10-24")
    assert {"azerbaijan", "georgia", "turkiye"} <= parties(facts)
    assert not signers(facts)


# -- "the leaders" who signed, named at the meeting of the document's day ---------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The working group met on March 18, following the signed declaration by both leaders on "
            "March 11 in Baku. On March 11, 2024, Ilham Aliyev and Kassym-Jomart Tokayev held talks in Baku.",
            "en",
        ),
        (
            "Çalışma grubu, iki liderin 11 Mart'ta Bakü'de imzaladığı deklarasyonun ardından 18 Mart'ta "
            "toplandı. Ilham Aliyev ile Kasım Cömert Tokayev 11 Mart 2024'te Bakü'de görüştü.",
            "tr",
        ),
    ],
)
def test_the_leaders_who_signed_are_the_people_of_the_meeting_of_its_day(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """ "following the signed declaration by both leaders on March 11", the leaders named only at
    the meeting of that day another sentence tells: they signed it."""
    facts = read_facts(lexicon, text, language, "2024-03-20")
    assert {"ilham-aliyev", "kassym-jomart-tokayev"} <= signers(facts)
    assert {"azerbaijan", "kazakhstan"} <= parties(facts)


def test_the_leaders_of_no_meeting_that_day_sign_nothing(lexicon: Lexicon) -> None:
    text = (
        "The working group met on March 18, following the signed declaration by both leaders on March 11 "
        "in Baku. On March 9, 2024, Ilham Aliyev and Kassym-Jomart Tokayev held talks in Baku."
    )
    assert not signers(read_facts(lexicon, text, "en", "2024-03-20"))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaycan, Gürcistan ve Türkiye demiryolu idareleri 2 Ekim'de bir mutabakat zaptı imzaladı.",
        "Azerbaycan, Gürcistan ve Türkiye demiryollarının başkanları 2 Ekim'de bir mutabakat zaptı imzaladı.",
        "Azerbaycan, Gurcistan ve Turkiye demiryolu idareleri 2 Ekim'de bir mutabakat zapti imzaladi.",
    ],
)
def test_turkish_bodies_of_each_state_make_the_states_parties_not_signers(
    lexicon: Lexicon, text: str
) -> None:
    facts = read_facts(lexicon, text, "tr", "2025-10-03")
    assert parties(facts) == {"azerbaijan", "georgia", "turkiye"}
    assert not signers(facts)


# -- "the parties signed": the sides of the meeting of the document's day ---------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On March 15, Baku hosted a trilateral meeting of the foreign ministers of Azerbaijan, "
            "Georgia and Turkey. The ministers discussed transit and energy projects. At the end of the "
            "meeting, the parties signed the Baku Declaration.",
            "en",
        ),
        (
            "Azerbaycan, Gürcistan ve Türkiye dışişleri bakanları 15 Mart'ta Bakü'de üçlü toplantı yaptı. "
            "Bakanlar transit ve enerji projelerini ele aldı. Toplantının sonunda taraflar Bakü "
            "Deklarasyonu'nu imzaladı.",
            "tr",
        ),
    ],
)
def test_the_parties_who_signed_are_the_sides_of_the_meeting_of_its_day(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2024-03-16")
    key = "treaty/2024-03-15-declaration"
    assert (key, "date", "2024-03-15", "asserted") in facts
    assert {f[0] for f in facts if f[1] == "partyTo" and f[2] == key} == {"azerbaijan", "georgia", "turkiye"}


def test_the_parties_of_a_signing_in_another_month_are_not_the_days_sides(lexicon: Lexicon) -> None:
    text = (
        "On March 15, Baku hosted a trilateral meeting of the foreign ministers of Azerbaijan, Georgia and "
        "Turkey. The ministers discussed transit and energy projects. During the January visit, the parties "
        "signed a declaration."
    )
    facts = read_facts(lexicon, text, "en", "2024-03-16")
    assert not any(f[1] == "partyTo" and f[2].startswith("treaty/2024-03-15") for f in facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In line with the Baku declaration, Azerbaijan, Kazakhstan and Turkey are expected to sign"
            " a roadmap on the Middle Corridor at the meeting.",
            "en",
        ),
        (
            "Under the Tehran agreement, Armenia and Iran will sign a transit protocol next month.",
            "en",
        ),
        (
            "Tahran anlaşmasına göre Ermenistan ve İran önümüzdeki ay bir transit protokolü imzalayacak.",
            "tr",
        ),
        (
            "Tahran anlasmasina gore Ermenistan ve Iran onumuzdeki ay bir transit protokolu imzalayacak.",
            "tr",
        ),
    ],
)
def test_a_signing_ahead_is_no_provision_of_the_treaty_named(
    lexicon: Lexicon, text: str, language: str
) -> None:
    # what a treaty named in the sentence provides is asserted; a signing it is "in line with"
    # still looks ahead
    facts = read_facts(lexicon, text, language, "2022-11-20")
    assert not signers(facts)
    assert not parties(facts)


def test_a_signing_done_under_a_treaty_is_still_done(lexicon: Lexicon) -> None:
    text = (
        "In line with the Baku declaration, Azerbaijan and Kazakhstan signed a roadmap on 25 November 2022."
    )
    facts = read_facts(lexicon, text, "en", "2022-11-26")
    assert {"azerbaijan", "kazakhstan"} <= signers(facts)


_SUMMIT_TR = (
    "Aşkabat'ta Türk Devletleri Teşkilatı zirvesi yapıldı. Zirveye Azerbaycan Cumhurbaşkanı İlham Aliyev,"
    " Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Özbekistan Cumhurbaşkanı Şevket Mirziyoyev ve"
    " Teşkilat Genel Sekreteri Kubanıçbek Ömüraliyev katıldı. Zirvede bölgesel meseleler ele alındı. "
)
_SUMMIT_EN = (
    "A summit of the Organization of Turkic States was held in Ashgabat. Azerbaijani President Ilham"
    " Aliyev, Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev attended"
    " the summit. Regional issues were discussed at the summit. "
)
_SUMMIT_LEADERS = {"ilham-aliyev", "kassym-jomart-tokayev", "shavkat-mirziyoyev"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _SUMMIT_TR + "Liderler, ulaştırma alanında işbirliğine ilişkin anlaşmalar ile yeni bir"
            " fonun kurulmasına dair kararları imzaladı.",
            "tr",
        ),
        (
            _SUMMIT_TR + "Liderler, ulastirma alaninda isbirligine iliskin anlasmalar ile yeni bir"
            " fonun kurulmasina dair kararlari imzaladi.",
            "tr",
        ),
        (_SUMMIT_TR + "Ulaştırma alanında bir anlaşma liderler tarafından imzalandı.", "tr"),
        (_SUMMIT_EN + "The leaders also signed an agreement on transport cooperation.", "en"),
        (_SUMMIT_EN + "An agreement on transport cooperation was signed by the heads of state.", "en"),
    ],
)
def test_the_leaders_of_a_summit_sign_what_the_leaders_signed(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2022-11-20")
    assert signers(facts) == _SUMMIT_LEADERS
    assert {"azerbaijan", "kazakhstan", "uzbekistan"} <= parties(facts)


def test_the_leaders_of_one_state_are_no_summit_s_signers(lexicon: Lexicon) -> None:
    text = (
        "Azerbaycan Cumhurbaşkanı İlham Aliyev ve Dışişleri Bakanı Ceyhun Bayramov Aşkabat'a gitti."
        " Liderler, ulaştırma alanında bir anlaşma imzaladı."
    )
    facts = read_facts(lexicon, text, "tr", "2022-11-20")
    assert not signers(facts) & {"ilham-aliyev", "jeyhun-bayramov"}


@pytest.mark.parametrize(
    "text",
    [
        "The Economy Minister announced on Thursday, March 31, that a declaration on the Middle Corridor"
        " had been signed by Georgia, Azerbaijan and Kazakhstan.",
        "The ministry said on 31 March 2022 that Georgia, Azerbaijan and Kazakhstan had signed a"
        " declaration on the Middle Corridor.",
        "Officials confirmed on March 31 that the declaration on the Middle Corridor had already been"
        " signed by Georgia, Azerbaijan and Kazakhstan.",
    ],
)
def test_a_pluperfect_signing_reported_on_a_day_is_of_that_month(lexicon: Lexicon, text: str) -> None:
    # the day is the report's; the signing was before it
    facts = read_facts(lexicon, text, "en", "2022-04-01")
    assert ("treaty/2022-03-declaration", "date", "2022-03", "asserted") in facts
    assert {"georgia", "azerbaijan", "kazakhstan"} <= signers(facts)


def test_a_signing_reported_on_its_own_day_keeps_the_day(lexicon: Lexicon) -> None:
    text = "Georgia, Azerbaijan and Kazakhstan signed a declaration on the Middle Corridor on March 31."
    facts = read_facts(lexicon, text, "en", "2022-04-01")
    assert ("treaty/2022-03-31-declaration", "date", "2022-03-31", "asserted") in facts


@pytest.mark.parametrize(
    "text",
    [
        "ABD Başkanı Donald Trump, Aliyev ile Paşinyan'a bu önemli deklarasyona imza atmak üzere"
        " Washington'a geldikleri için teşekkür etti.",
        "ABD Baskani Donald Trump, Aliyev ile Pasinyan'a bu onemli deklarasyona imza atmak uzere"
        " Washington'a geldikleri icin tesekkur etti.",
        "Rusya Devlet Başkanı Vladimir Putin, Aliyev ve Paşinyan'a ortak bildiriyi imzalamak için"
        " Soçi'ye geldikleri için teşekkür etti.",
    ],
)
def test_the_one_who_thanks_others_for_coming_to_sign_signs_nothing(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "tr", "2025-08-09")
    assert not signers(facts) & {"donald-trump", "vladimir-putin"}
    assert not parties(facts) & {"united-states", "russia"}


@pytest.mark.parametrize(
    "text",
    [
        "The Russian president's press service says the list of signed documents includes an agreement"
        " on the CIS assembly.",
        "Azerbaijani President Ilham Aliyev praised the newly signed agreement on transit on October 8.",
        "Kazakh President Tokayev's office published the texts of the signed agreements on October 8.",
    ],
)
def test_a_signed_before_the_document_s_word_names_it(lexicon: Lexicon, text: str) -> None:
    # an adjective, no signing the sentence tells: the sentence's subject signs nothing
    facts = read_facts(lexicon, text, "en", "2022-10-09")
    assert not signers(facts)
    assert not parties(facts)


def test_signed_as_the_verb_before_documents_still_signs(lexicon: Lexicon) -> None:
    facts = read_facts(
        lexicon, "Putin and Aliyev signed agreements on trade in Moscow on October 8.", "en", "2022-10-09"
    )
    assert signers(facts) == {"vladimir-putin", "ilham-aliyev"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaycan ile Ermenistan'ın üzerinde anlaştığı insani ateşkes 26 Ekim'de yürürlüğe girdi.", "tr"),
        (
            "Rusya'nın, Azerbaycan ve Ermenistan'ın üzerinde uzlaştığını duyurduğu geçici ateşkes, 26 Ekim'de"
            " saat 08.00'de başladı.",
            "tr",
        ),
        ("The humanitarian ceasefire Azerbaijan and Armenia agreed on took effect on October 26.", "en"),
        ("The truce that Armenia and Azerbaijan had agreed to entered into force on October 26.", "en"),
    ],
)
def test_a_ceasefire_the_states_agreed_in_a_relative_clause(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read_facts(lexicon, text, language, "2022-10-27")
    assert parties(facts) == {"azerbaijan", "armenia"}
    assert ("treaty/2022-10-26-agreement", "date", "2022-10-26", "asserted") in facts


def test_a_ceasefire_one_state_announced_has_no_parties(lexicon: Lexicon) -> None:
    text = "The ceasefire that Russia announced took effect on October 26."
    assert not parties(read_facts(lexicon, text, "en", "2022-10-27"))


@pytest.mark.parametrize(
    "text",
    [
        "Putin, Dağlık Karabağ konusunda 10 Kasım 2020'de varılan anlaşmanın önemine dikkat çekti.",
        "Putin, Daglik Karabag konusunda 10 Kasim 2020'de varilan anlasmanin onemine dikkat cekti.",
    ],
)
def test_an_agreement_reached_on_a_day_is_dated_by_it(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "tr", "2021-01-12")
    assert ("trilateral-statement-2020", "date", "2020-11-10", "asserted") in facts
    assert "vladimir-putin" not in signers(facts)


def test_the_states_that_reached_an_agreement_are_parties_not_signers(lexicon: Lexicon) -> None:
    text = (
        "Rusya, Azerbaycan ve Ermenistan tarafından 10 Kasım 2020'de varılan üçlü ateşkes anlaşması"
        " bölgede barışı sağladı."
    )
    facts = read_facts(lexicon, text, "tr", "2021-01-12")
    assert {"russia", "azerbaijan", "armenia"} <= parties(facts)
    assert not signers(facts)


@pytest.mark.parametrize(
    "text",
    [
        # a participle after the treaty's own "between": the sides it names are its parties
        "The bridge was built in accordance with the memorandum of understanding between Azerbaijan and"
        " Iran signed in March 2022.",
        "Azerbaijani and Iranian ministers attended the ceremony. The bridge is built under the memorandum"
        " of understanding (MoU) between the two countries signed in March 2022.",
        "The memorandum on transit between Azerbaijan and Iran, signed in March 2022, provides for a new"
        " bridge.",
    ],
)
def test_the_sides_a_treaty_is_between_are_its_parties_not_its_signers(lexicon: Lexicon, text: str) -> None:
    facts = read_facts(lexicon, text, "en", "2023-10-20")
    assert parties(facts) == {"azerbaijan", "iran"}
    assert not signers(facts)


def test_states_that_sign_a_treaty_between_them_still_sign_it(lexicon: Lexicon) -> None:
    facts = read_facts(
        lexicon,
        "Kazakhstan and Azerbaijan signed an agreement on the ferry line in March 2022.",
        "en",
        "2023-10-20",
    )
    assert signers(facts) == parties(facts) == {"kazakhstan", "azerbaijan"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of the participle of saying after "they signed" / "we signed" is one who signed
        (
            "8 Ağustos'ta Washington'da Aliyev ile bir deklarasyona imza attıklarını kaydeden Paşinyan,"
            " barışın kalıcı olduğunu söyledi.",
            {"ilham-aliyev", "nikol-pashinyan"},
        ),
        (
            "Aliyev ile 15 Haziran'da bir beyanname imzaladıklarını belirten Erdoğan, ittifakın güçlendiğini"
            " söyledi.",
            {"ilham-aliyev", "recep-tayyip-erdogan"},
        ),
        # not where the ones who signed stand in the genitive: the teller only recalls it
        (
            "Aliyev ile Erdoğan'ın 15 Haziran 2021'de bir beyanname imzaladıklarını hatırlatan Paşinyan,"
            " bölgede yeni bir dönem başladığını söyledi.",
            set(),
        ),
    ],
)
def test_the_teller_of_a_signing_in_the_first_person_plural_signed(
    lexicon: Lexicon, text: str, expected: set[str]
) -> None:
    found = signers(read_facts(lexicon, text, "tr", "2025-11-05")) & {
        "nikol-pashinyan",
        "recep-tayyip-erdogan",
    }
    assert found == expected - {"ilham-aliyev"}


def _treaty_keys(facts: set[tuple[str, str, str, str]]) -> set[str]:
    return {f[0] for f in facts if f[1] == "signatory"} | {f[2] for f in facts if f[1] == "partyTo"}


def test_a_headline_s_undated_signing_is_the_lead_s_dated_one_of_the_same_sides(lexicon: Lexicon) -> None:
    # the headline names the document another way ("roadmap") than the lead that dates it
    text = (
        "Kazakhstan, Azerbaijan sign transit roadmap\n"
        "ASTANA — Kazakhstan and Azerbaijan signed a memorandum on transit on Tuesday, the ministry said."
    )
    assert _treaty_keys(read_facts(lexicon, text, "en", "2025-05-15")) == {"treaty/2025-05-13-memorandum"}


def test_a_headline_s_signing_by_other_sides_stays_another_document(lexicon: Lexicon) -> None:
    text = (
        "Kazakhstan, Georgia sign transit roadmap\n"
        "ASTANA — Kazakhstan and Azerbaijan signed a memorandum on transit on Tuesday, the ministry said."
    )
    assert _treaty_keys(read_facts(lexicon, text, "en", "2025-05-15")) == {
        "treaty/2025-05-13-memorandum",
        "treaty/2025-05-roadmap",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day after a "signed by" list ends it: the next clause's subject signed nothing
        (
            "Under the memorandum signed by Georgia and Azerbaijan on 5 March 2019, Georgian Railway and"
            " Azerbaijan Railways will run the line.",
            {"georgia", "azerbaijan"},
        ),
        (
            "According to the statement signed by Putin, Aliyev and Pashinyan on November 9, 2020, Russian"
            " border guards control the road.",
            {"vladimir-putin", "ilham-aliyev", "nikol-pashinyan"},
        ),
    ],
)
def test_a_signed_by_list_ends_at_its_day(lexicon: Lexicon, text: str, expected: set[str]) -> None:
    assert signers(read_facts(lexicon, text, "en", "2024-04-18")) == expected


def test_ministers_by_their_title_alone_sign_nothing_their_states_are_parties(lexicon: Lexicon) -> None:
    text = "The Azerbaijani, Turkish and Georgian defence ministers signed a final statement on December 21."
    facts = read_facts(lexicon, text, "en", "2022-12-22")
    assert not signers(facts)
    assert parties(facts) == {"azerbaijan", "turkiye", "georgia"}


def test_ministers_by_their_title_are_those_named_and_sign_at_their_day_s_meeting(lexicon: Lexicon) -> None:
    # two meetings of the week: the statement is of the one whose people are all its signers
    text = (
        "On December 21, the defence ministers of Azerbaijan, Turkiye and Georgia met in Kayseri."
        " Azerbaijani Defence Minister Zakir Hasanov, Turkish Defence Minister Hulusi Akar and Georgian"
        " Defence Minister Juansher Burchuladze discussed regional security. Akar praised the cooperation."
        " The Azerbaijani, Turkish and Georgian defence ministers signed the meeting's final statement."
        " On December 20, Hasanov and Akar met with the crews of cargo planes in Kayseri."
    )
    facts = read_facts(lexicon, text, "en", "2022-12-22")
    assert {f[0] for f in facts if f[1] == "signatory"} == {"treaty/2022-12-21-statement"}
    assert signers(facts) == {"zakir-hasanov", "hulusi-akar", "juansher-burchuladze"}
