"""OPATH filters (``-Filter``) compiled to predicates over model objects.

    pred = compile_filter("Name -like 'user0*' -and Database -eq 'DB01'")
    matching = [m for m in org.mailboxes if pred(m)]

Syntax (the Exchange 2010 OPATH subset): comparisons ``Property -op Value`` with
``-eq -ne -like -notlike -gt -lt -ge -le`` (also the ``-i``/``-c`` prefixed spellings,
treated case-insensitively), combined with ``-and -or -not`` and parentheses; values are
quoted strings ('x' or "x", doubled quote to escape), ``$true $false $null``, numbers or
bare words; the whole text may be wrapped in ``{ }`` (the script block form, whose text
the cmdlet passes). ``$name`` variables are looked up in ``variables`` when given.

Semantics: property names are case-insensitive; string comparison is case-insensitive;
``-like`` supports ``*`` wildcards; a multi-valued property matches when any element does;
values are converted to the property's type (ints, sizes ``2GB``, ``unlimited``, dates,
booleans); ADObjectId properties compare by name, DN or GUID.

Errors (``FilterError``) follow the Exchange 2010 texts (best effort, from memory [K]):
``Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "Invalid filter
syntax. For a description of the filter parameter syntax see the command help.
"<filter>" at position <n>."`` and, for a property that is not filterable,
``..."<Prop>" is not a recognized filterable property. ...``.
"""
from __future__ import annotations

import re
import uuid
from datetime import datetime
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping

from ems.model.errors import FilterError
from ems.model.values import (ADObjectId, ByteQuantifiedSize, EnhancedTimeSpan, ServerVersion, Unlimited)

_OPS = ("eq", "ne", "like", "notlike", "gt", "lt", "ge", "le")


def _bind_error(inner: str) -> FilterError:
    return FilterError(
        f"Cannot bind parameter 'Filter' to the target. Exception setting \"Filter\": \"{inner}\"",
        dotnet_type="System.Management.Automation.ParameterBindingException",
        error_id="ParameterBindingFailed")


def syntax_error(text: str, position: int) -> FilterError:
    err = _bind_error(
        "Invalid filter syntax. For a description of the filter parameter syntax see the command "
        f"help.\n\"{text}\" at position {position}.")
    err.inner_message = err.message.split('"Filter": "', 1)[1][:-1]
    return err


def property_error(text: str, prop: str, position: int) -> FilterError:
    err = _bind_error(
        f"\"{prop}\" is not a recognized filterable property. For a description of the filterable "
        f"properties see the command help.\n\"{text}\" at position {position}.")
    err.inner_message = err.message.split('"Filter": "', 1)[1][:-1]
    return err


# ---------------------------------------------------------------- grammar


def _normalize_op(tok: str) -> str:
    """``-eq`` / ``-ieq`` / ``-ceq`` -> ``eq`` (case-sensitive forms compare like the others)."""
    word = tok[1:].lower()
    if word[:1] in ("i", "c") and word[1:] in _OPS:
        word = word[1:]
    return word


def _build_grammar() -> "pp.ParserElement":
    import pyparsing as pp

    def kw(word: str) -> pp.ParserElement:
        return pp.Regex(rf"-{word}(?![A-Za-z0-9_])", flags=re.IGNORECASE)

    op = pp.Regex(r"-(?:[ic])?(?:eq|ne|notlike|like|gt|lt|ge|le)(?![A-Za-z0-9_])", flags=re.IGNORECASE)
    op.set_parse_action(lambda t: _normalize_op(t[0]))
    op.set_name("comparison operator")

    prop = pp.Regex(r"[A-Za-z_][A-Za-z0-9_.]*").set_name("property name")
    prop.set_parse_action(lambda s, loc, t: ("prop", t[0], loc))

    sq = pp.Regex(r"'(?:[^']|'')*'").set_parse_action(lambda t: ("str", t[0][1:-1].replace("''", "'")))
    dq = pp.Regex(r'"(?:[^"]|"")*"').set_parse_action(lambda t: ("str", t[0][1:-1].replace('""', '"')))
    var = pp.Regex(r"\$[A-Za-z_][A-Za-z0-9_:]*").set_parse_action(lambda t: ("var", t[0][1:]))
    num = pp.Regex(r"-?\d+(?:\.\d+)?(?![A-Za-z0-9_.\\@*-])").set_parse_action(
        lambda t: ("num", float(t[0]) if "." in t[0] else int(t[0])))
    bare = pp.Regex(r"[^\s()'\"$-][^\s()'\"]*").set_parse_action(lambda t: ("str", t[0]))
    value = (sq | dq | var | num | bare).set_name("value")

    # Parse actions wrap their node in a list so that pyparsing keeps the tuple as one token
    # (versions differ in how they treat a bare tuple). "-" stops backtracking after a
    # property name or an operator, so a syntax error is reported where it really is.
    comparison = (prop - op - value).set_parse_action(lambda t: [("cmp", t[0], t[1], t[2])])
    expr = pp.Forward()
    paren = pp.Suppress("(") - expr - pp.Suppress(")")
    atom = paren | comparison
    negated = pp.Forward()
    negated <<= (pp.Suppress(kw("not")) - negated).set_parse_action(lambda t: [("not", t[0])]) | atom

    def chain(kind: str):
        return lambda t: [(kind, list(t))] if len(t) > 1 else [t[0]]

    conjunction = (negated + pp.ZeroOrMore(pp.Suppress(kw("and")) - negated)).set_parse_action(chain("and"))
    expr <<= (conjunction + pp.ZeroOrMore(pp.Suppress(kw("or")) - conjunction)).set_parse_action(chain("or"))
    return expr


