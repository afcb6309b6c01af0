"""SPARQL over a built graph: the saved-query library, safe parameters, two engines, result formats.

A saved query is a ``queries/NAME.rq`` file whose leading comment block is its documentation::

    # title: Partners of an organization
    # description: One paragraph; lines that start with "#" and two spaces
    #   continue the field above.
    # param: org organization = ITU -- the organization whose partners to list
    # param: other organization required -- a required parameter has no default
    # lists: groupings
    # example: unkg query partners --param org=UNICEF

A parameter is a SPARQL variable of the query (``?org``). Its value is resolved to an RDF term
of its declared type (:data:`PARAM_TYPES`) and handed to the engine as a binding (pyoxigraph
``substitutions``, rdflib ``initBindings``); it is never pasted into the query text, so no
parameter can change what the query does. Every parameter has a default or is required: the two
engines do not agree on what an unbound "parameter" means inside OPTIONAL or a sub-query. For the
same reason a parameter variable must be projected by the outer SELECT and by every sub-query
that uses it, and must occur in a required (not OPTIONAL) pattern; the table output hides these
echo columns. ``lists`` names result columns that are ``"; "``-joined
``GROUP_CONCAT`` lists; their items are sorted so that every engine prints the same answer.

Safety invariant: :func:`run_query` never modifies the build output and never touches the
network unless asked. SPARQL Update runs only with ``allow_update`` (and then on the in-memory
copy), ``SERVICE`` only with ``allow_service``, rdflib never loads ``FROM`` graphs from the web,
and every query runs under a timeout.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol, TypeAlias, TypeVar

from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

from kg.errors import InputError, QueryError
from kg.ids import name_key
from kg.namespaces import PREFIXES, UNKG

PROJECT_ROOT = Path(__file__).resolve().parent.parent
QUERIES_DIR = PROJECT_ROOT / "queries"
ENGINES = ("oxigraph", "rdflib")
FORMATS = ("table", "csv", "json", "md")
REASONING = ("none", "schema", "rdfs", "owlrl")
PARAM_TYPES = ("organization", "grouping", "resolution", "sdg", "report", "entity", "literal", "integer")
DEFAULT_TIMEOUT = 30.0
LIST_SEPARATOR = "; "

T = TypeVar("T")
Term = Node


# --- the library -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Param:
    """A declared parameter of a saved query: the variable name, its type, default, description."""

    name: str
    type: str
    default: str | None = None
    required: bool = False
    description: str = ""

    def usage(self) -> str:
        if self.required:
            return f"{self.name}={self.type.upper()} (required)"
        return f"{self.name}={self.type.upper()} (default {self.default})"


@dataclass(frozen=True, slots=True)
class SavedQuery:
    """A SPARQL query with its header: what it asks, its parameters and an example command."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()
    lists: tuple[str, ...] = ()
    example: str = ""
    path: Path | None = None

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def header(self) -> str:
        """The documentation of the query, as ``--help-query`` prints it."""
        lines = [f"{self.name}: {self.title}" if self.title else self.name]
        if self.description:
            lines += ["", *_wrap(self.description, 78)]
        if self.params:
            lines += ["", "Parameters:"]
            for p in self.params:
                lines.append(f"  {p.usage()}")
                if p.description:
                    lines += [f"      {line}" for line in _wrap(p.description, 72)]
        if self.example:
            lines += ["", f"Example: {self.example}"]
        return "\n".join(lines)


_HEADER_KEY = re.compile(r"^#\s?(title|description|param|lists|example):\s*(.*)$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)\s*(?:(?P<required>required)|=\s*(?P<default>.*?))?\s*(?:--\s*(?P<desc>.*))?$")


def parse_saved_query(text: str, name: str, path: Path | None = None) -> SavedQuery:
    """Read the header comment of a query file (see the module docstring for the format).

    Examples
    --------
    >>> q = parse_saved_query("# title: T\\n# param: org organization = ITU -- who\\nSELECT * {}", "x")
    >>> (q.title, q.params[0].default)
    ('T', 'ITU')
    """
    fields: dict[str, list[str]] = {"title": [], "description": [], "lists": [], "example": []}
    params: list[str] = []
    current: list[str] | None = None
    where = path or name
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.startswith("#"):
            if line.strip():
                break
            current = None
            continue
        m = _HEADER_KEY.match(line)
        if m:
            key, value = m.groups()
            if key == "param":
                params.append(value)
                current = params
            else:
                current = fields[key]
                current.append(value)
        elif current is not None and line.startswith("#  ") and line[1:].strip():
            current[-1] = f"{current[-1]} {line[1:].strip()}"
        else:
            current = None
    parsed: list[Param] = []
    for spec in params:
        m = _PARAM.match(spec.strip())
        if not m or m["type"] not in PARAM_TYPES:
            raise QueryError(f"{where}: bad parameter declaration {spec!r} "
                             f"(expected 'NAME TYPE [= DEFAULT | required] -- DESCRIPTION', TYPE one of {', '.join(PARAM_TYPES)})")
        if not m["required"] and not m["default"]:
            raise QueryError(f"{where}: parameter {m['name']!r} needs a default ('= VALUE') or 'required'")
        parsed.append(Param(m["name"], m["type"], m["default"] or None, bool(m["required"]), (m["desc"] or "").strip()))
    return SavedQuery(
        name=name, text=text, path=path,
        title=" ".join(fields["title"]).strip(),
        description=" ".join(fields["description"]).strip(),
        params=tuple(parsed),
        lists=tuple(v for item in fields["lists"] for v in item.replace(",", " ").split()),
        example=" ".join(fields["example"]).strip(),
    )


