"""Token kinds, the Token record, and the tables of keywords and operators.

The tokenizer is driven by the parser, which chooses a mode for each token
(expression mode, command/argument mode, expandable string, type name), so a
token's kind depends on where it stands: ``a-b`` is one Generic token in command
mode, but ``a``, ``-`` and ``b`` in expression mode.

Token kinds are plain strings (fast to compare, readable in tests). The kinds a
highlighter or completer sees from :func:`ems.lang.tokenizer.tokenize` are the
``*`` kinds below plus ``Keyword`` and ``CommandName`` (a Generic token the parser
used as a command name).
"""
from __future__ import annotations

# ---------------------------------------------------------------- kinds

EOF = "EndOfInput"
NEWLINE = "NewLine"
SEMI = "Semi"  # ;
PIPE = "Pipe"  # |
LPAREN = "LParen"
RPAREN = "RParen"
LCURLY = "LCurly"
RCURLY = "RCurly"
LBRACKET = "LBracket"
RBRACKET = "RBracket"
AT_PAREN = "AtParen"  # @(
AT_CURLY = "AtCurly"  # @{
DOLLAR_PAREN = "DollarParen"  # $(
COMMA = "Comma"
DOT = "Dot"
COLONCOLON = "ColonColon"
DOTDOT = "DotDot"
AMPERSAND = "Ampersand"  # & (invocation operator)
VARIABLE = "Variable"  # $x ; value: (scope, name)
SPLATTED = "SplattedVariable"  # @x ; value: (scope, name)
NUMBER = "Number"  # value: the converted number
STRING_LITERAL = "StringLiteral"  # 'x' ; value: str
STRING_EXPANDABLE = "StringExpandable"  # "x" ; value: parts
HERE_LITERAL = "HereStringLiteral"
HERE_EXPANDABLE = "HereStringExpandable"
GENERIC = "Generic"  # bare word in command mode ; value: str or parts
IDENTIFIER = "Identifier"  # a name in expression mode (member names, keywords)
PARAMETER = "Parameter"  # -Name or -Name: ; value: name, flags: "colon"
OPERATOR = "Operator"  # binary/unary operators ; value: canonical name
ASSIGN = "Assign"  # = += -= *= /= %=
INCREMENT = "PlusPlus"
DECREMENT = "MinusMinus"
EXCLAIM = "Exclaim"
REDIRECTION = "Redirection"
LABEL = "Label"  # :name at the start of a loop statement
COMMENT = "Comment"
LINE_CONTINUATION = "LineContinuation"
KEYWORD = "Keyword"
COMMAND_NAME = "CommandName"
TYPE_NAME = "TypeName"
MEMBER_NAME = "Member"
UNKNOWN = "Unknown"


class Token:
    """One token: kind, [start, end) offsets into the source, the converted value,
    and whether trivia (spaces, comments, continuations) came right before it."""

    __slots__ = ("kind", "start", "end", "value", "ws_before", "text", "source")

    def __init__(self, kind: str, start: int, end: int, text: str, value=None, ws_before: bool = False):
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.ws_before = ws_before
        self.source = None

    @property
    def extent(self):
        """The token's Extent (line and column), for tokens from ``tokenize``."""
        from ems.lang.source import Extent, SourceText

        src = self.source if self.source is not None else SourceText(self.text)
        if self.source is None:
            return Extent(src, 0, len(self.text))
        return Extent(src, self.start, self.end)

    def __repr__(self) -> str:
        return f"Token({self.kind}, {self.text!r}, {self.start}..{self.end})"


# ---------------------------------------------------------------- keywords

KEYWORDS = frozenset(
    """
    if elseif else switch foreach for while do until function filter workflow param
    begin process end dynamicparam try catch finally trap throw return break continue
    exit data in class enum using configuration inlinescript parallel sequence
    from define var
    """.split()
)

# Keywords that start a statement of their own at the beginning of a pipeline.
STATEMENT_KEYWORDS = frozenset(
    """
    if switch foreach for while do function filter workflow try trap throw return
    break continue exit data class enum using configuration from define var
    """.split()
)

# ---------------------------------------------------------------- operators

PREC_LOGICAL = 1
PREC_BITWISE = 2
PREC_COMPARISON = 3
PREC_ADD = 4
PREC_MULTIPLY = 5
PREC_FORMAT = 6
PREC_RANGE = 7

# Word operators with case variants: -eq, -ieq (canonical "eq"), -ceq ("ceq").
_CASE_VARIANT_OPS = (
    "eq ne gt ge lt le like notlike match notmatch replace contains notcontains in notin split"
).split()

# spelled name (without dash, lower case) -> (canonical name, binary precedence or 0)
WORD_OPERATORS: dict[str, tuple[str, int]] = {}
for _op in _CASE_VARIANT_OPS:
    WORD_OPERATORS[_op] = (_op, PREC_COMPARISON)
    WORD_OPERATORS["i" + _op] = (_op, PREC_COMPARISON)
    WORD_OPERATORS["c" + _op] = ("c" + _op, PREC_COMPARISON)
for _op in ("join", "is", "isnot", "as", "shl", "shr"):
    WORD_OPERATORS[_op] = (_op, PREC_COMPARISON)
for _op in ("band", "bor", "bxor"):
    WORD_OPERATORS[_op] = (_op, PREC_BITWISE)
for _op in ("and", "or", "xor"):
    WORD_OPERATORS[_op] = (_op, PREC_LOGICAL)
WORD_OPERATORS["f"] = ("f", PREC_FORMAT)
WORD_OPERATORS["not"] = ("not", 0)
WORD_OPERATORS["bnot"] = ("bnot", 0)
del _op

# Canonical names of word operators that may stand as unary prefix operators.
UNARY_WORD_OPERATORS = frozenset({"not", "bnot", "join", "split", "csplit"})
# "-isplit" is canonical "split" and "-csplit" is "csplit": both may be unary.

SYMBOL_BINARY_PRECEDENCE = {
    "+": PREC_ADD,
    "-": PREC_ADD,
    "*": PREC_MULTIPLY,
    "/": PREC_MULTIPLY,
    "%": PREC_MULTIPLY,
    "..": PREC_RANGE,
}

ASSIGNMENT_OPERATORS = frozenset({"=", "+=", "-=", "*=", "/=", "%="})

SWITCH_FLAGS = ("regex", "wildcard", "exact", "casesensitive", "file")

STREAM_NAMES = {
    "1": "output",
    "2": "error",
    "3": "warning",
    "4": "verbose",
    "5": "debug",
    "6": "information",
    "*": "all",
}

# Dash characters PowerShell accepts wherever it accepts '-'.
DASHES = "-\u2013\u2014\u2015"
SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
DOUBLE_QUOTES = '"\u201c\u201d\u201e'
