"""Claims (issue 15): the facts a named speaker asserts, kept with their speaker, on sentences
written for these tests (not taken from the development set).  Each test names the frame."""

from __future__ import annotations

import pytest
from extraction_read import read_claims as claims

from loaders.lexicon import Lexicon


def test_a_quote_announced_by_a_colon_runs_on_across_sentences(lexicon: Lexicon) -> None:
    text = (
        "Rusya Dışişleri Bakanlığından yapılan açıklama şöyle:\n\n"
        '"Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile Ermenistan Dışişleri Bakanı Ararat Mirzoyan '
        "3 Mart 2023 tarihinde Cenevre'de bir araya gelmiştir. Görüşme yapıcı geçmiştir.\""
    )
    found = claims(lexicon, text, "tr")
    speaker = "russia-ministry-of-foreign-affairs"
    assert (speaker, "meeting/2023-03-03-geneva", "heldIn", "geneva", "reported") in found
    assert (speaker, "meeting/2023-03-03-geneva", "participant", "ararat-mirzoyan", "reported") in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan met in Geneva on March 3,” the Russian "
            "Foreign Ministry said in a statement.",
            "russia-ministry-of-foreign-affairs",
        ),
        (
            "Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan met in Geneva on March 3, the Iranian "
            "government said.",
            "iran",
        ),
    ],
)
def test_the_speaker_named_after_the_clause(lexicon: Lexicon, text: str, speaker: str) -> None:
    assert (speaker, "meeting/2025-03-03-geneva", "heldIn", "geneva", "reported") in claims(
        lexicon, text, "en"
    )


def test_an_adverb_between_the_speaker_and_the_verb(lexicon: Lexicon) -> None:
    found = claims(
        lexicon,
        "Erdogan later said that the Zangezur corridor will connect Azerbaijan with Nakhchivan.",
        "en",
    )
    assert ("recep-tayyip-erdogan", "zangezur-corridor", "connects", "nakhchivan", "reported") in found


def test_turkish_subject_set_off_by_a_comma_says_the_sentence_up_to_its_last_verb(lexicon: Lexicon) -> None:
    text = (
        "Lavrov, Zengezur koridorunun Azerbaycan'ı Nahçıvan'a bağlayacağını, ancak bunun zaman alacağını "
        "söyledi."
    )
    found = claims(lexicon, text, "tr")
    assert ("sergey-lavrov", "zangezur-corridor", "connects", "nakhchivan", "reported") in found


def test_a_ministry_telling_its_own_ministers_meeting_is_asserted_with_its_speaker(lexicon: Lexicon) -> None:
    text = "The Armenian Foreign Ministry said that Ararat Mirzoyan met Jeyhun Bayramov in Almaty on May 10."
    found = claims(lexicon, text, "en")
    assert (
        "armenia-ministry-of-foreign-affairs",
        "meeting/2025-05-10-almaty",
        "heldIn",
        "almaty",
        "asserted",
    ) in found


def test_what_a_name_says_inside_a_quote_is_no_claim(lexicon: Lexicon) -> None:
    text = (
        "Bayramov said: “The Baku-Tbilisi-Kars railway is important for our region and for the whole of "
        "Eurasia.”"
    )
    assert not {c for c in claims(lexicon, text, "en") if c[2] == "connects"}


def test_a_relative_clause_set_off_by_a_comma_is_the_journalists(lexicon: Lexicon) -> None:
    text = (
        "Aliyev said he would accept a checkpoint on the Lachin corridor, which connects Armenia to Karabakh."
    )
    assert not {c for c in claims(lexicon, text, "en") if c[2] == "connects"}


def test_a_meeting_a_speaker_announces_stays_intended_with_its_speaker(lexicon: Lexicon) -> None:
    text = (
        "“The next meeting of Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan will take place in "
        "Geneva on October 3,” the Russian Foreign Ministry said."
    )
    found = claims(lexicon, text, "en")
    assert (
        "russia-ministry-of-foreign-affairs",
        "meeting/2025-10-03-geneva",
        "heldIn",
        "geneva",
        "intended",
    ) in found