def load_library(directory: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    """Every saved query of ``directory`` (``*.rq``), by name (the file stem), sorted.

    Examples
    --------
    >>> "partners" in load_library()
    True
    """
    if not directory.is_dir():
        raise InputError(f"{directory}: no such query directory")
    return {p.stem: parse_saved_query(p.read_text(encoding="utf-8"), p.stem, p) for p in sorted(directory.glob("*.rq"))}


def load_query(spec: str, stdin: Callable[[], str] | None = None, directory: Path = QUERIES_DIR) -> SavedQuery:
    """The query ``spec`` names: a saved query's name, a ``.rq``/``.sparql`` file, or ``-`` for stdin.

    Examples
    --------
    >>> load_query("partners").params[0].name
    'org'
    """
    if spec == "-":
        if stdin is None:
            raise QueryError("no query on standard input")
        return parse_saved_query(stdin(), "-")
    path = Path(spec)
    if spec.endswith((".rq", ".sparql")) or path.is_file():
        if not path.is_file():
            raise InputError(f"{spec}: no such query file")
        return parse_saved_query(path.read_text(encoding="utf-8"), path.stem, path)
    library = load_library(directory)
    if spec in library:
        return library[spec]
    close = difflib.get_close_matches(spec, list(library), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else "; 'unkg queries' lists them"
    raise QueryError(f"no saved query named {spec!r}{hint}")


# --- checking a query before it runs -----------------------------------------------------------

_STRIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'       # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'                 # short strings
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"                 # IRIs
    r"|#[^\n]*",                            # comments
)
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_QUERY_WORDS = {"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"}


def _code_only(text: str) -> str:
    """The query with strings, IRIs and comments blanked, keeping offsets (for keyword checks)."""
    return _STRIP.sub(lambda m: " " * len(m.group(0)) if "\n" not in m.group(0) else re.sub(r"[^\n]", " ", m.group(0)), text)


def query_form(text: str) -> str:
    """``"query"`` or ``"update"``: the form of a SPARQL request, from its first keyword.

    Examples
    --------
    >>> query_form("PREFIX x: <urn:x#> INSERT DATA { x:a x:b x:c }")
    'update'
    """
    code = _code_only(text)
    for word in re.findall(r"(?<![\w:?$])[A-Za-z]+(?![\w:])", code):
        upper = word.upper()
        if upper in ("PREFIX", "BASE"):
            continue
        if upper in _UPDATE_WORDS:
            return "update"
        if upper in _QUERY_WORDS:
            return "query"
    return "query"


def uses_service(text: str) -> bool:
    """Whether the query calls a remote endpoint (the ``SERVICE`` keyword outside strings/IRIs).

    Examples
    --------
    >>> uses_service('SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }')
    True
    >>> uses_service('SELECT ?service { ?service <urn:p> "SERVICE" }')
    False
    """
    return re.search(r"(?<![\w:?$])SERVICE(?![\w:])", _code_only(text), re.IGNORECASE) is not None


def check_query(text: str, allow_update: bool = False, allow_service: bool = False) -> str:
    """Refuse what is not allowed; return the form (``"query"`` or ``"update"``).

    Raises
    ------
    QueryError
        For SPARQL Update without ``allow_update`` and SERVICE without ``allow_service``.
    """
    if not text.strip():
        raise QueryError("the query is empty")
    form = query_form(text)
    if form == "update" and not allow_update:
        raise QueryError("SPARQL Update is refused: the graph is read-only (use --allow-update to run it on an in-memory copy)")
    if uses_service(text) and not allow_service:
        raise QueryError("SERVICE (a call to a remote endpoint) is refused; use --allow-service to permit network access")
    return form


def syntax_error(text: str, engine_message: str, where: str = "query") -> QueryError:
    """A one-line syntax error with line, column and the offending text.

    pyparsing (rdflib's parser) locates errors better than Oxigraph, so its position is used
    when it also rejects the query; otherwise Oxigraph's ``error at L:C`` is reported.
    """
    line = col = None
    reason = engine_message.strip().splitlines()[0] if engine_message.strip() else "invalid SPARQL"
    try:
        from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

        (parseUpdate if query_form(text) == "update" else parseQuery)(text)
    except Exception as exc:  # pyparsing.ParseException and friends
        line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
        msg = getattr(exc, "msg", "") or ""
        if msg and len(msg) < 120:
            reason = msg
    if line is None:
        m = re.search(r"(\d+):(\d+)", engine_message)
        if m:
            line, col = int(m.group(1)), int(m.group(2))
    reason = re.sub(r"^error at \d+:\d+:\s*", "", reason)
    if line is None or col is None:
        return QueryError(f"{where}: syntax error: {reason}")
    lines = text.splitlines() or [""]
    src = lines[min(max(line, 1), len(lines)) - 1]
    near = src[max(col - 1, 0):].strip()[:30] or "end of line"
    return QueryError(f"{where}: syntax error at line {line}, column {col}, near {near!r}: {reason}")


# --- results -----------------------------------------------------------------------------------


@dataclass
class ResultSet:
    """What a query returned, engine-independent: SELECT rows, an ASK boolean or CONSTRUCT triples.

    Terms are rdflib terms; plain literals carry no ``xsd:string`` datatype.
    """

    kind: str  # "select", "ask", "graph" or "update"
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False
    message: str = ""
    params: tuple[str, ...] = ()  # columns that only echo a bound parameter: hidden in table and md

    def as_dicts(self) -> list[dict[str, str]]:
        """Rows as ``{var: str(value)}`` (unbound variables left out): handy in tests."""
        return [{v: str(t) for v, t in zip(self.vars, row, strict=True) if t is not None} for row in self.rows]

    def column(self, var: str) -> list[str]:
        i = self.vars.index(var)
        return [str(r[i]) if r[i] is not None else "" for r in self.rows]


def _sort_lists(rs: ResultSet, lists: Sequence[str]) -> None:
    idx = [rs.vars.index(v) for v in lists if v in rs.vars]
    if not idx:
        return
    rows = []
    for row in rs.rows:
        cells = list(row)
        for i in idx:
            t = cells[i]
            if isinstance(t, Literal):  # Oxigraph keeps a common language tag on GROUP_CONCAT; rdflib drops it
                items = sorted({s.strip() for s in str(t).split(LIST_SEPARATOR.strip()) if s.strip()})
                cells[i] = Literal(LIST_SEPARATOR.join(items))
        rows.append(tuple(cells))
    rs.rows = rows


# --- engines -----------------------------------------------------------------------------------


class Engine(Protocol):
    """A loaded graph that answers SPARQL; both implementations give the same answers."""

    name: str

    def select(self, text: str, bindings: Mapping[str, Term], limit: int | None) -> ResultSet: ...

    def update(self, text: str) -> str: ...

    def triple_count(self) -> int: ...


def _prolog() -> dict[str, str]:
    return {k: str(v) for k, v in PREFIXES.items()}


class OxigraphEngine:
    """pyoxigraph's in-memory store. Named graphs are kept; the default graph holds their merge.

    pyoxigraph 0.5's ``use_default_graph_as_union`` repeats a triple once per graph that holds it
    (so ``COUNT`` over the union over-counts), hence the explicit, de-duplicated default graph.
    """

    name = "oxigraph"

    def __init__(self) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.store = ox.Store()

    @classmethod
    def from_file(cls, path: Path) -> OxigraphEngine:
        eng = cls()
        ox = eng.ox
        fmt = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES}.get(path.suffix)
        if fmt is None:
            raise InputError(f"{path}: unknown graph format (use .trig, .ttl, .nq or .nt)")
        try:
            eng.store.load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(f"{path}: cannot parse the graph ({str(exc).splitlines()[0][:200]})") from None
        eng._merge_named_graphs()
        return eng

    @classmethod
    def from_store(cls, spec: str | Path) -> OxigraphEngine:
        """A persistent store built with ``unkg build --store oxigraph:PATH``, queried in place.

        Read-only; an inferred graph (``--reasoning``) goes to an in-memory copy instead.
        """
        from kg.store import open_store

        eng = cls()
        eng.store = open_store(spec)
        return eng

    @classmethod
    def from_dataset(cls, ds: Dataset) -> OxigraphEngine:
        eng = cls()
        data = ds.serialize(format="nquads")
        eng.store.load(data.encode("utf-8") if isinstance(data, str) else data, format=eng.ox.RdfFormat.N_QUADS)
        eng._merge_named_graphs()
        return eng

    def add_graph(self, g: Graph, name: URIRef) -> None:
        data = g.serialize(format="nt")
        self.store.load(data.encode("utf-8") if isinstance(data, str) else data, format=self.ox.RdfFormat.N_TRIPLES,
                        to_graph=self.ox.NamedNode(str(name)))
        self._merge_named_graphs()

    def _merge_named_graphs(self) -> None:
        self.store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    def triple_count(self) -> int:
        return len(list(self.store.quads_for_pattern(None, None, None, self.ox.DefaultGraph())))

    def to_ox(self, t: Term) -> Any:
        return _to_ox(t)

    def from_ox(self, t: Any) -> Term | None:
        ox = self.ox
        if t is None:
            return None
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            dt = t.datatype.value if t.datatype is not None else None
            if dt is None or dt == str(XSD.string):
                return Literal(t.value)
            return Literal(t.value, datatype=URIRef(dt))
        raise QueryError(f"unsupported result term {t!r}")

    def select(self, text: str, bindings: Mapping[str, Term], limit: int | None) -> ResultSet:
        import pyoxigraph as ox  # typed, so that the result kinds below narrow

        subs = {ox.Variable(k): self.to_ox(v) for k, v in bindings.items()}
        try:
            res = self.store.query(text, prefixes=_prolog(), substitutions=subs or None)
        except SyntaxError as exc:
            raise syntax_error(text, str(exc)) from None
        except OSError as exc:
            raise QueryError(f"query failed: {str(exc).splitlines()[0][:200]}") from None
        if isinstance(res, ox.QueryBoolean):
            return ResultSet("ask", boolean=bool(res))
        if isinstance(res, ox.QueryTriples):
            rows: list[tuple[Term | None, ...]] = []
            for i, tr in enumerate(res):
                if limit is not None and i >= limit:
                    return ResultSet("graph", ["subject", "predicate", "object"], rows, truncated=True)
                rows.append((self.from_ox(tr.subject), self.from_ox(tr.predicate), self.from_ox(tr.object)))
            return ResultSet("graph", ["subject", "predicate", "object"], rows)
        names = [v.value for v in res.variables]
        out: list[tuple[Term | None, ...]] = []
        truncated = False
        for i, sol in enumerate(res):
            if limit is not None and i >= limit:
                truncated = True
                break
            out.append(tuple(self.from_ox(sol[n]) for n in names))
        return ResultSet("select", names, out, truncated=truncated)

    def update(self, text: str) -> str:
        before = len(self.store)
        try:
            self.store.update(text, prefixes=_prolog())
        except SyntaxError as exc:
            raise syntax_error(text, str(exc)) from None
        except OSError as exc:
            raise QueryError(f"update failed: {str(exc).splitlines()[0][:200]}") from None
        return f"update applied to the in-memory copy ({len(self.store) - before:+d} quads); the graph files are unchanged"


