"""Atomic writes: a failed write leaves the previous file; several files change together or not at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.io import atomic_open, atomic_write, atomic_write_many


def test_failed_write_leaves_previous_content(tmp_path: Path) -> None:
    p = tmp_path / "kg.trig"
    p.write_text("previous", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(p) as fh:
        fh.write("half")
        raise RuntimeError("boom")
    assert p.read_text(encoding="utf-8") == "previous"
    assert [x.name for x in tmp_path.iterdir()] == ["kg.trig"]


def test_write_many_is_all_or_nothing(tmp_path: Path) -> None:
    atomic_write_many({tmp_path / "a": "1", tmp_path / "b": b"2"})
    assert (tmp_path / "a").read_text() == "1" and (tmp_path / "b").read_bytes() == b"2"
    bad = tmp_path / "dir-not-file"
    bad.mkdir()
    with pytest.raises(OSError):
        atomic_write_many({tmp_path / "a": "new", bad: "x"})
    assert (tmp_path / "a").read_text() == "1"
    assert not [x for x in tmp_path.iterdir() if x.name.endswith(".tmp")]


def test_atomic_write_text_and_mode(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    atomic_write(p, "é")
    assert p.read_text(encoding="utf-8") == "é"
    assert p.stat().st_mode & 0o044  # readable by group/others like any new file (umask allowing)


def test_python_dash_m_kg() -> None:
    res = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=False)
    assert res.returncode == 0 and res.stdout.strip() == "unkg, version 0.1.0"
