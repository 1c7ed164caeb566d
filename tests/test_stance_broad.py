"""Stances (issue 15, third round): broad classes of news phrasing that unseen passages showed
the rules missed, on sentences written for these tests (not taken from the development set).
Each test names the class; the negative cases are the same words that state nothing."""

from __future__ import annotations

import pytest
from extraction_read import read_claims
from test_stances import stances

from loaders.lexicon import Lexicon

PEACE = "armenia-azerbaijan-peace-process"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Armenia and Azerbaijan remain committed to a permanent peace, the US envoy said.",
            "en",
            {("armenia", "supports", PEACE), ("azerbaijan", "supports", PEACE)},
        ),
        (
            "Azerbaijan is ready for peace with Armenia, the foreign ministry in Baku said.",
            "en",
            {("azerbaijan", "supports", PEACE)},
        ),
        (
            "Ermenistan ve Azerbaycan liderleri barışa hazır olduklarını söyledi.",
            "tr",
            {("armenia", "supports", PEACE), ("azerbaijan", "supports", PEACE)},
        ),
        (
            "Paşinyan, Azerbaycan ile kalıcı bir barış için çalışmaya hazır olduklarını söyledi.",
            "tr",
            {("nikol-pashinyan", "supports", PEACE)},
        ),
        (
            "Paşinyan, Azerbaycan ile barisa hazir olduklarini söyledi.",
            "tr",
            {("nikol-pashinyan", "supports", PEACE)},
        ),
    ],
)
def test_peace_itself_between_the_two_is_the_peace_process(
    lexicon: Lexicon, text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(lexicon, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zelensky said Ukraine is ready for peace with Russia.", "en"),
        ("Erdoğan, Ukrayna ile Rusya arasında barışa hazır olduklarını söyledi.", "tr"),
        # peace and stability in a region is no one's process
        (
            "Russia supports peace and stability in the South Caucasus, Lavrov told Armenia and Azerbaijan.",
            "en",
        ),
    ],
)
def test_peace_elsewhere_or_in_general_is_not_theirs(lexicon: Lexicon, text: str, language: str) -> None:
    assert not any(target == PEACE for _, _, target in stances(lexicon, text, language))


