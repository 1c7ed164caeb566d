"""Stances (issue 15): the trigger, the target it governs and the holder who says it, in
English and Turkish, on sentences written for these tests (not taken from the development
set).  Each test names the frame it checks."""

from __future__ import annotations

import pytest

from loaders import Document, extract
from loaders.lexicon import Lexicon

KINDS = ("supports", "welcomes", "opposes", "condemns", "concernedAbout")


def stances(
    lexicon: Lexicon, text: str, language: str, date: str = "2025-09-10"
) -> set[tuple[str, str, str]]:
    document = Document(key="t", path="t.txt", text=text, language=language, date=date)
    return {
        (st.subject, st.relation, st.object)
        for st in extract(document, lexicon).statements
        if st.relation in KINDS
    }


def test_a_passive_stance_is_held_by_its_agent(lexicon: Lexicon) -> None:
    found = stances(lexicon, "The Washington Declaration was welcomed by Kazakhstan and Georgia.", "en")
    assert found == {
        ("kazakhstan", "welcomes", "washington-declaration-2025"),
        ("georgia", "welcomes", "washington-declaration-2025"),
    }


def test_welcoming_a_corridor_supports_it(lexicon: Lexicon) -> None:
    """A route is there to be used: hailing it is being for it (the development set's gold)."""
    found = stances(lexicon, "Kazakhstan hailed the Middle Corridor as historic.", "en")
    assert found == {("kazakhstan", "supports", "middle-corridor")}


def test_a_quote_is_its_speakers_stance(lexicon: Lexicon) -> None:
    text = "“We strongly support the Zangezur corridor,” Recep Tayyip Erdoğan told reporters in Ankara."
    assert ("recep-tayyip-erdogan", "supports", "zangezur-corridor") in stances(lexicon, text, "en")


def test_he_is_the_person_last_named(lexicon: Lexicon) -> None:
    text = "Ilham Aliyev arrived in Astana. He said he welcomed the Washington Declaration."
    assert ("ilham-aliyev", "welcomes", "washington-declaration-2025") in stances(lexicon, text, "en")


def test_a_negated_trigger_says_nothing(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Iran did not support the Zangezur corridor.", "en") == set()


def test_a_negation_that_is_the_meaning_opposes(lexicon: Lexicon) -> None:
    text = "Iran's foreign minister Abbas Araghchi said the Zangezur corridor is unacceptable."
    assert ("abbas-araghchi", "opposes", "zangezur-corridor") in stances(lexicon, text, "en")


def test_the_states_between_which_a_process_runs_do_not_hold_it(lexicon: Lexicon) -> None:
    text = "Japan supports the normalization process between Türkiye and Armenia."
    assert stances(lexicon, text, "en") == {("japan", "supports", "turkiye-armenia-normalization-process")}


def test_thanks_for_an_act_without_a_key_welcome_the_one_thanked(lexicon: Lexicon) -> None:
    assert ("armenia", "welcomes", "georgia") in stances(
        lexicon, "Armenia thanked Georgia for its help.", "en"
    )


def test_an_accusation_condemns_the_accused(lexicon: Lexicon) -> None:
    text = "Azerbaijan accused Armenia of violating the ceasefire."
    assert ("azerbaijan", "condemns", "armenia") in stances(lexicon, text, "en")


def test_turkish_subject_in_the_nominative_holds_the_stance(lexicon: Lexicon) -> None:
    text = "Gürcistan, Orta Koridor'un geliştirilmesini desteklediğini açıkladı."
    assert stances(lexicon, text, "tr") == {("georgia", "supports", "middle-corridor")}


def test_turkish_states_named_with_arasinda_are_no_holders(lexicon: Lexicon) -> None:
    text = "Japonya, Azerbaycan ile Ermenistan arasındaki barış sürecini desteklediğini bildirdi."
    assert stances(lexicon, text, "tr") == {("japan", "supports", "armenia-azerbaijan-peace-process")}


def test_turkish_participle_names_its_holder(lexicon: Lexicon) -> None:
    text = "Zengezur Koridoru'na ilişkin endişelerini dile getiren Masud Pezeşkiyan, Erivan'a gitti."
    assert ("masoud-pezeshkian", "concernedAbout", "zangezur-corridor") in stances(lexicon, text, "tr")


def test_turkish_welcome_of_a_closure(lexicon: Lexicon) -> None:
    text = "Kazakistan, AGİT Minsk Grubu'nun kapatılmasını memnuniyetle karşıladı."
    assert stances(lexicon, text, "tr") == {("kazakhstan", "welcomes", "osce-minsk-group-closure")}


def test_turkish_threat_from_a_state_opposes(lexicon: Lexicon) -> None:
    text = "Zengezur Koridoru için İran'dan tehdit geldi."
    assert stances(lexicon, text, "tr") == {("iran", "opposes", "zangezur-corridor")}


def test_turkish_negated_support_says_nothing(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Rusya, Zengezur Koridoru'nu desteklemedi.", "tr") == set()


def test_a_transcript_line_is_its_speakers(lexicon: Lexicon) -> None:
    text = (
        "SECRETARY BLINKEN: Thank you all for coming. "
        "The United States strongly supports the peace negotiations between Armenia and Azerbaijan."
    )
    found = stances(lexicon, text, "en", "2022-11-07")
    assert ("antony-blinken", "supports", "armenia-azerbaijan-peace-process") in found
    assert not any(holder == "united-states" for holder, _, _ in found)


def test_a_quote_is_attributed_where_it_closes(lexicon: Lexicon) -> None:
    text = (
        "“We attach great importance to the peace process. "
        "The talks will be useful,” Jeyhun Bayramov said in Almaty."
    )
    assert ("jeyhun-bayramov", "supports", "armenia-azerbaijan-peace-process") in stances(lexicon, text, "en")


def test_thanks_for_hosting_welcome_the_meeting(lexicon: Lexicon) -> None:
    text = (
        "Jeyhun Bayramov and Ararat Mirzoyan met in Almaty on 10 May 2024. "
        "Mirzoyan thanked the Kazakh side for hosting the talks."
    )
    assert ("ararat-mirzoyan", "welcomes", "meeting/2024-05-10-almaty") in stances(
        lexicon, text, "en", "2024-05-11"
    )


def test_the_two_sides_accusing_each_other_condemn_each_other(lexicon: Lexicon) -> None:
    text = "Armenia and Azerbaijan clashed on the border. The two sides accused each other of provocations."
    found = stances(lexicon, text, "en")
    assert {("armenia", "condemns", "azerbaijan"), ("azerbaijan", "condemns", "armenia")} <= found


def test_a_statement_told_once_holds_the_passives_after_it(lexicon: Lexicon) -> None:
    text = (
        "Japonya Dışişleri Bakanlığı'nın açıklamasında kararın önemli olduğu belirtildi. "
        "Açıklamada, Azerbaycan ile Ermenistan arasındaki barış sürecine destek verildiği vurgulandı."
    )
    found = stances(lexicon, text, "tr")
    holders = {holder for holder, _, target in found if target == "armenia-azerbaijan-peace-process"}
    assert holders == {"japan-ministry-of-foreign-affairs"}


def test_turkish_passive_agent_with_tarafindan(lexicon: Lexicon) -> None:
    text = "Orta Koridor, Gürcistan ve Kazakistan tarafından da desteklenmektedir."
    found = stances(lexicon, text, "tr")
    assert {
        ("georgia", "supports", "middle-corridor"),
        ("kazakhstan", "supports", "middle-corridor"),
    } <= found


def test_a_milestone_of_a_process_supports_the_process(lexicon: Lexicon) -> None:
    text = (
        "Kazakistan, kararın Azerbaycan ile Ermenistan arasındaki barış sürecinin önemli bir merhalesi "
        "olduğunu açıkladı."
    )
    assert stances(lexicon, text, "tr") == {("kazakhstan", "supports", "armenia-azerbaijan-peace-process")}


def test_an_office_whose_holder_is_not_named_stands_for_its_state(lexicon: Lexicon) -> None:
    text = "Ermenistan Başbakanı, Almatı Deklarasyonu'na bağlılığını teyit etti."
    assert ("armenia", "supports", "alma-ata-declaration-1991") in stances(lexicon, text, "tr")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Georgia congratulated Armenia and Azerbaijan on the Washington Declaration.", "en", "welcomes"),
        ("Iran dismissed the Zangezur corridor as a threat to the region.", "en", "opposes"),
        ("Kazakistan, Washington Deklarasyonu'nu tebrik etti.", "tr", "welcomes"),
        ("İran, Zengezur Koridoru'ndan tedirgin olduğunu açıkladı.", "tr", "concernedAbout"),
    ],
)
def test_every_kind_has_its_words_in_both_languages(
    lexicon: Lexicon, text: str, language: str, expected: str
) -> None:
    assert expected in {kind for _, kind, _ in stances(lexicon, text, language)}


