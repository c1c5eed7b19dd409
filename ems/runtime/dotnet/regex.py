"""System.Text.RegularExpressions on Python's `re`: pattern translation, Regex, Match, Group.

.NET syntax differences handled: named groups `(?<n>..)`/`(?'n'..)` -> `(?P<n>..)`,
`\\k<n>` -> `(?P=n)`, `\\z` -> `\\Z`, `\\Z` -> end or before a final newline, a few Unicode
categories `\\p{..}`. .NET numbers unnamed groups first, then named ones: ``Regex`` keeps
the mapping so `$1`, `$matches` and `.Groups[1]` follow .NET.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ems.runtime.dotnet.types import PSFlags, register_enum_class

_UNICODE_CATS = {
    "L": r"[^\W\d_]", "Lu": r"[A-Z\u00C0-\u00DE]", "Ll": r"[a-z\u00DF-\u00FF]", "N": r"\d", "Nd": r"\d",
    "P": r"[!-/:-@\[-`{-~]", "S": r"[$+<=>^`|~]", "Z": r"\s", "Zs": r"[ \u00A0]",
}


RegexOptions = PSFlags("RegexOptions", [
    ("None", 0), ("IgnoreCase", 1), ("Multiline", 2), ("ExplicitCapture", 4), ("Compiled", 8),
    ("Singleline", 16), ("IgnorePatternWhitespace", 32), ("RightToLeft", 64), ("ECMAScript", 256),
    ("CultureInvariant", 512)])
register_enum_class(RegexOptions, "System.Text.RegularExpressions.RegexOptions")


class RegexParseError(Exception):
    def __init__(self, pattern: str, detail: str):
        super().__init__(f'parsing "{pattern}" - {detail}')
        self.message = str(self)


_INLINE_FLAGS_RE = re.compile(r"\(\?([imsnx]*)(?:-([imsnx]*))?\)")


def translate_pattern(p: str) -> str:
    """.NET regex text -> Python `re` text."""
    out: list[str] = []
    i, n = 0, len(p)
    in_class = False
    # per open group: the scoped flag groups `(?i:` opened inside it (closed with it and
    # re-opened after each `|`, since .NET applies them to the rest of the enclosing group)
    depth: list[list[str]] = [[]]
    while i < n:
        if not in_class and p[i] == "(":
            m = _INLINE_FLAGS_RE.match(p, i)
            if m is not None and (m.group(1) or m.group(2)):
                on = m.group(1).replace("n", "")
                off = (m.group(2) or "").replace("n", "")
                if not out and not off and not depth[-1]:
                    if on:
                        out.append(f"(?{on})")
                elif on or off:
                    opener = f"(?{on}{'-' + off if off else ''}:"
                    out.append(opener)
                    depth[-1].append(opener)
                i = m.end()
                continue
            depth.append([])
        elif not in_class and p[i] == ")":
            pending = depth.pop() if len(depth) > 1 else []
            out.append(")" * len(pending))
        elif not in_class and p[i] == "|" and depth[-1]:
            out.append(")" * len(depth[-1]) + "|" + "".join(depth[-1]))
            i += 1
            continue
        c = p[i]
        if c == "\\" and i + 1 < n:
            d = p[i + 1]
            if d == "k" and i + 2 < n and p[i + 2] in "<'":
                close = ">" if p[i + 2] == "<" else "'"
                j = p.find(close, i + 3)
                if j > 0:
                    name = p[i + 3:j]
                    out.append(f"\\{name}" if name.isdigit() else f"(?P={name})")
                    i = j + 1
                    continue
            if d == "z" and not in_class:
                out.append(r"\Z")
                i += 2
                continue
            if d == "Z" and not in_class:
                out.append(r"(?=\n?\Z)")
                i += 2
                continue
            if d in "pP" and i + 2 < n and p[i + 2] == "{":
                j = p.find("}", i + 3)
                cat = p[i + 3:j] if j > 0 else ""
                repl = _UNICODE_CATS.get(cat)
                if repl is not None:
                    if d == "P":
                        repl = "[^" + repl[1:] if repl.startswith("[") and not repl.startswith("[^") else (
                            "(?:(?!" + repl + ").)")
                    if in_class and repl.startswith("["):
                        repl = repl[1:-1]
                    out.append(repl)
                    i = j + 1
                    continue
            out.append(p[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            elif c == "[" :
                out.append("\\[")
                i += 1
                continue
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            # a leading ] or ^] is literal
            if i < n and p[i] == "^":
                out.append("^")
                i += 1
            if i < n and p[i] == "]":
                out.append("\\]")
                i += 1
            continue
        if c == "(" and p.startswith("(?<", i) and i + 3 < n and p[i + 3] not in "=!":
            j = p.find(">", i + 3)
            name = p[i + 3:j]
            if "-" in name:  # balancing groups: not supported, keep the capture
                name = name.split("-")[0] or "_bal"
            out.append(f"(?P<{name}>" if name and not name.isdigit() else "(")
            i = j + 1
            continue
        if c == "(" and p.startswith("(?'", i):
            j = p.find("'", i + 3)
            name = p[i + 3:j]
            out.append(f"(?P<{name}>")
            i = j + 1
            continue
        out.append(c)
        i += 1
    out.append(")" * len(depth[0]))
    return "".join(out)


def _flags_from_options(options: Any) -> int:
    flags = 0
    if options is None:
        return 0
    val = _options_value(options)
    if val & 1:
        flags |= re.IGNORECASE
    if val & 2:
        flags |= re.MULTILINE
    if val & 16:
        flags |= re.DOTALL
    if val & 32:
        flags |= re.VERBOSE
    return flags


def _options_value(options: Any) -> int:
    if options is None:
        return 0
    if isinstance(options, (list, tuple)):
        v = 0
        for o in options:
            v |= _options_value(o)
        return v
    if isinstance(options, int):
        return int(options)
    from ems.runtime import conversion as C
    return int(C.convert_to(options, "System.Text.RegularExpressions.RegexOptions"))


@lru_cache(maxsize=4096)
def compile_net(pattern: str, flags: int = 0) -> "re.Pattern[str]":
    try:
        return re.compile(translate_pattern(pattern), flags)
    except re.error as e:
        raise RegexParseError(pattern, _describe(e)) from None


def _describe(e: re.error) -> str:
    msg = str(e.msg) if hasattr(e, "msg") else str(e)
    if "missing )" in msg:
        return "Not enough )'s."
    if "unbalanced parenthesis" in msg:
        return "Too many )'s."
    if "nothing to repeat" in msg or "multiple repeat" in msg:
        return "Quantifier {x,y} following nothing."
    if "unterminated character set" in msg:
        return "Unterminated [] set."
    if "bad escape" in msg:
        return "Unrecognized escape sequence " + msg.split("bad escape", 1)[1].strip().split(" ")[0] + "."
    return msg[:1].upper() + msg[1:] + "."


class GroupMap:
    """The .NET numbering of a compiled pattern's groups."""

    __slots__ = ("names", "py_index")

    def __init__(self, rx: "re.Pattern[str]"):
        named = {idx: name for name, idx in rx.groupindex.items()}
        unnamed = [i for i in range(1, rx.groups + 1) if i not in named]
        self.names: list[str] = ["0"]
        self.py_index: list[int] = [0]
        for k, i in enumerate(unnamed, 1):
            self.names.append(str(k))
            self.py_index.append(i)
        for i in sorted(named):
            self.names.append(named[i])
            self.py_index.append(i)

    def lookup(self, key: Any) -> int | None:
        """Python group index for a .NET group number or name."""
        if isinstance(key, int) and not isinstance(key, bool):
            # .NET numbers every group: unnamed ones first, then the named ones
            if 0 <= key < len(self.names):
                return self.py_index[key]
            return None
        k = str(key)
        if k.isdigit():
            return self.lookup(int(k))
        for name, idx in zip(self.names, self.py_index):
            if name.lower() == k.lower():
                return idx
        return None