def test_undermining_peace_condemns_no_process(lexicon: Lexicon) -> None:
    text = (
        "Bayramov, Ermenistan'ın tutumunun Azerbaycan ile barışı tesis etme çabalarını baltaladığını söyledi."
    )
    assert not any(target.endswith("-process") for _, _, target in stances(lexicon, text, "tr"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Russia expressed concern over the EU mission in Armenia.",
            "en",
            ("russia", "concernedAbout", "eu-mission-in-armenia"),
        ),
        (
            "Azerbaijan has repeatedly opposed the EU monitoring mission.",
            "en",
            ("azerbaijan", "opposes", "eu-mission-in-armenia"),
        ),
        (
            "Pashinyan criticized the Russian peacekeeping contingent over the fighting.",
            "en",
            ("nikol-pashinyan", "condemns", "russian-peacekeeping-contingent"),
        ),
        (
            "Rusya, AB Ermenistan Misyonu'na karşı çıktı.",
            "tr",
            ("russia", "opposes", "eu-mission-in-armenia"),
        ),
        (
            "Ermenistan, AB Ermenistan Misyonu'nun görev süresinin uzatılmasını memnuniyetle karşıladı.",
            "tr",
            ("armenia", "welcomes", "eu-mission-in-armenia"),
        ),
    ],
)
def test_a_mission_or_force_sent_to_the_region_is_a_target(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_a_mission_that_speaks_holds_no_stance_on_itself(lexicon: Lexicon) -> None:
    found = stances(lexicon, "The EU Mission in Armenia welcomed the Washington Declaration.", "en")
    assert not any(target == "eu-mission-in-armenia" for _, _, target in found)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Azerbaijani forces opened fire on Armenian positions near Sotk, the Armenian Defense Ministry "
            "said.",
            "en",
            ("armenia-ministry-of-defence", "condemns", "azerbaijan"),
        ),
        (
            "The Armenian Defense Ministry said Azerbaijani troops had shelled the village of Sotk.",
            "en",
            ("armenia-ministry-of-defence", "condemns", "azerbaijan"),
        ),
        (
            "According to Azerbaijan's Defense Ministry, Armenian armed forces attacked positions in "
            "Kalbajar.",
            "en",
            ("azerbaijan-ministry-of-defence", "condemns", "armenia"),
        ),
        (
            "Baku said Armenian units fired at its positions in Lachin.",
            "en",
            ("azerbaijan", "condemns", "armenia"),
        ),
        (
            "Azerbaycan Savunma Bakanlığından yapılan yazılı açıklamada, Ermeni birliklerinin Kelbecer'deki "
            "Azeri mevzilerine saldırdığı bildirildi.",
            "tr",
            ("azerbaijan-ministry-of-defence", "condemns", "armenia"),
        ),
        (
            "Ermenistan Savunma Bakanlığı, Azerbaycan ordusunun Sotk köyüne ateş açtığını açıkladı.",
            "tr",
            ("armenia-ministry-of-defence", "condemns", "azerbaijan"),
        ),
        (
            "Azerbaycan Savunma Bakanligina göre, Ermenistan silahli kuvvetleri Laçin'deki mevzileri "
            "bombaladi.",
            "tr",
            ("azerbaijan-ministry-of-defence", "condemns", "armenia"),
        ),
        (
            "Bakü yönetimi, Ermenistan'ın ateşkesi ihlal ettiğini söyledi.",
            "tr",
            ("azerbaijan", "condemns", "armenia"),
        ),
    ],
)
def test_a_hostile_act_in_someones_words_condemns_its_author(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the article's own voice
        ("Azerbaijani forces shelled Armenian villages on Tuesday.", "en"),
        ("Ermeni güçleri dün Azeri mevzilerine saldırdı.", "tr"),
        # a denial
        ("The Armenian Defense Ministry denied that its forces had opened fire.", "en"),
        ("Ermenistan Savunma Bakanlığı, Azerbaycan'ın saldırdığı iddialarını reddetti.", "tr"),
        # the speaker's own side
        (
            "Azerbaijani forces struck military targets in Karabakh, the Azerbaijani Defence Ministry said.",
            "en",
        ),
        # the side attacked is not the attacker
        ("Ermenistan Savunma Bakanlığı, Ermeni mevzilerine ateş açıldığını açıkladı.", "tr"),
    ],
)
def test_a_hostile_act_not_told_as_anothers_accusation_says_nothing(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert not any(kind == "condemns" for _, kind, _ in stances(lexicon, text, language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Yerevan held Baku responsible for the latest escalation.",
            "en",
            ("armenia", "condemns", "azerbaijan"),
        ),
        (
            "The Armenian Foreign Ministry holds Azerbaijan fully responsible for the attack.",
            "en",
            ("armenia-ministry-of-foreign-affairs", "condemns", "azerbaijan"),
        ),
        (
            "Pashinyan said he holds Azerbaijan accountable.",
            "en",
            ("nikol-pashinyan", "condemns", "azerbaijan"),
        ),
        (
            "Erivan yönetimi son çatışmalardan Azerbaycan'ı sorumlu tuttu.",
            "tr",
            ("armenia", "condemns", "azerbaijan"),
        ),
        (
            "Azerbaycan Dışişleri Bakanlığı, gerginlikten Ermenistan'ı sorumlu tuttu.",
            "tr",
            ("azerbaijan-ministry-of-foreign-affairs", "condemns", "armenia"),
        ),
    ],
)
def test_holding_someone_responsible_condemns_them(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_holding_talks_with_the_officials_responsible_condemns_no_one(lexicon: Lexicon) -> None:
    text = "Aliyev held talks with Armenian officials responsible for the border."
    assert not any(kind == "condemns" for _, kind, _ in stances(lexicon, text, "en"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The news agency cited a statement by the Russian Foreign Ministry. Foreign Ministers Jeyhun "
            "Bayramov and Ararat Mirzoyan met in Geneva on March 3, according to the statement.",
            "russia-ministry-of-foreign-affairs",
        ),
        (
            "The Iranian Foreign Ministry released a statement on Monday. The statement said Jeyhun Bayramov "
            "and Ararat Mirzoyan met in Geneva on March 3.",
            "iran-ministry-of-foreign-affairs",
        ),
        (
            "Trend cited the statement of the OSCE Minsk Group. Jeyhun Bayramov and Ararat Mirzoyan met in "
            "Geneva on March 3, says the statement.",
            "osce-minsk-group",
        ),
    ],
)
def test_the_statement_told_before_speaks_on(lexicon: Lexicon, text: str, speaker: str) -> None:
    found = read_claims(lexicon, text, "en", date="2025-09-10")
    assert (speaker, "meeting/2025-03-03-geneva", "heldIn", "geneva", "reported") in found


