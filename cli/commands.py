"""The ``ckg`` command line: the composition root, the one package that may
wire every layer (loaders, kg, server) together.

A command's setting flags (``--store``, ``--port`` …) are made by
:func:`setting` from the settings table (:class:`kg.settings.Settings`):
their help, variable and default are written once, there."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.settings import Settings


def setting(name: str, *aliases: str, **options: Any) -> Callable[[Any], Any]:
    """The flag of the setting ``name`` (``--max-rows`` for ``max_rows``), its
    type, help, variable and default from the settings table; ``aliases`` are
    other spellings, ``options`` click's (a metavar, choices)."""
    spec = next((f for f in fields(Settings) if f.name == name), None)
    if spec is None:
        raise ValueError(f"no setting {name!r} in kg.settings.Settings")
    default = spec.metadata.get("shown", spec.default)
    kind: Any = {float: float, int: int}.get(type(spec.default))
    if isinstance(spec.default, Path):
        kind = click.Path(path_type=Path)
    text = spec.metadata["help"]
    where = f"env CKG_{name.upper()}; " if spec.metadata.get("env") else ""
    shown = f"default {default}" if default not in ("", None) else "no default"
    return click.option(
        "--" + name.replace("_", "-"),
        *aliases,
        name,
        type=options.pop("type", kind),
        default=None,
        help=f"{text[0].upper()}{text[1:]} [{where}{shown}].",
        **options,
    )


_store = setting("store")
_base = setting("base_iri")


