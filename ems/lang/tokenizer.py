"""The PowerShell tokenizer: a lexer with modes, driven by the parser.

The parser keeps a position in the text and asks the :class:`Lexer` for the next
token in the mode it needs:

* :meth:`Lexer.expr_token` — expression mode (operators, numbers, variables,
  strings, punctuation, identifiers);
* :meth:`Lexer.scan_generic` — command/argument mode bare words (``E1402``,
  ``DB01\\E1402``, ``a-b``, ``C:\\x\\y.ps1``, ``a$b`` with its expansions);
* :meth:`Lexer.scan_parameter` — ``-Name`` / ``-Name:``;
* :meth:`Lexer.scan_dq_string` and friends — string bodies, pre-split into parts;
* the type-name scanner lives in the parser (it is a small grammar).

Trivia (spaces, ``#`` and ``<# #>`` comments, backtick line continuations) is
skipped by :meth:`Lexer.skip_trivia`; newlines are significant and skipped only
where the parser allows them.

:func:`tokenize` is a stand-alone pass for highlighting and completion: it
tracks statement start / command-argument / expression mode heuristically, the
way the parser does, and never raises.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from ems.errors import ParseError, ParseIssue
from ems.lang import ast as A
from ems.lang.source import SourceText
from ems.lang.tokens import (
    AMPERSAND, ASSIGN, AT_CURLY, AT_PAREN, COLONCOLON, COMMA, COMMAND_NAME, COMMENT, DASHES,
    DECREMENT, DOLLAR_PAREN, DOT, DOTDOT, DOUBLE_QUOTES, EOF, EXCLAIM, GENERIC, HERE_EXPANDABLE,
    HERE_LITERAL, IDENTIFIER, INCREMENT, KEYWORD, KEYWORDS, MEMBER_NAME, TYPE_NAME, LBRACKET, LCURLY, LPAREN, NEWLINE,
    NUMBER, OPERATOR, PARAMETER, PIPE, RBRACKET, RCURLY, REDIRECTION, RPAREN, SEMI,
    SINGLE_QUOTES, SPLATTED, STATEMENT_KEYWORDS, STRING_EXPANDABLE, STRING_LITERAL, UNKNOWN,
    UNARY_WORD_OPERATORS, VARIABLE, WORD_OPERATORS, Token,
)
from ems.primitives import Int64, int_literal

_SPACE = frozenset(" \t\f\v\xa0\ufeff\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
_SQ = frozenset(SINGLE_QUOTES)
_DQ = frozenset(DOUBLE_QUOTES)
_DASH = frozenset(DASHES)

# Characters that end a bare word in command mode.
GENERIC_STOP = frozenset("\r\n;|&(){},<>") | _SPACE

_NUM = re.compile(
    r"""(?:0[xX](?P<hex>[0-9a-fA-F]+)(?P<hexl>[lL])?
       |(?P<dec>(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?)(?P<suf>[dDlL])?
       )(?P<mult>[kKmMgGtTpP][bB])?""",
    re.X,
)
_VAR = re.compile(r"\$(?:(?P<sp>[$^])|(?P<scope>[\w]+):(?P<sname>[\w?]+)|(?P<name>[\w?]+))")
_SPLAT = re.compile(r"@(?:(?P<scope>[\w]+):(?P<sname>[\w?]+)|(?P<name>[\w?]+))")
_PARAM = re.compile(r"[-\u2013\u2014\u2015]([^\s:;,|&(){}<>'\"`\u2018\u2019\u201a\u201b\u201c\u201d\u201e]+)(:?)")
_WORD = re.compile(r"[A-Za-z]+")
_IDENT = re.compile(r"\w+")

_MULT = {"kb": 1 << 10, "mb": 1 << 20, "gb": 1 << 30, "tb": 1 << 40, "pb": 1 << 50}
_DECIMAL_MAX = Decimal("79228162514264337593543950335")

_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
}


def escape_char(c: str) -> str:
    """The character a backtick escape stands for (`` `n `` is a newline; `` `x `` is x)."""
    return _ESCAPES.get(c, c)


def _issue(source: SourceText, start: int, end: int, eid: str, msg: str, incomplete: bool) -> ParseError:
    return ParseError([ParseIssue(source.extent(start, end), eid, msg, incomplete)])


def number_value(m: "re.Match[str]", negative: bool = False):
    """The value of a number literal match (PowerShell's typing rules), or None when the
    constant is not valid."""
    mult = m.group("mult")
    factor = _MULT[mult.lower()] if mult else 1
    hx = m.group("hex")
    if hx is not None:
        if len(hx.lstrip("0")) > 16:
            return None
        v = int(hx, 16)
        if m.group("hexl"):
            if v > 0x7FFFFFFFFFFFFFFF:
                v -= 1 << 64
            v = -v if negative else v
            v *= factor
            if not (Int64.min_value <= v <= Int64.max_value):
                return float(v)
            return Int64(v)
        if v <= 0xFFFFFFFF:
            if v > 0x7FFFFFFF:
                v -= 1 << 32  # 0xFFFFFFFF is -1 in PowerShell 5.1
        elif v > 0x7FFFFFFFFFFFFFFF:
            v -= 1 << 64
        if negative:
            v = -v
        v *= factor
        try:
            return int_literal(v)
        except OverflowError:
            return float(v)
    dec = m.group("dec")
    suf = (m.group("suf") or "").lower()
    is_real = "." in dec or "e" in dec or "E" in dec
    if suf == "d":
        try:
            d = Decimal(dec) * factor
        except InvalidOperation:
            return None
        if abs(d) > _DECIMAL_MAX:
            return None
        return -d if negative else d
    if is_real:
        try:
            f = float(dec) * factor
        except (ValueError, OverflowError):
            return None
        if suf == "l":
            if not math.isfinite(f) or f != int(f):
                return None
            v = int(f)
            v = -v if negative else v
            if not (Int64.min_value <= v <= Int64.max_value):
                return None
            return Int64(v)
        return -f if negative else f
    v = int(dec)
    if negative:
        v = -v
    v *= factor
    if suf == "l":
        if not (Int64.min_value <= v <= Int64.max_value):
            return None
        return Int64(v)
    try:
        return int_literal(v)
    except OverflowError:
        d = Decimal(v)
        if abs(d) <= _DECIMAL_MAX:
            return d
        return float(v)


def match_number(text: str, pos: int):
    return _NUM.match(text, pos)


class Lexer:
    """Scans tokens of one source text. ``subexpr_hook(pos)`` parses a ``$( ... )``
    starting at ``pos`` (inside strings and bare words) and returns ``(node, end)``;
    without a hook, sub-expressions are skipped by matching parentheses and their
    node is None (enough for highlighting)."""

    def __init__(self, source: SourceText, subexpr_hook=None):
        self.source = source
        self.text = source.text
        self.n = len(source.text)
        self.subexpr_hook = subexpr_hook or self._skip_subexpr

    # ------------------------------------------------------------ errors

    def error(self, start, end, eid, msg, incomplete=False):
        raise _issue(self.source, start, end, eid, msg, incomplete)

    # ------------------------------------------------------------ trivia

    def skip_trivia(self, pos: int, newlines: bool = False) -> int:
        text = self.text
        n = self.n
        while pos < n:
            c = text[pos]
            if c in _SPACE:
                pos += 1
            elif c == "#":
                while pos < n and text[pos] not in "\r\n":
                    pos += 1
            elif c == "`":
                if pos + 1 >= n:
                    self.error(pos, pos + 1, "IncompleteLineContinuation",
                               "The line continuation character '`' is at the end of the input.", True)
                nx = text[pos + 1]
                if nx == "\n":
                    pos += 2
                elif nx == "\r":
                    pos += 3 if text[pos + 2:pos + 3] == "\n" else 2
                else:
                    return pos
            elif c == "<" and text[pos + 1:pos + 2] == "#":
                end = text.find("#>", pos + 2)
                if end < 0:
                    self.error(pos, n, "MissingTerminatorMultiLineComment",
                               "The terminator '#>' is missing from the multiline comment.", True)
                pos = end + 2
            elif newlines and (c == "\n" or c == "\r"):
                pos += 1
            else:
                return pos
        return pos

    # ------------------------------------------------------------ expression mode

    def expr_token(self, pos: int) -> Token:
        text = self.text
        n = self.n
        if pos < n and text[pos] not in _TRIVIA_START:
            start = pos
            ws = False
        else:
            start = self.skip_trivia(pos)
            ws = start > pos
        if start >= n:
            return Token(EOF, n, n, "", None, ws)
        c = text[start]
        simple = _SIMPLE.get(c)
        if simple is not None:
            return Token(simple, start, start + 1, c, None, ws)
        nx = text[start + 1] if start + 1 < n else ""
        if c == "$" and nx != "(" and nx != "{":
            m = _VAR.match(text, start)
            if m:
                return Token(VARIABLE, start, m.end(), m.group(), _var_value(m), ws)
        if c == "\n":
            return Token(NEWLINE, start, start + 1, c, None, ws)
        if c == "\r":
            e = start + 2 if nx == "\n" else start + 1
            return Token(NEWLINE, start, e, text[start:e], None, ws)
        if c.isdigit() or (c == "." and nx.isdigit()):
            m = _NUM.match(text, start)
            if m:
                v = number_value(m)
                if v is None:
                    self.error(start, m.end(), "BadNumericConstant",
                               f"The numeric constant {m.group()} is not valid.", False)
                return Token(NUMBER, start, m.end(), m.group(), v, ws)
        if c == "$":
            if nx == "(":
                return Token(DOLLAR_PAREN, start, start + 2, "$(", None, ws)
            tok = self.scan_variable(start)
            if tok is None:
                self.error(start, start + 1, "InvalidVariableReference",
                           "Variable reference is not valid. '$' was not followed by a valid variable "
                           "name character. Consider using ${} to delimit the name.",
                           False)
            tok.ws_before = ws
            return tok
        if c in _SQ:
            tok = self.scan_sq_string(start)
            tok.ws_before = ws
            return tok
        if c in _DQ:
            tok = self.scan_dq_string(start)
            tok.ws_before = ws
            return tok
        if c == "@":
            if nx == "(":
                return Token(AT_PAREN, start, start + 2, "@(", None, ws)
            if nx == "{":
                return Token(AT_CURLY, start, start + 2, "@{", None, ws)
            if nx in _SQ or nx in _DQ:
                tok = self.scan_here_string(start)
                tok.ws_before = ws
                return tok
            m = _SPLAT.match(text, start)
            if m:
                return Token(SPLATTED, start, m.end(), m.group(), _var_value(m), ws)
            return Token(UNKNOWN, start, start + 1, c, None, ws)
        if c in _DASH:
            if nx in _DASH:
                return Token(DECREMENT, start, start + 2, text[start:start + 2], "--", ws)
            if nx == "=":
                return Token(ASSIGN, start, start + 2, text[start:start + 2], "-=", ws)
            if nx.isalpha():
                m = _WORD.match(text, start + 1)
                if m:
                    op = WORD_OPERATORS.get(m.group().lower())
                    e = m.end()
                    if op is not None and not (e < n and (text[e].isalnum() or text[e] == "_")):
                        return Token(OPERATOR, start, e, text[start:e], op[0], ws)
                pm = _PARAM.match(text, start)
                e = pm.end() if pm else start + 1
                return Token(PARAMETER, start, e, text[start:e], text[start + 1:e].rstrip(":"), ws)
            return Token(OPERATOR, start, start + 1, c, "-", ws)
        if c == "+":
            if nx == "+":
                return Token(INCREMENT, start, start + 2, "++", "++", ws)
            if nx == "=":
                return Token(ASSIGN, start, start + 2, "+=", "+=", ws)
            return Token(OPERATOR, start, start + 1, c, "+", ws)
        if c in "*/%":
            if nx == "=":
                return Token(ASSIGN, start, start + 2, c + "=", c + "=", ws)
            return Token(OPERATOR, start, start + 1, c, c, ws)
        if c == "=":
            return Token(ASSIGN, start, start + 1, c, "=", ws)
        if c == "!":
            return Token(EXCLAIM, start, start + 1, c, "not", ws)
        if c == ".":
            if nx == ".":
                return Token(DOTDOT, start, start + 2, "..", "..", ws)
            return Token(DOT, start, start + 1, c, None, ws)
        if c == ":" and nx == ":":
            return Token(COLONCOLON, start, start + 2, "::", None, ws)
        if c.isalpha() or c == "_":
            m = _IDENT.match(text, start)
            return Token(IDENTIFIER, start, m.end(), m.group(), m.group(), ws)
        return Token(UNKNOWN, start, start + 1, c, None, ws)

    # ------------------------------------------------------------ variables

    def scan_variable(self, pos: int):
        """`$x`, `$global:x`, `${a b}`, `$_`, `$$`, `$^`, `$?` at pos (text[pos] == '$');
        None when no valid variable follows."""
        text = self.text
        if text[pos + 1:pos + 2] == "{":
            i = pos + 2
            buf = []
            n = self.n
            while i < n and text[i] != "}":
                if text[i] == "`" and i + 1 < n:
                    buf.append(text[i + 1])
                    i += 2
                else:
                    buf.append(text[i])
                    i += 1
            if i >= n:
                self.error(pos, n, "IncompleteDollarVariableReference",
                           "Missing } at end of variable name.", True)
            name = "".join(buf)
            if not name:
                self.error(pos, i + 1, "EmptyVariableReference",
                           "An empty ${} variable reference was found. A name is required inside the braces.",
                           False)
            scope = None
            k = name.find(":")
            if k > 0 and name[:k].replace("_", "a").isalnum() and k + 1 < len(name):
                scope, name = name[:k].lower(), name[k + 1:]
            return Token(VARIABLE, pos, i + 1, text[pos:i + 1], (scope, name))
        m = _VAR.match(text, pos)
        if not m:
            return None
        return Token(VARIABLE, pos, m.end(), m.group(), _var_value(m))

    def make_variable(self, tok: Token, splatted: bool = False):
        scope, name = tok.value
        ext = self.source.extent(tok.start, tok.end)
        if scope == "using":
            return A.UsingExpressionAst(ext, A.VariableExpressionAst(ext, name, "using"))
        return A.VariableExpressionAst(ext, name, scope, splatted)

    # ------------------------------------------------------------ strings

    def scan_sq_string(self, pos: int) -> Token:
        text = self.text
        n = self.n
        i = pos + 1
        buf = []
        while True:
            j = i
            while j < n and text[j] not in _SQ:
                j += 1
            if j >= n:
                self.error(pos, n, "TerminatorExpectedAtEndOfString",
                           "The string is missing the terminator: '.", True)
            buf.append(text[i:j])
            if j + 1 < n and text[j + 1] in _SQ:
                buf.append(text[j + 1])
                i = j + 2
                continue
            return Token(STRING_LITERAL, pos, j + 1, text[pos:j + 1], "".join(buf))

    def scan_dq_string(self, pos: int) -> Token:
        """A double-quoted string; value is the list of parts (str and ASTs)."""
        parts, end = self._expandable_body(pos + 1, here=False, start=pos)
        return Token(STRING_EXPANDABLE, pos, end, self.text[pos:end], parts)

    def scan_here_string(self, pos: int) -> Token:
        text = self.text
        n = self.n
        q = text[pos + 1]
        literal = q in _SQ
        i = pos + 2
        while i < n and text[i] in _SPACE:
            i += 1
        if i >= n:
            self.error(pos, n, "TerminatorExpectedAtEndOfString",
                       f"The string is missing the terminator: {q}@.", True)
        if text[i] not in "\r\n":
            self.error(i, i + 1, "UnexpectedCharactersAfterHereStringHeader",
                       "No characters are allowed after a here-string header but before the end of the line.",
                       False)
        nl = i  # the header's newline: the terminator may follow it directly
        body = i + 2 if text[i:i + 2] == "\r\n" else i + 1
        if literal:
            m = _HERE_SQ_END.search(text, nl)
            if not m:
                self.error(pos, n, "TerminatorExpectedAtEndOfString",
                           "The string is missing the terminator: '@.", True)
            content = text[body:m.start()] if m.start() > body else ""
            return Token(HERE_LITERAL, pos, m.end(), text[pos:m.end()], content)
        # an empty here-string: the terminator right after the header's newline
        if body < n and text[body] in _DQ and text[body + 1:body + 2] == "@":
            return Token(HERE_EXPANDABLE, pos, body + 2, text[pos:body + 2], [])
        parts, end = self._expandable_body(body, here=True, start=pos)
        return Token(HERE_EXPANDABLE, pos, end, text[pos:end], parts)

    def _expandable_body(self, i: int, here: bool, start: int):
        """Scan the body of an expandable string from i; returns (parts, end offset)."""
        text = self.text
        n = self.n
        parts: list = []
        buf: list[str] = []
        while True:
            if i >= n:
                term = '"@' if here else '"'
                self.error(start, n, "TerminatorExpectedAtEndOfString",
                           f"The string is missing the terminator: {term}.", True)
            c = text[i]
            if c == "`":
                if i + 1 >= n:
                    i += 1
                    continue
                buf.append(escape_char(text[i + 1]))
                i += 2
            elif c == "$":
                end = self._expansion(i, parts, buf)
                if end is None:
                    buf.append("$")
                    i += 1
                else:
                    i = end
            elif here:
                if c == "\r" or c == "\n":
                    e = i + 2 if text[i:i + 2] == "\r\n" else i + 1
                    if e < n and text[e] in _DQ and text[e + 1:e + 2] == "@":
                        _flush(parts, buf)
                        return parts, e + 2
                    buf.append(text[i:e])
                    i = e
                else:
                    buf.append(c)
                    i += 1
            elif c in _DQ:
                if i + 1 < n and text[i + 1] in _DQ:
                    buf.append(text[i + 1])
                    i += 2
                else:
                    _flush(parts, buf)
                    return parts, i + 1
            else:
                j = i + 1
                while j < n and text[j] not in _DQ_STOP:
                    j += 1
                buf.append(text[i:j])
                i = j

    def _expansion(self, i: int, parts: list, buf: list[str]) -> int | None:
        """A `$( )` or `$name` at i inside a string or bare word: moves the literal text
        gathered in buf to parts, adds the expansion, returns the offset after it.
        None when the '$' is only a character."""
        nx = self.text[i + 1:i + 2]
        if nx == "(":
            node, end = self.subexpr_hook(i)
            _flush(parts, buf)
            if node is not None:
                parts.append(node)
            return end
        tok = self.scan_variable(i) if nx else None
        if tok is None:
            return None
        _flush(parts, buf)
        parts.append(self.make_variable(tok))
        return tok.end

    def _skip_subexpr(self, pos: int):
        """Find the end of `$( ... )` without parsing (strings and nesting respected)."""
        text = self.text
        n = self.n
        depth = 0
        i = pos + 1
        while i < n:
            c = text[i]
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    return None, i + 1
            elif c in _SQ:
                try:
                    i = self.scan_sq_string(i).end
                    continue
                except ParseError:
                    return None, n
            elif c in _DQ:
                try:
                    i = self.scan_dq_string(i).end
                    continue
                except ParseError:
                    return None, n
            elif c == "`":
                i += 1
            i += 1
        self.error(pos, n, "MissingEndParenthesisInSubexpression",
                   "Missing closing ')' in subexpression.", True)

    # ------------------------------------------------------------ command mode

    def scan_generic(self, pos: int) -> Token:
        """A bare word in command mode. value: str (escapes applied, embedded quotes
        removed) or a list of parts when it holds `$x` / `$( )` / "..$x.." expansions."""
        text = self.text
        n = self.n
        i = pos
        parts: list = []
        buf: list[str] = []
        expand = False
        while i < n:
            c = text[i]
            if c in GENERIC_STOP:
                break
            if c == "`":
                if i + 1 >= n:
                    self.error(i, i + 1, "IncompleteLineContinuation",
                               "The line continuation character '`' is at the end of the input.", True)
                nx = text[i + 1]
                if nx == "\r" or nx == "\n":
                    break
                buf.append(escape_char(nx))
                i += 2
            elif c in _SQ:
                tok = self.scan_sq_string(i)
                buf.append(tok.value)
                i = tok.end
            elif c in _DQ:
                tok = self.scan_dq_string(i)
                for p in tok.value:
                    if isinstance(p, str):
                        buf.append(p)
                    else:
                        expand = True
                        _flush(parts, buf)
                        parts.append(p)
                i = tok.end
            elif c == "$" and i + 1 < n and (text[i + 1] == "(" or text[i + 1] not in GENERIC_STOP):
                end = self._expansion(i, parts, buf)
                if end is None:
                    buf.append("$")
                    i += 1
                else:
                    expand = True
                    i = end
            else:
                j = i + 1
                while j < n and text[j] not in _GENERIC_SPECIAL:
                    j += 1
                buf.append(text[i:j])
                i = j
        if expand:
            _flush(parts, buf)
            return Token(GENERIC, pos, i, text[pos:i], parts)
        return Token(GENERIC, pos, i, text[pos:i], "".join(buf))

    def scan_parameter(self, pos: int):
        """`-Name` or `-Name:` at pos; returns (name, colon, end) or None."""
        m = _PARAM.match(self.text, pos)
        if not m:
            return None
        return m.group(1), bool(m.group(2)), m.end()


def _flush(parts: list, buf: list[str]) -> None:
    """Move the literal text gathered so far into parts, as one string."""
    if buf:
        parts.append("".join(buf))
        buf.clear()


_SIMPLE = {
    "(": LPAREN, ")": RPAREN, "{": LCURLY, "}": RCURLY, "[": LBRACKET, "]": RBRACKET,
    ",": COMMA, ";": SEMI, "|": PIPE, "&": AMPERSAND,
}
_DQ_STOP = frozenset("`$") | _DQ
_TRIVIA_START = _SPACE | frozenset("#`<")
_GENERIC_SPECIAL = GENERIC_STOP | frozenset("`$") | _SQ | _DQ
_HERE_SQ_END = re.compile("(?:\r\n|\r|\n)[" + SINGLE_QUOTES + "]@")


def _var_value(m: "re.Match[str]"):
    sp = m.groupdict().get("sp")
    if sp:
        return (None, sp)
    if m.group("scope") is not None:
        return (m.group("scope").lower(), m.group("sname"))
    return (None, m.group("name"))


# ---------------------------------------------------------------- stand-alone tokenize

_EXPR_START = frozenset("$([{@!,+") | _SQ | _DQ
_NAMED_BLOCKS = {"begin", "process", "end", "dynamicparam"}
_REDIR = re.compile(r"([1-6*])?(>>?)(?:&([1-6]))?")
_TYPE_ID = re.compile(r"[^\W\d][\w.`+]*")
_PAREN_KEYWORDS = {"if", "elseif", "while", "until", "for", "foreach", "switch", "param", "function", "filter"}


def tokenize(text: str) -> list[Token]:
    """Tokens of a script for highlighting and completion: kind, text, extent offsets.

    Never raises: an unterminated construct becomes one token reaching the end of
    the text (kind of the construct, or Unknown). Comments are included (kind Comment);
    trivia spaces and line continuations are not. Keywords at statement start have
    kind Keyword; the first word of a command has kind CommandName; its bare-word
    arguments are Generic; parameters are Parameter.
    """
    src = SourceText(text)
    lx = Lexer(src)
    n = len(text)
    out: list[Token] = []
    pos = 0
    mode = "start"  # "start" (statement start) | "args" (command arguments) | "expr"
    parens: list[str] = []  # the mode to resume after each open '('
    guard = 0
    while pos < n and guard < 4 * n + 10:
        guard += 1
        # trivia, recording comments
        p = pos
        while p < n:
            c = text[p]
            if c == "#" or (c == "<" and text[p + 1:p + 2] == "#"):
                if c == "#":
                    e = p
                    while e < n and text[e] not in "\r\n":
                        e += 1
                else:
                    e = text.find("#>", p + 2)
                    e = n if e < 0 else e + 2
                out.append(Token(COMMENT, p, e, text[p:e]))
                p = e
                continue
            if c in _SPACE:
                p += 1
                continue
            if c == "`" and text[p + 1:p + 2] in ("\n", "\r"):
                p += 2
                continue
            break
        pos = p
        if pos >= n:
            break
        c = text[pos]
        try:
            if c in "\r\n" or c == ";":
                e = pos + 2 if text[pos:pos + 2] == "\r\n" else pos + 1
                out.append(Token(NEWLINE if c != ";" else SEMI, pos, e, text[pos:e]))
                pos = e
                mode = "start"
                continue
            if c in "|{(":
                kind = {"|": PIPE, "{": LCURLY, "(": LPAREN}[c]
                if c == "(":
                    prev = out[-1] if out else None
                    after_keyword = prev is not None and (
                        (prev.kind == KEYWORD and prev.text.lower() in _PAREN_KEYWORDS)
                        or (prev.kind == COMMAND_NAME and mode == "expr"))
                    parens.append("start" if after_keyword else ("args" if mode == "args" else "expr"))
                out.append(Token(kind, pos, pos + 1, c))
                pos += 1
                mode = "start"
                continue
            if c in "})":
                out.append(Token(RCURLY if c == "}" else RPAREN, pos, pos + 1, c))
                pos += 1
                if c == ")":
                    mode = parens.pop() if parens else "expr"
                else:
                    mode = "start"
                continue
            if mode == "args":
                prev = out[-1] if out else None
                if (c in ".:[" and prev is not None and prev.end == pos
                        and prev.kind in (VARIABLE, MEMBER_NAME, RPAREN, RBRACKET, STRING_LITERAL, STRING_EXPANDABLE)):
                    tok = lx.expr_token(pos)
                    out.append(tok)
                    pos = tok.end
                    if tok.kind in (DOT, COLONCOLON):
                        m = _IDENT.match(text, pos)
                        if m:
                            out.append(Token(MEMBER_NAME, pos, m.end(), m.group(), m.group()))
                            pos = m.end()
                    continue
                m = _REDIR.match(text, pos)
                if m and m.group(2):
                    out.append(Token(REDIRECTION, pos, m.end(), m.group()))
                    pos = m.end()
                    continue
                if c in _DASH and pos + 1 < n and (text[pos + 1].isalpha() or text[pos + 1] in "_?"):
                    pr = lx.scan_parameter(pos)
                    if pr:
                        out.append(Token(PARAMETER, pos, pr[2], text[pos:pr[2]], pr[0]))
                        pos = pr[2]
                        continue
                if c == "$" or c in _SQ or c in _DQ or (c == "@" and text[pos + 1:pos + 2] in "({"):
                    tok = lx.expr_token(pos)
                    out.append(tok)
                    pos = tok.end
                    continue
                if c == "@":
                    m = _SPLAT.match(text, pos)
                    if m:
                        out.append(Token(SPLATTED, pos, m.end(), m.group(), _var_value(m)))
                        pos = m.end()
                        continue
                if c == "&" or c == ",":
                    out.append(Token(AMPERSAND if c == "&" else COMMA, pos, pos + 1, c))
                    pos += 1
                    continue
                tok = lx.scan_generic(pos)
                if tok.end == pos:
                    tok = Token(UNKNOWN, pos, pos + 1, c)
                elif isinstance(tok.value, str) and _NUM.fullmatch(tok.text.lstrip("-")):
                    tok.kind = NUMBER
                out.append(tok)
                pos = tok.end
                continue
            if mode == "start":
                if c == "&" or (c == "." and pos + 1 < n and (text[pos + 1] in _SPACE or text[pos + 1] in "{$'\"(")):
                    out.append(Token(AMPERSAND if c == "&" else DOT, pos, pos + 1, c))
                    pos += 1
                    mode = "args"
                    continue
                if c == ":" and pos + 1 < n and (text[pos + 1].isalnum() or text[pos + 1] == "_"):
                    m = _IDENT.match(text, pos + 1)
                    out.append(Token("Label", pos, m.end(), text[pos:m.end()]))
                    pos = m.end()
                    continue
                starts_expr = c in _EXPR_START or c.isdigit() or c in _DASH or (c == "." and text[pos + 1:pos + 2].isdigit())
                if c.isdigit():
                    m = _NUM.match(text, pos)
                    if m and m.end() < n and (text[m.end()].isalnum() or text[m.end()] in "_\\:"):
                        starts_expr = False
                if c in _DASH:
                    nx = text[pos + 1:pos + 2]
                    starts_expr = not nx.isalpha()
                    if nx.isalpha():
                        wm = _WORD.match(text, pos + 1)
                        w = wm.group().lower() if wm else ""
                        starts_expr = w in UNARY_WORD_OPERATORS or w in ("isplit",)
                if not starts_expr:
                    tok = lx.scan_generic(pos)
                    if tok.end == pos:
                        out.append(Token(UNKNOWN, pos, pos + 1, c))
                        pos += 1
                        continue
                    word = tok.text.lower()
                    if tok.text == tok.value and word in KEYWORDS:
                        tok.kind = KEYWORD
                        out.append(tok)
                        pos = tok.end
                        if word in ("function", "filter", "workflow"):
                            mode = "funcname"
                        elif word in STATEMENT_KEYWORDS and word not in ("throw", "return", "exit", "break", "continue"):
                            mode = "expr"
                        elif word in _NAMED_BLOCKS or word in ("else", "try", "finally", "do", "catch", "param"):
                            mode = "expr" if word in ("param", "catch") else "start"
                        else:
                            mode = "start"
                        continue
                    tok.kind = COMMAND_NAME
                    out.append(tok)
                    pos = tok.end
                    mode = "args"
                    continue
                mode = "expr"
            if mode == "funcname":
                tok = lx.scan_generic(pos)
                if tok.end == pos:
                    mode = "expr"
                    continue
                tok.kind = COMMAND_NAME
                out.append(tok)
                pos = tok.end
                mode = "expr"
                continue
            # expression mode
            prev = out[-1] if out else None
            if prev is not None and prev.kind == LBRACKET and prev.end == pos:
                m = _TYPE_ID.match(text, pos)
                if m:
                    out.append(Token(TYPE_NAME, pos, m.end(), m.group(), m.group()))
                    pos = m.end()
                    continue
            tok = lx.expr_token(pos)
            if tok.kind == EOF:
                break
            if tok.kind == IDENTIFIER:
                if prev is not None and prev.kind in (DOT, COLONCOLON) and prev.end == tok.start:
                    tok.kind = MEMBER_NAME
                elif tok.text.lower() in KEYWORDS:
                    tok.kind = KEYWORD
            out.append(tok)
            pos = tok.end
            if tok.kind in (ASSIGN,):
                mode = "start"
        except ParseError as e:
            # an unterminated construct: one token to the end of the text
            kind = UNKNOWN
            if c in _SQ or c in _DQ:
                kind = STRING_EXPANDABLE if c in _DQ else STRING_LITERAL
            iss = e.first.extent
            end = max(iss.end, pos + 1)
            out.append(Token(kind, pos, end, text[pos:end]))
            pos = end
    for t in out:
        t.source = src
    return out
