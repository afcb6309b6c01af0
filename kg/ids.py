"""Stable identifiers: slugs of names and content hashes of normalised parts (never uuid4 or time)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_SLUG = re.compile(r"[^A-Za-z0-9]+")


def fold(text: str) -> str:
    """Normalise a name for comparison: accents, case, quotes, dashes and spacing folded.

    Examples
    --------
    >>> fold("  The UN–Women’s  ")
    "un-women's"
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"\s+", " ", text).strip().lower()
    text = re.sub(r"^the ", "", text)
    return text


def name_key(text: str) -> str:
    """A matching key: :func:`fold`, then punctuation, hyphens and spaces removed.

    Examples
    --------
    >>> name_key("UN-Women") == name_key("UN Women")
    True
    """
    return re.sub(r"[^a-z0-9]+", "", fold(text))


def slug(text: str, keep_case: bool = False) -> str:
    """A readable IRI-safe slug.

    Examples
    --------
    >>> slug("Broadband Commission for Sustainable Development")
    'broadband-commission-for-sustainable-development'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    out = _NON_SLUG.sub("-", text).strip("-")
    out = out if keep_case else out.lower()
    return out[:80].rstrip("-") or "x"


def digest(*parts: str, length: int = 16) -> str:
    """A content hash of the parts (sha256, hex, truncated).

    Examples
    --------
    >>> digest("a", "b") == digest("a", "b")
    True
    """
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]
