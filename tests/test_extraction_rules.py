"""One family of rules at a time, in both languages, on sentences written for
these tests (none is taken from the bundled documents)."""

from __future__ import annotations

import pytest
from extraction_read import Fact, read_facts
from extraction_read import read_claims as _claims

from loaders import Document, extract
from loaders.lexicon import Lexicon


def read(lexicon: Lexicon, text: str, language: str, date: str = "2025-09") -> set[Fact]:
    return read_facts(lexicon, text, language, date)


def relations(facts: set[Fact], *names: str) -> set[Fact]:
    return {f for f in facts if f[1] in names}


# -- leadership and titles ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Kazakh President Kassym-Jomart Tokayev received the delegations.",
            "en",
            ("kassym-jomart-tokayev", "kazakhstan"),
        ),
        (
            "The talks were opened by Irakli Kobakhidze, the Prime Minister of Georgia.",
            "en",
            ("irakli-kobakhidze", "georgia"),
        ),
        (
            "Gürcistan Başbakanı İrakli Kobahidze Bakü'yü ziyaret etti.",
            "tr",
            ("irakli-kobakhidze", "georgia"),
        ),
        ("İran Cumhurbaşkanı Mesud Pezeşkiyan Erivan'a gitti.", "tr", ("masoud-pezeshkian", "iran")),
        (
            "Cumhurbaşkanı Erdoğan, Türkiye'nin Nahçıvan'a desteğini anlattı.",
            "tr",
            ("recep-tayyip-erdogan", "turkiye"),
        ),
    ],
)
def test_titles_in_apposition_say_who_leads_what(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "leaderOf", expected[1], "asserted") in read(lexicon, text, language)


def test_a_bare_title_that_is_not_the_persons_office_says_nothing(lexicon: Lexicon) -> None:
    # "Cumhurbaşkanı Erdoğan" reads his office (the devset's convention), "Başbakan Erdoğan"
    # of 2025 names no office he holds then
    facts = read(lexicon, "Başbakan Erdoğan, Nahçıvan'da konuştu.", "tr", "2025-09")
    assert not relations(facts, "leaderOf")


def test_a_minister_leads_the_ministry_not_the_state(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Russian Foreign Minister Sergey Lavrov arrived in Baku.", "en")
    assert relations(facts, "leaderOf") == {
        ("sergey-lavrov", "leaderOf", "russia-ministry-of-foreign-affairs", "asserted")
    }


@pytest.mark.parametrize(("date", "holder"), [("2025-08", "donald-trump"), ("2022-05", "joe-biden")])
def test_a_bare_title_is_its_holder_at_the_date(lexicon: Lexicon, date: str, holder: str) -> None:
    facts = read(
        lexicon,
        "ABD Başkanı'nın arabuluculuğunda Aliyev ve Paşinyan 3 Mart'ta Washington'da görüştü.",
        "tr",
        date,
    )
    meeting = f"meeting/{date[:4]}-03-03-washington"
    assert (meeting, "mediatedBy", holder, "asserted") in facts


# -- metonymy and coreference ---------------------------------------------------


def test_capital_administrations_are_their_states(lexicon: Lexicon) -> None:
    facts = read(lexicon, "The Yerevan administration objected to the Zangezur corridor.", "en")
    assert ("armenia", "opposes", "zangezur-corridor", "asserted") in facts
    facts = read(lexicon, "Tahran yönetimi, Zengezur koridoruna itiraz etti.", "tr")
    assert ("iran", "opposes", "zangezur-corridor", "asserted") in facts


def test_the_two_countries_are_the_two_states_just_named(lexicon: Lexicon) -> None:
    text = (
        "Türkiye ve Gürcistan ulaştırma bakanları Tiflis'te buluştu. "
        "İki ülke, 4 Nisan 2024'te bir mutabakat zaptı imzaladı."
    )
    facts = read(lexicon, text, "tr")
    assert {
        ("georgia", "partyTo", "treaty/2024-04-04-memorandum", "asserted"),
        ("turkiye", "partyTo", "treaty/2024-04-04-memorandum", "asserted"),
    } <= facts


# -- meetings ------------------------------------------------------------------


def test_meeting_in_english_with_host(lexicon: Lexicon) -> None:
    text = "Jeyhun Bayramov and Ararat Mirzoyan met in Almaty on 10 May 2024 at the invitation of Kazakhstan."
    facts = read(lexicon, text, "en")
    key = "meeting/2024-05-10-almaty"
    assert {
        (key, "participant", "jeyhun-bayramov", "asserted"),
        (key, "participant", "ararat-mirzoyan", "asserted"),
        (key, "heldIn", "almaty", "asserted"),
        (key, "date", "2024-05-10", "asserted"),
        (key, "mediatedBy", "kazakhstan", "asserted"),
    } <= facts
    assert (key, "participant", "kazakhstan", "asserted") not in facts


def test_meeting_in_turkish_with_mediator_and_suffixes(lexicon: Lexicon) -> None:
    text = "Aliyev ve Paşinyan, 14 Mayıs 2023’te Brüksel’de Michel’in ev sahipliğinde bir araya geldi."
    facts = read(lexicon, text, "tr")
    key = "meeting/2023-05-14-brussels"
    assert {
        (key, "participant", "ilham-aliyev", "asserted"),
        (key, "participant", "nikol-pashinyan", "asserted"),
        (key, "mediatedBy", "charles-michel", "asserted"),
        (key, "heldIn", "brussels", "asserted"),
    } <= facts


def test_a_year_taken_from_the_document_date_says_so(lexicon: Lexicon) -> None:
    document = Document(
        key="t",
        path="t.txt",
        text="Pashinyan and Aliyev met in Prague on 6 October.",
        language="en",
        date="2022-10",
    )
    dates = [st for st in extract(document, lexicon).statements if st.relation == "date"]
    assert [(d.object, d.note) for d in dates] == [("2022-10-06", "year from document date")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aliyev and Pashinyan did not meet in Granada on 5 October 2023.", "en"),
        ("Aliyev ile Paşinyan 5 Ekim 2023'te Granada'da görüşmedi.", "tr"),
    ],
)
def test_negated_meetings_are_dropped(lexicon: Lexicon, text: str, language: str) -> None:
    assert not relations(read(lexicon, text, language), "participant", "heldIn")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aliyev and Pashinyan will meet in Abu Dhabi on 10 July 2026.", "en"),
        ("Aliyev ve Paşinyan'ın 10 Temmuz 2026'da Abu Dabi'de görüşmesi planlanıyor.", "tr"),
    ],
)
def test_planned_meetings_are_intentions(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language), "participant")
    assert facts and {f[3] for f in facts} == {"intended"}


# -- treaties ------------------------------------------------------------------


def test_states_signing_a_new_memorandum(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Armenia and Georgia signed a memorandum of understanding on 3 March 2024.", "en")
    key = "treaty/2024-03-03-memorandum"
    assert {
        (key, "signatory", "armenia", "asserted"),
        (key, "signatory", "georgia", "asserted"),
        ("armenia", "partyTo", key, "asserted"),
        (key, "date", "2024-03-03", "asserted"),
    } <= facts


def test_turkish_signing_of_a_named_declaration(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Azerbaycan ve Türkiye, 15 Haziran 2021'de Şuşa Beyannamesi'ni imzaladı.", "tr")
    key = "treaty/2021-06-15-declaration"
    assert {(key, "signatory", "azerbaijan", "asserted"), (key, "signatory", "turkiye", "asserted")} <= facts


def test_a_lexicon_treaty_is_found_by_its_date(lexicon: Lexicon) -> None:
    facts = read(
        lexicon, "Pashinyan, Aliyev and Putin signed a joint statement in Sochi on 26 November 2021.", "en"
    )
    assert ("sochi-statement-2021", "signatory", "vladimir-putin", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia and Azerbaijan are expected to sign the peace agreement next year.", "en"),
        ("Ermenistan ve Azerbaycan'ın barış anlaşmasını gelecek yıl imzalaması bekleniyor.", "tr"),
    ],
)
def test_signing_to_come_is_an_intention(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language), "signatory", "partyTo")
    assert facts and {f[3] for f in facts} == {"intended"}


def test_a_refused_signature_is_dropped(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Azerbaijan refused to sign the Granada declaration.", "en")
    assert not relations(facts, "signatory", "partyTo")


# -- control, corridors, stances, wars ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shusha came under Azerbaijani control on 8 November 2020.", "en"),
        ("Şuşa, 8 Kasım 2020'de Azerbaycan'ın kontrolüne geçti.", "tr"),
    ],
)
def test_control_of_a_place_with_its_date(lexicon: Lexicon, text: str, language: str) -> None:
    facts = read(lexicon, text, language)
    assert ("shusha", "controlledBy", "azerbaijan", "asserted") in facts
    assert ("control/2020-11-08-shusha", "date", "2020-11-08", "asserted") in facts


def test_a_treaty_article_puts_a_corridor_under_control(lexicon: Lexicon) -> None:
    """What a treaty provides is asserted as its provision (issue 12), not as an intention."""
    facts = read(
        lexicon, "Under Article 9, the Lachin corridor shall remain under the control of Russia.", "en"
    )
    assert ("lachin-corridor", "controlledBy", "russia", "asserted") in facts
    plain = read(lexicon, "The Lachin corridor shall remain under the control of Russia.", "en")
    assert ("lachin-corridor", "controlledBy", "russia", "intended") in plain


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "We, the Prime Minister of the Republic of Armenia N.V. Pashinyan, the President of the "
            "Republic of Azerbaijan I.H. Aliyev, and the President of the Russian Federation V.V. Putin, "
            "have hereby stated the following. Peacekeeping contingent of the Russian Federation shall "
            "be deployed along the Lachin corridor.",
            "en",
        ),
        (
            "Biz, Azerbaycan Cumhuriyeti Cumhurbaşkanı I. G. Aliyev, Ermenistan Cumhuriyeti Başbakanı "
            "N. V. Paşinyan ve Rusya Federasyonu Devlet Başkanı V. V. Putin, şunları deklare ederiz. "
            "Laçin koridoru boyunca Rusya Federasyonu Barışı Koruma Birliği konuşlandırılacaktır.",
            "tr",
        ),
    ],
)
def test_an_official_text_in_the_first_person(lexicon: Lexicon, text: str, language: str) -> None:
    """Its speakers sign the text the document is (the lexicon's statement of its date), their
    states are its parties, and its provisions ("shall be deployed") are asserted."""
    facts = read(lexicon, text, language, date="2020-11-10")
    for person, state in (
        ("nikol-pashinyan", "armenia"),
        ("ilham-aliyev", "azerbaijan"),
        ("vladimir-putin", "russia"),
    ):
        assert ("trilateral-statement-2020", "signatory", person, "asserted") in facts
        assert (state, "partyTo", "trilateral-statement-2020", "asserted") in facts
        assert (person, "leaderOf", state, "asserted") in facts
    assert ("lachin-corridor", "controlledBy", "russia", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Middle Corridor links China with Europe through the Caspian Sea.", "en"),
        ("Orta Koridor, Çin ile Avrupa arasında kesintisiz bir demiryolu bağlantısı sağlıyor.", "tr"),
    ],
)
def test_what_a_corridor_connects(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language), "connects")
    assert {f[:3] for f in facts} == {
        ("middle-corridor", "connects", "china"),
        ("middle-corridor", "connects", "europe"),
    }


def test_a_railway_connects_the_places_it_is_named_after(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Freight on the Baku–Tbilisi–Kars railway doubled last year.", "en")
    assert {f[2] for f in relations(facts, "connects")} == {"baku", "tbilisi", "kars"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Iran opposes the Zangezur corridor.", "en", ("iran", "zangezur-corridor")),
        ("Tahran, Zengezur koridoruna karşı çıkıyor.", "tr", ("iran", "zangezur-corridor")),
        ("Rusya'nın TRIPP'e itirazı sürüyor.", "tr", ("russia", "trump-route")),
    ],
)
def test_stances(lexicon: Lexicon, text: str, language: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "opposes", expected[1], "asserted") in read(lexicon, text, language)


def test_a_denied_objection_is_dropped(lexicon: Lexicon) -> None:
    assert not read(lexicon, "Georgia does not oppose the Middle Corridor.", "en") & {
        ("georgia", "opposes", "middle-corridor", "asserted")
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The First Karabakh War between Armenia and Azerbaijan ended with the Bishkek Protocol.", "en"),
        ("Ermenistan ile Azerbaycan arasındaki Birinci Karabağ Savaşı 1994'te sona erdi.", "tr"),
    ],
)
def test_who_fought_a_war(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language), "participant")
    assert {f[2] for f in facts if f[0] == "first-karabakh-war"} == {"armenia", "azerbaijan"}


# -- the lexicon's Turkish morphology --------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Rusya'ya", "russia"),
        ("Rusya’dan", "russia"),
        ("Rusyadan", "russia"),
        ("Türkiye'ye", "turkiye"),
        ("Türkiyeden", "turkiye"),
        ("TÜRKİYE'NİN", "turkiye"),
        ("İran'ın", "iran"),
        ("İRAN’IN", "iran"),
        ("Irandan", "iran"),
        ("ABD'ye", "united-states"),
        ("ABD‘nin", "united-states"),
        ("AB'nin", "european-union"),
        ("Azerbaycan'la", "azerbaijan"),
        ("Ermenistan'ınki", "armenia"),
        ("Iğdır'a", "igdir"),
        ("IĞDIR", "igdir"),
        ("Bakü'de", "baku"),
        ("Erivan`dan", "yerevan"),
        ("Nahçıvan’a", "nakhchivan"),
    ],
)
def test_turkish_names_with_suffixes(lexicon: Lexicon, text: str, key: str) -> None:
    found = list(lexicon.find(f"Bu {text} haberi"))
    assert [(k, s, e) for k, s, e in found] == [(key, 3, 3 + len(text))]


@pytest.mark.parametrize(
    "text", ["Rusça", "Azerbaycanlı", "Ermenice", "İranlılar", "Türkiyeli", "Bakülü", "abd", "Abd"]
)
def test_derived_words_and_lower_case_acronyms_are_not_names(lexicon: Lexicon, text: str) -> None:
    assert list(lexicon.find(f"Bu {text} haberi")) == []


def test_an_operation_named_by_its_date(lexicon: Lexicon) -> None:
    facts = read(lexicon, "The offensive began on 19 September 2023 in Karabakh.", "en")
    assert ("karabakh-operation-2023", "date", "2023-09-19", "asserted") in facts
    # A railway's "operation" is no offensive
    assert not read(lexicon, "The railway began operation in September 2023.", "en")


# -- who says what (issue 15) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Türkiye, imzalanan Washington Deklarasyonu'nu memnuniyetle karşıladı.",
            "tr",
            ("turkiye", "welcomes", "washington-declaration-2025"),
        ),
        (
            "The European Union welcomed the Washington Declaration.",
            "en",
            ("european-union", "welcomes", "washington-declaration-2025"),
        ),
        (
            "Russia condemned the Zangezur corridor project.",
            "en",
            ("russia", "condemns", "zangezur-corridor"),
        ),
        (
            "Iran is deeply concerned about the Zangezur corridor.",
            "en",
            ("iran", "concernedAbout", "zangezur-corridor"),
        ),
        ("Ankara supports the Zangezur corridor.", "en", ("turkiye", "supports", "zangezur-corridor")),
        ("İran, Zengezur koridoruna karşı çıktı.", "tr", ("iran", "opposes", "zangezur-corridor")),
        (
            "Lavrov accused Armenia of sabotaging the agreement.",
            "en",
            ("sergey-lavrov", "condemns", "armenia"),
        ),
    ],
)
def test_stances_by_kind(lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in read(lexicon, text, language)


def test_a_ministers_stance_is_read_as_the_ministers(lexicon: Lexicon) -> None:
    """The state's stance is the reasoner's (hasPart ∘ concernedAbout), not the extraction's:
    the extraction states the minister's stance and the ministry's place in the state."""
    facts = read(
        lexicon,
        "İran Dışişleri Bakanı Abbas Arakçi, TRIPP güzergahına ilişkin kaygılarını dile getirdi.",
        "tr",
    )
    assert ("abbas-araghchi", "concernedAbout", "trump-route", "asserted") in facts
    assert ("iran-ministry-of-foreign-affairs", "partOf", "iran", "asserted") in facts
    assert not {f for f in facts if f[0] == "iran" and f[1] in ("opposes", "concernedAbout")}


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "According to diplomatic sources, Azerbaijan took control of the Lachin corridor.",
            "en",
            "anonymous",
        ),
        ("Iran said Azerbaijan took control of the Lachin corridor.", "en", "iran"),
        (
            "Diplomatik kaynaklara göre Azerbaycan Laçin koridorunun kontrolünü ele geçirdi.",
            "tr",
            "anonymous",
        ),
        ("İran, Azerbaycan'ın Laçin koridorunun kontrolünü ele geçirdiğini açıkladı.", "tr", "iran"),
    ],
)
def test_reported_speech_is_the_speakers_claim(
    lexicon: Lexicon, text: str, language: str, speaker: str
) -> None:
    assert _claims(lexicon, text, language) == {
        (speaker, "lachin-corridor", "controlledBy", "azerbaijan", "reported")
    }


def test_a_party_stating_its_own_act_is_asserted_with_its_speaker(lexicon: Lexicon) -> None:
    claims = _claims(
        lexicon, "Pashinyan said Armenia signed the trilateral statement of 10 November 2020.", "en"
    )
    assert ("nikol-pashinyan", "armenia", "partyTo", "trilateral-statement-2020", "asserted") in claims


