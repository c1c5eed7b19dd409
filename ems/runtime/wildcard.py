"""PowerShell wildcards (`*`, `?`, `[a-z]`, `[abc]`, backtick escapes) as Python regexes.

Used by `-like`/`-notlike`, `switch -wildcard` and cmdlets (`Get-Mailbox *E14*`).
"""
from __future__ import annotations

import re
from functools import lru_cache

_WILDCARD_CHARS = set("*?[")


def has_wildcards(s: str) -> bool:
    """True when `s` holds an unescaped `*`, `?` or `[`."""
    escaped = False
    for c in s:
        if escaped:
            escaped = False
            continue
        if c == "`":
            escaped = True
            continue
        if c in _WILDCARD_CHARS:
            return True
    return False


def escape(s: str) -> str:
    """WildcardPattern.Escape: backtick before `* ? [ ] ``."""
    return "".join("`" + c if c in "*?[]`" else c for c in s)


def unescape(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        if s[i] == "`" and i + 1 < len(s):
            out.append(s[i + 1])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _translate(pattern: str) -> str:
    out = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "`" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 2
        elif c == "*":
            out.append(".*")
            i += 1
        elif c == "?":
            out.append(".")
            i += 1
        elif c == "[":
            j = i + 1
            body = []
            while j < n and pattern[j] != "]":
                if pattern[j] == "`" and j + 1 < n:
                    body.append(re.escape(pattern[j + 1]))
                    j += 2
                    continue
                ch = pattern[j]
                # Escape what Python's sets give meaning to ([ & ~ | for future set operations).
                body.append("\\" + ch if ch in "\\^[&~|" else ch)
                j += 1
            if j >= n:
                # unterminated bracket: PowerShell reports an invalid pattern; match literally
                out.append(re.escape(pattern[i:]))
                break
            out.append("[" + "".join(body) + "]" if body else "(?!)")
            i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


def wildcard_to_regex_text(pattern: str) -> str:
    return "^" + _translate(pattern) + "$"


@lru_cache(maxsize=2048)
def wildcard_to_regex(pattern: str, case_sensitive: bool = False) -> "re.Pattern[str]":
    """A compiled regex matching the whole string like the wildcard `pattern`."""
    flags = re.DOTALL
    if not case_sensitive:
        flags |= re.IGNORECASE
    return re.compile(r"\A" + _translate(pattern) + r"\Z", flags)


def wildcard_match(pattern: str, text: str, case_sensitive: bool = False) -> bool:
    return wildcard_to_regex(pattern, case_sensitive).match(text) is not None
