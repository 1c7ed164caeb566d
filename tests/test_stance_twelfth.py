"""Stances (issue 15, twelfth session): classes of phrasing written for these tests (not taken
from the development set). Each test names the class; the negative cases are the same words that
state nothing or another stance."""

from __future__ import annotations

import pytest
from test_stances import stances

from loaders.lexicon import Lexicon

MET_EN = "Aliyev met Tokayev in Astana on October 12. "
MET_TR = "Aliyev 12 Ekim'de Astana'da Tokayev ile görüştü. "
ASTANA = "meeting/2025-10-12-astana"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (MET_EN + "Aliyev welcomed the visit.", "en"),
        (MET_EN + "Aliyev hailed the visit.", "en"),
        (MET_TR + "Aliyev ziyareti memnuniyetle karşıladı.", "tr"),
        (MET_TR + "Aliyev, ziyaretten memnuniyet duyduğunu belirtti.", "tr"),
    ],
)
def test_a_visit_welcomed_is_the_meeting_it_is(lexicon: Lexicon, text: str, language: str) -> None:
    # a visit is the meeting the document tells, as "the talks" and "the meeting" are
    assert ("ilham-aliyev", "welcomes", ASTANA) in stances(lexicon, text, language, "2025-10-13")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (MET_EN + "Aliyev welcomed the mutual visits of journalists.", "en"),
        (MET_TR + "Aliyev, gazetecilerin karşılıklı ziyaretlerini memnuniyetle karşıladı.", "tr"),
        (MET_TR + "Tokayev, Aliyev'in daha önce yaptığı ziyareti memnuniyetle hatırladı.", "tr"),
        (MET_TR + "Tokayev, Aliyev'in geçen yıl gerçekleştirdiği ziyareti memnuniyetle andı.", "tr"),
    ],
)
def test_exchanges_of_visits_and_earlier_visits_are_not_the_meeting_told(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not any(target == ASTANA for _, _, target in stances(lexicon, text, language, "2025-10-13"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mirzoyan and Bayramov met in Almaty on May 10. The two sides reaffirmed their commitment "
            "to the peace process.",
            "armenia-azerbaijan-peace-process",
        ),
        (
            "Mirzoyan and Bayramov met in Almaty on May 10. The parties agreed to continue the talks on "
            "the peace treaty.",
            "armenia-azerbaijan-peace-agreement",
        ),
    ],
)
def test_the_parties_of_a_meeting_of_two_people_are_those_two(
    lexicon: Lexicon, text: str, expected: str
) -> None:
    found = stances(lexicon, text, "en", "2025-05-11")
    assert {("ararat-mirzoyan", "supports", expected), ("jeyhun-bayramov", "supports", expected)} <= found
    assert ("armenia", "supports", expected) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdoğan, Zengezur koridorunun açılmasını istediklerini söyledi.", "recep-tayyip-erdogan"),
        ("Azerbaycan, Zengezur koridorunun açılmasını istemektedir.", "azerbaijan"),
        ("Aliyev, Zengezur koridorunun bir an önce açılmasını istedi.", "ilham-aliyev"),
        ("Aliyev, Zengezur koridorunun bir an once acilmasini istedigini soyledi.", "ilham-aliyev"),
    ],
)
def test_wanting_a_thing_done_with_the_stem_iste_supports_it(
    lexicon: Lexicon, text: str, expected: str
) -> None:
    # "istiyor" narrows the stem's vowel; "istedi", "istediklerini", "istemektedir" keep "iste-"
    assert (expected, "supports", "zangezur-corridor") in stances(lexicon, text, "tr")


