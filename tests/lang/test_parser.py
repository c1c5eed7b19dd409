"""Shapes of the trees the parser builds, construct by construct."""
from decimal import Decimal

import pytest

from ems.errors import ParseError
from ems.lang import ast as A
from ems.lang.parser import parse, parse_type_name
from ems.primitives import Int64


def stmts(text):
    return parse(text).end_block.statements


def first(text):
    return stmts(text)[0]


def pipe(text):
    st = first(text)
    assert isinstance(st, A.PipelineAst), st
    return st.pipeline_elements


def expr(text):
    els = pipe(text)
    assert len(els) == 1
    assert isinstance(els[0], A.CommandExpressionAst), els[0]
    return els[0].expression


def cmd(text):
    els = pipe(text)
    assert isinstance(els[0], A.CommandAst), els[0]
    return els[0]


def words(c):
    out = []
    for e in c.command_elements:
        if isinstance(e, A.CommandParameterAst):
            out.append("-" + e.parameter_name)
        elif isinstance(e, A.StringConstantExpressionAst):
            out.append(e.value)
        elif isinstance(e, A.ConstantExpressionAst):
            out.append(e.value)
        else:
            out.append(type(e).__name__)
    return out


# ---------------------------------------------------------------- literals


@pytest.mark.parametrize("text, value, typ", [
    ("1", 1, int),
    ("2147483647", 2147483647, int),
    ("2147483648", 2147483648, Int64),
    ("10l", 10, Int64),
    ("10L", 10, Int64),
    ("1.5", 1.5, float),
    ("1e3", 1000.0, float),
    (".5", 0.5, float),
    ("1.5d", Decimal("1.5"), Decimal),
    ("0x12", 0x12, int),
    ("0xFFFFFFFF", -1, int),
    ("0x7FFFFFFF", 0x7FFFFFFF, int),
    ("0x100000000", 0x100000000, Int64),
    ("1kb", 1024, int),
    ("1KB", 1024, int),
    ("1mb", 1 << 20, int),
    ("1gb", 1 << 30, int),
    ("2gb", 2 << 30, Int64),
    ("1tb", 1 << 40, Int64),
    ("1pb", 1 << 50, Int64),
    ("1.5kb", 1536.0, float),
    ("-1", -1, int),
    ("-2147483648", -2147483648, int),
    ("9223372036854775808", Decimal("9223372036854775808"), Decimal),
])
def test_number_literals(text, value, typ):
    e = expr(text)
    assert isinstance(e, A.ConstantExpressionAst)
    assert e.value == value
    assert type(e.value) is typ


def test_strings():
    e = expr("'it''s'")
    assert (e.value, e.string_kind) == ("it's", "SingleQuoted")
    e = expr('"a`tb`n`0`a`b`r`"q`$x""y``"')
    assert e.value == 'a\tb\n\0\a\b\r"q$x"y`'
    assert e.string_kind == "DoubleQuoted"
    e = expr("\u2018smart\u2019")
    assert e.value == "smart"


def test_expandable_string_parts():
    e = expr('"a $x.Name b $($y.Z) ${a b} $env:PATH $global:g $x[0] $"')
    assert isinstance(e, A.ExpandableStringExpressionAst)
    kinds = [p if isinstance(p, str) else type(p).__name__ for p in e.parts]
    assert kinds == ["a ", "VariableExpressionAst", ".Name b ", "SubExpressionAst", " ",
                     "VariableExpressionAst", " ", "VariableExpressionAst", " ", "VariableExpressionAst",
                     " ", "VariableExpressionAst", "[0] $"]
    assert e.parts[5].name == "a b"
    assert (e.parts[7].scope, e.parts[7].name) == ("env", "PATH")
    assert (e.parts[9].scope, e.parts[9].name) == ("global", "g")
    # the sub-expression is a full statement list with correct extents
    sub = e.parts[3]
    assert sub.extent.text == "$($y.Z)"


def test_variable_colon_in_string_is_literal_when_no_name_follows():
    e = expr('"$x: done"')
    assert e.parts[0].name == "x" and e.parts[1] == ": done"