def test_every_trigger_word_passes_the_cheap_word_test() -> None:
    """A trigger the word test does not let through would never run: each sample of each kind
    must contain one of the words of STANCE_WORDS."""
    from loaders.rules.stances import STANCE_WORDS, TRIGGERS

    samples = {
        "en": ["threatened to open", "Turkish-backed", "do everything we can", "working towards",
               "expressed confidence that", "lauded", "dismissed", "slammed", "lambasted"],
        "tr": ["tebrik etti", "tedirgin", "elimizden gelen", "için çaba", "için çalışıyoruz"],
    }  # fmt: skip
    for language, words in samples.items():
        for sample in words:
            folded = sample.lower().replace("ı", "i")
            assert any(p[language].search(folded) for p in TRIGGERS.values()), sample
            assert any(w in folded for w in STANCE_WORDS[language]), sample


# -- holders named by their office (tests/devset/README.md, "Holders") --------------


def test_an_office_whose_holder_the_text_names_is_that_person(lexicon: Lexicon) -> None:
    text = "Olaf Scholz hosted the talks. The German Chancellor later praised Armenia for its patience."
    assert stances(lexicon, text, "en", "2024-02-18") == {("olaf-scholz", "welcomes", "armenia")}


def test_an_office_the_text_does_not_name_stands_for_what_it_heads(lexicon: Lexicon) -> None:
    text = "The Secretary General of the Organization of Turkic States welcomed the Washington Declaration."
    assert stances(lexicon, text, "en") == {
        ("organization-of-turkic-states", "welcomes", "washington-declaration-2025")
    }
    text = "The Azerbaijani foreign minister welcomed the Washington Declaration."
    assert stances(lexicon, text, "en") == {
        ("azerbaijan-ministry-of-foreign-affairs", "welcomes", "washington-declaration-2025")
    }
    text = "Ermenistan Başbakanı, Washington Deklarasyonu'nu memnuniyetle karşıladı."
    assert stances(lexicon, text, "tr") == {("armenia", "welcomes", "washington-declaration-2025")}


def test_ministers_in_the_plural_stand_for_their_ministries(lexicon: Lexicon) -> None:
    expected = {
        ("armenia-ministry-of-foreign-affairs", "welcomes", "washington-declaration-2025"),
        ("azerbaijan-ministry-of-foreign-affairs", "welcomes", "washington-declaration-2025"),
    }
    text = "The foreign ministers of Armenia and Azerbaijan welcomed the Washington Declaration."
    assert stances(lexicon, text, "en") == expected
    text = "Ermenistan ve Azerbaycan dışişleri bakanları, Washington Deklarasyonu'nu memnuniyetle karşıladı."
    assert stances(lexicon, text, "tr") == expected