def test_not_wanting_a_thing_done_is_no_support(lexicon: Lexicon) -> None:
    found = stances(lexicon, "İran, Zengezur koridorunun açılmasını istemediğini söyledi.", "tr")
    assert ("iran", "supports", "zangezur-corridor") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Paşinyan, barış gündemine bağlılığını teyit etti.",
        "Paşinyan, barış gündemini desteklediğini söyledi.",
    ],
)
def test_the_peace_agenda_is_the_peace_process_in_turkish(lexicon: Lexicon, text: str) -> None:
    assert ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-process") in stances(lexicon, text, "tr")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The Zangezur corridor was proposed by Azerbaijan.", "en", [("azerbaijan", "zangezur-corridor")]),
        (
            "The 3+3 platform was initiated by Aliyev and Erdogan.",
            "en",
            [("ilham-aliyev", "3-3-regional-platform"), ("recep-tayyip-erdogan", "3-3-regional-platform")],
        ),
        ("Zengezur koridoru Azerbaycan tarafından önerildi.", "tr", [("azerbaijan", "zangezur-corridor")]),
        (
            "Azerbaycan tarafından önerilen Zengezur koridoru Sünik'ten geçecek.",
            "tr",
            [("azerbaijan", "zangezur-corridor")],
        ),
    ],
)
def test_a_thing_proposed_by_an_agent_has_its_support(
    lexicon: Lexicon, text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    found = stances(lexicon, text, language)
    assert {(holder, "supports", target) for holder, target in expected} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Iran rejected the proposed Zangezur corridor.",
        "Tehran voiced its opposition to any proposed corridors through Syunik, "
        "including the Zangezur corridor.",
    ],
)
def test_a_proposed_thing_named_is_no_ones_support(lexicon: Lexicon, text: str) -> None:
    assert not any(kind == "supports" for _, kind, _ in stances(lexicon, text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Zangezur corridor, strongly opposed by Iran, would cross Syunik.",
            ("iran", "opposes", "zangezur-corridor"),
        ),
        (
            "The Washington Declaration, welcomed by Turkey, was signed in August.",
            ("turkiye", "welcomes", "washington-declaration-2025"),
        ),
        (
            "The Zangezur corridor, proposed by Azerbaijan, would cross Syunik.",
            ("azerbaijan", "supports", "zangezur-corridor"),
        ),
    ],
)
def test_a_passive_participle_set_off_by_commas_after_its_thing_describes_it(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaycan'ın desteklediği Zengezur koridoru Sünik'ten geçecek.", [("azerbaijan", "supports")]),
        ("Azerbaycan'ın talep ettiği Zengezur koridoru Sünik'ten geçecek.", [("azerbaijan", "supports")]),
        ("İran'ın karşı çıktığı Zengezur koridoru Sünik'ten geçecek.", [("iran", "opposes")]),
        ("Iran'in karsi ciktigi Zengezur koridoru Sunik'ten gececek.", [("iran", "opposes")]),
        (
            "Türkiye ve Azerbaycan'ın uzun süredir talep ettikleri Zengezur koridoru açılacak.",
            [("turkiye", "supports"), ("azerbaijan", "supports")],
        ),
    ],
)
def test_a_relative_participle_with_a_genitive_subject_is_that_subjects_stance(
    lexicon: Lexicon, text: str, expected: list[tuple[str, str]]
) -> None:
    # "X'in desteklediği koridor": the corridor X supports
    found = stances(lexicon, text, "tr")
    assert {(holder, kind, "zangezur-corridor") for holder, kind in expected} <= found


def test_a_name_ending_in_in_is_no_genitive(lexicon: Lexicon) -> None:
    # "Putin" is no genitive: the subject of a relative participle must carry the ending
    found = stances(lexicon, "Putin, İran'ın karşı çıktığı Zengezur koridorunu konuştu.", "tr")
    assert ("vladimir-putin", "opposes", "zangezur-corridor") not in found
    assert ("iran", "opposes", "zangezur-corridor") in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ararat Mirzoyan and Jeyhun Bayramov met in Berlin on February 28. The foreign ministers of "
            "Armenia and Azerbaijan said they had agreed to continue the peace process.",
            "en",
        ),
        (
            "Ararat Mirzoyan ve Ceyhun Bayramov 28 Şubat'ta Berlin'de görüştü. Ermenistan ve Azerbaycan "
            "dışişleri bakanları barış sürecine bağlılıklarını teyit etti.",
            "tr",
        ),
    ],
)
def test_ministers_in_the_plural_the_document_names_are_those_people(
    lexicon: Lexicon, text: str, language: str
) -> None:
    found = stances(lexicon, text, language, "2024-02-29")
    process = "armenia-azerbaijan-peace-process"
    assert {("ararat-mirzoyan", "supports", process), ("jeyhun-bayramov", "supports", process)} <= found
    assert ("armenia-ministry-of-foreign-affairs", "supports", process) not in found