def test_here_strings():
    e = expr('@"\nHello $name\nline 2\n"@')
    assert isinstance(e, A.ExpandableStringExpressionAst)
    assert e.string_kind == "DoubleQuotedHereString"
    assert e.parts[0] == "Hello " and e.parts[2] == "\nline 2"
    e = expr("@'\nlit $x ''q''\n'@")
    assert (e.value, e.string_kind) == ("lit $x ''q''", "SingleQuotedHereString")
    e = expr('@"\n"@')
    assert e.value == ""
    e = expr("@'\r\na\r\nb\r\n'@")
    assert e.value == "a\r\nb"


def test_here_string_header_must_end_line():
    with pytest.raises(ParseError) as ei:
        parse("@'abc\n'@")
    assert ei.value.first.error_id == "UnexpectedCharactersAfterHereStringHeader"


def test_here_string_terminator_must_start_line():
    with pytest.raises(ParseError) as ei:
        parse("@'\nabc '@")
    assert ei.value.incomplete


# ---------------------------------------------------------------- variables


@pytest.mark.parametrize("text, scope, name", [
    ("$x", None, "x"),
    ("$_", None, "_"),
    ("$PSItem", None, "PSItem"),
    ("$?", None, "?"),
    ("$^", None, "^"),
    ("$$", None, "$"),
    ("$args", None, "args"),
    ("${name with space}", None, "name with space"),
    ("${env:ProgramFiles(x86)}", "env", "ProgramFiles(x86)"),
    ("$script:x", "script", "x"),
    ("$Global:x", "global", "x"),
    ("$env:PATH", "env", "PATH"),
])
def test_variables(text, scope, name):
    e = expr(text)
    assert isinstance(e, A.VariableExpressionAst)
    assert (e.scope, e.name) == (scope, name)


def test_using_variable():
    e = expr("$using:x")
    assert isinstance(e, A.UsingExpressionAst)
    assert e.sub_expression.name == "x"


# ---------------------------------------------------------------- commands


def test_bare_words():
    c = cmd(r"Get-X E1402 DB01\E1402 a-b C:\path\file.ps1 ..\x *.txt user01@contoso.com 5 5a 1.5 10.0.0.1")
    assert words(c) == ["Get-X", "E1402", r"DB01\E1402", "a-b", r"C:\path\file.ps1", r"..\x", "*.txt",
                        "user01@contoso.com", 5, "5a", 1.5, "10.0.0.1"]
    for e in c.command_elements:
        if isinstance(e, A.StringConstantExpressionAst):
            assert e.string_kind == "BareWord"


def test_keywords_are_bare_words_in_arguments():
    assert words(cmd("Write-Output if else foreach")) == ["Write-Output", "if", "else", "foreach"]


def test_parameters():
    c = cmd("Set-X -Name v -Confirm:$False -Count:3 -Flag -Path: a,b")
    els = c.command_elements
    assert els[1].parameter_name == "Name" and els[1].argument is None
    assert els[3].parameter_name == "Confirm" and els[3].argument.name == "False"
    assert els[4].argument.value == 3
    assert els[5].parameter_name == "Flag" and els[5].argument is None
    assert isinstance(els[6].argument, A.ArrayLiteralAst)
    assert els[3].extent.text == "-Confirm:$False"


def test_double_dash_ends_parameters():
    assert words(cmd("Write-Output -- -Name -x")) == ["Write-Output", "-Name", "-x"]


def test_negative_numbers_and_dash_arguments():
    assert words(cmd("f -1 -.5 - -a")) == ["f", -1, -0.5, "-", "-a"]


def test_expression_arguments():
    c = cmd("f $x.Name $x[0] (1 + 2) $(3) @(4) @{a=1} { 5 } 'q' \"e$y\" $s.Trim()")
    kinds = [type(e).__name__ for e in c.command_elements[1:]]
    assert kinds == ["MemberExpressionAst", "IndexExpressionAst", "ParenExpressionAst", "SubExpressionAst",
                     "ArrayExpressionAst", "HashtableAst", "ScriptBlockExpressionAst",
                     "StringConstantExpressionAst", "ExpandableStringExpressionAst", "InvokeMemberExpressionAst"]