# -- welcomes or supports: has it happened? ---------------------------------------


def test_welcoming_a_process_supports_it(lexicon: Lexicon) -> None:
    text = "Kazakhstan welcomed the peace process between Armenia and Azerbaijan."
    assert stances(lexicon, text, "en") == {("kazakhstan", "supports", "armenia-azerbaijan-peace-process")}


def test_welcoming_a_treaty_not_yet_signed_supports_it(lexicon: Lexicon) -> None:
    text = "Georgia welcomed the peace agreement between Armenia and Azerbaijan."
    assert stances(lexicon, text, "en", "2024-03-01") == {
        ("georgia", "supports", "armenia-azerbaijan-peace-agreement")
    }
    assert stances(lexicon, text, "en", "2025-09-01") == {
        ("georgia", "welcomes", "armenia-azerbaijan-peace-agreement")
    }


def test_welcoming_progress_towards_a_thing_supports_the_thing(lexicon: Lexicon) -> None:
    text = "Kazakhstan welcomed the progress towards the conclusion of a peace treaty."
    assert stances(lexicon, text, "en", "2025-09-01") == {
        ("kazakhstan", "supports", "armenia-azerbaijan-peace-agreement")
    }


# -- what kind a trigger states beyond its word ------------------------------------


def test_a_noun_trigger_under_no_says_nothing(lexicon: Lexicon) -> None:
    assert (
        stances(lexicon, "The talks brought no breakthrough for the Washington Declaration.", "en") == set()
    )


def test_a_call_for_the_end_of_a_thing_opposes_it(lexicon: Lexicon) -> None:
    text = "The European Union called for an end to the blockade of the Lachin corridor."
    assert stances(lexicon, text, "en", "2023-02-01") == {
        ("european-union", "opposes", "lachin-corridor-blockade")
    }
    text = "Rusya, İkinci Karabağ Savaşı'nın derhal durdurulması çağrısında bulundu."
    assert stances(lexicon, text, "tr", "2020-10-10") == {("russia", "opposes", "second-karabakh-war")}


def test_demanding_a_bodys_dissolution_opposes_the_body(lexicon: Lexicon) -> None:
    text = "Azerbaijan keeps demanding the dissolution of the OSCE Minsk Group."
    assert stances(lexicon, text, "en", "2025-01-10") == {("azerbaijan", "opposes", "osce-minsk-group")}


def test_a_meeting_called_productive_in_someones_words_is_welcomed(lexicon: Lexicon) -> None:
    text = (
        "Ilham Aliyev met Nikol Pashinyan in Munich on 17 February 2024. "
        "Aliyev said the talks were constructive."
    )
    assert ("ilham-aliyev", "welcomes", "meeting/2024-02-17-munich") in stances(
        lexicon, text, "en", "2024-02-18"
    )
    text = (
        "Mevlüt Çavuşoğlu, 12 Mart 2022'de Antalya'da Ararat Mirzoyan ile görüştü. "
        "Çavuşoğlu, görüşmenin yapıcı ve verimli geçtiğini söyledi."
    )
    assert ("mevlut-cavusoglu", "welcomes", "meeting/2022-03-12-antalya") in stances(
        lexicon, text, "tr", "2022-03-13"
    )


def test_an_evaluation_in_the_articles_own_words_is_no_stance(lexicon: Lexicon) -> None:
    text = (
        "Ilham Aliyev met Nikol Pashinyan in Munich on 17 February 2024. The constructive talks took an hour."
    )
    assert stances(lexicon, text, "en", "2024-02-18") == set()
    assert (
        stances(lexicon, "Orta Koridor, Çin'i Avrupa'ya bağlayan güvenilir bir güzergahtır.", "tr") == set()
    )


def test_a_route_called_reliable_by_someone_is_supported(lexicon: Lexicon) -> None:
    text = "Ali Asadov, Orta Koridor'un güvenilir bir güzergah olduğunu vurguladı."
    assert stances(lexicon, text, "tr") == {("ali-asadov", "supports", "middle-corridor")}


def test_a_concern_said_to_be_met_is_no_concern(lexicon: Lexicon) -> None:
    text = "Nikol Pashinyan said Azerbaijan's concerns are already addressed in the peace agreement."
    assert {x for x in stances(lexicon, text, "en") if x[1] == "concernedAbout"} == set()


