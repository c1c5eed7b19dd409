"""Script blocks as values, and running them.

``CompiledScriptBlock`` is the prepared form of one ScriptBlockAst (compiled once, on
first use); ``ScriptBlock`` is the value scripts hold (`$sb = { ... }`), pointing to
it. ``invoke_scriptblock`` runs one outside a pipeline (`.Invoke()`, ForEach-Object,
Where-Object, calculated properties, script properties); `& $sb` in a pipeline goes
through ``ems.runtime.pipeline.ScriptProcessor``.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

from ems.lang import ast as A
from ems.runtime.control import (AUTOMATION_NULL, NO_DOLLAR_UNDER, BreakSignal, ContinueSignal, ReturnSignal,
                                 enumerate_value, is_enumerable)
from ems.runtime.exceptions import ScriptCallDepthException


class CompiledScriptBlock:
    """One ScriptBlockAst, prepared once."""

    __slots__ = ("ast", "_body", "parameters", "is_filter", "name", "_metadata", "cmdlet_binding",
                 "is_advanced", "param_attributes")

    def __init__(self, ast: A.ScriptBlockAst, parameters: tuple[A.ParameterAst, ...] | None = None,
                 is_filter: bool = False, name: str | None = None):
        self.ast = ast
        self._body = None
        if parameters is None and ast.param_block is not None:
            parameters = ast.param_block.parameters
        self.parameters = tuple(parameters or ())
        self.param_attributes = tuple(ast.param_block.attributes) if ast.param_block is not None else ()
        self.is_filter = is_filter
        self.name = name
        self._metadata = None
        self.cmdlet_binding = any(_attr_name(a) == "cmdletbinding" for a in self.param_attributes)
        self.is_advanced = self.cmdlet_binding or any(
            isinstance(at, A.AttributeAst) and _attr_name(at) == "parameter"
            for p in self.parameters for at in p.attributes)

    @property
    def body(self):
        b = self._body
        if b is None:
            from ems.runtime.evaluator import CompiledBody
            b = self._body = CompiledBody(self.ast)
        return b

    def metadata(self, ctx: Any):
        m = self._metadata
        if m is None:
            from ems.runtime.binder import metadata_for_script
            m = self._metadata = metadata_for_script(self, ctx)
        return m

    @property
    def text(self) -> str:
        return self.ast.extent.text


def _attr_name(a: Any) -> str:
    if isinstance(a, A.AttributeAst):
        n = a.type_name.name.lower()
        if n.endswith("attribute"):
            n = n[: -len("attribute")]
        return n.rsplit(".", 1)[-1]
    return ""


def compiled_scriptblock(ast: A.ScriptBlockAst, parameters: tuple | None = None, is_filter: bool = False,
                         name: str | None = None) -> CompiledScriptBlock:
    return CompiledScriptBlock(ast, parameters, is_filter, name)


class ScriptBlock:
    """System.Management.Automation.ScriptBlock."""

    __slots__ = ("compiled", "ctx", "closure_scope", "__weakref__")

    PS_TYPE_NAMES = ("System.Management.Automation.ScriptBlock", "System.Object")
    PS_PROPERTIES = ("Attributes", "File", "IsFilter", "IsConfiguration", "Module", "StartPosition",
                     "DebuggerHidden", "Id", "Ast")
    PS_METHODS = ("Invoke", "InvokeReturnAsIs", "GetNewClosure", "ToString", "GetSteppablePipeline",
                  "CheckRestrictedLanguage")

    def __init__(self, compiled: CompiledScriptBlock, ctx: Any, closure_scope: Any = None):
        self.compiled = compiled
        self.ctx = ctx
        self.closure_scope = closure_scope

    # -- what scripts see -------------------------------------------------------------
    @property
    def Attributes(self) -> list:
        return []

    @property
    def File(self) -> str | None:
        return self.compiled.ast.extent.file

    @property
    def IsFilter(self) -> bool:
        return self.compiled.is_filter

    IsConfiguration = False
    Module = None
    DebuggerHidden = False

    @property
    def StartPosition(self) -> Any:
        return None

    @property
    def Id(self) -> str:
        return "00000000-0000-0000-0000-000000000000"

    @property
    def Ast(self) -> Any:
        return self.compiled.ast

    def Invoke(self, *args: Any) -> list:
        return invoke_scriptblock(self.ctx, self, args)

    def InvokeReturnAsIs(self, *args: Any) -> Any:
        out = invoke_scriptblock(self.ctx, self, args)
        if not out:
            return None
        return out[0] if len(out) == 1 else out

    def GetNewClosure(self) -> "ScriptBlock":
        from ems.runtime.variables import PSVariable, Scope
        ctx = self.ctx
        closure = Scope(ctx.global_scope, "closure")
        s = ctx.scope
        while s is not None:
            for k, v in s.vars.items():
                if k not in closure.vars and not v.options:
                    closure.vars[k] = PSVariable(v.name, v._value)
            s = s.parent
        return ScriptBlock(self.compiled, ctx, closure)

    def ToString(self) -> str:
        return self.ps_to_string()

    def CheckRestrictedLanguage(self, *a: Any) -> None:
        return None

    def ps_to_string(self) -> str:
        """The text between the braces (what `"$sb"` gives)."""
        text = self.compiled.ast.extent.text
        if text.startswith("{") and text.endswith("}"):
            return text[1:-1]
        return text

    def __str__(self) -> str:
        return self.ps_to_string()

    def __repr__(self) -> str:
        return f"ScriptBlock({{{self.ps_to_string()}}})"


def invoke_scriptblock(ctx: Any, sb: Any, args: tuple = (), this: Any = None,
                       dollar_under: Any = NO_DOLLAR_UNDER, new_scope: bool = True,
                       output: Callable[[Any], None] | None = None, input: Iterable[Any] | None = None,
                       variables: dict[str, Any] | None = None) -> list:
    """Run a script block outside a pipeline; see ExecutionContext.invoke_scriptblock."""
    if not isinstance(sb, ScriptBlock):
        from ems.runtime.psobject import base_object
        sb = base_object(sb)
        if not isinstance(sb, ScriptBlock):
            from ems.runtime.exceptions import PSInvalidCastException
            raise PSInvalidCastException("The value is not a script block.", "InvalidCastToScriptBlock")
    out: list = []
    emit = output if output is not None else out.append
    if not new_scope and dollar_under is not NO_DOLLAR_UNDER and not args and this is None and not variables \
            and input is None:
        run_with_dollar_under(ctx, sb, dollar_under, emit)
        return out
    compiled = sb.compiled
    body = compiled.body
    saved_scope = ctx.scope
    saved_under = None
    had_under = False
    if new_scope:
        from ems.runtime.variables import Scope
        ctx.scope = Scope(sb.closure_scope if sb.closure_scope is not None else saved_scope, "local")
    elif dollar_under is not NO_DOLLAR_UNDER:
        v = saved_scope.vars.get("_")
        if v is not None:
            had_under = True
            saved_under = v._value
    ctx.call_depth += 1
    try:
        if ctx.call_depth > ctx.max_call_depth:
            raise call_depth_overflow()
        if dollar_under is not NO_DOLLAR_UNDER:
            ctx.set_local("_", dollar_under)
        if this is not None:
            ctx.set_local("this", this)
        if variables:
            for k, v in variables.items():
                ctx.set_local(k.lower(), v)
        if new_scope:
            if compiled.parameters:
                from ems.runtime.binder import bind_script_arguments, positional_arguments
                bind_script_arguments(ctx, compiled, positional_arguments(args), sb.compiled.name or "")
            else:
                ctx.set_local("args", list(args))
            if input is not None:
                ctx.set_local("input", InputEnumerator(list(input)))
        _run_body(body, ctx, emit)
    finally:
        ctx.call_depth -= 1
        if new_scope:
            ctx.scope = saved_scope
        elif had_under:
            ctx.set_local("_", saved_under)
    return out


def _run_body(body: Any, ctx: Any, emit: Callable[[Any], None]) -> None:
    """begin, process and end of a compiled script block, once; `return` ends it."""
    try:
        if body.begin is not None:
            body.begin(ctx, emit)
        if body.process is not None:
            body.process(ctx, emit)
        if body.end is not None:
            body.end(ctx, emit)
    except ReturnSignal:
        pass


def run_with_dollar_under(ctx: Any, sb: "ScriptBlock", dollar_under: Any, emit: Callable[[Any], None]) -> None:
    """Run a script block in the current scope with $_ set, its output to ``emit`` (what
    ForEach-Object and Where-Object do once per input object: the hot path of pipelines).
    $_ gets its previous value back afterwards when the scope had one."""
    body = sb.compiled.body
    vars_ = ctx.scope.vars
    var = vars_.get("_")
    had_under = var is not None
    saved_under = var._value if had_under else None
    ctx.call_depth += 1
    try:
        if ctx.call_depth > ctx.max_call_depth:
            raise call_depth_overflow()
        if had_under and var.converter is None and not var.options:
            var._value = dollar_under
        else:
            ctx.set_local("_", dollar_under)
        _run_body(body, ctx, emit)
    finally:
        ctx.call_depth -= 1
        if had_under:
            ctx.set_local("_", saved_under)


def call_depth_overflow() -> ScriptCallDepthException:
    ex = ScriptCallDepthException("The script failed due to call depth overflow.", "CallDepthOverflow",
                                  category_target="0", category_target_type="Int32")
    ex.script_terminating = True
    return ex


class InputEnumerator:
    """`$input`: an enumerator over the pipeline input of a function."""

    PS_TYPE_NAMES = ("System.Collections.ArrayList+ArrayListEnumeratorSimple", "System.Object")
    PS_PROPERTIES = ("Current",)
    PS_METHODS = ("MoveNext", "Reset")
    PS_ENUMERABLE = True

    def __init__(self, items: list):
        self.items = items
        self.pos = -1

    def __iter__(self):
        while self.pos + 1 < len(self.items):
            self.pos += 1
            yield self.items[self.pos]

    def __len__(self) -> int:
        return len(self.items)

    @property
    def Current(self) -> Any:
        if 0 <= self.pos < len(self.items):
            return self.items[self.pos]
        return None

    def MoveNext(self) -> bool:
        if self.pos + 1 < len(self.items):
            self.pos += 1
            return True
        self.pos = len(self.items)
        return False

    def Reset(self) -> None:
        self.pos = -1

    def ps_to_string(self) -> str:
        return "System.Collections.ArrayList+ArrayListEnumeratorSimple"


def FunctionInfo(name: str, sb: ScriptBlock, is_filter: bool = False):  # noqa: N802 (factory)
    from ems.runtime.discovery import FunctionInfo as _FI
    return _FI(name, sb, is_filter)