def test_glued_words_expand():
    c = cmd(r"f a$b $home\file.txt pre$(1)post")
    a, h, p = c.command_elements[1:]
    assert isinstance(a, A.ExpandableStringExpressionAst) and a.string_kind == "BareWord"
    assert a.parts[0] == "a" and a.parts[1].name == "b"
    assert h.parts[0].name == "home" and h.parts[1] == r"\file.txt"
    assert p.parts[0] == "pre" and isinstance(p.parts[1], A.SubExpressionAst) and p.parts[2] == "post"


def test_quotes_inside_bare_word():
    assert words(cmd('f a"b c"d')) == ["f", "ab cd"]


def test_splatting():
    c = cmd("f @args @h -x")
    assert c.command_elements[1].splatted and c.command_elements[1].name == "args"
    assert c.command_elements[2].splatted


def test_splatting_not_permitted_in_expression():
    with pytest.raises(ParseError) as ei:
        parse("$x = @h")
    assert ei.value.first.error_id == "SplattingNotPermitted"


def test_argument_arrays():
    c = cmd("f a, b,\n  c 1,2")
    arr = c.command_elements[1]
    assert isinstance(arr, A.ArrayLiteralAst)
    assert [e.value for e in arr.elements] == ["a", "b", "c"]
    assert [e.value for e in c.command_elements[2].elements] == [1, 2]


def test_redirections():
    c = cmd("f 2>&1 > out.txt 2>$null *> all.txt 3>> w.txt 1>>log")
    r = c.redirections
    assert isinstance(r[0], A.MergingRedirectionAst) and (r[0].from_stream, r[0].to_stream) == ("error", "output")
    assert isinstance(r[1], A.FileRedirectionAst) and r[1].from_stream == "output" and r[1].location.value == "out.txt"
    assert r[2].from_stream == "error" and r[2].location.name == "null"
    assert r[3].from_stream == "all"
    assert r[4].from_stream == "warning" and r[4].append
    assert r[5].append and r[5].location.value == "log"
    assert words(c) == ["f"]


def test_expression_redirection():
    el = pipe("$x > out.txt")[0]
    assert isinstance(el, A.CommandExpressionAst)
    assert el.redirections[0].location.value == "out.txt"


def test_invocation_operators():
    c = cmd("& $sb 1 2")
    assert c.invocation_operator == "&"
    assert isinstance(c.command_elements[0], A.VariableExpressionAst)
    assert [e.value for e in c.command_elements[1:]] == [1, 2]
    c = cmd('& "Get-Date"')
    assert c.command_elements[0].value == "Get-Date"
    c = cmd(r". .\file.ps1 -x")
    assert c.invocation_operator == "." and c.command_elements[0].value == r".\file.ps1"
    c = cmd("& { 1 }")
    assert isinstance(c.command_elements[0], A.ScriptBlockExpressionAst)
    c = cmd(r".\file.ps1 a")
    assert c.invocation_operator is None and c.command_elements[0].value == r".\file.ps1"


def test_pipeline_elements_and_newline_after_pipe():
    els = pipe("Get-Process |\n  # comment\n  Sort-Object CPU | Select -First 1")
    assert [e.command_elements[0].value for e in els] == ["Get-Process", "Sort-Object", "Select"]


def test_expression_first_in_pipeline():
    els = pipe("1 + 2 | Out-String")
    assert isinstance(els[0], A.CommandExpressionAst) and isinstance(els[1], A.CommandAst)
    with pytest.raises(ParseError) as ei:
        parse("Get-X | $x")
    assert ei.value.first.error_id == "ExpressionsMustBeFirstInPipeline"


@pytest.mark.parametrize("text, is_expr", [
    ("$x", True), ('"s"', True), ("(1)", True), ('[int]"5"', True), ("-1", True), ("!$x", True),
    ("@()", True), ("@{}", True), ("{ 1 }", True), ("1..3", True), ("-not $x", True), ("-split 'a b'", True),
    ("++$i", True), (",1", True), ("5a", False), ("Get-Date", False), ("%", False), ("7z.exe x", False),
])
def test_first_element_decides(text, is_expr):
    el = pipe(text)[0]
    assert isinstance(el, A.CommandExpressionAst) == is_expr


