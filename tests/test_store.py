"""Persistent Oxigraph store: the build loads it, every --kg command reads it, and every saved
query gives the same answers on the store as on the build's files."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.queries import OxigraphEngine, load_library, open_engine, run_query
from kg.store import is_store_spec, store_path


@pytest.fixture(scope="module")
def store_build(tmp_path_factory):  # type: ignore[no-untyped-def]
    from kg.pipeline import BuildOptions, build

    tmp = tmp_path_factory.mktemp("store")
    out = tmp / "out"
    spec = f"oxigraph:{tmp / 'db'}"
    build(BuildOptions(out=out, validate=False, store=spec))
    return out, spec


def test_every_saved_query_same_on_store_and_files(store_build) -> None:  # type: ignore[no-untyped-def]
    out, spec = store_build
    files = open_engine(out)
    store = open_engine(Path(spec))
    assert isinstance(store, OxigraphEngine)
    for name, q in sorted(load_library().items()):
        a = run_query(files, q)
        b = run_query(store, q)
        assert (a.vars, sorted(map(str, a.rows))) == (b.vars, sorted(map(str, b.rows))), name


def test_commands_read_the_store(store_build) -> None:  # type: ignore[no-untyped-def]
    _, spec = store_build
    runner = CliRunner()
    res = runner.invoke(main, ["stats", "--kg", spec])
    assert res.exit_code == 0 and "4 reports" in res.output
    res = runner.invoke(main, ["query", "leads", "--kg", spec, "--param", "org=ITU", "--format", "csv"])
    assert res.exit_code == 0 and "grouping" in res.output.splitlines()[0]


def test_store_specs_and_errors(tmp_path: Path) -> None:
    assert is_store_spec("oxigraph:/x") and not is_store_spec("/x")
    with pytest.raises(InputError, match="a store is named oxigraph:PATH"):
        store_path("oxigraph:")
    res = CliRunner().invoke(main, ["stats", "--kg", f"oxigraph:{tmp_path / 'none'}"])
    assert res.exit_code == 1 and "no such store" in res.output
    res = CliRunner().invoke(main, ["build", "--store", "sqlite:/x", "--out", str(tmp_path / "o")])
    assert res.exit_code == 2 and "--store" in res.output
