from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from cli import main


def test_query_counts_quads(runner: CliRunner, store_path: Path) -> None:
    result = runner.invoke(
        main, ["query", "--store", str(store_path), "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"]
    )
    assert result.exit_code == 0, result.output
    n = int(json.loads(result.output)["results"]["bindings"][0]["n"]["value"])
    assert n > 500


def test_build_fails_clearly_on_missing_path(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", str(tmp_path / "absent"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "no such file or folder" in result.output


def test_query_without_store_says_what_to_do(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["query", "--store", str(tmp_path / "none"), "ASK {}"])
    assert result.exit_code == 1
    assert "ckg build" in result.output


def test_dump_and_load_round_trip(runner: CliRunner, store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.nq"
    assert (
        runner.invoke(main, ["dump", "--store", str(store_path), "--format", "nq", "-o", str(out)]).exit_code
        == 0
    )
    assert out.stat().st_size > 1000
    extra = tmp_path / "extra.ttl"
    extra.write_text("<http://example.org/a> <http://example.org/b> 'c' .\n")
    copy = tmp_path / "copy"
    runner.invoke(main, ["build", "--store", str(copy)])
    result = runner.invoke(
        main, ["load", str(extra), "--graph", "http://example.org/g", "--store", str(copy)]
    )
    assert result.exit_code == 0, result.output
    ask = runner.invoke(
        main, ["query", "--store", str(copy), "ASK { GRAPH <http://example.org/g> { ?s ?p 'c' } }"]
    )
    assert '"boolean":true' in ask.output


def test_setting_flags_come_from_the_settings_table() -> None:
    """Every setting is a flag of some command, whose help is the table's text
    with its variable and default (written once, in kg/settings.py)."""
    from dataclasses import fields

    from kg.settings import Settings

    flags = {
        option.name: option
        for command in main.commands.values()
        for option in command.params
        if isinstance(option, click.Option)
    }
    for spec in fields(Settings):
        option = flags.get(spec.name)
        assert option is not None, f"no command has a flag for the setting {spec.name}"
        assert option.opts[0] == "--" + spec.name.replace("_", "-")
        text = spec.metadata["help"]
        assert option.help is not None and option.help.startswith(text[0].upper() + text[1:])
        assert f"env CKG_{spec.name.upper()}" in option.help