def test_praise_of_relations_with_a_state_has_no_keyed_target(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Vladimir Putin praised relations with Armenia.", "en") == set()


def test_the_accused_is_the_actor_before_of(lexicon: Lexicon) -> None:
    text = "Sergey Lavrov accused the Armenian government of sabotaging the Zangezur corridor."
    assert stances(lexicon, text, "en") == {("sergey-lavrov", "condemns", "armenia")}


def test_a_relative_clause_supports_the_thing_before_it(lexicon: Lexicon) -> None:
    # the minister who says his capital would support it speaks for his state: he holds it
    text = "Antony Blinken said the two can reach a peace agreement, one that Washington would support."
    assert ("antony-blinken", "supports", "armenia-azerbaijan-peace-agreement") in stances(
        lexicon, text, "en", "2024-07-10"
    )


def test_new_words_of_support(lexicon: Lexicon) -> None:
    text = "Kaja Kallas said it is in everyone's interest to sign the peace treaty."
    assert stances(lexicon, text, "en", "2025-05-16") == {
        ("kaja-kallas", "supports", "armenia-azerbaijan-peace-agreement")
    }
    text = "Recep Tayyip Erdoğan, İran'ın Zengezur Koridoru'na olumlu baktığını söyledi."
    assert ("iran", "supports", "zangezur-corridor") in stances(lexicon, text, "tr", "2023-10-01")
    text = "İrakli Kobakhidze, açılış konuşmasında Orta Koridor'un önemine dikkat çekti."
    assert stances(lexicon, text, "tr") == {("irakli-kobakhidze", "supports", "middle-corridor")}


def test_a_quote_opening_after_someone_speaks_is_theirs(lexicon: Lexicon) -> None:
    text = (
        "Antony Blinken said he and Jeyhun Bayramov will meet again soon.\n\n"
        "“The United States strongly supports the peace process between Armenia and Azerbaijan.”"
    )
    assert stances(lexicon, text, "en", "2024-07-10") == {
        ("antony-blinken", "supports", "armenia-azerbaijan-peace-process")
    }


# -- who speaks: more of the frames news uses --------------------------------------


def test_the_ministry_is_the_ministry_last_named(lexicon: Lexicon) -> None:
    text = (
        "The Azerbaijani Foreign Ministry issued a statement on Saturday. "
        "“We appreciate the support of the Georgian government,” the ministry said."
    )
    assert stances(lexicon, text, "en") == {("azerbaijan-ministry-of-foreign-affairs", "welcomes", "georgia")}


def test_a_speaker_after_a_long_title_in_apposition(lexicon: Lexicon) -> None:
    text = (
        "“We support the peace process between Armenia and Azerbaijan. It matters to us all,” EU High "
        "Representative for Foreign Affairs and Security Policy, Kaja Kallas, said in Tirana."
    )
    assert ("kaja-kallas", "supports", "armenia-azerbaijan-peace-process") in stances(lexicon, text, "en")


def test_with_x_doing_makes_x_the_subject(lexicon: Lexicon) -> None:
    text = "Relations have soured, with Nikol Pashinyan and his allies often accusing Russia of inaction."
    assert stances(lexicon, text, "en", "2024-05-08") == {("nikol-pashinyan", "condemns", "russia")}


def test_statements_made_by_people_are_theirs(lexicon: Lexicon) -> None:
    text = (
        "Ilham Aliyev met Nikol Pashinyan in Munich on 17 February 2024. "
        "Statements made by Ilham Aliyev and Nikol Pashinyan suggested that the talks were constructive."
    )
    found = stances(lexicon, text, "en", "2024-02-18")
    assert {("ilham-aliyev", "welcomes", "meeting/2024-02-17-munich")} <= found
    assert {("nikol-pashinyan", "welcomes", "meeting/2024-02-17-munich")} <= found


def test_asking_that_a_process_go_on_supports_it(lexicon: Lexicon) -> None:
    text = (
        "Türkiye ile Ermenistan özel temsilcileri Viyana'da görüştü. Taraflar, normalleşme sürecinin "
        "önkoşulsuz sürdürülmesine ilişkin uzlaşılarını yeniden vurgulamışlardır."
    )
    assert stances(lexicon, text, "tr", "2022-07-01") == {
        ("turkiye", "supports", "turkiye-armenia-normalization-process"),
        ("armenia", "supports", "turkiye-armenia-normalization-process"),
    }
    text = "Orta Koridor projesinin sürdürülmesi kararlaştırıldı."
    assert stances(lexicon, text, "tr") == set()


def test_a_verb_of_stopping_negates_the_trigger(lexicon: Lexicon) -> None:
    text = "Iran told Russia to back off from endorsing the Zangezur corridor."
    assert {x for x in stances(lexicon, text, "en") if x[1] == "supports"} == set()


def test_the_present_tense_of_desteklemek(lexicon: Lexicon) -> None:
    text = 'Mevlüt Çavuşoğlu, "Azerbaycan Orta Koridor\'u destekliyor" dedi.'
    assert ("azerbaijan", "supports", "middle-corridor") in stances(lexicon, text, "tr", "2022-03-12")


def test_a_turkish_condemnation_is_of_the_acts_author(lexicon: Lexicon) -> None:
    text = "Türkiye, Ermenistan'ın, cephe hattında Azerbaycan'a yönelik saldırılarını kınadı."
    assert stances(lexicon, text, "tr", "2018-02-25") == {("turkiye", "condemns", "armenia")}
    text = (
        "Dışişleri Bakanlığı'ndan yapılan açıklamada, \"Ermenistan tarafından temas hattında "
        "Azerbaycan'a yönelik gerçekleştirilen saldırıları kınıyoruz.\" denildi."
    )
    assert stances(lexicon, text, "tr", "2018-02-25") == {
        ("turkiye-ministry-of-foreign-affairs", "condemns", "armenia")
    }


def test_turkish_present_tense_and_plural_forms(lexicon: Lexicon) -> None:
    text = "İbrahim Azizi, Zengezur koridoruna karşı olduklarını belirtti."
    assert stances(lexicon, text, "tr") == {("ebrahim-azizi", "opposes", "zangezur-corridor")}
    text = "Erdoğan, Zengezur Koridoru'nun açılması için elinden gelen gayreti göstereceğini söyledi."
    assert stances(lexicon, text, "tr") == {("recep-tayyip-erdogan", "supports", "zangezur-corridor")}


def test_standing_for_a_treaty_and_hoping_for_a_process(lexicon: Lexicon) -> None:
    text = (
        '"Russia stands for strict observance of the trilateral statement. We hope that this will help '
        'normalize relations between Armenia and Azerbaijan," Russian Foreign Ministry spokesperson Maria '
        "Zakharova said."
    )
    assert stances(lexicon, text, "en", "2022-01-01") == {
        ("maria-zakharova", "supports", "trilateral-statement-2020"),
        ("maria-zakharova", "supports", "armenia-azerbaijan-peace-process"),
    }


def test_a_signed_treaty_called_important_by_someone_is_welcomed(lexicon: Lexicon) -> None:
    text = (
        "Dmitry Peskov spoke to reporters on Tuesday. He said, "
        '"the trilateral statement of November 9, 2020 is extremely important."'
    )
    assert stances(lexicon, text, "en", "2021-11-09") == {
        ("dmitry-peskov", "welcomes", "trilateral-statement-2020")
    }


def test_a_step_towards_a_thing_and_a_proposal_support_it(lexicon: Lexicon) -> None:
    text = 'Antony Blinken wrote on X: "This is an important step towards concluding a peace agreement."'
    assert stances(lexicon, text, "en", "2024-04-19") == {
        ("antony-blinken", "supports", "armenia-azerbaijan-peace-agreement")
    }
    text = "Ilham Aliyev proposed to launch peace talks with Armenia."
    assert stances(lexicon, text, "en", "2022-04-07") == {
        ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-process")
    }


def test_according_to_x_comma_ends_the_frame(lexicon: Lexicon) -> None:
    text = "According to Nikol Pashinyan, Russia has expressed readiness to support the border delimitation."
    assert stances(lexicon, text, "en", "2022-04-07") == {
        ("russia", "supports", "armenia-azerbaijan-border-delimitation")
    }


def test_stressing_that_a_thing_must_be_done_supports_it(lexicon: Lexicon) -> None:
    text = "Hakan Fidan, barış anlaşmasının bir an önce imzalanması gerektiğini vurguladı."
    assert stances(lexicon, text, "tr") == {("hakan-fidan", "supports", "armenia-azerbaijan-peace-agreement")}
    text = "Antony Blinken stressed the need for a durable peace agreement."
    assert stances(lexicon, text, "en", "2024-07-10") == {
        ("antony-blinken", "supports", "armenia-azerbaijan-peace-agreement")
    }
    assert stances(lexicon, "Barış anlaşmasının imzalanması gerekiyor.", "tr") == set()


def test_standing_by_a_state_and_judging_a_thing_positively(lexicon: Lexicon) -> None:
    text = "Recep Tayyip Erdoğan, Azerbaycan'ın yanında olduklarını söyledi."
    assert stances(lexicon, text, "tr") == {("recep-tayyip-erdogan", "supports", "azerbaijan")}
    text = "Recep Tayyip Erdoğan, Orta Koridor'u olumlu değerlendirdi."
    assert stances(lexicon, text, "tr") == {("recep-tayyip-erdogan", "supports", "middle-corridor")}


def test_the_parties_are_the_two_states_named_before(lexicon: Lexicon) -> None:
    text = (
        "Armenia and Azerbaijan held talks on the border on Friday. "
        "The parties reaffirmed their readiness to work on border delimitation."
    )
    assert stances(lexicon, text, "en", "2022-05-24") == {
        ("armenia", "supports", "armenia-azerbaijan-border-delimitation"),
        ("azerbaijan", "supports", "armenia-azerbaijan-border-delimitation"),
    }


def test_he_after_a_sentence_is_its_subject(lexicon: Lexicon) -> None:
    text = (
        "Antonio Costa congratulated Nikol Pashinyan and Ilham Aliyev on the agreed text. "
        '"I now encourage you to move forward with a swift signature of the peace agreement," he wrote on X.'
    )
    assert stances(lexicon, text, "en", "2025-03-14") == {
        ("antonio-costa", "supports", "armenia-azerbaijan-peace-agreement")
    }


def test_a_leader_expressing_his_states_readiness_holds_it(lexicon: Lexicon) -> None:
    text = (
        "Kassym-Jomart Tokayev called for a long-term peace between Armenia and Azerbaijan and expressed "
        "Kazakhstan's readiness to host negotiations on a peace treaty."
    )
    # the state whose readiness he expresses holds it too (the README: a state and the one who speaks
    # for it, both given for one statement, are both listed)
    assert stances(lexicon, text, "en", "2024-04-20") == {
        ("kassym-jomart-tokayev", "supports", "armenia-azerbaijan-peace-process"),
        ("kassym-jomart-tokayev", "supports", "armenia-azerbaijan-peace-agreement"),
        ("kazakhstan", "supports", "armenia-azerbaijan-peace-agreement"),
    }


def test_encouraging_and_sparing_no_effort_support(lexicon: Lexicon) -> None:
    text = "Ilham Aliyev said Azerbaijan would spare no effort to advance the peace agenda."
    assert stances(lexicon, text, "en", "2024-04-28") == {
        ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-process")
    }
    text = (
        "Charles Michel encouraged Armenia and Azerbaijan to sign the peace and interstate relations treaty."
    )
    assert stances(lexicon, text, "en", "2024-04-28") == {
        ("charles-michel", "supports", "armenia-azerbaijan-peace-agreement")
    }


def test_ready_and_the_continuation_of_a_process_in_turkish(lexicon: Lexicon) -> None:
    text = 'Dışişleri Bakanlığı Sözcüsü: "Ermenistan, Türkiye ile normalleşme sürecine hazırdır."'
    assert ("armenia", "supports", "turkiye-armenia-normalization-process") in stances(
        lexicon, text, "tr", "2022-03-12"
    )
    text = (
        "Mevlüt Çavuşoğlu, Türkiye ile Ermenistan arasındaki normalleşme sürecinin devamına destek "
        "verdiklerini söyledi."
    )
    assert stances(lexicon, text, "tr", "2022-03-12") == {
        ("mevlut-cavusoglu", "supports", "turkiye-armenia-normalization-process")
    }


def test_the_apposition_just_before_the_verb_is_not_its_subject(lexicon: Lexicon) -> None:
    text = "On Monday, Ali Akbar Velayati, a senior adviser to Ali Khamenei, criticised the Trump Route."
    assert stances(lexicon, text, "en", "2025-08-13") == {("ali-akbar-velayati", "opposes", "trump-route")}


def test_a_source_quoted_after_the_verb_is_not_the_speaker(lexicon: Lexicon) -> None:
    text = (
        '"We support the peace process between Armenia and Azerbaijan," he said, as quoted by Russia\'s TASS.'
    )
    assert {x for x in stances(lexicon, text, "en", "2025-08-13") if x[0] == "russia"} == set()


def test_a_stance_noun_from_an_actor_is_theirs(lexicon: Lexicon) -> None:
    text = "The Zangezur corridor drew strong criticism from Tehran."
    assert stances(lexicon, text, "en") == {("iran", "opposes", "zangezur-corridor")}
    text = "The Middle Corridor received support from Kazakhstan and Georgia."
    assert stances(lexicon, text, "en") == {
        ("kazakhstan", "supports", "middle-corridor"),
        ("georgia", "supports", "middle-corridor"),
    }


def test_at_the_meeting_of_envoys_named_further_on(lexicon: Lexicon) -> None:
    text = (
        "Türkiye ve Ermenistan özel temsilcileri sınır kapısında bir araya geldi. Görüşmede, normalleşme "
        "sürecinin ön koşulsuz olarak devam ettirilmesi konusundaki mutabakat teyit edildi.\n\n"
        "Özel Temsilciler Büyükelçi Serdar Kılıç ve Ruben Rubinyan beşinci toplantılarını yaptı."
    )
    assert stances(lexicon, text, "tr", "2024-07-30") == {
        ("serdar-kilic", "supports", "turkiye-armenia-normalization-process"),
        ("ruben-rubinyan", "supports", "turkiye-armenia-normalization-process"),
    }


def test_a_meeting_welcomed_by_its_being_held(lexicon: Lexicon) -> None:
    text = (
        "Komisyonlar 28 Kasım 2025'te Gabala'da toplandı. Ermenistan Dışişleri Bakanlığı'ndan yapılan "
        "açıklamaya göre, komisyonların buluşmasının Gabala kentinde yapılmasının memnuniyet verici "
        "olduğu vurgulandı."
    )
    found = stances(lexicon, text, "tr", "2025-11-29")
    assert {x for x in found if x[1] == "welcomes"} == {
        ("armenia-ministry-of-foreign-affairs", "welcomes", "meeting/2025-11-28-gabala")
    }


def test_an_actors_aggressive_policy_in_a_quote_is_condemned_by_the_speaker(lexicon: Lexicon) -> None:
    text = (
        "“This matters. Because of Armenia’s aggressive policy, Nakhchivan has been under siege for years,” "
        "said President Ilham Aliyev."
    )
    assert stances(lexicon, text, "en", "2020-02-27") == {("ilham-aliyev", "condemns", "armenia")}


def test_saying_an_actor_violates_an_agreement_condemns_it(lexicon: Lexicon) -> None:
    text = (
        '"Azerbaijan grossly violates its commitments under the trilateral statement," Nikol Pashinyan said.'
    )
    assert stances(lexicon, text, "en", "2023-01-05") == {("nikol-pashinyan", "condemns", "azerbaijan")}
    text = "Azerbaijan violated the ceasefire on Tuesday."
    assert stances(lexicon, text, "en", "2023-01-05") == set()


def test_underlining_that_a_settlement_must_be_reached_supports_it(lexicon: Lexicon) -> None:
    text = (
        "Bakü ve Erivan arasındaki uzlaşmanın bölgesel bağlamda ele alınması gerektiğinin altını çizen "
        "Maria Zaharova, açıklamasını sürdürdü."
    )
    assert stances(lexicon, text, "tr", "2025-08-09") == {
        ("maria-zakharova", "supports", "armenia-azerbaijan-peace-process")
    }


def test_a_turkish_headline_from_x_to_y(lexicon: Lexicon) -> None:
    text = "Dışişleri Bakanlığı'ndan Ermenistan'a kınama"
    assert stances(lexicon, text, "tr", "2020-10-15") == {
        ("turkiye-ministry-of-foreign-affairs", "condemns", "armenia")
    }
    assert stances(lexicon, "İran'dan Zengezur koridoruna sert tepki", "tr") == {
        ("iran", "opposes", "zangezur-corridor")
    }
    assert stances(lexicon, "Türkiye'den Orta Koridor'a destek", "tr") == {
        ("turkiye", "supports", "middle-corridor")
    }
    # a reaction about a thing is not against it; one coming from somewhere is no one's stance
    assert stances(lexicon, "Paşinyan'dan Putin'e Laçın Koridoru tepkisi", "tr", "2022-12-20") == set()
    assert stances(lexicon, "Türkiye'den gelen heyet Orta Koridor'a desteğini sürdürdü.", "tr") == set()


def test_headline_verbs_and_a_speaker_after_the_clause(lexicon: Lexicon) -> None:
    assert stances(lexicon, "Iran blasts the Trump Route.", "en") == {("iran", "opposes", "trump-route")}
    text = "Armenia decries the blockade of the Lachin corridor."
    assert stances(lexicon, text, "en", "2023-02-01") == {("armenia", "condemns", "lachin-corridor-blockade")}
    text = "Russia backs the Zangezur corridor, Sergey Lavrov says."
    assert stances(lexicon, text, "en") == {("sergey-lavrov", "supports", "zangezur-corridor")}
    assert stances(lexicon, "Iran told Russia to back off from the Zangezur corridor.", "en") == set()


def test_the_meeting_told_a_few_sentences_before(lexicon: Lexicon) -> None:
    text = (
        "Vladimir Putin and Nikol Pashinyan met in Moscow on 8 May 2024. They talked for three hours. "
        "Trade was discussed. So was energy. Journalists waited outside. The weather was mild. "
        "Ahead of the meeting, Dmitry Peskov underscored the importance of the meeting."
    )
    assert ("dmitry-peskov", "supports", "meeting/2024-05-08-moscow") in stances(
        lexicon, text, "en", "2024-05-09"
    )


def test_a_meeting_told_without_its_day_keeps_its_welcome(lexicon: Lexicon) -> None:
    text = (
        "Gürcistan'ın ev sahipliğinde düzenlenen Tiflis İpekyolu Forumu Tiflis'te başladı. "
        "Azerbaycan Başbakanı Ali Asadov foruma katılmaktan memnuniyet duyduğunu belirtti."
    )
    found = stances(lexicon, text, "tr", "2025-10-22")
    assert {x for x in found if x[1] == "welcomes"} == {("ali-asadov", "welcomes", "meeting/2025-10-tbilisi")}


def test_a_previous_meeting_is_not_this_one(lexicon: Lexicon) -> None:
    text = (
        "Serdar Kılıç ve Ruben Rubinyan Margara'da bir araya geldi. Özel Temsilciler, önceki "
        "toplantılarında anlaşmaya vardıkları hususları teyit etmişlerdir."
    )
    assert {x for x in stances(lexicon, text, "tr", "2024-07-30") if x[2].startswith("meeting/")} == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The September 2022 border clashes left hundreds of soldiers dead. Antony Blinken condemned the "
            "attack on Monday.",
            "en",
        ),
        (
            "Eylül 2022 sınır çatışmaları yüzlerce askerin ölümüne yol açtı. Antony Blinken saldırıları "
            "kınadı.",
            "tr",
        ),
    ],
)
def test_the_attack_is_the_clash_the_text_told_before(lexicon: Lexicon, text: str, language: str) -> None:
    assert ("antony-blinken", "condemns", "september-2022-armenia-azerbaijan-clashes") in stances(
        lexicon, text, language, "2022-09-20"
    )


