"""Tab completion from the engine's own knowledge: pure logic, no terminal.

    completer = Completer(engine, model)
    result = completer.complete("Get-MailboxDatabase -Ser", cursor=None)
    result.start, result.end      # the span of the text the items replace
    [c.text for c in result.items]  # ["-Server"]

What is completed, decided from the tokens before the cursor (``ems.lang.tokenizer.tokenize``,
the same tokens the highlighter sees):

* command names — cmdlets, functions and aliases (`Get-MailboxDatabaseCopyS` →
  `Get-MailboxDatabaseCopyStatus`), wildcards allowed (`*DatabaseCopy*`);
* parameter names of the command being typed, common parameters included, aliases resolved
  (`-Ser` → `-Server`);
* parameter values: servers, databases, database copies (`DB01\\EX01`), DAGs and mailboxes from
  the organization, chosen by the parameter's .NET type name; enum and ValidateSet values;
  `$true`/`$false` for Boolean parameters and `-Switch:`; positional arguments use the
  parameter at that position;
* variables (`$Err` → `$Error`, `$env:COMP` → `$env:COMPUTERNAME`);
* members after a dot on a variable's current value (`$db.Acti` → `$db.ActivationPreference`),
  through chains of property names (`$db.Server.Na`);
* file paths through the session's FileSystem provider (virtual `C:\\` and host paths);
* operators after `-` in an expression (`$a -e` → `-eq`).

Matching is case-insensitive by prefix, or by wildcard when the word holds `*` or `?`.
Nothing here raises: a completer failure gives no items.
"""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Any, Iterable

from ems.lang.tokenizer import tokenize

# Parameter type names (last dotted segment, without []) -> the kind of organization object.
SERVER_TYPES = frozenset({
    "serveridparameter", "mailboxserveridparameter", "exchangeserveridparameter",
    "transportserveridparameter", "clientaccessserveridparameter", "umserveridparameter",
    "fqdn", "serverparameter",
})
DATABASE_TYPES = frozenset({"databaseidparameter", "mailboxdatabaseidparameter", "storeidparameter"})
COPY_TYPES = frozenset({"databasecopyidparameter"})
DAG_TYPES = frozenset({"databaseavailabilitygroupidparameter"})
MAILBOX_TYPES = frozenset({
    "mailboxidparameter", "mailboxormailuseridparameter", "generalmailboxidparameter",
    "recipientidparameter", "mailboxuseridparameter", "mailboxorrecipientidparameter",
    "useridparameter", "generalmailboxormailuseridparameter", "moverequestidparameter",
    "mailboxstatisticsidparameter",
})
BOOL_TYPES = frozenset({"system.boolean", "bool", "boolean"})

_OPEN = frozenset({"LParen", "LCurly", "AtParen", "AtCurly", "DollarParen", "LBracket"})
_CLOSE = frozenset({"RParen", "RCurly", "RBracket"})
_STOP = frozenset({"Pipe", "Semi", "NewLine"})


@dataclass
class Completion:
    text: str  # what replaces the word
    display: str = ""  # what the menu shows (defaults to text)
    kind: str = ""  # command | parameter | value | variable | member | method | path | operator
    meta: str = ""  # a hint shown next to it (a type, a command type)

    def __post_init__(self) -> None:
        if not self.display:
            self.display = self.text


@dataclass
class CompletionResult:
    start: int
    end: int
    items: list[Completion] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.items]


def _matcher(prefix: str):
    """A predicate on names: case-insensitive prefix, or a wildcard pattern."""
    low = prefix.lower()
    if any(c in prefix for c in "*?"):
        pattern = low if low.endswith("*") else low + "*"
        return lambda name: fnmatch.fnmatchcase(name.lower(), pattern)
    return lambda name: name.lower().startswith(low)


def quote_if_needed(value: str) -> str:
    """A bare word when PowerShell reads it back as one, else a single-quoted string."""
    if value == "" or any(c in value for c in " \t'\"`$;|&(){}<>,@#"):
        return "'" + value.replace("'", "''") + "'"
    return value


