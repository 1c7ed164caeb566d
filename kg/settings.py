"""The one declared table of settings.

Each setting has a default, a ``CKG_*`` environment variable and a command-line
flag; flags win over the environment, the environment over defaults.
``Settings.load(**flags)`` applies that precedence.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


def _setting(default: Any, help: str, env: bool = True, shown: str | None = None) -> Any:
    """A setting: its default (``shown`` is how help texts say it, when the
    value itself would mislead), help, and whether a variable sets it."""
    metadata = {"help": help, "env": env} | ({"shown": shown} if shown is not None else {})
    return field(default=default, metadata=metadata)


@dataclass(frozen=True, slots=True)
class Settings:
    store: Path = _setting(Path("data/store"), "the store directory", shown="./data/store")
    base_iri: str = _setting("https://w3id.org/caucasus-kg/", "the base of resource IRIs")
    query_timeout: float = _setting(30.0, "seconds a query may run before it is stopped")
    max_rows: int = _setting(100_000, "rows a result may hold before it is cut (and says so)")
    workers: int = _setting(os.cpu_count() or 1, "server worker processes", shown="the number of cores")
    backend: str = _setting("", "a remote SPARQL 1.1 endpoint to serve instead of the local store")
    allowed_services: str = _setting(
        "", "SPARQL endpoints a query may call with SERVICE (IRIs, space- or comma-separated)"
    )
    host: str = _setting("127.0.0.1", "the address the server listens on")
    port: int = _setting(5000, "the port the server listens on")
    reasoner: str = _setting("rules", "reasoning engine: rules (compiled from owlrl, fast) or owlrl")

    def __post_init__(self) -> None:
        # Every path is made absolute once, here, against the working directory the
        # settings are read in: a relative ``data/store`` resolved later by a library
        # against another folder (Flask's send_file uses the app's package folder)
        # names a different file.
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Path) and not value.is_absolute():
                object.__setattr__(self, f.name, Path(os.path.abspath(value)))

    @classmethod
    def load(cls, environ: dict[str, str] | None = None, **flags: Any) -> Settings:
        """Defaults, overridden by ``CKG_*`` variables, overridden by flags that are not None."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        for f in fields(cls):
            variable = "CKG_" + f.name.upper()
            if f.metadata.get("env") and environ.get(variable):
                values[f.name] = _coerce(f.default, environ[variable], variable)
            if flags.get(f.name) is not None:
                values[f.name] = _coerce(f.default, flags[f.name], "--" + f.name.replace("_", "-"))
        return replace(cls(), **values)

    @property
    def allowed_service_list(self) -> tuple[str, ...]:
        """``allowed_services`` as a tuple of IRIs."""
        return tuple(iri for iri in self.allowed_services.replace(",", " ").split() if iri)

    @property
    def ontology_ns(self) -> str:
        return "https://w3id.org/caucasus-kg/ontology#"

    @classmethod
    def table(cls) -> list[tuple[str, str, str, str]]:
        """(variable, flag, help, default) for every setting: the README lists them all."""
        return [
            ("CKG_" + f.name.upper(), "--" + f.name.replace("_", "-"), f.metadata["help"], str(f.default))
            for f in fields(cls)
        ]


def _coerce(default: Any, value: Any, where: str) -> Any:
    if isinstance(value, type(default)) and not isinstance(default, Path):
        return value
    try:
        if isinstance(default, Path):
            return Path(value)
        if isinstance(default, bool):
            return str(value).lower() in {"1", "true", "yes", "on"}
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{where}: {value!r} is not a valid {type(default).__name__}") from exc
