"""A hostile act told in someone's words is their accusation (issue 15): "Azerbaijani forces
opened fire on Armenian positions, the Armenian Defence Ministry said", "according to the
Azerbaijani Defence Ministry, Armenian units shelled ...", "Azerbaycan Savunma Bakanlığından
yapılan açıklamada, Ermeni birliklerinin ... mevzilerine saldırdığı bildirildi", "Bakü
yönetimi, Ermenistan'ın ateşkesi ihlal ettiğini söyledi": the speaker condemns the side whose
forces it says attacked, fired, shelled or broke the ceasefire (``tests/devset/README.md``:
accusations in words condemn).

Only in a speech frame (:mod:`.speech`), never in the article's own voice ("Azerbaijani forces
shelled the village" told by the journalist is no one's stance), never of the speaker's own
side, and not where the speaker denies or rejects it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.rules import M, Sentence, any_word
from loaders.rules.stance_triggers import plain_letters

if TYPE_CHECKING:
    from loaders.rules.speech import Frame

# the cheap test before any pattern runs
_WORDS = {
    "en": any_word(
        ("fire", "firing", "shell", "attack", "violat", "bombard", "struck", "strike", "offensive", "assault")
    ),
    "tr": any_word(("ateş", "ates", "saldir", "bombala", "ihlal", "taciz")),
}
_ACT = {
    "en": re.compile(
        r"\b(?:open(?:ed|ing|s)? fire|"
        r"(?:started|began|begun|continued|resumed) (?:firing|shelling|attacking)|"
        r"fir(?:ed|ing) (?:at|on|upon|towards?|in the direction of)|shell(?:ed|ing)|attack(?:ed|ing)|"
        r"launch(?:ed|ing) (?:an? |the )?(?:[\w-]+ ){0,2}(?:attack|offensive|assault|strike)s?|"
        r"violat(?:ed|ing) the (?:ceasefire|truce|cease-fire|state border|border)|bombard(?:ed|ing)|struck)\b"
    ),
    "tr": re.compile(
        plain_letters(
            r"(?:ateş aç|saldir(?:di|diğ|mişti|iya geç|ilar düzenle|i düzenle|i başlat|i gerçekleştir)|"
            r"bombala(?:di|diğ|mişti|maya)|(?:ateşkes|sinir)\w* ihlal et|taciz ateşi aç)\w*"
        )
    ),
}
_FORCES_EN = (
    r"(?:'s?)?(?:\s+(?:armed|military|special|border|army|forces|troops|units|side|soldiers|servicemen|"
    r"guards|military-political|leadership|formations))*"
)
# "Azerbaijani forces", "Armenia's armed forces", "the Armenian side", then "on Tuesday", "had", "reportedly"
_AGENT_GAP_EN = re.compile(
    _FORCES_EN + r"(?:,?\s+(?:on|early|late|last|this)\s+\w+(?:\s+\w+)?,?)?"
    r"(?:\s+(?:have|has|had|reportedly|allegedly|again|also|repeatedly|once again|then|later|"
    r"deliberately))*\s+"
)
_BY_EN = re.compile(r"\s+by\s+(?:the\s+)?")
_BY_AFTER_EN = re.compile(_FORCES_EN + r"\b")
# "Ermeni birliklerinin", "Azerbaycan ordusu", "Ermenistan silahlı kuvvetleri", "Ermenistan'ın", then the
# object and place of the act ("Kelbecer'deki Azeri mevzilerine")
_FORCES_TR = re.compile(
    plain_letters(r"\s+(?:silahli kuvvet|birlik|güç|asker|ordu|taraf|kuvvet|ermeni güç)\w*")
)
_GENITIVE_TR = re.compile(r"'?n?[ıiuü]n$")
# a force noun aimed at, not acting: "mevzilerine", "birliklerine", "ordusuna", "güçlerinden"
_AIMED_TR = re.compile(r"(?:y?[ae]|n[ae]|n?[dt][ae]n?|[dt]eki|[dt]aki)$")
_DENIED = {
    "en": re.compile(r"\b(?:den(?:y|ies|ied|ial)|refut\w*|reject\w*|dismiss\w*|false|no\b|not\b|never\b)"),
    "tr": re.compile(plain_letters(r"(?:redde[dt]|yalanla|iddia|asilsiz|değil|olmadiğ|etmediğ)")),
}
_STATE = "State"


def _agent_en(s: Sentence, start: int, end: int) -> M | None:
    before = s.ending_near(start, {_STATE}, _AGENT_GAP_EN.pattern)
    if before is not None and start - before.end <= 60:
        return before
    by = _BY_EN.match(s.folded, end)  # "positions were shelled by Armenian forces"
    if by is not None:
        after = s.at(by.end(), len(s.text), {_STATE})
        if after is not None:
            return after
    return None


def _agent_tr(s: Sentence, start: int) -> M | None:
    window = [m for m in s.mentions if m.type == _STATE and m.end <= start and start - m.end <= 90]
    for m in reversed(window):
        if re.search(r"[,;]", s.folded[m.end : start]):
            continue
        forces = _FORCES_TR.match(s.folded, m.end)
        if forces is not None:  # "Azerbaycan ordusunun", "Ermeni birlikleri", not "Azeri birliklerine"
            if not _AIMED_TR.search(s.folded, forces.start(), forces.end()):
                return m
            continue
        if _GENITIVE_TR.search(s.folded, m.start, m.end) or re.match(r"'?n?[ıiuü]n\b", s.folded[m.end :]):
            return m  # "Ermenistan'ın ateşkesi ihlal ettiğini"
    return None


def accusations(s: Sentence, frames: list[Frame]) -> None:
    """The speaker of a frame condemns the side whose forces the framed words say attacked."""
    if not frames or not _WORDS[s.lang].search(s.folded):
        return
    said: set[tuple[str, str]] = set()
    for act in _ACT[s.lang].finditer(s.folded):
        start, end = act.span()
        at, _ = s.view.span(s.base + start, s.base + end)
        frame = next((f for f in frames if f.start <= at < f.end and not f.first_person), None)
        if frame is None or not frame.speaker:
            continue
        if _DENIED[s.lang].search(s.folded, max(0, start - 80), min(len(s.folded), end + 40)):
            continue  # "denied that its forces opened fire", "saldırdığı iddialarını reddetti"
        agent = _agent_en(s, start, end) if s.lang == "en" else _agent_tr(s, start)
        if agent is None:
            continue
        target = agent.key
        if target in frame.sides or target == frame.speaker or (frame.speaker, target) in said:
            continue  # its own side's act is no accusation
        said.add((frame.speaker, target))
        s.state(
            frame.speaker, "condemns", target, "entity", s.cover(agent, act.span()), "stance.condemns.report"
        )
