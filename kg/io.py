"""Atomic file output: write to a temporary file in the target directory, then rename.

Invariant: a reader never sees a half-written output; on error the previous file stays as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_MODE = 0o666 & ~_umask()  # what open() would give a new file: temporary files start at 0600


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO[str]]:
    """Open a temporary file beside ``path``; rename it over ``path`` when the block succeeds.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_open(p) as fh:
    ...     _ = fh.write("hello")
    >>> p.read_text()
    'hello'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, _MODE)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else "") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically (text as UTF-8).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "b.txt"
    >>> atomic_write(p, "x")
    >>> p.read_text()
    'x'
    """
    if isinstance(data, bytes):
        with atomic_open(path, "wb") as fh:
            fh.write(data)  # type: ignore[arg-type]
    else:
        with atomic_open(path, "w") as fh:
            fh.write(data)


def atomic_write_many(files: dict[Path, str | bytes]) -> None:
    """Write several files so that either all of them are replaced or none is.

    Every file is first written to a temporary sibling; only when all are written are they renamed,
    and if a rename fails the files already renamed are put back as they were.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            os.chmod(tmp, _MODE)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            staged.append((tmp, path))
        for _, path in staged:
            if path.is_dir():
                raise IsADirectoryError(f"{path}: is a directory")
        backups: list[tuple[Path, str | None]] = []
        try:
            for tmp, path in staged:
                backup = None
                if path.exists():
                    fd, backup = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bak", dir=path.parent)
                    os.close(fd)
                    os.replace(path, backup)
                backups.append((path, backup))
                os.replace(tmp, path)
        except BaseException:
            for path, backup in reversed(backups):  # put every file back as it was
                if backup is not None:
                    os.replace(backup, path)
                else:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(path)
            raise
        for _, backup in backups:
            if backup is not None:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(backup)
    finally:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