def _bindable(t: Term) -> Identifier:
    """A term as rdflib binds it: an IRI, blank node or literal (the terms parameters produce)."""
    if not isinstance(t, Identifier):
        raise QueryError(f"cannot bind {t!r}")
    return t


class RdflibEngine:
    """rdflib's own SPARQL engine over a :class:`rdflib.Dataset` whose default graph is the union."""

    name = "rdflib"

    def __init__(self, ds: Dataset) -> None:
        import rdflib.plugins.sparql as sparql

        sparql.SPARQL_LOAD_GRAPHS = False  # never fetch FROM <iri> graphs from the web
        self.ds = ds

    @classmethod
    def from_file(cls, path: Path) -> RdflibEngine:
        from kg.pipeline import load_graph

        return cls(load_graph(path))

    def add_graph(self, g: Graph, name: URIRef) -> None:
        target = self.ds.graph(name)
        for t in g:
            target.add(t)

    def triple_count(self) -> int:
        return len(set(self.ds.triples((None, None, None))))

    def select(self, text: str, bindings: Mapping[str, Term], limit: int | None) -> ResultSet:
        from rdflib.plugins.sparql import prepareQuery

        try:
            prepared = prepareQuery(text, initNs=_prolog())
        except Exception as exc:  # pyparsing errors, unknown prefixes
            raise syntax_error(text, str(exc)) from None
        try:
            res = self.ds.query(prepared, initBindings={Variable(k): _bindable(v) for k, v in bindings.items()})
            if res.type == "ASK":
                return ResultSet("ask", boolean=bool(res.askAnswer))
            if res.type in ("CONSTRUCT", "DESCRIBE"):
                rows: list[tuple[Term | None, ...]] = [tuple(t) for t in res.graph]  # type: ignore[union-attr]
                return _limited(ResultSet("graph", ["subject", "predicate", "object"], rows), limit)
            names = [str(v) for v in (res.vars or [])]
            out: list[tuple[Term | None, ...]] = []
            for i, row in enumerate(res):
                if limit is not None and i >= limit:
                    return ResultSet("select", names, out, truncated=True)
                out.append(tuple(_plain(t) for t in row))  # type: ignore[union-attr]
            return ResultSet("select", names, out)
        except QueryError:
            raise
        except Exception as exc:  # rdflib raises plain Exceptions for evaluation errors
            raise QueryError(f"query failed: {type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}") from None

    def update(self, text: str) -> str:
        before = len(self.ds)
        try:
            self.ds.update(text, initNs=_prolog())
        except Exception as exc:
            raise syntax_error(text, str(exc)) from None
        return f"update applied to the in-memory copy ({len(self.ds) - before:+d} triples); the graph files are unchanged"


