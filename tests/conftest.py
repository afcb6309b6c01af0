"""Shared fixtures: the registry and one build of the bundled corpus per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def registry():  # type: ignore[no-untyped-def]
    from kg.registry import load_registry

    return load_registry(ROOT / "data")


@pytest.fixture(scope="session")
def built(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The bundled corpus built once into a temporary directory (validation included)."""
    from kg.pipeline import BuildOptions, build

    out = tmp_path_factory.mktemp("out")
    result = build(BuildOptions(out=out))
    return out, result


@pytest.fixture(scope="session")
def extractor(registry):  # type: ignore[no-untyped-def]
    from kg.extract import Extractor

    return Extractor(registry)