def test_a_statement_whose_author_is_not_told_is_no_ones(lexicon: Lexicon) -> None:
    text = "Jeyhun Bayramov and Ararat Mirzoyan met in Geneva on March 3, the statement said."
    assert read_claims(lexicon, text, "en", date="2025-09-10") == set()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jeyhun Bayramov and Ararat Mirzoyan met in Geneva on March 3, the Kazakh government's press "
            "service said.",
            "kazakhstan",
        ),
        (
            "The Kazakh government's press service said Jeyhun Bayramov and Ararat Mirzoyan met in Geneva on "
            "March 3.",
            "kazakhstan",
        ),
        (
            "The Kremlin press service released a statement. The press service said Jeyhun Bayramov and "
            "Ararat Mirzoyan met in Geneva on March 3.",
            "russia",
        ),
        (
            "This was announced by the Russian Foreign Ministry on Thursday. Jeyhun Bayramov and Ararat "
            "Mirzoyan met in Geneva on March 3, the ministry elaborated.",
            "russia-ministry-of-foreign-affairs",
        ),
    ],
)
def test_a_press_service_speaks_for_its_owner(lexicon: Lexicon, text: str, speaker: str) -> None:
    found = read_claims(lexicon, text, "en", date="2025-09-10")
    assert (speaker, "meeting/2025-03-03-geneva", "heldIn", "geneva", "reported") in found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Moscow supports the Armenian-Azerbaijani negotiations, Peskov said.",
            "en",
            ("dmitry-peskov", "supports", PEACE),
        ),
        (
            "Baku supports the Turkey-Armenia normalization process.",
            "en",
            ("azerbaijan", "supports", "turkiye-armenia-normalization-process"),
        ),
        (
            "Rusya, Ermenistan-Azerbaycan müzakerelerini desteklediğini açıkladı.",
            "tr",
            ("russia", "supports", PEACE),
        ),
        (
            "Azerbaycan, Türkiye-Ermenistan temaslarının başlamasını destekliyor.",
            "tr",
            ("azerbaijan", "supports", "turkiye-armenia-normalization-process"),
        ),
        (
            "Bakü, Türk-Ermeni normalleşmesini destekliyor.",
            "tr",
            ("azerbaijan", "supports", "turkiye-armenia-normalization-process"),
        ),
    ],
)
def test_talks_named_by_the_pair_of_sides_are_their_process(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_a_pair_of_sides_before_a_border_is_no_process(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Lavrov, Ermeni-Azeri sınırındaki gerginlikten endişe duyduğunu söyledi.", "tr")
    assert not any(target.endswith("-process") for _, _, target in found)


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaycan ve Ermenistan o tarihten bu yana birbirini ateşkesi ihlal etmekle suçluyor.",
        "Ermenistan ve Azerbaycan birbirlerini ateskesi ihlal etmekle sucladi.",
    ],
)
def test_turkish_sides_that_accuse_each_other_condemn_each_other(lexicon: Lexicon, text: str) -> None:
    found = stances(lexicon, text, "tr")
    assert {("armenia", "condemns", "azerbaijan"), ("azerbaijan", "condemns", "armenia")} <= found