def _fail(message: str) -> None:
    click.secho(f"error: {message}", fg="red", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ckg")
def main() -> None:
    """caucasus-kg: build and publish a knowledge graph of the South Caucasus peace process."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_store
@_base
@click.option("--jobs", "-j", type=int, default=None, help="Extraction processes [default: every core].")
@click.option("--no-cache", is_flag=True, help="Extract every document afresh, ignoring DIR/cache.")
@click.option(
    "--strict", is_flag=True, help="Fail (and keep the served store) on a contradiction or a SHACL violation."
)
@setting("reasoner", type=click.Choice(["rules", "owlrl"]))
def build(paths: tuple[Path, ...], jobs: int | None, no_cache: bool, strict: bool, **flags: Any) -> None:
    """Read documents (files or folders; default: the bundled corpus), extract,
    reason, and write a new build of the store.  Unchanged documents are taken
    from the extraction cache; progress bars show on a terminal."""
    from kg.build import BuildError
    from kg.build import build as run_build
    from kg.progress import for_terminal
    from kg.store import StoreError

    settings = Settings.load(**flags)
    if jobs is not None and jobs < 1:
        _fail(f"--jobs {jobs}: give at least 1")
    try:
        with for_terminal() as progress:
            report = run_build(
                list(paths) or None, settings, jobs=jobs, cache=not no_cache, progress=progress, strict=strict
            )
    except (BuildError, StoreError, ValueError) as exc:
        _fail(str(exc))
        return
    click.echo(f"built {report.store} (build {report.build}) in {report.seconds:.2f} s")
    click.echo(f"  {report.mode}")
    processes = f"{report.workers} process" + ("" if report.workers == 1 else "es")
    click.echo(
        f"  documents read      {len(report.documents)} "
        f"({report.extracted} extracted on {processes}, {report.from_cache} unchanged)"
    )
    click.echo(f"  statements          {report.statements}")
    click.echo(f"  triples asserted    {report.asserted}")
    click.echo(f"  triples inferred    {report.inferred}")
    click.echo(f"  quads in the store  {report.quads} in {report.graphs} named graphs")
    click.echo(f"  links to Wikidata   {report.wikidata_links}")
    for problem in report.problems:
        click.secho(f"  problem: {problem}", fg="yellow")
    for note in report.notes:
        click.echo(f"  note: {note}")
    for message in report.inconsistencies:
        click.secho(f"  inconsistency: {message}", fg="yellow")
    for message in report.violations:
        click.secho(f"  violation: {message}", fg="yellow")
    click.echo("  seconds by step     " + ", ".join(f"{k} {v:.2f}" for k, v in report.timings.items()))
    click.echo("  CPU seconds by step " + ", ".join(f"{k} {v:.2f}" for k, v in report.cpu.items()))


@main.command()
@_store
@_base
@setting("host")
@setting("port")
@setting("workers")
@setting("query_timeout")
@setting("max_rows")
@setting("allowed_services", "--allow-service", multiple=True)
@setting("backend", metavar="URL")
def serve(**flags: Any) -> None:
    """Serve the store over HTTP with gunicorn (building it first if missing),
    or, with --backend URL, a remote SPARQL endpoint holding the graph."""
    from kg import store as kgstore

    flags["allowed_services"] = " ".join(flags["allowed_services"]) or None
    settings = Settings.load(**flags)
    if settings.backend:
        from server.wsgi import serve as run_remote

        click.echo(
            f"serving the SPARQL endpoint {settings.backend} at http://{settings.host}:{settings.port}/sparql"
        )
        run_remote(settings)
        return
    if not kgstore.exists(settings.store):
        click.echo(f"no store at {settings.store}: building it from the bundled documents first")
        from kg.build import build as run_build

        run_build(None, settings)
    from server.wsgi import serve as run_server

    click.echo(f"serving {settings.store} at http://{settings.host}:{settings.port}/sparql")
    run_server(settings)


@main.command()
@click.argument("query")
@_store
@click.option(
    "--format",
    "fmt",
    default=None,
    help="json, xml, csv, tsv (SELECT/ASK); ttl, nt, rdf, jsonld (CONSTRUCT).",
)
def query(query: str, fmt: str | None, **flags: Any) -> None:
    """Run one SPARQL query against the local store and print the result."""
    from kg import store as kgstore
    from kg.query import run

    settings = Settings.load(**flags)
    try:
        text = Path(query[1:]).read_text(encoding="utf-8") if query.startswith("@") else query
        body, _ = run(kgstore.current(settings.store).open(), text, fmt)
    except (kgstore.StoreError, KeyError, OSError) as exc:
        _fail(str(exc.args[0] if isinstance(exc, KeyError) else exc))
        return
    except SyntaxError as exc:
        _fail(f"invalid query: {exc}")
        return
    sys.stdout.buffer.write(body if body.endswith(b"\n") else body + b"\n")


@main.command()
@_store
@click.option("--format", "fmt", default="ttl", show_default=True, help="ttl, nt, nq, trig, jsonld or rdf.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File to write (a .gz name is gzipped); default: standard output.",
)
@click.option(
    "--all",
    "every",
    is_flag=True,
    help="Write every dump format, gzipped, with a manifest (dumps.json) into the folder -o DIR.",
)
def dump(fmt: str, output: Path | None, every: bool, **flags: Any) -> None:
    """Write the whole dataset."""
    from kg import store as kgstore
    from kg.dump import dump as run_dump
    from kg.dump import write_dumps

    settings = Settings.load(**flags)
    if every and output is None:
        _fail("--all writes several files: name the folder with -o DIR")
        return
    try:
        oxi = kgstore.current(settings.store).open()
        if every:
            assert output is not None
            for f in write_dumps(oxi, output):
                click.echo(f"{output / f.file}  {f.bytes} bytes  {f.triples} {f.kind} statements  {f.sha256}")
            return
        run_dump(oxi, fmt, output if output else sys.stdout.buffer)
    except (kgstore.StoreError, KeyError, OSError) as exc:
        _fail(str(exc.args[0] if isinstance(exc, KeyError) else exc))


@main.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path, exists=True))
@_store
@_base
@click.option("--details", is_flag=True, help="Also list every missed and every spurious fact.")
def evaluate(gold: Path, details: bool, **flags: Any) -> None:
    """Precision, recall and F1 of the extraction in the store against gold
    annotations (a gold .toml file or a folder of them), per relation and language."""
    from kg import store as kgstore
    from kg.evaluate import GoldError, facts_in_store, load_gold, report
    from kg.evaluate import evaluate as run_evaluate
    from kg.iri import Minter

    settings = Settings.load(**flags)
    try:
        golds = load_gold(gold)
        predicted = facts_in_store(kgstore.current(settings.store).open(), Minter(settings.base_iri))
    except (GoldError, kgstore.StoreError) as exc:
        _fail(str(exc))
        return
    click.echo(report(run_evaluate(golds, predicted), details=details))


@main.command()
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option(
    "--graph", default=None, help="IRI of the named graph to load into (default: the default graph)."
)
@_store
def load(file: Path, graph: str | None, **flags: Any) -> None:
    """Add an RDF file (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD) to the store."""
    from kg import store as kgstore
    from kg.load import load_file

    settings = Settings.load(**flags)
    try:
        added = load_file(settings.store, file, graph)
    except (kgstore.StoreError, KeyError, ValueError) as exc:
        _fail(str(exc.args[0] if isinstance(exc, KeyError) else exc))
        return
    click.echo(f"loaded {added} quads from {file} into {graph or 'the default graph'}")


@main.command()
@click.option("--to", "target", required=True, metavar="URL", help="The Graph Store Protocol endpoint.")
@_store
@click.option("--user", default=None, metavar="NAME:PASSWORD", help="Credentials, if the server asks.")
@click.option("--connections", type=int, default=4, show_default=True, help="Graphs sent at once.")
def publish(target: str, user: str | None, connections: int, **flags: Any) -> None:
    """Push every named graph of the store to a SPARQL 1.1 Graph Store Protocol
    server (one PUT per graph, replacing it)."""
    from kg import store as kgstore
    from kg.publish import PublishError, Pushed
    from kg.publish import publish as run_publish

    settings = Settings.load(**flags)
    verbose = sys.stdout.isatty()

    def done(pushed: Pushed) -> None:
        if not pushed.ok:
            click.secho(f"  failed  {pushed.graph}: {pushed.error}", fg="red", err=True)
        elif verbose:
            click.echo(f"  {pushed.status}  {pushed.graph}  {pushed.triples} triples  {pushed.seconds:.2f} s")

    try:
        results = run_publish(settings.store, target, user=user, connections=connections, done=done)
    except (PublishError, kgstore.StoreError) as exc:
        _fail(str(exc))
        return
    failed = [r for r in results if not r.ok]
    triples = sum(r.triples for r in results if r.ok)
    seconds = max((r.seconds for r in results), default=0.0)
    click.echo(
        f"published {len(results) - len(failed)} of {len(results)} graphs ({triples} triples) to {target}"
        + (f"; the slowest took {seconds:.2f} s" if results else "")
    )
    if failed:
        _fail(f"{len(failed)} graphs were not published (see above); run again to retry them all")


@main.command()
@click.argument("subject")
@click.argument("predicate")
@click.argument("object")
@_store
@_base
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def explain(subject: str, predicate: str, object: str, fmt: str, **flags: Any) -> None:
    """Show how a triple follows from asserted ones, down to the source sentences.

    Terms are IRIs, prefixed names (ckg:mediatorOf, id:russia, a for
    rdf:type) or id slugs: ckg explain russia ckg:mediatorOf
    meeting/2021-01-11-moscow"""
    import json

    from kg import store as kgstore
    from kg.explain import explain as run_explain
    from kg.explain import parse_term, render
    from kg.iri import Minter

    settings = Settings.load(**flags)
    minter = Minter(settings.base_iri)
    try:
        s, p, o = (parse_term(x, minter) for x in (subject, predicate, object))
        oxi = kgstore.current(settings.store).open()
    except (ValueError, kgstore.StoreError) as exc:
        _fail(str(exc))
        return
    derivation = run_explain(oxi, s, p, o, base_iri=settings.base_iri)
    if derivation is None:
        _fail(f"{s} {p} {o} is not in the graph of {settings.store}, asserted or inferred")
        return
    if fmt == "json":
        click.echo(json.dumps(derivation.as_dict(), ensure_ascii=False, indent=2))
    else:
        for line in render(derivation):
            click.echo(line)
