"""Content negotiation: one pure function over Werkzeug's ``best_match``."""

from __future__ import annotations

from werkzeug.datastructures import MIMEAccept

from kg.formats import Format


def choose(accept: MIMEAccept, formats: tuple[Format, ...], default: Format) -> Format | None:
    """The format the client prefers among ``formats``, ``default`` when it
    accepts anything, ``None`` when nothing it accepts is offered.

    Werkzeug weighs quality and specificity; a bare ``*/*`` (or no header)
    gets the default.
    """
    if not accept or (accept.best == "*/*" and len(accept) == 1):
        return default
    offers = [default.media_type] + [t for f in formats for t in (f.media_type, *f.aliases)]
    best = accept.best_match(offers)
    if best is None:
        return None
    for fmt in (default, *formats):
        if best in (fmt.media_type, *fmt.aliases):
            return fmt
    return default