# -- several meetings in one sentence, meetings to come, names spelled another way ----------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The envoys met Foreign Minister Hakan Fidan in Ankara on 3 March and Ilham Aliyev in Baku on "
            "5 March.",
            "en",
        ),
        ("On 3 March the envoys met Hakan Fidan in Ankara, and on 5 March Ilham Aliyev in Baku.", "en"),
        ("Heyet 3 Mart'ta Ankara'da Hakan Fidan ile, 5 Mart'ta Bakü'de İlham Aliyev ile görüştü.", "tr"),
    ],
)
def test_each_day_of_a_sentence_takes_its_own_people_and_place(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2024-03-10"), "participant", "heldIn")
    assert ("meeting/2024-03-03-ankara", "participant", "hakan-fidan", "asserted") in facts
    assert ("meeting/2024-03-05-baku", "participant", "ilham-aliyev", "asserted") in facts
    assert ("meeting/2024-03-05-baku", "participant", "hakan-fidan", "asserted") not in facts
    assert ("meeting/2024-03-03-ankara", "participant", "ilham-aliyev", "asserted") not in facts
    assert {f[2] for f in facts if f[1] == "heldIn"} == {"ankara", "baku"}


def test_a_meeting_that_will_take_place_is_intended(lexicon: Lexicon) -> None:
    text = (
        "The next meeting of Foreign Minister Jeyhun Bayramov and Ararat Mirzoyan will take place in Almaty "
        "on May 10."
    )
    facts = relations(read(lexicon, text, "en", "2024-05-01"), "participant")
    assert facts and {f[3] for f in facts} == {"intended"}


@pytest.mark.parametrize("written", ["Ararat Mizroyan", "Ararat Mirzoyann"])
def test_a_known_person_misspelled_is_still_that_person(lexicon: Lexicon, written: str) -> None:
    facts = read(
        lexicon,
        f"Foreign Minister {written} met Foreign Minister Jeyhun Bayramov in Almaty on 10 May.",
        "en",
        "2024-05-12",
    )
    assert ("meeting/2024-05-10-almaty", "participant", "ararat-mirzoyan", "asserted") in facts
    assert lexicon.person_spelled("ruben-rubinian") == "ruben-rubinyan"
    assert lexicon.person_spelled("ilham-guliyev") is None
    assert lexicon.person_spelled("abbas-erakci") == "abbas-araghchi"  # Turkish spelling of a Persian name


@pytest.mark.parametrize(
    "text",
    [
        "Baku wants Yerevan to open a special land corridor connecting Azerbaijan to its Nakhichevan "
        "exclave.",
        "Azerbaijan pushes for the Zangezur Corridor, a stretch that would connect Azerbaijan proper to its "
        "exclave, Nakhchivan.",
        "Iran opposes any new links between Armenia and Georgia, and the leaders press for a so-called "
        "Zangezur Corridor that would connect mainland Azerbaijan with Nakhichevan.",
    ],
)
def test_a_route_between_a_corridors_ends_is_that_corridor(lexicon: Lexicon, text: str) -> None:
    facts = relations(read(lexicon, text, "en", "2022-05-01"), "connects")
    assert {f[2] for f in facts if f[0] == "zangezur-corridor"} == {"azerbaijan", "nakhchivan"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Savaş, 10 Kasım 2020'de Azerbaycan, Ermenistan ve Rusya liderlerinin üçlü bildirisiyle "
            "sona erdi.",
            "tr",
        ),
        (
            "Lavrov recalled the agreements reached between the leaders of Russia, Azerbaijan and Armenia on "
            "November 9, 2020.",
            "en",
        ),
    ],
)
def test_the_states_whose_leaders_made_a_treaty_are_its_parties(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2023-11-20"), "partyTo")
    assert {f[0] for f in facts if f[2] == "trilateral-statement-2020"} == {"armenia", "azerbaijan", "russia"}


def test_the_day_of_a_call_is_not_the_day_of_the_meeting_it_tells_of(lexicon: Lexicon) -> None:
    text = (
        "President Vladimir Putin on Friday called Prime Minister Nikol Pashinyan to brief him about his "
        "meeting with President Ilham Aliyev in Baku. Putin announced Monday after meeting with Aliyev in "
        "Baku that Russia is ready to help."
    )
    facts = relations(read(lexicon, text, "en", "2024-08-23"), "date")
    assert ("meeting/2024-08-19-baku", "date", "2024-08-19", "asserted") in facts
    assert not any(f[0].startswith("meeting/2024-08-23") for f in facts)


def test_a_meeting_of_states_alone_with_no_place_is_not_kept(lexicon: Lexicon) -> None:
    facts = read(
        lexicon, "On 16 January Armenia and Azerbaijan held talks on the border.", "en", "2025-02-01"
    )
    assert not any(f[0].startswith("meeting/") for f in facts)
    placed = read(lexicon, "On 16 January Armenia and Azerbaijan held talks in Gabala.", "en", "2025-02-01")
    assert ("meeting/2025-01-16-gabala", "participant", "armenia", "asserted") in placed


def test_parties_of_a_treaty_not_yet_signed_are_parties_to_be(lexicon: Lexicon) -> None:
    text = (
        "Putin, Azerbaycan ile Ermenistan arasında barış anlaşmasının imzalanmasını desteklediğini söyledi."
    )
    facts = relations(read(lexicon, text, "tr", "2024-08-19"), "partyTo")
    assert ("armenia", "partyTo", "armenia-azerbaijan-peace-agreement", "asserted") not in facts


def test_a_place_a_route_passes_through_is_not_its_end(lexicon: Lexicon) -> None:
    text = "Anlaşmaya göre Ermenistan üzerinden Azerbaycan'ı Nahçıvan'a bağlayacak bir koridor olacak."
    facts = relations(read(lexicon, text, "tr", "2020-11-12"), "connects")
    assert {f[2] for f in facts} == {"azerbaijan", "nakhchivan"}


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "Pekin'den başlayıp Kazakistan ve Azerbaycan'ı geçen Orta Koridor, Gürcistan üzerinden "
            "Avrupa'ya uzanıyor.",
            {"beijing", "europe"},
        ),
        (
            "Orta Koridor, Çin'den Kazakistan'a, oradan Hazar Denizi'ni geçerek Azerbaycan'a ve ardından "
            "Avrupa'ya uzanıyor.",
            {"china", "europe"},
        ),
        (
            "Çin'den başlayan ve Türkmenistan, Hazar Denizi ve Gürcistan'ı aşarak Türkiye'ye ve Avrupa "
            "ülkelerine ulaşan Orta Koridor büyüyor.",
            {"china", "turkiye", "europe"},
        ),
        (
            "Çin'in doğusundan başlayarak Orta Asya'yı geçen Orta Koridor, Kafkasya üzerinden Türkiye'ye, "
            "buradan da Avrupa'ya uzanıyor.",
            {"china", "europe"},
        ),
    ],
)
def test_a_route_told_from_its_start_to_its_reach_connects_those_ends(
    lexicon: Lexicon, text: str, ends: set[str]
) -> None:
    # the states, seas and regions passed or stopped at on the way are where it runs
    facts = relations(read(lexicon, text, "tr", "2025-10-01"), "connects")
    assert {f[2] for f in facts if f[0] == "middle-corridor"} == ends


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "The Middle Corridor stretches from China to Kazakhstan, Azerbaijan, Georgia and Turkey.",
            {"china", "kazakhstan", "azerbaijan", "georgia", "turkiye"},
        ),
        (
            "Officials praised the Middle Corridor, running from China to Central Asia, the Caucasus"
            " and Europe.",
            {"china", "central-asia", "caucasus", "europe"},
        ),
        (
            "The Middle Corridor connects China to Europe and the Middle East.",
            {"china", "europe", "middle-east"},
        ),
        # "via" joins no list; a list that is the next clause's subject is no end
        (
            "The Middle Corridor runs from China to Europe via Kazakhstan, Azerbaijan and Georgia.",
            {"china", "europe"},
        ),
        (
            "The Middle Corridor links China to Europe, Kazakhstan and Azerbaijan said on Monday.",
            {"china", "europe"},
        ),
    ],
)
def test_a_list_after_to_gives_a_routes_ends(lexicon: Lexicon, text: str, ends: set[str]) -> None:
    facts = relations(read(lexicon, text, "en", "2025-10-01"), "connects")
    assert {f[2] for f in facts if f[0] == "middle-corridor"} == ends


@pytest.mark.parametrize(
    ("text", "language", "road"),
    [
        ("Azerbaijani border guards set up a checkpoint on the Lachin corridor on Sunday.", "en", set()),
        ("A checkpoint was installed by Azerbaijan at the entrance of the Lachin corridor.", "en", set()),
        ("Azerbaycan, Laçın koridorunda bir sınır kontrol noktası kurdu.", "tr", {"azerbaijan"}),
    ],
)
def test_a_checkpoint_set_up_on_a_route_is_the_checkpoints_control(
    lexicon: Lexicon, text: str, language: str, road: set[str]
) -> None:
    facts = relations(read(lexicon, text, language, "2023-04-24"), "controlledBy")
    assert ("lachin-checkpoint", "controlledBy", "azerbaijan", "asserted") in facts
    assert {f[2] for f in facts if f[0] == "lachin-corridor"} == road


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The Middle Corridor has become a real alternative to routes under Russian control.", set()),
        ("The Middle Corridor bypasses the territory controlled by Russia.", set()),
        # an aside that calls the route an alternative for someone is no other route
        (
            "The Lachin corridor, an alternative route for Armenians, is under the control of Russian"
            " peacekeepers.",
            {("lachin-corridor", "russia")},
        ),
    ],
)
def test_what_a_route_is_an_alternative_to_is_what_is_held(
    lexicon: Lexicon, text: str, held: set[tuple[str, str]]
) -> None:
    facts = relations(read(lexicon, text, "en", "2024-10-01"), "controlledBy")
    assert {(f[0], f[2]) for f in facts} == held


def test_who_a_route_works_under_is_neither_its_end_nor_holds_the_place_before(lexicon: Lexicon) -> None:
    text = (
        "Bildiri, Azerbaycan ana karası ile Nahçıvan'ı Ermenistan egemenliği altında işleyecek bir "
        "demiryoluyla bağlayan TRIPP koridorunu öngörüyor."
    )
    facts = read(lexicon, text, "tr", "2025-08-12")
    assert not [f for f in facts if f[1] == "connects" and f[2] == "armenia"]
    assert ("nakhchivan", "controlledBy", "armenia") not in {f[:3] for f in facts}
    # the holding words with the place held before them still hold it
    held = read(lexicon, "Laçin koridoru Rus barış gücünün kontrolü altında kalacak.", "tr", "2021-01-01")
    assert ("lachin-corridor", "controlledBy", "russia") in {f[:3] for f in held}


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaycan ve Nahçıvan'ı bağlayan yol hâlâ kapalı.",
        "Ermenistan'dan geçen ve Azerbaycan ile Nahçıvan'ı bağlayan tek yol kapandı.",
        # a corridor named further on is not the participle's route noun
        "Washington, Ermenistan topraklarından geçecek, Azerbaycan ile Nahçıvan'ı bağlayacak yol "
        "açılmadıkça Bakü'nün Zengezur Koridoru talebinin süreceğini düşünüyor.",
    ],
)
def test_a_plain_road_joining_a_corridors_ends_is_that_corridor(lexicon: Lexicon, text: str) -> None:
    facts = relations(read(lexicon, text, "tr", "2025-08-20"), "connects")
    assert {(f[0], f[2]) for f in facts} == {
        ("zangezur-corridor", "azerbaijan"),
        ("zangezur-corridor", "nakhchivan"),
    }


def test_a_road_a_participle_does_not_describe_is_no_route(lexicon: Lexicon) -> None:
    text = "Bakan, Azerbaycan ile Nahçıvan'ı bağlayan kardeşlik bağlarının yol gösterdiğini söyledi."
    assert not relations(read(lexicon, text, "tr", "2025-08-20"), "connects")


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaycan tarafı, Şuşa'da kontrolü ele geçirmişti.",
        "Azerbaycan güçleri 8 Kasım'da Şuşa'da tam kontrolü sağladı.",
        "Azerbaycan ordusu, savaşın son günlerinde Şuşa'da kontrolü yeniden ele geçirdi.",
    ],
)
def test_control_taken_in_a_place_is_its_holding(lexicon: Lexicon, text: str) -> None:
    facts = relations(read(lexicon, text, "tr", "2020-11-12"), "controlledBy")
    assert ("shusha", "controlledBy", "azerbaijan", "asserted") in facts


def test_control_lost_in_a_place_is_no_holding(lexicon: Lexicon) -> None:
    text = "Ermenistan'ın Şuşa'da kontrolü kaybetmesi büyük tartışma yarattı."
    assert not relations(read(lexicon, text, "tr", "2020-11-12"), "controlledBy")


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Moscow focused on the Nagorno-Karabakh region. Azerbaijan took full control of the"
        " breakaway region in September.",
        "Thousands fled Nagorno-Karabakh. Azerbaijan regained control over the disputed region a year ago.",
    ],
)
def test_control_of_the_region_the_sentence_before_names(lexicon: Lexicon, text: str) -> None:
    facts = relations(read(lexicon, text, "en", "2023-10-20"), "controlledBy")
    assert ("karabakh", "controlledBy", "azerbaijan", "asserted") in facts


def test_control_of_a_region_two_places_before_could_be_is_not_read(lexicon: Lexicon) -> None:
    text = "Armenians fled Nagorno-Karabakh and Lachin. Azerbaijan took control of the region."
    assert not relations(read(lexicon, text, "en", "2023-10-20"), "controlledBy")


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "Görüşmede Karabağ'daki son durum ile Nahçıvan ve Azerbaycan'ın kara bağlantısını sağlayacak "
            "Zengezur Koridoru ele alındı.",
            {"nakhchivan", "azerbaijan"},
        ),
        # a station there is the place's: the place is the end
        (
            "Kars'taki istasyon ile Nahçıvan'ı bağlayacak demiryolu hattı planlanıyor.",
            {"kars", "nakhchivan"},
        ),
    ],
)
def test_a_place_that_only_says_where_a_noun_is_is_no_end(
    lexicon: Lexicon, text: str, ends: set[str]
) -> None:
    facts = relations(read(lexicon, text, "tr", "2023-09-25"), "connects")
    assert {f[2] for f in facts} == ends


def test_towns_a_route_passes_between_its_ends_stay_its_stations(lexicon: Lexicon) -> None:
    text = (
        "Zengezur Koridoru, Azerbaycan'dan başlayıp Ermenistan'ın Syunik bölgesinden geçerek Nahçıvan'a "
        "uzanacak."
    )
    facts = relations(read(lexicon, text, "tr", "2025-10-01"), "connects")
    assert {f[2] for f in facts} == {"azerbaijan", "syunik", "nakhchivan"}


def test_a_meeting_one_travels_to_have_is_intended(lexicon: Lexicon) -> None:
    text = (
        "NTV reported on Sunday that Turkish envoy Serdar Kılıç will travel to Armenia by land, through a "
        "closed border crossing, to meet with deputy speaker Ruben Rubinyan."
    )
    facts = relations(read(lexicon, text, "en", "2025-09-08"), "participant")
    assert not any(f[3] == "asserted" for f in facts)


def test_not_attending_is_not_taking_part(lexicon: Lexicon) -> None:
    text = (
        "Granada'daki toplantıya Azerbaycan Cumhurbaşkanı İlham Aliyev'in 5 Ekim'de katılmaması eleştirildi."
    )
    facts = relations(read(lexicon, text, "tr", "2023-10-06"), "participant")
    assert not any(f[2] == "ilham-aliyev" and f[3] == "asserted" for f in facts)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "President Ilham Aliyev and Prime Minister Nikol Pashinyan arrived in Abu Dhabi on Thursday. "
            "The two leaders met on July 10 in Abu Dhabi.",
            "en",
            ("meeting/2025-07-10-abu-dhabi", {"ilham-aliyev", "nikol-pashinyan"}),
        ),
        (
            "Türkiye'nin Ermenistan Özel Temsilcisi Serdar Kılıç ile Ermenistan Özel Temsilcisi Ruben "
            "Rubinyan normalleşme sürecini ele aldı. Özel temsilciler 30 Temmuz'da Alican sınır kapısında "
            "bir araya geldi.",
            "tr",
            ("meeting/2024-07-30-alican", {"serdar-kilic", "ruben-rubinyan"}),
        ),
    ],
)
def test_people_named_together_are_who_a_group_word_refers_back_to(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, set[str]]
) -> None:
    facts = relations(
        read(lexicon, text, language, "2025-07-12" if language == "en" else "2024-07-31"), "participant"
    )
    assert {f[2] for f in facts if f[0] == expected[0]} == expected[1]


def test_the_people_a_group_met_are_not_the_group(lexicon: Lexicon) -> None:
    text = (
        "The Co-Chairs met with Prime Minister Nikol Pashinyan in Yerevan on 27 May and with President "
        "Ilham Aliyev in Baku on 30 May. On 28 May, the Co-Chairs met with the de facto authorities in "
        "Stepanakert."
    )
    facts = relations(read(lexicon, text, "en", "2019-05-30"), "participant")
    assert not any(f[0].startswith("meeting/2019-05-28") for f in facts)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Syunik Governor Robert Ghukasyan spoke to reporters.", "en", ("robert-ghukasyan", "syunik")),
        ("Kapan Mayor Gevorg Parisian spoke to reporters.", "en", ("gevorg-parisian", "kapan")),
        ("Kars Belediye Başkanı Ziya Polat açıklama yaptı.", "tr", ("ziya-polat", "kars")),
    ],
)
def test_the_head_of_a_province_or_town_governs_it(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str]
) -> None:
    facts = read(lexicon, text, language)
    assert (*expected[:1], "governs", expected[1], "asserted") in facts
    assert not {f for f in facts if f[1] == "leaderOf"}  # a place is no agent to lead


@pytest.mark.parametrize(
    "text",
    [
        "Kars Valisi Ziya Polat açıklama yaptı.",
        "Iğdır Valisi Mehmet Yılmazer ile Aralık Kaymakamı Can Demir törene katıldı.",
        "Kars valisi Ziya Polat, Arpaçay'da incelemelerde bulundu.",
    ],
)
def test_a_turkish_governor_appointed_to_a_province_leads_nothing(lexicon: Lexicon, text: str) -> None:
    facts = read(lexicon, text, "tr")
    assert not {f for f in facts if f[1] == "leaderOf"}
    assert any(f[0] == "ziya-polat" or f[0] == "mehmet-yilmazer" for f in facts if f[1] == "type")


def test_a_treaty_signed_on_a_day_another_sentence_gives(lexicon: Lexicon) -> None:
    text = (
        "Astana [Kazakhstan], November 14 : Kazakhstan, Azerbaijan, and China have signed an agreement on "
        "a cargo terminal in the Port of Baku in Alat. The agreement was signed on November 12."
    )
    facts = relations(read(lexicon, text, "en", "2024-11-14"), "signatory", "date")
    assert ("treaty/2024-11-12-agreement", "signatory", "china", "asserted") in facts
    assert not any(f[0].startswith(("treaty/2024-11-14", "treaty/?")) for f in facts)


def test_a_treaty_signed_on_the_day_the_previous_sentence_speaks_of(lexicon: Lexicon) -> None:
    text = (
        "The two presidents signed 14 deals during the Baku visit, February 25, 2020. President Ilham "
        "Aliyev and his Turkish counterpart Recep Tayyip Erdogan signed a Memorandum of Understanding on a "
        "railroad."
    )
    facts = relations(read(lexicon, text, "en", "2020-02-27"), "signatory")
    assert {f[2] for f in facts if f[0] == "treaty/2020-02-25-memorandum"} == {
        "ilham-aliyev",
        "recep-tayyip-erdogan",
    }


@pytest.mark.parametrize(
    ("text", "language", "corridor", "stations"),
    [
        ("The Aktau–Alat route will be extended.", "en", "aktau-alat-route", {"aktau", "alat"}),
        (
            "Kars-Gümrü Demiryolu Hattı yeniden açılacak.",
            "tr",
            "kars-gyumri-railway",
            {"kars", "gyumri"},
        ),
        (
            "Baku-Tiflis-Kars Demiryolu açıldı.",
            "tr",
            "baku-tbilisi-kars-railway",
            {"baku", "tbilisi", "kars"},
        ),
    ],
)
def test_a_route_named_after_its_stations_connects_them(
    lexicon: Lexicon, text: str, language: str, corridor: str, stations: set[str]
) -> None:
    facts = relations(read(lexicon, text, language, "2025-03-04"), "connects")
    assert {f[2] for f in facts if f[0] == corridor} == stations


def test_directions_are_not_stations(lexicon: Lexicon) -> None:
    facts = read(
        lexicon, "Iran backs the North-South highway and the Trans-Caspian route.", "en", "2025-03-04"
    )
    assert not any(f[0].startswith(("north-south", "trans-caspian")) for f in facts)


def test_a_surname_alone_is_the_lexicon_person_it_sounds_like(lexicon: Lexicon) -> None:
    facts = read(lexicon, "Ermenistan Dışişleri Bakanı Ayvazyan Karabağ'ı ziyaret etti.", "tr", "2021-01-05")
    assert not any(f[0] == "ayvazyan" for f in facts)


def test_a_wide_region_is_not_located_in_a_city(lexicon: Lexicon) -> None:
    text = "Pezeşkiyan, Tahran'ın Kafkasya bölgesinde barışa öncelik verdiğini söyledi."
    assert not relations(read(lexicon, text, "tr", "2025-08-20"), "locatedIn")


def test_when_with_a_past_verb_tells_a_time_not_a_condition(lexicon: Lexicon) -> None:
    text = (
        "The agreement was reached on October 6 when Prime Minister Nikol Pashinyan met President "
        "Ilham Aliyev in Prague."
    )
    facts = relations(read(lexicon, text, "en", "2022-10-27"), "participant")
    assert ("meeting/2022-10-06-prague", "participant", "ilham-aliyev", "asserted") in facts


def test_a_treaty_dated_after_its_subject(lexicon: Lexicon) -> None:
    text = "They discussed our trilateral Statement on Nagorno-Karabakh of November 9, 2020."
    facts = relations(read(lexicon, text, "en", "2021-01-11"), "date")
    assert ("trilateral-statement-2020", "date", "2020-11-09", "asserted") in facts


def test_months_of_meetings_held_at_places(lexicon: Lexicon) -> None:
    text = "The first two rounds of meetings had taken place in Moscow in January and Vienna in February."
    facts = relations(read(lexicon, text, "en", "2022-04-29"), "heldIn", "date")
    assert ("meeting/2022-01-moscow", "heldIn", "moscow", "asserted") in facts
    assert ("meeting/2022-02-vienna", "heldIn", "vienna", "asserted") in facts
    assert ("meeting/2022-02-vienna", "date", "2022-02", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They met at the initiative of the President of the French Republic Emmanuel Macron.",
            ("emmanuel-macron", "france"),
        ),
        (
            "Ararat Mirzoyan, the Minister of Foreign Affairs of the Republic of Armenia, spoke.",
            ("ararat-mirzoyan", "armenia-ministry-of-foreign-affairs"),
        ),
    ],
)
def test_offices_under_a_states_official_name(lexicon: Lexicon, text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "leaderOf", expected[1], "asserted") in read(lexicon, text, "en", "2022-10-07")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan held talks in Almaty.", "en"),
        ("The foreign ministers of Azerbaijan and Armenia, Jeyhun Bayramov and Ararat Mirzoyan, met.", "en"),
        ("Dışişleri Bakanları Ceyhun Bayramov ve Ararat Mirzoyan Almatı'da görüştü.", "tr"),
    ],
)
def test_a_plural_title_gives_each_minister_his_ministry(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language, "2024-05-10"), "leaderOf")
    assert ("jeyhun-bayramov", "leaderOf", "azerbaijan-ministry-of-foreign-affairs", "asserted") in facts
    assert ("ararat-mirzoyan", "leaderOf", "armenia-ministry-of-foreign-affairs", "asserted") in facts


def test_a_deputy_under_a_plural_title_leads_nothing(lexicon: Lexicon) -> None:
    text = "Deputy foreign ministers Jeyhun Bayramov and Ararat Mirzoyan met."
    assert not relations(read(lexicon, text, "en", "2024-05-10"), "leaderOf")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Cumhurbaşkanı İlham Aliyev Bakü'de konuştu.", "tr", ("ilham-aliyev", "azerbaijan")),
        ("Başbakan Paşinyan açıklama yaptı.", "tr", ("nikol-pashinyan", "armenia")),
        ("President Aliyev spoke in Baku.", "en", ("ilham-aliyev", "azerbaijan")),
    ],
)
def test_a_bare_title_reads_the_office_the_person_holds(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str]
) -> None:
    """The devset's convention: a title beside a name states the office, in both languages."""
    assert (expected[0], "leaderOf", expected[1], "asserted") in read(lexicon, text, language, "2024-05-10")