def _plain(t: Any) -> Term | None:
    if isinstance(t, Literal) and t.datatype == XSD.string and not t.language:
        return Literal(str(t))
    return t  # type: ignore[no-any-return]


def _limited(rs: ResultSet, limit: int | None) -> ResultSet:
    if limit is not None and len(rs.rows) > limit:
        rs.rows = rs.rows[:limit]
        rs.truncated = True
    return rs


# --- a remote engine -----------------------------------------------------------------------------

_VALUES_BLOCK = re.compile(r"\bVALUES\s*(?:[?$]\w+|\([^)]*\))\s*$", re.IGNORECASE)


def sparql_term(t: Term) -> str:
    """A bound term in SPARQL syntax, escaped as N-Triples by pyoxigraph (never raw text).

    Examples
    --------
    >>> print(sparql_term(Literal('say "hi"')), sparql_term(URIRef("urn:a")))
    "say \\"hi\\"" <urn:a>
    """
    if isinstance(t, BNode) or not isinstance(t, (URIRef, Literal)):
        raise QueryError(f"cannot bind {t!r} on a remote endpoint (IRIs and literals only)")
    try:
        return str(_to_ox(t))
    except ValueError as exc:
        raise QueryError(f"cannot bind {t!r}: {exc}") from None


def _to_ox(t: Term) -> Any:
    import pyoxigraph as ox

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype))) if t.datatype else ox.Literal(str(t))
    raise QueryError(f"cannot bind {t!r}")


def with_values(text: str, bindings: Mapping[str, Term]) -> str:
    """The query with a ``VALUES`` block for its bound parameters in every group that uses them.

    A remote endpoint cannot take bindings beside the query, so each parameter becomes a
    one-row ``VALUES ?name { TERM }`` (the term escaped as N-Triples) at the start of every group
    graph pattern that mentions the variable: the outer ``WHERE``, sub-query ``WHERE`` clauses,
    ``OPTIONAL``, ``MINUS``, ``FILTER (NOT) EXISTS``. That binds it wherever the local engines'
    bindings reach (``chains`` tests ``FILTER NOT EXISTS`` on its parameters), and restricts each
    sub-query before it aggregates. CONSTRUCT templates and ``VALUES`` data blocks are skipped.

    Examples
    --------
    >>> with_values("SELECT ?x ?org WHERE { ?x <urn:p> ?org }", {"org": URIRef("urn:a")})
    'SELECT ?x ?org WHERE { VALUES ?org { <urn:a> } ?x <urn:p> ?org }'
    """
    if not bindings:
        return text
    terms = {k: sparql_term(v) for k, v in bindings.items()}
    code = _code_only(text)
    stack: list[tuple[int, bool]] = []  # each open "{" and whether it opens a group graph pattern
    spans: list[tuple[int, int]] = []
    form = re.search(r"(?<![\w:?$])(SELECT|CONSTRUCT|ASK|DESCRIBE)(?![\w:])", code, re.IGNORECASE)
    template_done = not (form and form.group(1).upper() == "CONSTRUCT" and code[form.end():].lstrip().startswith("{"))
    for i, ch in enumerate(code):
        if ch == "{":
            before = code[:i].rstrip()
            group = not _VALUES_BLOCK.search(before)
            if not template_done and not stack and group:  # the CONSTRUCT template of the long form
                group = False
            if group and re.match(r"\s*SELECT\b", code[i + 1:], re.IGNORECASE):
                group = False  # a sub-query's wrapper: VALUES goes into its own WHERE
            stack.append((i, group))
        elif ch == "}" and stack:
            start, group = stack.pop()
            if not stack and not template_done:
                template_done = True
            if group:
                spans.append((start, i))
    inserts: list[tuple[int, str]] = []
    for start, end in spans:
        used = [k for k in sorted(terms) if re.search(rf"[?$]{re.escape(k)}(?!\w)", code[start:end])]
        if used:
            inserts.append((start + 1, "".join(f" VALUES ?{k} {{ {terms[k]} }}" for k in used)))
    out = text
    for pos, block in sorted(inserts, reverse=True):
        out = out[:pos] + block + out[pos:]
    return out