def _type_key(type_name: str) -> str:
    t = (type_name or "").strip()
    if t.endswith("[]"):
        t = t[:-2]
    return t.rsplit(".", 1)[-1].lower()


class Completer:
    """Completions for a session: ``engine`` gives the execution context (commands,
    variables, location); ``model`` the organization (servers, databases...), or None."""

    def __init__(self, engine: Any, model: Any = None):
        self.engine = engine
        self.model = model if model is not None else getattr(getattr(engine, "context", None), "model", None)

    @property
    def ctx(self) -> Any:
        return self.engine.context

    # ------------------------------------------------------------------ entry point
    def complete(self, text: str, cursor: int | None = None) -> CompletionResult:
        if cursor is None:
            cursor = len(text)
        try:
            return self._complete(text[:cursor], cursor)
        except Exception:  # completion never breaks the prompt
            return CompletionResult(cursor, cursor, [])

    def _complete(self, before: str, cursor: int) -> CompletionResult:
        tokens = [t for t in tokenize(before) if t.kind != "Comment" or t.end < cursor]
        word_tok = None
        if tokens and tokens[-1].end == cursor and not before[-1:].isspace():
            word_tok = tokens[-1]
            prev = tokens[:-1]
        else:
            prev = tokens
        empty = CompletionResult(cursor, cursor, [])

        if word_tok is None:
            # Nothing typed yet for this word: values after a parameter, else paths.
            if prev and prev[-1].kind == "Parameter":
                cmd = self._command_at(prev[:-1])
                param = self._parameter(cmd, prev[-1].text)
                if param is not None and (prev[-1].text.endswith(":") or not _is_switch(param)):
                    return self._values(param, "", cursor, cursor, colon=prev[-1].text.endswith(":"))
            if prev and prev[-1].kind == "Dot":
                return self._members(prev[:-1], "", cursor, cursor)
            cmd = self._command_at(prev)
            if cmd is not None:
                param = self._positional(cmd, prev)
                if param is not None:
                    res = self._values(param, "", cursor, cursor)
                    if res.items:
                        return res
            return self._paths("", cursor, cursor)

        kind = word_tok.kind
        word = word_tok.text
        start = word_tok.start
        if kind == "Member" and prev and prev[-1].kind == "Dot":
            return self._members(prev[:-1], word, start, cursor)
        if kind == "Dot":
            return self._members(prev, "", cursor, cursor)
        if kind == "Variable" or (kind == "Unknown" and word.startswith("$")) or (kind == "SplattedVariable"):
            return self._variables(word, start, cursor)
        if kind == "CommandName":
            if _looks_like_path(word):
                return self._paths(word, start, cursor)
            return self._commands(word, start, cursor)
        if kind == "Parameter" or (kind == "Generic" and word.startswith("-")):
            cmd = self._command_at(prev)
            if word.endswith(":"):
                param = self._parameter(cmd, word)
                if param is not None:
                    return self._values(param, "", cursor, cursor, colon=True)
                return empty
            if cmd is None:
                return self._operators(word, start, cursor)
            return self._parameters(cmd, word, start, cursor)
        if kind == "Generic" and prev and prev[-1].kind == "Variable" and prev[-1].end == start:
            # `$exscripts\Ge`: a path under the variable's value
            base = self._variable_text(prev[-1].text)
            if base is not None:
                return self._paths(word, start, cursor, base=base)
        if kind in ("Generic", "Number", "StringLiteral", "StringExpandable", "Identifier", "Keyword"):
            quote = ""
            prefix = word
            if kind in ("StringLiteral", "StringExpandable"):
                if len(word) >= 2 and word[-1] == word[0]:
                    return empty  # a finished string
                quote, prefix = word[0], word[1:]
            cmd = self._command_at(prev)
            if cmd is None and kind in ("Identifier", "Keyword") and not prev:
                return self._commands(word, start, cursor)
            param = None
            colon = False
            if prev and prev[-1].kind == "Parameter" and cmd is not None:
                candidate = self._parameter(cmd, prev[-1].text)
                colon = prev[-1].text.endswith(":")
                if candidate is not None and (colon or not _is_switch(candidate)):
                    param = candidate
            if param is None and cmd is not None:
                param = self._positional(cmd, prev)
            if param is not None:
                res = self._values(param, prefix, start, cursor, quote=quote, colon=colon)
                if res.items:
                    return res
            return self._paths(prefix, start, cursor, quote=quote)
        return empty

    # ------------------------------------------------------------------ commands
    def command_names(self) -> list[tuple[str, str]]:
        """(name, command type) of every command the session knows."""
        ctx = self.ctx
        out: list[tuple[str, str]] = []
        table = ctx.commands
        for a in table.all_aliases():
            out.append((a.Name, "Alias"))
        for f in ctx.visible_functions():
            out.append((f.Name, "Function"))
        for c in table.cmdlets.values():
            out.append((c.Name, "Cmdlet"))
        return out

    def _commands(self, word: str, start: int, end: int) -> CompletionResult:
        match = _matcher(word)
        seen: set[str] = set()
        items = []
        for name, ctype in sorted(self.command_names(), key=lambda p: p[0].lower()):
            if match(name) and name.lower() not in seen:
                seen.add(name.lower())
                items.append(Completion(name, name, "command", ctype))
        return CompletionResult(start, end, items)

    def _command_at(self, tokens: list) -> Any:
        """The CommandInfo of the command whose arguments end the token list, or None."""
        depth = 0
        for t in reversed(tokens):
            k = t.kind
            if k in _CLOSE:
                depth += 1
                continue
            if k in _OPEN:
                if depth == 0:
                    return None
                depth -= 1
                continue
            if depth:
                continue
            if k in _STOP or k == "Assign" or k == "Keyword":
                return None
            if k == "CommandName":
                return self._resolve(t.text)
        return None

    def _resolve(self, name: str) -> Any:
        try:
            info = self.ctx.commands.resolve(name, allow_get_prefix=False)
        except Exception:
            return None
        for _ in range(10):
            ref = None
            if type(info).__name__ == "AliasInfo":
                try:
                    ref = info.ReferencedCommand
                except Exception:
                    ref = None
                if ref is None:
                    return None
                info = ref
            else:
                break
        return info

    # ------------------------------------------------------------------ parameters
    def parameters_of(self, info: Any) -> list[Any]:
        """Every parameter of a command (its own, then the common ones), as Parameter objects."""
        from ems.runtime import binder
        cls = getattr(info, "cls", None)
        if cls is not None:
            return [p for p in binder.metadata_for_cmdlet(cls).all if not p.dont_show]
        sb = getattr(info, "script_block", None)
        if sb is not None:
            try:
                return list(binder.metadata_for_script(sb.compiled, self.ctx).all)
            except Exception:
                return []
        return []

    def _parameter(self, info: Any, text: str) -> Any:
        if info is None:
            return None
        name = text.lstrip("-\u2013\u2014\u2015").rstrip(":").lower()
        if not name:
            return None
        params = self.parameters_of(info)
        for p in params:
            if p.name.lower() == name or name in (a.lower() for a in p.aliases):
                return p
        found = [p for p in params if p.name.lower().startswith(name)]
        return found[0] if len(found) == 1 else None

    def _parameters(self, info: Any, word: str, start: int, end: int) -> CompletionResult:
        prefix = word.lstrip("-\u2013\u2014\u2015")
        match = _matcher(prefix)
        items = []
        for p in self.parameters_of(info):
            if match(p.name):
                items.append(Completion("-" + p.name, "-" + p.name, "parameter", _short_type(p.type)))
        if not items:  # an alias typed in full (-ea) names its parameter
            for p in self.parameters_of(info):
                if any(a.lower() == prefix.lower() for a in p.aliases):
                    items.append(Completion("-" + p.name, "-" + p.name, "parameter", _short_type(p.type)))
        return CompletionResult(start, end, items)

    def _positional(self, info: Any, prev: list) -> Any:
        """The parameter a bare argument binds to by position (counting earlier bare ones)."""
        params = self.parameters_of(info)
        if not params:
            return None
        # Count positional arguments typed so far in this command.
        count = 0
        depth = 0
        skip_next = False
        seq = []
        for t in reversed(prev):
            if t.kind in _CLOSE:
                depth += 1
            elif t.kind in _OPEN:
                if depth == 0:
                    break
                depth -= 1
            if depth == 0 and (t.kind in _STOP or t.kind == "CommandName"):
                break
            seq.append(t)
        seq.reverse()
        i = 0
        named: set[str] = set()
        while i < len(seq):
            t = seq[i]
            if t.kind == "Parameter":
                p = self._parameter(info, t.text)
                if p is not None:
                    named.add(p.name.lower())
                if p is not None and not _is_switch(p) and not t.text.endswith(":"):
                    skip_next = True
                i += 1
                continue
            if t.kind in _OPEN:
                # a whole grouped argument
                d = 1
                i += 1
                while i < len(seq) and d:
                    if seq[i].kind in _OPEN:
                        d += 1
                    elif seq[i].kind in _CLOSE:
                        d -= 1
                    i += 1
                if skip_next:
                    skip_next = False
                else:
                    count += 1
                continue
            if t.kind == "Comma":
                i += 1
                # the next element belongs to the same array argument
                count -= 1
                continue
            if skip_next:
                skip_next = False
            else:
                count += 1
            i += 1
        default_set = getattr(getattr(info, "cls", None), "default_parameter_set", None)
        candidates = []
        for p in params:
            pos = p.position
            if default_set and default_set in getattr(p, "per_set", {}):
                pos = p.per_set[default_set].position
            if pos is not None and p.name.lower() not in named:
                candidates.append((pos, p))
        candidates.sort(key=lambda c: c[0])
        if count < len(candidates):
            return candidates[count][1]
        return None

    # ------------------------------------------------------------------ values
    def values_for(self, param: Any) -> list[str]:
        """The values a parameter can take that the session can list (organization names,
        enum values, $true/$false); empty when anything goes."""
        enum = getattr(param, "enum_values", None) or getattr(param, "validate_set", None)
        if enum:
            return list(enum)
        key = _type_key(getattr(param, "type", ""))
        full = (getattr(param, "type", "") or "").lower()
        if full in BOOL_TYPES or key == "boolean":
            return ["$true", "$false"]
        if _is_switch(param):
            return ["$true", "$false"]
        m = self.model
        if m is None:
            return []
        if key in SERVER_TYPES:
            role = {"mailboxserveridparameter": "Mailbox", "transportserveridparameter": "HubTransport",
                    "clientaccessserveridparameter": "ClientAccess", "umserveridparameter": "UnifiedMessaging"}.get(key)
            servers = [s for s in getattr(m, "servers", ()) or ()
                       if role is None or not hasattr(s, "roles") or role in s.roles
                       or (role == "HubTransport" and "Edge" in s.roles)]
            return _names(servers, exchange_only=True)
        if key in DATABASE_TYPES:
            return _names(getattr(m, "databases", ()))
        if key in DAG_TYPES:
            return _names(getattr(m, "dags", ()))
        if key in COPY_TYPES:
            out = []
            for db in getattr(m, "databases", ()) or ():
                copies = getattr(db, "copy_list", None)
                if copies is None:
                    c = getattr(db, "copies", None)
                    copies = list(c.values()) if isinstance(c, dict) else list(c or ())
                for c in copies:
                    server = getattr(c, "server_name", None) or getattr(c, "HostServerName", None)
                    if server:
                        out.append(f"{db.name}\\{server}")
            return out
        if key in MAILBOX_TYPES:
            return _names(getattr(m, "mailboxes", ()))
        return []

    def _values(self, param: Any, prefix: str, start: int, end: int, quote: str = "",
                colon: bool = False) -> CompletionResult:
        values = self.values_for(param)
        if colon and not _is_switch(param) and values == ["$true", "$false"]:
            pass
        match = _matcher(prefix)
        items = []
        for v in values:
            if match(v) or (v.startswith("$") and match(v[1:])):
                if v.startswith("$"):
                    text = v
                elif quote:
                    text = quote + v.replace(quote, quote * 2) + quote if quote == "'" else quote + v + quote
                else:
                    text = quote_if_needed(v)
                items.append(Completion(text, v, "value", getattr(param, "name", "")))
        return CompletionResult(start, end, items)

    # ------------------------------------------------------------------ variables
    def _variables(self, word: str, start: int, end: int) -> CompletionResult:
        sigil = word[0] if word[:1] in ("$", "@") else "$"
        body = word[1:] if word[:1] in ("$", "@") else word
        brace = body.startswith("{")
        if brace:
            body = body[1:]
        items: list[Completion] = []
        scope_prefix = ""
        if ":" in body:
            scope_prefix, _, body = body.partition(":")
            scope_prefix += ":"
        match = _matcher(body)
        if scope_prefix.lower() == "env:":
            env = self.ctx.env
            names = [k for k, _ in env.items_original()] if hasattr(env, "items_original") else list(env)
            for n in sorted(names, key=str.lower):
                if match(n):
                    items.append(Completion(f"{sigil}{scope_prefix}{n}", f"{sigil}{scope_prefix}{n}", "variable", "env"))
            return CompletionResult(start, end, items)
        names = []
        for v in self.ctx.visible_variables():
            names.append(v.name)
        if not scope_prefix:
            names.extend(["env:", "global:", "script:", "local:"] if not body or "env:".startswith(body.lower()) or "global:".startswith(body.lower()) else [])
        seen: set[str] = set()
        for n in sorted(names, key=str.lower):
            if n.lower() in seen or not match(n):
                continue
            seen.add(n.lower())
            text = f"{sigil}{scope_prefix}{n}"
            if brace or (not n.endswith(":") and not _simple_var(n)):
                text = f"{sigil}{{{scope_prefix}{n}}}"
            items.append(Completion(text, text, "variable"))
        return CompletionResult(start, end, items)

    # ------------------------------------------------------------------ members
    def _members(self, target: list, prefix: str, start: int, end: int) -> CompletionResult:
        """Members of the value of the expression the tokens end with: `$v`, `$v.a.b`."""
        empty = CompletionResult(start, end, [])
        chain: list[str] = []
        toks = list(target)
        while len(toks) >= 2 and toks[-1].kind == "Member" and toks[-2].kind == "Dot":
            chain.insert(0, toks[-1].text)
            toks = toks[:-2]
        if not toks or toks[-1].kind != "Variable":
            return empty
        name = toks[-1].text[1:]
        if name.startswith("{") and name.endswith("}"):
            name = name[1:-1]
        try:
            value = self.ctx.get_variable(name)
        except Exception:
            return empty
        from ems.runtime import members as M
        for member in chain:
            value = _first(value)
            if value is None:
                return empty
            value = _get_member(M, value, member, self.ctx)
        value = _first(value)
        if value is None:
            return empty
        try:
            records = M.members_of(value, self.ctx)
        except Exception:
            records = []
        names: list[tuple[str, bool]] = []
        if records:
            for r in records:
                names.append((r.name, "method" in r.member_type.lower()))
        else:
            try:
                names = [(n, False) for n in M.property_names(value)]
            except Exception:
                names = []
        match = _matcher(prefix)
        items = []
        seen: set[str] = set()
        for n, is_method in names:
            if n.lower() in seen or not match(n):
                continue
            seen.add(n.lower())
            text = n + "(" if is_method else n
            items.append(Completion(text, n, "method" if is_method else "member"))
        return CompletionResult(start, end, items)

    # ------------------------------------------------------------------ operators
    def _operators(self, word: str, start: int, end: int) -> CompletionResult:
        from ems.lang.tokens import WORD_OPERATORS
        prefix = word.lstrip("-")
        match = _matcher(prefix)
        names = sorted(set(WORD_OPERATORS) | {"and", "or", "xor", "not", "band", "bor", "bxor", "bnot", "f"})
        return CompletionResult(start, end, [Completion("-" + n, "-" + n, "operator") for n in names if match(n)])

    # ------------------------------------------------------------------ paths
    def _variable_text(self, token_text: str) -> str | None:
        name = token_text[1:]
        if name.startswith("{") and name.endswith("}"):
            name = name[1:-1]
        try:
            value = self.ctx.get_variable(name)
        except Exception:
            return None
        if value is None:
            return None
        return str(getattr(value, "Path", None) or value) if not isinstance(value, str) else value

    def _paths(self, word: str, start: int, end: int, quote: str = "", base: str = "") -> CompletionResult:
        """Paths matching ``word`` (after ``base``, the text of a variable the word follows,
        which stays as typed in the completion)."""
        ctx = self.ctx
        try:
            fs = ctx.fs
        except Exception:
            return CompletionResult(start, end, [])
        pattern = base + (word if any(c in word for c in "*?") else word + "*")
        try:
            found = fs.expand(pattern)
        except Exception:
            found = []
        sep_at = max(word.rfind("\\"), word.rfind("/"))
        head = word[:sep_at + 1] if sep_at >= 0 else ""
        items = []
        for p in found:
            try:
                name = p.name
            except Exception:
                continue
            if head or base or _is_rooted(word):
                text = head + name
            else:
                text = ".\\" + name if _needs_dot(word) else name
            try:
                is_dir = fs.is_dir(p)
            except Exception:
                is_dir = False
            if quote:
                out = quote + text + quote
            elif base:
                out = text if not any(c in text for c in " '\"`$;|&(){}<>,@#") else "'" + text.replace("'", "''") + "'"
            else:
                out = quote_if_needed(text)
            items.append(Completion(out, name + ("\\" if is_dir else ""), "path", "Directory" if is_dir else "File"))
        items.sort(key=lambda c: c.display.lower())
        return CompletionResult(start, end, items)


