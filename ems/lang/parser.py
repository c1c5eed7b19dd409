"""The PowerShell parser: hand-written recursive descent, as PowerShell's own.

Public API:

* :func:`parse` — a script (or command line) to a :class:`ScriptBlockAst`; raises
  :class:`ems.errors.ParseError` (never anything else) on the first error, with
  PowerShell's ErrorId and message, and ``incomplete`` True when more input could
  complete the text (an open ``{ ( [ @( $(``, an unterminated string or comment, a
  trailing ``|``, backtick, comma or binary operator, ``if ($x)`` with no block yet).
* :func:`parse_type_name` — ``"System.Collections.Generic.List[string]"`` to a TypeName.

The parser keeps a position in the text and asks the lexer for tokens in the mode
each construct needs (see :mod:`ems.lang.tokenizer`). Nesting is bounded
(:data:`MAX_NESTING`): deeper input raises ParseError ``ScriptTooComplicated`` rather
than exhausting Python's stack.

Decisions worth knowing:

* A script block's ScriptBlockAst extent includes its braces (the top-level script's
  is the whole text); a function's body likewise.
* ``"$x:"`` — a variable name followed by ':' and no name character stays ``$x``
  followed by a literal ':' (PowerShell 5.1 reports InvalidVariableReferenceWithDrive);
  ``$a:b`` is variable ``b`` of drive/scope ``a`` as in PowerShell. Scopes are lower-cased.
* ``$using:x`` is a UsingExpressionAst around VariableExpressionAst(scope "using").
* ``--`` alone ends parameter parsing and is not kept as an element.
* ``data [name] { }`` has no node of its own: it becomes ``$name = $( ... )``.
* ``class``, ``enum``, ``using``, ``configuration``, ``workflow`` raise
  ReservedKeywordNotAllowed (not supported by the emulator).
* A label before anything but a loop or switch is accepted and dropped; ``break :x``
  is read as ``break x``.
* Numbers in command mode: a bare word that is wholly a number literal (``5``, ``-1``,
  ``1.5GB``, ``0x10``) is a ConstantExpressionAst; ``5a`` and ``1..5`` are bare words.

Messages and ErrorIds follow Windows PowerShell 5.1's ParserStrings (e.g. ExpectedValueExpression
"You must provide a value expression following the '+' operator."), except
MissingEndCurlyBrace, which keeps the shorter "Missing closing '}' in statement block."
(5.1 adds " or type definition"). Errors of our own: ScriptTooComplicated for nesting
deeper than MAX_NESTING, IncompleteLineContinuation for a backtick at the very end of
the input, UnrecoverableParserError should the parser itself fail (a bug).
"""
from __future__ import annotations

import re
import sys

from ems.errors import ParseError, ParseIssue
from ems.lang import ast as A
from ems.lang.source import Extent, SourceText
from ems.lang.tokens import (
    AMPERSAND, ASSIGN, AT_CURLY, AT_PAREN, COMMA, DASHES, DECREMENT, DOLLAR_PAREN,
    DOTDOT, DOUBLE_QUOTES, EOF, EXCLAIM, HERE_EXPANDABLE, HERE_LITERAL, IDENTIFIER,
    INCREMENT, LBRACKET, LCURLY, LPAREN, NEWLINE, NUMBER, OPERATOR, PARAMETER, PIPE, RBRACKET,
    RCURLY, RPAREN, SEMI, SINGLE_QUOTES, SPLATTED, STREAM_NAMES, STRING_EXPANDABLE,
    STRING_LITERAL, SWITCH_FLAGS, SYMBOL_BINARY_PRECEDENCE, UNARY_WORD_OPERATORS, VARIABLE,
    WORD_OPERATORS, Token,
)
from ems.lang.tokenizer import _IDENT, _NUM, _TRIVIA_START, _WORD, GENERIC_STOP, Lexer, number_value

MAX_NESTING = 250
"""Deepest nesting of parentheses, blocks, sub-expressions and unary operators the
parser accepts; deeper input raises ParseError ``ScriptTooComplicated``."""

_SQ = frozenset(SINGLE_QUOTES)
_DQ = frozenset(DOUBLE_QUOTES)
_DASH = frozenset(DASHES)
_QUOTES = _SQ | _DQ

_LABEL_RE = re.compile(r":(\w+)")
_REDIR_RE = re.compile(r"([1-6*])?(>>?)(?:&([1-6]))?")
_TYPE_ID_RE = re.compile(r"[^\W\d][\w.`+]*")
_HASH_KEY_RE = re.compile(r"[^\W\d][\w\-.]*")
_SIGNED_NUM_RE = re.compile(r"[-\u2013\u2014\u2015+]?")

_NAMED_BLOCKS = ("begin", "process", "end", "dynamicparam")
_LOOP_KEYWORDS = ("foreach", "for", "while", "do", "switch")
_UNSUPPORTED_KEYWORDS = ("class", "enum", "using", "configuration", "workflow", "from", "define", "var")

# Token kinds that can start a unary expression in expression mode.
_OPERAND_START = frozenset({
    NUMBER, VARIABLE, STRING_LITERAL, STRING_EXPANDABLE, HERE_LITERAL, HERE_EXPANDABLE,
    LPAREN, DOLLAR_PAREN, AT_PAREN, AT_CURLY, LCURLY, LBRACKET, EXCLAIM, INCREMENT,
    DECREMENT, COMMA, SPLATTED,
})
_COMPOUND = (
    A.IfStatementAst, A.LoopStatementAst, A.SwitchStatementAst, A.TryStatementAst,
    A.TrapStatementAst, A.FunctionDefinitionAst,
)
# A pipeline or command ends at these characters.
_STATEMENT_END = frozenset("\r\n;|)}")
_TRIVIA_OR_NL = _TRIVIA_START | frozenset("\r\n")