@lru_cache(maxsize=4096)
def group_map(rx: "re.Pattern[str]") -> GroupMap:
    return GroupMap(rx)


class Group:
    type_name = "System.Text.RegularExpressions.Group"
    PS_TYPE_NAMES = ("System.Text.RegularExpressions.Group", "System.Text.RegularExpressions.Capture",
                     "System.Object")
    PS_PROPERTIES = ("Groups", "Success", "Name", "Captures", "Index", "Length", "Value")

    def __init__(self, m: "re.Match[str] | None", py_index: int, name: str):
        self._m = m
        self._i = py_index
        self.Name = name

    @property
    def Success(self) -> bool:
        return self._m is not None and self._m.start(self._i) >= 0

    @property
    def Value(self) -> str:
        if not self.Success:
            return ""
        return self._m.group(self._i)

    @property
    def Index(self) -> int:
        return max(self._m.start(self._i), 0) if self._m is not None else 0

    @property
    def Length(self) -> int:
        return len(self.Value)

    @property
    def Captures(self) -> list:
        return [self] if self.Success else []

    @property
    def Groups(self) -> Any:
        return None

    def ps_to_string(self) -> str:
        return self.Value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.Value!r})"


class GroupCollection(list):
    """Match.Groups: indexable by number or name."""

    type_name = "System.Text.RegularExpressions.GroupCollection"

    def by_key(self, key: Any) -> Any:
        if isinstance(key, int) and not isinstance(key, bool):
            if 0 <= key < len(self):
                return self[key]
            return Group(None, 0, str(key))
        for g in self:
            if g.Name.lower() == str(key).lower():
                return g
        return Group(None, 0, str(key))


