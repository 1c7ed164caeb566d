"""Regular expressions rewritten to find the same matches faster (:func:`by_first_letter`).

Python's engine tries an alternation's branches one by one at each place, and skips a branch
at once only where it opens with a letter (or a class) the text does not have there; a pattern
whose branches all open with a letter is looked for in C, letter by letter.  Patterns written
for reading (a ``\\b`` or a look-behind first, groups of alternatives, optional words) are
tried in full at every place instead.  The rewriting is exact: the same matches, in the same
order, checked on the parsed pattern rather than on its text.
"""

from __future__ import annotations

import _sre
import re
from re import _compiler as _COMPILER  # type: ignore[attr-defined]
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]
from typing import Any

_MAX_ALTERNATIVES = 4000


def _alternatives(items: list[Any], state: Any) -> list[list[Any]] | None:
    """``items`` (a parsed sequence) as alternatives that each open with one literal letter,
    in the order the engine tries them; ``None`` where it cannot be so written."""
    if not items:
        return None
    op, av = items[0]
    rest = items[1:]
    if op is _C.LITERAL:
        return [items]
    if op is _C.IN:  # "[öo]": one alternative a letter (only one can match where it starts)
        if len(av) > 8 or any(o is not _C.LITERAL for o, _ in av):
            return None
        return [[(_C.LITERAL, c), *rest] for c in dict.fromkeys(c for _, c in av)]
    if op is _C.SUBPATTERN:  # "(?:a|b)c" is "ac|bc", tried in that order
        group, add_flags, del_flags, sub = av
        if group is not None or add_flags or del_flags:
            return None
        return _alternatives([*sub.data, *rest], state)
    if op is _C.BRANCH:
        return _each(av[1], rest, state)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, high, sub = av
        if sub.getwidth()[0] == 0:
            return None
        if low == 0 and high == 1:  # "(?:the )?rest" is "the rest|rest" ("??": the other order)
            with_it, without = _P.SubPattern(state, [*sub.data, *rest]), _P.SubPattern(state, rest)
            return _each([with_it, without] if op is _C.MAX_REPEAT else [without, with_it], [], state)
        if low >= 1:  # "x+rest" is "xx*rest"
            more = [] if high == 1 else [(op, (low - 1, high if high is _C.MAXREPEAT else high - 1, sub))]
            return _alternatives([*sub.data, *more, *rest], state)
        return None
    if op in (_C.ASSERT, _C.ASSERT_NOT) and av[0] == -1:
        # "(?<=n) yana" is " (?<=n )yana": the look-behind after the letter, taking it in
        got = _alternatives(rest, state)
        if got is None:
            return None
        return [[a[0], (op, (-1, _P.SubPattern(state, [*av[1].data, a[0]]))), *a[1:]] for a in got]
    if op is _C.AT and av in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY):
        # "\bback" is "b(?<!\wb)ack": no word character before the letter; "\b-backed" is
        # "-(?<=\w-)backed"
        got = _alternatives(rest, state)
        if got is None:
            return None
        out = []
        for a in got:
            word = re.match(r"\w", chr(a[0][1])) is not None
            behind = _P.SubPattern(state, [(_C.IN, [(_C.CATEGORY, _C.CATEGORY_WORD)]), a[0]])
            op_behind = _C.ASSERT_NOT if word == (av is _C.AT_BOUNDARY) else _C.ASSERT
            out.append([a[0], (op_behind, (-1, behind)), *a[1:]])
        return out
    return None


def _each(branches: list[Any], rest: list[Any], state: Any) -> list[list[Any]] | None:
    out: list[list[Any]] = []
    for alternative in branches:
        got = _alternatives([*alternative.data, *rest], state)
        if got is None or len(out) + len(got) > _MAX_ALTERNATIVES:
            return None
        out += got
    return out


def _top(items: list[Any]) -> list[list[Any]]:
    """The alternatives of a parsed pattern, each whole (a ``\\b`` or look-behind before the
    group of alternatives taken into each)."""
    if not items:
        return [items]
    op, av = items[0]
    if op is _C.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _top([*av[3].data, *items[1:]])
    if op is _C.BRANCH:
        return [[*alternative.data, *items[1:]] for alternative in av[1]]
    if (op is _C.AT and av in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY)) or (
        op in (_C.ASSERT, _C.ASSERT_NOT) and av[0] == -1
    ):
        return [[items[0], *alternative] for alternative in _top(items[1:])]
    return [items]


