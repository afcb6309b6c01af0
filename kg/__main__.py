"""``python -m kg`` runs the ``unkg`` command line."""

from kg.cli import main

main()
