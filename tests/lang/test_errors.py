"""Parse errors: PowerShell's ErrorIds and messages, positions, and the incomplete flag."""
import pytest

from ems.errors import ParseError
from ems.lang.parser import MAX_NESTING, parse


def error(text):
    with pytest.raises(ParseError) as ei:
        parse(text)
    return ei.value


# text, error id, incomplete
INCOMPLETE = [
    ("if ($x) {", "MissingEndCurlyBrace"),
    ("function f {\n  1\n", "MissingEndCurlyBrace"),
    ("(1 + 2", "MissingEndParenthesisInExpression"),
    ("@(1", "MissingEndParenthesisInSubexpression"),
    ("$(1", "MissingEndParenthesisInSubexpression"),
    ("@{ a = 1", "MissingEndCurlyBrace"),
    ("$a[1", "MissingEndSquareBracket"),
    ("[int", "EndSquareBracketExpectedAtEndOfAttribute"),
    ("$s.Split(','", "MissingEndParenthesisInMethodCall"),
    ('"abc', "TerminatorExpectedAtEndOfString"),
    ("'abc", "TerminatorExpectedAtEndOfString"),
    ('@"\nabc', "TerminatorExpectedAtEndOfString"),
    ("@'\nabc\n", "TerminatorExpectedAtEndOfString"),
    ('"a $(1 + ', "ExpectedValueExpression"),
    ("<# comment", "MissingTerminatorMultiLineComment"),
    ("Get-X |", "EmptyPipeElement"),
    ("Get-X |\n", "EmptyPipeElement"),
    ("Get-X `", "IncompleteLineContinuation"),
    ("1 +", "ExpectedValueExpression"),
    ("1 -and", "ExpectedValueExpression"),
    ("$x = ", "ExpectedValueExpression"),
    ("1,", "MissingExpressionAfterToken"),
    ("Get-X a,", "MissingExpressionAfterToken"),
    ("-not", "MissingExpressionAfterOperator"),
    ("if ($x)", "MissingStatementBlock"),
    ("if ($x) { } else", "MissingStatementBlockAfterElse"),
    ("if ($x", "MissingEndParenthesisAfterStatement"),
    ("if (", "IfStatementMissingCondition"),
    ("while ($true)", "MissingLoopStatement"),
    ("foreach ($a in $b)", "MissingForeachStatement"),
    ("foreach ($a in", "MissingForeachExpression"),
    ("do { }", "MissingWhileOrUntilInDoWhile"),
    ("for ($i = 0;", "MissingEndParenthesisAfterStatement"),
    ("switch ($x) {", "MissingEndCurlyBrace"),
    ("switch ($x)", "MissingCurlyBraceInSwitchStatement"),
    ("try { }", "MissingCatchOrFinally"),
    ("try { } catch", "MissingCatchHandlerBlock"),
    ("try { } finally", "MissingFinallyStatementBlock"),
    ("function", "MissingNameAfterKeyword"),
    ("function f", "MissingFunctionBody"),
    ("function f($a", "MissingEndParenthesisInFunctionParameterList"),
    ("param(", "MissingEndParenthesisInFunctionParameterList"),
    ("[", "MissingTypename"),
    ("$a.", "MissingPropertyName"),
    ("ls >", "MissingFileSpecification"),
    ("${abc", "IncompleteDollarVariableReference"),
    ("& ", "MissingExpression"),
    ("trap", "MissingTrapStatement"),
]


@pytest.mark.parametrize("text, eid", INCOMPLETE)
def test_incomplete_input(text, eid):
    e = error(text)
    assert e.first.error_id == eid
    assert e.incomplete, text


