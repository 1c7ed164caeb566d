"""Bad documents at build level: each gets one clear line in the report of
``ckg build`` (the file, what is wrong, what was done) and never stops the
others from building.  Broken lexicon files fail with file, line and reason."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import store
from loaders.lexicon import LexiconError, load_lexicon

# A Turkish and an English paragraph naming entities the lexicon knows (a
# generic news paragraph, not one of the bundled documents' sentences).
TURKISH = (
    "Azerbaycan Cumhurbaşkanı İlham Aliyev ile Ermenistan Başbakanı Nikol Paşinyan, "
    "ABD Başkanı Donald Trump'ın arabuluculuğunda Washington'da bir araya geldi. "
    "Türkiye ve Rusya görüşmeleri yakından izledi.\n"
)
ENGLISH = (
    "President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan of Armenia met in "
    "Washington, with US President Donald Trump mediating. Russia and Iran watched closely.\n"
)
PROBLEM = re.compile(r"^\s*problem: (?P<path>.+?): (?P<what>.+); (?P<done>[^;]+)$")


def run_build(docs: Path, root: Path, *, timeout: float = 300) -> tuple[int, str]:
    result = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(docs), "--store", str(root)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr


def problems(output: str) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for line in output.splitlines():
        match = PROBLEM.match(line)
        if match:
            found.setdefault(Path(match["path"]).name, []).append((match["what"], match["done"]))
        else:
            assert "problem:" not in line, f"a problem line not in the form 'file: what; done': {line!r}"
    return found


def query(root: Path, sparql: str) -> list[tuple[str, ...]]:
    oxi = store.current(root).open()
    return [tuple(term.value if term is not None else "" for term in row) for row in oxi.query(sparql)]


def document_graph(root: Path, key: str) -> int:
    rows = query(
        root,
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <https://w3id.org/caucasus-kg/graph/document/{key}> "
        "{ ?s ?p ?o } }",
    )
    return int(rows[0][0])


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, int, str]]:
    docs = tmp_path_factory.mktemp("bad") / "docs"
    docs.mkdir()
    (docs / "good-turkish.txt").write_text(TURKISH * 3, encoding="utf-8")
    (docs / "good-english.md").write_text("# Talks\n\n" + ENGLISH * 3, encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (docs / "nul-bytes.txt").write_bytes(TURKISH.encode() + b"\x00\x00" + TURKISH.encode())
    (docs / "invalid-utf8.txt").write_bytes(TURKISH.encode() + b"\xff\xfe\xc3(" + TURKISH.encode())
    (docs / "cp1254-turkish.txt").write_bytes(TURKISH.encode("cp1254"))
    (docs / "utf16-bom.txt").write_bytes(TURKISH.encode("utf-16"))
    (docs / "scripts.html").write_text(
        "<html><head><title>x</title><script>alert('SCRIPT-IN-HEAD')</script>"
        "<style>body{}</style></head><body onload=\"alert('ONLOAD')\">"
        + "<div><span>" * 3000
        + f"<p>{ENGLISH}</p><script>document.write('SCRIPT-IN-BODY')</script>"
        + "</span></div>" * 3000
        + "</body></html>",
        encoding="utf-8",
    )
    (docs / "russian.txt").write_text(
        "Президент Азербайджана Ильхам Алиев и премьер-министр Армении Никол Пашинян "
        "встретились в Вашингтоне при посредничестве США.\n" * 3,
        encoding="utf-8",
    )
    (docs / "no-entity.txt").write_text(
        "The weather in the mountains was cold this week, and the harvest came late.\n", encoding="utf-8"
    )
    (docs / "folder.txt").mkdir()
    os.mkfifo(docs / "named-pipe.txt")
    (docs / "broken-link.txt").symlink_to(docs / "gone" / "target.txt")
    (docs / "bad-metadata.txt").write_text(TURKISH, encoding="utf-8")
    (docs / "bad-metadata.meta.toml").write_text('title = "unterminated\n', encoding="utf-8")
    with open(docs / "fifty-megabytes.txt", "wb") as f:
        chunk = (ENGLISH * 200).encode()
        for _ in range(50 * 2**20 // len(chunk) + 1):
            f.write(chunk)
    root = docs.parent / "store"
    code, output = run_build(docs, root)
    print(output)
    yield docs, root, code, output


BAD = {
    "empty.txt": "skipped",
    "binary.txt": "skipped",
    "nul-bytes.txt": "skipped",
    "invalid-utf8.txt": "skipped",
    "russian.txt": "skipped",
    "folder.txt": "skipped",
    "named-pipe.txt": "skipped",
    "broken-link.txt": "skipped",
    "bad-metadata.txt": "skipped",
    "fifty-megabytes.txt": "skipped",
    "no-entity.txt": "built",
}
WHAT = {
    "empty.txt": "empty",
    "binary.txt": "binary",
    "nul-bytes.txt": "NUL",
    "invalid-utf8.txt": "UTF-8",
    "russian.txt": "language",
    "folder.txt": "",
    "named-pipe.txt": "regular file",
    "broken-link.txt": "symbolic link",
    "bad-metadata.txt": "bad-metadata.meta.toml",
    "fifty-megabytes.txt": "limit",
    "no-entity.txt": "no entity",
}


def test_the_build_goes_on(bad_corpus: tuple[Path, Path, int, str]) -> None:
    _, root, code, output = bad_corpus
    assert code == 0, output
    assert "Traceback" not in output
    assert store.exists(root)


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_document_gets_one_clear_line(bad_corpus: tuple[Path, Path, int, str], name: str) -> None:
    _, _, _, output = bad_corpus
    lines = problems(output).get(name, [])
    assert len(lines) == 1, f"{name}: expected one line in the report, got {lines}\n{output}"
    what, done = lines[0]
    assert WHAT[name].lower() in what.lower(), f"{name}: {what!r} does not say what is wrong"
    assert BAD[name] in done, f"{name}: {done!r} does not say what was done"


@pytest.mark.parametrize("name", ["folder.txt", "named-pipe.txt", "broken-link.txt", "fifty-megabytes.txt"])
def test_a_line_says_why_the_file_could_not_be_read(
    bad_corpus: tuple[Path, Path, int, str], name: str
) -> None:
    _, _, _, output = bad_corpus
    (what, _), *_ = problems(output)[name]
    assert len(what) > 10 and what.lower() != "error"


@pytest.mark.parametrize(
    ("key", "surface"),
    [
        ("good-turkish", "Aliyev"),
        ("good-english", "Pashinyan"),
        ("cp1254-turkish", "Paşinyan"),
        ("utf16-bom", "Paşinyan"),
        ("scripts", "Pashinyan"),
    ],
)
def test_the_good_documents_built_with_their_facts(
    bad_corpus: tuple[Path, Path, int, str], key: str, surface: str
) -> None:
    _, root, _, output = bad_corpus
    assert document_graph(root, key) > 0, output
    forms = {
        text[int(begin) : int(end)]
        for text, begin, end in query(
            root,
            "PREFIX ckg: <https://w3id.org/caucasus-kg/ontology#> "
            f"SELECT ?text ?b ?e WHERE {{ GRAPH <https://w3id.org/caucasus-kg/graph/document/{key}> "
            "{ ?c <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?text . "
            "?x ckg:statement ?f ; ckg:beginIndex ?b ; ckg:endIndex ?e } }",
        )
    }
    assert any(surface in form for form in forms), forms


def test_a_document_with_no_entity_is_built_with_no_facts(bad_corpus: tuple[Path, Path, int, str]) -> None:
    _, root, _, _ = bad_corpus
    facts = query(
        root,
        "SELECT ?s WHERE { GRAPH <https://w3id.org/caucasus-kg/graph/document/no-entity> "
        "{ ?s <https://w3id.org/caucasus-kg/ontology#statement> ?o } }",
    )
    assert facts == []


def test_no_skipped_document_left_a_trace(bad_corpus: tuple[Path, Path, int, str]) -> None:
    _, root, _, _ = bad_corpus
    graphs = {row[0].rsplit("/", 1)[-1] for row in query(root, "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")}
    for name, done in BAD.items():
        if done == "skipped":
            assert Path(name).stem not in graphs


def test_script_content_never_becomes_text(bad_corpus: tuple[Path, Path, int, str]) -> None:
    _, root, _, _ = bad_corpus
    hits = query(
        root,
        "SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER(isLiteral(?o) && "
        "(CONTAINS(STR(?o), 'SCRIPT-IN') || CONTAINS(STR(?o), 'ONLOAD') || CONTAINS(STR(?o), 'body{}'))) } }",
    )
    assert hits == []


def test_every_span_points_at_its_surface_text(bad_corpus: tuple[Path, Path, int, str]) -> None:
    """Offsets survive decoding (cp1254, UTF-16) and HTML cleaning: in each
    document graph, the document's text sliced at a sentence's offsets is
    exactly the sentence's text, and every record's span lies in its sentence."""
    _, root, _, _ = bad_corpus
    texts = {
        g: text
        for g, text in query(
            root,
            "SELECT ?g ?text WHERE { GRAPH ?g { ?c <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/"
            "nif-core#isString> ?text } }",
        )
    }
    spans = query(
        root,
        "PREFIX ckg: <https://w3id.org/caucasus-kg/ontology#> "
        "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
        "SELECT ?g ?b ?e ?sb ?se ?anchor WHERE { GRAPH ?g { "
        "?x ckg:beginIndex ?b ; ckg:endIndex ?e ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?s . "
        "?s nif:beginIndex ?sb ; nif:endIndex ?se ; nif:anchorOf ?anchor } }",
    )
    assert len(texts) >= 5 and len(spans) >= 5
    for g, begin, end, sentence_begin, sentence_end, anchor in spans:
        assert texts[g][int(sentence_begin) : int(sentence_end)] == anchor, (g, sentence_begin, anchor)
        assert int(sentence_begin) <= int(begin) < int(end) <= int(sentence_end), (g, begin, end)


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    """A file this user may not read (mode 000).  Tests run as root, who reads
    anything: then the build runs without the capabilities that let root
    ignore file permissions (util-linux ``setpriv``)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(TURKISH, encoding="utf-8")
    secret = docs / "secret.txt"
    secret.write_text(TURKISH, encoding="utf-8")
    secret.chmod(0)
    command = [sys.executable, "-m", "kg", "build", str(docs), "--store", str(tmp_path / "store")]
    if os.getuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without util-linux setpriv to drop CAP_DAC_OVERRIDE")
        drop = "-dac_override,-dac_read_search"
        command = [setpriv, f"--inh-caps={drop}", f"--bounding-set={drop}", *command]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    lines = problems(output)
    assert len(lines.get("secret.txt", [])) == 1, output
    what, done = lines["secret.txt"][0]
    assert "permission" in what.lower() and "skipped" in done
    assert document_graph(tmp_path / "store", "good") > 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('[[entity]]\nkey = "x-y"\ntype = "State"\nen = ["X"]\n\n[[entity]\nkey = "z"\n', "line 6"),
        ('[[entity]]\nkey = "x-y"\ntype = "Country"\nen = ["X"]\n', "type must be one of"),
        ('[[entity]]\nkey = "x-y"\ntype = "State"\nen = ["X"]\nflag = "red"\n', "unknown field"),
        ('[[entity]]\nkey = "Not A Key"\ntype = "State"\nen = ["X"]\n', "key must be"),
    ],
)
def test_a_broken_lexicon_file_is_named_with_its_line(tmp_path: Path, content: str, reason: str) -> None:
    (tmp_path / "broken.toml").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(tmp_path)
    message = str(caught.value)
    assert "broken.toml" in message
    assert re.search(r"line \d+", message), message
    assert reason in message, message