@pytest.mark.parametrize(
    ("text", "language", "holder"),
    [
        (
            "Azerbaijan has blocked the Lachin corridor since December. Pashinyan called on Russia to "
            "unblock the Lachin corridor.",
            "en",
            "nikol-pashinyan",
        ),
        (
            "Azerbaijan has blocked the Lachin corridor since December. France urged Azerbaijan to reopen "
            "the Lachin corridor.",
            "en",
            "france",
        ),
        (
            "Azerbaycan, Laçın koridorunu aralıktan beri kapalı tutuyor. Fransa, Laçın koridorunun yeniden "
            "açılması çağrısında bulundu.",
            "tr",
            "france",
        ),
    ],
)
def test_a_call_to_reopen_a_blocked_corridor_opposes_its_blockade(
    lexicon: Lexicon, text: str, language: str, holder: str
) -> None:
    assert (holder, "opposes", "lachin-corridor-blockade") in stances(lexicon, text, language)


def test_a_call_to_open_a_corridor_never_blocked_is_no_objection(lexicon: Lexicon) -> None:
    found = stances(lexicon, "France urged Azerbaijan to reopen the Lachin corridor for trade.", "en")
    assert not any(target == "lachin-corridor-blockade" for _, _, target in found)


def test_efforts_aimed_at_a_settlement_are_a_description_not_a_stance(lexicon: Lexicon) -> None:
    text = (
        "The Co-Chairs of the OSCE Minsk Group presented their approaches in the efforts aimed at the "
        "resolution of the Nagorno-Karabakh conflict between Armenia and Azerbaijan."
    )
    assert stances(lexicon, text, "en") == set()


def test_a_state_that_is_aimed_at_peace_supports_it(lexicon: Lexicon) -> None:
    text = "Mirzoyan said Armenia is aimed at peace with Azerbaijan."
    assert ("ararat-mirzoyan", "supports", PEACE) in stances(lexicon, text, "en")


def test_agreeing_to_pursue_negotiations_supports_them(lexicon: Lexicon) -> None:
    text = (
        "Serdar Kılıç and Ruben Rubinyan agreed to pursue talks on the normalization between Türkiye and "
        "Armenia."
    )
    found = stances(lexicon, text, "en")
    assert ("serdar-kilic", "supports", "turkiye-armenia-normalization-process") in found


def test_a_participle_of_saying_gives_the_clause_to_the_sentences_subject(lexicon: Lexicon) -> None:
    text = "Lavrov met Bayramov in Moscow, stressing that Russia supports the peace process."
    assert ("sergey-lavrov", "supports", PEACE) in stances(lexicon, text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Raeisi said Iran believes the dispute between Azerbaijan and Armenia must be resolved through "
            "talks.",
            ("iran", "supports", PEACE),
        ),
        (
            "Aliyev said the conflict between Armenia and Azerbaijan should be resolved peacefully.",
            ("ilham-aliyev", "supports", PEACE),
        ),
        (
            "Russia will persevere in its efforts to contribute to a peaceful settlement between Armenia and "
            "Azerbaijan, Kremlin Spokesman Dmitry Peskov told reporters.",
            ("dmitry-peskov", "supports", PEACE),
        ),
        (
            "Pashinyan and Aliyev agreed to work on a peace treaty.",
            ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-agreement"),
        ),
    ],
)
def test_calls_for_a_negotiated_settlement_support_the_process(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    found = stances(lexicon, text, "en", date="2023-10-10")
    assert expected in found
    # the sides named in the subject ("the dispute between Azerbaijan and Armenia") hold nothing
    assert ("armenia", "supports", PEACE) not in found


def test_the_principle_of_settling_disputes_peacefully_is_no_process(lexicon: Lexicon) -> None:
    text = (
        "The ministers of Armenia, Azerbaijan and Iran emphasized the importance of peaceful settlement of "
        "disputes and respect for sovereignty."
    )
    assert not any(target == PEACE for _, _, target in stances(lexicon, text, "en", date="2023-10-10"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aliyev and Pashinyan accused each other of undermining the talks.", "en"),
        ("Baku accused Yerevan of opposing the Zangezur corridor.", "en"),
        ("Bakü, Erivan'ı Zengezur koridorunu engellemekle suçladı.", "tr"),
    ],
)
def test_what_someone_is_accused_of_is_not_the_accusers_stance(
    lexicon: Lexicon, text: str, language: str
) -> None:
    assert {kind for _, kind, _ in stances(lexicon, text, language)} == {"condemns"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pashinyan met Aliyev in Brussels on May 22. The leaders agreed to continue negotiations on the "
            "issues outlined previously.",
            ("nikol-pashinyan", "supports", PEACE),
        ),
        (
            "Pashinyan met Aliyev in Brussels on May 22. The leaders agreed to advance discussions on the "
            "future peace treaty.",
            ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-agreement"),
        ),
        (
            "Raisi said Tehran was ready to assist in resolving the existing disputes between Azerbaijan and "
            "Armenia.",
            ("ebrahim-raisi", "supports", PEACE),
        ),
        (
            '"We highly value the ongoing peace negotiations between Azerbaijan and Armenia," Aliyev said.',
            ("ilham-aliyev", "supports", PEACE),
        ),
        (
            '"We are taking additional steps towards signing a peace agreement," Aliyev said.',
            ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-agreement"),
        ),
    ],
)
def test_talks_continued_disputes_resolved_and_steps_taken(
    lexicon: Lexicon, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, "en", date="2023-10-23")