# ---------------------------------------------------------------- operators


@pytest.mark.parametrize("text, op", [
    ("1 -eq 1", "eq"), ("1 -ieq 1", "eq"), ("1 -CEQ 1", "ceq"), ("1 -ne 1", "ne"), ("1 -gt 1", "gt"),
    ("1 -ge 1", "ge"), ("1 -lt 1", "lt"), ("1 -le 1", "le"), ("'a' -like 'a'", "like"),
    ("'a' -notlike 'a'", "notlike"), ("'a' -match 'a'", "match"), ("'a' -notmatch 'a'", "notmatch"),
    ("'a' -creplace 'a'", "creplace"), ("1 -contains 1", "contains"), ("1 -notcontains 1", "notcontains"),
    ("1 -in 1", "in"), ("1 -notin 1", "notin"), ("'a' -split 'a'", "split"), ("'a' -csplit 'a'", "csplit"),
    ("'a' -join 'a'", "join"), ("1 -is [int]", "is"), ("1 -isnot [int]", "isnot"), ("1 -as [int]", "as"),
    ("1 -band 1", "band"), ("1 -bor 1", "bor"), ("1 -bxor 1", "bxor"), ("1 -shl 1", "shl"), ("1 -shr 1", "shr"),
    ("1 -and 1", "and"), ("1 -or 1", "or"), ("1 -xor 1", "xor"), ("'{0}' -f 1", "f"),
    ("1 + 1", "+"), ("1 - 1", "-"), ("1 * 1", "*"), ("1 / 1", "/"), ("1 % 1", "%"), ("1..2", ".."),
    ("1 \u2013eq 1", "eq"),
])
def test_binary_operators(text, op):
    e = expr(text)
    assert isinstance(e, A.BinaryExpressionAst)
    assert e.operator == op


@pytest.mark.parametrize("text, op", [
    ("-$x", "-"), ("+$x", "+"), ("!$x", "not"), ("-not $x", "not"), ("-bnot 5", "bnot"), ("-join $a", "join"),
    ("-split $a", "split"), ("++$i", "++"), ("--$i", "--"), ("$i++", "post++"), ("$i--", "post--"), (",1", ","),
])
def test_unary_operators(text, op):
    e = expr(text)
    assert isinstance(e, A.UnaryExpressionAst)
    assert e.operator == op


def _shape(e):
    if isinstance(e, A.BinaryExpressionAst):
        return f"({_shape(e.left)} {e.operator} {_shape(e.right)})"
    if isinstance(e, A.UnaryExpressionAst):
        return f"({e.operator} {_shape(e.child)})"
    if isinstance(e, A.ArrayLiteralAst):
        return "[" + ",".join(_shape(x) for x in e.elements) + "]"
    if isinstance(e, A.VariableExpressionAst):
        return "$" + e.name
    if isinstance(e, A.ConstantExpressionAst):
        return str(e.value)
    if isinstance(e, A.ConvertExpressionAst):
        return f"[{e.type.type_name.name}]{_shape(e.child)}"
    return type(e).__name__


@pytest.mark.parametrize("text, shape", [
    ("1 + 2 * 3", "(1 + (2 * 3))"),
    ("1 - 2 - 3", "((1 - 2) - 3)"),
    ("$a -and $b -or $c", "(($a and $b) or $c)"),
    ("$a -or $b -and $c", "(($a or $b) and $c)"),
    ("1 -band 3 -eq 3", "(1 band (3 eq 3))"),
    ("-not $a -eq $b", "((not $a) eq $b)"),
    ("!$a -and $b", "((not $a) and $b)"),
    ("'{0}' -f 1 + 2", "((({0} f 1)) + 2)".replace("(({0} f 1))", "({0} f 1)")),
    ("'{0}{1}' -f 1, 2", "({0}{1} f [1,2])"),
    ("1,2 + 3", "([1,2] + 3)"),
    ("1 + 2,3", "(1 + [2,3])"),
    ("-1..3", "(-1 .. 3)"),
    ("1..3 + 1", "((1 .. 3) + 1)"),
    ("2 * -3", "(2 * -3)"),
    ("[int]'5' + 1", "([int]5 + 1)"),
    ("$a -eq 1 -and $b -ne 2", "(($a eq 1) and ($b ne 2))"),
    ("1 + 2 -eq 3", "((1 + 2) eq 3)"),
    ("-$x * 2", "((- $x) * 2)"),
    ("$x -replace 'a', 'b'", "($x replace [a,b])"),
])
def test_precedence(text, shape):
    assert _shape(expr(text)) == shape