class Parser:
    def __init__(self, text: str, path: str | None = None):
        self.source = SourceText(text, path)
        self.text = text
        self.n = len(text)
        self.lx = Lexer(self.source, self._subexpr_hook)
        self.pos = 0
        self.depth = 0
        self._cache: dict[int, Token] = {}

    # ------------------------------------------------------------ helpers

    def ext(self, start: int, end: int) -> Extent:
        return Extent(self.source, start, end)

    def fail(self, start: int, end: int, eid: str, msg: str, incomplete: bool | None = None):
        if incomplete is None:
            incomplete = self.rest_blank(self.pos)
        raise ParseError([ParseIssue(self.ext(start, end), eid, msg, incomplete)])

    def missing(self, pos: int, eid: str, msg: str, incomplete: bool | None = None):
        """Fail for something missing before pos: the error stands right after the last
        token before pos (PowerShell reports a missing '}' or ')' there, not on a later line)."""
        text = self.text
        p = min(pos, self.n)
        while p > 0 and text[p - 1] in " \t\r\n":
            p -= 1
        self.fail(p, p, eid, msg, incomplete)

    def rest_blank(self, pos: int) -> bool:
        try:
            return self.lx.skip_trivia(pos, True) >= self.n
        except ParseError:
            return True

    def enter(self, pos: int) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            self.fail(pos, min(pos + 1, self.n), "ScriptTooComplicated",
                      "Processing was stopped because the script is too complex.", False)

    def leave(self) -> None:
        self.depth -= 1

    def peek(self) -> Token:
        tok = self._cache.get(self.pos)
        if tok is None:
            tok = self.lx.expr_token(self.pos)
            self._cache[self.pos] = tok
        return tok

    def advance(self) -> Token:
        tok = self.peek()
        self.pos = tok.end
        return tok

    def skip_nl(self) -> None:
        p = self.pos
        if p < self.n and self.text[p] not in _TRIVIA_OR_NL:
            return
        self.pos = self.lx.skip_trivia(p, True)

    def skip_ws(self) -> None:
        p = self.pos
        if p < self.n and self.text[p] not in _TRIVIA_START:
            return
        self.pos = self.lx.skip_trivia(p, False)

    def char(self, pos: int | None = None) -> str:
        p = self.pos if pos is None else pos
        return self.text[p] if p < self.n else ""

    def unexpected(self, tok: Token):
        if tok.kind == EOF:
            self.fail(tok.start, tok.end, "ExpectedExpression", "An expression was expected after '('.")
        text = tok.text
        if tok.kind == NEWLINE:
            text = "\n"
        self.fail(tok.start, tok.end, "UnexpectedToken",
                  f"Unexpected token '{text}' in expression or statement.", False)

    def keyword_at(self, pos: int) -> str | None:
        """The keyword (lower case) spelled at pos in command mode, if any."""
        m = _WORD.match(self.text, pos)
        if not m:
            return None
        e = m.end()
        if e < self.n and self.text[e] not in GENERIC_STOP:
            return None
        return m.group().lower()

    def _subexpr_hook(self, pos: int):
        save = self.pos
        self.pos = pos
        try:
            node = self.parse_sub_expression()
            return node, self.pos
        finally:
            self.pos = save

    # ------------------------------------------------------------ script blocks

    def parse_script(self) -> A.ScriptBlockAst:
        sb = self.parse_script_block_body(0, top=True)
        tok = self.peek()
        if tok.kind != EOF:
            self.unexpected(tok)
        return A.ScriptBlockAst(self.ext(0, self.n), sb.param_block, sb.begin_block, sb.process_block,
                                sb.end_block, sb.dynamic_param_block)

    def parse_script_block_body(self, start: int, top: bool = False, is_filter: bool = False,
                                has_params: bool = False) -> A.ScriptBlockAst:
        """Body of a script block up to (not including) its closing '}' or the end of text."""
        self.skip_nl()
        param_block = self.try_param_block()
        if param_block is not None and has_params:
            self.fail(param_block.extent.start, param_block.extent.end, "OnlyOneParameterListAllowed",
                      "The param statement cannot be used if arguments were specified in the function declaration.",
                      False)
        self.skip_nl()
        body_start = self.pos
        blocks: dict[str, A.NamedBlockAst] = {}
        if self._named_block_ahead():
            while True:
                self.skip_nl()
                while self.peek().kind == SEMI:
                    self.advance()
                    self.skip_nl()
                tok = self.peek()
                if tok.kind in (EOF, RCURLY):
                    break
                word = self.keyword_at(self.pos)
                if word not in _NAMED_BLOCKS:
                    bad = tok.text if tok.kind != NEWLINE else "\n"
                    self.fail(tok.start, tok.end, "MissingNamedBlocks",
                              f"unexpected token '{bad}', expected 'begin', 'process', 'end', or 'dynamicparam'.",
                              False)
                bstart = self.pos
                self.pos += len(word)
                self.skip_nl()
                tok = self.peek()
                if tok.kind != LCURLY:
                    self.fail(bstart, bstart + len(word), "MissingNamedStatementBlock",
                              f"Missing statement block after '{word}'.")
                self.advance()
                self.enter(tok.start)
                stmts, traps = self.parse_statement_list()
                end_tok = self.peek()
                if end_tok.kind != RCURLY:
                    self.fail(tok.start, tok.end, "MissingEndCurlyBrace",
                              "Missing closing '}' in statement block.")
                self.advance()
                self.leave()
                if word in blocks:
                    self.fail(bstart, self.pos, "DuplicateScriptCommandClause",
                              f"Script command clause '{word}' has already been defined.", False)
                blocks[word] = A.NamedBlockAst(self.ext(bstart, self.pos), word, tuple(stmts), tuple(traps))
            end_block = blocks.get("end")
            process_block = blocks.get("process")
        else:
            stmts, traps = self.parse_statement_list()
            kind = "process" if is_filter else "end"
            ext_end = stmts[-1].extent.end if stmts else body_start
            if traps:
                ext_end = max(ext_end, traps[-1].extent.end)
            nb = A.NamedBlockAst(self.ext(body_start, max(ext_end, body_start)), kind, tuple(stmts), tuple(traps),
                                 unnamed=True)
            end_block = nb if kind == "end" else None
            process_block = nb if kind == "process" else None
        end = self.pos
        return A.ScriptBlockAst(
            self.ext(start, end),
            param_block=param_block,
            begin_block=blocks.get("begin"),
            process_block=process_block,
            end_block=end_block,
            dynamic_param_block=blocks.get("dynamicparam"),
        )

    def _named_block_ahead(self) -> bool:
        word = self.keyword_at(self.pos)
        if word not in _NAMED_BLOCKS:
            return False
        p = self.lx.skip_trivia(self.pos + len(word), True)
        return self.char(p) == "{"

    def try_param_block(self) -> A.ParamBlockAst | None:
        save = self.pos
        start = self.pos
        depth = self.depth
        attrs: list[A.AttributeAst] = []
        try:
            while self.peek().kind == LBRACKET:
                a = self.parse_attribute_or_type()
                if not isinstance(a, A.AttributeAst):
                    self.pos = save
                    return None
                attrs.append(a)
                self.skip_nl()
        except ParseError:
            self.pos = save
            self.depth = depth
            return None
        if self.keyword_at(self.pos) != "param":
            self.pos = save
            return None
        kw = self.pos
        self.pos += 5
        self.skip_nl()
        if self.peek().kind != LPAREN:
            self.pos = save
            return None
        self.advance()
        params = self.parse_parameter_list()
        return A.ParamBlockAst(self.ext(start if attrs else kw, self.pos), tuple(attrs), tuple(params))

    def parse_parameter_list(self) -> list[A.ParameterAst]:
        """Parameters after '(' up to and including ')'."""
        params: list[A.ParameterAst] = []
        self.skip_nl()
        if self.peek().kind == RPAREN:
            self.advance()
            return params
        seen: set[str] = set()
        while True:
            pstart = self.pos
            attrs: list[A.AttributeBaseAst] = []
            while self.peek().kind == LBRACKET:
                attrs.append(self.parse_attribute_or_type())
                self.skip_nl()
            tok = self.peek()
            if tok.kind != VARIABLE:
                if tok.kind == EOF:
                    self.fail(tok.start, tok.end, "MissingEndParenthesisInFunctionParameterList",
                              "Missing ')' in function parameter list.")
                self.fail(tok.start, tok.end, "InvalidFunctionParameter",
                          "Parameter declarations are a comma-separated list of variable names with "
                          "optional initializer expressions.", False)
            self.advance()
            var = self.lx.make_variable(tok)
            if isinstance(var, A.UsingExpressionAst):
                var = var.sub_expression
            key = var.name.lower()
            if key in seen:
                self.fail(tok.start, tok.end, "DuplicateFormalParameter",
                          f"Duplicate parameter ${var.name} in parameter list.", False)
            seen.add(key)
            default = None
            t = self.peek()
            if t.kind == ASSIGN and t.value == "=":
                self.advance()
                self.skip_nl()
                if not self.can_start_operand(self.peek()):
                    self.fail(t.start, t.end, "ExpectedValueExpression",
                              "You must provide a value expression following the '=' operator.")
                default = self.parse_expression(allow_comma=False)
            params.append(A.ParameterAst(self.ext(pstart, self.pos if default is None else default.extent.end),
                                         var, tuple(attrs), default))
            t = self.list_separator()
            if t.kind == COMMA:
                continue
            if t.kind == RPAREN:
                return params
            self.missing(t.start, "MissingEndParenthesisInFunctionParameterList",
                      "Missing ')' in function parameter list.")

    # ------------------------------------------------------------ attributes and types

    def parse_attribute_or_type(self):
        """At '[': a type constraint `[int]` or an attribute `[Parameter(...)]`."""
        lb = self.advance()
        self.skip_ws()
        tn = self.parse_type_name_inner(lb)
        self.skip_ws()
        tok = self.peek()
        if tok.kind == LPAREN:
            self.advance()
            pos_args, named = self.parse_attribute_arguments(tok)
            self.skip_ws()
            t = self.peek()
            if t.kind != RBRACKET:
                self.missing(t.start, "EndSquareBracketExpectedAtEndOfAttribute",
                          "Missing ] at end of attribute or type literal.")
            self.advance()
            return A.AttributeAst(self.ext(lb.start, self.pos), tn, tuple(pos_args), tuple(named))
        if tok.kind != RBRACKET:
            self.missing(tok.start, "EndSquareBracketExpectedAtEndOfAttribute",
                      "Missing ] at end of attribute or type literal.")
        self.advance()
        return A.TypeConstraintAst(self.ext(lb.start, self.pos), tn)

    def parse_attribute_arguments(self, lparen: Token):
        pos_args: list[A.ExpressionAst] = []
        named: list[A.NamedAttributeArgumentAst] = []
        self.skip_nl()
        if self.peek().kind == RPAREN:
            self.advance()
            return pos_args, named
        while True:
            tok = self.peek()
            if tok.kind == IDENTIFIER:
                save = self.pos
                self.advance()
                t2 = self.peek()
                if t2.kind == ASSIGN and t2.value == "=":
                    self.advance()
                    self.skip_nl()
                    if not self.can_start_operand(self.peek()):
                        self.fail(t2.start, t2.end, "MissingExpressionInNamedArgument",
                                  "Missing statement after '=' in named argument.")
                    value = self.parse_expression(allow_comma=False)
                    named.append(A.NamedAttributeArgumentAst(self.ext(tok.start, value.extent.end), tok.text, value))
                elif t2.kind in (COMMA, RPAREN, NEWLINE):
                    ext = self.ext(tok.start, tok.end)
                    named.append(A.NamedAttributeArgumentAst(ext, tok.text, A.VariableExpressionAst(ext, "true"),
                                                             expression_omitted=True))
                else:
                    self.pos = save
                    self.unexpected(tok)
            else:
                if not self.can_start_operand(tok):
                    if tok.kind == EOF:
                        self.fail(lparen.start, lparen.end, "MissingEndParenthesisInExpression",
                                  "Missing closing ')' in expression.")
                    self.unexpected(tok)
                pos_args.append(self.parse_expression(allow_comma=False))
            t = self.list_separator()
            if t.kind == COMMA:
                continue
            if t.kind == RPAREN:
                return pos_args, named
            self.missing(t.start, "MissingEndParenthesisInExpression", "Missing closing ')' in expression.")

    def parse_type_name_inner(self, lb: Token | None) -> A.TypeName:
        """A type name at the current position (after '[' and spaces), without the closing ']'."""
        start = self.pos
        m = _TYPE_ID_RE.match(self.text, start)
        if not m:
            s = lb.start if lb is not None else start
            self.fail(s, lb.end if lb is not None else start, "MissingTypename", "Missing type name after '['.")
        name = m.group()
        self.pos = m.end()
        generic: list[A.TypeName] = []
        rank = 0
        text = self.text
        if self.char() == "[":
            p = self.pos + 1
            while p < self.n and text[p] in " \t":
                p += 1
            if p < self.n and text[p] in "],":
                rank, self.pos = self._array_rank(self.pos)
            else:
                self.pos += 1
                self.enter(self.pos)
                while True:
                    self.skip_ws()
                    if self.char() == "[":
                        ilb = self.advance()
                        self.skip_ws()
                        arg = self.parse_type_name_inner(ilb)
                        self.skip_ws()
                        if self.char() != "]":
                            self.missing(self.pos, "EndSquareBracketExpectedAtEndOfType",
                                      "Missing ] at end of type token.")
                        self.pos += 1
                    else:
                        arg = self.parse_type_name_inner(None)
                    generic.append(arg)
                    self.skip_ws()
                    c = self.char()
                    if c == ",":
                        self.pos += 1
                        continue
                    if c == "]":
                        self.pos += 1
                        break
                    self.missing(self.pos, "EndSquareBracketExpectedAtEndOfType",
                              "Missing ] at end of type token.")
                self.leave()
                if self.char() == "[" and self.text[self.pos + 1:self.pos + 2] in ("]", ","):
                    rank, self.pos = self._array_rank(self.pos)
        tn = A.TypeName(self.ext(start, self.pos), name, tuple(generic), rank)
        # jagged arrays: [int[][]]
        while rank and self.char() == "[" and self.text[self.pos + 1:self.pos + 2] in ("]", ","):
            rank, self.pos = self._array_rank(self.pos)
            tn = A.TypeName(self.ext(start, self.pos), tn.full_name, (), rank)
        return tn

    def _array_rank(self, pos: int) -> tuple[int, int]:
        p = pos + 1
        rank = 1
        text = self.text
        while p < self.n and text[p] in " \t,":
            if text[p] == ",":
                rank += 1
            p += 1
        if p >= self.n or text[p] != "]":
            self.fail(pos, p, "EndSquareBracketExpectedAtEndOfType", "Missing ] at end of type token.")
        return rank, p + 1

    # ------------------------------------------------------------ statements

    def parse_statement_list(self):
        """Statements up to a '}' or ')' or the end of text (not consumed)."""
        stmts: list[A.StatementAst] = []
        traps: list[A.TrapStatementAst] = []
        while True:
            self.skip_nl()
            tok = self.peek()
            k = tok.kind
            if k == SEMI:
                self.advance()
                continue
            if k == EOF or k == RCURLY or k == RPAREN:
                return stmts, traps
            st = self.parse_statement()
            if isinstance(st, A.TrapStatementAst):
                traps.append(st)
            else:
                stmts.append(st)
            if not isinstance(st, _COMPOUND):
                self.expect_statement_end()

    def expect_statement_end(self) -> None:
        tok = self.peek()
        if tok.kind in (NEWLINE, SEMI, EOF, RCURLY, RPAREN):
            return
        if tok.kind == AMPERSAND and self.char(tok.end) == "&":
            self.fail(tok.start, tok.end + 1, "InvalidEndOfLine",
                      "The token '&&' is not a valid statement separator in this version.", False)
        if tok.kind == PIPE and self.char(tok.end) == "|":
            self.fail(tok.start, tok.end + 1, "InvalidEndOfLine",
                      "The token '||' is not a valid statement separator in this version.", False)
        self.unexpected(tok)

    def parse_statement(self) -> A.StatementAst:
        self.skip_ws()
        p = self.pos
        c = self.char()
        label = None
        if c == ":":
            m = _LABEL_RE.match(self.text, p)
            if m:
                label = m.group(1)
                self.pos = m.end()
                self.skip_nl()
                p = self.pos
        word = self.keyword_at(p)
        if label is not None and word not in _LOOP_KEYWORDS:
            # A label on anything but a loop or switch is allowed and ignored.
            label = None
        if word is not None:
            method = _STATEMENT_DISPATCH.get(word)
            if method is not None:
                self.pos = p + len(word)
                if word in _LOOP_KEYWORDS:
                    return method(self, p, label)
                return method(self, p)
            if word in _UNSUPPORTED_KEYWORDS:
                self.fail(p, p + len(word), "ReservedKeywordNotAllowed",
                          f"The '{word}' keyword is not supported in this version of the language.", False)
        return self.parse_pipeline()

    def parse_block(self, kw_start: int, eid: str, msg: str) -> A.StatementBlockAst:
        """A '{ statements }' block; fails with eid/msg when no '{' is next."""
        self.skip_nl()
        tok = self.peek()
        if tok.kind != LCURLY:
            self.fail(kw_start if tok.kind == EOF else tok.start, tok.start if tok.kind != EOF else tok.start, eid, msg)
        return self.parse_statement_block()

    def parse_statement_block(self) -> A.StatementBlockAst:
        tok = self.advance()  # '{'
        self.enter(tok.start)
        stmts, traps = self.parse_statement_list()
        self.close_curly(tok)
        return A.StatementBlockAst(self.ext(tok.start, self.pos), tuple(stmts), tuple(traps))

    def close_curly(self, open_tok: Token) -> None:
        """Consume the '}' that closes the block opened at open_tok."""
        if self.peek().kind != RCURLY:
            self.fail(open_tok.start, open_tok.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block.")
        self.advance()
        self.leave()

    def list_separator(self) -> Token:
        """After an item of a '( a, b )' list: consume a ',' or the ')' and return it; else peek."""
        self.skip_nl()
        t = self.peek()
        if t.kind == COMMA:
            self.advance()
            self.skip_nl()
        elif t.kind == RPAREN:
            self.advance()
        return t

    def braced_script_block(self, body: A.ScriptBlockAst, open_start: int) -> A.ScriptBlockAst:
        """The body again, its extent now running from its '{' to past its '}'."""
        return A.ScriptBlockAst(self.ext(open_start, self.pos), body.param_block, body.begin_block,
                                body.process_block, body.end_block, body.dynamic_param_block)

    def next_braced_item(self, open_tok: Token) -> bool:
        """Skip blank lines and ';' inside '{ ... }'; False once the '}' is consumed."""
        while True:
            self.skip_nl()
            t = self.peek()
            if t.kind == SEMI:
                self.advance()
                continue
            if t.kind == RCURLY:
                self.advance()
                return False
            if t.kind == EOF:
                self.fail(open_tok.start, open_tok.end, "MissingEndCurlyBrace",
                          "Missing closing '}' in statement block.")
            return True

    def parse_condition(self, kw: str, kw_start: int, open_eid: str, open_msg: str, missing_eid: str,
                        missing_msg: str) -> A.PipelineBaseAst:
        """'(' pipeline ')' after a keyword (newlines may come between)."""
        self.skip_nl()
        tok = self.peek()
        if tok.kind != LPAREN:
            self.fail(kw_start, kw_start + len(kw), open_eid, open_msg)
        self.advance()
        self.enter(tok.start)
        self.skip_nl()
        t = self.peek()
        if t.kind in (RPAREN, EOF, SEMI, RCURLY):
            self.missing(t.start, missing_eid, missing_msg)
        cond = self.parse_pipeline()
        self.skip_nl()
        t = self.peek()
        if t.kind != RPAREN:
            self.missing(t.start, "MissingEndParenthesisAfterStatement",
                      f"Missing closing ')' after expression in '{kw}' statement.")
        self.advance()
        self.leave()
        return cond

    def parse_if(self, start: int) -> A.IfStatementAst:
        clauses = []
        kw = "if"
        kw_start = start
        else_clause = None
        while True:
            cond = self.parse_condition(kw, kw_start, "MissingOpenParenthesisInIfStatement",
                                        f"Missing '(' after '{kw}' in if statement.", "IfStatementMissingCondition",
                                        f"Missing condition in if statement after '{kw} ('.")
            body = self.parse_block(self.pos, "MissingStatementBlock", f"Missing statement block after {kw} ( condition ).")
            clauses.append((cond, body))
            save = self.pos
            self.skip_nl()
            word = self.keyword_at(self.pos)
            if word == "elseif":
                kw_start = self.pos
                self.pos += 6
                kw = "elseif"
                continue
            if word == "else":
                e = self.pos
                self.pos += 4
                else_clause = self.parse_block(e, "MissingStatementBlockAfterElse",
                                               "Missing statement block after 'else' keyword.")
                break
            self.pos = save
            break
        end = else_clause.extent.end if else_clause else clauses[-1][1].extent.end
        return A.IfStatementAst(self.ext(start, end), tuple(clauses), else_clause)

    def parse_while(self, start: int, label):
        cond = self.parse_condition("while", start, "MissingOpenParenthesisAfterKeyword",
                                    "Missing opening '(' after keyword 'while'.", "MissingExpressionAfterKeyword",
                                    "Missing expression after 'while' in loop.")
        body = self.parse_block(self.pos, "MissingLoopStatement", "Missing statement body in while loop.")
        return A.WhileStatementAst(self.ext(start, body.extent.end), label, cond, body)

    def parse_do(self, start: int, label):
        body = self.parse_block(start, "MissingLoopStatement", "Missing statement body in do loop.")
        save = self.pos
        self.skip_nl()
        word = self.keyword_at(self.pos)
        if word not in ("while", "until"):
            self.pos = save
            self.fail(body.extent.end, body.extent.end, "MissingWhileOrUntilInDoWhile",
                      "Missing while or until keyword in do loop.")
        kw = self.pos
        self.pos += len(word)
        cond = self.parse_condition(word, kw, "MissingOpenParenthesisAfterKeyword",
                                    f"Missing opening '(' after keyword '{word}'.", "MissingExpressionAfterKeyword",
                                    f"Missing expression after '{word}' in loop.")
        cls = A.DoWhileStatementAst if word == "while" else A.DoUntilStatementAst
        return cls(self.ext(start, self.pos), label, cond, body)

    def parse_for(self, start: int, label):
        self.skip_nl()
        tok = self.peek()
        if tok.kind != LPAREN:
            self.fail(start, start + 3, "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'for'.")
        self.advance()
        self.enter(tok.start)
        parts: list = [None, None, None]
        for i in range(3):
            self.skip_nl()
            t = self.peek()
            if t.kind not in (SEMI, RPAREN):
                if t.kind == EOF:
                    self.missing(t.start, "MissingEndParenthesisAfterStatement",
                              "Missing closing ')' after expression in 'for' statement.")
                parts[i] = self.parse_pipeline()
                self.skip_ws()
                t = self.peek()
            if i < 2:
                if t.kind == SEMI or t.kind == NEWLINE:
                    self.advance()
                elif t.kind == RPAREN:
                    break
                else:
                    self.missing(t.start, "MissingEndParenthesisAfterStatement",
                              "Missing closing ')' after expression in 'for' statement.")
        self.skip_nl()
        t = self.peek()
        if t.kind != RPAREN:
            self.missing(t.start, "MissingEndParenthesisAfterStatement",
                      "Missing closing ')' after expression in 'for' statement.")
        self.advance()
        self.leave()
        body = self.parse_block(self.pos, "MissingLoopStatement", "Missing statement body in for loop.")
        return A.ForStatementAst(self.ext(start, body.extent.end), label, parts[1], body,
                                 initializer=parts[0], iterator=parts[2])

    def parse_foreach(self, start: int, label):
        self.skip_nl()
        # foreach -parallel (workflows) is not supported; flags are rejected.
        tok = self.peek()
        if tok.kind == PARAMETER:
            self.fail(tok.start, tok.end, "InvalidForeachFlag",
                      f"The parameter {tok.text} is not valid for the foreach statement.", False)
        if tok.kind != LPAREN:
            self.fail(start, start + 7, "MissingOpenParenthesisAfterKeyword",
                      "Missing opening '(' after keyword 'foreach'.")
        self.advance()
        self.enter(tok.start)
        self.skip_nl()
        t = self.peek()
        if t.kind != VARIABLE:
            self.missing(t.start, "MissingVariableNameAfterForeach",
                      "Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}")
        self.advance()
        var = self.lx.make_variable(t)
        if isinstance(var, A.UsingExpressionAst):
            var = var.sub_expression
        self.skip_nl()
        if self.keyword_at(self.pos) != "in":
            self.missing(self.pos, "MissingInInForeach",
                      "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}")
        self.pos += 2
        self.skip_nl()
        t = self.peek()
        if t.kind in (RPAREN, EOF):
            self.missing(t.start, "MissingForeachExpression",
                      "Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}")
        cond = self.parse_pipeline()
        self.skip_nl()
        t = self.peek()
        if t.kind != RPAREN:
            self.missing(t.start, "MissingEndParenthesisAfterForeach",
                      "Missing closing ')' after expression part of foreach loop.\n"
                      "The correct form is: foreach ($a in $b) {...}")
        self.advance()
        self.leave()
        body = self.parse_block(self.pos, "MissingForeachStatement",
                                "Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}")
        return A.ForEachStatementAst(self.ext(start, body.extent.end), label, cond, body, variable=var)

    def parse_switch(self, start: int, label):
        flags: set[str] = set()
        cond = None
        while True:
            self.skip_ws()
            c = self.char()
            if c and c in _DASH:
                pr = self.lx.scan_parameter(self.pos)
                if pr is None:
                    break
                name, _colon, end = pr
                low = name.lower()
                matches = [f for f in SWITCH_FLAGS if f.startswith(low)]
                if len(matches) != 1 and low not in SWITCH_FLAGS:
                    self.fail(self.pos, end, "InvalidSwitchFlag",
                              f"The parameter -{name} is not valid for the switch statement.", False)
                flag = low if low in SWITCH_FLAGS else matches[0]
                flags.add(flag)
                fstart = self.pos
                self.pos = end
                if flag == "file":
                    self.skip_ws()
                    if self.char() in _STATEMENT_END or self.char() in ("", "{"):
                        self.fail(fstart, end, "MissingFilenameOption",
                                  "Cannot process the 'switch' statement because of a missing file name argument "
                                  "to the -file option.")
                    arg = self.parse_command_argument()
                    cond = A.PipelineAst(arg.extent, (A.CommandExpressionAst(arg.extent, expression=arg),))
                continue
            break
        if cond is None:
            self.skip_nl()
            tok = self.peek()
            if tok.kind != LPAREN:
                self.fail(start, start + 6, "PipelineValueRequired",
                          "A switch statement must have one of the following:  '-file file_name' or '( expression )'.")
            self.advance()
            self.enter(tok.start)
            self.skip_nl()
            t = self.peek()
            if t.kind in (RPAREN, EOF):
                self.missing(t.start, "MissingSwitchValueExpression",
                          "Missing expression after '(' in switch statement.")
            cond = self.parse_pipeline()
            self.skip_nl()
            t = self.peek()
            if t.kind != RPAREN:
                self.missing(t.start, "MissingEndParenthesisInSwitchStatement",
                          "Missing ')' after expression in switch statement.")
            self.advance()
            self.leave()
        self.skip_nl()
        tok = self.peek()
        if tok.kind != LCURLY:
            self.missing(tok.start, "MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.")
        self.advance()
        self.enter(tok.start)
        clauses = []
        default = None
        while self.next_braced_item(tok):
            t = self.peek()
            cstart = self.pos
            if self.char() in _STATEMENT_END:
                self.unexpected(t)
            cond_expr = self.parse_command_argument()
            self.skip_nl()
            bt = self.peek()
            if bt.kind != LCURLY:
                self.missing(bt.start, "MissingSwitchStatementClause",
                          "Missing statement block in switch statement clause.")
            body = self.parse_statement_block()
            if (isinstance(cond_expr, A.StringConstantExpressionAst) and cond_expr.string_kind == "BareWord"
                    and cond_expr.value.lower() == "default"):
                if default is not None:
                    self.fail(cstart, cond_expr.extent.end, "MultipleSwitchDefaultClauses",
                              "A switch statement can have only one default clause.", False)
                default = body
            else:
                clauses.append((cond_expr, body))
        self.leave()
        return A.SwitchStatementAst(self.ext(start, self.pos), label, cond, frozenset(flags), tuple(clauses), default)

    def parse_function(self, start: int, is_filter: bool = False):
        kw = "filter" if is_filter else "function"
        self.skip_ws()
        c = self.char()
        if not c or c in GENERIC_STOP:
            self.fail(start, start + len(kw), "MissingNameAfterKeyword", f"Missing name after {kw} keyword.")
        tok = self.lx.scan_generic(self.pos)
        name = tok.value if isinstance(tok.value, str) else tok.text
        self.pos = tok.end
        self.skip_nl()
        params = None
        t = self.peek()
        if t.kind == LPAREN:
            self.advance()
            self.enter(t.start)
            params = tuple(self.parse_parameter_list())
            self.leave()
            self.skip_nl()
            t = self.peek()
        if t.kind != LCURLY:
            self.missing(t.start, "MissingFunctionBody", "Missing function body in function declaration.")
        self.advance()
        self.enter(t.start)
        body = self.parse_script_block_body(t.start, is_filter=is_filter, has_params=params is not None)
        self.close_curly(t)
        body = self.braced_script_block(body, t.start)
        return A.FunctionDefinitionAst(self.ext(start, self.pos), name, body, is_filter, params)

    def parse_filter(self, start: int):
        return self.parse_function(start, is_filter=True)

    def parse_try(self, start: int):
        body = self.parse_block(start, "MissingTryStatementBlock", "The Try statement is missing its statement block.")
        catches = []
        caught: set[str] = set()
        fin = None
        while True:
            save = self.pos
            self.skip_nl()
            word = self.keyword_at(self.pos)
            if word == "catch":
                cstart = self.pos
                self.pos += 5
                types = []
                self.skip_ws()
                while self.peek().kind == LBRACKET:
                    a = self.parse_attribute_or_type()
                    if not isinstance(a, A.TypeConstraintAst):
                        self.fail(a.extent.start, a.extent.end, "UnexpectedAttribute",
                                  f"Unexpected attribute '{a.type_name.full_name}'.", False)
                    types.append(a)
                    self.skip_ws()
                    if self.peek().kind == COMMA:
                        self.advance()
                        self.skip_nl()
                        if self.peek().kind != LBRACKET:
                            t = self.peek()
                            self.missing(t.start, "MissingTypeLiteralToken", "Missing type literal.")
                        continue
                    break
                cbody = self.parse_block(cstart, "MissingCatchHandlerBlock", "The Catch block is missing its statement block.")
                if catches and not catches[-1].catch_types:
                    prev = catches[-1]
                    self.fail(prev.extent.start, prev.extent.end, "EmptyCatchNotLast",
                              "Catch block must be the last catch block.", False)
                for t in types:
                    key = t.type_name.full_name.lower()
                    if key in caught:
                        self.fail(t.extent.start, t.extent.end, "ExceptionTypeAlreadyCaught",
                                  f"Exception type {t.type_name.full_name} is already handled by a previous handler.",
                                  False)
                    caught.add(key)
                catches.append(A.CatchClauseAst(self.ext(cstart, cbody.extent.end), tuple(types), cbody))
                continue
            if word == "finally":
                fstart = self.pos
                self.pos += 7
                fin = self.parse_block(fstart, "MissingFinallyStatementBlock",
                                       "The Finally block is missing its statement block.")
                break
            self.pos = save
            break
        if not catches and fin is None:
            self.fail(body.extent.end, body.extent.end, "MissingCatchOrFinally",
                      "The Try statement is missing its Catch or Finally block.")
        end = fin.extent.end if fin else catches[-1].extent.end
        return A.TryStatementAst(self.ext(start, end), body, tuple(catches), fin)

    def parse_trap(self, start: int):
        self.skip_nl()
        ttype = None
        if self.peek().kind == LBRACKET:
            a = self.parse_attribute_or_type()
            if not isinstance(a, A.TypeConstraintAst):
                self.fail(a.extent.start, a.extent.end, "UnexpectedAttribute",
                          f"Unexpected attribute '{a.type_name.full_name}'.", False)
            ttype = a
        body = self.parse_block(start, "MissingTrapStatement",
                                "The 'trap' statement was incomplete. A trap statement requires a body.")
        return A.TrapStatementAst(self.ext(start, body.extent.end), ttype, body)

    def parse_data(self, start: int):
        """`data [name] [-SupportedCommand a, b] { ... }`. There is no DataStatementAst: the
        section becomes `$name = $( ... )` (or the bare `$( ... )` without a name)."""
        self.skip_ws()
        name_tok = None
        c = self.char()
        if c and c != "{" and c not in _DASH and c not in _STATEMENT_END:
            name_tok = self.lx.scan_generic(self.pos)
            self.pos = name_tok.end
            self.skip_ws()
            c = self.char()
        if c and c in _DASH:
            pr = self.lx.scan_parameter(self.pos)
            if pr is None or not "supportedcommand".startswith(pr[0].lower()):
                bad = pr[0] if pr else c
                self.fail(self.pos, pr[2] if pr else self.pos + 1, "InvalidParameterForDataSectionStatement",
                          f"The \"{bad}\" parameter of the Data section is not valid. The valid Data section "
                          "parameter is SupportedCommand.", False)
            self.pos = pr[2]
            self.skip_ws()
            if self.char() in ("", "{") or self.char() in _STATEMENT_END:
                self.missing(self.pos, "MissingValueForSupportedCommandInDataSectionStatement",
                             "The SupportedCommand parameter of the Data section is missing a value. Supply a "
                             "cmdlet or function name to the parameter.")
            self.parse_command_argument_list()
        block = self.parse_block(start, "MissingStatementBlockForDataSection",
                                 "The Data section is missing its statement block.")
        sub = A.SubExpressionAst(block.extent, block)
        pipe = A.PipelineAst(block.extent, (A.CommandExpressionAst(block.extent, expression=sub),))
        if name_tok is None:
            return pipe
        name = name_tok.value if isinstance(name_tok.value, str) else name_tok.text
        var = A.VariableExpressionAst(self.ext(name_tok.start, name_tok.end), name)
        return A.AssignmentStatementAst(self.ext(start, block.extent.end), var, "=", pipe)

    def _at_statement_end(self) -> bool:
        self.skip_ws()
        c = self.char()
        return not c or c in _STATEMENT_END

    def parse_flow_pipeline(self, start: int, cls):
        if self._at_statement_end():
            return cls(self.ext(start, self.pos))
        pipe = self.parse_pipeline()
        return cls(self.ext(start, pipe.extent.end), pipe)

    def parse_return(self, start: int):
        return self.parse_flow_pipeline(start, A.ReturnStatementAst)

    def parse_throw(self, start: int):
        return self.parse_flow_pipeline(start, A.ThrowStatementAst)

    def parse_exit(self, start: int):
        return self.parse_flow_pipeline(start, A.ExitStatementAst)

    def parse_break_continue(self, start: int, cls):
        end = self.pos
        if self._at_statement_end():
            return cls(self.ext(start, end))
        if self.char() == ":":
            self.pos += 1
        label = self.parse_command_argument()
        return cls(self.ext(start, label.extent.end), label)

    def parse_break(self, start: int):
        return self.parse_break_continue(start, A.BreakStatementAst)

    def parse_continue(self, start: int):
        return self.parse_break_continue(start, A.ContinueStatementAst)

    # ------------------------------------------------------------ pipelines

    def parse_pipeline(self) -> A.PipelineBaseAst:
        self.skip_ws()
        start = self.pos
        c = self.char()
        if c == "|":
            self.fail(start, start + 1, "EmptyPipeElement", "An empty pipe element is not allowed.")
        el = self.parse_pipeline_element(first=True)
        if isinstance(el, A.ExpressionAst):
            tok = self.peek()
            if tok.kind == ASSIGN:
                return self.parse_assignment(el, tok)
            redirs = self.parse_redirections()
            end = redirs[-1].extent.end if redirs else el.extent.end
            el = A.CommandExpressionAst(self.ext(el.extent.start, end), redirections=tuple(redirs), expression=el)
        elements = [el]
        while True:
            tok = self.peek()
            if tok.kind != PIPE:
                break
            if self.char(tok.end) == "|":
                self.fail(tok.start, tok.end + 1, "InvalidEndOfLine",
                          "The token '||' is not a valid statement separator in this version.", False)
            self.advance()
            self.skip_nl()
            c = self.char()
            if not c or c in ";|)}":
                self.fail(tok.start, tok.end, "EmptyPipeElement", "An empty pipe element is not allowed.")
            el = self.parse_pipeline_element(first=False)
            elements.append(el)
        return A.PipelineAst(self.ext(start, elements[-1].extent.end), tuple(elements))

    def parse_assignment(self, left: A.ExpressionAst, tok: Token) -> A.AssignmentStatementAst:
        if not _assignable(left):
            self.fail(left.extent.start, left.extent.end, "InvalidLeftHandSide",
                      "The assignment expression is not valid. The input to an assignment operator must be an "
                      "object that is able to accept assignments, such as a variable or a property.", False)
        self.advance()
        self.skip_nl()
        c = self.char()
        if not c or c in ";)}|":
            self.fail(tok.start, tok.end, "ExpectedValueExpression",
                      f"You must provide a value expression following the '{tok.value}' operator.")
        right = self.parse_statement()
        return A.AssignmentStatementAst(self.ext(left.extent.start, right.extent.end), left, tok.value, right)

    def parse_pipeline_element(self, first: bool):
        """A command (CommandAst) or, for the first element, possibly an expression
        (returned bare, so the caller can see an assignment)."""
        self.skip_ws()
        p = self.pos
        c = self.char()
        nx = self.char(p + 1)
        if c == "&" and nx != "&":
            return self.parse_command("&")
        if c == "." and (nx == "" or nx.isspace() or nx in "{$(" or nx in _QUOTES):
            return self.parse_command(".")
        if self.starts_expression(p):
            if not first:
                tok = self.peek()
                self.fail(tok.start, tok.end, "ExpressionsMustBeFirstInPipeline",
                          "Expressions are only allowed as the first element of a pipeline.", False)
            return self.parse_expression()
        return self.parse_command(None)

    def starts_expression(self, p: int) -> bool:
        text = self.text
        c = self.char(p)
        if not c:
            return True
        if c in "$([{@!,+" or c in _QUOTES:
            return True
        nx = self.char(p + 1)
        if c.isdigit() or (c == "." and nx.isdigit()):
            m = _NUM.match(text, p)
            if not m:
                return False
            e = m.end()
            # Operators end a number (`7/2`, `2*3`, `1GB/1MB` are arithmetic, as in PowerShell).
            if e < self.n and (text[e].isalnum() or text[e] in "_\\:?" or text[e] in _QUOTES):
                return False
            return True
        if c in _DASH:
            if nx.isalpha():
                m = _WORD.match(text, p + 1)
                op = WORD_OPERATORS.get(m.group().lower()) if m else None
                return op is not None and op[0] in UNARY_WORD_OPERATORS
            # `-5`, `-$x`, `-"5"`, `-(1)`, `- 1`, `--$i`, `-[int]'5'`: a unary minus
            return True
        if c in "\r\n;|)}":
            return True
        return False

    def parse_redirections(self) -> list[A.RedirectionAst]:
        redirs = []
        while True:
            self.skip_ws()
            r = self.try_redirection()
            if r is None:
                return redirs
            redirs.append(r)

    def try_redirection(self):
        p = self.pos
        c = self.char()
        if c == "<":
            self.fail(p, p + 1, "RedirectionNotSupported", "The '<' operator is reserved for future use.", False)
        if not c or c not in "123456*>":
            return None
        m = _REDIR_RE.match(self.text, p)
        if not m:
            return None
        stream = STREAM_NAMES[m.group(1) or "1"]
        if m.group(3):
            self.pos = m.end()
            return A.MergingRedirectionAst(self.ext(p, m.end()), stream, STREAM_NAMES[m.group(3)])
        self.pos = m.end()
        self.skip_ws()
        c = self.char()
        if not c or c in _STATEMENT_END:
            self.fail(p, m.end(), "MissingFileSpecification", "Missing file specification after redirection operator.")
        loc = self.parse_command_argument()
        return A.FileRedirectionAst(self.ext(p, loc.extent.end), stream, loc, m.group(2) == ">>")

    # ------------------------------------------------------------ commands

    def parse_command(self, invocation: str | None) -> A.CommandAst:
        start = self.pos
        elements: list = []
        redirs: list = []
        if invocation:
            self.pos += 1
            self.skip_ws()
            c = self.char()
            if not c or c in _STATEMENT_END:
                self.fail(start, start + 1, "MissingExpression",
                          f"Missing expression after '{invocation}' in pipeline element.")
            elements.append(self.parse_command_argument())
        else:
            tok = self.lx.scan_generic(start)
            if tok.end == start:
                self.unexpected(self.peek())
            self.pos = tok.end
            elements.append(self.generic_ast(tok))
        end = self.pos
        end_of_params = False
        text = self.text
        while True:
            self.skip_ws()
            p = self.pos
            c = self.char()
            if not c or c in _STATEMENT_END:
                break
            if c == "&":
                if self.char(p + 1) == "&":
                    self.fail(p, p + 2, "InvalidEndOfLine",
                              "The token '&&' is not a valid statement separator in this version.", False)
                self.fail(p, p + 1, "AmpersandNotAllowed",
                          "The ampersand (&) character is not allowed. The & operator is reserved for future use; "
                          "wrap an ampersand in double quotation marks (\"&\") to pass it as part of a string.", False)
            r = self.try_redirection()
            if r is not None:
                redirs.append(r)
                end = self.pos
                continue
            if c in _DASH and not end_of_params:
                nx = self.char(p + 1)
                if nx in _DASH and (p + 2 >= self.n or text[p + 2] in GENERIC_STOP):
                    end_of_params = True
                    self.pos = p + 2
                    end = self.pos
                    continue
                if nx and (nx.isalpha() or nx in "_?"):
                    name, colon, pend = self.lx.scan_parameter(p)
                    self.pos = pend
                    arg = None
                    if colon:
                        self.skip_ws()
                        c2 = self.char()
                        if c2 and c2 not in _STATEMENT_END and c2 != "&":
                            arg = self.parse_command_argument_list()
                    pe = arg.extent.end if arg is not None else pend
                    elements.append(A.CommandParameterAst(self.ext(p, pe), name, arg))
                    end = self.pos
                    continue
            if c == ",":
                self.fail(p, p + 1, "MissingArgument", "Missing argument in parameter list.", False)
            arg = self.parse_command_argument_list()
            elements.append(arg)
            end = self.pos
        return A.CommandAst(self.ext(start, end), redirections=tuple(redirs), command_elements=tuple(elements),
                            invocation_operator=invocation)

    def parse_command_argument_list(self) -> A.ExpressionAst:
        first = self.parse_command_argument()
        self.skip_ws()
        if self.char() != ",":
            return first
        elems = [first]
        while self.char() == ",":
            comma = self.pos
            self.pos += 1
            self.skip_nl()
            c = self.char()
            if not c or c in _STATEMENT_END or c == ",":
                self.fail(comma, comma + 1, "MissingExpressionAfterToken", "Missing expression after ','.")
            elems.append(self.parse_command_argument())
            self.skip_ws()
        for e in elems:
            if isinstance(e, A.VariableExpressionAst) and e.splatted:
                self.fail(e.extent.start, e.extent.end, "SplattingNotPermittedInArgumentList",
                          f"Splatted variables like '@{e.name}' cannot be part of a comma-separated list of arguments.",
                          False)
        return A.ArrayLiteralAst(self.ext(first.extent.start, elems[-1].extent.end), tuple(elems))

    def _glued(self, pos: int) -> bool:
        """Does a bare-word character follow right at pos (so the argument continues)?"""
        c = self.char(pos)
        return bool(c) and c not in GENERIC_STOP

    def parse_command_argument(self) -> A.ExpressionAst:
        """One argument in command mode (no commas)."""
        p = self.pos
        c = self.char()
        nx = self.char(p + 1)
        text = self.text
        if c == "@":
            if nx in ("(", "{") or nx in _QUOTES:
                return self._arg_expression(p)
            tok = self.peek()
            if tok.kind == SPLATTED and not self._glued(tok.end):
                self.advance()
                return self.lx.make_variable(tok, splatted=True)
        elif c == "$":
            if nx == "(" or self.lx.scan_variable(p) is not None:
                return self._arg_expression(p)
        elif c in _QUOTES or c in "({":
            return self._arg_expression(p)
        elif c.isdigit() or ((c == "." or c in _DASH or c == "+") and (nx.isdigit() or nx == ".")):
            tok = self.lx.scan_generic(p)
            if isinstance(tok.value, str):
                sign = _SIGNED_NUM_RE.match(tok.text).end()
                m = _NUM.fullmatch(tok.text, sign)
                if m:
                    v = number_value(m, negative=tok.text[0] in _DASH)
                    if v is not None:
                        self.pos = tok.end
                        return A.ConstantExpressionAst(self.ext(p, tok.end), v)
        tok = self.lx.scan_generic(p)
        if tok.end == p:
            self.unexpected(self.peek())
        self.pos = tok.end
        return self.generic_ast(tok)

    def _arg_expression(self, p: int) -> A.ExpressionAst:
        self.enter(p)
        expr = self.parse_postfix(self.parse_primary())
        self.leave()
        if self._glued(self.pos) and not isinstance(expr, (A.ScriptBlockExpressionAst, A.ParenExpressionAst,
                                                            A.HashtableAst, A.ArrayExpressionAst)):
            # `$dir\file.txt`, `"a"b`: the whole run is one bare word with expansions
            tok = self.lx.scan_generic(p)
            if tok.end > self.pos:
                self.pos = tok.end
                return self.generic_ast(tok)
        return expr

    def generic_ast(self, tok: Token) -> A.ExpressionAst:
        ext = self.ext(tok.start, tok.end)
        if isinstance(tok.value, str):
            return A.StringConstantExpressionAst(ext, tok.value, "BareWord")
        return A.ExpandableStringExpressionAst(ext, tok.text, "BareWord", tuple(tok.value))

    # ------------------------------------------------------------ expressions

    def can_start_operand(self, tok: Token) -> bool:
        k = tok.kind
        if k in _OPERAND_START:
            return True
        if k == OPERATOR:
            return tok.value in ("-", "+") or tok.value in UNARY_WORD_OPERATORS
        return False

    def parse_expression(self, allow_comma: bool = True) -> A.ExpressionAst:
        return self.parse_binary(1, allow_comma)

    def parse_binary(self, min_prec: int, allow_comma: bool) -> A.ExpressionAst:
        left = self.parse_array_literal() if allow_comma else self.parse_unary()
        while True:
            tok = self.peek()
            k = tok.kind
            if k == OPERATOR:
                v = tok.value
                prec = SYMBOL_BINARY_PRECEDENCE.get(v)
                if prec is None:
                    op = WORD_OPERATORS.get(tok.text[1:].lower())
                    prec = op[1] if op else 0
            elif k == DOTDOT:
                prec = SYMBOL_BINARY_PRECEDENCE[".."]
                v = ".."
            elif k == PARAMETER:
                self.fail(tok.start, tok.end, "UnexpectedToken",
                          f"Unexpected token '{tok.text}' in expression or statement.", False)
            else:
                return left
            if not prec or prec < min_prec:
                return left
            self.advance()
            self.skip_nl()
            nt = self.peek()
            if not self.can_start_operand(nt):
                self.fail(tok.start, tok.end, "ExpectedValueExpression",
                          f"You must provide a value expression following the '{tok.text}' operator.")
            self.enter(tok.start)
            right = self.parse_binary(prec + 1, allow_comma)
            self.leave()
            left = A.BinaryExpressionAst(self.ext(left.extent.start, right.extent.end), v, left, right)

    def parse_array_literal(self) -> A.ExpressionAst:
        first = self.parse_unary()
        tok = self.peek()
        if tok.kind != COMMA:
            return first
        elems = [first]
        while tok.kind == COMMA:
            self.advance()
            self.skip_nl()
            nt = self.peek()
            if not self.can_start_operand(nt):
                self.fail(tok.start, tok.end, "MissingExpressionAfterToken", "Missing expression after ','.")
            elems.append(self.parse_unary())
            tok = self.peek()
        return A.ArrayLiteralAst(self.ext(first.extent.start, elems[-1].extent.end), tuple(elems))

    def parse_unary(self) -> A.ExpressionAst:
        tok = self.peek()
        k = tok.kind
        op = None
        if k == OPERATOR:
            if tok.value in ("-", "+") or tok.value in UNARY_WORD_OPERATORS:
                op = tok.value
        elif k == EXCLAIM:
            op = "not"
        elif k == INCREMENT or k == DECREMENT:
            op = tok.value
        elif k == COMMA:
            op = ","
        elif k == LBRACKET:
            return self.parse_type_or_cast()
        if op is None:
            self.enter(tok.start)
            expr = self.parse_postfix(self.parse_primary())
            self.leave()
            return expr
        self.advance()
        self.enter(tok.start)
        if op == "-" or op == "+":
            nt = self.peek()
            if nt.kind == NUMBER and not nt.ws_before:
                self.advance()
                m = _NUM.match(nt.text)
                v = number_value(m, negative=(op == "-")) if m else None
                if v is None:
                    v = -nt.value if op == "-" else nt.value
                expr = self.parse_postfix(A.ConstantExpressionAst(self.ext(tok.start, nt.end), v))
                self.leave()
                return expr
        self.skip_nl()
        nt = self.peek()
        if not self.can_start_operand(nt):
            self.fail(tok.start, tok.end, "MissingExpressionAfterOperator",
                      f"Missing expression after unary operator '{tok.text}'.")
        child = self.parse_unary()
        self.leave()
        return A.UnaryExpressionAst(self.ext(tok.start, child.extent.end), op, child)

    def parse_type_or_cast(self) -> A.ExpressionAst:
        start = self.pos
        self.enter(start)
        a = self.parse_attribute_or_type()
        tok = self.peek()
        if isinstance(a, A.AttributeAst):
            if not self.can_start_operand(tok):
                self.fail(a.extent.start, a.extent.end, "UnexpectedAttribute",
                          f"Unexpected attribute '{a.type_name.full_name}'.", False)
            child = self.parse_unary()
            self.leave()
            return A.AttributedExpressionAst(self.ext(start, child.extent.end), a, child)
        c = self.char()
        member_next = (c == "." and not self.char(self.pos + 1).isdigit()) or (c == ":" and self.char(self.pos + 1) == ":")
        if not member_next and self.can_start_operand(tok) and tok.kind != COMMA:
            child = self.parse_unary()
            self.leave()
            return A.ConvertExpressionAst(self.ext(start, child.extent.end), a, child)
        expr = self.parse_postfix(A.TypeExpressionAst(a.extent, a.type_name))
        self.leave()
        return expr

    def parse_primary(self) -> A.ExpressionAst:
        tok = self.peek()
        k = tok.kind
        if k == NUMBER:
            self.advance()
            return A.ConstantExpressionAst(self.ext(tok.start, tok.end), tok.value)
        if k == VARIABLE:
            self.advance()
            return self.lx.make_variable(tok)
        if k == STRING_LITERAL:
            self.advance()
            return A.StringConstantExpressionAst(self.ext(tok.start, tok.end), tok.value, "SingleQuoted")
        if k == HERE_LITERAL:
            self.advance()
            return A.StringConstantExpressionAst(self.ext(tok.start, tok.end), tok.value, "SingleQuotedHereString")
        if k == STRING_EXPANDABLE or k == HERE_EXPANDABLE:
            self.advance()
            kind = "DoubleQuoted" if k == STRING_EXPANDABLE else "DoubleQuotedHereString"
            parts = tok.value
            ext = self.ext(tok.start, tok.end)
            if all(isinstance(p, str) for p in parts):
                return A.StringConstantExpressionAst(ext, "".join(parts), kind)
            if k == STRING_EXPANDABLE:
                raw = tok.text[1:-1]
            else:
                raw = _here_body(tok.text)
            return A.ExpandableStringExpressionAst(ext, raw, kind, tuple(parts))
        if k == LPAREN:
            return self.parse_paren()
        if k == DOLLAR_PAREN:
            return self.parse_sub_expression()
        if k == AT_PAREN:
            return self.parse_array_expression()
        if k == AT_CURLY:
            return self.parse_hashtable()
        if k == LCURLY:
            return self.parse_script_block_expression()
        if k == SPLATTED:
            name = tok.value[1]
            self.fail(tok.start, tok.end, "SplattingNotPermitted",
                      f"The splatting operator '@' cannot be used to reference variables in an expression. "
                      f"'@{name}' can be used only as an argument to a command. To reference variables in an "
                      f"expression use '${name}'.", False)
        if k == LBRACKET:
            return self.parse_type_or_cast()
        self.unexpected(tok)

    def parse_paren(self) -> A.ParenExpressionAst:
        tok = self.advance()
        self.enter(tok.start)
        self.skip_nl()
        t = self.peek()
        if t.kind in (RPAREN, EOF):
            self.fail(tok.start, tok.end, "ExpectedExpression", "An expression was expected after '('.")
        pipe = self.parse_pipeline()
        self.skip_nl()
        t = self.peek()
        if t.kind != RPAREN:
            if t.kind in (NEWLINE, SEMI, EOF, RCURLY):
                self.missing(pipe.extent.end, "MissingEndParenthesisInExpression",
                          "Missing closing ')' in expression.")
            self.unexpected(t)
        self.advance()
        self.leave()
        return A.ParenExpressionAst(self.ext(tok.start, self.pos), pipe)

    def _statements_in_parens(self, tok: Token, eid: str, msg: str) -> A.StatementBlockAst:
        self.enter(tok.start)
        stmts, traps = self.parse_statement_list()
        t = self.peek()
        if t.kind != RPAREN:
            if t.kind == EOF:
                self.missing(t.start, eid, msg)
            self.unexpected(t)
        self.advance()
        self.leave()
        return A.StatementBlockAst(self.ext(tok.start, self.pos), tuple(stmts), tuple(traps))

    def parse_sub_expression(self) -> A.SubExpressionAst:
        tok = self.advance()  # '$('
        block = self._statements_in_parens(tok, "MissingEndParenthesisInSubexpression",
                                           "Missing closing ')' in subexpression.")
        return A.SubExpressionAst(block.extent, block)

    def parse_array_expression(self) -> A.ArrayExpressionAst:
        tok = self.advance()  # '@('
        block = self._statements_in_parens(tok, "MissingEndParenthesisInSubexpression",
                                           "Missing closing ')' in subexpression.")
        return A.ArrayExpressionAst(block.extent, block)

    def parse_hashtable(self) -> A.HashtableAst:
        tok = self.advance()  # '@{'
        self.enter(tok.start)
        pairs = []
        seen_keys: set[str] = set()
        while self.next_braced_item(tok):
            t = self.peek()
            key = self.parse_hash_key()
            if isinstance(key, A.ConstantExpressionAst):
                k = str(key.value).lower()
                if k in seen_keys:
                    self.fail(key.extent.start, key.extent.end, "DuplicateKeyInHashLiteral",
                              f"Duplicate keys '{key.value}' are not allowed in hash literals.", False)
                seen_keys.add(k)
            t = self.peek()
            if not (t.kind == ASSIGN and t.value == "="):
                self.missing(t.start, "MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.")
            self.advance()
            self.skip_nl()
            c = self.char()
            if not c or c in ";})":
                self.fail(t.start, t.end, "MissingStatementInHashLiteral", "Missing statement after '=' in hash literal.")
            value = self.parse_statement()
            pairs.append((key, value))
            t = self.peek()
            if t.kind in (NEWLINE, SEMI, RCURLY):
                continue
            if t.kind == EOF:
                self.fail(tok.start, tok.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block.")
            self.unexpected(t)
        self.leave()
        return A.HashtableAst(self.ext(tok.start, self.pos), tuple(pairs))

    def parse_hash_key(self) -> A.ExpressionAst:
        p = self.pos
        m = _HASH_KEY_RE.match(self.text, p)
        if m:
            self.pos = m.end()
            return A.StringConstantExpressionAst(self.ext(p, m.end()), m.group(), "BareWord")
        tok = self.peek()
        if not self.can_start_operand(tok):
            if tok.kind == ASSIGN:
                self.fail(tok.start, tok.end, "MissingKeyInHashLiteral", "Missing key before '=' in hash literal.")
            self.unexpected(tok)
        return self.parse_unary()

    def parse_script_block_expression(self) -> A.ScriptBlockExpressionAst:
        tok = self.advance()  # '{'
        self.enter(tok.start)
        body = self.parse_script_block_body(tok.start)
        t = self.peek()
        if t.kind != RCURLY:
            if t.kind == EOF:
                self.fail(tok.start, tok.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block.")
            self.unexpected(t)
        self.advance()
        self.leave()
        sb = self.braced_script_block(body, tok.start)
        return A.ScriptBlockExpressionAst(sb.extent, sb)

    def parse_postfix(self, expr: A.ExpressionAst) -> A.ExpressionAst:
        text = self.text
        while True:
            p = self.pos
            if p >= self.n:
                return expr
            c = text[p]
            if c == "." and self.char(p + 1) != ".":
                static = False
                mstart = p + 1
            elif c == ":" and self.char(p + 1) == ":":
                static = True
                mstart = p + 2
            elif c == "[":
                if isinstance(expr, A.ConstantExpressionAst) and not isinstance(expr, A.StringConstantExpressionAst):
                    return expr
                lb = self.advance()
                self.enter(lb.start)
                self.skip_nl()
                t = self.peek()
                if t.kind == RBRACKET or not self.can_start_operand(t):
                    if t.kind == EOF:
                        self.fail(lb.start, lb.end, "MissingEndSquareBracket", "Missing ']' after array index expression.")
                    self.fail(lb.start, lb.end, "MissingArrayIndexExpression",
                              "Array index expression is missing or not valid.")
                idx = self.parse_expression()
                self.skip_nl()
                t = self.peek()
                if t.kind != RBRACKET:
                    self.missing(t.start, "MissingEndSquareBracket", "Missing ']' after array index expression.")
                self.advance()
                self.leave()
                expr = A.IndexExpressionAst(self.ext(expr.extent.start, self.pos), expr, idx)
                continue
            elif (c == "+" or c in _DASH) and self.char(p + 1) == c and isinstance(
                    expr, (A.VariableExpressionAst, A.MemberExpressionAst, A.IndexExpressionAst)):
                self.pos = p + 2
                op = "post++" if c == "+" else "post--"
                return A.UnaryExpressionAst(self.ext(expr.extent.start, self.pos), op, expr)
            else:
                return expr
            self.pos = mstart
            member = self.parse_member_name(p)
            if self.char() == "(":
                lp = self.advance()
                args = self.parse_method_arguments(lp)
                expr = A.InvokeMemberExpressionAst(self.ext(expr.extent.start, self.pos), expr, member, static,
                                                   tuple(args))
            else:
                expr = A.MemberExpressionAst(self.ext(expr.extent.start, self.pos), expr, member, static)

    def parse_member_name(self, op_pos: int):
        p = self.pos
        c = self.char()
        if c and (c.isalnum() or c == "_"):
            m = _IDENT.match(self.text, p)
            self.pos = m.end()
            return A.StringConstantExpressionAst(self.ext(p, m.end()), m.group(), "BareWord")
        if c == "$" or c in _QUOTES or c == "(" or c == "{":
            tok = self.peek()
            if tok.kind in (VARIABLE, STRING_LITERAL, STRING_EXPANDABLE, LPAREN, DOLLAR_PAREN):
                self.enter(p)
                e = self.parse_primary()
                self.leave()
                return e
        self.fail(op_pos, p, "MissingPropertyName", "Missing property name after reference operator.")

    def parse_method_arguments(self, lp: Token) -> list[A.ExpressionAst]:
        self.enter(lp.start)
        args: list[A.ExpressionAst] = []
        self.skip_nl()
        if self.peek().kind == RPAREN:
            self.advance()
            self.leave()
            return args
        while True:
            t = self.peek()
            if not self.can_start_operand(t):
                if t.kind == EOF:
                    self.missing(t.start, "MissingEndParenthesisInMethodCall", "Missing ')' in method call.")
                self.unexpected(t)
            args.append(self.parse_expression(allow_comma=False))
            t = self.list_separator()
            if t.kind == COMMA:
                continue
            if t.kind == RPAREN:
                self.leave()
                return args
            if t.kind == EOF:
                self.missing(t.start, "MissingEndParenthesisInMethodCall", "Missing ')' in method call.")
            self.unexpected(t)


def _here_body(text: str) -> str:
    """The body of a here-string token's text `@"<nl>body<nl>"@`."""
    i = text.find("\n")
    j = text.find("\r")
    starts = [x for x in (i, j) if x >= 0]
    if not starts:
        return ""
    b = min(starts)
    b += 2 if text[b:b + 2] == "\r\n" else 1
    body = text[b:-2]
    if body.endswith("\r\n"):
        body = body[:-2]
    elif body.endswith("\n") or body.endswith("\r"):
        body = body[:-1]
    return body


def _assignable(e: A.ExpressionAst) -> bool:
    if isinstance(e, A.VariableExpressionAst):
        return not e.splatted
    if isinstance(e, A.InvokeMemberExpressionAst):
        return False
    if isinstance(e, (A.MemberExpressionAst, A.IndexExpressionAst)):
        return True
    if isinstance(e, A.ConvertExpressionAst):
        return _assignable(e.child)
    if isinstance(e, A.AttributedExpressionAst):
        return _assignable(e.child)
    if isinstance(e, A.ArrayLiteralAst):
        return all(_assignable(x) for x in e.elements)
    if isinstance(e, A.ParenExpressionAst):
        p = e.pipeline
        if isinstance(p, A.PipelineAst) and len(p.pipeline_elements) == 1:
            el = p.pipeline_elements[0]
            return isinstance(el, A.CommandExpressionAst) and _assignable(el.expression)
    return False


_STATEMENT_DISPATCH = {
    "if": Parser.parse_if,
    "while": Parser.parse_while,
    "do": Parser.parse_do,
    "for": Parser.parse_for,
    "foreach": Parser.parse_foreach,
    "switch": Parser.parse_switch,
    "function": Parser.parse_function,
    "filter": Parser.parse_filter,
    "try": Parser.parse_try,
    "trap": Parser.parse_trap,
    "return": Parser.parse_return,
    "throw": Parser.parse_throw,
    "exit": Parser.parse_exit,
    "break": Parser.parse_break,
    "continue": Parser.parse_continue,
    "data": Parser.parse_data,
}

_RECURSION_LIMIT = 40000


def _run(fn):
    old = sys.getrecursionlimit()
    if old < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    try:
        return fn()
    finally:
        if old < _RECURSION_LIMIT:
            sys.setrecursionlimit(old)


def parse(text: str, path: str | None = None) -> A.ScriptBlockAst:
    """Parse a script; raise ParseError (and nothing else) when it is not valid."""
    if not isinstance(text, str):
        text = str(text)
    p = Parser(text, path)
    try:
        return _run(p.parse_script)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError([ParseIssue(p.ext(0, 0), "ScriptTooComplicated",
                                     "Processing was stopped because the script is too complex.", False)]) from None
    except Exception as e:  # a parser bug must still surface as a parse error, never a traceback
        pos = min(p.pos, len(text))
        raise ParseError([ParseIssue(p.ext(pos, pos), "UnrecoverableParserError",
                                     f"Unrecoverable error in PowerShell. ({type(e).__name__}: {e})", False)]) from e


def parse_type_name(text: str) -> A.TypeName:
    """A type name as written in `-as [type]` strings or `[type]` literals, e.g.
    ``"System.Collections.Generic.List[string]"``, ``"int[]"`` or ``"[int]"``."""
    s = text.strip()
    if s.startswith("[") and s.endswith("]") and len(s) > 2:
        inner = s[1:-1].strip()
        # `[int]` written with brackets (but not `[int][]`-like oddities)
        if _TYPE_ID_RE.match(inner):
            s = inner
    p = Parser(s)
    try:
        def go():
            tn = p.parse_type_name_inner(None)
            if p.pos != len(s):
                p.fail(p.pos, len(s), "UnexpectedToken",
                       f"Unexpected token '{s[p.pos:]}' in expression or statement.", False)
            return tn
        return _run(go)
    except ParseError:
        raise
    except Exception as e:
        raise ParseError([ParseIssue(p.ext(0, 0), "UnrecoverableParserError",
                                     f"Unrecoverable error in PowerShell. ({type(e).__name__}: {e})", False)]) from e
