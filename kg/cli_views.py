"""``unkg viz`` and ``unkg centrality``: thin commands over kg.network, kg.centrality and kg.export."""

from __future__ import annotations
