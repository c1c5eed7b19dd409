"""Smoke tests of the parser's main constructs (detailed tests live beside)."""
import pytest

from ems.errors import ParseError
from ems.lang import ast as A
from ems.lang.parser import parse


def first(text):
    sb = parse(text)
    return sb.end_block.statements[0]


def expr(text):
    st = first(text)
    assert isinstance(st, A.PipelineAst)
    el = st.pipeline_elements[0]
    assert isinstance(el, A.CommandExpressionAst)
    return el.expression


def test_precedence():
    e = expr("1 + 2 * 3")
    assert e.operator == "+"
    assert e.right.operator == "*"


def test_command_with_parameters():
    st = first("Get-Mailbox -Identity DB01\\E1402 -Confirm:$False | fl Name")
    cmd = st.pipeline_elements[0]
    assert isinstance(cmd, A.CommandAst)
    names = [getattr(e, "value", None) or getattr(e, "parameter_name", None) for e in cmd.command_elements]
    assert names == ["Get-Mailbox", "Identity", "DB01\\E1402", "Confirm"]
    assert cmd.command_elements[3].argument.name == "False"


def test_unterminated_is_incomplete():
    with pytest.raises(ParseError) as ei:
        parse("if ($x) {")
    assert ei.value.incomplete
    assert ei.value.first.error_id == "MissingEndCurlyBrace"