def test_the_attack_with_no_event_told_before_is_no_target(lexicon: Lexicon) -> None:
    found = stances(lexicon, "Antony Blinken condemned the attack on Monday.", "en", "2022-09-20")
    assert not {st for st in found if st[2] == "september-2022-armenia-azerbaijan-clashes"}


@pytest.mark.parametrize(
    ("text", "language", "holder"),
    [
        (
            "Aliyev, anayasa değişikliğinin ardından barış anlaşmasının her an imzalanabileceğini söyledi.",
            "tr",
            "ilham-aliyev",
        ),
        (
            "Paşinyan, Azerbaycan'ın öne sürdüğü şart yerine getirilmeden de barış anlaşmasının "
            "imzalanabileceğini söyledi.",
            "tr",
            "nikol-pashinyan",
        ),
    ],
)
def test_saying_an_agreement_can_be_signed_supports_it(
    lexicon: Lexicon, text: str, language: str, holder: str
) -> None:
    found = stances(lexicon, text, language)
    assert (holder, "supports", "armenia-azerbaijan-peace-agreement") in found
    assert ("azerbaijan", "supports", "armenia-azerbaijan-peace-agreement") not in found


def test_turkish_genitive_of_a_relative_clause_holds_no_main_stance(lexicon: Lexicon) -> None:
    """'X ve Y'nin desteklediği koridor': the list in the genitive is the relative clause's
    subject; the main clause's trigger ('karşı') is not theirs."""
    text = "Rusya ve İran'ın desteklediği Orta Koridor projesine Gürcistan'daki muhalefet karşı çıkıyor."
    # (the relative clause's own verb is theirs: "X'in desteklediği koridor", test_stance_twelfth)
    assert stances(lexicon, text, "tr") == {
        ("russia", "supports", "middle-corridor"),
        ("iran", "supports", "middle-corridor"),
    }
    # a subject set off by a comma before another's relative clause still holds it
    text = "İran, Azerbaycan'ın önerdiği Zengezur Koridoru'na karşı çıktı."
    assert stances(lexicon, text, "tr") == {("iran", "opposes", "zangezur-corridor")}


