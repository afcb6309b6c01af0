"""The bundled corpus built once per test process, for smoke runs of the network views.

Not a test module: tests/test_network.py, test_centrality.py and test_html.py import
:func:`bundled_out` in a session-scoped fixture, so the build runs once whichever run first.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path


@functools.lru_cache(maxsize=1)
def bundled_out() -> Path:
    """Build data/reports into a temporary directory (removed at exit); returns that directory."""
    from kg.pipeline import BuildOptions, build

    tmp = Path(tempfile.mkdtemp(prefix="unkg-bundled-"))
    atexit.register(shutil.rmtree, tmp, True)
    build(BuildOptions(out=tmp))
    return tmp