def test_ministers_in_the_plural_never_named_are_their_ministries(lexicon: Lexicon) -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan said they had agreed to continue the peace process."
    )
    found = stances(lexicon, text, "en", "2024-02-29")
    assert ("armenia-ministry-of-foreign-affairs", "supports", "armenia-azerbaijan-peace-process") in found


@pytest.mark.parametrize(
    ("text", "partner", "target"),
    [
        (
            "Paşinyan, Aliyev ile barış sürecini sürdürmeye kararlı olduklarını söyledi.",
            "ilham-aliyev",
            "armenia-azerbaijan-peace-process",
        ),
        (
            "Erdoğan, Aliyev ile Zengezur koridorunu desteklediklerini açıkladı.",
            "ilham-aliyev",
            "zangezur-corridor",
        ),
    ],
)
def test_a_partner_with_ile_and_a_plural_verb_holds_the_stance_too(
    lexicon: Lexicon, text: str, partner: str, target: str
) -> None:
    assert (partner, "supports", target) in stances(lexicon, text, "tr")


@pytest.mark.parametrize(
    "text",
    [
        "Paşinyan, Aliyev ile görüştü ve barış sürecini sürdürmeye kararlı olduğunu söyledi.",
        "Erdoğan, Azerbaycan ile Ermenistan arasındaki barış sürecinin ilerlemesinden memnuniyet "
        "duyduklarını söyledi.",
    ],
)
def test_a_partner_of_a_singular_verb_or_a_pair_named_holds_nothing(lexicon: Lexicon, text: str) -> None:
    found = stances(lexicon, text, "tr")
    assert not any(holder in ("ilham-aliyev", "azerbaijan", "armenia") for holder, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Barışın Bakü ve Erivan'ın ortak çabası olduğunu anlatan Paşinyan, barış sürecini devam "
        "ettirmeye kararlı olduğunu söyledi.",
        "Azerbaycan'ın barışa hazır olduğunu belirten Paşinyan, barış sürecini sürdürmeye kararlı olduğunu "
        "söyledi.",
    ],
)
def test_names_in_a_clause_a_participle_of_saying_closes_are_not_the_main_subject(
    lexicon: Lexicon, text: str
) -> None:
    # "X'in ... olduğunu anlatan Y, ...": the clause is what Y said; the main verb's subject is Y
    found = stances(lexicon, text, "tr")
    assert ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-process") in found
    assert ("armenia", "supports", "armenia-azerbaijan-peace-process") not in found


@pytest.mark.parametrize(
    ("text", "language", "holder"),
    [
        (
            "The EU issued a statement on Friday. The statement welcomed the Washington Declaration.",
            "en",
            "european-union",
        ),
        (
            "The Council of the EU released a statement. The statement also welcomed the signing of the "
            "Washington Declaration.",
            "en",
            "council-of-the-european-union",
        ),
        (
            "AB ortak bir açıklama yaptı. Açıklamada, Washington Deklarasyonu memnuniyetle karşılandı.",
            "tr",
            "european-union",
        ),
        (
            "Türkiye Dışişleri Bakanlığı yazılı bir açıklama yayımladı. Açıklamada, Washington "
            "Deklarasyonu'nun imzalanmasından memnuniyet duyulduğu belirtildi.",
            "tr",
            "turkiye-ministry-of-foreign-affairs",
        ),
    ],
)
def test_the_statement_told_before_speaks_for_its_author(
    lexicon: Lexicon, text: str, language: str, holder: str
) -> None:
    assert (holder, "welcomes", "washington-declaration-2025") in stances(lexicon, text, language)