def test_turkish_concessive_clause_subject_holds_no_main_stance(lexicon: Lexicon) -> None:
    text = "Orta Koridor'a Kazakistan olumlu yaklaşsa da muhalefetin karşı olduğu belirtiliyor."
    assert stances(lexicon, text, "tr") == set()
    text = "Rusya itiraz etse de Gürcistan Orta Koridor'u destekliyor."
    assert stances(lexicon, text, "tr") == {("georgia", "supports", "middle-corridor")}


def test_turkish_passive_saying_names_no_speaker_to_hold_a_stance(lexicon: Lexicon) -> None:
    """'... karşı olduğu belirtiliyor': it is said, by no one named; the person quoted before
    does not hold it."""
    text = (
        'Kazakistan Dışişleri Bakanı Murat Nurtleu, "Süreç ilerliyor" dedi. '
        "Orta Koridor'a ülke içi muhalefetin karşı olduğu belirtiliyor."
    )
    assert stances(lexicon, text, "tr") == set()


def test_a_disagreement_between_others_is_no_stance_towards_them(lexicon: Lexicon) -> None:
    text = (
        "According to Hakan Fidan, the disagreements between the OSCE Minsk Group co-chairs block progress."
    )
    assert stances(lexicon, text, "en") == set()
    assert ("iran", "opposes", "zangezur-corridor") in stances(
        lexicon, "Iran disagrees with the Zangezur corridor.", "en"
    )