@pytest.mark.parametrize(
    ("content", "where", "reason"),
    [
        ('[[add]]\nsubject = "azerbaijan"\nrelation = "opposes\n', "line 3", "not valid TOML"),
        ('[[add]]\nsubject = "azerbaijan"\nrelation = "likes"\nobject = "armenia"\n', "entry 1", "likes"),
        (
            '[[add]]\nsubject = "azerbaijan"\nrelation = "opposes"\nobject = "nowhere-land"\n',
            "entry 1",
            "nowhere-land",
        ),
    ],
)
def test_a_broken_curation_file_fails_the_build_and_changes_nothing(
    tmp_path: Path, content: str, where: str, reason: str
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(TURKISH, encoding="utf-8")
    root = tmp_path / "store"
    code, output = run_build(docs, root)
    assert code == 0, output
    served = store.current(root).id
    (docs / "curation.toml").write_text(content, encoding="utf-8")
    code, output = run_build(docs, root)
    assert code == 1, output
    error = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(error) == 1, output
    assert "curation.toml" in error[0] and where in error[0] and reason in error[0], error[0]
    assert "Traceback" not in output
    assert store.current(root).id == served


NOTE = re.compile(r"^\s*note: (?P<path>.+?): (?P<what>.+); (?P<done>[^;]+)$")


@pytest.mark.parametrize(
    ("name", "what"),
    [("cp1254-turkish.txt", "cp1254"), ("utf16-bom.txt", "utf-16"), ("scripts.html", "HTML")],
)
def test_documents_read_unusually_get_a_note(
    bad_corpus: tuple[Path, Path, int, str], name: str, what: str
) -> None:
    _, _, _, output = bad_corpus
    notes = [m for line in output.splitlines() if (m := NOTE.match(line)) and Path(m["path"]).name == name]
    assert len(notes) == 1, f"{name}: expected one note line in the report\n{output}"
    assert what.lower() in notes[0]["what"].lower()
    assert notes[0]["done"] == "built"