def test_a_signed_declaration_speaking_is_no_ones_stance(lexicon: Lexicon) -> None:
    text = (
        "Aliyev and Pashinyan signed a declaration in Washington. The declaration also calls for the "
        "opening of the Zangezur corridor."
    )
    assert not any(kind == "supports" for _, kind, _ in stances(lexicon, text, "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Turkey called the declaration an important step towards lasting peace.", "en"),
        ("Türkiye, deklarasyonu kalıcı barışın tesisi için önemli bir adım olarak nitelendirdi.", "tr"),
    ],
)
def test_one_step_called_important_for_peace_is_no_stance_on_the_process(
    lexicon: Lexicon, text: str, language: str
) -> None:
    found = stances(lexicon, text, language)
    assert ("turkiye", "supports", "armenia-azerbaijan-peace-process") not in found


def test_taking_further_steps_in_the_process_supports_it(lexicon: Lexicon) -> None:
    text = "The two leaders agreed on the importance of taking further steps in the peace process."
    found = stances(lexicon, "Aliyev met Pashinyan in Vienna on March 29. " + text, "en", "2019-03-30")
    assert ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-process") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pashinyan said Azerbaijan is now attacking Armenia's border.", ("nikol-pashinyan", "azerbaijan")),
        (
            "Pashinyan warned that Azerbaijan could be stalling the peace talks.",
            ("nikol-pashinyan", "azerbaijan"),
        ),
        ("Mirzoyan said Azerbaijan is torpedoing the peace process.", ("ararat-mirzoyan", "azerbaijan")),
        ("Aliyev said Armenia has shelled Azerbaijani positions.", ("ilham-aliyev", "armenia")),
    ],
)
def test_an_attack_or_sabotage_told_of_a_state_in_someones_words_accuses_it(
    lexicon: Lexicon, text: str, expected: tuple[str, str]
) -> None:
    holder, target = expected
    assert (holder, "condemns", target) in stances(lexicon, text, "en")


@pytest.mark.parametrize(
    "text",
    ["Azerbaijan is attacking Armenia's border.", "The shelling of Stepanakert continued on Monday."],
)
def test_an_attack_in_the_articles_own_words_is_no_ones_stance(lexicon: Lexicon, text: str) -> None:
    assert stances(lexicon, text, "en") == set()


def test_a_meeting_with_named_people_called_useful_is_welcomed_by_the_speaker(lexicon: Lexicon) -> None:
    text = (
        "Putin met Pashinyan and Aliyev in Sochi on October 31. Putin said that his trilateral meeting with "
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev was very useful."
    )
    found = stances(lexicon, text, "en", "2025-11-01")
    assert ("vladimir-putin", "welcomes", "meeting/2025-10-31-sochi") in found
    assert not any(holder in ("nikol-pashinyan", "ilham-aliyev") for holder, _, _ in found)


def test_a_good_word_far_from_the_meeting_is_not_about_it(lexicon: Lexicon) -> None:
    text = (
        "Putin met Pashinyan and Aliyev in Sochi on October 31. Putin said the meeting with Pashinyan and "
        "Aliyev took place in Sochi and that the weather in the resort town on the Black Sea coast was good."
    )
    found = stances(lexicon, text, "en", "2025-11-01")
    assert not any(kind == "welcomes" for _, kind, _ in found)


MET_BRUSSELS_TR = "Michel 14 Mayıs'ta Brüksel'de Aliyev ve Paşinyan'ı ağırladı. "


@pytest.mark.parametrize(
    "text",
    [
        MET_BRUSSELS_TR + "Aliyev ve Paşinyan barış müzakerelerine devam etme kararı aldı.",
        MET_BRUSSELS_TR + "Michel, liderlerin barış sürecine bağlılıklarını teyit ettiğini söyledi.",
    ],
)
def test_the_leaders_decision_or_commitment_reported_is_theirs(lexicon: Lexicon, text: str) -> None:
    found = stances(lexicon, text, "tr", "2025-05-15")
    process = "armenia-azerbaijan-peace-process"
    assert {("ilham-aliyev", "supports", process), ("nikol-pashinyan", "supports", process)} <= found


