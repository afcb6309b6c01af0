"""Profile one build of the 10x synthetic corpus with cProfile and print the top entries.

The corpus is generated when missing (``bench/corpus.py``). The build writes to
``bench/work/out-profile`` and the raw profile to ``bench/work/build-10x.prof`` (open it with
``python -m pstats`` or snakeviz).

Usage::

    .venv/bin/python bench/profile.py                  # 10x, with validation, top 25 by cumulative time
    .venv/bin/python bench/profile.py --factor 1 --no-validate --sort tottime --top 40
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named like the standard library's ``profile``, which ``cProfile`` imports: take the
# script's own directory off the path first.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402
import cProfile  # noqa: E402
import pstats  # noqa: E402
from collections.abc import Sequence  # noqa: E402

from bench.corpus import ensure  # noqa: E402
from kg.errors import KgError  # noqa: E402
from kg.pipeline import BuildOptions, build  # noqa: E402

WORK = ROOT / "bench" / "work"


def profile_build(factor: int, validate: bool, out: Path) -> pstats.Stats:
    """Build the corpus of ``factor`` under cProfile; return the statistics (also saved to ``out``).

    Examples
    --------
    >>> profile_build(1, False, Path("/tmp/b.prof")).total_tt > 0    # doctest: +SKIP
    True
    """
    corpus = ensure(factor)
    options = BuildOptions(corpus=corpus, out=WORK / "out-profile", validate=validate)
    prof = cProfile.Profile()
    try:
        prof.runcall(build, options)
    except KgError as exc:  # e.g. a SHACL violation: the profile up to it is still worth reading
        print(f"the build failed: {exc}", file=sys.stderr)
    prof.dump_stats(out)
    return pstats.Stats(str(out))


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: see the module docstring."""
    ap = argparse.ArgumentParser(description="cProfile of one unkg build of a synthetic corpus.")
    ap.add_argument("--factor", type=int, default=10)
    ap.add_argument("--no-validate", action="store_true")
    ap.add_argument("--sort", default="cumulative", choices=("cumulative", "tottime", "ncalls"))
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    out = WORK / f"build-{args.factor}x{'-novalidate' if args.no_validate else ''}.prof"
    stats = profile_build(args.factor, not args.no_validate, out)
    print(f"build of the {args.factor}x corpus{' without validation' if args.no_validate else ''}: "
          f"{stats.total_tt:.1f} s under the profiler; profile in {out.relative_to(ROOT)}")
    stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