def test_a_relative_clause_object_is_not_the_main_verbs_target(lexicon: Lexicon) -> None:
    """ "criticized Moscow, which backs the corridor": the corridor is what the relative clause
    says Moscow backs, not what the critic opposes."""
    text = "Iran criticized Russia, which also backs the Zangezur corridor."
    found = stances(lexicon, text, "en")
    assert ("iran", "opposes", "zangezur-corridor") not in found
    assert ("russia", "supports", "zangezur-corridor") in found


def test_the_settlement_of_the_conflict_is_the_peace_process(lexicon: Lexicon) -> None:
    text = (
        "Armenia and Azerbaijan met in Moscow. "
        "Vladimir Putin said the situation is moving in the direction of a settlement."
    )
    assert ("vladimir-putin", "supports", "armenia-azerbaijan-peace-process") in stances(lexicon, text, "en")
    text = "Erdoğan, Azerbaycan ile Ermenistan arasındaki çözüm sürecini desteklediklerini söyledi."
    assert ("recep-tayyip-erdogan", "supports", "armenia-azerbaijan-peace-process") in stances(
        lexicon, text, "tr"
    )


def test_a_settlement_of_disputes_in_general_is_no_process(lexicon: Lexicon) -> None:
    text = (
        "The ministers of Armenia and Azerbaijan stressed the importance of peaceful settlement of disputes."
    )
    assert not any(t == "armenia-azerbaijan-peace-process" for _, _, t in stances(lexicon, text, "en"))


