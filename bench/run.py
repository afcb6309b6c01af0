"""The benchmark of issue 6: build time and memory on 1x, 10x and 100x corpora, and more.

One command (``make bench``) generates the synthetic corpora when missing (``bench/corpus.py``),
then measures, each run in its own subprocess so that peak RSS is that run's alone:

* extraction only (``kg.pipeline.extract_reports`` over ``kg.corpus.read_corpus``);
* the full build (``kg.pipeline.build``) without and with SHACL validation, with the time of each
  stage (the stage functions of ``kg.pipeline`` are wrapped with timers in the subprocess; no
  code of ``kg/`` changes);
* serialisation rates on the largest graph: rdflib's Turtle and N-Triples writers and
  pyoxigraph's, in triples per second;
* the median latency of every saved query on the rdflib and Oxigraph engines (``kg.queries``);
* ``unkg centrality`` and ``unkg viz`` (the whole command, Python start-up included).

It writes the tables to ``bench/RESULTS.md`` and the raw numbers to ``bench/work/results.json``.
Times are wall-clock seconds of the operation (imports excluded) unless said otherwise; "CPU" is
user + system time of the subprocess, which other load on the machine disturbs less.

Usage::

    .venv/bin/python bench/run.py                    # everything, about 15 minutes on 2 cores
    .venv/bin/python bench/run.py --factors 1 10     # skip the 100x corpus
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "RESULTS.md"
UNKG = Path(sys.executable).parent / "unkg"
TARGET = {1: 1.0, 10: 11.0, 100: 110.0}
STAGES = ("load_registry", "read_corpus", "extract_incremental", "extract_reports", "assemble", "build_dataset", "union_graph",
          "validate_graph", "serialize_sorted", "summarise", "serialize_trig", "Graph.serialize", "atomic_write_many")


# --- subprocess side ----------------------------------------------------------------------------


class StageTimer:
    """Wraps functions with timers; a call inside another timed call counts only for the outer one."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.last: dict[str, Any] = {}
        self._depth = 0

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._depth += 1
            start = time.perf_counter()
            try:
                result = fn(*args, **kwargs)
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start
            self.last[name] = result
            return result

        return timed


def child_extract(corpus: Path) -> dict[str, Any]:
    """Read the corpus and the registry, then time the extraction alone."""
    from kg.corpus import read_corpus
    from kg.pipeline import PROJECT_ROOT, extract_reports
    from kg.registry import load_registry

    t0 = time.perf_counter()
    registry = load_registry(PROJECT_ROOT / "data")
    t1 = time.perf_counter()
    reports = read_corpus(corpus)
    t2 = time.perf_counter()
    extractions = extract_reports(reports, registry)
    t3 = time.perf_counter()
    return {"seconds": t3 - t2, "stages": {"load_registry": t1 - t0, "read_corpus": t2 - t1, "extract_reports": t3 - t2},
            "reports": len(reports), "chars": sum(len(r.text) for r in reports), "extractions": len(extractions)}


def child_build(corpus: Path, out: Path, validate: bool, serialise: bool) -> dict[str, Any]:
    """Time ``kg.pipeline.build`` and its stages; optionally measure the serialisers afterwards."""
    import rdflib

    import kg.pipeline as pipeline

    timer = StageTimer()
    for name in STAGES:
        fn = getattr(pipeline, name, None)
        if callable(fn):
            setattr(pipeline, name, timer.wrap(name, fn))
    rdflib.Graph.serialize = timer.wrap("Graph.serialize", rdflib.Graph.serialize)  # type: ignore[method-assign]
    from kg.errors import ValidationError

    start = time.perf_counter()
    try:
        result = pipeline.build(pipeline.BuildOptions(corpus=corpus, out=out, validate=validate, incremental=False))
    except ValidationError as exc:  # the time up to the failure still tells what validation costs
        return {"seconds": time.perf_counter() - start, "stages": dict(timer.seconds), "failed": str(exc)[:300]}
    seconds = time.perf_counter() - start
    res: dict[str, Any] = {"seconds": seconds, "stages": dict(timer.seconds), "triples": result.counts.get("triples"),
                           "facts": result.counts.get("facts"), "groupings": result.counts.get("groupings"),
                           "reports": len(result.reports)}
    if serialise and timer.last.get("build_dataset") is not None:
        # a build without validation never makes the union graph: make it here, outside the timing
        graph = timer.last.get("union_graph") or pipeline.union_graph(timer.last["build_dataset"])
        res["serialisation"] = measure_serialisers(graph, None)
    return res