def test_a_turkish_meeting_that_sets_the_scene_of_the_words_is_the_texts(lexicon: Lexicon) -> None:
    text = (
        "Azerbaycan Başbakanı Ali Asadov, Bakü'de Türkiye Cumhurbaşkanı Yardımcısı Cevdet Yılmaz ile yaptığı "
        "görüşmede, demiryolu taşımacılığında indirim yaptıklarını söyledi."
    )
    assert not any(c[1].startswith("meeting/") for c in read_claims(lexicon, text, "tr", date="2025-09-10"))
    # without the setting, what the speaker tells of a meeting stays the speaker's
    text = "Zaharova, Bayramov ve Mirzoyan'ın 3 Mart'ta Cenevre'de görüştüğünü söyledi."
    assert ("maria-zakharova", "meeting/2025-03-03-geneva", "heldIn", "geneva", "reported") in read_claims(
        lexicon, text, "tr", date="2025-09-10"
    )


def test_contributing_to_an_escalation_supports_nothing(lexicon: Lexicon) -> None:
    text = (
        "Russia said the West contributed to the escalation of the conflict between Armenia and Azerbaijan."
    )
    assert not any(kind == "supports" for _, kind, _ in stances(lexicon, text, "en", date="2023-10-10"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "China supports Azerbaijan in safeguarding its national sovereignty and territorial integrity, "
            "Xi said.",
            "en",
            ("xi-jinping", "supports", "azerbaijan"),
        ),
        (
            "Erdogan reaffirmed Türkiye's support for Georgia's territorial integrity.",
            "en",
            ("recep-tayyip-erdogan", "supports", "georgia"),
        ),
        (
            "Türkiye, Azerbaycan ile dayanışma içinde olduğunu açıkladı.",
            "tr",
            ("turkiye", "supports", "azerbaijan"),
        ),
        (
            "Türkiye, Azerbaycan'ın kahraman halkıyla dayanışmasının tam olduğunu açıkladı.",
            "tr",
            ("turkiye", "supports", "azerbaijan"),
        ),
    ],
)
def test_support_for_a_states_integrity_and_solidarity_support_the_state(
    lexicon: Lexicon, text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language)


def test_support_for_a_state_in_another_matter_is_not_for_the_state(lexicon: Lexicon) -> None:
    text = "China supports Azerbaijan's bid to join the BRICS group."
    assert ("china", "supports", "azerbaijan") not in stances(lexicon, text, "en")