class Match(Group):
    type_name = "System.Text.RegularExpressions.Match"
    PS_TYPE_NAMES = ("System.Text.RegularExpressions.Match", "System.Text.RegularExpressions.Group",
                     "System.Text.RegularExpressions.Capture", "System.Object")
    PS_PROPERTIES = ("Groups", "Success", "Name", "Captures", "Index", "Length", "Value")
    PS_METHODS = ("NextMatch",)

    def __init__(self, m: "re.Match[str] | None", regex: "Regex", text: str = ""):
        super().__init__(m, 0, "0")
        self._regex = regex
        self._text = text

    @property
    def Groups(self) -> GroupCollection:
        gm = group_map(self._regex.compiled)
        return GroupCollection(Group(self._m, i, name) for name, i in zip(gm.names, gm.py_index))

    def NextMatch(self) -> "Match":
        if self._m is None:
            return self
        pos = self._m.end() if self._m.end() > self._m.start() else self._m.end() + 1
        if pos > len(self._text):
            return Match(None, self._regex, self._text)
        return Match(self._regex.compiled.search(self._text, pos), self._regex, self._text)


class Regex:
    """System.Text.RegularExpressions.Regex."""

    type_name = "System.Text.RegularExpressions.Regex"
    PS_TYPE_NAMES = ("System.Text.RegularExpressions.Regex", "System.Object")
    PS_PROPERTIES = ("Options", "RightToLeft")
    PS_METHODS = ("Match", "Matches", "IsMatch", "Replace", "Split", "GetGroupNames", "GetGroupNumbers")

    def __init__(self, pattern: str, options: Any = None):
        self.pattern = pattern
        self.options_value = _options_value(options)
        self.compiled = compile_net(pattern, _flags_from_options(self.options_value))

    @property
    def Options(self) -> Any:
        return RegexOptions(self.options_value)

    @property
    def RightToLeft(self) -> bool:
        return bool(self.options_value & 64)

    def ps_to_string(self) -> str:
        return self.pattern

    def __repr__(self) -> str:
        return f"Regex({self.pattern!r})"

    def Match(self, text: Any, start: Any = 0) -> Match:
        s = _s(text)
        return Match(self.compiled.search(s, int(start)), self, s)

    def Matches(self, text: Any, start: Any = 0) -> list:
        s = _s(text)
        return [Match(m, self, s) for m in self.compiled.finditer(s, int(start))]

    def IsMatch(self, text: Any) -> bool:
        return self.compiled.search(_s(text)) is not None

    def Replace(self, text: Any, replacement: Any, count: Any = -1) -> str:
        n = int(count)
        return replace(self.compiled, _s(text), _s(replacement), 0 if n < 0 else n)

    def Split(self, text: Any) -> list:
        return split(self.compiled, _s(text))

    def GetGroupNames(self) -> list:
        return list(group_map(self.compiled).names)

    def GetGroupNumbers(self) -> list:
        return list(range(len(group_map(self.compiled).names)))