def test_a_decision_to_go_on_with_something_unkeyed_is_no_stance(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Şirket üretimi sürdürme kararı aldı.", "tr") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Tehran sees the Zangezur corridor as a threat.",
        "Iran views the Zangezur corridor as a serious threat.",
    ],
)
def test_seeing_a_thing_as_a_threat_is_concern_about_it(lexicon: Lexicon, text: str) -> None:
    assert ("iran", "concernedAbout", "zangezur-corridor") in stances(lexicon, text, "en")


def test_not_seeing_a_thing_as_a_threat_is_no_concern(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Russia does not see the Zangezur corridor as a threat.", "en")
    assert ("russia", "concernedAbout", "zangezur-corridor") not in found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Iran will never accept the Zangezur corridor.", "en", ("iran", "opposes", "zangezur-corridor")),
        (
            "Türkiye, Zengezur koridorunun açılmasından yana.",
            "tr",
            ("turkiye", "supports", "zangezur-corridor"),
        ),
        (
            "Aliyev, Washington Deklarasyonu'nu tarihi bir belge olarak nitelendirdi.",
            "tr",
            ("ilham-aliyev", "welcomes", "washington-declaration-2025"),
        ),
    ],
)
def test_never_accepting_being_in_favour_and_a_historic_document(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_signing_a_document_called_historic_is_no_stance(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Aliyev ve Paşinyan Washington'da tarihi bir belge imzaladı.", "tr") == set()


@pytest.mark.parametrize(
    ("text", "language", "holder"),
    [
        ("Erdogan described the Washington Declaration as a turning point.", "en", "recep-tayyip-erdogan"),
        ("Guterres said the Washington Declaration was a significant achievement.", "en", "antonio-guterres"),
        (
            "Guterres, Washington Deklarasyonu'nun önemli bir başarı olduğunu söyledi.",
            "tr",
            "antonio-guterres",
        ),
        ("Aliyev, Washington Deklarasyonu'nun yeni bir sayfa olduğunu söyledi.", "tr", "ilham-aliyev"),
    ],
)
def test_a_signed_document_called_a_turning_point_or_an_achievement_is_welcomed(
    lexicon: Lexicon, text: str, language: str, holder: str
) -> None:
    assert (holder, "welcomes", "washington-declaration-2025") in stances(lexicon, text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The Washington Declaration was a great success.",
        "Aliyev said its successful implementation depends on the Washington Declaration.",
    ],
)
def test_success_in_the_articles_words_or_successful_is_no_welcome(lexicon: Lexicon, text: str) -> None:
    assert not any(kind == "welcomes" for _, kind, _ in stances(lexicon, text, "en"))


def test_satisfied_with_a_document_welcomes_it(lexicon: Lexicon) -> None:
    text = "Lavrov said Russia was satisfied with the implementation of the trilateral statement."
    assert ("sergey-lavrov", "welcomes", "trilateral-statement-2020") in stances(lexicon, text, "en")
    negated = "Lavrov said Russia was not satisfied with the implementation of the trilateral statement."
    assert not any(kind == "welcomes" for _, kind, _ in stances(lexicon, negated, "en"))


@pytest.mark.parametrize(
    "text",
    [
        MET_EN + "Aliyev said he was very happy with the visit.",
        MET_EN + "Aliyev said he was satisfied with the talks.",
    ],
)
def test_happy_or_satisfied_with_the_meeting_welcomes_it(lexicon: Lexicon, text: str) -> None:
    # (the words must pass the sentence's cheap stance test too, not only the kind's pattern)
    assert ("ilham-aliyev", "welcomes", ASTANA) in stances(lexicon, text, "en", "2025-10-13")
