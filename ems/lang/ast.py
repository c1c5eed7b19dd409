"""The PowerShell syntax tree, named like PowerShell's own (System.Management.Automation.Language).

Nodes are frozen dataclasses with identity equality (``eq=False``) so they hash fast and
can key caches of prepared code ("parse once, prepare once"). Every node carries its
source extent first. The tree imports nothing from the runtime.

Conventions the parser and the evaluator share:

* Operators are stored as canonical lower-case names. Word operators lose their dash and
  the ``i`` prefix (``-ieq`` and ``-eq`` are both ``"eq"``); the case-sensitive forms keep
  their ``c`` (``-ceq`` is ``"ceq"``, ``-creplace`` is ``"creplace"``). Symbol operators
  stay as written: ``+ - * / % ..``. Unary operators: ``"-"`` (negate), ``"+"``,
  ``"not"`` (``!`` and ``-not``), ``"bnot"``, ``"join"``, ``"split"``, ``","`` (unary
  comma), ``"++"``/``"--"`` (prefix) and ``"post++"``/``"post--"`` (postfix).
* Assignment operators: ``= += -= *= /= %=``.
* A bare word in command mode (``E1402``, ``DB01\\E1402``, ``a-b``) is a
  StringConstantExpressionAst with string_kind ``"BareWord"``.
* Expandable strings are pre-split into ``parts``: literal text (``str``, escapes already
  applied) and the expressions to insert (``$x``, ``$($y)``, ``$a.b`` does NOT take the
  member: PowerShell expands only ``$a`` there).
* Variable names keep their scope qualifier apart: ``$global:x`` has scope ``"global"``
  and name ``"x"``; ``$env:PATH`` has scope ``"env"``. ``${a b}`` has name ``"a b"``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

from ems.lang.source import Extent

_node = dataclass(frozen=True, slots=True, eq=False)


@_node
class Ast:
    extent: Extent


# ------------------------------------------------------------------ type names


@_node
class TypeName:
    """`[int]`, `[System.Collections.Generic.List[string]]`, `[string[]]`.

    ``name`` is the written name without generic arguments or array brackets.
    ``array_rank`` is 0 for a plain type, 1 for ``[T[]]``.
    """

    extent: Extent
    name: str
    generic_arguments: tuple["TypeName", ...] = ()
    array_rank: int = 0

    @property
    def full_name(self) -> str:
        s = self.name
        if self.generic_arguments:
            s += "[" + ",".join(g.full_name for g in self.generic_arguments) + "]"
        if self.array_rank:
            s += "[" + "," * (self.array_rank - 1) + "]"
        return s


# ------------------------------------------------------------------ attributes and parameters


@_node
class AttributeBaseAst(Ast):
    pass


@_node
class TypeConstraintAst(AttributeBaseAst):
    """`[int]` before a parameter or variable, or in `catch [Type]`."""

    type_name: TypeName


@_node
class NamedAttributeArgumentAst(Ast):
    """`Mandatory=$true` in `[Parameter(Mandatory=$true)]`; `Mandatory` alone has
    expression_omitted True and value `$true`."""

    name: str
    value: "ExpressionAst"
    expression_omitted: bool = False


@_node
class AttributeAst(AttributeBaseAst):
    """`[Parameter(Mandatory=$true, Position=0)]`, `[ValidateSet('a','b')]`, `[CmdletBinding()]`."""

    type_name: TypeName
    positional_arguments: tuple["ExpressionAst", ...] = ()
    named_arguments: tuple[NamedAttributeArgumentAst, ...] = ()


@_node
class ParameterAst(Ast):
    name: "VariableExpressionAst"
    attributes: tuple[AttributeBaseAst, ...] = ()
    default_value: Optional["ExpressionAst"] = None


@_node
class ParamBlockAst(Ast):
    attributes: tuple[AttributeAst, ...]  # [CmdletBinding()] and the like
    parameters: tuple[ParameterAst, ...]


# ------------------------------------------------------------------ blocks


@_node
class StatementBlockAst(Ast):
    """A braced list of statements: the body of if/while/foreach/try..."""

    statements: tuple["StatementAst", ...]
    traps: tuple["TrapStatementAst", ...] = ()


@_node
class NamedBlockAst(Ast):
    """`begin {}`, `process {}`, `end {}`, `dynamicparam {}`; an unnamed script body is an
    `end` block (a `process` block for a filter) with unnamed True."""

    block_kind: str  # "begin" | "process" | "end" | "dynamicparam"
    statements: tuple["StatementAst", ...]
    traps: tuple["TrapStatementAst", ...] = ()
    unnamed: bool = False


@_node
class ScriptBlockAst(Ast):
    param_block: Optional[ParamBlockAst] = None
    begin_block: Optional[NamedBlockAst] = None
    process_block: Optional[NamedBlockAst] = None
    end_block: Optional[NamedBlockAst] = None
    dynamic_param_block: Optional[NamedBlockAst] = None


# ------------------------------------------------------------------ statements


@_node
class StatementAst(Ast):
    pass


@_node
class PipelineBaseAst(StatementAst):
    pass


@_node
class RedirectionAst(Ast):
    from_stream: str  # "output" "error" "warning" "verbose" "debug" "information" "all"


@_node
class FileRedirectionAst(RedirectionAst):
    """`> file`, `>> file`, `2> file`, `2>$null`, `*> file`."""

    location: "ExpressionAst"
    append: bool = False


@_node
class MergingRedirectionAst(RedirectionAst):
    """`2>&1` (to_stream "output")."""

    to_stream: str = "output"


@_node
class CommandElementAst(Ast):
    pass


@_node
class CommandParameterAst(CommandElementAst):
    """`-Name` or `-Name:value` (argument set). ``parameter_name`` is without the dash,
    as written (prefixes are resolved by the binder)."""

    parameter_name: str
    argument: Optional["ExpressionAst"] = None


@_node
class CommandBaseAst(StatementAst):
    redirections: tuple[RedirectionAst, ...] = ()


@_node
class CommandAst(CommandBaseAst):
    """A command invocation. ``command_elements[0]`` is the command name: a bare word
    (StringConstantExpressionAst) or, after `&` / `.`, any expression (a script block,
    a variable, a string). The other elements are CommandParameterAst or expressions
    (arguments, including splatted variables)."""

    command_elements: tuple[CommandElementAst, ...] = ()
    invocation_operator: Optional[str] = None  # None | "&" | "."


@_node
class CommandExpressionAst(CommandBaseAst):
    """An expression standing as a pipeline element: `1 + 2`, `$x | ...`."""

    expression: "ExpressionAst" = None  # type: ignore[assignment]


@_node
class PipelineAst(PipelineBaseAst):
    pipeline_elements: tuple[CommandBaseAst, ...]


@_node
class AssignmentStatementAst(PipelineBaseAst):
    left: "ExpressionAst"
    operator: str  # "=" "+=" "-=" "*=" "/=" "%="
    right: StatementAst  # usually a PipelineAst; may be another assignment or a statement


@_node
class IfStatementAst(StatementAst):
    clauses: tuple[tuple[PipelineBaseAst, StatementBlockAst], ...]
    else_clause: Optional[StatementBlockAst] = None


@_node
class LabeledStatementAst(StatementAst):
    label: Optional[str]


@_node
class LoopStatementAst(LabeledStatementAst):
    condition: Optional[PipelineBaseAst]
    body: StatementBlockAst


@_node
class WhileStatementAst(LoopStatementAst):
    pass


@_node
class DoWhileStatementAst(LoopStatementAst):
    pass


@_node
class DoUntilStatementAst(LoopStatementAst):
    pass


@_node
class ForStatementAst(LoopStatementAst):
    initializer: Optional[PipelineBaseAst] = None
    iterator: Optional[PipelineBaseAst] = None


@_node
class ForEachStatementAst(LoopStatementAst):
    """`foreach ($x in <condition>) { body }`."""

    variable: "VariableExpressionAst" = None  # type: ignore[assignment]


@_node
class SwitchStatementAst(LabeledStatementAst):
    condition: PipelineBaseAst
    flags: frozenset[str]  # subset of {"regex", "wildcard", "exact", "casesensitive", "file"}
    clauses: tuple[tuple["ExpressionAst", StatementBlockAst], ...]
    default: Optional[StatementBlockAst] = None


@_node
class CatchClauseAst(Ast):
    catch_types: tuple[TypeConstraintAst, ...]  # empty: catch everything
    body: StatementBlockAst


@_node
class TryStatementAst(StatementAst):
    body: StatementBlockAst
    catch_clauses: tuple[CatchClauseAst, ...]
    finally_: Optional[StatementBlockAst] = None


@_node
class TrapStatementAst(StatementAst):
    trap_type: Optional[TypeConstraintAst]
    body: StatementBlockAst


@_node
class BreakStatementAst(StatementAst):
    label: Optional["ExpressionAst"] = None


@_node
class ContinueStatementAst(StatementAst):
    label: Optional["ExpressionAst"] = None


@_node
class ReturnStatementAst(StatementAst):
    pipeline: Optional[PipelineBaseAst] = None


@_node
class ThrowStatementAst(StatementAst):
    pipeline: Optional[PipelineBaseAst] = None


@_node
class ExitStatementAst(StatementAst):
    pipeline: Optional[PipelineBaseAst] = None


@_node
class FunctionDefinitionAst(StatementAst):
    """`function Name($a, $b) { }` (parameters from the parentheses) or
    `function Name { param($a) }` (parameters in body.param_block); `filter Name {}`."""

    name: str
    body: ScriptBlockAst
    is_filter: bool = False
    parameters: Optional[tuple[ParameterAst, ...]] = None


# ------------------------------------------------------------------ expressions


@_node
class ExpressionAst(CommandElementAst):
    pass


@_node
class ErrorExpressionAst(ExpressionAst):
    """Stands where the parser recovered from an error (never evaluated: a script with
    a parse error does not run)."""


@_node
class ConstantExpressionAst(ExpressionAst):
    """A number literal, already converted: int (Int32 range), an Int64 marker type for
    longs, float, decimal.Decimal."""

    value: object


@_node
class StringConstantExpressionAst(ConstantExpressionAst):
    # "BareWord" | "SingleQuoted" | "DoubleQuoted" | "SingleQuotedHereString" | "DoubleQuotedHereString"
    string_kind: str = "BareWord"


@_node
class ExpandableStringExpressionAst(ExpressionAst):
    value: str  # the raw text between the quotes
    string_kind: str  # "DoubleQuoted" | "DoubleQuotedHereString" | "BareWord"
    parts: tuple[Union[str, ExpressionAst], ...]


@_node
class VariableExpressionAst(ExpressionAst):
    name: str  # without "$" and without the scope qualifier
    scope: Optional[str] = None  # "global" "script" "local" "private" "env" "variable" "function"...
    splatted: bool = False  # @name in a command

    @property
    def user_path(self) -> str:
        return f"{self.scope}:{self.name}" if self.scope else self.name


@_node
class TypeExpressionAst(ExpressionAst):
    """`[math]` standing alone, e.g. before `::`."""

    type_name: TypeName


@_node
class ConvertExpressionAst(ExpressionAst):
    """`[int]$x`, `[ordered]@{}`, `[PSCustomObject]@{}`."""

    type: TypeConstraintAst
    child: ExpressionAst


@_node
class AttributedExpressionAst(ExpressionAst):
    """`[ValidateRange(1,5)][int]$x = 3` — an attribute (not a type) on an expression."""

    attribute: AttributeAst
    child: ExpressionAst


@_node
class BinaryExpressionAst(ExpressionAst):
    operator: str
    left: ExpressionAst
    right: ExpressionAst


@_node
class UnaryExpressionAst(ExpressionAst):
    operator: str
    child: ExpressionAst


@_node
class MemberExpressionAst(ExpressionAst):
    """`$x.Name`, `[math]::PI`, `$x.$name`, `$x.'odd name'`."""

    expression: ExpressionAst
    member: CommandElementAst  # StringConstantExpressionAst for a plain name
    static: bool = False


@_node
class InvokeMemberExpressionAst(MemberExpressionAst):
    """`$s.Split(',')`, `[math]::Round(2.5)`."""

    arguments: tuple[ExpressionAst, ...] = ()


@_node
class IndexExpressionAst(ExpressionAst):
    """`$a[0]`, `$a[1..3]`, `$a[0,2]`, `$h['k']`."""

    target: ExpressionAst
    index: ExpressionAst


@_node
class ArrayLiteralAst(ExpressionAst):
    """`1, 2, 3`."""

    elements: tuple[ExpressionAst, ...]


@_node
class ArrayExpressionAst(ExpressionAst):
    """`@( ... )`."""

    sub_expression: StatementBlockAst


@_node
class SubExpressionAst(ExpressionAst):
    """`$( ... )`."""

    sub_expression: StatementBlockAst


@_node
class ParenExpressionAst(ExpressionAst):
    """`( pipeline )`."""

    pipeline: PipelineBaseAst


@_node
class HashtableAst(ExpressionAst):
    """`@{ k = v; ... }`; each value is a statement (usually a pipeline)."""

    key_value_pairs: tuple[tuple[ExpressionAst, StatementAst], ...]


@_node
class ScriptBlockExpressionAst(ExpressionAst):
    script_block: ScriptBlockAst


@_node
class UsingExpressionAst(ExpressionAst):
    """`$using:x` (accepted for Invoke-Command script blocks)."""

    sub_expression: ExpressionAst