def measure_serialisers(graph: Any, turtle_seconds: float | None = None) -> dict[str, Any]:
    """Seconds of rdflib's Turtle and N-Triples writers and pyoxigraph's on ``graph``.

    ``turtle_seconds``, when the build has just written this graph as Turtle (``kg.ttl``), is
    taken as rdflib's Turtle time instead of writing it again.
    """
    n = len(graph)
    out: dict[str, Any] = {"triples": n}
    t = time.perf_counter()
    if turtle_seconds is None:
        graph.serialize(format="turtle")
    out["rdflib turtle"] = turtle_seconds or time.perf_counter() - t
    t = time.perf_counter()
    nt = graph.serialize(format="nt", encoding="utf-8")
    out["rdflib nt"] = time.perf_counter() - t
    try:
        import pyoxigraph as ox
    except ImportError:
        return out
    t = time.perf_counter()
    triples = list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))
    out["pyoxigraph parse nt"] = time.perf_counter() - t
    prefixes = {str(p): str(ns) for p, ns in graph.namespaces() if p}
    t = time.perf_counter()
    ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    out["pyoxigraph turtle"] = time.perf_counter() - t
    t = time.perf_counter()
    ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    out["pyoxigraph nt"] = time.perf_counter() - t
    return out


def child_queries(kg: Path, engine: str, reps: int, timeout: float, only: Sequence[str]) -> dict[str, Any]:
    """Open the graph on ``engine``, then run saved queries up to ``reps`` times (default parameters).

    A query that times out keeps running in a daemon thread (neither engine can cancel it) and
    would slow down every later query, so the subprocess stops there and says where
    (``stopped_at``); the parent starts a new one for the remaining queries.
    """
    from kg.queries import load_library, open_engine, run_query

    t = time.perf_counter()
    eng = open_engine(kg, engine)
    opened = time.perf_counter() - t
    times: dict[str, Any] = {}
    library = load_library()
    for name in only or sorted(library):
        samples: list[float] = []
        try:
            for _ in range(reps):
                t = time.perf_counter()
                run_query(eng, library[name], {}, timeout=timeout)
                samples.append(time.perf_counter() - t)
                if sum(samples) > 10:  # enough: a slow query is measured once or twice
                    break
            times[name] = samples
        except Exception as exc:  # a failing query is a result of the benchmark, not its end
            msg = str(exc).splitlines()[0] if str(exc) else ""
            times[name] = f"timeout ({timeout:g} s)" if "did not finish" in msg else f"{type(exc).__name__}: {msg[:80]}"
            if "did not finish" in msg:
                return {"seconds": opened, "queries": times, "stopped_at": name}
    return {"seconds": opened, "queries": times}


def query_names() -> list[str]:
    """The saved queries of ``queries/``, or none when ``kg.queries`` lacks its library API."""
    try:
        from kg.queries import load_library

        return sorted(load_library())
    except (ImportError, AttributeError):
        return []