def term_from_json(d: Mapping[str, str]) -> Term:
    """A term of SPARQL 1.1 JSON results as the rdflib term the local engines return."""
    kind, value = d.get("type"), d.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if d.get("xml:lang"):
            return Literal(value, lang=d["xml:lang"])
        dt = d.get("datatype")
        return Literal(value) if not dt or dt == str(XSD.string) else Literal(value, datatype=URIRef(dt))
    raise QueryError(f"unsupported term in the endpoint's results: {kind!r}")


class SparqlEngine:
    """A remote SPARQL 1.1 Protocol endpoint (a ``sparql:`` store) answering the queries itself.

    Parameters travel as ``VALUES`` blocks (:func:`with_values`), unkg's prefixes as a prologue;
    results are read from SPARQL JSON (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE). Update is
    refused: ``unkg query`` never changes a store. Credentials: ``UNKG_SPARQL_USER`` and
    ``UNKG_SPARQL_PASSWORD`` (see :mod:`kg.store`).
    """

    name = "sparql"

    def __init__(self, spec: str | Path, timeout: float | None = DEFAULT_TIMEOUT) -> None:
        from kg.store import parse_sparql_spec

        self.spec = parse_sparql_spec(spec)
        self.timeout = timeout

    def triple_count(self) -> int:
        rs = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", {}, None)
        return int(str(rs.rows[0][0])) if rs.rows else 0

    def prologue(self) -> str:
        return "".join(f"PREFIX {k}: <{v}>\n" for k, v in sorted(_prolog().items()))

    def select(self, text: str, bindings: Mapping[str, Term], limit: int | None, timeout: float | None = None) -> ResultSet:
        from kg.store import sparql_select

        wait = timeout if timeout is not None else self.timeout
        try:
            media, body = sparql_select(self.spec.query, self.prologue() + with_values(text, bindings), wait, QueryError)
        except QueryError as exc:
            msg = str(exc)
            if "no answer within" in msg:
                raise QueryError(f"the query did not finish within {wait:g} s on {self.spec.query} (raise --timeout, or add LIMIT)") from None
            raise
        if media in ("application/n-triples", "text/plain", "text/turtle", "application/n-quads"):
            return _limited(ResultSet("graph", ["subject", "predicate", "object"], _parse_triples(body, media)), limit)
        try:
            doc = json.loads(body)
        except ValueError:
            raise QueryError(f"{self.spec.query}: the answer is not SPARQL JSON results (got {media or 'no media type'})") from None
        if "boolean" in doc:
            return ResultSet("ask", boolean=bool(doc["boolean"]))
        names = list(doc.get("head", {}).get("vars", []))
        rows = [tuple(term_from_json(b[v]) if v in b else None for v in names) for b in doc.get("results", {}).get("bindings", [])]
        return _limited(ResultSet("select", names, rows), limit)

    def update(self, text: str) -> str:
        raise QueryError("SPARQL Update is refused on a remote store: unkg query never changes it (rebuild with 'unkg build --store')")

    def add_graph(self, g: Graph, name: URIRef) -> None:
        raise QueryError("a remote store cannot take an inferred graph; open_engine loads it locally for --reasoning")


def _parse_triples(body: bytes, media: str) -> list[tuple[Term | None, ...]]:
    g = Graph()
    g.parse(data=body.decode("utf-8"), format={"text/turtle": "turtle", "application/n-quads": "nquads"}.get(media, "nt"))
    return [(s, p, _plain(o)) for s, p, o in g]


AnyEngine: TypeAlias = OxigraphEngine | RdflibEngine | SparqlEngine


def open_engine(kg_path: Path, engine: str = "oxigraph", reasoning: str = "none") -> AnyEngine:
    """Load the build output at ``kg_path`` into ``engine``, with the ``reasoning`` closure added.

    Inferred triples go to their own named graph (``graph/inferred/{profile}``) and into the
    default graph the queries read.

    Examples
    --------
    >>> eng = open_engine(Path("out"))                               # doctest: +SKIP
    >>> run_query(eng, load_query("partners")).rows[0]               # doctest: +SKIP
    """
    from kg.pipeline import resolve_kg_path

    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r} (use {' or '.join(ENGINES)})")
    if reasoning not in REASONING:
        raise QueryError(f"unknown reasoning {reasoning!r} (use one of {', '.join(REASONING)})")
    from kg.store import is_sparql_spec, is_store_spec

    eng: AnyEngine
    if is_sparql_spec(kg_path) and engine == "oxigraph" and reasoning == "none":
        return SparqlEngine(kg_path)  # the server's own engine, as Oxigraph's for an oxigraph: store
    if is_store_spec(kg_path) and engine == "oxigraph" and reasoning == "none":
        return OxigraphEngine.from_store(kg_path)
    path = kg_path if is_store_spec(kg_path) else resolve_kg_path(kg_path)
    if is_store_spec(path) and engine == "oxigraph":
        from kg.pipeline import load_graph

        eng = OxigraphEngine.from_dataset(load_graph(path))
    else:
        eng = OxigraphEngine.from_file(path) if engine == "oxigraph" else RdflibEngine.from_file(path)
    if reasoning != "none":
        from kg.pipeline import load_graph
        from kg.reasoning import closure, inferred_graph_name, union

        ds = eng.ds if isinstance(eng, RdflibEngine) else load_graph(path)
        eng.add_graph(closure(union(ds), reasoning), inferred_graph_name(reasoning))
    return eng