def test_paving_the_way_for_a_thing_supports_it(lexicon: Lexicon) -> None:
    text = "Nikol Pashinyan said the talks paved the way for a peace agreement with Azerbaijan."
    assert ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-agreement") in stances(
        lexicon, text, "en"
    )


def test_the_two_leaders_are_the_heads_who_met(lexicon: Lexicon) -> None:
    """ "the leaders", "the two leaders", "iki lider" after a meeting: the two heads of state or
    government who met, not the host of the talks."""
    text = (
        "Charles Michel hosted Aliyev and Pashinyan in Brussels on Sunday. "
        "The leaders agreed to advance discussions on the peace treaty."
    )
    assert stances(lexicon, text, "en") == {
        ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-agreement"),
        ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-agreement"),
    }
    text = (
        "Paşinyan ile Aliyev Pazartesi günü Soçi'de bir araya geldi. "
        "İki lider, barış anlaşmasını desteklediklerini açıkladı."
    )
    assert stances(lexicon, text, "tr") == {
        ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-agreement"),
        ("nikol-pashinyan", "supports", "armenia-azerbaijan-peace-agreement"),
    }


def test_the_two_leaders_of_three_who_met_are_not_known(lexicon: Lexicon) -> None:
    text = (
        "Erdoğan, Aliyev and Pashinyan met in Prague on Monday. "
        "The two leaders agreed to advance the peace treaty."
    )
    assert stances(lexicon, text, "en") == set()


def test_an_appeal_for_an_end_opposes(lexicon: Lexicon) -> None:
    text = "The European Union appealed for an end to the blockade of the Lachin corridor."
    assert stances(lexicon, text, "en") == {("european-union", "opposes", "lachin-corridor-blockade")}


def test_a_turkish_settlement_process_of_another_conflict_is_not_karabakhs(lexicon: Lexicon) -> None:
    """ "çözüm süreci" is as often Türkiye's own: only Armenia and Azerbaijan beside it make it theirs."""
    text = (
        "Azerbaycan ile Türkiye görüştü. "
        "Erdoğan, terörsüz Türkiye hedefiyle başlatılan çözüm sürecini desteklediklerini söyledi."
    )
    assert stances(lexicon, text, "tr") == set()


def test_turkish_unnamed_people_as_subject_are_anonymous(lexicon: Lexicon) -> None:
    """ "Avrupalı liderler, ...", "Diplomatik kaynaklar, ...": unnamed people, not the person last
    named, and not the two leaders who met."""
    text = (
        "Paşinyan ile Aliyev Pazartesi günü Soçi'de bir araya geldi. "
        "Avrupalı liderler, barış anlaşmasını desteklediklerini açıkladı."
    )
    assert stances(lexicon, text, "tr") == {("anonymous", "supports", "armenia-azerbaijan-peace-agreement")}
    text = "Aliyev Soçi'ye gitti. Diplomatik kaynaklar, Zengezur koridoruna karşı çıktıklarını belirtti."
    assert stances(lexicon, text, "tr") == {("anonymous", "opposes", "zangezur-corridor")}


def test_the_leaders_of_a_body_are_not_the_two_who_met(lexicon: Lexicon) -> None:
    text = (
        "Pashinyan and Aliyev met in Sochi on Monday. "
        "The leaders of the European Union agreed to advance the peace treaty."
    )
    found = stances(lexicon, text, "en")
    assert ("ilham-aliyev", "supports", "armenia-azerbaijan-peace-agreement") not in found


def test_turkish_words_a_participle_describes_are_their_owners(lexicon: Lexicon) -> None:
    """ "X'in koridoru destekleyen açıklamaları nedeniyle Y çağrıldı": X's words support it; Y,
    summoned for them, says nothing ("çağrıldı" is a summons, not a call for anything)."""
    text = (
        "Rusya Büyükelçisi Alexey Dedov, Mariya Zaharova'nın Zengezur Koridorunu destekleyen "
        "açıklamaları nedeniyle İran Dışişleri Bakanlığı'na çağırıldı."
    )
    assert stances(lexicon, text, "tr") == {("maria-zakharova", "supports", "zangezur-corridor")}


def test_turkish_possessed_noun_trigger_is_its_owners(lexicon: Lexicon) -> None:
    """ "Zaharova, İran'ın Zengezur koridoruna ilişkin endişesini anladıklarını söyledi": Iran's concern."""
    text = "Mariya Zaharova, İran'ın Zengezur koridoruna ilişkin endişesini anladıklarını söyledi."
    found = stances(lexicon, text, "tr")
    assert ("maria-zakharova", "concernedAbout", "zangezur-corridor") not in found
    assert ("iran", "concernedAbout", "zangezur-corridor") in found


def test_turkish_demands_about_a_thing_are_not_for_it(lexicon: Lexicon) -> None:
    text = "Mesud Pezeşkiyan, İran'ın Zengezur güzergahıyla ilgili taleplerinin dikkate alındığını söyledi."
    assert ("masoud-pezeshkian", "supports", "zangezur-corridor") not in stances(lexicon, text, "tr")
    text = "İlham Aliyev, Zengezur koridorunun açılmasını talep etti."
    assert ("ilham-aliyev", "supports", "zangezur-corridor") in stances(lexicon, text, "tr")
