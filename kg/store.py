"""Persistent stores: a built graph kept in an on-disk Oxigraph database instead of files.

A store is named by a spec, ``oxigraph:PATH``. ``unkg build --store oxigraph:PATH`` writes the
dataset there (the named graphs, and their de-duplicated union as the default graph, which the
saved queries read); every command that takes ``--kg`` accepts the same spec and reads from it:
``unkg query`` runs on Oxigraph's own SPARQL engine over the store, the views read it back.

Invariant: after a build the store holds exactly the build's quads; a failed build leaves the
previous content (the new content is loaded into a fresh store beside it, then swapped in).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from kg.errors import InputError

PREFIX = "oxigraph:"


def is_store_spec(value: str | Path) -> bool:
    """Whether ``--kg``/``--store`` names a store rather than a file or directory.

    Examples
    --------
    >>> is_store_spec("oxigraph:/var/unkg"), is_store_spec("out")
    (True, False)
    """
    return str(value).startswith(PREFIX)


def store_path(spec: str | Path) -> Path:
    """The directory of an ``oxigraph:PATH`` spec.

    Examples
    --------
    >>> store_path("oxigraph:/var/unkg")
    PosixPath('/var/unkg')
    """
    s = str(spec)
    if not s.startswith(PREFIX) or not s[len(PREFIX):].strip():
        raise InputError(f"{s}: a store is named oxigraph:PATH")
    return Path(s[len(PREFIX):])


def write_store(spec: str | Path, nquads: bytes) -> int:
    """Replace the store's content with these N-Quads; return the number of quads stored."""
    import pyoxigraph as ox

    path = store_path(spec)
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: exists and is not a store directory")
    staging = path.with_name(f".{path.name}.new")
    shutil.rmtree(staging, ignore_errors=True)
    store = ox.Store(str(staging))
    store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    # the default graph holds the union of the named graphs, each triple once
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.flush()
    count = len(store)
    del store
    old = path.with_name(f".{path.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        path.rename(old)
    staging.rename(path)
    shutil.rmtree(old, ignore_errors=True)
    return count


def open_store(spec: str | Path) -> Any:
    """The store, opened read-only (several readers may share it)."""
    import pyoxigraph as ox

    path = store_path(spec)
    if not path.is_dir():
        raise InputError(f"{path}: no such store; run 'unkg build --store oxigraph:{path}' first")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot open the store ({str(exc).splitlines()[0][:200]})") from None


def store_nquads(spec: str | Path) -> bytes:
    """The named graphs of a store as N-Quads (the views read them into rdflib)."""
    import pyoxigraph as ox

    store = open_store(spec)
    quads = [q for q in store.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph)]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