def _s(v: Any) -> str:
    from ems.runtime import conversion as C
    return C.to_string(v)


_SUBST_RE = re.compile(r"\$(?:(\d+)|\{([^}]*)\}|(\$)|(&)|(`)|(')|(\+)|(_))")


def expand_replacement(rx: "re.Pattern[str]", m: "re.Match[str]", repl: str) -> str:
    """.NET substitutions: $1 ${name} $0 $$ $& $` $' $+ $_ ."""
    if "$" not in repl:
        return repl
    gm = group_map(rx)
    text = m.string

    def sub(mm: "re.Match[str]") -> str:
        num, name, dollar, amp, before, after, last, whole = mm.groups()
        if dollar:
            return "$"
        if amp:
            return m.group(0)
        if before:
            return text[:m.start()]
        if after:
            return text[m.end():]
        if whole:
            return text
        if last:
            idx = gm.py_index[-1] if len(gm.py_index) > 1 else 0
            return m.group(idx) or ""
        key: Any = int(num) if num is not None else name
        if name is not None and name.isdigit():
            key = int(name)
        idx = gm.lookup(key)
        if idx is None:
            # .NET leaves an unknown group reference as literal text (tries shorter numbers)
            if num is not None and len(num) > 1:
                for cut in range(len(num) - 1, 0, -1):
                    idx2 = gm.lookup(int(num[:cut]))
                    if idx2 is not None:
                        return (m.group(idx2) or "") + num[cut:]
            return mm.group(0)
        return m.group(idx) or ""

    return _SUBST_RE.sub(sub, repl)


def replace(rx: "re.Pattern[str]", text: str, repl: str, count: int = 0) -> str:
    return rx.sub(lambda m: expand_replacement(rx, m, repl), text, count=count)


def split(rx: "re.Pattern[str]", text: str, maxsplit: int = 0) -> list:
    parts = rx.split(text, maxsplit=maxsplit)
    return ["" if p is None else p for p in parts]


def matches_table(rx: "re.Pattern[str]", m: "re.Match[str]") -> Any:
    """The `$matches` hashtable: named groups by name, others by number (successful groups only)."""
    from ems.runtime.dotnet.collections import Hashtable
    gm = group_map(rx)
    h = Hashtable()
    entries = list(zip(gm.names, gm.py_index))
    named = [(n, i) for n, i in entries if not n.isdigit()]
    numbered = [(int(n), i) for n, i in entries if n.isdigit()]
    for name, i in named:
        if m.start(i) >= 0:
            h[name] = m.group(i)
    for num, i in sorted(numbered, reverse=True):
        if m.start(i) >= 0:
            h[num] = m.group(i)
    return h


def escape(s: str) -> str:
    """Regex.Escape: escapes \\ * + ? | { [ ( ) ^ $ . # and white space."""
    out = []
    for c in s:
        if c in "\\*+?|{[()^$.#":
            out.append("\\" + c)
        elif c == " ":
            out.append("\\ ")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\f":
            out.append("\\f")
        else:
            out.append(c)
    return "".join(out)


def unescape(s: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}.get(m.group(1), m.group(1)), s)
