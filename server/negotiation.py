"""Content negotiation for every route: ``?format=``, then ``Accept``, then ``406``
(:func:`negotiate`), over one pure function on Werkzeug's ``best_match`` (:func:`choose`)."""

from __future__ import annotations

from werkzeug.datastructures import MIMEAccept

from kg.formats import Format, by_name


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


def negotiate(
    formats: tuple[Format, ...],
    default: Format | None = None,
    *,
    what: str = "this answer",
    names: tuple[str, ...] = ("format",),
) -> Format:
    """The rule of every route: ``?format=`` (a short name or a media type) when
    given, else the ``Accept`` header, else ``406`` naming the types that work.

    ``default`` (first of ``formats`` when None) answers a missing or ``*/*``
    Accept; a ``format`` that cannot be produced is a ``400``."""
    from flask import request

    from server.errors import BadRequest, NotAcceptable

    default = default or formats[0]
    offered = (default, *[f for f in formats if f is not default])
    values = request.values if request.method == "POST" else request.args
    explicit = [v for key in names for v in values.getlist(key) if v]
    for value in explicit:
        try:
            return by_name(value, offered)
        except KeyError:
            continue
    if explicit:
        known = ", ".join(f.name for f in offered)
        raise BadRequest(f"format={explicit[0]!r} cannot be produced for {what}; use one of: {known}")
    chosen = choose(request.accept_mimetypes, formats, default)
    if chosen is None:
        types = ", ".join(f.media_type for f in offered)
        raise NotAcceptable(
            f"none of the accepted media types ({request.headers.get('Accept')}) can be produced; "
            f"{what} comes as {types} (or use ?format=)",
            available=[f.media_type for f in offered],
        )
    return chosen