def test_a_name_without_a_title_holds_no_office(lexicon: Lexicon) -> None:
    assert not relations(read(lexicon, "Aliyev Bakü'de konuştu.", "tr", "2024-05-10"), "leaderOf")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Co-Chairs of the OSCE Minsk Group (Igor Popov of the Russian Federation, Stéphane "
            "Visconti of France, and Andrew Schofer of the United States of America) arrived.",
            "en",
        ),
        (
            "AGİT Minsk Grubu eş başkanları Igor Popov (Rusya), Stephane Visconti (Fransa) ve Andrew "
            "Schofer (ABD) Bakü'ye geldi.",
            "tr",
        ),
    ],
)
def test_named_cochairs_lead_the_group_and_their_states_chair_it(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2019-05-31"), "leaderOf", "chairOf")
    for person in ("igor-popov", "stephane-visconti", "andrew-schofer"):
        assert (person, "leaderOf", "osce-minsk-group", "asserted") in facts
    for state in ("russia", "france", "united-states"):
        assert (state, "chairOf", "osce-minsk-group", "asserted") in facts
        assert (state, "leaderOf", "osce-minsk-group", "asserted") not in facts


def test_a_plural_title_pairs_states_with_the_names_in_brackets(lexicon: Lexicon) -> None:
    text = (
        "The foreign ministers of Azerbaijan (Elmar Mammadyarov), Georgia (Mikheil Janelidze) and "
        "Turkey (Mevlüt Çavuşoğlu) met in Tbilisi."
    )
    facts = relations(read(lexicon, text, "en", "2016-02-20"), "leaderOf")
    assert facts == {
        ("elmar-mammadyarov", "leaderOf", "azerbaijan-ministry-of-foreign-affairs", "asserted"),
        ("mikheil-janelidze", "leaderOf", "georgia-ministry-of-foreign-affairs", "asserted"),
        ("mevlut-cavusoglu", "leaderOf", "turkiye-ministry-of-foreign-affairs", "asserted"),
    }


def test_a_headline_without_a_full_stop_is_its_own_sentence(lexicon: Lexicon) -> None:
    text = (
        "Erdoğan attends tripartite summit with Azerbaijan, Turkmenistan\n"
        "President Recep Tayyip Erdoğan attended the summit in Awaza on Wednesday.\n"
        "Gurbanguly Berdimuhamedov, chairman of the People's Council of Turkmenistan, met him."
    )
    facts = relations(read(lexicon, text, "en", "2022-12-14"), "leaderOf")
    assert ("recep-tayyip-erdogan", "leaderOf", "turkmenistan", "asserted") not in facts
    assert ("gurbanguly-berdimuhamedov", "leaderOf", "peoples-council-of-turkmenistan", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The leaders of Türkiye, Azerbaijan and Turkmenistan met in Awaza on December 14. "
            "Also, the three countries signed a joint declaration.",
            "en",
        ),
        (
            "Türkiye, Azerbaycan ve Türkmenistan liderleri 14 Aralık'ta Avaza'da bir araya geldi. "
            "Üç ülke ortak bir bildiri imzaladı.",
            "tr",
        ),
    ],
)
def test_the_countries_named_together_sign_as_a_group(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language, "2022-12-14"), "partyTo")
    assert {f[0] for f in facts} == {"turkiye", "azerbaijan", "turkmenistan"}


def test_a_count_that_is_not_the_groups_reads_no_group(lexicon: Lexicon) -> None:
    text = "Türkiye and Azerbaijan met in Baku. The three countries signed a joint declaration."
    assert not relations(read(lexicon, text, "en", "2022-12-14"), "partyTo")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The session of the commissions on border delimitation was held at the border, chaired by "
            "Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev.",
            "en",
        ),
        (
            "Şahin Mustafayev ile Mher Grigoryan başkanlığındaki sınır komisyonları Gebele'de toplandı.",
            "tr",
        ),
    ],
)
def test_chairs_lead_the_body_the_lexicon_gives_them(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language, "2024-09-21"), "leaderOf")
    assert {(f[0], f[2].split("-")[0]) for f in facts} == {
        ("mher-grigoryan", "commission"),
        ("shahin-mustafayev", "state"),
    }


def test_a_chair_of_another_kind_of_body_is_not_read(lexicon: Lexicon) -> None:
    text = "The talks were chaired by Deputy Prime Minister Mher Grigoryan at the ministry."
    assert not relations(read(lexicon, text, "en", "2024-09-21"), "leaderOf")


def test_a_treaty_between_its_known_parties_only(lexicon: Lexicon) -> None:
    text = "Türkiye, Ermenistan ve Azerbaycan arasında bir barış anlaşmasının hızlı sonucunu umuyor."
    parties = {f[0] for f in relations(read(lexicon, text, "tr", "2024-07-11"), "partyTo")}
    assert parties == {"armenia", "azerbaijan"}


def test_a_turkish_signer_is_in_the_nominative(lexicon: Lexicon) -> None:
    text = (
        "Ermenistan ve Azerbaycan liderleri Nikol Paşinyan ve İlham Aliyev, Washington'da ABD Başkanı "
        "Donald Trump'ın davetiyle barış anlaşması imzaladı."
    )
    facts = read(lexicon, text, "tr", "2025-08-09")
    signers = {f[2] for f in relations(facts, "signatory")}
    assert signers == {"nikol-pashinyan", "ilham-aliyev"}
    assert ("nikol-pashinyan", "leaderOf", "azerbaijan", "asserted") not in facts


def test_news_names_the_declaration_signed_after_the_treaty_it_leads_to(lexicon: Lexicon) -> None:
    # the lexicon: the peace agreement initialled, not signed, on 8 August 2025, when the
    # Washington declaration was signed
    text = "Aliyev and Pashinyan signed a peace agreement at the White House on August 8."
    signed = {f[0] for f in relations(read(lexicon, text, "en", "2025-08-09"), "signatory")}
    assert signed == {"washington-declaration-2025"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "2. Karabağ Savaşı, 10 Kasım 2020'de Azerbaycan, Ermenistan ve Rusya liderlerinin üçlü "
            "bildirisiyle sona ermişti.",
            "tr",
            "2020-11-10",
        ),
        (
            "The blockade violates the trilateral statement brokered by Russia between Armenia and "
            "Azerbaijan in 2020.",
            "en",
            "2020",
        ),
        ("Sınır, 1991'de imzalanan Almatı Bildirgesi esas alınarak belirlenecek.", "tr", "1991"),
    ],
)
def test_a_known_treaty_takes_the_date_the_text_gives_it(
    lexicon: Lexicon, text: str, language: str, expected: str
) -> None:
    dates = {(f[0], f[2]) for f in relations(read(lexicon, text, language, "2023-01-10"), "date")}
    assert any(value == expected for _, value in dates), dates


def test_a_date_that_is_not_the_treatys_does_not_date_it(lexicon: Lexicon) -> None:
    text = "On 12 December 2022, activists blocked the road, violating the trilateral statement."
    dates = relations(read(lexicon, text, "en", "2023-01-10"), "date")
    assert not any(f[0] == "trilateral-statement-2020" for f in dates)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bu açıklamayı Cumhurbaşkanlığı İletişim Başkanı Fahrettin Altun yaptı.",
            ("fahrettin-altun", "cumhurbaskanligi-iletisim-baskanligi"),
        ),
        ("Diyanet İşleri Başkanı Ali Erbaş Bakü'de konuştu.", ("ali-erbas", "diyanet-isleri-baskanligi")),
    ],
)
def test_a_turkish_head_leads_the_office_his_title_names(
    lexicon: Lexicon, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "leaderOf", expected[1], "asserted") in read(lexicon, text, "tr", "2025-06-10")


def test_a_speakers_title_with_a_state_mints_no_office(lexicon: Lexicon) -> None:
    facts = relations(
        read(lexicon, "Ermenistan Meclis Başkanı Alen Simonyan konuştu.", "tr", "2025-06-10"), "leaderOf"
    )
    assert not any("baskanligi" in f[2] for f in facts)


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        (
            "Azerbaijani forces on Tuesday started firing at the Armenian towns of Goris and Jermuk.",
            "en",
            "2022-09-13",
        ),
        (
            "12 Eylül gecesi Ermenistan ordusunun mevzilerinden Azerbaycan ordusunun mevzileri "
            "ateş altına alındı.",
            "tr",
            "2022-09-12",
        ),
    ],
)
def test_fighting_on_a_day_of_a_known_event_is_that_event(
    lexicon: Lexicon, text: str, language: str, date: str
) -> None:
    facts = read(lexicon, text, language, "2022-09-14")
    key = "september-2022-armenia-azerbaijan-clashes"
    assert (key, "date", date, "asserted") in facts
    assert {f[2] for f in relations(facts, "participant") if f[0] == key} == {"armenia", "azerbaijan"}


def test_fighting_on_another_day_is_no_known_event(lexicon: Lexicon) -> None:
    text = "Azerbaijani forces on Tuesday started firing at the Armenian towns of Goris and Jermuk."
    assert not any("clashes" in f[0] for f in read(lexicon, text, "en", "2022-10-20"))


def test_a_ministers_our_title_reads_the_office(lexicon: Lexicon) -> None:
    text = "11 Kasım'da Milli Savunma Bakanımız Hulusi Akar ile Rusya Savunma Bakanı Sergey Şoygu görüştü."
    facts = relations(read(lexicon, text, "tr", "2020-12-01"), "leaderOf")
    assert ("hulusi-akar", "leaderOf", "turkiye-ministry-of-defence", "asserted") in facts


def test_signing_together_at_a_place_on_a_day_is_a_meeting(lexicon: Lexicon) -> None:
    text = (
        "On August 8, in Washington, President of the Republic of Azerbaijan, Ilham Aliyev, US President "
        "Donald Trump, and Armenian Prime Minister Nikol Pashinyan signed a joint declaration."
    )
    facts = read(lexicon, text, "en", "2026-01-14")
    key = "meeting/2025-08-08-washington"
    assert {f[2] for f in relations(facts, "participant") if f[0] == key} == {
        "ilham-aliyev",
        "donald-trump",
        "nikol-pashinyan",
    }
    assert {f[2] for f in relations(facts, "mediatedBy")} == {"donald-trump"}  # his state is no party
    assert ("washington-declaration-2025", "signatory", "azerbaijan", "asserted") not in facts


def test_signing_without_a_place_is_no_meeting(lexicon: Lexicon) -> None:
    text = "Aliyev and Pashinyan signed a memorandum on 12 March 2022."
    assert not any(f[0].startswith("meeting/") for f in read(lexicon, text, "en", "2022-03-13"))


def test_signers_after_by_past_a_dates_comma(lexicon: Lexicon) -> None:
    text = "According to Lavrov, the trilateral statement was signed on November 9, 2020 by Putin and Aliyev."
    signers = {f[2] for f in read(lexicon, text, "en", "2024-01-18") if f[1] == "signatory"}
    assert signers == {"vladimir-putin", "ilham-aliyev"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Aliyev and Pashinyan met in Abu Dhabi five months ago.", "en", "meeting/2025-08-abu-dhabi"),
        ("Aliyev ve Paşinyan geçen ay Abu Dabi'de bir araya geldi.", "tr", "meeting/2025-12-abu-dhabi"),
        (
            "Aliyev ve Paşinyan iki gün önce Abu Dabi'de bir araya geldi.",
            "tr",
            "meeting/2026-01-12-abu-dhabi",
        ),
    ],
)
def test_a_span_back_from_the_article_dates_a_meeting(
    lexicon: Lexicon, text: str, language: str, expected: str
) -> None:
    facts = read(lexicon, text, language, "2026-01-14")
    assert (expected, "participant", "ilham-aliyev", "asserted") in facts


def test_a_list_of_ministers_of_their_states_takes_in_a_name_the_lexicon_lacks(lexicon: Lexicon) -> None:
    text = (
        "Attending the meeting are Foreign Ministers Jeyhun Bayramov of Azerbaijan, Mevlüt Çavuşoğlu "
        "of Türkiye, and Mukhtar Tileuberdi of Kazakhstan."
    )
    facts = relations(read(lexicon, text, "en", "2022-11-25"), "leaderOf")
    assert ("mukhtar-tileuberdi", "leaderOf", "kazakhstan-ministry-of-foreign-affairs", "asserted") in facts


def test_a_recalled_meeting_does_not_date_a_signing_told_without_its_day(lexicon: Lexicon) -> None:
    text = (
        "Georgia and Kazakhstan have signed an agreement on the Middle Corridor. "
        "The Road Map was signed on November 25, 2022 at a meeting held in Aktau between the "
        "representatives of Georgia, Kazakhstan and Azerbaijan."
    )
    facts = read(lexicon, text, "en", "2023-10-28")
    assert not any(f[0] == "treaty/2022-11-25-agreement" for f in facts)


def test_a_place_naming_a_document_is_no_station(lexicon: Lexicon) -> None:
    text = (
        "They will sign a roadmap for the Middle Corridor linking Türkiye, Azerbaijan, and "
        "Kazakhstan in line with the Baku declaration."
    )
    ends = {f[2] for f in relations(read(lexicon, text, "en", "2022-11-25"), "connects")}
    assert "baku" not in ends and {"turkiye", "kazakhstan"} <= ends


def test_the_venues_country_is_not_a_side(lexicon: Lexicon) -> None:
    text = "Serdar Kılıç and Ruben Rubinyan held their first meeting on January 14, 2022, in Moscow, Russia."
    facts = relations(read(lexicon, text, "en", "2024-07-31"), "participant")
    assert ("meeting/2022-01-14-moscow", "participant", "serdar-kilic", "asserted") in facts
    assert not any(f[2] == "russia" for f in facts)


def test_a_meeting_word_inside_a_name_is_no_meeting_of_the_countries_around_it(lexicon: Lexicon) -> None:
    text = (
        "Kazakhstan, Azerbaijan and China signed an agreement in Alat on November 12 on the sidelines of "
        "the 29th Conference of the Parties."
    )
    assert not relations(read(lexicon, text, "en", "2024-11-14"), "participant")


def test_a_treatys_own_day_is_not_a_meeting_day(lexicon: Lexicon) -> None:
    text = "At the meeting they discussed our trilateral Statement on Nagorno-Karabakh of November 9, 2020."
    facts = read(lexicon, text, "en", "2021-01-11")
    assert not any(f[0].startswith("meeting/2020-11-09") for f in facts)


def test_a_known_treatys_year_beside_it_dates_it(lexicon: Lexicon) -> None:
    text = "1991'de Almatı Deklarasyonu'nun imzalandığı Dostluk Evi'nde görüştüler."
    assert ("alma-ata-declaration-1991", "date", "1991", "asserted") in read(
        lexicon, text, "tr", "2024-05-10"
    )


def test_a_day_after_an_english_month_ends_a_sentence(lexicon: Lexicon) -> None:
    text = (
        "Secretary Blinken hosted Foreign Minister Ararat Mirzoyan and Foreign Minister Jeyhun Bayramov in "
        "Washington on November 7. Putin, Aliyev and Pashinyan met in Sochi on 26 November 2021."
    )
    facts = relations(read(lexicon, text, "en", "2022-11-08"), "participant", "mediatedBy")
    assert ("meeting/2022-11-07-washington", "mediatedBy", "antony-blinken", "asserted") in facts
    assert not any(f[0].startswith("meeting/2022-11-07") and f[2] == "vladimir-putin" for f in facts)


def test_the_day_of_a_hosted_meeting_before_the_main_verb(lexicon: Lexicon) -> None:
    text = (
        "European Council President Charles Michel, who hosted Prime Minister Nikol Pashinyan and President "
        "Ilham Aliyev in Brussels on May 22, said the talks were productive."
    )
    facts = relations(read(lexicon, text, "en", "2023-05-24"), "participant")
    assert ("meeting/2023-05-22-brussels", "participant", "ilham-aliyev", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Putin, Azerbaycan ile Ermenistan arasında barış anlaşmasının imzalanmasını destekledi.", False),
        ("Paşinyan, 26 Kasım'da üçlü bildiriyi imzalamaya hazır olduğunu söyledi.", False),
        ("Aliyev ve Paşinyan'ın 26 Kasım'da ortak bildiriyi imzalamasının ardından görüşme sona erdi.", True),
    ],
)
def test_a_turkish_signing_named_by_a_verbal_noun_is_not_done(
    lexicon: Lexicon, text: str, held: bool
) -> None:
    facts = relations(read(lexicon, text, "tr", "2021-11-27"), "signatory")
    assert any(f[3] == "asserted" for f in facts) is held


def test_each_day_of_a_sentence_takes_its_own_mood(lexicon: Lexicon) -> None:
    text = "Aliyev and Pashinyan met in Brussels on 14 May and will meet again in Chisinau on 1 June."
    facts = relations(read(lexicon, text, "en", "2023-05-20"), "participant")
    assert ("meeting/2023-05-14-brussels", "participant", "ilham-aliyev", "asserted") in facts
    assert ("meeting/2023-06-01-chisinau", "participant", "ilham-aliyev", "intended") in facts


def test_a_turkish_visit_to_come_is_intended(lexicon: Lexicon) -> None:
    text = "Nikol Paşinyan'ın 20 Haziran günü Erdoğan'ın daveti üzerine İstanbul'a yapacağı ziyaret gündemde."
    facts = relations(read(lexicon, text, "tr", "2025-06-18"), "participant")
    assert facts and all(f[3] == "intended" for f in facts)


@pytest.mark.parametrize(
    ("text", "language", "teller", "told"),
    [
        (
            "Maria Zakharova said the meeting of Serdar Kılıç and Ruben Rubinyan in Yerevan on 12 September "
            "was useful.",
            "en",
            "maria-zakharova",
            "ruben-rubinyan",
        ),
        (
            "Putin announced on Monday after meeting with Ilham Aliyev in Baku that Russia is ready to help.",
            "en",
            "",
            "vladimir-putin",
        ),
        (
            "Zaharova, 12 Eylül'de Erivan'da Serdar Kılıç ile Ruben Rubinyan arasında gerçekleştirilen "
            "görüşmenin yararlı olduğunu söyledi.",
            "tr",
            "maria-zakharova",
            "ruben-rubinyan",
        ),
    ],
)
def test_who_tells_of_a_meeting_is_not_in_it(
    lexicon: Lexicon, text: str, language: str, teller: str, told: str
) -> None:
    people = {f[2] for f in relations(read(lexicon, text, language, "2025-09-14"), "participant")}
    assert told in people and teller not in people


def test_turkish_bugun_ise_is_nowadays_not_a_day(lexicon: Lexicon) -> None:
    text = "Görüşmede Şi Cinping, bugün ise bağların stratejik ortaklık düzeyinde olduğunu söyledi."
    assert not any(f[0].startswith("meeting/") for f in read(lexicon, text, "tr", "2025-08-31"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev and Pashinyan met in Abu Dhabi on July 10. The meeting was hosted by UAE President "
            "Mohamed bin Zayed. The talks were also attended by foreign ministers Jeyhun Bayramov and "
            "Ararat Mirzoyan.",
            "en",
        ),
        (
            "Aliyev ve Paşinyan 10 Temmuz'da Abu Dabi'de bir araya geldi. Görüşmeye BAE Devlet Başkanı "
            "Muhammed bin Zayid ev sahipliği yaptı. Görüşmeye dışişleri bakanları Ceyhun Bayramov ve "
            "Ararat Mirzoyan da katıldı.",
            "tr",
        ),
    ],
)
def test_the_sentences_after_a_meeting_add_its_host_and_people(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-07-12"), "participant", "mediatedBy")
    key = "meeting/2025-07-10-abu-dhabi"
    assert (key, "mediatedBy", "mohamed-bin-zayed", "asserted") in facts
    assert (key, "participant", "ararat-mirzoyan", "asserted") in facts


def test_a_yearless_day_takes_the_year_the_sentence_before_wrote(lexicon: Lexicon) -> None:
    text = (
        "In March 2022, Armenian Foreign Minister Ararat Mirzoyan attended the Antalya Diplomacy Forum. "
        "On March 12, Mirzoyan and Turkish Foreign Minister Mevlüt Çavuşoğlu met in Antalya."
    )
    facts = relations(read(lexicon, text, "en", "2024-07-31"), "date")
    assert ("meeting/2022-03-12-antalya", "date", "2022-03-12", "asserted") in facts


@pytest.mark.parametrize(
    ("before", "language"),
    [
        ("In 1992-1994, the war over Karabakh and seven districts around it took thousands of lives.", "en"),
        ("The conflict of the 1990s ended in a ceasefire that held for decades.", "en"),
        ("1992–1994 yılları arasında Karabağ'da savaş yaşandı.", "tr"),
    ],
)
def test_a_span_of_years_in_the_sentence_before_gives_no_year_to_a_yearless_day(
    lexicon: Lexicon, before: str, language: str
) -> None:
    signed = {
        "en": "On November 9, Putin, Aliyev and Pashinyan signed a joint statement on a Karabakh ceasefire.",
        "tr": "9 Kasım'da Putin, Aliyev ve Paşinyan Karabağ'da ateşkes öngören ortak bir bildiri imzaladı.",
    }[language]
    facts = relations(read(lexicon, before + " " + signed, language, "2020-12-02"), "date")
    years = {obj[:4] for _s, _r, obj, _m in facts}
    assert years == {"2020"}, facts


def test_a_lexicon_persons_surname_alone_later_is_that_person(lexicon: Lexicon) -> None:
    text = (
        "Ambassador Serdar Kılıç met Ruben Rubinyan in Vienna on 24 February. Kılıç and Rubinyan held their "
        "second meeting on March 14 in Moscow."
    )
    facts = relations(read(lexicon, text, "en", "2022-04-01"), "participant")
    assert ("meeting/2022-03-14-moscow", "participant", "serdar-kilic", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ermenistan Cumhuriyeti Kelbecer bölgesini 15 Kasım 2020 tarihine, Laçin bölgesini de "
            "1 Aralık 2020 tarihine kadar Azerbaycan Cumhuriyeti'ne geri verecektir.",
            {"kalbajar", "lachin"},
        ),
        (
            "Ermenistan'ın elindeki Ağdam bölgesi 20 Kasım 2020 tarihine kadar Azerbaycan'a iade "
            "edilecektir.",
            {"aghdam"},
        ),
    ],
)
def test_places_given_back_to_a_state_come_under_it(lexicon: Lexicon, text: str, expected: set[str]) -> None:
    facts = relations(read(lexicon, text, "tr", "2020-11-10"), "controlledBy")
    assert expected <= {f[0] for f in facts if f[2] == "azerbaijan"}