_GRAMMAR = None  # built on first use: importing pyparsing costs start-up time


def _grammar():
    global _GRAMMAR
    if _GRAMMAR is None:
        import pyparsing as pp

        pp.ParserElement.enable_packrat()
        _GRAMMAR = _build_grammar()
    return _GRAMMAR




def parse_filter(text: str) -> tuple:
    """Parse filter text into a small tuple tree (raises FilterError)."""
    src = text.strip()
    if src.startswith("{") and src.endswith("}"):
        src = src[1:-1].strip()
    if not src:
        raise syntax_error(text, 1)
    grammar = _grammar()
    import pyparsing as pp  # already loaded by _grammar()

    try:
        result = grammar.parse_string(src, parse_all=True)
    except pp.ParseBaseException as e:
        raise syntax_error(src, e.loc + 1) from None
    return result[0]


# ---------------------------------------------------------------- evaluation


@lru_cache(maxsize=512)
def _prop_map(cls: type) -> dict[str, str]:
    names: dict[str, str] = {}
    for n in getattr(cls, "PS_PROPERTIES", ()):
        names.setdefault(n.lower(), n)
    for n in getattr(cls, "FILTER_PROPERTIES", ()):
        names.setdefault(n.lower(), n)
    return names


def get_property(obj: Any, name: str) -> Any:
    """Case-insensitive property read used by filters (None when absent)."""
    real = _prop_map(type(obj)).get(name.lower(), name)
    try:
        return getattr(obj, real)
    except AttributeError:
        return None


def _wild_regex(pattern: str) -> re.Pattern[str]:
    return re.compile("^" + ".*".join(re.escape(p) for p in pattern.split("*")) + "$",
                      re.IGNORECASE | re.DOTALL)


def _as_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "True" if v else "False"
    if hasattr(v, "ps_to_string"):
        return v.ps_to_string()
    return str(v)


_DATE_FORMATS = ("%m/%d/%Y %H:%M:%S", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y", "%Y-%m-%dT%H:%M:%S",
                 "%Y-%m-%d %H:%M:%S", "%Y-%m-%d")


def _convert(value: Any, like: Any) -> Any:
    """Convert a filter literal to the type of a property value."""
    if value is None:
        return None
    if isinstance(like, bool):
        if isinstance(value, bool):
            return value
        s = str(value).lower()
        if s in ("true", "1"):
            return True
        if s in ("false", "0"):
            return False
        raise ValueError(value)
    if isinstance(like, int) and not isinstance(like, bool):
        return int(float(value)) if not isinstance(value, bool) else int(value)
    if isinstance(like, float):
        return float(value)
    if isinstance(like, Unlimited):
        inner = like.Value
        if isinstance(inner, int) and not isinstance(inner, bool):
            return Unlimited.parse(value, lambda x: int(x))
        return Unlimited.parse(value)
    if isinstance(like, ByteQuantifiedSize):
        return ByteQuantifiedSize.parse(value)
    if isinstance(like, EnhancedTimeSpan):
        return EnhancedTimeSpan.parse(value)
    if isinstance(like, ServerVersion):
        return ServerVersion.parse(value)
    if isinstance(like, datetime):
        if isinstance(value, datetime):
            return value
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(str(value), fmt)
            except ValueError:
                continue
        raise ValueError(value)
    return value