# --- parameters --------------------------------------------------------------------------------

_CLASS_OF = {
    "organization": "unkg:Organization",
    "grouping": "unkg:Grouping",
    "resolution": "unkg:Mandate",
    "report": "unkg:Report",
}
_NAME_PROPS = "rdfs:label|skos:prefLabel|skos:altLabel|unkg:acronym|unkg:documentSymbol|skos:notation|unkg:number|unkg:fileName|dcterms:title"


@dataclass
class EntityIndex:
    """The names of the graph's entities of one kind, for resolving parameter values."""

    kind: str
    forms: dict[str, set[str]]  # name_key(form) -> IRIs
    labels: dict[str, str]  # IRI -> label

    def candidates(self, value: str) -> set[str]:
        key = name_key(value)
        return set(self.forms.get(key, set())) if key else set()


def entity_index(engine: AnyEngine, kind: str) -> EntityIndex:
    """Labels, acronyms, symbols, notations and IRI local names of every entity of ``kind``."""
    cache: dict[str, EntityIndex] = engine.__dict__.setdefault("_entity_indexes", {})
    if kind in cache:
        return cache[kind]
    if kind == "sdg":
        pattern = "?s skos:inScheme <http://metadata.un.org/sdg/> ."
    else:
        pattern = f"?s a ?c . ?c rdfs:subClassOf* {_CLASS_OF[kind]} ."
    text = f"SELECT DISTINCT ?s ?form ?label WHERE {{ {pattern} OPTIONAL {{ ?s {_NAME_PROPS} ?form }} OPTIONAL {{ ?s rdfs:label ?label }} }}"
    rs = engine.select(text, {}, None)
    forms: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    for s, form, label in rs.rows:
        if not isinstance(s, URIRef):
            continue
        iri = str(s)
        labels.setdefault(iri, str(label) if label is not None else _local(iri))
        for f in (form, _local(iri)):
            if f is not None:
                forms.setdefault(name_key(str(f)), set()).add(iri)
    cache[kind] = idx = EntityIndex(kind, forms, labels)
    return idx


def _local(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/"))[-1]


_REGISTRY: Any = None


def _registry() -> Any:
    global _REGISTRY
    if _REGISTRY is None:
        from kg.registry import load_registry

        _REGISTRY = load_registry(PROJECT_ROOT / "data")
    return _REGISTRY


def resolve_param(engine: AnyEngine, param: Param, value: str) -> Term:
    """The RDF term a parameter value stands for, checked against the declared type.

    An organization is looked up in the registry first (acronym, name or alias, as
    :meth:`kg.registry.Registry.resolve_org` matches them) and then among the graph's
    organizations (including those discovered in reports). Groupings, resolutions, SDG concepts
    and reports are matched against the graph's labels, acronyms, symbols, notations and IRI
    local names. A full IRI is accepted when the graph has it.

    Raises
    ------
    QueryError
        When the value names nothing, or several things (the candidates are listed).

    Examples
    --------
    >>> resolve_param(eng, Param("org", "organization"), "UNICEF")       # doctest: +SKIP
    rdflib.term.URIRef('https://w3id.org/unkg/id/org/UNICEF')
    """
    what = f"--param {param.name}={value}"
    if param.type == "literal":
        return Literal(value)
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"{what}: not an integer")
        return Literal(int(value), datatype=XSD.integer)
    kinds = ["organization", "grouping", "resolution", "sdg", "report"] if param.type == "entity" else [param.type]
    value = value.strip()
    if not value:
        raise QueryError(f"{what}: empty value")
    found: dict[str, str] = {}
    for kind in kinds:
        idx = entity_index(engine, kind)
        if value.startswith(("http://", "https://", "urn:")):
            if value in idx.labels:
                return URIRef(value)
            continue
        if kind == "organization":
            org_id = _registry().resolve_org(value)
            if org_id is not None:
                exact = [iri for iri in idx.candidates(org_id) if _local(iri) == org_id]
                if len(exact) == 1:
                    return URIRef(exact[0])
        if kind == "sdg":
            value_sdg = re.sub(r"^(sdg|goal|target|indicator)\s*", "", value, flags=re.IGNORECASE)
            hits = {iri for iri in idx.candidates(value_sdg) if iri in idx.labels}
        else:
            hits = idx.candidates(value)
        for iri in hits:
            found[iri] = idx.labels.get(iri, iri)
    if len(found) == 1:
        return URIRef(next(iter(found)))
    if len(found) > 1:
        listed = ", ".join(f"{label} <{iri}>" for iri, label in sorted(found.items(), key=lambda kv: kv[1])[:8])
        raise QueryError(f"{what}: ambiguous, it names {len(found)} {param.type} entries: {listed}")
    if value.startswith(("http://", "https://", "urn:")):
        raise QueryError(f"{what}: no {param.type} with this IRI in the graph")
    names = {label for kind in kinds for label in entity_index(engine, kind).labels.values()}
    close = difflib.get_close_matches(value, sorted(names), n=5, cutoff=0.6)
    hint = f"; did you mean: {'; '.join(close)}?" if close else ""
    raise QueryError(f"{what}: no {param.type} of this name in the graph or the registry{hint}")