def test_binary_operator_allows_newline_after():
    e = expr("1 +\n 2")
    assert e.operator == "+"


# ---------------------------------------------------------------- postfix, types


def test_member_access_and_calls():
    e = expr("$s.Split(',')[0].Trim()")
    assert isinstance(e, A.InvokeMemberExpressionAst) and e.member.value == "Trim"
    idx = e.expression
    assert isinstance(idx, A.IndexExpressionAst) and idx.index.value == 0
    call = idx.target
    assert call.member.value == "Split" and call.arguments[0].value == ","
    e = expr("$x.'a b'")
    assert e.member.value == "a b"
    e = expr("$x.$prop")
    assert isinstance(e.member, A.VariableExpressionAst)


def test_method_call_needs_no_space():
    with pytest.raises(ParseError):
        parse("$s.Split (',')")


def test_static_members():
    e = expr("[math]::Round(2.5)")
    assert e.static and isinstance(e.expression, A.TypeExpressionAst)
    assert e.expression.type_name.name == "math"
    e = expr("[System.Collections.Generic.List[string]]::new()")
    tn = e.expression.type_name
    assert tn.name == "System.Collections.Generic.List" and tn.generic_arguments[0].name == "string"
    e = expr("[int]::MaxValue")
    assert isinstance(e, A.MemberExpressionAst) and e.static


def test_indexing():
    assert _shape(expr("$a[-1]").index) == "-1"
    assert isinstance(expr("$a[1..3]").index, A.BinaryExpressionAst)
    assert expr("$h['k']").index.value == "k"
    assert isinstance(expr("$a[0][1]").target, A.IndexExpressionAst)
    assert isinstance(expr("$a[0,2]").index, A.ArrayLiteralAst)


def test_type_names():
    tn = expr("[System.Collections.Generic.Dictionary[string,int]]").type_name
    assert tn.full_name == "System.Collections.Generic.Dictionary[string,int]"
    assert expr("[string[]]").type_name.array_rank == 1
    assert expr("[int[,]]").type_name.array_rank == 2
    assert parse_type_name("System.Collections.Generic.List[string]").generic_arguments[0].name == "string"
    assert parse_type_name("[int]").name == "int"
    assert parse_type_name("string[]").array_rank == 1
    with pytest.raises(ParseError):
        parse_type_name("int]")


def test_casts():
    e = expr("[int][char]'a'")
    assert isinstance(e, A.ConvertExpressionAst) and isinstance(e.child, A.ConvertExpressionAst)
    e = expr("[ordered]@{ a = 1 }")
    assert isinstance(e, A.ConvertExpressionAst) and isinstance(e.child, A.HashtableAst)
    e = expr("[void]$list.Add(1)")
    assert isinstance(e.child, A.InvokeMemberExpressionAst)
    e = expr("[ValidateRange(1,5)][int]$x")
    assert isinstance(e, A.AttributedExpressionAst) and isinstance(e.child, A.ConvertExpressionAst)


def test_hashtable():
    e = expr("@{ a = 1; 'b c' = 2; 3 = 'x'\n  d = Get-Date\n  e = @(1)\n}")
    keys = [k.value for k, _ in e.key_value_pairs]
    assert keys == ["a", "b c", 3, "d", "e"]
    assert e.key_value_pairs[0][0].string_kind == "BareWord"
    assert isinstance(e.key_value_pairs[3][1], A.PipelineAst)
    assert isinstance(e.key_value_pairs[3][1].pipeline_elements[0], A.CommandAst)
    assert expr("@{}").key_value_pairs == ()