def _same_assertion(rests: list[list[Any]]) -> bool:
    """Whether every one of ``rests`` opens with the same look-behind."""
    first = rests[0][0] if rests[0] else None
    if first is None or first[0] not in (_C.ASSERT, _C.ASSERT_NOT):
        return False
    return all(
        r and r[0][0] is first[0] and r[0][1][0] == first[1][0] and r[0][1][1].data == first[1][1].data
        for r in rests
    )


def _trie(alternatives: list[list[Any]], state: Any, depth: int = 0) -> list[Any]:
    """The branches trying ``alternatives`` in turn, those opening with a letter grouped by
    it (between two that do not): where the letter is not there, its group is skipped at once."""
    out: list[Any] = []
    run: list[list[Any]] = []

    def flush() -> None:
        groups: dict[int, list[list[Any]]] = {}
        for alternative in run:
            groups.setdefault(alternative[0][1], []).append(alternative)
        run.clear()
        for letter, group in groups.items():
            if len(group) == 1:
                out.append(_P.SubPattern(state, group[0]))
                continue
            rests = [a[1:] for a in group]
            common = []
            if _same_assertion(rests):  # "b(?<!\wb)(?:ack|...)": the look-behind once
                common = [rests[0][0]]
                rests = [r[1:] for r in rests]
            inner = _trie(rests, state, depth + 1) if depth < 6 else [_P.SubPattern(state, r) for r in rests]
            tail = [(_C.BRANCH, (None, inner))] if len(inner) > 1 else inner[0].data
            out.append(_P.SubPattern(state, [(_C.LITERAL, letter), *common, *tail]))

    for alternative in alternatives:
        if alternative and alternative[0][0] is _C.LITERAL:
            run.append(alternative)
        else:
            flush()
            out.append(_P.SubPattern(state, alternative))
    flush()
    return out


def by_first_letter(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` rewritten to find the same matches faster: its alternatives grouped by the
    letters they open with, as a trie ("(?:support...|backing|...)" as
    "(?:b(?:ack(?:ing|...))|s(?:upport...))"), a look-behind before a letter moved after it,
    "(?:the )?x" written "the x|x".  Python's engine tries an alternation's branches one by one
    and skips at once a branch that opens with a letter not there; a pattern whose branches all
    open with one is looked for in C, letter by letter.  Alternatives of different letters
    cannot both match at one place, so the first that matches is the same; alternatives that
    cannot be so written (one opening with ``\\w``) stay where they are, those before and after
    them grouped apart; a ``\\b`` that opens the pattern stays first (it fails at once inside a
    word).  ``pattern`` itself when it has capturing groups or flags."""
    if pattern.flags & (re.IGNORECASE | re.ASCII | re.LOCALE | re.VERBOSE) or not isinstance(
        pattern.pattern, str
    ):
        return pattern
    parsed = _P.parse(pattern.pattern, pattern.flags)
    if parsed.state.groups > 1:
        return pattern
    state = parsed.state
    items = list(parsed.data)
    lead = []
    while items and items[0][0] is _C.AT and items[0][1] in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY):
        lead.append(items.pop(0))
    alternatives: list[list[Any]] = []
    for alternative in _top(items):
        got = _alternatives(alternative, state)
        alternatives += [alternative] if got is None else got
    if len(alternatives) > _MAX_ALTERNATIVES or not any(a and a[0][0] is _C.LITERAL for a in alternatives):
        return pattern
    branches = _trie(alternatives, state)
    tree = _P.SubPattern(
        state, [*lead, (_C.BRANCH, (None, branches))] if len(branches) > 1 else [*lead, *branches[0].data]
    )
    try:
        code = _COMPILER._code(tree, pattern.flags)
        return _sre.compile(pattern.pattern, pattern.flags | state.flags, code, state.groups - 1, {}, (None,))
    except (re.error, RecursionError, OverflowError):
        return pattern