COMPLETE = [
    ("foo )", "UnexpectedToken"),
    ("1 2", "UnexpectedToken"),
    ("{ 1 )", "UnexpectedToken"),
    ("x; }", "UnexpectedToken"),
    ("(1 2)", "UnexpectedToken"),
    ("Get-X | | y", "EmptyPipeElement"),
    ("| y", "EmptyPipeElement"),
    ("1 = 2", "InvalidLeftHandSide"),
    ("$x -foo 1", "UnexpectedToken"),
    ("echo a && b", "InvalidEndOfLine"),
    ("echo a || b", "InvalidEndOfLine"),
    ("echo a & b", "AmpersandNotAllowed"),
    ("a < b", "RedirectionNotSupported"),
    ("$x = @h", "SplattingNotPermitted"),
    ("f a, @h", "SplattingNotPermittedInArgumentList"),
    ("Get-X | 1", "ExpressionsMustBeFirstInPipeline"),
    ("function f($a) { param($b) }", "OnlyOneParameterListAllowed"),
    ("function f($a, $a) { }", "DuplicateFormalParameter"),
    ("switch ($x) { default {} default {} }", "MultipleSwitchDefaultClauses"),
    ("switch -foo ($x) { }", "InvalidSwitchFlag"),
    ("begin { } foo", "MissingNamedBlocks"),
    ("begin { } begin { }", "DuplicateScriptCommandClause"),
    ("@'abc\n'@", "UnexpectedCharactersAfterHereStringHeader"),
    ("0x11112222333344445", "BadNumericConstant"),
    ("$x = ${}", "EmptyVariableReference"),
    ("f ,", "MissingArgument"),
    ("@{ a 1 }", "MissingEqualsInHashLiteral"),
    ("@{ = 1 }", "MissingKeyInHashLiteral"),
    ("$a[]", "MissingArrayIndexExpression"),
    ("class Foo { }", "ReservedKeywordNotAllowed"),
]


@pytest.mark.parametrize("text, eid", COMPLETE)
def test_errors_that_are_not_incomplete(text, eid):
    e = error(text)
    assert e.first.error_id == eid
    assert not e.incomplete, text


def test_messages():
    assert error("if ($x) {").first.message == "Missing closing '}' in statement block."
    assert error("(1").first.message == "Missing closing ')' in expression."
    assert error("1 -").first.message == "You must provide a value expression following the '-' operator."
    assert error("1 2").first.message == "Unexpected token '2' in expression or statement."
    assert error('"abc').first.message == 'The string is missing the terminator: ".'
    assert error("Get-X |").first.message == "An empty pipe element is not allowed."
    assert error("()").first.message == "An expression was expected after '('."
    assert error("try { }").first.message == "The Try statement is missing its Catch or Finally block."
    assert error("ls >").first.message == "Missing file specification after redirection operator."
    assert error("[").first.message == "Missing type name after '['."


def test_positions():
    e = error("$a = 1\nif ($a) {\n  Get-X\n")
    ext = e.first.extent
    assert (ext.start_line, ext.start_column) == (2, 9)  # the opening brace
    e = error("$x = 1\n$y = 2 3")
    ext = e.first.extent
    assert (ext.start_line, ext.start_column) == (2, 8)
    assert ext.text == "3"
    e = error('Write-Host "abc')
    assert e.first.extent.start_column == 12
    msg = e.first.extent.position_message()
    assert msg.startswith("At line:1 char:")


def test_unexpected_closing_brace_position():
    e = error("Get-X\n}\n")
    assert e.first.extent.start_line == 2 and e.first.extent.text == "}"


@pytest.mark.parametrize("opening, closing", [
    ("(", ")"), ("{", "}"), ("$(", ")"), ("@(", ")"), ("@{a=", "}"), ("[int](", ")"), ("if (1) {", "}"),
    ("- ", ""), ("!", ""), ("$a[", "]"), ("f (", ")"), ('"$(', ')"'), ("[a[", "]"),
])
def test_deep_nesting_is_a_parse_error(opening, closing):
    for depth in (3000, MAX_NESTING + 5):
        text = opening * depth + "1" + closing * depth
        e = error(text)
        assert e.first.error_id == "ScriptTooComplicated"
        assert e.first.message == "Processing was stopped because the script is too complex."


def test_moderate_nesting_is_fine():
    parse("(" * 100 + "1" + ")" * 100)
    parse("{" * 100 + "}" * 100)


def test_unclosed_deep_nesting_is_a_parse_error():
    for opening in ("(", "{", "@(", "$(", "[", "@{a="):
        with pytest.raises(ParseError):
            parse(opening * 3000)


def test_long_flat_scripts_are_fine():
    parse("1" + " + 1" * 20000)
    parse("$x = 1\n" * 5000)


def test_semantic_checks():
    e = error("try { } catch { } catch [System.Exception] { }")
    assert e.first.error_id == "EmptyCatchNotLast"
    assert e.first.message == "Catch block must be the last catch block."
    e = error("try { } catch [Foo] { } catch [foo] { }")
    assert e.first.error_id == "ExceptionTypeAlreadyCaught"
    e = error("$h = @{ a = 1; A = 2 }")
    assert e.first.error_id == "DuplicateKeyInHashLiteral"
    assert e.first.message == "Duplicate keys 'A' are not allowed in hash literals."
    parse("$h = @{ a = 1; b = 2; 1 = 3; '1x' = 4 }")