@pytest.mark.parametrize(
    ("text", "language", "date", "expected"),
    [
        (
            "Mammadyarov said it is necessary to move forward in the settlement process between Armenia and "
            "Azerbaijan.",
            "en",
            "2019-04-10",
            ("elmar-mammadyarov", "supports", PEACE),
        ),
        (
            "Mnatsakanyan and Mammadyarov agreed upon the necessity of taking concrete measures to prepare "
            "the populations for peace.",
            "en",
            "2019-04-10",
            ("zohrab-mnatsakanyan", "supports", PEACE),
        ),
        (
            "Erdoğan, Azerbaycan ve Ermenistan arasındaki barışa katkıda bulunmaya hazır olduklarını "
            "söyledi.",
            "tr",
            "2025-08-20",
            ("recep-tayyip-erdogan", "supports", PEACE),
        ),
        (
            "Paşinyan, ABD ile Trump Rotası'nın (TRIPP) inşa sürecinin devam ettiğini kaydetti.",
            "tr",
            "2025-08-20",
            ("nikol-pashinyan", "supports", "trump-route"),
        ),
    ],
)
def test_necessity_contribution_and_building_under_way(
    lexicon: Lexicon, text: str, language: str, date: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stances(lexicon, text, language, date=date)


def test_a_building_under_way_told_by_the_journalist_is_no_ones_stance(lexicon: Lexicon) -> None:
    text = "Trump Rotası'nın (TRIPP) inşa süreci devam ediyor."
    assert stances(lexicon, text, "tr", date="2025-08-20") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington Deklarasyonu, Kazakistan tarafından memnuniyetle karşılandı.",
            {("kazakhstan", "welcomes", "washington-declaration-2025")},
        ),
        (
            "Washington Deklarasyonu, Kazakistan ve Gürcistan tarafından olumlu karşılandı.",
            {
                ("kazakhstan", "welcomes", "washington-declaration-2025"),
                ("georgia", "welcomes", "washington-declaration-2025"),
            },
        ),
        ("İran, Zengezur koridoru projesine tepki gösterdi.", {("iran", "opposes", "zangezur-corridor")}),
    ],
)
def test_turkish_welcome_by_an_agent_and_reaction_to_a_project(
    lexicon: Lexicon, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(lexicon, text, "tr")


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Kazakistan Dışişleri Bakanlığı, Orta Koridor'u desteklediğini açıkladı.",
            "kazakhstan-ministry-of-foreign-affairs",
        ),
        (
            "Kazakistan Dışişleri Bakanlığından yapılan açıklamada, Orta Koridor'un desteklendiği "
            "kaydedildi.",
            "kazakhstan-ministry-of-foreign-affairs",
        ),
        (
            "Dışişleri Bakanlığı, Orta Koridor'u desteklediğini açıkladı.",
            "turkiye-ministry-of-foreign-affairs",
        ),
        (
            "Türkiye Dışişleri Bakanlığı, Orta Koridor'u desteklediğini açıkladı.",
            "turkiye-ministry-of-foreign-affairs",
        ),
    ],
)
def test_a_turkish_ministry_after_a_state_is_that_states(lexicon: Lexicon, text: str, holder: str) -> None:
    assert (holder, "supports", "middle-corridor") in stances(lexicon, text, "tr")