def test_a_transcript_label_makes_the_lines_after_it_the_speakers(lexicon: Lexicon) -> None:
    text = (
        "SECRETARY BLINKEN: Thank you all for coming. Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan "
        "met in Geneva on March 3."
    )
    found = claims(lexicon, text, "en")
    assert ("antony-blinken", "meeting/2025-03-03-geneva", "heldIn", "geneva", "reported") in found


def test_a_headline_label_alone_on_its_line_is_that_line_only(lexicon: Lexicon) -> None:
    text = (
        "Lavrov: the corridor is a red line\n"
        "Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan met in Geneva on March 3."
    )
    assert not {c for c in claims(lexicon, text, "en") if c[1].startswith("meeting/")}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "“I am happy to welcome Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan to Moscow today,” "
            "Sergey Lavrov said.",
            "asserted",
        ),
        (
            "“Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan met in Moscow today,” Sergey Lavrov "
            "said.",
            "reported",
        ),
    ],
)
def test_a_speaker_who_tells_a_meeting_in_the_first_person_is_at_it(
    lexicon: Lexicon, text: str, modality: str
) -> None:
    found = claims(lexicon, text, "en")
    assert ("sergey-lavrov", "meeting/2025-09-moscow", "heldIn", "moscow", modality) in found


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # a news outlet no lexicon lists, named before or after "reported", or after "according to"
        (
            "Kazakhstan and Azerbaijan signed an agreement in Baku on Monday, Astana News reported.",
            "en",
            "astana-news",
        ),
        (
            "Kazakhstan and Azerbaijan signed an agreement in Baku on Monday, reported Kazinform news "
            "agency.",
            "en",
            "kazinform",
        ),
        (
            "According to Eurasianet, Kazakhstan and Azerbaijan signed an agreement in Baku on Monday.",
            "en",
            "eurasianet",
        ),
        # unnamed media are anonymous
        (
            "Kazakhstan and Azerbaijan signed an agreement in Baku on Monday, local media reported.",
            "en",
            "anonymous",
        ),
        ("According to Iranian media, Aliyev met Pezeshkian in Tehran on Monday.", "en", "anonymous"),
        ("Rus basınına göre, Putin Pazartesi günü Moskova'da Aliyev ile görüştü.", "tr", "anonymous"),
        # a Turkish outlet before "göre", with its case ending, or as the owner of "haberine"
        (
            "Ermenihaber.am'e göre, Bayramov ile Mirzoyan Pazartesi günü Cenevre'de görüştü.",
            "tr",
            "ermenihaber-am",
        ),
        (
            "Trend Ajansı'nın haberine göre, Bayramov ile Mirzoyan Pazartesi günü Cenevre'de görüştü.",
            "tr",
            "trend-ajansi",
        ),
    ],
)
def test_a_source_no_lexicon_lists_is_keyed_by_its_name(
    lexicon: Lexicon, text: str, language: str, speaker: str
) -> None:
    found = claims(lexicon, text, language)
    assert found and {claim[0] for claim in found} == {speaker}


def test_the_publisher_naming_itself_is_the_texts_voice(lexicon: Lexicon) -> None:
    """ "Trend reports" in Trend's own article is no other speaker's."""
    from loaders import Document, extract

    text = "Kazakhstan and Azerbaijan signed an agreement in Baku on Monday, Trend reported."
    document = Document(key="t", path="t.txt", text=text, language="en", date="2025-09-10", publisher="Trend")
    assert not [st for st in extract(document, lexicon).statements if st.speaker]


def test_a_place_before_reported_is_no_outlet(lexicon: Lexicon) -> None:
    text = "Kazakhstan and Azerbaijan signed an agreement on Monday, the newspaper in Baku reported."
    assert {claim[0] for claim in claims(lexicon, text, "en")} <= {"anonymous"}