def child_main(args: argparse.Namespace) -> None:
    """Run one measurement and print its result as one JSON line, with this process's peak RSS."""
    if args.child == "extract":
        res = child_extract(args.corpus)
    elif args.child == "build":
        res = child_build(args.corpus, args.out, args.validate, args.serialise)
    elif args.child == "queries":
        res = child_queries(args.kg, args.engine, args.reps, args.timeout, args.only.split(",") if args.only else [])
    else:
        raise SystemExit(f"unknown child {args.child}")
    res["self_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(res, sort_keys=True), flush=True)
    os._exit(0)  # do not wait for a timed-out query's daemon thread


# --- parent side --------------------------------------------------------------------------------


def spawn(cmd: Sequence[str], timeout: float) -> dict[str, Any]:
    """Run ``cmd``; its JSON result (if any) with wall time, CPU time and peak RSS from ``wait4``."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, cwd=ROOT)
        killer = threading.Timer(timeout, lambda: os.kill(proc.pid, signal.SIGKILL))
        killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    res: dict[str, Any] = {}
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if lines:
        res = json.loads(lines[-1])
    res.update(wall=wall, cpu=usage.ru_utime + usage.ru_stime, maxrss_mb=usage.ru_maxrss / 1024, rc=proc.returncode)
    if proc.returncode != 0:
        res["error"] = (stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1][:300]
        if proc.returncode == -signal.SIGKILL:
            res["error"] = f"killed after the {timeout:g} s limit"
    return res


def child_cmd(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--child", *args]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def summary(samples: list[dict[str, Any]], key: str = "seconds") -> dict[str, Any]:
    ok = [s for s in samples if "error" not in s and key in s]
    if not ok:
        return {"runs": 0, "error": samples[0].get("error", "no result") if samples else "not run"}
    vals = [float(s[key]) for s in ok]
    return {"runs": len(ok), "median": statistics.median(vals), "min": min(vals), "max": max(vals),
            "cpu": statistics.median(s["cpu"] for s in ok), "maxrss_mb": max(s["maxrss_mb"] for s in ok),
            "stages": {st: statistics.median(s.get("stages", {}).get(st, 0.0) for s in ok)
                       for st in sorted({k for s in ok for k in s.get("stages", {})})}}


def run(args: argparse.Namespace) -> dict[str, Any]:
    """All measurements; returns the raw results (also written to ``bench/work/results.json``)."""
    from bench.corpus import ensure

    results: dict[str, Any] = {"corpora": {}, "timings": {}, "queries": {}, "views": {}, "serialisation": None}
    for f in args.factors:
        t = time.perf_counter()
        d = ensure(f)
        files = sorted(d.glob("*.txt"))
        results["corpora"][f] = {"dir": str(d.relative_to(ROOT)), "files": len(files),
                                 "mb": sum(p.stat().st_size for p in files) / 1e6}
        log(f"corpus {f}x: {len(files)} files ({time.perf_counter() - t:.1f} s)")
    for f in args.factors:
        corpus = ROOT / results["corpora"][f]["dir"]
        reps = args.reps if f < 100 else args.reps_large
        out_dir = WORK / f"out-{f}x"
        plan: list[tuple[str, list[str]]] = [("extract", child_cmd("extract", "--corpus", str(corpus)))]
        plan.append(("build --no-validate", child_cmd("build", "--corpus", str(corpus), "--out", str(out_dir))))
        if f in args.validate_factors:
            plan.append(("build", child_cmd("build", "--corpus", str(corpus), "--out", str(WORK / f"out-{f}x-v"), "--validate")))
        for label, cmd in plan:
            samples = []
            for i in range(reps):
                extra = ["--serialise"] if label == "build --no-validate" and f == max(args.factors) and i == reps - 1 else []
                s = spawn(cmd + extra, args.timeout)
                log(f"{label} {f}x run {i + 1}/{reps}: {s.get('seconds', float('nan')):.2f} s, "
                    f"{s['maxrss_mb']:.0f} MB{' ERROR ' + s['error'] if 'error' in s else ''}")
                samples.append(s)
                if "serialisation" in s:
                    results["serialisation"] = s["serialisation"]
                if "error" in s:
                    break
            results["timings"].setdefault(label, {})[f] = {"samples": samples, **summary(samples)}
            if label == "build --no-validate" and samples and "triples" in samples[-1]:
                results["corpora"][f].update(triples=samples[-1]["triples"], facts=samples[-1]["facts"],
                                             groupings=samples[-1]["groupings"])
    names = query_names()
    for f in [q for q in args.query_factors if q in args.factors] if names else []:  # only graphs built in this run
        kg = WORK / f"out-{f}x"
        if not (kg / "kg.trig").exists():
            continue
        for engine in ("rdflib", "oxigraph"):
            merged: dict[str, Any] = {"queries": {}, "opens": []}
            todo = list(names)
            while todo:
                s = spawn(child_cmd("queries", "--kg", str(kg), "--engine", engine, "--reps", str(args.query_reps),
                                    "--query-timeout", str(args.query_timeout), "--only", ",".join(todo)), args.timeout)
                if "error" in s:
                    merged["error"] = s["error"]
                    break
                merged["opens"].append(s["seconds"])
                merged["maxrss_mb"] = max(merged.get("maxrss_mb", 0.0), s["maxrss_mb"])
                merged["queries"].update(s["queries"])
                stop = s.get("stopped_at")
                todo = todo[todo.index(stop) + 1 :] if stop else []
            merged["seconds"] = statistics.median(merged["opens"]) if merged["opens"] else None
            log(f"queries {f}x {engine}: open {_fmt(merged['seconds'])} s, {len(merged['opens'])} subprocess(es)"
                f"{' ERROR ' + merged['error'] if 'error' in merged else ''}")
            results["queries"].setdefault(f, {})[engine] = merged
    for f in [v for v in args.view_factors if v in args.factors]:
        kg = WORK / f"out-{f}x"
        if not (kg / "kg.trig").exists() or not UNKG.exists():
            continue
        views = {
            "unkg centrality --kind collaboration": ["centrality", "--kg", str(kg), "--kind", "collaboration", "-o", str(WORK / f"centrality-{f}x.html")],
            "unkg viz --kind collaboration": ["viz", "--kg", str(kg), "--kind", "collaboration", "-o", str(WORK / f"viz-{f}x.html")],
        }
        for label, cmd in views.items():
            samples = []
            for _ in range(args.view_reps):
                s = spawn([str(UNKG), *cmd], args.timeout)
                s["seconds"] = s["wall"]
                samples.append(s)
                log(f"{label} {f}x: {s['wall']:.2f} s{' ERROR ' + s['error'] if 'error' in s else ''}")
                if "error" in s:
                    break
            results["views"].setdefault(label, {})[f] = summary(samples)
    return results


# --- the report ---------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    mem = "unknown"
    try:
        kb = int(next(li for li in Path("/proc/meminfo").read_text().splitlines() if li.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, StopIteration, ValueError):
        pass
    return {"cpus": str(os.cpu_count()), "nproc": shutil.which("nproc") and subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip() or "?",
            "cpu": model, "memory": mem, "python": platform.python_version(), "platform": platform.platform(), "load": load}


def _fmt(x: float | None, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def render(results: dict[str, Any], info: dict[str, str], date: str, elapsed: float | None) -> str:
    """The Markdown report."""
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`bench/run.py`); see `bench/README.md` for what is measured and how.",
        "",
        f"- Date: {date}",
        f"- Machine: {info['nproc']} cores available (`nproc`), {info['cpu']}, {info['memory']} RAM, {info['platform']}",
        f"- Python {info['python']}; load average at the start {info['load']} (the machine is shared: "
        "CPU seconds are less disturbed by other load than wall seconds)",
        f"- Whole run: {elapsed / 60:.1f} min" if elapsed else "- Whole run: –",
        "",
        "## Corpora",
        "",
        "| corpus | reports | text MB | triples | facts | groupings |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for f, c in sorted(results["corpora"].items(), key=lambda kv: int(kv[0])):
        lines.append(f"| {f}x (`{c['dir']}`) | {c['files']} | {c['mb']:.1f} | {c.get('triples', '–')} | {c.get('facts', '–')} | {c.get('groupings', '–')} |")
    lines += ["", "## Times", "",
              "Seconds of the operation in its own subprocess (imports excluded); ratio = median / median at 1x; "
              "target: at most 11x at 10x and 110x at 100x. CPU s is user + system time of the whole subprocess "
              "(start-up, imports and reading the registry included, so its ratios are lower).", "",
              "| measurement | corpus | runs | median s | min s | max s | CPU s | peak RSS MB | ratio to 1x | CPU ratio | target |",
              "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    notes: list[str] = []
    order = ("extract", "build --no-validate", "build")
    for label, by_f in sorted(results["timings"].items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 9):
        base = by_f.get(1)
        for f, s in sorted(by_f.items(), key=lambda kv: int(kv[0])):
            f = int(f)
            if not s.get("runs"):
                lines.append(f"| {label} | {f}x | 0 | – | – | – | – | – | – | – | {s.get('error', '')} |")
                continue
            ratio = s["median"] / base["median"] if base and base.get("runs") else None
            cratio = s["cpu"] / base["cpu"] if base and base.get("runs") else None
            target = "–" if f == 1 or ratio is None else ("met" if ratio <= TARGET.get(f, f * 1.1) else f"**missed** (≤ {TARGET.get(f, f * 1.1):g}x)")
            failed = [x["failed"] for x in s.get("samples", []) if "failed" in x]
            if failed:
                target = "**fails SHACL validation**: time up to the failure (no summary, no writing)"
                notes.append(f"{label} {f}x: {failed[0]}")
            lines.append(f"| {label} | {f}x | {s['runs']} | {_fmt(s['median'])} | {_fmt(s['min'])} | {_fmt(s['max'])} | "
                         f"{_fmt(s['cpu'], 1)} | {s['maxrss_mb']:.0f} | {_fmt(ratio, 1)} | {_fmt(cratio, 1)} | {target} |")
    big = max((int(f) for by_f in results["timings"].values() for f in by_f), default=0)
    if results.get("serialisation") and big:
        lines += ["", f"The `build --no-validate` run at {big}x also measures the serialisers (below) after the build, "
                  "in the same subprocess: its peak RSS includes that."]
    if notes:
        lines += ["", "Validation failures:", ""] + [f"- {n}" for n in notes]
    lines += ["", "### Where the build's time goes", "",
              "Median seconds per stage of `kg.pipeline.build`: `extract_incremental` is the extraction (with its cache), "
              "`serialize_sorted` writes N-Quads with rdflib, then sorts them and writes `kg.trig` and `kg.ttl` with "
              "Oxigraph; `union_graph` (the union as one rdflib graph) is made only for SHACL validation.", ""]
    for label in ("build --no-validate", "build"):
        by_f = results["timings"].get(label, {})
        fs = [int(f) for f, s in sorted(by_f.items(), key=lambda kv: int(kv[0])) if s.get("runs")]
        if not fs:
            continue
        stages = sorted({st for f in fs for st in by_f[f]["stages"]}, key=lambda st: STAGES.index(st) if st in STAGES else 99)
        lines += [f"`{label}`:", "", "| stage | " + " | ".join(f"{f}x s" for f in fs) + " | share at " + f"{fs[-1]}x |",
                  "|---|" + "---:|" * (len(fs) + 1)]
        total = by_f[fs[-1]]["median"]
        for st in stages:
            vals = [by_f[f]["stages"].get(st) for f in fs]
            share = (by_f[fs[-1]]["stages"].get(st, 0.0) / total * 100) if total else 0.0
            lines.append(f"| {st} | " + " | ".join(_fmt(v) for v in vals) + f" | {share:.0f} % |")
        lines.append("")
    ser = results.get("serialisation")
    if ser:
        n = ser["triples"]
        lines += ["## Serialisation", "", f"The union graph of the largest build ({n} triples), written to memory.", "",
                  "| writer | seconds | triples/s |", "|---|---:|---:|"]
        for k in ("rdflib turtle", "rdflib nt", "pyoxigraph turtle", "pyoxigraph nt", "pyoxigraph parse nt"):
            if k in ser:
                lines.append(f"| {k} | {ser[k]:.2f} | {n / ser[k]:,.0f} |")
        lines.append("")
    if results["queries"]:
        lines += ["## Saved queries", "",
                  "Median milliseconds per saved query (default parameters) on the rdflib and Oxigraph engines of "
                  "`kg.queries`; ratio = rdflib / Oxigraph. `open` is loading the graph into the engine (s).", ""]
        fs = sorted(results["queries"], key=int)
        head = "| query | " + " | ".join(f"{f}x rdflib ms | {f}x oxigraph ms | {f}x ratio" for f in fs) + " |"
        lines += [head, "|---|" + "---:|---:|---:|" * len(fs)]
        names = sorted({q for f in fs for e in results["queries"][f].values() for q in e.get("queries", {})})
        row = "| open (s) |"
        for f in fs:
            r, o = (results["queries"][f].get(e, {}).get("seconds") for e in ("rdflib", "oxigraph"))
            row += f" {_fmt(r)} | {_fmt(o)} | {_fmt(r / o if r and o else None, 1)} |"
        lines.append(row)
        for q in names:
            row = f"| {q} |"
            for f in fs:
                cells = []
                for e in ("rdflib", "oxigraph"):
                    v = results["queries"][f].get(e, {}).get("queries", {}).get(q)
                    cells.append(statistics.median(v) * 1000 if isinstance(v, list) and v else (v or "–"))
                r, o = cells
                ratio = _fmt(r / o, 1) if isinstance(r, float) and isinstance(o, float) and o else "–"
                row += "".join(f" {_fmt(c, 1) if isinstance(c, float) else str(c).replace('|', '/')} |" for c in cells) + f" {ratio} |"
            lines.append(row)
        lines.append("")
    if not results["queries"]:
        lines += ["## Saved queries", "", "Not measured: `kg.queries` has no `load_library`/`open_engine`/`run_query`, "
                  "or no graph was built for the query corpora.", ""]
    if results["views"]:
        lines += ["## Centrality report and HTML view", "",
                  "Wall seconds of the whole command (Python start-up and loading `kg.trig` included).", "",
                  "| command | corpus | runs | median s | min s | max s | peak RSS MB |", "|---|---|---:|---:|---:|---:|---:|"]
        for label, by_f in results["views"].items():
            for f, s in sorted(by_f.items(), key=lambda kv: int(kv[0])):
                if s.get("runs"):
                    lines.append(f"| `{label}` | {f}x | {s['runs']} | {_fmt(s['median'])} | {_fmt(s['min'])} | {_fmt(s['max'])} | {s['maxrss_mb']:.0f} |")
                else:
                    lines.append(f"| `{label}` | {f}x | 0 | – | – | – | {s.get('error', '')} |")
        lines.append("")
    return "\n".join(lines)


def atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Benchmark of the unkg build (issue 6).")
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--reps", type=int, default=3, help="runs per measurement below 100x")
    ap.add_argument("--reps-large", type=int, default=1, help="runs per measurement at 100x and above")
    ap.add_argument("--validate-factors", type=int, nargs="*", default=[1, 10, 100],
                    help="corpora to build with SHACL validation too")
    ap.add_argument("--query-factors", type=int, nargs="*", default=[1, 10, 100])
    ap.add_argument("--query-reps", type=int, default=3)
    ap.add_argument("--query-timeout", type=float, default=30.0)
    ap.add_argument("--view-factors", type=int, nargs="*", default=[1, 10, 100])
    ap.add_argument("--view-reps", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds before a measurement is killed")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--render", action="store_true",
                    help="only rewrite the report from the raw results (bench/work/results.json, or --out with .json)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--kg", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--engine", help=argparse.SUPPRESS)
    ap.add_argument("--validate", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--serialise", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--only", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    raw_path = WORK / "results.json" if args.out == RESULTS else args.out.with_suffix(".json")
    if args.render:  # only rewrite the report from the raw results of the last run
        if not raw_path.exists():
            raise SystemExit(f"{raw_path}: no raw results; run the benchmark first")
        raw = json.loads(raw_path.read_text(encoding="utf-8"))
        raw["corpora"] = {int(f): v for f, v in raw["corpora"].items()}
        raw["queries"] = {int(f): v for f, v in raw["queries"].items()}
        for part in ("timings", "views"):
            raw[part] = {label: {int(f): v for f, v in by_f.items()} for label, by_f in raw[part].items()}
        atomic_write(args.out, render(raw, raw["machine"], raw["date"], raw.get("elapsed")) + "\n")
        return
    if args.child:
        args.reps, args.timeout = args.query_reps, args.query_timeout
        child_main(args)
        return
    WORK.mkdir(parents=True, exist_ok=True)
    info = machine()
    date = os.environ.get("BENCH_DATE") or dt.date.today().isoformat()
    start = time.perf_counter()
    results = run(args)
    elapsed = time.perf_counter() - start
    atomic_write(raw_path, json.dumps({"machine": info, "date": date, "elapsed": elapsed, **results}, indent=1, sort_keys=True, default=str))
    atomic_write(args.out, render(results, info, date, elapsed) + "\n")
    log(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
