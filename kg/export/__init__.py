"""Exporters of network views: one module per output.

``formats``
    the files of ``unkg network``: GraphML, GEXF with time spells, CSV edge table, node-link JSON.
``html``
    ``unkg viz``: one standalone, offline HTML page drawing a network with a vendored vis-network.
``centrality_report``
    ``unkg centrality``: HTML, Markdown or CSV reports of :mod:`kg.centrality`.
"""