def _eq_one(pv: Any, value: Any) -> bool:
    if value is None:
        return pv is None or pv == "" or (isinstance(pv, list) and not pv)
    if pv is None:
        return False
    if isinstance(pv, ADObjectId):
        s = _as_text(value).lower()
        return s in (pv.Name.lower(), pv.ps_to_string().lower(), pv.DistinguishedName.lower(),
                     str(pv.ObjectGuid).lower())
    if isinstance(pv, str) or not isinstance(value, (int, float, bool)) and isinstance(value, str) and \
            not isinstance(pv, (int, float, bool, datetime, ByteQuantifiedSize, Unlimited,
                                EnhancedTimeSpan, ServerVersion)):
        return _as_text(pv).lower() == _as_text(value).lower()
    try:
        return pv == _convert(value, pv)
    except (ValueError, TypeError, Exception):
        return _as_text(pv).lower() == _as_text(value).lower()


def _order_one(pv: Any, value: Any, op: str) -> bool:
    if pv is None or value is None:
        return False
    try:
        cv = _convert(value, pv)
        if isinstance(pv, str):
            a, b = pv.lower(), str(cv).lower()
        else:
            a, b = pv, cv
        if op == "gt":
            return a > b
        if op == "lt":
            return a < b
        if op == "ge":
            return a >= b
        return a <= b
    except Exception:
        return False


def _compile(node: tuple, variables: Mapping[str, Any] | None, text: str,
             properties: set[str] | None) -> Callable[[Any], bool]:
    kind = node[0]
    if kind == "and":
        parts = [_compile(n, variables, text, properties) for n in node[1]]
        return lambda o: all(p(o) for p in parts)
    if kind == "or":
        parts = [_compile(n, variables, text, properties) for n in node[1]]
        return lambda o: any(p(o) for p in parts)
    if kind == "not":
        inner = _compile(node[1], variables, text, properties)
        return lambda o: not inner(o)
    _, (_, pname, ploc), op, (vkind, vraw) = node
    if properties is not None and pname.lower() not in properties:
        raise property_error(text, pname, ploc + 1)
    if vkind == "var":
        low = vraw.lower()
        if low == "true":
            value: Any = True
        elif low == "false":
            value = False
        elif low == "null":
            value = None
        elif variables is not None and low in {k.lower() for k in variables}:
            value = next(v for k, v in variables.items() if k.lower() == low)
        else:
            raise syntax_error(text, ploc + 1)
    else:
        value = vraw

    if op in ("like", "notlike"):
        rx = _wild_regex(_as_text(value))

        def like(o: Any) -> bool:
            pv = get_property(o, pname)
            vals = pv if isinstance(pv, list) else [pv]
            return any(rx.match(_as_text(v)) for v in vals if v is not None)

        return like if op == "like" else (lambda o: not like(o))
    if op in ("eq", "ne"):
        def eq(o: Any) -> bool:
            pv = get_property(o, pname)
            if isinstance(pv, list):
                if value is None:
                    return not pv
                return any(_eq_one(v, value) for v in pv)
            return _eq_one(pv, value)

        return eq if op == "eq" else (lambda o: not eq(o))

    def order(o: Any) -> bool:
        pv = get_property(o, pname)
        vals = pv if isinstance(pv, list) else [pv]
        return any(_order_one(v, value, op) for v in vals)

    return order


class Filter:
    """A compiled filter: call it on an object. ``.text`` is the source,
    ``.equalities`` the top-level ``Prop -eq 'value'`` terms (lower-case property name ->
    value) that a cmdlet may use to narrow its search through an index first."""

    __slots__ = ("text", "tree", "_pred", "equalities")

    def __init__(self, text: str, tree: tuple, pred: Callable[[Any], bool]):
        self.text = text
        self.tree = tree
        self._pred = pred
        self.equalities: dict[str, Any] = {}
        terms = tree[1] if tree[0] == "and" else [tree]
        for t in terms:
            if t[0] == "cmp" and t[2] == "eq" and t[3][0] in ("str", "num"):
                self.equalities[t[1][1].lower()] = t[3][1]

    def __call__(self, obj: Any) -> bool:
        return self._pred(obj)

    def __repr__(self) -> str:
        return f"Filter({self.text!r})"


def compile_filter(text: str, properties: Iterable[str] | None = None,
                   variables: Mapping[str, Any] | None = None) -> Filter:
    """Compile OPATH text. ``properties``: the filterable property names (others raise the
    "not a recognized filterable property" error); ``variables``: values for ``$name``."""
    tree = parse_filter(text)
    src = text.strip()
    if src.startswith("{") and src.endswith("}"):
        src = src[1:-1].strip()
    props = {p.lower() for p in properties} if properties is not None else None
    return Filter(src, tree, _compile(tree, variables, src, props))


def filter_objects(objects: Iterable[Any], text: str, **kw: Any) -> Iterable[Any]:
    f = compile_filter(text, **kw)
    return (o for o in objects if f(o))


__all__ = ["compile_filter", "parse_filter", "Filter", "get_property", "filter_objects",
           "syntax_error", "property_error", "uuid"]
