"""The README documents every command and the two commands of the project."""

from __future__ import annotations

from pathlib import Path

from kg.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_has_the_two_commands() -> None:
    assert "make demo" in README and "make test" in README


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name in main.commands if f"unkg {name}" not in README]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_readme_exit_codes_match_cli_conventions() -> None:
    assert "| 1 | a user error" in README and "| 2 | a bad option" in README