def test_a_gloss_in_apposition_inside_a_report_is_the_journalists(lexicon: Lexicon) -> None:
    """ "the Lachin corridor, the only road linking A with B," glosses the name for the reader."""
    text = (
        "Azerbaijan set up a checkpoint on the Lachin corridor, the only road connecting Armenia with "
        "Karabakh, Eurasianet reported."
    )
    found = claims(lexicon, text, "en")
    assert not [c for c in found if c[2] == "connects"]


def test_according_to_which_names_no_speaker(lexicon: Lexicon) -> None:
    """ "the Alma-Ata Declaration, according to which both sides recognize ...": a relative, not a source."""
    text = (
        "Azerbaijan and Armenia reaffirmed the Alma-Ata Declaration of 1991, according to which Azerbaijan "
        "and Armenia signed it in Almaty."
    )
    assert not claims(lexicon, text, "en")


def test_an_objection_reported_of_another_is_the_speakers_claim(lexicon: Lexicon) -> None:
    """ "Lavrov said Armenia is against the Zangezur corridor": Armenia's stance, and Lavrov's claim
    of an ``opposes`` fact; one's own objection ("Iran opposes ..., Iran said") is no claim."""
    text = "Lavrov said Armenia is categorically against the Zangezur corridor."
    assert ("sergey-lavrov", "armenia", "opposes", "zangezur-corridor", "asserted") in claims(
        lexicon, text, "en"
    )
    text = (
        "Tahran yönetiminin Zengezur koridoruna karşı olduğunu belirten Erakçi, bölgede barış çağrısı yaptı."
    )
    assert ("abbas-araghchi", "iran", "opposes", "zangezur-corridor", "asserted") in claims(
        lexicon, text, "tr"
    )
    assert not claims(lexicon, "Iran opposes the Zangezur corridor, Iran's foreign ministry said.", "en") - {
        ("iran-ministry-of-foreign-affairs", "iran", "opposes", "zangezur-corridor", "asserted")
    }


def test_the_publisher_by_its_initials_is_the_texts_voice(lexicon: Lexicon) -> None:
    """ "BMG'nin haberine göre" in Business Media Georgia's own page is the text's voice."""
    from loaders import Document, extract

    text = "BMG'nin haberine göre, Bayramov ile Mirzoyan Pazartesi günü Cenevre'de görüştü."
    document = Document(
        key="t", path="t.txt", text=text, language="tr", date="2025-09-10", publisher="Business Media Georgia"
    )
    assert not [st for st in extract(document, lexicon).statements if st.speaker]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Bayramov and Mirzoyan met in Washington on November 7, the press service of the Azerbaijani "
            "Foreign "
            "Ministry reported.",
            "en",
        ),
        (
            "Bayramov and Mirzoyan met in Washington on November 7, the Azerbaijani Foreign Ministry's press "
            "service reported.",
            "en",
        ),
        (
            "Azerbaycan Dışişleri Bakanlığının basın servisinden yapılan açıklamaya göre, Bayramov ile "
            "Mirzoyan "
            "7 Kasım'da Washington'da görüştü.",
            "tr",
        ),
    ],
)
def test_a_press_service_speaks_for_its_body(lexicon: Lexicon, text: str, language: str) -> None:
    found = claims(lexicon, text, language, "2022-11-08")
    assert found and {claim[0] for claim in found} == {"azerbaijan-ministry-of-foreign-affairs"}


def test_a_lead_phrase_before_x_said_is_not_the_reported_clause(lexicon: Lexicon) -> None:
    """ "In an interview with Euronews, Aliyev said he had met ...": what follows "said" is his."""
    text = "In an interview with Euronews, Aliyev said he had met Pashinyan in Abu Dhabi on Monday."
    found = claims(lexicon, text, "en")
    assert found and {claim[0] for claim in found} == {"ilham-aliyev"}
