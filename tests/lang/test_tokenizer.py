"""The lexer's modes and the stand-alone tokenize() used for highlighting."""
from decimal import Decimal

import pytest

from ems.errors import ParseError
from ems.lang import tokens as T
from ems.lang.source import SourceText
from ems.lang.tokenizer import Lexer, tokenize


def lexer(text):
    return Lexer(SourceText(text))


def kinds(text):
    return [(t.kind, t.text) for t in tokenize(text)]


def expr_tokens(text):
    lx = lexer(text)
    pos = 0
    out = []
    while True:
        t = lx.expr_token(pos)
        if t.kind == T.EOF:
            return out
        out.append(t)
        pos = t.end


def test_expression_mode_tokens():
    toks = expr_tokens("$x -eq 5 + -2 .. 3 -CLike 'a' -f !$y")
    assert [(t.kind, t.value) for t in toks if t.kind == T.OPERATOR] == [
        ("Operator", "eq"), ("Operator", "+"), ("Operator", "-"), ("Operator", "clike"), ("Operator", "f")]
    assert [t.kind for t in toks] == [
        T.VARIABLE, T.OPERATOR, T.NUMBER, T.OPERATOR, T.OPERATOR, T.NUMBER, T.DOTDOT, T.NUMBER, T.OPERATOR,
        T.STRING_LITERAL, T.OPERATOR, T.EXCLAIM, T.VARIABLE]


def test_assignment_and_increment_tokens():
    toks = expr_tokens("= += -= *= /= %= ++ --")
    assert [t.value for t in toks] == ["=", "+=", "-=", "*=", "/=", "%=", "++", "--"]


def test_unknown_dash_word_is_parameter_token():
    t = expr_tokens("-foo")[0]
    assert t.kind == T.PARAMETER and t.text == "-foo"


def test_trivia():
    lx = lexer("  # c\n  <# x\n #> `\n  a")
    assert lx.skip_trivia(0) == 5  # stops at the newline
    assert lx.text[lx.skip_trivia(0, newlines=True)] == "a"


def test_numbers():
    vals = [t.value for t in expr_tokens("1 1.5 1e2 1.5d 10l 0x10 2kb 0xFFFFFFFF")]
    assert vals == [1, 1.5, 100.0, Decimal("1.5"), 10, 16, 2048, -1]


def test_generic_tokens():
    lx = lexer(r"DB01\E1402 a`tb a'b c'd a$b")
    t = lx.scan_generic(0)
    assert t.value == "DB01\\E1402"
    t = lx.scan_generic(t.end + 1)
    assert t.value == "a\tb"
    t = lx.scan_generic(t.end + 1)
    assert t.value == "ab cd"
    t = lx.scan_generic(t.end + 1)
    assert isinstance(t.value, list) and t.value[0] == "a"


def test_parameter_scan():
    lx = lexer("-Confirm:$false -Name")
    assert lx.scan_parameter(0) == ("Confirm", True, 9)
    assert lx.scan_parameter(16) == ("Name", False, 21)


def test_unterminated_string_is_incomplete():
    with pytest.raises(ParseError) as ei:
        lexer('"abc').scan_dq_string(0)
    assert ei.value.incomplete


def test_tokenize_command_line():
    assert kinds(r"Get-Mailbox -Identity DB01\E1402 -Confirm:$false | fl Name # c") == [
        ("CommandName", "Get-Mailbox"), ("Parameter", "-Identity"), ("Generic", "DB01\\E1402"),
        ("Parameter", "-Confirm:"), ("Variable", "$false"), ("Pipe", "|"), ("CommandName", "fl"),
        ("Generic", "Name"), ("Comment", "# c")]


def test_tokenize_keywords_types_members():
    ks = kinds("if ($x -gt 5) { [int]$y = [Math]::Round($x.Length) } else { foo }")
    assert ("Keyword", "if") in ks and ("Keyword", "else") in ks
    assert ("TypeName", "int") in ks and ("TypeName", "Math") in ks
    assert ("Member", "Round") in ks and ("Member", "Length") in ks
    assert ("CommandName", "foo") in ks
    assert ("Operator", "-gt") in ks


def test_tokenize_function_and_arguments():
    ks = kinds("function Get-X { param($a) Get-Y $a.Name -Force 5 }")
    assert ks[:2] == [("Keyword", "function"), ("CommandName", "Get-X")]
    assert ("CommandName", "Get-Y") in ks and ("Member", "Name") in ks
    assert ("Parameter", "-Force") in ks and ("Number", "5") in ks


def test_tokenize_never_raises():
    for text in ['"abc', "@'\nx", "<# x", "${a", "$(", "`", "[", "-", "'", "@", "&&", "\u201c"]:
        toks = tokenize(text)
        assert all(0 <= t.start <= t.end <= len(text) for t in toks)


def test_tokenize_unterminated_string_is_one_token():
    toks = tokenize('Write-Host "abc')
    assert toks[-1].kind == T.STRING_EXPANDABLE and toks[-1].text == '"abc'


def test_token_extents():
    toks = tokenize("Get-X `\n  -Name v")
    p = toks[1]
    assert p.kind == "Parameter"
    assert (p.extent.start_line, p.extent.start_column) == (2, 3)
    assert p.extent.text == "-Name"
