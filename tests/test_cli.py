"""The command line: exact exit codes and one-line messages; outputs untouched on error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner: CliRunner) -> None:
    res = runner.invoke(main, ["--version"])
    assert res.exit_code == 0 and res.output.strip() == "unkg, version 0.1.0"


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    for name, cmd in main.commands.items():
        res = runner.invoke(main, [name, "--help"])
        assert res.exit_code == 0, name
        assert "Example:" in res.output, f"{name} --help has no example"
        assert cmd.help


def test_build_stats_validate_on_bundled_data(runner: CliRunner, built) -> None:  # type: ignore[no-untyped-def]
    out, _ = built
    res = runner.invoke(main, ["stats", "--kg", str(out)])
    assert res.exit_code == 0, res.output
    assert "4 reports" in res.output and "Organizations discovered in the reports" in res.output
    res = runner.invoke(main, ["validate", "--kg", str(out)])
    assert res.exit_code == 0, res.output
    assert "conforms" in res.output


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing", "no such directory"),
        (lambda d: d, "no .txt reports in the directory"),
        (lambda d: ((d / "a.txt").write_text("", encoding="utf-8"), d)[1], "a.txt: the file is empty"),
        (lambda d: ((d / "a.txt").write_bytes(b"\xff\xfe\x00\x00binary\x00"), d)[1], "a.txt: looks like a binary file"),
        (lambda d: ((d / "a.txt").write_bytes("r\xe9sum\xe9 of ITU".encode("latin-1")), d)[1], "a.txt: not valid UTF-8"),
    ],
    ids=["missing-dir", "empty-dir", "empty-file", "binary", "not-utf8"],
)
def test_build_bad_input_exit_1_one_line_and_out_untouched(runner: CliRunner, tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    target = make(corpus)
    out = tmp_path / "out"
    out.mkdir()
    (out / "kg.trig").write_text("previous", encoding="utf-8")
    res = runner.invoke(main, ["build", "--corpus", str(target), "--out", str(out)])
    assert res.exit_code == 1
    assert res.output.startswith("Error: ") and message in res.output
    assert res.output.count("\n") == 1 and "Traceback" not in res.output
    assert (out / "kg.trig").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in out.iterdir()) == ["kg.trig"]


def test_build_malformed_metadata(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(ROOT / "data" / "reports" / "itu-c20-res191-intersectoral-coordination.txt", corpus)
    (corpus / "reports.yaml").write_text("reports:\n  - file: [oops\n", encoding="utf-8")
    res = runner.invoke(main, ["build", "--corpus", str(corpus), "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "reports.yaml: malformed YAML" in res.output
    assert not (tmp_path / "o").exists()


def test_bad_option_is_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(main, ["build", "--base", "not-an-iri", "--out", str(tmp_path / "o")])
    assert res.exit_code == 2 and "--base" in res.output
    res = runner.invoke(main, ["network", "--kind", "nope", "-o", "x.csv"])
    assert res.exit_code == 2


def test_unknown_publisher(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(main, ["build", "--publisher", "Nobody At All", "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "--publisher Nobody At All: not an organization of the registry" in res.output


def test_kg_path_missing(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(main, ["stats", "--kg", str(tmp_path / "nowhere")])
    assert res.exit_code == 1 and "run 'unkg build' first" in res.output


def test_build_without_metadata_infers_publisher(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(ROOT / "data" / "reports" / "itu-c23-collaboration-with-un-system.txt", corpus / "C23-collab.txt")
    out = tmp_path / "o"
    res = runner.invoke(main, ["build", "--corpus", str(corpus), "--out", str(out), "--no-validate"])
    assert res.exit_code == 0, res.output
    trig = (out / "kg.trig").read_text(encoding="utf-8")
    assert "id/report/C23-collab" in trig
    assert "dcterms:publisher <https://w3id.org/unkg/id/org/ITU>" in trig or "dcterms:publisher org:ITU" in trig or "/id/org/ITU>" in trig
    assert '"2023"^^xsd:gYear' in trig