def test_places_returned_to_a_state_each_with_its_day(lexicon: Lexicon) -> None:
    text = (
        "The republic of Armenia shall return the Kelbajar region to the Republic of Azerbaijan by "
        "15 November, 2020, and the Lachin region by 1 December 2020."
    )
    facts = relations(read(lexicon, text, "en", "2020-11-10"), "controlledBy")
    assert {f[0] for f in facts if f[2] == "azerbaijan"} == {"kalbajar", "lachin"}


def test_two_offices_in_a_row_are_not_one_persons(lexicon: Lexicon) -> None:
    text = (
        "Statement by the Prime Minister of the Republic of Armenia, the President of the Republic of "
        "Azerbaijan and the President of the Russian Federation"
    )
    assert ("nikol-pashinyan", "leaderOf", "azerbaijan", "asserted") not in read(
        lexicon, text, "en", "2020-11-10"
    )


def test_an_official_text_dated_above_its_opening_dates_the_lexicons_treaty(lexicon: Lexicon) -> None:
    text = (
        "10.11.2020\n\nWe, the Prime Minister of the Republic of Armenia N.V. Pashinyan, the President of "
        "the Republic of Azerbaijan I.H. Aliyev, and the President of the Russian Federation V.V. Putin, "
        "have hereby stated the following: 1. A complete ceasefire is declared."
    )
    facts = relations(read(lexicon, text, "en", "2020-11-10"), "date", "signatory")
    assert ("trilateral-statement-2020", "date", "2020-11-10", "asserted") in facts


def test_the_three_leaders_are_the_three_named_together(lexicon: Lexicon) -> None:
    text = (
        "Putin hosted President Ilham Aliyev and Prime Minister Nikol Pashinyan in Sochi on 26 November "
        "2021. Following three hours of negotiations, the three leaders signed a joint statement."
    )
    facts = relations(read(lexicon, text, "en", "2021-11-27"), "signatory")
    assert {f[2] for f in facts if f[0] == "sochi-statement-2021"} == {
        "vladimir-putin",
        "ilham-aliyev",
        "nikol-pashinyan",
    }


def test_a_meeting_told_without_its_day_is_not_one_of_months_before(lexicon: Lexicon) -> None:
    text = (
        "The US and Armenia agreed on the route at the summit held at the White House in Washington in "
        "August 2025. Marco Rubio met Foreign Minister Ararat Mirzoyan in Washington."
    )
    facts = relations(read(lexicon, text, "en", "2026-01-14"), "participant")
    assert not any(f[2] == "marco-rubio" and f[0].startswith("meeting/2025-08") for f in facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday, Secretary of State Antony Blinken, in a telephone conversation with President Ilham "
            "Aliyev, called for peace negotiations.",
            "en",
        ),
        ("Erdoğan, 12 Mart'ta Aliyev ile telefonda görüştü.", "tr"),
    ],
)
def test_a_phone_call_is_not_a_meeting(lexicon: Lexicon, text: str, language: str) -> None:
    assert not relations(read(lexicon, text, language, "2023-03-14"), "participant")


def test_a_treaty_dated_after_its_description(lexicon: Lexicon) -> None:
    text = (
        "They discussed the Statement by the leaders of Azerbaijan, Armenia and Russia on Nagorno-Karabakh "
        "of November 9, 2020."
    )
    facts = relations(read(lexicon, text, "en", "2021-01-11"), "date")
    assert ("trilateral-statement-2020", "date", "2020-11-09", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ebrahim Azizi, chairman of the Iranian parliament's Committee on National Security and Foreign "
            "Relations, said the corridor was a red line.",
            ("ebrahim-azizi", "committee-on-national-security-and-foreign-relations"),
        ),
        (
            "Head of the EU Mission in Armenia Markus Ritter visited the border.",
            ("markus-ritter", "eu-mission-in-armenia"),
        ),
    ],
)
def test_the_head_of_a_body_written_around_the_name(
    lexicon: Lexicon, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "leaderOf", expected[1], "asserted") in read(lexicon, text, "en", "2024-09-02")


def test_states_paired_as_a_modifier_are_not_the_sides_of_a_meeting(lexicon: Lexicon) -> None:
    text = (
        "The special envoys for the Turkey-Armenia normalization process held their fifth meeting at Alican "
        "on 30 July."
    )
    facts = relations(read(lexicon, text, "en", "2024-07-31"), "participant")
    assert not any(f[2] in ("turkiye", "armenia") for f in facts)


def test_a_mediator_signing_as_witness_is_a_signatory_and_its_state_a_party(lexicon: Lexicon) -> None:
    text = (
        "The Washington Declaration was signed on 8 August 2025 by Aliyev and Pashinyan and witnessed by "
        "Trump."
    )
    facts = read(lexicon, text, "en", "2025-09-01")
    assert ("washington-declaration-2025", "signatory", "donald-trump", "asserted") in facts
    assert ("united-states", "partyTo", "washington-declaration-2025", "asserted") in facts


def test_turkish_parties_between_with_the_signings_day_and_place(lexicon: Lexicon) -> None:
    text = (
        "Azerbaycan ile Ermenistan arasında 8 Ağustos 2025'te Washington'da imzalanan ortak deklarasyon "
        "önemlidir."
    )
    facts = relations(read(lexicon, text, "tr", "2025-09-01"), "partyTo")
    assert {f[0] for f in facts if f[2] == "washington-declaration-2025"} == {"armenia", "azerbaijan"}


def test_a_lexicon_line_named_as_a_project_by_its_stations(lexicon: Lexicon) -> None:
    text = (
        "The Baku–Tbilisi–Kars project was intended to provide a rail corridor linking Azerbaijan to Turkey."
    )
    facts = relations(read(lexicon, text, "en", "2024-01-01"), "connects")
    assert {("baku-tbilisi-kars-railway", "azerbaijan"), ("baku-tbilisi-kars-railway", "turkiye")} <= {
        (f[0], f[2]) for f in facts
    }


@pytest.mark.parametrize(
    "text",
    [
        "Rus birlikleri, Laçın Koridoru diye bilinen Hankendi-Laçın yolunun güvenliğini sağlıyordu.",
        "Sınır kontrol noktası, Laçın-Hankendi yolunun (Laçın Koridoru) başlangıcında kuruldu.",
    ],
)
def test_a_corridor_named_by_its_stations_beside_its_name(lexicon: Lexicon, text: str) -> None:
    facts = relations(read(lexicon, text, "tr", "2024-04-20"), "connects")
    assert {f[2] for f in facts if f[0] == "lachin-corridor"} == {"khankendi", "lachin"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Erdoğan, Azerbaijani President Ilham Aliyev and Turkmen leader Serdar Berdimuhamedov met in the "
            "western Turkmen city of Awaza on 14 December 2022.",
            "meeting/2022-12-14-awaza",
        ),
        (
            "The leaders of Armenia and Azerbaijan met in the Albanian capital, Tirana, on 16 May 2025.",
            "meeting/2025-05-16-tirana",
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan made no breakthrough after holding on Wednesday "
            "talks in Washington hosted by U.S. Secretary of State Antony Blinken.",
            "meeting/2024-07-10-washington",
        ),
    ],
)
def test_venues_written_as_a_city_of_or_a_capital(lexicon: Lexicon, text: str, key: str) -> None:
    facts = relations(
        read(lexicon, text, "en", "2024-07-12" if "Blinken" in text else "2025-05-20"), "heldIn"
    )
    assert any(f[0] == key for f in facts)


def test_the_mood_of_the_meeting_word_nearest_the_day(lexicon: Lexicon) -> None:
    text = (
        "MOSCOW, September 20. IN BRIEF: ceasefire, plans for talks and other developments. Representatives "
        "of Nagorno-Karabakh and Azerbaijan will hold a meeting in the Azerbaijani town of Yevlakh on "
        "September 21."
    )
    facts = read(lexicon, text, "en", "2023-09-20")
    assert not any(f[0].startswith("meeting/") and f[3] == "asserted" for f in facts)


def test_a_summits_leaders_sign_on_its_day(lexicon: Lexicon) -> None:
    text = (
        "President Recep Tayyip Erdoğan on Wednesday attended the summit in Awaza. Erdoğan, Azerbaijani "
        "President Ilham Aliyev and Turkmen leader Serdar Berdimuhamedov met in the western Turkmen city of "
        "Awaza. The presidents signed five agreements in various areas."
    )
    facts = read(lexicon, text, "en", "2022-12-14")
    assert ("serdar-berdimuhamedov", "leaderOf", "turkmenistan", "asserted") in facts
    assert ("awaza", "locatedIn", "turkmenistan", "asserted") in facts
    assert ("treaty/2022-12-14-agreement", "signatory", "serdar-berdimuhamedov", "asserted") in facts


def test_a_discovered_line_is_one_entity_in_both_languages(lexicon: Lexicon) -> None:
    tr = read(lexicon, "Kars-Gümrü Demiryolu Hattı'nın yeniden açılması görüşüldü.", "tr", "2025-11-28")
    en = read(lexicon, "The reopening of the Kars-Gyumri railway was discussed.", "en", "2025-11-28")
    assert ("kars-gyumri-railway", "type", "Corridor", "asserted") in tr & en


def test_a_weekdays_meeting(lexicon: Lexicon) -> None:
    text = (
        "Nikol Pashinyan and Ilham Aliyev have met on the sidelines of the Munich Security Conference. "
        "Saturday's meeting was mediated by German Chancellor Olaf Scholz."
    )
    facts = relations(read(lexicon, text, "en", "2024-02-18"), "mediatedBy", "participant")
    assert ("meeting/2024-02-17-munich", "mediatedBy", "olaf-scholz", "asserted") in facts


def test_a_month_and_its_year_across_a_comma() -> None:
    from loaders.dates import find_dates

    assert [d.value for d in find_dates("since December, 2023, when Armenia", "2024")] == ["2023-12"]


# -- treaties (extraction round, issue 12 / 15) ----------------------------------


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        (
            "Ermenistan ile Azerbaycan arasında 10 Ekim'de imzalanan ateşkes anlaşması kısa sürede bozuldu.",
            "tr",
            "2020-10-14",
        ),
        (
            "The ceasefire agreement signed by Armenia and Azerbaijan on October 10, 2020 soon collapsed.",
            "en",
            "2020-10-14",
        ),
    ],
)
def test_a_known_treatys_name_on_another_day_is_a_treaty_of_the_kind_written(
    lexicon: Lexicon, text: str, language: str, date: str
) -> None:
    # "ateşkes anlaşması" / "ceasefire agreement" name the statement of 10 November 2020;
    # dated 10 October, they are another agreement, not a statement
    facts = read(lexicon, text, language, date)
    assert ("treaty/2020-10-10-agreement", "date", "2020-10-10", "asserted") in facts
    assert not any(
        f[0] == "treaty/2020-10-10-statement" or f[2] == "treaty/2020-10-10-statement" for f in facts
    )


def test_treaties_told_signed_without_a_day_take_the_report_s_month(lexicon: Lexicon) -> None:
    # the meeting is dated only by the report's month: the memoranda signed there have no day, and
    # take the report's month as one key (README, seventh session)
    text = (
        "Başbakan Nikol Paşinyan, Erivan'da İran Cumhurbaşkanı Mesud Pezeşkiyan ile bir araya geldi. "
        "Görüşmenin ardından ulaştırma ve enerji alanlarında altı mutabakat zaptı imzalandı."
    )
    facts = read(lexicon, text, "tr", "2025-08-20")
    assert {f[0] for f in facts if f[0].startswith("treaty/") and f[1] == "date"} == {
        "treaty/2025-08-memorandum"
    }
    # a meeting of a given day dates them
    text = (
        "Armenian Prime Minister Nikol Pashinyan met Iranian President Masoud Pezeshkian in Yerevan on "
        "August 19. After the talks, the two leaders signed six memoranda."
    )
    dated = read(lexicon, text, "en", "2025-08-20")
    assert ("iran", "partyTo", "treaty/2025-08-19-memorandum", "asserted") in dated


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev and Pashinyan met in Brussels on May 14. After the meeting, Michel said both leaders "
            "remained committed to the statements signed in Moscow and Sochi.",
            "en",
        ),
        (
            "Aliyev ve Paşinyan 14 Mayıs'ta Brüksel'de bir araya geldi. Görüşmede iki lider, daha önce "
            "imzalanan anlaşmalara bağlı kaldıklarını belirtti.",
            "tr",
        ),
    ],
)
def test_treaties_described_as_signed_are_no_signing_at_the_meeting(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read(lexicon, text, language, "2023-05-15")
    assert ("meeting/2023-05-14-brussels", "participant", "ilham-aliyev", "asserted") in facts
    assert not any(f[0].startswith("treaty/") or f[2].startswith("treaty/") for f in facts)


def test_treaties_signed_at_the_meeting_are_still_its_own(lexicon: Lexicon) -> None:
    text = (
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Brussels on "
        "May 14. After the meeting, the two leaders signed a joint statement."
    )
    facts = read(lexicon, text, "en", "2023-05-15")
    assert ("treaty/2023-05-14-statement", "signatory", "nikol-pashinyan", "asserted") in facts


def test_a_plural_treaty_word_with_a_list_of_days_is_one_treaty_a_day(lexicon: Lexicon) -> None:
    text = (
        "Moscow insists on the statements agreed between the leaders of Russia, Azerbaijan and Armenia on "
        "November 9, 2020 and January 11, 2021."
    )
    facts = relations(read(lexicon, text, "en", "2024-03-01"), "partyTo", "date")
    assert ("azerbaijan", "partyTo", "trilateral-statement-2020", "asserted") in facts
    assert ("azerbaijan", "partyTo", "moscow-statement-2021", "asserted") in facts
    assert ("moscow-statement-2021", "date", "2021-01-11", "asserted") in facts
    # one treaty word in the singular is one treaty
    text = "The statement adopted on November 9, 2020 and published on November 10, 2020 ended the war."
    facts = read(lexicon, text, "en", "2024-03-01")
    assert not any(f[0] == "moscow-statement-2021" or f[2] == "moscow-statement-2021" for f in facts)


def test_turkish_signers_after_the_signing_participle(lexicon: Lexicon) -> None:
    # "imzalayan Putin, Aliyev ve Paşinyan": who signed, on days before the report, whatever the
    # sentence's last verb ("bekleniyor") looks ahead to
    text = (
        "11 Ocak 2021 ve 26 Kasım 2021 tarihlerinde Moskova ve Soçi'de ortak bildirileri imzalayan Putin, "
        "Aliyev ve Paşinyan'ın yarınki zirvede yeni bir belge imzalaması bekleniyor."
    )
    facts = relations(read(lexicon, text, "tr", "2022-10-30"), "signatory", "partyTo")
    for key in ("moscow-statement-2021", "sochi-statement-2021"):
        assert (key, "signatory", "vladimir-putin", "asserted") in facts
        assert ("armenia", "partyTo", key, "asserted") in facts
    assert not any(f[3] == "asserted" and f[0].startswith("treaty/2022") for f in facts)


def test_a_minister_signs_for_the_state_whose_ministry_he_leads(lexicon: Lexicon) -> None:
    text = (
        "3 Mart 2021'de Milli Savunma Bakanı Hulusi Akar ile Rusya Savunma Bakanı Sergey Şoygu arasında "
        "Ankara'da bir mutabakat zaptı imzalandı."
    )
    facts = relations(read(lexicon, text, "tr", "2021-03-04"), "signatory", "partyTo")
    assert ("treaty/2021-03-03-memorandum", "signatory", "hulusi-akar", "asserted") in facts
    assert ("russia", "partyTo", "treaty/2021-03-03-memorandum", "asserted") in facts
    assert ("turkiye", "partyTo", "treaty/2021-03-03-memorandum", "asserted") in facts


def test_the_day_a_signed_term_runs_from_is_not_the_signings(lexicon: Lexicon) -> None:
    text = (
        "On November 9, 2020, Presidents Vladimir Putin and Ilham Aliyev and Prime Minister Nikol Pashinyan "
        "signed a statement on a full ceasefire starting from November 10."
    )
    facts = relations(read(lexicon, text, "en", "2021-05-01"), "date")
    assert ("trilateral-statement-2020", "date", "2020-11-09", "asserted") in facts
    assert ("trilateral-statement-2020", "date", "2020-11-10", "asserted") not in facts


def test_a_long_passive_subject_signed_after_talks_names_no_signer(lexicon: Lexicon) -> None:
    text = (
        "A memorandum on the opening of a joint Russian-Turkish centre for monitoring the truce in the "
        "region was signed on March 3 following talks between Russian Defense Minister Sergei Shoigu and "
        "Hulusi Akar."
    )
    facts = read(lexicon, text, "en", "2021-03-04")
    assert ("treaty/2021-03-03-memorandum", "date", "2021-03-03", "asserted") in facts
    assert not relations(facts, "signatory")
    # signed between them, they signed it
    text = "On March 3, a memorandum was signed between Defense Ministers Sergei Shoigu and Hulusi Akar."
    facts = relations(read(lexicon, text, "en", "2021-03-04"), "signatory", "partyTo")
    assert ("treaty/2021-03-03-memorandum", "signatory", "hulusi-akar", "asserted") in facts
    assert ("russia", "partyTo", "treaty/2021-03-03-memorandum", "asserted") in facts


def test_a_treaty_that_must_be_signed_is_not_signed(lexicon: Lexicon) -> None:
    text = (
        "The commissions agreed on April 19 that a protocol describing the line must be signed by the "
        "parties by May 15, 2024."
    )
    facts = read(lexicon, text, "en", "2024-04-20")
    assert not any(
        f[0].startswith("treaty/") and f[1] not in ("type", "label") and f[3] == "asserted" for f in facts
    )


def test_a_day_another_treaty_word_stands_beside_is_not_the_signings(lexicon: Lexicon) -> None:
    text = (
        "Açıklamada, 19 Nisan 2024 tarihli 8. toplantının tutanağı olan protokol üzerine yapılan çalışmalar "
        "anlatılarak dört köyün iadesi için Azerbaycan ile Ermenistan arasında yeni bir protokol imzalandığı "
        "belirtildi."
    )
    facts = read(lexicon, text, "tr", "2024-05-20")
    assert not any(
        f[0] == "treaty/2024-04-19-protocol" or f[2] == "treaty/2024-04-19-protocol" for f in facts
    )


def test_committing_to_a_treaty_not_yet_signed_binds_in_intention(lexicon: Lexicon) -> None:
    text = (
        "Armenia and Azerbaijan agreed to keep working towards the conclusion of the peace agreement, the "
        "ministers said."
    )
    facts = relations(read(lexicon, text, "en", "2024-07-20"), "partyTo")
    assert ("armenia", "partyTo", "armenia-azerbaijan-peace-agreement", "asserted") not in facts


def test_whom_a_treaty_was_signed_with_is_a_party_not_a_signer(lexicon: Lexicon) -> None:
    text = "Azerbaycan'ın 2020'de Ermenistan ile imzaladığı ateşkes antlaşması yeni bir dönem açtı."
    facts = relations(read(lexicon, text, "tr", "2023-08-01"), "signatory", "partyTo")
    assert ("armenia", "partyTo", "trilateral-statement-2020", "asserted") in facts
    assert ("trilateral-statement-2020", "signatory", "armenia", "asserted") not in facts


def test_signed_it_is_the_treaty_just_named(lexicon: Lexicon) -> None:
    text = (
        "On August 8, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
        "signed a joint declaration in Washington. Donald Trump also signed it, as a witness."
    )
    facts = relations(read(lexicon, text, "en", "2025-08-10"), "signatory", "partyTo")
    assert ("washington-declaration-2025", "signatory", "donald-trump", "asserted") in facts
    assert ("united-states", "partyTo", "washington-declaration-2025", "asserted") in facts
    # a treaty named sentences before is not what "it" is
    text = (
        "On August 8, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
        "signed a joint declaration in Washington. Congress passed a sanctions bill. Donald Trump signed it."
    )
    facts = relations(read(lexicon, text, "en", "2025-08-10"), "signatory")
    assert ("washington-declaration-2025", "signatory", "donald-trump", "asserted") not in facts


@pytest.mark.parametrize(
    ("text", "language", "date", "key"),
    [
        (
            "Türkiye Cumhurbaşkanı Erdoğan, 1 Mart'ta Azerbaycan'ın Gence kentinde Aliyev ile görüştükten "
            "sonra iki ülke arasında bir ortak deklarasyon imzaladı.",
            "tr",
            "2023-03-02",
            "treaty/2023-03-01-declaration",
        ),
        (
            "Violations continued despite the 2020 Armenia-Azerbaijan cease-fire agreement.",
            "en",
            "2023-05-01",
            "trilateral-statement-2020",
        ),
    ],
)
def test_parties_as_the_two_countries_or_joined_by_a_hyphen(
    lexicon: Lexicon, text: str, language: str, date: str, key: str
) -> None:
    facts = relations(read(lexicon, text, language, date), "partyTo")
    assert any(f[0] == "azerbaijan" and f[2].startswith(key) and f[3] == "asserted" for f in facts), facts
    if language == "en":
        assert ("armenia", "partyTo", key, "asserted") in facts


def test_a_statement_of_two_states_issued_on_a_day(lexicon: Lexicon) -> None:
    text = (
        "Baku welcomed the joint statement of the Government of the Republic of Armenia and the Government "
        "of the Republic of Azerbaijan issued on March 3, 2024, on the border talks."
    )
    facts = relations(read(lexicon, text, "en", "2024-03-05"), "partyTo", "date")
    assert ("armenia", "partyTo", "treaty/2024-03-03-statement", "asserted") in facts
    assert ("treaty/2024-03-03-statement", "date", "2024-03-03", "asserted") in facts
    # one side's statement is no treaty, nor is a state it speaks about its party
    text = "Yerevan rejected the statement of the Foreign Ministry of Azerbaijan issued on March 3, 2024."
    facts = read(lexicon, text, "en", "2024-03-05")
    assert not any(f[0].startswith("treaty/") or f[2].startswith("treaty/") for f in facts)
    text = "They read the statement of the Government of Armenia about Azerbaijan issued on March 3, 2024."
    facts = read(lexicon, text, "en", "2024-03-05")
    assert not any(f[0].startswith("treaty/") or f[2].startswith("treaty/") for f in facts)


def test_a_day_of_another_verb_gives_a_described_signing_only_its_month(lexicon: Lexicon) -> None:
    text = "On March 3, the ministry released the memorandum signed between Armenia and Georgia on trade."
    facts = relations(read(lexicon, text, "en", "2024-03-04"), "partyTo", "date")
    assert ("georgia", "partyTo", "treaty/2024-03-memorandum", "asserted") in facts
    assert not any("2024-03-03" in f[2] or "2024-03-03" in f[0] for f in facts)
    # the day the signing is told with stays its own
    text = "The memorandum signed between Armenia and Georgia on March 3 was released by the ministry."
    facts = relations(read(lexicon, text, "en", "2024-03-04"), "partyTo")
    assert ("georgia", "partyTo", "treaty/2024-03-03-memorandum", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ermenistan ile Azerbaycan 12 Ekim'de insani amaçlı bir ateşkes konusunda uzlaştı.", "tr"),
        ("Armenia and Azerbaijan agreed on a new humanitarian ceasefire on October 12.", "en"),
    ],
)
def test_states_that_agree_a_ceasefire_on_a_day_make_an_agreement(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2020-10-14"), "partyTo", "date")
    assert ("armenia", "partyTo", "treaty/2020-10-12-agreement", "asserted") in facts
    assert ("treaty/2020-10-12-agreement", "date", "2020-10-12", "asserted") in facts


def test_who_tells_of_a_ceasefire_agreed_is_no_party_to_it(lexicon: Lexicon) -> None:
    for text, language in (
        ("Rusya, Azerbaycan ile Ermenistan'ın 12 Ekim'de ateşkes konusunda anlaştığını açıkladı.", "tr"),
        ("Russia said Armenia and Azerbaijan agreed to a truce on October 12.", "en"),
    ):
        facts = relations(read(lexicon, text, language, "2020-10-14"), "partyTo")
        assert {f[0] for f in facts} == {"armenia", "azerbaijan"}, text


def test_agreeing_on_talks_or_a_ceasefire_with_no_day_makes_no_agreement(lexicon: Lexicon) -> None:
    for text in (
        "Armenia and Azerbaijan agreed on October 12 to continue the talks.",
        "Armenia and Azerbaijan agreed on a humanitarian ceasefire, the ministry said.",
    ):
        facts = read(lexicon, text, "en", "2020-10-14")
        assert not any(f[0].startswith("treaty/") or f[2].startswith("treaty/") for f in facts), text


def test_whose_signature_a_treaty_bears_signed_it(lexicon: Lexicon) -> None:
    text = "10 Kasım bildirisinde Rusya Devlet Başkanı Vladimir Putin'in de imzası bulunuyor."
    facts = relations(read(lexicon, text, "tr", "2021-02-01"), "signatory", "partyTo")
    assert ("trilateral-statement-2020", "signatory", "vladimir-putin", "asserted") in facts
    # a signature spoken of without its owner names no signer
    text = "Bakü, 10 Kasım bildirisindeki imzaların önemini hatırlattı."
    assert not relations(read(lexicon, text, "tr", "2021-02-01"), "signatory")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The 1994 ceasefire agreement froze the conflict for decades.", "en"),
        ("1994 ateşkes anlaşması çatışmayı uzun yıllar dondurdu.", "tr"),
    ],
)
def test_a_known_treatys_name_with_another_year_is_another_treaty(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read(lexicon, text, language, "2021-06-12")
    assert ("treaty/1994-agreement", "date", "1994", "asserted") in facts
    assert not any(f[0] == "trilateral-statement-2020" for f in facts)


def test_turkish_who_signs_on_behalf_of_a_state(lexicon: Lexicon) -> None:
    text = "Anlaşmayı 10 Mayıs'ta Azerbaycan adına Dışişleri Bakanı Ceyhun Bayramov imzaladı."
    facts = relations(read(lexicon, text, "tr", "2024-05-11"), "signatory", "partyTo")
    assert ("treaty/2024-05-10-agreement", "signatory", "jeyhun-bayramov", "asserted") in facts
    assert ("azerbaijan", "partyTo", "treaty/2024-05-10-agreement", "asserted") in facts
    assert ("treaty/2024-05-10-agreement", "signatory", "azerbaijan", "asserted") not in facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The declaration, signed in Baku on March 2 by the foreign ministers of Azerbaijan, Georgia and "
            "Turkey, calls for new transport links.",
            "en",
        ),
        (
            "Türkiye, Azerbaycan ve Gürcistan dışişleri bakanları 2 Mart'ta Bakü'de bir bildiri imzaladı.",
            "tr",
        ),
    ],
)
def test_the_foreign_ministers_of_states_who_sign_bind_their_states(
    lexicon: Lexicon, text: str, language: str
) -> None:
    # README, Parties (eighth session): an office no name holds in the text makes its state a party
    # only (the seventh session had the ministry sign; no gold file keys a ministry as a signer)
    facts = relations(read(lexicon, text, language, "2022-03-03"), "signatory", "partyTo")
    assert not {f[2] for f in facts if f[1] == "signatory"}, facts
    assert {f[0] for f in facts if f[1] == "partyTo"} == {"azerbaijan", "georgia", "turkiye"}