def test_an_english_setting_after_the_verb_of_saying_is_the_texts(lexicon: Lexicon) -> None:
    text = (
        '"With this accord, we have finally succeeded in making peace," U.S. President Donald Trump said '
        "during a ceremony where Aliyev and Pashinyan signed the Washington Declaration."
    )
    found = read_claims(lexicon, text, "en", date="2025-08-09")
    assert not any(c[2] == "signatory" for c in found)
    # the words after the setting's "that" are still the speaker's
    text = "Lavrov said at a press conference that Jeyhun Bayramov and Ararat Mirzoyan met on March 3."
    found = read_claims(lexicon, text, "en", date="2025-09-10")
    assert any(c[0] == "sergey-lavrov" and c[2:4] == ("participant", "jeyhun-bayramov") for c in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaijan and Armenia signed nothing. Peskov said the escalation is in the interest of neither "
         "Israel nor Iran and that Russia will continue the dialogue with both.", "en"),
        ("Azerbaycan ve Ermenistan bir şey imzalamadı. Peskov, “Bu ne İsrail'in ne İran'ın çıkarına, "
         "diyaloğu sürdürüyoruz” dedi.", "tr"),
    ],
)  # fmt: skip
def test_talks_beside_two_other_states_are_not_the_peace_process(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """Talks told beside two other states (Israel and Iran) are theirs, not the Armenia-Azerbaijan
    peace process the document is about."""
    assert not {k for k in stances(lexicon, text, language) if k[2] == "armenia-azerbaijan-peace-process"}


def test_talks_with_the_sides_the_document_is_about_are_their_process(lexicon: Lexicon) -> None:
    found = stances(
        lexicon,
        "Azerbaijan and Armenia met in Geneva. Peskov said Russia will continue the dialogue with both "
        "sides.",
        "en",
    )
    assert ("dmitry-peskov", "supports", "armenia-azerbaijan-peace-process") in found


def test_officials_governed_by_a_preposition_are_no_anonymous_source(lexicon: Lexicon) -> None:
    """'The conduct of Russian officials over the corridor is unacceptable': the officials are what
    is judged, not who judges; 'officials said' is the anonymous source."""
    judged = (
        "The minister stated: “The conduct of Russian officials over the Zangezur Corridor is unacceptable.”"
    )
    assert not {k for k in stances(lexicon, judged, "en") if k[0] == "anonymous"}
    saying = "Iranian officials said the Zangezur Corridor is unacceptable."
    assert ("anonymous", "opposes", "zangezur-corridor") in stances(lexicon, saying, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mnatsakanyan stressed the importance of involving the elected representatives of Karabakh in the "
         "negotiation process.", "en"),
        ("Mnatsakanyan underlined the need for the participation of civil society in the peace "
         "process.", "en"),
        ("Mnatsakanyan, Karabağ temsilcilerinin müzakere sürecine dahil edilmesinin önemini "
         "vurguladı.", "tr"),
        ("Mnatsakanyan, sivil toplumun barış sürecine katılımının önemini vurguladi.", "tr"),
    ],
)  # fmt: skip
def test_someones_place_in_the_process_is_no_stance_on_it(lexicon: Lexicon, text: str, language: str) -> None:
    """'The importance of involving X in the negotiation process': said of X's place in the
    process, not for the process itself."""
    assert not {k for k in stances(lexicon, text, language) if k[2].endswith("-process")}


def test_the_importance_of_the_process_itself_still_supports_it(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Mnatsakanyan stressed the importance of the peace process.", "en")
    assert ("zohrab-mnatsakanyan", "supports", "armenia-azerbaijan-peace-process") in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aliyev and Pashinyan initialed the peace agreement in Washington. Lavrov later stressed the need "
         "for strict observance of the trilateral agreements.", "en"),
        ("Aliyev and Pashinyan initialed the peace agreement in Washington. Aliyev emphasized the importance "
         "of implementing the agreements reached in Brussels.", "en"),
        ("Aliyev ve Paşinyan barış anlaşmasını Washington'da parafladı. Bayramov, Almatı'da varılan "
         "anlaşmaları memnuniyetle karşıladı.", "tr"),
    ],
)  # fmt: skip
def test_agreements_in_the_plural_are_not_the_one_treaty_in_view(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """'The agreements reached', 'anlaşmaları': several documents, not the peace agreement the
    document named before."""
    assert not {k for k in stances(lexicon, text, language) if k[2] == "armenia-azerbaijan-peace-agreement"}


def test_the_agreement_in_the_singular_is_the_treaty_in_view(lexicon: Lexicon) -> None:
    text = (
        "Aliyev and Pashinyan initialed the peace agreement in Washington. Lavrov later stressed the need "
        "for strict observance of the agreement."
    )
    assert ("sergey-lavrov", "supports", "armenia-azerbaijan-peace-agreement") in stances(lexicon, text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aliyev ve Paşinyan 6 Ekim'de Prag'da görüştü. Aliyev, toplantıların kesintiye uğramaması "
         "gerektiğini vurguladı.", "tr"),
        ("Aliyev ve Pasinyan 6 Ekim'de Prag'da gorustu. Aliyev, toplantilarin kesintiye ugramamasi "
         "gerektigini vurguladi.", "tr"),
    ],
)  # fmt: skip
def test_meetings_in_the_plural_are_the_series_not_the_meeting_told(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """'Toplantıların kesintiye uğramaması gerektiği' (with or without Turkish letters): the series
    of meetings, not support for the one meeting the text tells."""
    assert not {k for k in stances(lexicon, text, language) if k[2].startswith("meeting/")}
