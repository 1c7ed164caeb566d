from __future__ import annotations

from pathlib import Path

import pytest

from kg.settings import Settings

README = Path(__file__).parent.parent / "README.md"


def test_precedence_defaults_env_flags() -> None:
    assert Settings.load(environ={}).query_timeout == 30.0
    assert Settings.load(environ={"CKG_QUERY_TIMEOUT": "5"}).query_timeout == 5.0
    assert Settings.load(environ={"CKG_QUERY_TIMEOUT": "5"}, query_timeout=2).query_timeout == 2.0
    assert Settings.load(environ={"CKG_STORE": "/x"}).store == Path("/x")


def test_bad_value_names_its_source() -> None:
    with pytest.raises(ValueError, match="CKG_MAX_ROWS"):
        Settings.load(environ={"CKG_MAX_ROWS": "many"})


def test_every_setting_is_in_the_readme() -> None:
    if not README.exists():
        pytest.skip("README not shipped with the installed package")
    text = README.read_text(encoding="utf-8")
    missing = [var for var, flag, _, _ in Settings.table() if var not in text or flag not in text]
    assert not missing, f"settings missing from README.md: {missing}"