def test_leaders_who_initial_a_treaty_bind_their_states_in_intention(lexicon: Lexicon) -> None:
    facts = relations(
        read(lexicon, "Aliyev ve Paşinyan 8 Ağustos'ta barış anlaşmasını parafladı.", "tr", "2025-08-10"),
        "partyTo",
    )
    assert ("armenia", "partyTo", "armenia-azerbaijan-peace-agreement", "intended") in facts
    assert not any(f[3] == "asserted" for f in facts)


def test_a_negated_main_clause_does_not_negate_the_signing_it_describes(lexicon: Lexicon) -> None:
    text = "Armenia is not a party to the agreement signed by Russia and Turkey on March 5, 2020."
    facts = relations(read(lexicon, text, "en", "2020-03-10"), "signatory", "partyTo")
    assert ("treaty/2020-03-05-agreement", "signatory", "russia", "asserted") in facts
    assert not any(f[0] == "armenia" or f[2] == "armenia" for f in facts)
    text = "Iran rejects the agreement not signed by Armenia on March 5, 2020."
    assert not relations(read(lexicon, text, "en", "2020-03-10"), "signatory")


def test_a_document_with_an_indefinite_article_is_not_the_treaty_just_named(lexicon: Lexicon) -> None:
    text = (
        "The ministers discussed the Washington Declaration. "
        "In 2021, the President of Georgia signed a document in Vienna on energy."
    )
    facts = read(lexicon, text, "en", "2025-09-10")
    assert not any(f[2] == "washington-declaration-2025" and f[1] == "partyTo" for f in facts)
    assert not any(f[0] == "washington-declaration-2025" and f[1] == "signatory" for f in facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev hosted Georgian Prime Minister Irakli Kobakhidze in Baku on May 3. The sides signed a "
            "memorandum on energy cooperation.",
            "en",
        ),
        (
            "Aliyev, 3 Mayıs'ta Bakü'de Gürcistan Başbakanı İrakli Kobahidze'yi kabul etti. Taraflar enerji "
            "alanında bir mutabakat zaptı imzaladı.",
            "tr",
        ),
    ],
)
def test_the_sides_who_sign_are_the_people_of_two_states_just_named(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2024-05-04"), "signatory", "partyTo")
    assert ("treaty/2024-05-03-memorandum", "signatory", "irakli-kobakhidze", "asserted") in facts
    assert ("azerbaijan", "partyTo", "treaty/2024-05-03-memorandum", "asserted") in facts


def test_a_group_word_after_signed_by_is_the_whole_list_of_signers(lexicon: Lexicon) -> None:
    text = (
        "Ilham Aliyev and Nikol Pashinyan met in Washington on August 8, 2025. "
        "In the Washington Declaration signed by both leaders, Armenia and Azerbaijan pledged to "
        "grant transit rights to the United States."
    )
    facts = read(lexicon, text, "en", "2025-08-11")
    assert ("washington-declaration-2025", "signatory", "united-states", "asserted") not in facts
    assert ("united-states", "partyTo", "washington-declaration-2025", "asserted") not in facts
    # a list of names after "by" is still the signers, commas and all
    text = "The Washington Declaration was signed by Donald Trump, Ilham Aliyev and Nikol Pashinyan."
    facts = read(lexicon, text, "en", "2025-08-11")
    for person in ("donald-trump", "ilham-aliyev", "nikol-pashinyan"):
        assert ("washington-declaration-2025", "signatory", person, "asserted") in facts


def test_capitals_that_sign_stand_for_their_states(lexicon: Lexicon) -> None:
    text = "Moscow and Baku signed a declaration on allied interaction on February 22, 2022."
    facts = relations(read(lexicon, text, "en", "2022-02-23"), "signatory", "partyTo")
    assert ("russia", "partyTo", "treaty/2022-02-22-declaration", "asserted") in facts
    assert ("treaty/2022-02-22-declaration", "signatory", "azerbaijan", "asserted") in facts
    # where they signed is no signer
    text = "In Moscow and Baku, officials signed a declaration on allied interaction on February 22, 2022."
    assert not relations(read(lexicon, text, "en", "2022-02-23"), "signatory", "partyTo")


def test_preparations_for_a_signing_sign_nothing_yet(lexicon: Lexicon) -> None:
    text = (
        "After their talks in Astana on May 3, 2024, the two ministers agreed to continue "
        "preparations for the signing of the peace agreement with Kazakh President Kassym-Jomart Tokayev."
    )
    facts = read(lexicon, text, "en", "2024-05-04")
    assert not any(
        f[0] == "armenia-azerbaijan-peace-agreement" and f[3] == "asserted" and f[1] in ("date", "signatory")
        for f in facts
    ), facts


def test_a_potential_signing_signs_nothing(lexicon: Lexicon) -> None:
    text = (
        '"The phone call with Jeyhun Bayramov was held at the request of the Azerbaijani side. [We] '
        'talked about a border commission, as well as potential signing of a peace treaty," Mirzoyan '
        "told lawmakers."
    )
    facts = read(lexicon, text, "en", "2024-05-04")
    assert not any(f[1] in ("signatory", "partyTo") and f[3] in ("asserted", "reported") for f in facts)


# -- treaties: signing verbs and subjects as news writes them (issue 12 / 15, fifth round) --------


@pytest.mark.parametrize("verb", ["imza attı", "imza atmıştı", "imza atmış", "imza atmışlardı"])
def test_every_tense_of_imza_atmak_signs(lexicon: Lexicon, verb: str) -> None:
    text = f"Bayramov ile Mirzoyan, 3 Mart 2024'te Almatı'da bir mutabakat zaptına {verb}."
    facts = relations(read(lexicon, text, "tr", "2024-03-05"), "signatory", "partyTo")
    assert ("treaty/2024-03-03-memorandum", "signatory", "jeyhun-bayramov", "asserted") in facts
    assert ("armenia", "partyTo", "treaty/2024-03-03-memorandum", "asserted") in facts


def test_imza_atmadi_signs_nothing(lexicon: Lexicon) -> None:
    text = "Bayramov ile Mirzoyan, 3 Mart 2024'te Almatı'da bir mutabakat zaptına imza atmadı."
    assert not relations(read(lexicon, text, "tr", "2024-03-05"), "signatory", "partyTo")


def test_a_counterpart_set_off_by_commas_signs_beside_the_first(lexicon: Lexicon) -> None:
    text = (
        "Azerbaijani Foreign Minister Jeyhun Bayramov and his Georgian counterpart, Maka Botchorishvili, "
        "signed a memorandum on transit on March 4, 2025."
    )
    facts = relations(read(lexicon, text, "en", "2025-03-05"), "signatory", "partyTo")
    assert ("treaty/2025-03-04-memorandum", "signatory", "jeyhun-bayramov", "asserted") in facts
    assert ("treaty/2025-03-04-memorandum", "signatory", "maka-botchorishvili", "asserted") in facts
    assert ("georgia", "partyTo", "treaty/2025-03-04-memorandum", "asserted") in facts


def test_documents_signed_after_a_meeting_are_not_signed_by_whom_it_was_between(lexicon: Lexicon) -> None:
    text = (
        "Georgia and Azerbaijan signed six memoranda of understanding on May 3, 2024. "
        "The documents were signed in Baku following a private meeting between President Ilham Aliyev "
        "and Prime Minister Irakli Kobakhidze."
    )
    facts = relations(read(lexicon, text, "en", "2024-05-04"), "signatory", "partyTo", "date")
    assert not any(f[1] == "signatory" and f[2] in ("ilham-aliyev", "irakli-kobakhidze") for f in facts)
    assert not any(f[0].endswith("-agreement") or f[2].endswith("-agreement") for f in facts), facts
    assert ("georgia", "partyTo", "treaty/2024-05-03-memorandum", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        (
            "Azerbaycan ve Ermenistan, geçen ağustos ayında Washington'da bir barış anlaşması imzalamıştı.",
            "tr",
            "2025-12-10",
        ),
        (
            "Tehran watched closely after a US-brokered peace deal was signed between Armenia and "
            "Azerbaijan in Washington.",
            "en",
            "2025-08-30",
        ),
    ],
)
def test_a_peace_deal_told_signed_weeks_later_is_the_declaration_signed_then(
    lexicon: Lexicon, text: str, language: str, date: str
) -> None:
    facts = relations(read(lexicon, text, language, date), "signatory", "partyTo", "date")
    assert ("armenia", "partyTo", "washington-declaration-2025", "asserted") in facts
    assert ("azerbaijan", "partyTo", "washington-declaration-2025", "asserted") in facts
    assert not any(f[2] == "armenia-azerbaijan-peace-agreement" and f[3] == "asserted" for f in facts)
    assert not any(f[0] == "armenia-azerbaijan-peace-agreement" and f[3] == "asserted" for f in facts)
    if language == "tr":  # the month written is the declaration's
        assert ("washington-declaration-2025", "date", "2025-08", "asserted") in facts
    else:  # signed "between" the states: they are its parties, not its signers
        assert not relations(facts, "signatory")


def test_a_peace_deal_told_signed_long_before_any_declaration_stays_the_agreement(lexicon: Lexicon) -> None:
    text = "Azerbaycan ve Ermenistan, geçen mart ayında bir barış anlaşması imzaladı."
    facts = relations(read(lexicon, text, "tr", "2025-12-10"), "signatory", "partyTo")
    assert not any("washington-declaration-2025" in f for f in facts)


def test_states_told_signing_a_treaty_its_named_people_signed_are_only_its_parties(lexicon: Lexicon) -> None:
    text = (
        "The memorandum Georgia and Azerbaijan signed on May 3, 2024 opens a new route. "
        "The memorandum of May 3, 2024 was signed by Ilham Aliyev and Irakli Kobakhidze."
    )
    facts = relations(read(lexicon, text, "en", "2024-05-04"), "signatory", "partyTo")
    key = "treaty/2024-05-03-memorandum"
    assert (key, "signatory", "ilham-aliyev", "asserted") in facts
    assert (key, "signatory", "georgia", "asserted") not in facts
    assert ("georgia", "partyTo", key, "asserted") in facts
    # with no person named, the states are the signers
    facts = relations(read(lexicon, text.split(". ")[0] + ".", "en", "2024-05-04"), "signatory")
    assert (key, "signatory", "georgia", "asserted") in facts


