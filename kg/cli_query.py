"""``unkg query``, ``unkg queries``, ``unkg reason`` and ``unkg serve``: thin commands over kg.queries."""

from __future__ import annotations
