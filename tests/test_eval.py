"""Measured quality: the extractor against the hand-made gold files in tests/gold/.

The floors below are the scores measured when this test was written: a change that lowers them
fails. The product targets (0.9 precision and recall for membership and org-org pairs) are not
met yet; see README "Quality". Raise the floors as extraction improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate

GOLD = Path(__file__).resolve().parent / "gold"

FLOORS = {
    # report: {kind: (precision, recall)}, about 0.03 under the scores measured at the end of session 8
    "itu-activities-report-2018-2022": {"organizations": (0.88, 0.97), "membership": (0.87, 0.87), "membership+role": (0.86, 0.86), "pairs": (0.96, 0.89), "mandates": (0.66, 0.72), "sdg": (0.97, 0.97)},
    "itu-c20-res191-intersectoral-coordination": {"organizations": (0.63, 0.97), "membership": (0.97, 0.97), "membership+role": (0.97, 0.97), "pairs": (0.97, 0.97), "mandates": (0.97, 0.47)},
    "itu-c22-inf-2-collaboration-with-un-system": {"organizations": (0.92, 0.87), "membership": (0.92, 0.89), "membership+role": (0.9, 0.88), "pairs": (0.94, 0.9), "mandates": (0.92, 0.86), "sdg": (0.87, 0.87)},
    "itu-c23-collaboration-with-un-system": {"organizations": (0.66, 0.97), "membership": (0.92, 0.9), "membership+role": (0.92, 0.9), "pairs": (0.97, 0.97), "mandates": (0.97, 0.56), "sdg": (0.97, 0.97)},
}


# Synthetic stand-ins for other reports of the series (tests/series/README.md), measured the same way
SERIES = Path(__file__).resolve().parent / "series"
SERIES_FLOORS = {
    # about 0.03 under the scores measured at the end of session 8 (C23 Res. 191 pairs: session 9)
    "itu-activities-report-2014-2018": {"organizations": (0.89, 0.9), "membership": (0.87, 0.73), "membership+role": (0.83, 0.71), "pairs": (0.97, 0.72), "mandates": (0.67, 0.71), "sdg": (0.87, 0.49)},
    "itu-c17-inf-collaboration-with-un-system": {"organizations": (0.9, 0.87), "membership": (0.89, 0.74), "membership+role": (0.84, 0.69), "pairs": (0.93, 0.78), "mandates": (0.73, 0.8), "sdg": (0.78, 0.62)},
    "itu-c18-inf-4-collaboration-with-un-system": {"organizations": (0.88, 0.94), "membership": (0.94, 0.77), "membership+role": (0.93, 0.76), "pairs": (0.96, 0.89), "mandates": (0.8, 0.83), "sdg": (0.68, 0.75)},
    "itu-c19-inf-8-collaboration-with-un-system": {"organizations": (0.92, 0.94), "membership": (0.96, 0.79), "membership+role": (0.92, 0.76), "pairs": (0.97, 0.9), "mandates": (0.8, 0.83), "sdg": (0.97, 0.85)},
    "itu-c20-inf-3-collaboration-with-un-system": {"organizations": (0.85, 0.9), "membership": (0.94, 0.79), "membership+role": (0.9, 0.76), "pairs": (0.94, 0.87), "mandates": (0.89, 0.81), "sdg": (0.97, 0.92)},
    "itu-c21-inf-2-collaboration-with-un-system": {"organizations": (0.9, 0.95), "membership": (0.95, 0.85), "membership+role": (0.93, 0.83), "pairs": (0.96, 0.94), "mandates": (0.87, 0.87), "sdg": (0.84, 0.79)},
    "itu-c23-res191-intersectoral-coordination": {"organizations": (0.92, 0.9), "membership": (0.92, 0.78), "membership+role": (0.87, 0.75), "pairs": (0.94, 0.8), "mandates": (0.31, 0.21), "sdg": (0.89, 0.83)},
    "itu-c24-inf-collaboration-with-un-system": {"organizations": (0.88, 0.86), "membership": (0.89, 0.65), "membership+role": (0.86, 0.63), "pairs": (0.95, 0.68), "mandates": (0.91, 0.89), "sdg": (0.9, 0.65)},
    # the four stand-ins written in session 9 (blind figures in tests/series/README.md): about 0.03 under their
    # scores at the end of session 9
    "itu-activities-report-2010-2014": {"organizations": (0.8, 0.66), "membership": (0.81, 0.45), "membership+role": (0.77, 0.42), "pairs": (0.93, 0.36), "mandates": (0.68, 0.6), "sdg": (0.0, 0.0)},
    "itu-c16-inf-collaboration-with-un-system": {"organizations": (0.89, 0.84), "membership": (0.82, 0.6), "membership+role": (0.8, 0.59), "pairs": (0.9, 0.61), "mandates": (0.73, 0.69), "sdg": (0.27, 0.23)},
    "itu-c19-res191-intersectoral-coordination": {"organizations": (0.9, 0.73), "membership": (0.81, 0.49), "membership+role": (0.78, 0.47), "pairs": (0.95, 0.39), "mandates": (0.56, 0.41), "sdg": (0.97, 0.97)},
    "itu-c25-inf-collaboration-with-un-system": {"organizations": (0.86, 0.83), "membership": (0.84, 0.55), "membership+role": (0.82, 0.54), "pairs": (0.9, 0.57), "mandates": (0.85, 0.82), "sdg": (0.9, 0.62)},
}


def _assert_floors(report: str, scores, floors) -> None:  # type: ignore[no-untyped-def]
    for kind, (p, r) in floors.items():
        s = scores[kind]
        assert s.precision >= p and s.recall >= r, f"{report} {kind}: P={s.precision:.3f} R={s.recall:.3f} below floor P>={p} R>={r}"


@pytest.mark.parametrize("report", sorted(FLOORS))
def test_scores_stay_above_floors(registry, report: str) -> None:  # type: ignore[no-untyped-def]
    _assert_floors(report, evaluate(GOLD / f"{report}.yaml", registry=registry).scores, FLOORS[report])


@pytest.mark.parametrize("report", sorted(SERIES_FLOORS))
def test_series_stand_ins_stay_above_floors(registry, report: str) -> None:  # type: ignore[no-untyped-def]
    res = evaluate(SERIES / "gold" / f"{report}.yaml", corpus=SERIES / "reports", registry=registry)
    _assert_floors(report, res.scores, SERIES_FLOORS[report])


@pytest.mark.parametrize("path", sorted([*GOLD.glob("*.yaml"), *(SERIES / "gold").glob("*.yaml")]), ids=lambda p: p.stem)
def test_gold_files_are_well_formed(path: Path) -> None:
    import re

    import yaml

    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert doc["report"] == path.stem
    corpus = SERIES / "reports" if path.parent.parent == SERIES else Path(__file__).resolve().parents[1] / "data" / "reports"
    text = re.sub(r"\s+", " ", (corpus / f"{path.stem}.txt").read_text(encoding="utf-8")).lower()
    for m in doc.get("memberships") or []:
        assert m["role"] in ("lead", "member") and m["org"] and m["grouping"]
    # a name with a comma in an unquoted YAML list falls apart ("[Sub-Committee on Navigation,
    # Communications and Search and Rescue, NCSR]" is three names): quote it
    for entry in [m["grouping"] for m in doc.get("memberships") or []] + [m["subject"] for m in (doc.get("mandates") or []) + (doc.get("sdg") or [])]:
        names = entry if isinstance(entry, list) else [entry]
        for a, b in zip(names, names[1:], strict=False):
            assert f"{a}, {b}".lower() not in text, f"{path.name}: quote the name {a}, {b!r}"


def test_perfect_prediction_scores_one(registry, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a gold file stating exactly what the extractor finds in a tiny report scores 1.0
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "r.txt").write_text(
        "1.\tCollaboration\n1.1\tITU and UNESCO co-chair the Inter-agency Working Group on AI. ITU collaborates with FAO on digital agriculture.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "r.yaml"
    gold.write_text(
        "report: r\npublisher: ITU\nscope: [all]\norganizations: [ITU, UNESCO, FAO]\n"
        "memberships:\n  - {org: ITU, grouping: [Inter-agency Working Group on AI], role: lead}\n"
        "  - {org: UNESCO, grouping: [Inter-agency Working Group on AI], role: lead}\n"
        "direct:\n  - [ITU, FAO]\n",
        encoding="utf-8",
    )
    res = evaluate(gold, corpus, registry)
    for kind in ("organizations", "membership", "membership+role", "pairs"):
        s = res.scores[kind]
        assert (s.precision, s.recall) == (1.0, 1.0), (kind, s.false_pos, s.false_neg)
    # and a wrong role is caught
    gold.write_text(gold.read_text(encoding="utf-8").replace("role: lead}\n  -", "role: member}\n  -"), encoding="utf-8")
    res = evaluate(gold, corpus, registry)
    assert res.scores["membership+role"].recall == 0.5 and res.scores["membership"].recall == 1.0