def test_a_named_document_signed_at_the_meeting_a_report_dates_takes_its_month(lexicon: Lexicon) -> None:
    text = (
        "Türkiye-Gürcistan-Azerbaycan Dışişleri Bakanları Toplantısı Kars'ta yapıldı. Hakan Fidan, "
        "Ceyhun Bayramov ve Maka Boçorişvili'nin katıldığı toplantının sonunda 'Kars Ortak "
        "Bildirgesi' imzalandı."
    )
    facts = relations(read(lexicon, text, "tr", "2025-06-12"), "signatory", "partyTo", "date")
    assert ("treaty/2025-06-declaration", "date", "2025-06", "asserted") in facts, facts
    assert ("treaty/2025-06-declaration", "signatory", "hakan-fidan", "asserted") in facts
    assert ("georgia", "partyTo", "treaty/2025-06-declaration", "asserted") in facts
    # several documents, counted, are one key of that month too (README, seventh session)
    text = text.replace("'Kars Ortak Bildirgesi' imzalandı", "toplam 5 mutabakat zaptı imzalandı")
    facts = relations(read(lexicon, text, "tr", "2025-06-12"), "signatory", "partyTo", "date")
    assert ("treaty/2025-06-memorandum", "date", "2025-06", "asserted") in facts, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Kazakistan Cumhurbaşkanı Tokayev ile Azerbaycan Cumhurbaşkanı Aliyev Astana'da görüştü. "
            "Tokayev ve Aliyev ortak bildiriyi de imzaladı. Tokayev, bugünkü görüşmelerin verimli "
            "geçtiğini belirtti.",
            "tr",
        ),
        (
            "Kazakh President Tokayev and Azerbaijani President Aliyev held talks in Astana. Tokayev and "
            "Aliyev also signed a joint statement. Tokayev said today's talks were productive.",
            "en",
        ),
    ],
)
def test_a_document_signed_at_a_meeting_dated_by_the_reports_own_day_takes_its_month(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-10-21"), "signatory", "partyTo", "date")
    assert ("treaty/2025-10-statement", "date", "2025-10", "asserted") in facts, facts
    assert ("treaty/2025-10-statement", "signatory", "ilham-aliyev", "asserted") in facts
    assert ("kazakhstan", "partyTo", "treaty/2025-10-statement", "asserted") in facts
    assert not any(
        f[0].startswith("treaty/2025-10-21") or f[2].startswith("treaty/2025-10-21") for f in facts
    )
    # a day the sentence writes is the signing's
    dated = text.replace("Astana'da görüştü", "Astana'da 20 Ekim'de görüştü").replace(
        "talks in Astana.", "talks in Astana on October 20."
    )
    facts = relations(read(lexicon, dated, language, "2025-10-21"), "date")
    assert ("treaty/2025-10-20-statement", "date", "2025-10-20", "asserted") in facts, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Paşinyan, 8 Ağustos'ta Washington'da imzalanan ortak deklarasyonun uygulanmasını görüşmek "
            "üzere Aliyev ile Abu Dabi'de bir araya geldi.",
            "tr",
        ),
        ("Aliyev ile Erdoğan Bakü'de görüştü; iki lider 2021'de imzalanan Şuşa Beyannamesi'ni andı.", "tr"),
        (
            "Pashinyan met Aliyev in Abu Dhabi to discuss the implementation of the joint declaration "
            "signed in Washington on August 8.",
            "en",
        ),
        ("Pashinyan praised the joint declaration signed in Washington on August 8.", "en"),
    ],
)
def test_people_who_meet_over_a_document_signed_before_are_not_its_signers(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-08-20"), "signatory", "partyTo")
    assert not facts, facts


def test_people_who_meet_and_sign_at_the_meeting_still_sign(lexicon: Lexicon) -> None:
    text = (
        "Aliyev ile Paşinyan'ın 8 Ağustos'ta Washington'da katıldığı görüşmenin sonunda ortak "
        "deklarasyon imzalandı."
    )
    facts = relations(read(lexicon, text, "tr", "2025-08-09"), "signatory")
    assert ("washington-declaration-2025", "signatory", "nikol-pashinyan", "asserted") in facts, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev ile Paşinyan'ın 8 Ağustos'ta Washington'da katıldığı görüşmenin sonunda bir mutabakat "
            "zaptı imzalandı.",
            "tr",
        ),
        ("On August 8, 2025, Aliyev and Pashinyan signed a memorandum of understanding in Washington.", "en"),
    ],
)
def test_a_memorandum_signed_on_a_known_treatys_day_is_a_memorandum(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-08-09"), "signatory", "partyTo")
    assert ("treaty/2025-08-08-memorandum", "signatory", "ilham-aliyev", "asserted") in facts, facts
    assert not any("washington-declaration-2025" in (f[0], f[2]) for f in facts), facts
    # a declaration of that day is the one the lexicon knows
    text = text.replace("bir mutabakat zaptı", "ortak bildiri").replace(
        "a memorandum of understanding", "a joint statement"
    )
    facts = relations(read(lexicon, text, language, "2025-08-09"), "signatory")
    assert ("washington-declaration-2025", "signatory", "ilham-aliyev", "asserted") in facts, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev and Erdogan met in Baku on August 19, a year after they signed a memorandum on energy.",
            "en",
        ),
        ("Pashinyan, who had signed a memorandum with Aliyev, visited Moscow on August 19.", "en"),
        (
            "Two weeks after they signed the joint declaration, Aliyev and Pashinyan met again in Abu Dhabi "
            "on August 19.",
            "en",
        ),
        (
            "Aliyev, Paşinyan ile ortak bildiriyi imzaladıktan iki hafta sonra, 19 Ağustos'ta Erdoğan ile "
            "görüştü.",
            "tr",
        ),
        ("Paşinyan ile mutabakat zaptını imzalayan Aliyev, 19 Ağustos'ta Erdogan ile Bakü'de görüştü.", "tr"),
        (
            "Aliyev ve Erdogan, mutabakat zaptini imzalamalarinin ardindan 19 Agustos'ta basin toplantisi "
            "duzenledi.",
            "tr",
        ),
    ],
)
def test_a_signing_told_in_a_clause_of_another_time_takes_not_the_main_verbs_day(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-08-20"), "signatory", "partyTo", "date")
    treaty = [f for f in facts if f[0].startswith("treaty/") or f[2].startswith("treaty/")]
    assert not any("2025-08-19" in f[0] or "2025-08-19" in f[2] for f in treaty), treaty


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev and Erdogan met in Baku on August 19, a year after they signed a memorandum on energy "
            "on August 20, 2024.",
            "en",
        ),
        (
            "Aliyev ve Erdoğan, 20 Ağustos 2024'te mutabakat zaptını imzaladıktan bir yıl sonra, 19 "
            "Ağustos'ta Bakü'de görüştü.",
            "tr",
        ),
        ("On August 19, Aliyev and Erdogan, who met in Baku, signed a memorandum on energy.", "en"),
        ("19 Ağustos'ta görüşen Aliyev ve Erdoğan, enerji alanında bir mutabakat zaptı imzaladı.", "tr"),
    ],
)
def test_a_signing_in_a_clause_of_another_time_keeps_its_own_day(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-08-20"), "signatory", "date")
    day = "2024-08-20" if "2024" in text else "2025-08-19"
    assert (f"treaty/{day}-memorandum", "signatory", "ilham-aliyev", "asserted") in facts, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The war ended on November 10, 2020. Since then, Armenia and Azerbaijan have signed several "
            "documents.",
            "en",
        ),
        (
            "Savaş 10 Kasım 2020'de sona erdi. O tarihten bu yana Ermenistan ve Azerbaycan birçok belge "
            "imzaladı.",
            "tr",
        ),
        (
            "Aliyev, Kobahidze ile 19 Ağustos'ta Bakü'de görüştü. Liderler daha önce imzaladıkları "
            "mutabakat zaptının uygulanmasını değerlendirdi.",
            "tr",
        ),
        (
            "Aliyev, Kobahidze ile 19 Ağustos'ta Bakü'de görüştü. Liderler, Aliyev'in imzaladığı "
            "mutabakat zaptını değerlendirdi.",
            "tr",
        ),
    ],
)
def test_a_signing_since_or_before_the_day_told_is_not_of_that_day(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-08-20"), "signatory", "partyTo", "date")
    treaty = [f for f in facts if f[0].startswith(("treaty/", "trilateral")) or f[2].startswith("treaty/")]
    assert not treaty, treaty
    assert not relations(facts, "signatory"), facts


def test_the_sides_who_met_sign_that_day(lexicon: Lexicon) -> None:
    text = (
        "Aliyev, Kobahidze ile 19 Ağustos'ta Bakü'de görüştü. Taraflar enerji alanında bir mutabakat "
        "zaptı imzaladı."
    )
    facts = relations(read(lexicon, text, "tr", "2025-08-20"), "signatory")
    assert ("treaty/2025-08-19-memorandum", "signatory", "irakli-kobakhidze", "asserted") in facts, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Erdogan and Aliyev met in Baku on August 19, where ministers signed five agreements.", "en"),
        (
            "In the presence of Erdogan and Aliyev, the ministers of the two countries signed five "
            "agreements in Baku on August 19.",
            "en",
        ),
        (
            "Erdoğan ve Aliyev'in huzurunda, iki ülkenin bakanları 19 Ağustos'ta Bakü'de beş anlaşma "
            "imzaladı.",
            "tr",
        ),
        (
            "Erdoğan ile Aliyev 19 Ağustos'ta Bakü'de görüştü; görüşmenin ardından bakanlar beş anlaşma "
            "imzaladı.",
            "tr",
        ),
        (
            "Erdoğan ve Aliyev, 19 Ağustos'ta Bakü'de düzenlenen törende heyetlerin imzaladığı mutabakat "
            "zaptına tanıklık etti.",
            "tr",
        ),
    ],
)
def test_leaders_who_meet_while_others_sign_are_no_signers(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not relations(read(lexicon, text, language, "2025-08-20"), "signatory")


@pytest.mark.parametrize(
    ("text", "language", "signer"),
    [
        (
            "Türkiye, Azerbaycan ve Gürcistan dışişleri bakanları 5 Mart'ta Kars'ta ortak bir bildiri "
            "imzaladı.",
            "tr",
            # an office no name holds binds its state (README, Parties: was the ministry, and before
            # it the minister)
            "azerbaijan",
        ),
        (
            "Aliyev ve Kobahidze, bakanların hazırladığı mutabakat zaptını 5 Mart'ta imzaladı.",
            "tr",
            "ilham-aliyev",
        ),
        (
            "The foreign ministers of Azerbaijan and Georgia signed a memorandum in Baku on March 5.",
            "en",
            "azerbaijan",
        ),
    ],
)
def test_ministers_named_by_their_states_still_sign(
    lexicon: Lexicon, text: str, language: str, signer: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-03-06"), "signatory", "partyTo")
    assert signer in {f[2] for f in facts if f[1] == "signatory"} | {
        f[0] for f in facts if f[1] == "partyTo"
    }, facts


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev concluded that the peace agreement was within reach.",
        "Erdogan and Aliyev met in Baku on August 19. The talks concluded with a press conference, no deal.",
        "Aliyev and Pashinyan met in Abu Dhabi on August 19 and adopted an agenda for the peace agreement.",
        "Aliyev met Pashinyan in Abu Dhabi on August 19 to prepare the signing of a peace agreement.",
        "Aliyev and Pashinyan met in Abu Dhabi on August 19. The signing of the peace deal was postponed.",
    ],
)
def test_concluding_adopting_or_a_signing_named_is_no_signing(lexicon: Lexicon, text: str) -> None:
    facts = read(lexicon, text, "en", "2025-08-20")
    asserted = [f for f in relations(facts, "signatory", "partyTo", "date") if f[3] == "asserted"]
    assert not [f for f in asserted if not f[0].startswith("meeting/")], asserted


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan and Georgia concluded an agreement on energy in Baku on March 5, 2025.",
        "The joint declaration of Azerbaijan and Georgia was adopted in Baku on March 5, 2025.",
        "The agreement between Azerbaijan and Georgia was concluded in Baku on March 5, 2025.",
    ],
)
def test_concluded_or_adopted_documents_are_signed(lexicon: Lexicon, text: str) -> None:
    facts = relations(read(lexicon, text, "en", "2025-03-06"), "partyTo")
    assert ("georgia", "partyTo") in {f[:2] for f in facts if f[3] == "asserted"}, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aliyev, Gürcistan ile imzalanan anlaşmayı onaylayan yasayı 19 Ağustos'ta imzaladı.", "tr"),
        (
            "Aliyev, Gürcistan ile enerji anlaşmasına dair kararnameyi 19 Ağustos'ta imzaladı.",
            "tr",
        ),
        ("Paşinyan, 19 Ağustos'ta barış anlaşmasına ilişkin Aliyev'e bir mektup imzaladı.", "tr"),
        ("Aliyev on August 19 signed a law ratifying the agreement with Georgia.", "en"),
        ("Aliyev on August 19 signed a decree approving the memorandum with Georgia.", "en"),
        ("Pashinyan on August 19 signed a letter to Aliyev about the peace agreement.", "en"),
    ],
)
def test_a_law_decree_or_letter_signed_about_a_treaty_signs_not_the_treaty(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not relations(read(lexicon, text, language, "2025-08-20"), "signatory", "partyTo")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aliyev ve Erdoğan 19 Ağustos'ta Bakü'de yasal işbirliğine dair bir anlaşma imzaladı.", "tr"),
        ("Aliyev and Erdogan signed an agreement on law enforcement cooperation in Baku on August 19.", "en"),
    ],
)
def test_a_treaty_about_laws_is_still_signed(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language, "2025-08-20"), "signatory")
    assert ("treaty/2025-08-19-agreement", "signatory", "ilham-aliyev", "asserted") in facts, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev ve Erdoğan 19 Ağustos'ta Bakü'de görüştü. İki lider enerji alanında bir mutabakat "
            "zaptı imzalamıştı.",
            "tr",
        ),
        (
            "Aliyev and Erdogan met in Baku on August 19. The two leaders had signed a memorandum on energy.",
            "en",
        ),
    ],
)
def test_a_pluperfect_signing_takes_not_the_day_told_before(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-08-20"), "signatory", "date")
    assert not [f for f in facts if f[0].startswith("treaty/")], facts
    # in the past tense, the leaders who met sign that day
    text = text.replace("imzalamıştı", "imzaladı").replace("had signed", "signed")
    facts = relations(read(lexicon, text, language, "2025-08-20"), "signatory")
    assert ("treaty/2025-08-19-memorandum", "signatory", "ilham-aliyev", "asserted") in facts, facts


def test_leaders_who_adopt_a_joint_statement_sign_it(lexicon: Lexicon) -> None:
    text = (
        "On November 26, 2021, Vladimir Putin, Ilham Aliyev and Nikol Pashinyan adopted a joint "
        "statement in Sochi."
    )
    facts = relations(read(lexicon, text, "en", "2021-11-27"), "signatory", "partyTo")
    assert ("sochi-statement-2021", "signatory", "ilham-aliyev", "asserted") in facts
    assert ("armenia", "partyTo", "sochi-statement-2021", "asserted") in facts
    # a resolution adopted is no treaty
    text = "On November 26, 2021, the parliament of Armenia adopted a resolution on the border."
    assert not relations(read(lexicon, text, "en", "2021-11-27"), "signatory", "partyTo")


def test_a_known_treaty_signed_with_no_date_takes_the_day_of_the_meeting_told(lexicon: Lexicon) -> None:
    text = (
        "Aliyev ve Paşinyan, Beyaz Saray'daki zirvenin ardından ortak deklarasyona imza attı. "
        "Trump dün iki lideri Washington'da ağırladı."
    )
    facts = read(lexicon, text, "tr", "2025-08-09")
    assert ("washington-declaration-2025", "date", "2025-08-08", "asserted") in facts
    # a meeting of another day dates nothing
    facts = read(lexicon, text.replace("dün", "bugün"), "tr", "2025-08-12")
    assert not any(f[0] == "washington-declaration-2025" and f[1] == "date" for f in facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Putin, Ermenistan-Azerbaycan ortak deklarasyonunun imzalanmasından iki hafta sonra "
            "Bakü'ye gitti.",
            "tr",
        ),
        ("The Armenia-Azerbaijan joint declaration was signed at the White House.", "en"),
    ],
)
def test_a_declaration_between_the_states_named_is_the_one_they_signed_that_month(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-08-25"), "partyTo")
    assert ("armenia", "partyTo", "washington-declaration-2025", "asserted") in facts, facts
    assert ("azerbaijan", "partyTo", "washington-declaration-2025", "asserted") in facts
    # a declaration of other states is not that one
    other = text.replace("Ermenistan-Azerbaycan", "Gürcistan-Azerbaycan").replace("Armenia-", "Georgia-")
    assert not relations(read(lexicon, other, language, "2025-08-25"), "partyTo") & {
        ("azerbaijan", "partyTo", "washington-declaration-2025", "asserted")
    }


def test_the_sides_a_turkish_passive_signing_is_between_are_parties(lexicon: Lexicon) -> None:
    text = "Azerbaycan ile Gürcistan arasında 3 Mayıs 2024'te enerji alanında bir mutabakat zaptı imzalandı."
    facts = relations(read(lexicon, text, "tr", "2024-05-04"), "partyTo")
    assert ("georgia", "partyTo", "treaty/2024-05-03-memorandum", "asserted") in facts
    assert ("azerbaijan", "partyTo", "treaty/2024-05-03-memorandum", "asserted") in facts
    # "arasında" of something else, far from the treaty, names no parties
    text = (
        "Azerbaycan ile Gürcistan arasındaki ticaret hacminin artırılması için yapılan uzun görüşmelerin "
        "sonunda 3 Mayıs 2024'te enerji alanında bir mutabakat zaptı imzalandı."
    )
    assert not relations(read(lexicon, text, "tr", "2024-05-04"), "partyTo")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The agreement on the railway was signed in Tbilisi in February 2007 by the presidents of "
            "Azerbaijan, Georgia and Turkey.",
            "en",
        ),
        ("Azerbaycan, Gürcistan ve Türkiye, Şubat 2007'de Tiflis'te demiryolu anlaşmasını imzaladı.", "tr"),
    ],
)
def test_a_signing_dated_by_its_month_keys_the_treaty_by_that_month(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read(lexicon, text, language, "2017-10-30")
    assert ("treaty/2007-02-agreement", "date", "2007-02", "asserted") in facts, facts
    assert ("georgia", "partyTo", "treaty/2007-02-agreement", "asserted") in facts
    # a month far from the signing, of another act, is not its month
    text = (
        "In February 2007, after years of talks that Georgia had long opposed and many studies, "
        "Georgia and Azerbaijan finally signed an agreement."
    )
    facts = read(lexicon, text, "en", "2017-10-30")
    assert not any(f[0].startswith("treaty/2007") for f in facts), facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Aliyev, Paşinyan ve Michel 14 Mayıs 2023'te Brüksel'de bir araya geldi. Görüşmenin ardından "
            "yayımlanan ortak açıklamada, Azerbaycan ve Ermenistan, sınır komisyonlarının çalışmalarını "
            "sürdüreceklerini teyit etti.",
            "tr",
        ),
        (
            "Aliyev, Pashinyan and Michel met in Brussels on 14 May 2023. In a joint statement issued "
            "after the talks, Azerbaijan and Armenia confirmed the work of the border commissions.",
            "en",
        ),
    ],
)
def test_the_states_speaking_in_a_joint_statement_are_its_parties(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2023-05-15"), "partyTo")
    assert ("armenia", "partyTo", "treaty/2023-05-14-statement", "asserted") in facts, facts
    assert ("azerbaijan", "partyTo", "treaty/2023-05-14-statement", "asserted") in facts
    # a statement one side reads about the other is not joint
    text = text.replace("ortak açıklamada", "açıklamada").replace("a joint statement", "a statement")
    assert not relations(read(lexicon, text, language, "2023-05-15"), "partyTo")


def test_the_states_inside_a_treaty_signed_in_the_passive_are_its_sides_not_its_signers(
    lexicon: Lexicon,
) -> None:
    text = "A memorandum of understanding between Azerbaijan and Kazakhstan was signed on Monday."
    facts = relations(read(lexicon, text, "en", "2025-10-22"), "signatory", "partyTo")
    assert ("kazakhstan", "partyTo", "treaty/2025-10-20-memorandum", "asserted") in facts
    assert not relations(facts, "signatory")
    # the active subject still signs, "just" or not
    text = "Azerbaijan and Kazakhstan have just signed a memorandum of understanding on October 20, 2025."
    facts = relations(read(lexicon, text, "en", "2025-10-22"), "signatory")
    assert ("treaty/2025-10-20-memorandum", "signatory", "kazakhstan", "asserted") in facts


@pytest.mark.parametrize(
    "clause",
    [
        "Bayramov ile Mirzoyan, 3 Mart 2024'te Almatı'da bir mutabakat zaptına imza koydu.",
        "Bayramov ile Mirzoyan, 3 Mart 2024'te Almatı'da bir mutabakat zaptını imza altına aldı.",
        "Bayramov ile Mirzoyan arasında 3 Mart 2024'te Almatı'da bir mutabakat zaptı imza altına alındı.",
    ],
)
def test_imza_koymak_and_imza_altina_almak_sign(lexicon: Lexicon, clause: str) -> None:
    facts = relations(read(lexicon, clause, "tr", "2024-03-05"), "signatory", "partyTo")
    assert ("treaty/2024-03-03-memorandum", "signatory", "ararat-mirzoyan", "asserted") in facts, facts
    assert ("azerbaijan", "partyTo", "treaty/2024-03-03-memorandum", "asserted") in facts
    negated = clause.replace("koydu", "koymadı").replace("aldı", "almadı").replace("alındı", "alınmadı")
    assert not relations(read(lexicon, negated, "tr", "2024-03-05"), "signatory", "partyTo")


def test_a_deal_signed_is_an_agreement(lexicon: Lexicon) -> None:
    text = "Azerbaijan and Georgia inked a gas deal in Baku on May 3, 2024."
    facts = relations(read(lexicon, text, "en", "2024-05-05"), "signatory", "partyTo")
    assert ("treaty/2024-05-03-agreement", "signatory", "georgia", "asserted") in facts
    for other in (
        "On May 3, 2024, Azerbaijan and Georgia signed a memorandum to deal with the border issue.",
        "Azerbaijan and Georgia have a great deal of work ahead after May 3, 2024.",
    ):
        facts = relations(read(lexicon, other, "en", "2024-05-05"), "signatory", "partyTo")
        assert not any(f[0].endswith("-agreement") or f[2].endswith("-agreement") for f in facts), facts


def test_leaders_who_announce_together_the_signing_of_a_statement_signed_it(lexicon: Lexicon) -> None:
    text = (
        "Vladimir Putin, Ilham Aliyev and Nikol Pashinyan announced in Sochi on November 26, 2021 the "
        "signing of a joint statement on the border."
    )
    facts = relations(read(lexicon, text, "en", "2021-11-27"), "signatory", "partyTo")
    for person in ("vladimir-putin", "ilham-aliyev", "nikol-pashinyan"):
        assert ("sochi-statement-2021", "signatory", person, "asserted") in facts, facts
    # one spokesman announcing a signing signed nothing
    text = "Dmitry Peskov announced in Sochi on November 26, 2021 the signing of a joint statement."
    facts = relations(read(lexicon, text, "en", "2021-11-27"), "signatory")
    assert not any(f[2] == "dmitry-peskov" for f in facts)


# -- control as news writes it (issue 12 / 15, sixth round) --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "place", "holder"),
    [
        # a state's force between the state and the control word holds for the state
        (
            "Laçin koridoru şu anda Rus barış gücünün kontrolünde bulunuyor.",
            "tr",
            "lachin-corridor",
            "russia",
        ),
        ("Laçin koridoru Rus barış gücünün denetiminde kaldı.", "tr", "lachin-corridor", "russia"),
        ("Şuşa, 8 Kasım 2020'de Azerbaycan ordusunun kontrolüne girdi.", "tr", "shusha", "azerbaijan"),
        # the active "iade etti" / "teslim etti", a day before the verb
        ("Ermenistan, Ağdam'ı 20 Kasım 2020'de Azerbaycan'a iade etti.", "tr", "aghdam", "azerbaijan"),
        ("Ermenistan Kelbecer'i Azerbaycan'a teslim etti.", "tr", "kalbajar", "azerbaijan"),
        # a day between the taking of control and its verb
        (
            "Azerbaycan, Laçin koridorunun kontrolünü Nisan 2023'te ele aldı.",
            "tr",
            "lachin-corridor",
            "azerbaijan",
        ),
        # a force the lexicon names, deployed along a corridor or patrolling it
        ("Laçin koridoru boyunca Rus barış güçleri konuşlandırıldı.", "tr", "lachin-corridor", "russia"),
        ("Rus barış güçleri Laçin koridoru boyunca devriye geziyor.", "tr", "lachin-corridor", "russia"),
        # "under Azerbaijani control", "in control of", "has controlled", "handed back to"
        ("Shusha has been under Azerbaijani control since November 2020.", "en", "shusha", "azerbaijan"),
        (
            "The town was placed under Russian military control. Khankendi remains under Azerbaijani rule.",
            "en",
            "khankendi",
            "azerbaijan",
        ),
        (
            "Azerbaijani forces have been in control of Nagorno-Karabakh since September 2023.",
            "en",
            "karabakh",
            "azerbaijan",
        ),
        ("Azerbaijan has controlled Nagorno-Karabakh since September 2023.", "en", "karabakh", "azerbaijan"),
        ("Aghdam was handed back to Azerbaijan in November 2020.", "en", "aghdam", "azerbaijan"),
    ],
)
def test_control_as_news_phrases_it(
    lexicon: Lexicon, text: str, language: str, place: str, holder: str
) -> None:
    assert (place, "controlledBy", holder, "asserted") in read(lexicon, text, language, "2024-03-10")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Karabakh is no longer under Armenian control.", "en"),
        ("Azerbaijan has not controlled the Lachin corridor.", "en"),
        ("Laçin koridoru artık Rus barış gücünün kontrolünde değil.", "tr"),
        ("Ermenistan, Ağdam'ı Azerbaycan'a iade etmedi.", "tr"),
        # the force puts posts there: it is not what is deployed
        ("The Russian peacekeeping mission has deployed observation posts in the Lachin corridor.", "en"),
        ("Rusya, Laçin koridorunda gözlem noktaları konuşlandırdı.", "tr"),
    ],
)
def test_control_denied_or_of_what_a_force_deploys_is_none(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not relations(read(lexicon, text, language, "2024-03-10"), "controlledBy")


def test_a_place_that_changed_hands_is_its_new_holders_only(lexicon: Lexicon) -> None:
    facts = read(
        lexicon,
        "Kelbajar, which had been under Armenian control since 1993, was handed back to Azerbaijan on "
        "November 25, 2020.",
        "en",
        "2024-03-10",
    )
    assert relations(facts, "controlledBy") == {("kalbajar", "controlledBy", "azerbaijan", "asserted")}


# -- signing as news writes it (issue 12 / 15, sixth round) --------------------------------------


@pytest.mark.parametrize("when", ["on Tuesday", "yesterday", "on March 5", "on 5 March 2024"])
def test_a_day_between_the_signers_and_their_signing(lexicon: Lexicon, when: str) -> None:
    text = f"Azerbaijan and Uzbekistan {when} signed an agreement on allied relations."
    facts = relations(read(lexicon, text, "en", "2024-03-06"), "signatory", "partyTo")
    assert {f[2] for f in facts if f[1] == "signatory"} == {"azerbaijan", "uzbekistan"}, facts
    refused = f"Azerbaijan and Uzbekistan {when} refused to sign the agreement."
    assert not relations(read(lexicon, refused, "en", "2024-03-06"), "signatory", "partyTo")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenian Deputy Prime Minister Mher Grigoryan and Azerbaijani Deputy Prime Minister Shahin "
            "Mustafayev signed a protocol on the border on April 19, 2024.",
            "en",
        ),
        (
            "Ermenistan Başbakan Yardımcısı Mher Grigoryan ile Azerbaycan Başbakan Yardımcısı "
            "Şahin Mustafayev, 19 Nisan 2024'te sınır protokolünü imzaladı.",
            "tr",
        ),
        (
            "Ermenistan Başbakan Yardımcısı Mher Grigoryan ve Azerbaycan Başbakan Yardımcısı "
            "Şahin Mustafayev 19 Nisan 2024'te Gazah'ta sınır protokolünü imzaladılar.",
            "tr",
        ),
    ],
)
def test_officials_below_the_head_who_sign_bind_their_states(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """A deputy prime minister leads nothing (no leaderOf), but signs for his state."""
    facts = relations(read(lexicon, text, language, "2024-04-20"), "signatory", "partyTo")
    key = "treaty/2024-04-19-protocol"
    assert (key, "signatory", "mher-grigoryan", "asserted") in facts, facts
    assert (key, "signatory", "shahin-mustafayev", "asserted") in facts, facts
    assert ("armenia", "partyTo", key, "asserted") in facts
    assert ("azerbaijan", "partyTo", key, "asserted") in facts


def test_an_unknown_official_binds_the_state_his_title_names(lexicon: Lexicon) -> None:
    text = (
        "Uzbek Deputy Energy Minister Aziz Karimov and Azerbaijani President Ilham Aliyev signed a "
        "memorandum in Baku on March 5, 2024."
    )
    facts = relations(read(lexicon, text, "en", "2024-03-06"), "partyTo")
    assert ("uzbekistan", "partyTo", "treaty/2024-03-05-memorandum", "asserted") in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        # the day between "tarafından" and the passive verb
        "Anlaşma, Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ve Gürcistan Dışişleri Bakanı İlia Darçiaşvili "
        "tarafından 5 Mart 2024'te Tiflis'te imzalandı.",
        # the treaty at the sentence's head, its finite passive at the end
        "Enerji alanındaki mutabakat zaptı, Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile Gürcistan "
        "Dışişleri Bakanı İlia Darçiaşvili tarafından 5 Mart 2024'te imzalandı.",
    ],
)
def test_turkish_passive_signed_by_with_the_day_before_the_verb(lexicon: Lexicon, text: str) -> None:
    facts = relations(read(lexicon, text, "tr", "2024-03-06"), "signatory", "partyTo")
    signed = {f[2] for f in facts if f[1] == "signatory"}
    assert signed == {"jeyhun-bayramov", "ilia-darchiashvili"}, facts
    assert {f[0] for f in facts if f[1] == "partyTo"} == {"azerbaijan", "georgia"}
    negated = text.replace("imzalandı", "imzalanmadı")
    assert not relations(read(lexicon, negated, "tr", "2024-03-06"), "signatory", "partyTo")