def bind_params(engine: AnyEngine, query: SavedQuery, values: Mapping[str, str]) -> dict[str, Term]:
    """Resolve ``--param`` values (and defaults) to RDF terms, keyed by variable name.

    Undeclared parameters of a saved query are refused; an ad-hoc query (no declared parameters)
    takes any ``name=value`` as an untyped literal, unless the value is an ``<IRI>``.
    """
    out: dict[str, Term] = {}
    if not query.params:
        for k, v in values.items():
            if not re.fullmatch(r"[A-Za-z_]\w*", k):
                raise QueryError(f"--param {k}={v}: not a variable name")
            out[k] = URIRef(v[1:-1]) if v.startswith("<") and v.endswith(">") else Literal(v)
        return out
    declared = {p.name for p in query.params}
    unknown = sorted(set(values) - declared)
    if unknown:
        raise QueryError(f"{query.name} has no parameter {unknown[0]!r} (its parameters: {', '.join(sorted(declared))})")
    for p in query.params:
        raw = values.get(p.name, p.default)
        if raw is None:
            if p.required:
                raise QueryError(f"{query.name} needs --param {p.name}=... ({p.type}: {p.description or 'required'})")
            continue
        out[p.name] = resolve_param(engine, p, raw)
    return out


# --- running -----------------------------------------------------------------------------------


def _with_timeout(fn: Callable[[], T], timeout: float | None) -> T:
    """Run ``fn`` in a worker thread and give up after ``timeout`` seconds.

    Neither engine can cancel a running query from Python; the worker is a daemon thread that
    finishes (or dies with the process) on its own, while the caller gets a :class:`QueryError`.
    """
    if not timeout or timeout <= 0:
        return fn()
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, name="unkg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(f"the query did not finish within {timeout:g} s (raise --timeout, or add LIMIT)")
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def run_query(engine: AnyEngine, query: SavedQuery, params: Mapping[str, str] | None = None,
              limit: int | None = None, timeout: float | None = DEFAULT_TIMEOUT, allow_update: bool = False,
              allow_service: bool = False) -> ResultSet:
    """Check, bind and run a query; return its results.

    Parameters
    ----------
    engine : OxigraphEngine or RdflibEngine
        From :func:`open_engine`.
    query : SavedQuery
        From :func:`load_query` (a saved query, a file, or text via :func:`parse_saved_query`).
    params : mapping of str to str
        ``--param`` values by name; resolved with :func:`bind_params`.
    limit : int, optional
        At most this many rows (``ResultSet.truncated`` tells whether more were available).
    timeout : float, optional
        Seconds before giving up (:class:`QueryError`); ``None`` or 0 waits for ever.

    Examples
    --------
    >>> rs = run_query(open_engine(Path("out")), load_query("partners"), {"org": "ITU"}, limit=5)  # doctest: +SKIP
    >>> rs.vars[:2]                                                                              # doctest: +SKIP
    ['partner', 'score']
    """
    form = check_query(query.text, allow_update, allow_service)
    if form == "update":
        if params:
            raise QueryError("--param cannot be used with SPARQL Update")
        return ResultSet("update", message=_with_timeout(lambda: engine.update(query.text), timeout))
    bindings = bind_params(engine, query, params or {})
    if isinstance(engine, SparqlEngine):  # the socket's timeout bounds a remote query
        rs = engine.select(query.text, bindings, limit, timeout=timeout or None)
    else:
        rs = _with_timeout(lambda: engine.select(query.text, bindings, limit), timeout)
    _sort_lists(rs, query.lists)
    rs.params = tuple(v for v in rs.vars if v in bindings and query.param(v) is not None)
    return rs


# --- formatting --------------------------------------------------------------------------------


class Labeller:
    """Display names of IRIs: an organization's acronym, else the node's label, else a short IRI."""

    def __init__(self, engine: AnyEngine | None) -> None:
        self.engine = engine

    @cached_property
    def names(self) -> dict[str, str]:
        if self.engine is None:
            return {}
        rs = self.engine.select(
            "SELECT ?s (MIN(STR(?l)) AS ?label) (MIN(?a) AS ?acr) (SAMPLE(?c) AS ?cat) WHERE { "
            "?s rdfs:label ?l OPTIONAL { ?s unkg:acronym ?a } OPTIONAL { ?s unkg:category ?c } } GROUP BY ?s", {}, None)
        out: dict[str, str] = {}
        for s, label, acr, cat in rs.rows:
            if isinstance(s, URIRef):
                out[str(s)] = str(acr) if (acr is not None and cat is not None) else str(label)
        return out

    def __call__(self, t: Term | None) -> str:
        if t is None:
            return ""
        if isinstance(t, URIRef):
            return self.names.get(str(t)) or compact(str(t))
        if isinstance(t, BNode):
            return f"_:{t}"
        return str(t)


def compact(iri: str) -> str:
    """A prefixed name for an IRI of a known namespace, ``id/...`` for instance data.

    Examples
    --------
    >>> compact("https://w3id.org/unkg/ontology#coLeads")
    'unkg:coLeads'
    """
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if iri.startswith(str(ns)) and re.fullmatch(r"[\w.-]*", iri[len(str(ns)):]):
            return f"{prefix}:{iri[len(str(ns)):]}"
    m = re.search(r"/(id/.*)$", iri)
    return m.group(1) if m else iri