# ---------------------------------------------------------------------- helpers


def _is_switch(param: Any) -> bool:
    try:
        return bool(param.is_switch)
    except Exception:
        return str(getattr(param, "type", "")).endswith("SwitchParameter")


def _short_type(type_name: str) -> str:
    t = type_name or ""
    return t.rsplit(".", 1)[-1]


def _names(collection: Any, exchange_only: bool = False) -> list[str]:
    out = []
    try:
        for o in collection or ():
            if exchange_only and getattr(o, "exchange", True) is False:
                continue
            n = getattr(o, "name", None) or getattr(o, "Name", None)
            if n:
                out.append(str(n))
    except Exception:
        return out
    return sorted(out, key=str.lower)


def _simple_var(name: str) -> bool:
    return name in ("$", "^", "?", "_") or all(c.isalnum() or c == "_" for c in name)


def _first(value: Any) -> Any:
    """Members of a collection are its elements' members (member enumeration)."""
    if isinstance(value, (list, tuple)):
        return value[0] if value else None
    try:
        from ems.runtime.control import is_enumerable, enumerate_value
        if is_enumerable(value):
            for v in enumerate_value(value):
                return v
            return None
    except Exception:
        pass
    return value


def _get_member(M: Any, value: Any, name: str, ctx: Any) -> Any:
    for fn_name in ("try_get_member", "get_member"):
        fn = getattr(M, fn_name, None)
        if fn is None:
            continue
        try:
            r = fn(value, name, ctx)
        except TypeError:
            try:
                r = fn(value, name)
            except Exception:
                continue
        except Exception:
            return None
        if isinstance(r, tuple) and len(r) == 2 and isinstance(r[0], bool):
            return r[1] if r[0] else None
        return r
    return getattr(value, name, None)


def _looks_like_path(word: str) -> bool:
    return word.startswith((".\\", "./", "..", "\\", "/", "~")) or (len(word) > 1 and word[1] == ":")


def _is_rooted(word: str) -> bool:
    return word.startswith(("\\", "/", "~")) or (len(word) > 1 and word[1] == ":")


def _needs_dot(word: str) -> bool:
    return False


def common_prefix(items: Iterable[str]) -> str:
    """The longest case-insensitive common prefix (spelled as the first item)."""
    items = list(items)
    if not items:
        return ""
    first = items[0]
    n = len(first)
    for s in items[1:]:
        i = 0
        while i < min(n, len(s)) and first[i].lower() == s[i].lower():
            i += 1
        n = i
    return first[:n]