def test_turkish_sides_between_with_the_day_and_place_before_the_passive(lexicon: Lexicon) -> None:
    text = (
        "Azerbaycan ile Özbekistan arasında müttefiklik ilişkilerine dair anlaşma Salı günü Taşkent'te "
        "imzalandı."
    )
    facts = relations(read(lexicon, text, "tr", "2024-03-06"), "partyTo")
    assert facts == {
        ("azerbaijan", "partyTo", "treaty/2024-03-05-agreement", "asserted"),
        ("uzbekistan", "partyTo", "treaty/2024-03-05-agreement", "asserted"),
    }


def test_a_turkish_joint_statement_signed_is_a_statement(lexicon: Lexicon) -> None:
    text = "Azerbaycan ve Gürcistan, 5 Mart 2024'te Bakü'de ortak bir açıklama imzaladı."
    facts = relations(read(lexicon, text, "tr", "2024-03-06"), "signatory", "partyTo")
    assert ("treaty/2024-03-05-statement", "signatory", "georgia", "asserted") in facts, facts
    assert ("azerbaijan", "partyTo", "treaty/2024-03-05-statement", "asserted") in facts
    # a statement made, not a joint one signed, is no treaty
    made = "Azerbaycan Dışişleri Bakanlığı 5 Mart 2024'te bir açıklama yaptı."
    assert not relations(read(lexicon, made, "tr", "2024-03-06"), "signatory", "partyTo")


def test_turkish_sides_between_the_treaty_and_its_passive_signing(lexicon: Lexicon) -> None:
    text = "Şuşa Beyannamesi 15 Haziran 2021'de Türkiye ile Azerbaycan arasında imzalandı."
    facts = relations(read(lexicon, text, "tr", "2021-06-16"), "partyTo")
    assert facts == {
        ("turkiye", "partyTo", "treaty/2021-06-15-declaration", "asserted"),
        ("azerbaijan", "partyTo", "treaty/2021-06-15-declaration", "asserted"),
    }
    # what grew between two states after a treaty's signing is no side of it
    other = "Şuşa Beyannamesi 15 Haziran 2021'de imzalandı, Türkiye ile Azerbaycan arasında ticaret arttı."
    assert not relations(read(lexicon, other, "tr", "2021-06-16"), "partyTo")


# -- control and treaties, batches 15-16 as classes (issue 12 / 15, sixth round) ------------------


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Azerbaijani troops entered Lachin on December 1, 2020.", "en", "lachin"),
        ("The Azerbaijani army entered the town of Lachin on Tuesday.", "en", "lachin"),
        ("Azerbaijani forces have entered Aghdam and Kalbajar.", "en", "kalbajar"),
        ("Azerbaycan ordusu Laçın'a girdi.", "tr", "lachin"),
        ("Azerbaycan ordusu 1 Aralık 2020'de Laçın kentine girdi.", "tr", "lachin"),
        ("Azerbaycan Savunma Bakanlığı, Azerbaycan ordusunun Laçın'a girdiğini duyurdu.", "tr", "lachin"),
        ("Azerbaycan ordusu Ağdam ve Kelbecer'e girdi.", "tr", "aghdam"),
    ],
)
def test_an_army_that_entered_a_place_holds_it(
    lexicon: Lexicon, text: str, language: str, place: str
) -> None:
    facts = read(lexicon, text, language, "2020-12-02")
    assert (place, "controlledBy", "azerbaijan", "asserted") in facts
    # an entry is no handover of its own: no control event with a day
    assert not any(f[0].startswith("control/") for f in facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaijani troops did not enter Lachin.", "en"),
        ("Armenian troops entered Lachin in 1992.", "en"),  # years before the report: who holds it now?
        ("A convoy of trucks entered Lachin on Tuesday.", "en"),
        ("Azerbaycan ordusu Laçın'a girmedi.", "tr"),
    ],
)
def test_an_entry_denied_long_past_or_of_no_army_holds_nothing(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read(lexicon, text, language, "2020-12-02")
    assert not {f for f in facts if f[1] == "controlledBy" and f[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Lachin corridor is protected by Russian peacekeeping troops.", "lachin-corridor"),
        (
            "Two villages lie within the Lachin corridor, which is guarded by Russian peacekeepers.",
            "lachin-corridor",
        ),
        ("Khankendi was in the zone of responsibility of the Russian peacekeeping contingent.", "khankendi"),
        (
            "A checkpoint stands on the Lachin corridor, in the control zone of Russian peacekeepers.",
            "lachin-corridor",
        ),
    ],
)
def test_a_force_that_guards_a_place_holds_it(lexicon: Lexicon, text: str, place: str) -> None:
    assert (place, "controlledBy", "russia", "asserted") in read(lexicon, text, "en", "2022-08-10")


@pytest.mark.parametrize(
    "text",
    [
        "Civilians in Karabakh are protected by international law.",
        "The Lachin corridor is no longer protected by Russian peacekeepers.",
        # the noun right before is what is guarded, not a place named further back
        "A new road will bypass Lachin and two villages located within the current corridor protected by "
        "Russian peacekeeping troops.",
    ],
)
def test_protection_by_no_force_or_of_another_noun_holds_nothing(lexicon: Lexicon, text: str) -> None:
    assert not relations(read(lexicon, text, "en", "2022-08-10"), "controlledBy")


def test_a_known_treaty_by_the_other_day_it_is_dated(lexicon: Lexicon) -> None:
    text = "Russia is one of the parties that signed the tripartite declaration of November 9, 2020."
    facts = read(lexicon, text, "en", "2023-04-25")
    assert ("trilateral-statement-2020", "date", "2020-11-09", "asserted") in facts
    assert not any(f[0].startswith("treaty/") for f in facts)


def test_the_states_of_leaders_who_reaffirm_their_commitment_to_a_treaty_are_its_parties(
    lexicon: Lexicon,
) -> None:
    text = (
        "In Prague, the leaders of Azerbaijan and Armenia reaffirmed their commitment to the Alma-Ata "
        "Declaration of 1991."
    )
    facts = relations(read(lexicon, text, "en", "2022-11-08"), "partyTo")
    assert ("azerbaijan", "partyTo", "alma-ata-declaration-1991", "asserted") in facts
    assert ("armenia", "partyTo", "alma-ata-declaration-1991", "asserted") in facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Pashinyan and Aliyev met in Washington on August 8, 2025, where they signed a joint "
            "declaration.",
            "en",
        ),
        ("Pashinyan and Aliyev met in Washington on August 8, 2025. They signed a joint declaration.", "en"),
        (
            "Paşinyan ve Aliyev 8 Ağustos 2025'te Washington'da bir araya geldi. Liderler ortak bir "
            "bildiri imzaladı.",
            "tr",
        ),
    ],
)
def test_they_and_the_leaders_who_sign_are_the_people_of_two_states_named_before(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2025-08-10"), "signatory")
    assert {f[2] for f in facts} == {"nikol-pashinyan", "ilham-aliyev"}, facts
    negated = text.replace("signed", "did not sign").replace("imzaladı", "imzalamadı")
    assert not relations(read(lexicon, negated, language, "2025-08-10"), "signatory")


def test_they_who_sign_after_people_of_one_state_are_nobody_named(lexicon: Lexicon) -> None:
    text = "Aliyev met Azerbaijani ministers in Baku on March 5, 2024. They signed a memorandum on energy."
    assert not relations(read(lexicon, text, "en", "2024-03-06"), "signatory")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Azerbaycan ordusunun 27 Eylül'de başlattığı operasyonda 286 köyün kurtarılması üzerine "
            "Ermenistan, Ağdam'ı boşaltacağını taahhüt eden anlaşmaya imza atmıştı.",
            "tr",
        ),
        (
            "In the war that began on September 27, Armenia lost seven districts and signed an agreement to "
            "return Aghdam.",
            "en",
        ),
    ],
)
def test_the_day_a_war_began_is_no_signings_day(lexicon: Lexicon, text: str, language: str) -> None:
    before = (
        "Laçın 18 Mayıs 1992'de işgal edilmişti. " if language == "tr" else "Lachin fell on May 18, 1992. "
    )
    facts = read(lexicon, before + text, language, "2020-11-20")
    assert not any(f[0].startswith(("treaty/2020-09-27", "treaty/1992")) for f in facts), facts
    # a signing on a day of its own keeps it
    signed = "Armenia and Azerbaijan signed an agreement on September 27."
    assert ("treaty/2020-09-27-agreement", "signatory", "armenia", "asserted") in read(
        lexicon, signed, "en", "2020-11-20"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the treaty in the accusative at the head, the signers for their states after it
        (
            "Mutabakat zaptını Azerbaycan adına Enerji Bakanı Parviz Şahbazov, Gürcistan adına Ekonomi "
            "Bakanı Levan Davitaşvili 5 Mart 2024'te imzaladı.",
            "tr",
        ),
        # a possessive title before the second signer
        (
            "Azerbaijan's Energy Minister Parviz Shahbazov and Georgia's Economy Minister Levan Davitashvili "
            "signed the memorandum on March 5, 2024.",
            "en",
        ),
    ],
)
def test_signers_each_with_his_own_states_title(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language, "2024-03-06"), "signatory", "partyTo")
    key = "treaty/2024-03-05-memorandum"
    signed = {f[2] for f in facts if f[1] == "signatory" and f[0] == key}
    assert "parviz-shahbazov" in signed and len(signed) == 2, facts
    assert {f[0] for f in facts if f[1] == "partyTo"} == {"azerbaijan", "georgia"}


def test_the_sides_after_a_meeting_of_two_states_delegations_are_the_states(lexicon: Lexicon) -> None:
    text = (
        "Delegations of Azerbaijan and Georgia met in Baku on March 5, 2024. The sides signed a memorandum."
    )
    facts = relations(read(lexicon, text, "en", "2024-03-06"), "signatory")
    assert {f[2] for f in facts} == {"azerbaijan", "georgia"}
    one = "A delegation of Azerbaijan arrived in Baku on March 5, 2024. The sides signed a memorandum."
    assert not relations(read(lexicon, one, "en", "2024-03-06"), "signatory")


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Kelbajar was ceded to Azerbaijan in November 2020.", "en", "kalbajar"),
        ("Azerbaijan restored its sovereignty over Karabakh in September 2023.", "en", "karabakh"),
        ("Azerbaijan now has full control over the Lachin corridor.", "en", "lachin-corridor"),
        ("Aghdam remained under Azerbaijani administration.", "en", "aghdam"),
        ("Laçin ilçesi 1 Aralık 2020'de Azerbaycan'a bırakıldı.", "tr", "lachin"),
        ("Kelbecer 25 Kasım 2020'de Azerbaycan'a devredildi.", "tr", "kalbajar"),
        ("Azerbaycan, Laçin koridorunun tam kontrolünü sağladı.", "tr", "lachin-corridor"),
    ],
)
def test_places_ceded_restored_or_fully_held(lexicon: Lexicon, text: str, language: str, place: str) -> None:
    assert (place, "controlledBy", "azerbaijan", "asserted") in read(lexicon, text, language, "2024-03-10")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia did not cede Karabakh to Azerbaijan.", "en"),
        ("Azerbaijan has no control over the Lachin corridor.", "en"),
        ("Armenia never had full control over the Lachin corridor.", "en"),
        ("Laçin ilçesi Azerbaycan'a bırakılmadı.", "tr"),
    ],
)
def test_control_not_ceded_nor_had_is_none(lexicon: Lexicon, text: str, language: str) -> None:
    assert not relations(read(lexicon, text, language, "2024-03-10"), "controlledBy")


def test_a_witness_in_whose_presence_a_treaty_is_signed_is_no_signer(lexicon: Lexicon) -> None:
    en = (
        "The Washington Declaration was signed on August 8 by the leaders of Armenia and Azerbaijan in "
        "the presence of Trump."
    )
    tr = (
        "Ermenistan ve Azerbaycan dışişleri bakanları barış anlaşmasının metnini Trump'ın huzurunda "
        "parafladı."
    )
    for text, language in ((en, "en"), (tr, "tr")):
        facts = relations(read(lexicon, text, language, "2025-08-20"), "signatory", "partyTo")
        assert not any("donald-trump" in f or "united-states" in f for f in facts), facts
    assert ("azerbaijan", "partyTo", "armenia-azerbaijan-peace-agreement", "intended") in relations(
        read(lexicon, tr, "tr", "2025-08-20"), "partyTo"
    )


def test_the_head_of_a_turkish_signing_participle_ends_at_a_case_ending(lexicon: Lexicon) -> None:
    text = "Washington Deklarasyonu'nu imzalayan Aliyev ve Paşinyan, Trump'a teşekkür etti."
    facts = relations(read(lexicon, text, "tr", "2025-08-20"), "signatory")
    assert {f[2] for f in facts} == {"ilham-aliyev", "nikol-pashinyan"}
    # a genitive head is the whole of it
    text = "Anlaşmayı imzalayan Aliyev ve Paşinyan'ın yeni bir belgeyi imzalaması bekleniyor."
    facts = relations(read(lexicon, text, "tr", "2025-08-20"), "signatory")
    assert {f[2] for f in facts if f[3] == "asserted"} <= {"ilham-aliyev", "nikol-pashinyan"}