def test_array_and_sub_expressions():
    e = expr("@(1; 2\n 3)")
    assert len(e.sub_expression.statements) == 3
    assert expr("@()").sub_expression.statements == ()
    assert len(expr("$(1; 2)").sub_expression.statements) == 2


def test_script_block_expression():
    e = expr("{ param($a) $a + 1 }")
    sb = e.script_block
    assert sb.param_block.parameters[0].name.name == "a"
    assert sb.extent.text == "{ param($a) $a + 1 }"


# ---------------------------------------------------------------- assignments


def test_assignments():
    for op in ("=", "+=", "-=", "*=", "/=", "%="):
        st = first(f"$x {op} 1")
        assert isinstance(st, A.AssignmentStatementAst) and st.operator == op
    st = first("$a, $b = 1, 2")
    assert isinstance(st.left, A.ArrayLiteralAst) and isinstance(st.right, A.PipelineAst)
    st = first("[int]$x = 5")
    assert isinstance(st.left, A.ConvertExpressionAst)
    st = first("$x = if ($a) { 1 } else { 2 }")
    assert isinstance(st.right, A.IfStatementAst)
    st = first("$x = foreach ($i in 1..3) { $i }")
    assert isinstance(st.right, A.ForEachStatementAst)
    st = first("$x = $y = 2")
    assert isinstance(st.right, A.AssignmentStatementAst)
    st = first("$h.a.b = 1")
    assert isinstance(st.left, A.MemberExpressionAst)
    st = first("$h['k'] = Get-Date")
    assert isinstance(st.left, A.IndexExpressionAst)
    assert isinstance(st.right.pipeline_elements[0], A.CommandAst)


def test_invalid_assignment_target():
    with pytest.raises(ParseError) as ei:
        parse("1 = 2")
    assert ei.value.first.error_id == "InvalidLeftHandSide"
    with pytest.raises(ParseError):
        parse("$s.Trim() = 2")


# ---------------------------------------------------------------- statements


def test_if_elseif_else():
    st = first("if ($a) { 1 }\nelseif ($b) { 2 }\n# c\nelse { 3 }")
    assert isinstance(st, A.IfStatementAst)
    assert len(st.clauses) == 2 and st.else_clause is not None
    st = first("IF ($a) { 1 } ELSE { 2 }")
    assert st.else_clause is not None


def test_if_without_else_keeps_following_statement():
    ss = stmts("if ($a) { 1 }\n\n$b")
    assert len(ss) == 2


def test_loops():
    st = first("while ($i -lt 5) { $i++ }")
    assert isinstance(st, A.WhileStatementAst)
    st = first("do { $i++ } while ($i -lt 5)")
    assert isinstance(st, A.DoWhileStatementAst)
    st = first("do { $i++ }\nuntil ($i -ge 5)")
    assert isinstance(st, A.DoUntilStatementAst)
    st = first("for ($i = 0; $i -lt 5; $i++) { $i }")
    assert isinstance(st, A.ForStatementAst)
    assert isinstance(st.initializer, A.AssignmentStatementAst)
    assert st.condition is not None and st.iterator is not None
    st = first("for (;;) { break }")
    assert st.initializer is None and st.condition is None and st.iterator is None
    st = first("foreach ($m in Get-Mailbox -Database DB1) { $m }")
    assert isinstance(st, A.ForEachStatementAst) and st.variable.name == "m"
    assert isinstance(st.condition.pipeline_elements[0], A.CommandAst)


def test_labels():
    st = first(":outer foreach ($a in $b) { foreach ($c in $d) { break outer; continue outer } }")
    assert st.label == "outer"
    inner = st.body.statements[0]
    br, co = inner.body.statements
    assert isinstance(br, A.BreakStatementAst) and br.label.value == "outer"
    assert isinstance(co, A.ContinueStatementAst) and co.label.value == "outer"
    st = first(":l while ($true) { break }")
    assert st.label == "l" and st.body.statements[0].label is None


