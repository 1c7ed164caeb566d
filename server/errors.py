"""The errors the HTTP interface answers with, and the one handler that renders them.

::

    HttpError                    status 500, "internal"
     ├── BadRequest              400  a malformed query or parameter (the client's fault)
     │    └── QuerySyntaxError   400  with the line and column of the error
     ├── Forbidden               403  an update, LOAD or SERVICE on this read-only endpoint
     ├── NotFound                404
     ├── NotAcceptable           406  names the media types that work
     ├── PayloadTooLarge         413
     ├── UnsupportedMediaType    415
     ├── QueryTimeout            503  the query ran past the time limit and was stopped
     ├── ServerBusy              503  a long query found no heavy-query slot free
     └── StoreUnavailable        503  no store to serve yet (ours, not the client's)

Every error renders as JSON ``{"error": ..., "status": ..., ...}`` or plain
text, by negotiation; never a stack trace.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, json, request


class HttpError(Exception):
    status = 500
    kind = "internal"

    def __init__(
        self, message: str, *, status: int | None = None, kind: str | None = None, **details: Any
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details
        if status is not None:  # an error of Werkzeug's, carried over: set once, here
            self.status = status
        if kind is not None:
            self.kind = kind

    def body(self) -> dict[str, Any]:
        return {"error": self.message, "status": self.status, "kind": self.kind, **self.details}


class BadRequest(HttpError):
    status = 400
    kind = "bad-request"


class QuerySyntaxError(BadRequest):
    kind = "query-syntax"


class Forbidden(HttpError):
    status = 403
    kind = "forbidden"


class NotFound(HttpError):
    status = 404
    kind = "not-found"


class NotAcceptable(HttpError):
    status = 406
    kind = "not-acceptable"


class PayloadTooLarge(HttpError):
    status = 413
    kind = "payload-too-large"


class UnsupportedMediaType(HttpError):
    status = 415
    kind = "unsupported-media-type"


class QueryTimeout(HttpError):
    status = 503
    kind = "timeout"


class ServerBusy(HttpError):
    status = 503
    kind = "busy"


class StoreUnavailable(HttpError):
    status = 503
    kind = "store-unavailable"


def render(error: HttpError) -> Response:
    best = request.accept_mimetypes.best_match(["application/json", "text/plain", "text/html"])
    if best == "text/plain" or (best == "text/html" and "application/json" not in request.accept_mimetypes):
        text = f"{error.status} {error.message}\n"
        if "line" in error.details:
            text += f"at line {error.details['line']}, column {error.details.get('column')}\n"
        response = Response(text, status=error.status, mimetype="text/plain")
    else:
        response = Response(json.dumps(error.body()), status=error.status, mimetype="application/json")
    if error.status == 503:
        response.headers["Retry-After"] = "5"
    return response


def register(app: Flask) -> None:
    from werkzeug.exceptions import HTTPException

    app.register_error_handler(HttpError, render)

    def werkzeug_error(exc: HTTPException) -> Response:
        error = HttpError(
            exc.description or exc.name, status=exc.code or 500, kind=exc.name.lower().replace(" ", "-")
        )
        response = render(error)
        for header in ("Allow",):
            if exc.get_response().headers.get(header):
                response.headers[header] = exc.get_response().headers[header]
        return response

    app.register_error_handler(HTTPException, werkzeug_error)

    def unexpected(exc: Exception) -> Response:
        app.logger.exception("unexpected error on %s %s", request.method, request.path)
        return render(HttpError("internal error: the server failed; the fault is ours, not your request's"))

    app.register_error_handler(Exception, unexpected)