def test_a_joint_statement_signed_in_the_week_is_the_declaration_signed_then(lexicon: Lexicon) -> None:
    text = (
        "ABD Başkanı Donald Trump'ın ev sahipliğinde Beyaz Saray'da bir araya gelen Aliyev ve Paşinyan, "
        "ortak bildiriye imza attı."
    )
    facts = relations(read(lexicon, text, "tr", "2025-08-09"), "signatory")
    assert {f[2] for f in facts if f[0] == "washington-declaration-2025"} == {
        "ilham-aliyev",
        "nikol-pashinyan",
    }
    # a memorandum is no declaration
    text = "Aliyev ve Paşinyan bir mutabakat zaptına imza attı."
    facts = relations(read(lexicon, text, "tr", "2025-08-09"), "signatory")
    assert not any(f[0] == "washington-declaration-2025" for f in facts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia and Azerbaijan issued a joint statement on December 7, 2023, on freeing captives.",
            "en",
        ),
        (
            "On December 7, 2023, Armenia and Azerbaijan released a joint statement on confidence-building.",
            "en",
        ),
        ("Ermenistan ve Azerbaycan 7 Aralık 2023'te ortak bir açıklama yayımladı.", "tr"),
    ],
)
def test_states_that_issue_a_joint_statement_are_its_parties(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2023-12-08"), "partyTo", "signatory")
    assert facts == {
        ("armenia", "partyTo", "treaty/2023-12-07-statement", "asserted"),
        ("azerbaijan", "partyTo", "treaty/2023-12-07-statement", "asserted"),
    }
    negated = text.replace("issued", "did not issue").replace("released", "did not release")
    negated = negated.replace("yayımladı", "yayımlamadı")
    assert not relations(read(lexicon, negated, language, "2023-12-08"), "partyTo")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Azerbaijan and Uzbekistan signed a memorandum on energy in Tashkent. It provides for joint "
            "projects.",
            "en",
        ),
        (
            "Azerbaycan ve Özbekistan enerji alanında bir mutabakat zaptı imzaladı. Belge ortak projeleri "
            "öngörüyor.",
            "tr",
        ),
    ],
)
def test_a_signing_the_report_leads_with_and_dates_by_nothing_takes_its_month(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read(lexicon, text, language, "2024-03-06")
    assert ("treaty/2024-03-memorandum", "signatory", "uzbekistan", "asserted") in facts
    assert ("treaty/2024-03-memorandum", "date", "2024-03", "asserted") in facts
    # told further down, it may be anything the report recalls: no key
    later = "Talks went on for hours. Officials spoke to reporters. " + text
    assert not relations(read(lexicon, later, language, "2024-03-06"), "signatory")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaijan and Georgia signed no agreement during the March 5, 2024 talks.", "en"),
        (
            "Eski Ermenistan Cumhurbaşkanı Serj Sarkisyan, 5 Mart 2024'te bir anlaşma imzaladığını "
            "hatırlattı.",
            "tr",
        ),
    ],
)
def test_no_treaty_signed_and_a_former_heads_signature_bind_no_state(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = read(lexicon, text, language, "2024-03-10")
    assert not {f for f in facts if f[1] == "partyTo"}, facts


def test_a_turkish_main_subject_set_off_by_a_comma_is_no_signer_of_the_participle(lexicon: Lexicon) -> None:
    text = (
        "Gürcistan, Azerbaycan ile Kazakistan'ın 5 Mart 2024'te imzaladığı mutabakat zaptını imzalamayı "
        "reddetti."
    )
    facts = relations(read(lexicon, text, "tr", "2024-03-10"), "signatory", "partyTo")
    assert {f[2] for f in facts if f[1] == "signatory"} == {"azerbaijan", "kazakhstan"}
    assert not any("georgia" in f for f in facts)
    # a list of three with "ve" signs whole
    text = "Kazakistan, Azerbaycan ve Gürcistan'ın 5 Mart 2024'te imzaladığı mutabakat zaptı yürürlüğe girdi."
    facts = relations(read(lexicon, text, "tr", "2024-03-10"), "signatory")
    assert {f[2] for f in facts} == {"kazakhstan", "azerbaijan", "georgia"}


@pytest.mark.parametrize(
    ("text", "language", "holder"),
    [
        ("Azerbaycan'ın denetimindeki Laçin koridorunda trafik yeniden başladı.", "tr", "azerbaijan"),
        ("Rus barış gücünün kontrolünde bulunan Laçin koridoru kapatıldı.", "tr", "russia"),
        ("Laçin koridorunu kontrol eden Rus barış gücü bölgeden çekildi.", "tr", "russia"),
        ("Rus barış güçleri Laçin koridorunun güvenliğini sağlıyor.", "tr", "russia"),
        ("Laçin koridorunun güvenliğini sağlamak için bölgeye Rus birlikleri yerleştirildi.", "tr", "russia"),
        ("Russian peacekeepers ensure the security of the Lachin corridor.", "en", "russia"),
    ],
)
def test_who_holds_guards_or_secures_a_route(lexicon: Lexicon, text: str, language: str, holder: str) -> None:
    facts = relations(read(lexicon, text, language, "2024-03-10"), "controlledBy")
    assert facts == {("lachin-corridor", "controlledBy", holder, "asserted")}, facts


def test_the_head_of_a_purpose_clause_is_no_one_who_secures(lexicon: Lexicon) -> None:
    text = (
        "Ermeni nüfusun yaşadığı köylerin ve Laçin koridorunun güvenliğini sağlamak için çalışmalar sürüyor."
    )
    assert not relations(read(lexicon, text, "tr", "2024-03-10"), "controlledBy")


def test_leaders_a_group_word_names_who_issue_a_joint_statement_bind_their_states(lexicon: Lexicon) -> None:
    text = (
        "Putin, Aliyev and Pashinyan met in Sochi on November 26, 2021. The documents were not signed, but "
        "the three leaders did issue a joint statement reaffirming their commitment to the ceasefire deal."
    )
    facts = relations(read(lexicon, text, "en", "2021-11-27"), "partyTo", "signatory")
    for state in ("russia", "azerbaijan", "armenia"):
        assert (state, "partyTo", "sochi-statement-2021", "asserted") in facts, facts
    # issued, not signed: no signer; and not the ceasefire agreement named after it
    assert not relations(facts, "signatory")
    assert not any(f[2] == "trilateral-statement-2020" for f in facts)


def test_a_force_securing_traffic_via_a_corridor_holds_it(lexicon: Lexicon) -> None:
    text = (
        "Troops of Russia's peacekeeping contingent are ensuring security of vehicle traffic and movement of "
        "citizens via the Lachin corridor."
    )
    facts = relations(read(lexicon, text, "en", "2020-12-02"), "controlledBy")
    assert facts == {("lachin-corridor", "controlledBy", "russia", "asserted")}
    other = "Armenia called for ensuring security of traffic via the Lachin corridor."
    assert not relations(read(lexicon, other, "en", "2020-12-02"), "controlledBy")


def test_the_places_an_army_entered_before_the_one_it_enters_now(lexicon: Lexicon) -> None:
    text = "Azerbaycan Ordusu; Ağdam ve Kelbecer'den sonra şimdi de Laçın'a girdi."
    facts = relations(read(lexicon, text, "tr", "2020-12-02"), "controlledBy")
    assert {f[0] for f in facts} == {"aghdam", "kalbajar", "lachin"}
    # a place it set out from is no place entered
    text = "Azerbaycan ordusu Ağdam'dan çıkarak Laçın'a girdi."
    facts = relations(read(lexicon, text, "tr", "2020-12-02"), "controlledBy")
    assert {f[0] for f in facts} == {"lachin"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia guarantees the security of transport communication between the western regions of "
            "Azerbaijan and the Nakhchivan Autonomous Republic. Control over transport communication is "
            "exercised by the Border Guard Service of the FSB of Russia.",
            "en",
        ),
        (
            "The statement sets out the role of the Border Service of the Russian Federation in the control "
            "of transport communications between Azerbaijan and Nakhchivan.",
            "en",
        ),
        (
            "Ermenistan, Azerbaycan'ın batı bölgeleri ile Nahçıvan Özerk Cumhuriyeti arasında ulaşım "
            "bağlantısının güvenliğini garanti eder. Ulaşım bağlantısının kontrolü Rusya Federal Güvenlik "
            "Servisi Sınır Muhafız Servisi tarafından gerçekleştirilir.",
            "tr",
        ),
        (
            "Bildiriye göre Azerbaycan ile Nahçıvan arasındaki ulaşım hatlarının kontrolü Rus sınır "
            "muhafızlarına ait.",
            "tr",
        ),
    ],
)
def test_who_controls_the_communications_between_a_corridors_ends(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2023-11-10"), "controlledBy")
    assert facts == {("zangezur-corridor", "controlledBy", "russia", "asserted")}, facts


def test_control_of_communications_with_no_one_exercising_it_holds_nothing(lexicon: Lexicon) -> None:
    text = "Armenia rejects Russian control over transport communications between Azerbaijan and Nakhchivan."
    assert not relations(read(lexicon, text, "en", "2023-11-10"), "controlledBy")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Lachin Corridor (5 km wide), which will provide a connection between Nagorno-Karabakh and "
            "Armenia while not passing through the territory of Shusha, shall remain under the control of "
            "the Russian Federation peacekeeping contingent.",
            "en",
        ),
        (
            "Laçin Koridoru (5 km genişliğinde), Şuşa topraklarından geçmeyecek şekilde Dağlık Karabağ ile "
            "Ermenistan arasında bağlantı sağlayacak ve Rusya Federasyonu barış gücünün kontrolünde "
            "kalacaktır.",
            "tr",
        ),
        (
            "The agreement placed the Lachin corridor under the control of some 2,000 Russian peacekeepers.",
            "en",
        ),
        ("Anlaşmayla Laçin koridorunun kontrolü Rus barış gücüne verildi.", "tr"),
    ],
)
def test_the_statements_point_six_as_written_and_retold(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language, "2020-11-10"), "controlledBy")
    assert {f[:3] for f in facts} == {("lachin-corridor", "controlledBy", "russia")}, facts


def test_a_datelines_city_is_no_subject_of_the_control_told_after_it(lexicon: Lexicon) -> None:
    text = (
        "YEREVAN (Combined Sources) — Azerbaijan set up a checkpoint at the Lachin Corridor, in the control "
        "zone of Russian peacekeepers."
    )
    facts = relations(read(lexicon, text, "en", "2023-04-25"), "controlledBy")
    assert not any(f[0] == "yerevan" for f in facts)


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        (
            "The November 2020 ceasefire, signed by Armenia, Azerbaijan and Russia, ended the fighting.",
            "en",
            "trilateral-statement-2020",
        ),
        (
            "Armenia and Azerbaijan signed a humanitarian ceasefire in Moscow on October 10, 2020.",
            "en",
            "treaty/2020-10-10-agreement",
        ),
        (
            "Ermenistan ve Azerbaycan 10 Ekim 2020'de Moskova'da insani ateşkes imzaladı.",
            "tr",
            "treaty/2020-10-10-agreement",
        ),
        # a month the lexicon knows one treaty of that kind in
        (
            "Armenia and Azerbaijan signed a joint statement in Prague in October 2022.",
            "en",
            "prague-statement-2022",
        ),
    ],
)
def test_a_ceasefire_signed_and_a_treaty_of_a_month(
    lexicon: Lexicon, text: str, language: str, key: str
) -> None:
    facts = relations(read(lexicon, text, language, "2024-03-10"), "partyTo")
    assert ("armenia", "partyTo", key, "asserted") in facts, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia brokered a ceasefire between Armenia and Azerbaijan in October 2020.", "en"),
        (
            "Azerbaycan ile Ermenistan arasında imzalanan ateşkesin denetlenmesi amacıyla Türkiye ile Rusya "
            "arasında bir merkezin kuruluş mutabakatı 1 Aralık 2020'de imzalandı.",
            "tr",
        ),
    ],
)
def test_a_ceasefire_brokered_or_monitored_is_no_treaty_signed_then(
    lexicon: Lexicon, text: str, language: str
) -> None:
    facts = relations(read(lexicon, text, language, "2024-03-10"), "partyTo", "signatory")
    assert not any(
        "2020-12-01" in f[0] or "2020-12-01" in f[2] or f[0].startswith("treaty/2020-10") for f in facts
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaijan and Georgia sealed a deal on electricity exports on March 5, 2024.", "en"),
        ("Azerbaijan and Georgia put their signatures to a memorandum on March 5, 2024.", "en"),
        ("Azerbaijan and Georgia penned a memorandum on energy on March 5, 2024.", "en"),
        (
            "Azerbaycan ile Gürcistan arasında enerji alanında mutabakat zaptının imza töreni 5 Mart 2024'te "
            "Bakü'de düzenlendi.",
            "tr",
        ),
    ],
)
def test_more_words_for_signing(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language, "2024-03-10"), "partyTo")
    assert {f[0] for f in facts if f[2].startswith("treaty/2024-03-05-")} == {"azerbaijan", "georgia"}, facts


def test_a_sealed_border_near_an_agreement_is_no_signing(lexicon: Lexicon) -> None:
    text = "Azerbaijan sealed the border on March 5, 2024, weeks after the agreement with Georgia collapsed."
    assert not relations(read(lexicon, text, "en", "2024-03-10"), "signatory")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lachin came under Baku's control on August 26, 2022.", "lachin"),
        ("Khankendi has been under Azerbaijan's control since October 2023.", "khankendi"),
        ("Baku now controls all of Karabakh.", "karabakh"),
    ],
)
def test_a_capital_or_a_states_possessive_as_holder(lexicon: Lexicon, text: str, place: str) -> None:
    assert (place, "controlledBy", "azerbaijan", "asserted") in read(lexicon, text, "en", "2024-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Ermenistan, Mayıs 2024'te Gazah'a bağlı dört köyü Azerbaycan'a iade etti.",
        "Azerbaycan'ın elinde bulunan Kazah bölgesinde tuttuğu topraklar Ermenistan'a iade edilecek.",
    ],
)
def test_a_place_that_only_says_where_the_thing_held_is_is_not_held(lexicon: Lexicon, text: str) -> None:
    assert not any(
        f[0] == "gazakh" for f in relations(read(lexicon, text, "tr", "2024-06-01"), "controlledBy")
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ortak bildirinin 8 Ağustos'ta imzalanmasından sonra Ermenistan ve Azerbaycan heyetleri bir "
            "araya geldi.",
            "tr",
        ),
        ("After the signing of the joint declaration on August 8, Aliyev and Pashinyan met in Baku.", "en"),
    ],
)
def test_who_meets_after_a_signing_did_not_sign_it(lexicon: Lexicon, text: str, language: str) -> None:
    assert not relations(read(lexicon, text, language, "2025-09-10"), "signatory")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia will retain full sovereignty over the Trump Route.",
            "en",
        ),
        ("Trump Yolu Ermenistan'ın egemenliği altında kalacak.", "tr"),
        ("Ermenistan, Trump Yolu üzerindeki tam egemenliğini koruyacak.", "tr"),
    ],
)
def test_a_state_that_keeps_its_sovereignty_over_a_route(lexicon: Lexicon, text: str, language: str) -> None:
    facts = relations(read(lexicon, text, language, "2025-08-10"), "controlledBy")
    assert ("trump-route", "controlledBy", "armenia", "intended") in facts, facts


def test_a_turkish_passive_imza_atildi_names_no_signer(lexicon: Lexicon) -> None:
    text = "Azerbaycan ile Gürcistan arasında 5 Mart 2024'te bir mutabakat zaptına imza atıldı."
    facts = relations(read(lexicon, text, "tr", "2024-03-10"), "signatory", "partyTo")
    assert not relations(facts, "signatory")
    assert {f[0] for f in facts} == {"azerbaijan", "georgia"}
    active = "Azerbaycan ile Gürcistan 5 Mart 2024'te bir mutabakat zaptına imza attı."
    facts = relations(read(lexicon, active, "tr", "2024-03-10"), "signatory")
    assert {f[2] for f in facts} == {"azerbaijan", "georgia"}


def test_the_day_of_a_meeting_held_following_a_signing_is_not_the_signings(lexicon: Lexicon) -> None:
    for text in (
        "The working group held a meeting on December 1 in Moscow following the signed statement by the "
        "three presidents on November 26 in Sochi.",
        "The commission met on December 1 in Moscow after the statement signed by the three presidents on "
        "November 26.",
    ):
        facts = read(lexicon, text, "en", "2021-12-02")
        assert ("sochi-statement-2021", "date", "2021-11-26", "asserted") in facts, facts
        assert not any(f[0].startswith("treaty/2021-12-01") for f in facts)


def test_a_company_and_a_port_that_sign_together_are_the_signers(lexicon: Lexicon) -> None:
    text = (
        "Kazakhstan Temir Zholy national railway company and Baku International Sea Trade Port, the "
        "largest port of the Caspian, signed a memorandum on logistics during Tokayev's visit to Baku on "
        "August 24, 2022."
    )
    facts = relations(read(lexicon, text, "en", "2022-08-25"), "signatory", "partyTo")
    assert {f[2] for f in facts if f[1] == "signatory"} == {"kazakhstan-temir-zholy", "alat"}, facts
    assert not relations(facts, "partyTo")  # companies sign for themselves: no state is a side
    # a capital is no port
    text = "Kazakhstan Temir Zholy and Baku signed a memorandum on August 24, 2022."
    facts = relations(read(lexicon, text, "en", "2022-08-25"), "signatory")
    assert "baku" not in {f[2] for f in facts}


def test_a_passive_signing_at_a_meeting_that_names_its_sides_names_no_signer(lexicon: Lexicon) -> None:
    text = (
        "Kazakistan Cumhurbaşkanı Tokayev ile Azerbaycan Cumhurbaşkanı Aliyev arasında Astana'da 5 Mart "
        "2024'te yapılan görüşmelerde, iki ülke hükümetleri "
        "arasında enerji, ulaştırma ve lojistik, dijitalleşme, sağlık ve kültür alanlarında 15 işbirliği "
        "anlaşması imzalandı."
    )
    facts = relations(read(lexicon, text, "tr", "2024-03-06"), "signatory", "partyTo")
    assert not relations(facts, "signatory"), facts
    assert {f[0] for f in facts} == {"kazakhstan", "azerbaijan"}


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaycan, Ermenistan anayasasını değiştirmeden barış anlaşmasını imzalamayacağını söylüyor.",
        "Gürcistan'ın imzalamadığı mutabakat zaptı 5 Mart 2024'te yürürlüğe girdi.",
    ],
)
def test_a_turkish_negated_signing_signs_nothing(lexicon: Lexicon, text: str) -> None:
    assert not relations(read(lexicon, text, "tr", "2025-08-10"), "signatory")


def test_turkish_memoranda_in_the_plural_are_memoranda(lexicon: Lexicon) -> None:
    text = "Aliyev ve Kobahidze 5 Mart 2024'te Bakü'de çeşitli mutabakat zabıtları imzaladı."
    facts = relations(read(lexicon, text, "tr", "2024-03-10"), "signatory")
    assert {f[0] for f in facts} == {"treaty/2024-03-05-memorandum"}


@pytest.mark.parametrize(
    "text",
    [
        "Officials discussed reopening the Baku-Tbilisi-Kars railway, along with a road connection between "
        "Armenia and Iran.",
        "The ministers spoke about the Baku-Tbilisi-Kars railway as well as the transport links between "
        "Kazakhstan and China.",
        "The Baku-Tbilisi-Kars railway and the rail connections between Armenia and Iran were on the agenda.",
    ],
)
def test_links_between_in_a_coordinated_phrase_are_another_route(lexicon: Lexicon, text: str) -> None:
    facts = relations(read(lexicon, text, "en", "2025-01-01"), "connects")
    ends = {f[2] for f in facts if f[0] == "baku-tbilisi-kars-railway"}
    assert not ends & {"armenia", "iran", "kazakhstan", "china"}
    assert {"baku", "kars"} <= ends


def test_a_routes_own_connection_between_two_places(lexicon: Lexicon) -> None:
    text = "The Baku-Tbilisi-Kars railway provides a rail connection between Azerbaijan and Turkey."
    facts = relations(read(lexicon, text, "en", "2025-01-01"), "connects")
    assert {f[2] for f in facts if f[0] == "baku-tbilisi-kars-railway"} >= {"azerbaijan", "turkiye"}


@pytest.mark.parametrize(
    "text",
    [
        "Bakanlar, Bakü-Tiflis-Kars demiryolunu ve Ermenistan ile İran arasındaki kara yolu bağlantısını "
        "görüştü.",
        "Bakü-Tiflis-Kars demiryolunun yanı sıra Ermenistan ile İran arasındaki kara yolu bağlantısı da ele "
        "alındı.",
        "Baku-Tiflis-Kars demiryolunun yani sira Ermenistan ile Iran arasindaki kara yolu baglantisi da ele "
        "alindi.",
    ],
)
def test_a_turkish_link_between_in_a_coordinated_phrase_is_another_route(lexicon: Lexicon, text: str) -> None:
    facts = relations(read(lexicon, text, "tr", "2025-01-01"), "connects")
    ends = {f[2] for f in facts if f[0] == "baku-tbilisi-kars-railway"}
    assert not ends & {"armenia", "iran"}
    assert {"baku", "kars"} <= ends


@pytest.mark.parametrize(
    "text",
    [
        "Bakü-Tiflis-Kars demiryolu, Azerbaycan ile Türkiye arasında demiryolu bağlantısı sağlıyor.",
        "Bakü-Tiflis-Kars demiryolu ile birlikte Azerbaycan ile Türkiye arasında bağlantı sağlandı.",
    ],
)
def test_a_turkish_routes_own_link_between_two_places(lexicon: Lexicon, text: str) -> None:
    facts = relations(read(lexicon, text, "tr", "2025-01-01"), "connects")
    assert {f[2] for f in facts if f[0] == "baku-tbilisi-kars-railway"} >= {"azerbaijan", "turkiye"}