def test_switch():
    st = first("switch -regex -CaseSensitive ($x) {\n '^a' { 1; break }\n { $_ -gt 5 } { 2 }\n"
               " 3 { 'three' }\n bare { 'b' }\n default { 'd' }\n}")
    assert isinstance(st, A.SwitchStatementAst)
    assert st.flags == frozenset({"regex", "casesensitive"})
    conds = [type(c).__name__ for c, _ in st.clauses]
    assert conds == ["StringConstantExpressionAst", "ScriptBlockExpressionAst", "ConstantExpressionAst",
                     "StringConstantExpressionAst"]
    assert st.default is not None
    st = first("switch (1, 2, 3) { 1 { 'one' } }")
    assert isinstance(st.condition.pipeline_elements[0].expression, A.ArrayLiteralAst)
    st = first("switch -wildcard -exact -file C:\\x.txt { a* { 1 } }")
    assert st.flags == frozenset({"wildcard", "exact", "file"})
    with pytest.raises(ParseError) as ei:
        parse("switch ($x) { default { 1 } default { 2 } }")
    assert ei.value.first.error_id == "MultipleSwitchDefaultClauses"


def test_flow_statements():
    ss = stmts("return; return 1; throw; throw 'x'; exit; exit 3; break; continue")
    kinds = [type(s).__name__ for s in ss]
    assert kinds == ["ReturnStatementAst", "ReturnStatementAst", "ThrowStatementAst", "ThrowStatementAst",
                     "ExitStatementAst", "ExitStatementAst", "BreakStatementAst", "ContinueStatementAst"]
    assert ss[0].pipeline is None and ss[1].pipeline is not None
    assert ss[5].pipeline.pipeline_elements[0].expression.value == 3


def test_try_catch_finally():
    st = first("try { 1 }\ncatch [System.Management.Automation.RuntimeException], [Foo] { 2 }\n"
               "catch { 3 }\nfinally { 4 }")
    assert isinstance(st, A.TryStatementAst)
    assert [t.type_name.name for t in st.catch_clauses[0].catch_types] == [
        "System.Management.Automation.RuntimeException", "Foo"]
    assert st.catch_clauses[1].catch_types == ()
    assert st.finally_ is not None
    assert first("try { 1 } finally { 2 }").catch_clauses == ()


def test_trap():
    sb = parse("trap [Exception] { continue }\n1")
    blk = sb.end_block
    assert len(blk.traps) == 1 and blk.traps[0].trap_type.type_name.name == "Exception"
    assert len(blk.statements) == 1
    assert parse("trap { 'x' }").end_block.traps[0].trap_type is None


def test_functions():
    st = first("function f($a, $b = 2) { $a + $b }")
    assert isinstance(st, A.FunctionDefinitionAst)
    assert st.name == "f" and [p.name.name for p in st.parameters] == ["a", "b"]
    assert st.parameters[1].default_value.value == 2
    assert st.body.extent.text == "{ $a + $b }"
    st = first("filter Double { $_ * 2 }")
    assert st.is_filter and st.body.process_block is not None and st.body.end_block is None
    assert first("function global:Name {}").name == "global:Name"
    st = first("function Get-X\n{\n  param($a)\n  $a\n}")
    assert st.parameters is None and st.body.param_block.parameters[0].name.name == "a"


