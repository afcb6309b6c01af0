"""Reading a corpus: metadata, inferred ids and titles, and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus import infer_title, read_corpus, report_id_from_file
from kg.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


def test_bundled_corpus_reads_with_metadata() -> None:
    reports = read_corpus(ROOT / "data" / "reports")
    ids = [r.meta.id for r in reports]
    assert ids == sorted(ids) and len(ids) == 4
    c22 = next(r for r in reports if r.meta.symbol == "C22/INF/2")
    assert c22.meta.publisher == "ITU" and c22.meta.year == 2022 and c22.meta.metadata_source == "metadata"
    assert len(c22.content_hash) == 64


def test_report_without_metadata_gets_id_and_title(tmp_path: Path) -> None:
    (tmp_path / "C21 INF 2.txt").write_text("\tReport by the Secretary-General\n\nCOLLABORATION WITH THE UN SYSTEM\n\n1. Introduction\n", encoding="utf-8")
    [r] = read_corpus(tmp_path)
    assert r.meta.id == "C21-INF-2"
    assert r.meta.title == "Collaboration with the UN System"
    assert r.meta.metadata_source == "inferred" and r.meta.symbol is None


def test_title_page_gives_symbol_and_title(tmp_path: Path) -> None:
    # The title page of a Council information document, as text extracted from the Word original.
    page = (
        "Council 2021\nVirtual consultation of councillors, 8-18 June 2021\nDocument C21/INF/2-E\n"
        "23 March 2021\nEnglish only\nReport by the Secretary-General\n"
        "COLLABORATION WITH THE UNITED NATIONS SYSTEM\n\tSummary\n"
        "This report presents an overview of ITU’s activities and relationship with the UN system.\n"
        "References\nDocuments C08/INF/8, C18/INF/4, C19/INF/8, C20/INF/3\n"
    )
    (tmp_path / "c21.txt").write_text(page, encoding="utf-8")
    [r] = read_corpus(tmp_path)
    assert r.meta.symbol == "C21/INF/2"  # the document's own symbol, not one of its references
    assert r.meta.title == "Collaboration with the United Nations System"


def test_infer_title_skips_boilerplate() -> None:
    assert infer_title("Summary\nAction required\nEQUALS in the digital age\n") == "EQUALS in the digital age"
    assert report_id_from_file(Path("a/b c.txt")) == "b-c"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: None, "no .txt reports in the directory"),
        (lambda d: (d / "a.txt").write_text("", encoding="utf-8"), "a.txt: the file is empty"),
        (lambda d: (d / "a.txt").write_bytes("café".encode("latin-1")), "a.txt: not valid UTF-8"),
        (lambda d: (d / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "a.txt: looks like a binary file"),
        (lambda d: ((d / "a.txt").write_text("x y", encoding="utf-8"), (d / "reports.yaml").write_text("reports: [", encoding="utf-8")), "reports.yaml: malformed YAML"),
        (lambda d: ((d / "a.txt").write_text("x y", encoding="utf-8"), (d / "reports.yaml").write_text("reports:\n  - file: a.txt\n    colour: red\n", encoding="utf-8")), "unknown field(s) colour"),
        (lambda d: ((d / "a.txt").write_text("x y", encoding="utf-8"), (d / "reports.yaml").write_text("reports:\n  - file: b.txt\n", encoding="utf-8")), "describes b.txt, which is not in the directory"),
        (lambda d: ((d / "a.txt").write_text("x y", encoding="utf-8"), (d / "b.txt").write_text("x y", encoding="utf-8"),
                    (d / "reports.yaml").write_text("reports:\n  - file: a.txt\n    id: same\n  - file: b.txt\n    id: same\n", encoding="utf-8")), "duplicate report id 'same'"),
    ],
    ids=["empty-dir", "empty-file", "not-utf8", "binary", "bad-yaml", "unknown-field", "missing-file", "duplicate-id"],
)
def test_bad_input_is_one_line_error_naming_the_file(tmp_path: Path, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    setup(tmp_path)
    with pytest.raises(InputError) as err:
        read_corpus(tmp_path)
    assert message in str(err.value)
    assert "\n" not in str(err.value)
    assert str(tmp_path) in str(err.value)


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such directory"):
        read_corpus(tmp_path / "nope")


def test_unreadable_file_as_directory(tmp_path: Path) -> None:
    # a directory named like a report cannot be read: the error names it (works as root too)
    (tmp_path / "a.txt").mkdir()
    with pytest.raises(InputError, match=r"a\.txt: cannot read the file"):
        read_corpus(tmp_path)