def format_results(rs: ResultSet, fmt: str, labeller: Labeller | None = None, width: int = 60) -> str:
    """Render results as ``table`` (aligned text), ``md`` (Markdown), ``csv`` or ``json``.

    ``table`` and ``md`` show labels in place of IRIs (``labeller``); ``table`` cuts cells to
    ``width`` characters. ``csv`` is SPARQL 1.1 CSV (IRIs as they are) with, after each column
    that holds IRIs, a ``<column>Label`` column. ``json`` is the SPARQL 1.1 Query Results JSON
    format, unchanged, for standard tools.

    Examples
    --------
    >>> rs = ResultSet("select", ["n"], [(Literal(3),)])
    >>> print(format_results(rs, "csv"), end="")
    n
    3
    """
    labeller = labeller or Labeller(None)
    if fmt == "json":
        return json.dumps(sparql_json(rs), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if rs.kind == "update":
        return rs.message + "\n"
    if rs.kind == "ask":
        if fmt == "csv":
            return f"boolean\n{'true' if rs.boolean else 'false'}\n"
        return ("true" if rs.boolean else "false") + "\n"
    if fmt == "csv":
        iri_cols = [i for i in range(len(rs.vars)) if any(isinstance(r[i], URIRef) for r in rs.rows)]
        header: list[str] = []
        for i, v in enumerate(rs.vars):
            header.append(v)
            if i in iri_cols:
                header.append(f"{v}Label")
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(header)
        for r in rs.rows:
            cells: list[str] = []
            for i, t in enumerate(r):
                cells.append("" if t is None else str(t))
                if i in iri_cols:
                    cells.append(labeller(t) if isinstance(t, URIRef) else "")
            w.writerow(cells)
        return buf.getvalue().replace("\r\n", "\n")
    shown = [i for i, v in enumerate(rs.vars) if v not in rs.params]
    names = [rs.vars[i] for i in shown]
    rows = [[labeller(r[i]) for i in shown] for r in rs.rows]
    note = f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', more with a higher --limit' if rs.truncated else ''})"
    if fmt == "md":
        def esc(s: str) -> str:
            return s.replace("|", "\\|").replace("\n", " ")
        out = ["| " + " | ".join(names) + " |", "|" + "|".join("---" for _ in names) + "|"]
        out += ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows]
        return "\n".join(out) + "\n"
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}")
    cut = [[_cut(c.replace("\n", " "), width) for c in r] for r in rows]
    widths = [max([len(v)] + [len(r[i]) for r in cut]) for i, v in enumerate(names)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(names, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cut]
    lines.append(note)
    return "\n".join(lines) + "\n"


def _cut(s: str, width: int) -> str:
    return s if len(s) <= width else s[: width - 1] + "…"


def term_json(t: Term) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 Query Results JSON format."""
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    if isinstance(t, Literal):
        d = {"type": "literal", "value": str(t)}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype is not None and t.datatype != XSD.string:
            d["datatype"] = str(t.datatype)
        return d
    raise QueryError(f"cannot serialise {t!r}")


def sparql_json(rs: ResultSet) -> dict[str, Any]:
    """Results as a SPARQL 1.1 Query Results JSON document (graph results as s/p/o bindings)."""
    if rs.kind == "ask":
        return {"head": {}, "boolean": bool(rs.boolean)}
    if rs.kind == "update":
        return {"head": {}, "boolean": True, "message": rs.message}
    bindings = [{v: term_json(t) for v, t in zip(rs.vars, r, strict=True) if t is not None} for r in rs.rows]
    return {"head": {"vars": list(rs.vars)}, "results": {"bindings": bindings}}


def sparql_xml(rs: ResultSet) -> str:
    """Results as a SPARQL Query Results XML document."""
    from xml.sax.saxutils import escape, quoteattr

    ns = "http://www.w3.org/2005/sparql-results#"
    out = ['<?xml version="1.0"?>', f'<sparql xmlns="{ns}">', "  <head>"]
    out += [f"    <variable name={quoteattr(v)}/>" for v in rs.vars]
    out.append("  </head>")
    if rs.kind == "ask":
        out.append(f"  <boolean>{'true' if rs.boolean else 'false'}</boolean>")
    else:
        out.append("  <results>")
        for r in rs.rows:
            out.append("    <result>")
            for v, t in zip(rs.vars, r, strict=True):
                if t is None:
                    continue
                if isinstance(t, URIRef):
                    val = f"<uri>{escape(str(t))}</uri>"
                elif isinstance(t, BNode):
                    val = f"<bnode>{escape(str(t))}</bnode>"
                else:
                    lit: Literal = t  # type: ignore[assignment]
                    attr = f" xml:lang={quoteattr(lit.language)}" if lit.language else (
                        f" datatype={quoteattr(str(lit.datatype))}" if lit.datatype is not None else "")
                    val = f"<literal{attr}>{escape(str(lit))}</literal>"
                out.append(f"      <binding name={quoteattr(v)}>{val}</binding>")
            out.append("    </result>")
        out.append("  </results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def sparql_tsv(rs: ResultSet) -> str:
    """Results as SPARQL 1.1 TSV (terms in their N-Triples form)."""
    if rs.kind == "ask":
        return f"?_askResult\n{'true' if rs.boolean else 'false'}\n"
    lines = ["\t".join(f"?{v}" for v in rs.vars)]
    for r in rs.rows:
        lines.append("\t".join("" if t is None else t.n3() for t in r))
    return "\n".join(lines) + "\n"


def sparql_csv(rs: ResultSet) -> str:
    """Results as plain SPARQL 1.1 CSV (no label columns)."""
    if rs.kind == "ask":
        return f"_askResult\r\n{'true' if rs.boolean else 'false'}\r\n"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(rs.vars)
    for r in rs.rows:
        w.writerow(["" if t is None else str(t) for t in r])
    return buf.getvalue()


def as_graph(rs: ResultSet) -> Graph:
    """CONSTRUCT/DESCRIBE results as an rdflib graph (with unkg's prefixes bound)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o in rs.rows:
        g.add((s, p, o))  # type: ignore[arg-type]
    return g


def list_library(directory: Path = QUERIES_DIR) -> Iterator[SavedQuery]:
    """The saved queries, sorted by name (for ``unkg queries`` and the endpoint's front page)."""
    yield from load_library(directory).values()


def library_table(queries: Iterable[SavedQuery]) -> str:
    """``unkg queries``: one block per saved query, its title and parameters."""
    out = []
    for q in queries:
        out.append(f"{q.name:<22} {q.title}")
        for p in q.params:
            out.append(f"{'':<22}   --param {p.usage()}")
    return "\n".join(out) + "\n"


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width) or [""]


_ = UNKG
