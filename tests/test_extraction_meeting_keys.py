"""The keys of meetings on unseen news (issue 12): one meeting keyed as analysts key it (its
day or month, its town or state, a call that is no meeting), on sentences written for these
tests (none taken from a development passage)."""

from __future__ import annotations

import pytest
from extraction_read import Fact, read_facts

from loaders.lexicon import Lexicon


def meetings(lexicon: Lexicon, text: str, language: str, date: str) -> set[Fact]:
    return {
        f
        for f in read_facts(lexicon, text, language, date)
        if f[0].startswith("meeting/") and f[1] not in ("label", "type")
    }


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
    assert meetings(lexicon, text, language, "2025-12-24") == set()


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
    facts = meetings(lexicon, text, language, "2025-12-24")
    assert (key, "participant", "ilham-aliyev", "asserted") in facts
    assert (key, "participant", "recep-tayyip-erdogan", "asserted") in facts