def test_param_block_and_attributes():
    st = first(
        "function Get-X {\n"
        "  [CmdletBinding(SupportsShouldProcess=$true)]\n"
        "  param(\n"
        "    [Parameter(Mandatory=$true, Position=0, ValueFromPipeline=$true, ValueFromPipelineByPropertyName)]\n"
        "    [Alias('x')]\n"
        "    [ValidateSet('a','b')]\n"
        "    [ValidateNotNullOrEmpty()]\n"
        "    [string[]]$Name,\n"
        "    # a comment\n"
        "    [ValidateRange(1,10)][int]$Count = 5,\n"
        "    [switch]$Force\n"
        "  )\n"
        "  begin { } process { $Name } end { }\n"
        "}")
    pb = st.body.param_block
    assert pb.attributes[0].type_name.name == "CmdletBinding"
    assert pb.attributes[0].named_arguments[0].name == "SupportsShouldProcess"
    name, count, force = pb.parameters
    attr = name.attributes[0]
    assert attr.type_name.name == "Parameter"
    named = {a.name: a for a in attr.named_arguments}
    assert named["Mandatory"].value.name == "true"
    assert named["Position"].value.value == 0
    assert named["ValueFromPipelineByPropertyName"].expression_omitted
    assert name.attributes[1].positional_arguments[0].value == "x"
    assert [a.value for a in name.attributes[2].positional_arguments] == ["a", "b"]
    assert isinstance(name.attributes[4], A.TypeConstraintAst) and name.attributes[4].type_name.array_rank == 1
    assert count.default_value.value == 5
    assert force.attributes[0].type_name.name == "switch"
    assert st.body.begin_block is not None and st.body.process_block is not None and st.body.end_block is not None
    assert not st.body.end_block.unnamed


def test_script_level_param_and_named_blocks():
    sb = parse("#requires -version 2\n[CmdletBinding()]\nparam([string]$Path = '.')\n"
               "begin { 1 } process { 2 } end { 3 }")
    assert sb.param_block.attributes[0].type_name.name == "CmdletBinding"
    assert sb.param_block.parameters[0].default_value.value == "."
    assert sb.begin_block.block_kind == "begin" and len(sb.process_block.statements) == 1
    sb = parse("dynamicparam { 1 } end { 2 }")
    assert sb.dynamic_param_block is not None
    sb = parse("param($a)\n$a")
    assert sb.end_block.unnamed and len(sb.end_block.statements) == 1


def test_cast_statement_is_not_a_param_block():
    sb = parse("[int]$x = 5")
    assert sb.param_block is None
    assert isinstance(sb.end_block.statements[0], A.AssignmentStatementAst)


def test_comments_and_continuations():
    ss = stmts("$x = 1 # c\n<# block\n #> $y = 2 <# inline #> + 1\nGet-X `\n  -Name a")
    assert len(ss) == 3
    assert words(ss[2].pipeline_elements[0]) == ["Get-X", "-Name", "a"]
    assert words(cmd("f a#b")) == ["f", "a#b"]


def test_statements_on_one_line_after_blocks():
    ss = stmts("function f { 1 } f; if ($a) { 1 } 2")
    assert len(ss) == 4


def test_empty_and_blank_scripts():
    assert parse("").end_block.statements == ()
    assert parse("  \n\n ; ;\n # only a comment\n").end_block.statements == ()


def test_extents():
    text = "$a = 1\nGet-X -Name 'v' | Out-Null"
    ss = stmts(text)
    assert ss[1].extent.text == "Get-X -Name 'v' | Out-Null"
    assert ss[1].extent.start_line == 2 and ss[1].extent.start_column == 1
    c = ss[1].pipeline_elements[0]
    assert c.command_elements[2].extent.text == "'v'"
    assert c.command_elements[2].extent.start_column == 13
    assert parse(text).extent.text == text


def test_data_sections_become_subexpressions():
    st = first("data Texts -SupportedCommand ConvertFrom-StringData {\n  ConvertFrom-StringData 'a = b'\n}")
    assert isinstance(st, A.AssignmentStatementAst) and st.left.name == "Texts"
    assert isinstance(st.right.pipeline_elements[0].expression, A.SubExpressionAst)
    st = first("data { 'x' }")
    assert isinstance(st.pipeline_elements[0].expression, A.SubExpressionAst)
    with pytest.raises(ParseError) as ei:
        parse("data -Foo x { }")
    assert ei.value.first.error_id == "InvalidParameterForDataSectionStatement"


@pytest.mark.parametrize("text", ['-"5"', "-'5'", "-(1)", "-[int]'5'", "-@(1)", "- 1"])
def test_unary_minus_at_statement_start(text):
    e = expr(text)
    assert isinstance(e, (A.UnaryExpressionAst, A.ConstantExpressionAst))
