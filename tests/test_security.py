"""Security headers and the Content Security Policy, and the proof that a
document whose text carries markup cannot run it in the pages: escaped in
the HTML, and not run by a real browser (headless Chromium)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from server.security import HTML_POLICY

HTML_PATHS = ["/", "/id/", "/id/azerbaijan", "/ontology", "/timeline", "/dumps/", "/id/no-such-thing"]
OTHER_PATHS = [
    "/sparql?query=ASK%7B%7D",
    "/health",
    "/.well-known/void",
    "/context.jsonld",
    "/dumps/?format=json",
    "/id/azerbaijan.ttl",
]


def policy(header: str) -> dict[str, list[str]]:
    out = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


@pytest.mark.parametrize("path", HTML_PATHS)
def test_pages_carry_the_policy_and_headers(client: Any, path: str) -> None:
    r = client.get(path, headers={"Accept": "text/html"})
    assert r.mimetype == "text/html", (path, r.status_code, r.mimetype)
    csp = policy(r.headers["Content-Security-Policy"])
    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"] == ["'self'"]  # no 'unsafe-inline', no 'unsafe-eval', no other origin
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert "'unsafe-eval'" not in r.headers["Content-Security-Policy"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"] == "no-referrer"
    assert r.headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("path", OTHER_PATHS)
def test_other_responses_are_inert(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code < 500, (path, r.status_code)
    assert r.mimetype != "text/html", path
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    csp = policy(r.headers["Content-Security-Policy"])
    assert csp["default-src"] == ["'none'"] and "sandbox" in csp
    assert "script-src" not in csp


def test_the_policy_allows_no_inline_script() -> None:
    csp = policy(HTML_POLICY)
    assert all("unsafe" not in source for source in csp["script-src"])
    assert csp["default-src"] == ["'none'"]  # so no plugins, frames, workers or media either


# --- a hostile document, built and served for real ---------------------------------------------

MARKUP = [
    "<script>window.__xss = 'script'; alert('script')</script>",
    "<img src=x onerror=\"window.__xss = 'img'\">",
    '"><svg onload="window.__xss = \'svg\'"></svg>',
    "<a href=\"javascript:window.__xss = 'href'\">click</a>",
    "<iframe srcdoc=\"<script>parent.__xss = 'iframe'</script>\"></iframe>",
]
DOCUMENT = (
    "Azerbaycan Cumhurbaşkanı İlham Aliyev {} ile Ermenistan Başbakanı Nikol Paşinyan, "
    "ABD Başkanı Donald Trump'ın arabuluculuğunda Washington'da bir araya geldi {}. "
    "Rusya {} ve İran görüşmeleri izledi. Türkiye {} süreci destekledi {}.\n"
).format(*MARKUP)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory, server_factory: Any) -> Iterator[str]:
    docs = tmp_path_factory.mktemp("hostile") / "docs"
    docs.mkdir()
    (docs / "hostile.txt").write_text(DOCUMENT * 2, encoding="utf-8")
    (docs / "hostile.meta.toml").write_text(
        "title = \"<script>window.__xss = 'title'</script> Talks\"\n"
        'publisher = "<img src=x onerror=\\"window.__xss = \'publisher\'\\">"\n'
        'language = "tr"\ndate = "2025-08-08"\n',
        encoding="utf-8",
    )
    root = docs.parent / "store"
    result = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(docs), "--store", str(root)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    process, url = server_factory(root)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


HOSTILE_PAGES = ["/id/document/hostile", "/id/azerbaijan", "/id/armenia", "/timeline", "/id/"]


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_markup_from_documents_is_escaped(hostile_server: str, path: str) -> None:
    r = requests.get(hostile_server + path, headers={"Accept": "text/html"}, timeout=30)
    assert r.status_code == 200, (path, r.status_code)
    for markup in [*MARKUP, "<script>window.__xss = 'title'</script>"]:
        assert markup not in r.text, f"{path} shows {markup!r} unescaped"
    assert 'onerror="window' not in r.text and "<svg onload" not in r.text


@pytest.mark.browser
@pytest.mark.slow
def test_chromium_runs_nothing_from_the_document(hostile_server: str) -> None:
    if not Path("/usr/bin/chromium").exists() or shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.add_init_script(
                "window.__violations = [];"
                "document.addEventListener('securitypolicyviolation',"
                " e => window.__violations.push(e.violatedDirective + ' ' + (e.sample || '')));"
            )
            shown = 0
            for path in HOSTILE_PAGES:
                page.goto(hostile_server + path, wait_until="networkidle")
                page.wait_for_timeout(300)
                for link in page.locator("a[href^='javascript:']").all():
                    raise AssertionError(f"{path}: a javascript: link made it into the page: {link}")
                assert page.evaluate("window.__xss") is None, path
                assert page.locator("iframe").count() == 0, path
                text = page.inner_text("body")
                shown += "<script>" in text
                # Nothing was even attempted: the escaping held, the policy had nothing to block.
                assert page.evaluate("window.__violations") == [], path
            assert dialogs == []
            assert shown >= 1  # the document page shows the markup as text
        finally:
            browser.close()
