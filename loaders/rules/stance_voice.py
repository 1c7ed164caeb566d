"""What a document's sentences leave for the next when reading stances (issue 15): who was
named, who is speaking, which process and corridor are in view."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("supports", "welcomes", "opposes", "condemns", "concernedAbout")


@dataclass(slots=True)
class Voice:
    """What a document's sentences leave for the next: who was named, who is speaking."""

    person: str = ""  # the last person named: "he", "she", a dropped Turkish subject
    speaker: str = ""  # who spoke the last quote
    open_quote: bool = False  # a quote runs on past the end of the last sentence
    continued: bool = False  # this sentence opens inside the last one's quote
    normalization: str = ""  # the last normalization process named (which two states)
    process: str = ""  # the last process named ("this process", "bu süreç")
    corridor: str = ""  # the last corridor named ("it", "such a corridor", "corridors")
    event: str = ""  # the last war, clash or operation named ("the attack", "the fighting", "çatışmalar")
    meeting: str = ""  # the last meeting told ("this meeting")
    meeting_at: int = -99  # the sentence that told it
    undated: str = ""  # the last meeting told without its day ("meeting/?-tbilisi")
    undated_at: int = -99
    transcript: str = ""  # who speaks the lines after a speaker's label ("SECRETARY BLINKEN:")
    statement: str = ""  # whose statement the document reports ("Açıklamada ...", "the statement said")
    statement_at: int = -9  # the sentence that last named it
    people: list[str] = field(default_factory=list)  # every person named so far, in order
    participants: dict[str, list[str]] = field(default_factory=dict)  # who took part in each meeting
    met: str = ""  # the last meeting whose participants were told, dated or not
    group: list[str] = field(default_factory=list)  # "they": the last group named ("The Ministers:")
    ministry: str = ""  # the last ministry named ("the ministry said", "Bakanlık")
    states: list[str] = field(default_factory=list)  # the states named so far, in order ("the parties")
    subject: str = ""  # the person the last sentence opens with as its subject ("he" in the next)
    subject_at: int = -9
    said: str = ""  # the person the last sentence has saying something ("Blinken said he ...")
    said_at: int = -9  # that sentence
