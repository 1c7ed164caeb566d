"""A transient refusal (busy, deadlock) is tried again; a real refusal is not."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from kg.publish import _opener, _put


class _Flaky(BaseHTTPRequestHandler):
    answers: ClassVar[list[tuple[int, bytes]]] = []
    seen = 0

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        type(self).seen += 1
        status, body = type(self).answers.pop(0)
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def flaky_server():  # type: ignore[no-untyped-def]
    server = HTTPServer(("127.0.0.1", 0), _Flaky)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Flaky.seen = 0
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    server.shutdown()
    server.server_close()


def _body(tmp_path: Path) -> Path:
    body = tmp_path / "g.nt"
    body.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    return body


def test_deadlock_is_tried_again(flaky_server: str, tmp_path: Path) -> None:
    _Flaky.answers = [(500, b"SR172: Transaction deadlocked"), (201, b"")]
    pushed = _put(_opener(flaky_server, None), flaky_server, "http://example.org/g", _body(tmp_path), 10)
    assert pushed.ok and pushed.status == 201
    assert _Flaky.seen == 2


def test_a_clash_in_virtuosos_dictionary_is_tried_again(flaky_server: str, tmp_path: Path) -> None:
    _Flaky.answers = [(500, b"SR197: Non unique primary key on DB.DBA.RDF_LANGUAGE."), (201, b"")]
    pushed = _put(_opener(flaky_server, None), flaky_server, "http://example.org/g", _body(tmp_path), 10)
    assert pushed.ok and _Flaky.seen == 2


def test_a_real_refusal_is_not_retried(flaky_server: str, tmp_path: Path) -> None:
    _Flaky.answers = [(403, b"no")]
    pushed = _put(_opener(flaky_server, None), flaky_server, "http://example.org/g", _body(tmp_path), 10)
    assert not pushed.ok and pushed.status == 403
    assert "refuses to write" in pushed.error
    assert _Flaky.seen == 1


def test_gives_up_after_the_attempts(flaky_server: str, tmp_path: Path) -> None:
    _Flaky.answers = [(503, b"busy")] * 3
    pushed = _put(_opener(flaky_server, None), flaky_server, "http://example.org/g", _body(tmp_path), 10)
    assert not pushed.ok and pushed.status == 503
    assert _Flaky.seen == 3
