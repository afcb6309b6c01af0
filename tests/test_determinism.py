"""Byte-identical outputs: the same input builds the same files."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline import BuildOptions, build


def test_build_twice_is_byte_identical(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, _ = built
    second = tmp_path / "again"
    build(BuildOptions(out=second, validate=False))
    for name in ("kg.trig", "kg.ttl", "summary.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_outputs_have_no_timestamps_or_blank_node_labels(built) -> None:  # type: ignore[no-untyped-def]
    out, _ = built
    trig = (out / "kg.trig").read_text(encoding="utf-8")
    assert "_:" not in trig
    import re

    assert not re.search(r"20\d\d-\d\d-\d\dT\d\d:\d\d", trig)
