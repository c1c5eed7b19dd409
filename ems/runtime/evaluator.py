"""The evaluator: compiles the syntax tree once into Python closures, then runs them.

"Parse once, prepare once": ``compile_scriptblock_body`` turns each node into a closure
exactly once; a script block value keeps its compiled form, so running it again (a loop
body, a ForEach-Object block run per object) never walks the tree again.

Conventions:

* an expression compiles to ``fn(ctx) -> value``;
* a statement compiles to ``fn(ctx, emit) -> None``; ``emit(obj)`` receives each output
  object (collections are unrolled before they reach it);
* control flow uses the signals of ``ems.runtime.control``;
* terminating errors are ``PSRuntimeException``; each statement of a block catches them
  and either reports the error and goes on (a "statement-terminating" error with no
  try/trap around), hands them to a trap, or lets them propagate to a try/catch.

Value semantics (operators, conversions, members) live in conversion.py, operators.py,
members.py and dotnet/; this module only calls them.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from ems.errors import ErrorCategory, ErrorRecord
from ems.lang import ast as A
from ems.runtime.control import (AUTOMATION_NULL, BreakSignal, ContinueSignal, ControlFlow, ExitSignal,
                                 ReturnSignal, enumerate_value, is_enumerable)
from ems.runtime.conversion import convert_to, to_bool, to_string
from ems.runtime.exceptions import PSInvalidCastException as _PSInvalidCast
from ems.runtime.exceptions import PSRuntimeException, RuntimeException, ScriptCallDepthException
from ems.runtime.exceptions import DivideByZeroException as _DivideByZero
from ems.runtime.operators import as_runtime_exception
from ems.runtime.psobject import PSObject, PSNoteProperty

Expr = Callable[[Any], Any]
Stmt = Callable[[Any, Callable[[Any], None]], None]


def _ops():
    from ems.runtime import operators
    return operators


def _members():
    from ems.runtime import members
    return members


def _resolve_type(tn: A.TypeName):
    from ems.runtime.dotnet.types import resolve_type
    return resolve_type(tn.full_name)


def _upto(extent: Any, end: int) -> Any:
    """The part of an extent that ends at ``end``: PowerShell 2.0 puts its `<<<<` marker
    right after the token where an error happened, not after the whole expression."""
    from ems.lang.source import Extent
    if extent is None or end <= extent.start or end > extent.end:
        return extent
    return Extent(extent.source, extent.start, end)


def _operator_extent(node: Any) -> Any:
    """A binary expression up to the end of its operator (`1/ <<<< 0`)."""
    src = node.extent.source.text
    i = node.left.extent.end
    stop = node.right.extent.start
    while i < stop and src[i] in " \t\r\n`":
        i += 1
    j = i
    while j < stop and not src[j].isspace():
        j += 1
    return _upto(node.extent, j) if j > i else node.extent


def type_not_found(name: str, extent: Any = None) -> PSRuntimeException:
    return RuntimeException(f"Unable to find type [{name}].", "TypeNotFound", ErrorCategory.InvalidOperation,
                            target=name, extent=extent, category_target=name,
                            category_target_type="TypeName")


def wrap_exception(e: BaseException, extent: Any = None) -> PSRuntimeException:
    """A PSRuntimeException for any exception (with the position when it had none)."""
    if isinstance(e, PSRuntimeException):
        if e.extent is None and extent is not None and e.error_record is None:
            e.extent = extent
        return e
    if isinstance(e, RecursionError):
        ex = ScriptCallDepthException("The script failed due to call depth overflow.", extent=extent)
        ex.script_terminating = True
        return ex
    from ems.runtime.host import HostNonInteractiveError
    if isinstance(e, HostNonInteractiveError):
        from ems.runtime.exceptions import PSInvalidOperationException
        return PSInvalidOperationException(str(e), "InvalidOperation", extent=extent)
    fs = _filesystem_error(e, extent)
    if fs is not None:
        return fs
    # A bug in the emulator (a shim or a cmdlet raised a plain Python exception): report it
    # as an error record in PowerShell's shape, named as the host's crash reporter names it.
    name = type(e).__name__
    ex = RuntimeException(f"An internal error occurred in the emulator: {name}: {e}",
                          f"InternalEmulatorError,{name}", extent=extent, inner=e)
    ex.dotnet_type = "System.Management.Automation.RuntimeException"
    import os
    if os.environ.get("EMS_DEBUG"):
        import sys
        import traceback
        sys.stderr.write("".join(traceback.format_exception(e)))
    return ex


def _at(e: Exception, extent: Any) -> Exception:
    """What to raise for a failure of the code at ``extent``: a PowerShell exception, given
    that position when it has none; any other exception wrapped as one (wrap_exception)."""
    if isinstance(e, PSRuntimeException):
        if e.extent is None:
            e.extent = extent
        return e
    return wrap_exception(e, extent)


def _filesystem_error(e: BaseException, extent: Any) -> PSRuntimeException | None:
    try:
        from ems.runtime.filesystem import FileSystemError
    except Exception:
        return None
    if isinstance(e, FileSystemError):
        from ems.runtime.exceptions import ItemNotFoundException
        msg = getattr(e, "message", None) or str(e)
        err_id = getattr(e, "error_id", None) or "PathNotFound"
        cat = getattr(e, "category", None) or "ObjectNotFound"
        try:
            category = ErrorCategory[cat] if isinstance(cat, str) else cat
        except KeyError:
            category = ErrorCategory.ObjectNotFound
        ex = ItemNotFoundException(msg, err_id, category, target=getattr(e, "target", None), extent=extent)
        t = getattr(e, "exception_type", None)
        if t:
            ex.dotnet_type = t if "." in t else "System.Management.Automation." + t
        return ex
    return None


# ====================================================================== expressions

def _compiler_table(verb: str) -> tuple[dict, Callable, Callable]:
    """A table of compile functions per AST node class: (table, the decorator that registers
    one for a class, the compile function that finds it for a node, by its class or a base)."""
    table: dict[type, Callable[[Any], Any]] = {}

    def register(cls):
        def deco(fn):
            table[cls] = fn
            return fn
        return deco

    def compile_node(node: Any) -> Any:
        f = table.get(type(node))
        if f is None:
            for cls in type(node).__mro__:
                f = table.get(cls)
                if f is not None:
                    break
            else:
                raise NotImplementedError(f"cannot {verb} {type(node).__name__}")
        return f(node)
    return table, register, compile_node


_EXPR, _expr, compile_expr = _compiler_table("evaluate")  # compile_expr(ExpressionAst) -> Expr


@_expr(A.ConstantExpressionAst)
def _c_constant(node):
    v = node.value
    return lambda ctx: v


@_expr(A.StringConstantExpressionAst)
def _c_string_constant(node):
    v = node.value
    return lambda ctx: v


@_expr(A.ExpandableStringExpressionAst)
def _c_expandable(node):
    parts = []
    for p in node.parts:
        if isinstance(p, str):
            parts.append(p)
        else:
            parts.append(compile_expr(p))
    if all(isinstance(p, str) for p in parts):
        s = "".join(parts)
        return lambda ctx: s

    def f(ctx):
        out = []
        for p in parts:
            if p.__class__ is str:
                out.append(p)
            else:
                v = p(ctx)
                if v is AUTOMATION_NULL:
                    continue
                out.append(to_string(v, ctx))
        return "".join(out)
    return f


def _undefined(ctx, name):
    if ctx.strict_mode >= 1 or ctx.psdebug_strict:
        raise ctx.strict_undefined(name)
    return None


@_expr(A.VariableExpressionAst)
def _c_variable(node):
    name = node.name
    scope = node.scope.lower() if node.scope else None
    key = name.lower()
    if key == "psitem":
        key = "_"
    if scope == "env":
        return lambda ctx: ctx.env.get(name)
    if scope == "function":
        def fget(ctx):
            info = ctx.get_function(name)
            return info.script_block if info is not None else None
        return fget
    if scope in (None, "local", "variable"):
        if key == "true":
            return lambda ctx: True
        if key == "false":
            return lambda ctx: False
        if key == "null":
            return lambda ctx: None
        if key == "?":
            return lambda ctx: ctx.status
        if key == "pwd":
            return lambda ctx: ctx.special_variable("pwd")[1]
        if scope == "local":
            def flocal(ctx):
                var = ctx.scope.vars.get(key)
                return var._value if var is not None else _undefined(ctx, name)
            return flocal

        def fvar(ctx):
            s = ctx.scope
            var = s.vars.get(key)
            if var is None:
                var = s.lookup(key)
                if var is None:
                    return _undefined(ctx, name)
            return var._value
        return fvar
    path = f"{scope}:{name}"

    def fscoped(ctx):
        var = ctx.find_variable(path)
        if var is None:
            return _undefined(ctx, name)
        return var._value
    return fscoped


@_expr(A.TypeExpressionAst)
def _c_type(node):
    tn = node.type_name
    cache = []

    def f(ctx):
        if cache:
            return cache[0]
        t = _resolve_type(tn)
        if t is None:
            raise type_not_found(tn.full_name, node.extent)
        cache.append(t)
        return t
    return f


@_expr(A.ConvertExpressionAst)
def _c_convert(node):
    tn = node.type.type_name
    lname = tn.full_name.lower()
    child = node.child
    if lname == "ordered" and isinstance(child, A.HashtableAst):
        return _c_hashtable(child, ordered=True)
    if lname in ("pscustomobject", "system.management.automation.pscustomobject") and isinstance(child, A.HashtableAst):
        h = _c_hashtable(child, ordered=True)

        def fpco(ctx):
            d = h(ctx)
            obj = PSObject()
            for k, v in d.items():
                obj.add_member(PSNoteProperty(to_string(k, ctx), v), force=True)
            return obj
        return fpco
    if lname in ("ref", "system.management.automation.psreference"):
        return _c_ref(child)
    cf = compile_expr(child)
    if lname in ("void", "system.void"):
        def fvoid(ctx):
            cf(ctx)
            return AUTOMATION_NULL
        return fvoid
    extent = _upto(node.extent, node.type.extent.end)  # 2.0 marks after the type: `[int] <<<< "x"`
    cache = []

    def f(ctx):
        v = cf(ctx)
        if v is AUTOMATION_NULL:
            v = None
        if cache:
            t = cache[0]
        else:
            t = _resolve_type(tn)
            if t is None:
                raise type_not_found(tn.full_name, node.type.extent)
            cache.append(t)
        try:
            return convert_to(v, t, ctx)
        except PSRuntimeException as e:
            if isinstance(e, _PSInvalidCast):
                # PowerShell shows a failed cast as a RuntimeException (the cast exception inner)
                e = as_runtime_exception(e)
            if e.extent is None:
                e.extent = extent
            raise e from None
    return f


class PSReference:
    """`[ref]$x`: a reference to a variable (or to a value)."""

    PS_TYPE_NAMES = ("System.Management.Automation.PSReference", "System.Object")
    PS_PROPERTIES = ("Value",)
    PS_SETTABLE = ("Value",)

    def __init__(self, var: Any = None, value: Any = None):
        self._var = var
        self._value = value

    @property
    def Value(self) -> Any:
        return self._var._value if self._var is not None else self._value

    @Value.setter
    def Value(self, v: Any) -> None:
        if self._var is not None:
            self._var.set(v)
        else:
            self._value = v

    def ps_to_string(self) -> str:
        return "System.Management.Automation.PSReference"


def _c_ref(child):
    if isinstance(child, A.VariableExpressionAst) and child.scope != "env":
        path = child.user_path

        def fvar(ctx):
            var = ctx.find_variable(path)
            if var is None:
                ctx.set_variable(path, None)
                var = ctx.find_variable(path)
            return PSReference(var)
        return fvar
    cf = compile_expr(child)

    def fval(ctx):
        v = _nn(cf(ctx))
        if isinstance(v, PSReference):
            return v
        return PSReference(None, v)
    return fval


@_expr(A.AttributedExpressionAst)
def _c_attributed(node):
    return compile_expr(node.child)


@_expr(A.UsingExpressionAst)
def _c_using(node):
    return compile_expr(node.sub_expression)


@_expr(A.ErrorExpressionAst)
def _c_error_expr(node):
    def f(ctx):
        raise RuntimeException("The expression could not be parsed.", "ParseError", extent=node.extent)
    return f


@_expr(A.BinaryExpressionAst)
def _c_binary(node):
    op = node.operator
    left = compile_expr(node.left)
    right = compile_expr(node.right)
    extent = _operator_extent(node)
    if op == "and":
        return lambda ctx: to_bool(_nn(left(ctx))) and to_bool(_nn(right(ctx)))
    if op == "or":
        return lambda ctx: to_bool(_nn(left(ctx))) or to_bool(_nn(right(ctx)))
    binary = _ops().binary
    fast = _INT_FAST.get(op)

    def f(ctx):
        l = left(ctx)
        r = right(ctx)
        if fast is not None and l.__class__ is int and r.__class__ is int:
            v = fast(l, r)
            if v.__class__ is bool or -2147483648 <= v <= 2147483647:
                return v
        if l is AUTOMATION_NULL:
            l = None
        if r is AUTOMATION_NULL:
            r = None
        try:
            return binary(op, l, r, ctx)
        except PSRuntimeException as e:
            raise _operator_exception(e, extent) from None
        except (ControlFlow, KeyboardInterrupt):
            raise
        except Exception as e:  # a bug in a shim must not become a traceback
            raise wrap_exception(e, extent)
    return f


def _nn(v):
    return None if v is AUTOMATION_NULL else v


def _operator_exception(e: PSRuntimeException, extent: Any) -> PSRuntimeException:
    """What an operator's failure looks like to the script: a .NET exception it raised (`1 / 0`)
    arrives wrapped in a RuntimeException (`NotSpecified: (:) [], RuntimeException`), the
    original inner, so `catch [System.DivideByZeroException]` still matches it."""
    if e.__class__ is _DivideByZero:
        return RuntimeException(e.message, "RuntimeException", extent=e.extent or extent, inner=e)
    if e.extent is None:
        e.extent = extent
    return e


# Int32 op Int32 whose result stays an Int32 (or is a comparison): the same answer
# operators.binary gives, without its dispatch. Anything else goes to operators.binary.
_INT_FAST = {
    "+": int.__add__, "-": int.__sub__, "*": int.__mul__,
    "eq": int.__eq__, "ceq": int.__eq__, "ne": int.__ne__, "cne": int.__ne__,
    "lt": int.__lt__, "clt": int.__lt__, "le": int.__le__, "cle": int.__le__,
    "gt": int.__gt__, "cgt": int.__gt__, "ge": int.__ge__, "cge": int.__ge__,
}


@_expr(A.UnaryExpressionAst)
def _c_unary(node):
    op = node.operator
    extent = node.extent
    if op in ("++", "--", "post++", "post--"):
        return _c_incdec(node)
    child = compile_expr(node.child)
    if op == ",":
        return lambda ctx: [_nn(child(ctx))]
    if op == "not":
        return lambda ctx: not to_bool(_nn(child(ctx)))
    unary = _ops().unary

    def f(ctx):
        try:
            return unary(op, _nn(child(ctx)), ctx)
        except (ControlFlow, KeyboardInterrupt):
            raise
        except Exception as e:
            raise _at(e, extent)
    return f


def _c_incdec(node):
    op = node.operator
    post = op.startswith("post")
    delta = "+" if op.endswith("++") else "-"
    getter, setter = compile_lvalue(node.child)
    binary = _ops().binary
    extent = node.extent

    def f(ctx):
        state = getter(ctx)
        old = state[0]
        try:
            new = binary(delta, old, 1, ctx)
        except PSRuntimeException as e:
            raise _operator_exception(e, extent) from None
        setter(ctx, new, state)
        return old if post else new
    return f


def _member_name(node) -> tuple[str | None, Expr | None]:
    m = node.member
    if isinstance(m, A.StringConstantExpressionAst):
        return m.value, None
    return None, compile_expr(m)


@_expr(A.MemberExpressionAst)
def _c_member(node):
    target = compile_expr(node.expression)
    name, name_fn = _member_name(node)
    extent = _upto(node.extent, node.member.extent.start)  # `$x. <<<< Name`
    mem = _members()
    if node.static:
        get_static = mem.get_static_member

        def fs(ctx):
            t = target(ctx)
            n = name if name_fn is None else to_string(name_fn(ctx), ctx)
            try:
                return get_static(t, n, ctx)
            except (ControlFlow, KeyboardInterrupt):
                raise
            except Exception as e:
                raise _at(e, extent)
        return fs
    get_member = mem.get_member

    def f(ctx):
        obj = target(ctx)
        if obj is AUTOMATION_NULL:
            obj = None
        n = name if name_fn is None else to_string(name_fn(ctx), ctx)
        try:
            return get_member(obj, n, ctx)
        except (ControlFlow, KeyboardInterrupt):
            raise
        except Exception as e:
            raise _at(e, extent)
    return f


@_expr(A.InvokeMemberExpressionAst)
def _c_invoke_member(node):
    target = compile_expr(node.expression)
    name, name_fn = _member_name(node)
    args = [compile_expr(a) for a in node.arguments]
    extent = _upto(node.extent, node.member.extent.end)  # `$x.Foo <<<< ()`
    mem = _members()
    invoke = mem.invoke_static_method if node.static else mem.invoke_method

    def f(ctx):
        obj = target(ctx)
        if obj is AUTOMATION_NULL:
            obj = None
        n = name if name_fn is None else to_string(name_fn(ctx), ctx)
        values = [_nn(a(ctx)) for a in args]
        try:
            return invoke(obj, n, values, ctx)
        except (ControlFlow, KeyboardInterrupt):
            raise
        except Exception as e:
            raise _at(e, extent)
    return f


@_expr(A.IndexExpressionAst)
def _c_index(node):
    target = compile_expr(node.target)
    index = compile_expr(node.index)
    extent = _upto(node.extent, node.index.extent.start)  # `$a[ <<<< 0]`
    get_index = _members().get_index

    def f(ctx):
        obj = _nn(target(ctx))
        idx = _nn(index(ctx))
        try:
            return get_index(obj, idx, ctx)
        except (ControlFlow, KeyboardInterrupt):
            raise
        except Exception as e:
            raise _at(e, extent)
    return f


@_expr(A.ArrayLiteralAst)
def _c_array_literal(node):
    elems = [compile_expr(e) for e in node.elements]
    return lambda ctx: [_nn(e(ctx)) for e in elems]


@_expr(A.ArrayExpressionAst)
def _c_array_expr(node):
    block = node.sub_expression
    # @(1,2,3) and @($x): a single expression needs no statement machinery.
    if len(block.statements) == 1 and not block.traps:
        e = _single_expression(block.statements[0])
        if e is not None and not isinstance(e, (A.SubExpressionAst, A.ParenExpressionAst)):
            ef = compile_expr(e)

            def fast(ctx):
                v = ef(ctx)
                if v is AUTOMATION_NULL:
                    return []
                if is_enumerable(v):
                    return list(enumerate_value(v))
                return [v]
            return fast
    body = compile_block(block.statements, block.traps)

    def f(ctx):
        out = []
        body(ctx, out.append)
        return out
    return f


@_expr(A.SubExpressionAst)
def _c_subexpr(node):
    block = node.sub_expression
    body = compile_block(block.statements, block.traps)

    def f(ctx):
        out = []
        body(ctx, out.append)
        return collapse(out)
    return f


@_expr(A.ParenExpressionAst)
def _c_paren(node):
    return compile_value(node.pipeline)


@_expr(A.HashtableAst)
def _c_hashtable_expr(node):
    return _c_hashtable(node, ordered=False)


def _c_hashtable(node, ordered: bool):
    from ems.runtime.dotnet.collections import Hashtable, OrderedDictionary
    cls = OrderedDictionary if ordered else Hashtable
    pairs = [(compile_expr(k), compile_value(v)) for k, v in node.key_value_pairs]
    extent = node.extent

    def f(ctx):
        h = cls()
        for kf, vf in pairs:
            k = _nn(kf(ctx))
            if k in h:
                raise RuntimeException(
                    f"Duplicate keys '{to_string(k, ctx)}' are not allowed in hash literals.",
                    "DuplicateKeyInHashLiteral", ErrorCategory.InvalidOperation, extent=extent)
            h[k] = _nn(vf(ctx))
        return h
    return f


@_expr(A.ScriptBlockExpressionAst)
def _c_scriptblock_expr(node):
    from ems.runtime.scriptblock import ScriptBlock, compiled_scriptblock
    compiled = compiled_scriptblock(node.script_block)
    return lambda ctx: ScriptBlock(compiled, ctx)


def collapse(out: list) -> Any:
    """Pipeline results as a value: nothing -> AutomationNull, one -> the object,
    several -> object[]."""
    n = len(out)
    if n == 0:
        return AUTOMATION_NULL
    if n == 1:
        return out[0]
    return out


def _single_expression(stmt) -> A.ExpressionAst | None:
    """The expression of a statement that is a lone expression (no pipe, no redirection)."""
    if isinstance(stmt, A.PipelineAst) and len(stmt.pipeline_elements) == 1:
        el = stmt.pipeline_elements[0]
        if isinstance(el, A.CommandExpressionAst) and not el.redirections:
            return el.expression
    return None


def compile_value(stmt: A.StatementAst) -> Expr:
    """A statement used as a value (right of `=`, inside `( )`, a hashtable value)."""
    e = _single_expression(stmt)
    if e is not None:
        return compile_expr(e)
    if isinstance(stmt, A.AssignmentStatementAst):
        return compile_assignment(stmt, want_value=True)
    s = compile_statement(stmt)

    def f(ctx):
        out = []
        s(ctx, out.append)
        return collapse(out)
    return f


# ====================================================================== assignment


def compile_lvalue(node) -> tuple[Callable, Callable]:
    """(getter, setter) for an assignable expression. ``getter(ctx)`` returns a state
    list whose first item is the current value (evaluating the target once);
    ``setter(ctx, value, state)`` assigns."""
    if isinstance(node, A.VariableExpressionAst):
        path = node.user_path
        read = compile_expr(node)
        scope = node.scope.lower() if node.scope else None
        key = node.name.lower()
        if scope is None and key not in ("psitem", "_", "null", "true", "false"):
            def setv(ctx, value, state=None):
                var = ctx.scope.vars.get(key)
                if var is not None and var.converter is None and not var.options:
                    var._value = value
                else:
                    ctx.set_variable(path, value)
        else:
            def setv(ctx, value, state=None):
                ctx.set_variable(path, value)

        def getv(ctx):
            try:
                return [read(ctx)]
            except PSRuntimeException:
                return [None]
        return getv, setv
    if isinstance(node, A.ConvertExpressionAst):
        return _typed_lvalue(node)
    if isinstance(node, A.AttributedExpressionAst):
        return _attributed_lvalue(node)
    if isinstance(node, A.MemberExpressionAst) and not isinstance(node, A.InvokeMemberExpressionAst):
        target = compile_expr(node.expression)
        name, name_fn = _member_name(node)
        mem = _members()
        extent = _upto(node.extent, node.member.extent.start)

        def getm(ctx):
            obj = _nn(target(ctx))
            n = name if name_fn is None else to_string(name_fn(ctx), ctx)
            try:
                cur = mem.get_static_member(obj, n, ctx) if node.static else mem.get_member(obj, n, ctx)
            except PSRuntimeException:
                cur = None
            return [cur, obj, n]

        def setm(ctx, value, state=None):
            if state is None:
                obj = _nn(target(ctx))
                n = name if name_fn is None else to_string(name_fn(ctx), ctx)
            else:
                obj, n = state[1], state[2]
            try:
                if node.static:
                    setter = getattr(mem, "set_static_member", None)
                    if setter is None:
                        raise RuntimeException(f"'{n}' is a ReadOnly property.", "PropertyAssignmentException")
                    setter(obj, n, value, ctx)
                else:
                    mem.set_member(obj, n, value, ctx)
            except (ControlFlow, KeyboardInterrupt):
                raise
            except Exception as e:
                raise _at(e, extent)
        return getm, setm
    if isinstance(node, A.IndexExpressionAst):
        target = compile_expr(node.target)
        index = compile_expr(node.index)
        mem = _members()
        extent = _upto(node.extent, node.index.extent.start)

        def geti(ctx):
            obj = _nn(target(ctx))
            idx = _nn(index(ctx))
            try:
                cur = mem.get_index(obj, idx, ctx)
            except PSRuntimeException:
                cur = None
            return [cur, obj, idx]

        def seti(ctx, value, state=None):
            if state is None:
                obj = _nn(target(ctx))
                idx = _nn(index(ctx))
            else:
                obj, idx = state[1], state[2]
            if obj is None:
                raise RuntimeException("Cannot index into a null array.", "NullArray",
                                       ErrorCategory.InvalidOperation, extent=extent)
            try:
                mem.set_index(obj, idx, value, ctx)
            except (ControlFlow, KeyboardInterrupt):
                raise
            except Exception as e:
                raise _at(e, extent)
        return geti, seti
    if isinstance(node, A.ParenExpressionAst):
        inner = _single_expression(node.pipeline)
        if inner is not None:
            return compile_lvalue(inner)
    extent = node.extent

    def bad(ctx, *a):
        raise RuntimeException("The assignment expression is not valid. The input to an assignment operator "
                               "must be an object that is able to accept assignments, such as a variable or a "
                               "property.", "InvalidLeftHandSide", ErrorCategory.ParserError, extent=extent)
    return bad, bad


def _attributed_lvalue(node: A.AttributedExpressionAst):
    """`[ValidateRange(1,5)][int]$x = 3`: validation attributes stick to the variable."""
    attrs = []
    inner = node
    while isinstance(inner, A.AttributedExpressionAst):
        attrs.append(inner.attribute)
        inner = inner.child
    getter, setter = compile_lvalue(inner)
    var_node = inner
    while isinstance(var_node, (A.ConvertExpressionAst, A.AttributedExpressionAst)):
        var_node = var_node.child
    if not isinstance(var_node, A.VariableExpressionAst):
        return getter, setter
    path = var_node.user_path
    name = var_node.name
    extent = node.extent

    def setattr_(ctx, value, state=None):
        from ems.runtime.binder import variable_validator
        check = variable_validator(ctx, attrs, name)
        if check is not None:
            try:
                check(value)
            except PSRuntimeException as e:
                if e.extent is None:
                    e.extent = extent
                raise
        setter(ctx, value, state)
        var = ctx.find_variable(path)
        if var is not None and check is not None:
            var.validators = [check]
    return getter, setattr_


def _typed_lvalue(node: A.ConvertExpressionAst):
    """`[int]$x = v`: the conversion sticks to the variable."""
    inner = node.child
    while isinstance(inner, A.AttributedExpressionAst):
        inner = inner.child
    tn = node.type.type_name
    if not isinstance(inner, A.VariableExpressionAst):
        g, s = compile_lvalue(inner)
        conv = compile_expr(node)  # noqa: F841 (the conversion of the value itself)

        def sconv(ctx, value, state=None):
            t = _resolve_type(tn)
            if t is None:
                raise type_not_found(tn.full_name, node.extent)
            s(ctx, convert_to(value, t, ctx), state)
        return g, sconv
    path = inner.user_path
    read = compile_expr(inner)
    extent = node.extent

    def getv(ctx):
        try:
            return [read(ctx)]
        except PSRuntimeException:
            return [None]

    def setv(ctx, value, state=None):
        t = _resolve_type(tn)
        if t is None:
            raise type_not_found(tn.full_name, node.type.extent)
        try:
            converted = convert_to(value, t, ctx)
        except PSRuntimeException as e:
            if e.extent is None:
                e.extent = extent
            raise
        ctx.set_variable(path, converted)
        var = ctx.find_variable(path)
        if var is not None:
            var.type_name = t.full_name
            var.converter = (lambda v, _t=t, _ctx=ctx: convert_to(v, _t, _ctx))
    return getv, setv


_COMPOUND = {"+=": "+", "-=": "-", "*=": "*", "/=": "/", "%=": "%"}


def compile_assignment(node: A.AssignmentStatementAst, want_value: bool = False) -> Expr:
    op = node.operator
    right = compile_value(node.right)
    left = node.left
    extent = node.extent
    if isinstance(left, A.ArrayLiteralAst) and op == "=":
        targets = [compile_lvalue(e)[1] for e in left.elements]

        def fmulti(ctx):
            v = _nn(right(ctx))
            items = list(enumerate_value(v)) if is_enumerable(v) else [v]
            n = len(targets)
            for i, setter in enumerate(targets):
                if i < n - 1:
                    setter(ctx, items[i] if i < len(items) else None, None)
                else:
                    rest = items[i:]
                    setter(ctx, (rest[0] if len(rest) == 1 else (rest if rest else None)), None)
            return v
        return fmulti
    getter, setter = compile_lvalue(left)
    if op == "=":
        def fset(ctx):
            v = right(ctx)
            if v is AUTOMATION_NULL:
                v = None
            setter(ctx, v, None)
            return v
        return fset
    binop = _COMPOUND[op]
    binary = _ops().binary
    fast = _INT_FAST.get(binop)

    def fcompound(ctx):
        state = getter(ctx)
        v = _nn(right(ctx))
        cur = state[0]
        if fast is not None and cur.__class__ is int and v.__class__ is int:
            new = fast(cur, v)
            if -2147483648 <= new <= 2147483647:
                setter(ctx, new, state)
                return new
        try:
            new = binary(binop, cur, v, ctx)
        except PSRuntimeException as e:
            raise _operator_exception(e, extent) from None
        setter(ctx, new, state)
        return new
    return fcompound


# ====================================================================== statements

_STMT, _stmt, compile_statement = _compiler_table("run")  # compile_statement(StatementAst) -> Stmt


@_stmt(A.PipelineAst)
def _s_pipeline(node):
    e = _single_expression(node)
    if e is not None:
        # A lone expression. Assignments-like expressions (`$i++`) output nothing.
        if isinstance(e, A.UnaryExpressionAst) and e.operator in ("++", "--", "post++", "post--"):
            ef = compile_expr(e)

            def fvoid(ctx, emit):
                ef(ctx)
            return fvoid
        if isinstance(e, (A.SubExpressionAst, A.ArrayExpressionAst)) and not isinstance(e, A.ArrayExpressionAst):
            block = compile_block(e.sub_expression.statements, e.sub_expression.traps)
            return lambda ctx, emit: block(ctx, emit)
        if isinstance(e, A.ParenExpressionAst) and _single_expression(e.pipeline) is None \
                and not isinstance(e.pipeline, A.AssignmentStatementAst):
            inner = compile_statement(e.pipeline)
            return lambda ctx, emit: inner(ctx, emit)
        ef = compile_expr(e)

        def fexpr(ctx, emit):
            v = ef(ctx)
            if v.__class__ in (int, str, float, bool):
                emit(v)
            elif v is AUTOMATION_NULL:
                pass
            elif is_enumerable(v):
                for x in enumerate_value(v):
                    emit(x)
            else:
                emit(v)
            ctx.status = True
        return fexpr
    from ems.runtime.pipeline import compile_pipeline
    return compile_pipeline(node)


@_stmt(A.CommandAst)
def _s_command(node):
    from ems.runtime.pipeline import compile_pipeline
    return compile_pipeline(A.PipelineAst(node.extent, (node,)))


@_stmt(A.CommandExpressionAst)
def _s_command_expr(node):
    from ems.runtime.pipeline import compile_pipeline
    return compile_pipeline(A.PipelineAst(node.extent, (node,)))


@_stmt(A.AssignmentStatementAst)
def _s_assignment(node):
    f = compile_assignment(node)

    def run(ctx, emit):
        f(ctx)
        ctx.status = True
    return run


@_stmt(A.FunctionDefinitionAst)
def _s_function(node):
    from ems.runtime.scriptblock import FunctionInfo, compiled_scriptblock
    compiled = compiled_scriptblock(node.body, node.parameters, node.is_filter, node.name)
    name = node.name
    scope = None
    if ":" in name:
        q, _, rest = name.partition(":")
        if q.lower() in ("global", "script", "local", "private"):
            scope, name = q.lower(), rest

    def run(ctx, emit):
        from ems.runtime.scriptblock import ScriptBlock
        sb = ScriptBlock(compiled, ctx)
        ctx.set_function(name, FunctionInfo(name, sb, node.is_filter), scope)
    return run


@_stmt(A.IfStatementAst)
def _s_if(node):
    clauses = [(_condition(c), compile_statement_block(b)) for c, b in node.clauses]
    else_ = compile_statement_block(node.else_clause) if node.else_clause is not None else None

    def run(ctx, emit):
        for cond, body in clauses:
            if cond(ctx):
                body(ctx, emit)
                return
        if else_ is not None:
            else_(ctx, emit)
    return run


def _condition(stmt) -> Callable[[Any], bool]:
    v = compile_value(stmt)

    def f(ctx):
        x = v(ctx)
        if x is True:
            return True
        if x is False or x is None or x is AUTOMATION_NULL:
            return False
        return to_bool(x)
    return f


def _label_of(node) -> str | None:
    return node.label.lower() if getattr(node, "label", None) else None


def _loop_signal(sig, label) -> bool:
    """True when a break/continue signal targets this loop."""
    return sig.label is None or (label is not None and sig.label.lower() == label)


@_stmt(A.WhileStatementAst)
def _s_while(node):
    cond = _condition(node.condition) if node.condition is not None else (lambda ctx: True)
    body = compile_statement_block(node.body)
    label = _label_of(node)

    def run(ctx, emit):
        while cond(ctx):
            try:
                body(ctx, emit)
            except BreakSignal as b:
                if _loop_signal(b, label):
                    return
                raise
            except ContinueSignal as c:
                if _loop_signal(c, label):
                    continue
                raise
    return run


@_stmt(A.DoWhileStatementAst)
def _s_do_while(node):
    return _do_loop(node, until=False)


@_stmt(A.DoUntilStatementAst)
def _s_do_until(node):
    return _do_loop(node, until=True)


def _do_loop(node, until: bool):
    cond = _condition(node.condition)
    body = compile_statement_block(node.body)
    label = _label_of(node)

    def run(ctx, emit):
        while True:
            try:
                body(ctx, emit)
            except BreakSignal as b:
                if _loop_signal(b, label):
                    return
                raise
            except ContinueSignal as c:
                if not _loop_signal(c, label):
                    raise
            if cond(ctx) == until:
                return
    return run


@_stmt(A.ForStatementAst)
def _s_for(node):
    init = compile_statement(node.initializer) if node.initializer is not None else None
    cond = _condition(node.condition) if node.condition is not None else (lambda ctx: True)
    it = compile_statement(node.iterator) if node.iterator is not None else None
    body = compile_statement_block(node.body)
    label = _label_of(node)

    def run(ctx, emit):
        if init is not None:
            init(ctx, emit)
        while cond(ctx):
            try:
                body(ctx, emit)
            except BreakSignal as b:
                if _loop_signal(b, label):
                    return
                raise
            except ContinueSignal as c:
                if not _loop_signal(c, label):
                    raise
            if it is not None:
                it(ctx, emit)
    return run


@_stmt(A.ForEachStatementAst)
def _s_foreach(node):
    coll = compile_value(node.condition)
    body = compile_statement_block(node.body)
    label = _label_of(node)
    var = node.variable
    _g, setter = compile_lvalue(var)
    key = var.name.lower()
    simple = var.scope is None

    def run(ctx, emit):
        c = coll(ctx)
        if c is None or c is AUTOMATION_NULL:
            return
        items = enumerate_value(c) if is_enumerable(c) else (c,)
        if isinstance(items, list):
            items = list(items)  # the body may change the collection
        for item in items:
            if simple:
                v = ctx.scope.vars.get(key)
                if v is not None and v.converter is None and not v.options:
                    v._value = item
                else:
                    setter(ctx, item, None)
            else:
                setter(ctx, item, None)
            try:
                body(ctx, emit)
            except BreakSignal as b:
                if _loop_signal(b, label):
                    return
                raise
            except ContinueSignal as c2:
                if not _loop_signal(c2, label):
                    raise
    return run


@_stmt(A.SwitchStatementAst)
def _s_switch(node):
    subject = compile_value(node.condition)
    flags = node.flags
    case = "casesensitive" in flags
    mode = "regex" if "regex" in flags else "wildcard" if "wildcard" in flags else "exact" if "exact" in flags else "default"
    is_file = "file" in flags
    label = _label_of(node)
    clauses = []
    for cond, body in node.clauses:
        if isinstance(cond, A.ScriptBlockExpressionAst):
            clauses.append(("sb", compile_expr(cond), compile_statement_block(body)))
        else:
            clauses.append(("value", compile_expr(cond), compile_statement_block(body)))
    default = compile_statement_block(node.default) if node.default is not None else None
    binary = _ops().binary
    extent = node.extent

    def matches(ctx, kind, cf, item):
        if kind == "sb":
            sb = cf(ctx)
            out = ctx.invoke_scriptblock(sb, dollar_under=item, new_scope=False)
            return to_bool(collapse(out) if out else False)
        value = _nn(cf(ctx))
        if mode == "regex":
            return to_bool(binary("cmatch" if case else "match", to_string(item, ctx), value, ctx))
        if mode == "wildcard":
            return to_bool(binary("clike" if case else "like", to_string(item, ctx), value, ctx))
        if mode == "exact":
            a, b = to_string(item, ctx), to_string(value, ctx)
            return a == b if case else a.lower() == b.lower()
        if isinstance(value, str) and not isinstance(item, str):
            item = to_string(item, ctx)
        return to_bool(binary("ceq" if case else "eq", item, value, ctx))

    def run(ctx, emit):
        if is_file:
            v = _nn(subject(ctx))
            items = _read_switch_file(ctx, to_string(v, ctx), extent)
        else:
            v = subject(ctx)
            if v is AUTOMATION_NULL:
                return
            items = enumerate_value(v) if is_enumerable(v) else (v,)
        old = ctx.scope.vars.get("_")
        old_value = old._value if old is not None else None
        try:
            for item in items:
                ctx.set_local("_", item)
                matched = False
                try:
                    for kind, cf, body in clauses:
                        if matches(ctx, kind, cf, item):
                            matched = True
                            ctx.set_local("_", item)
                            body(ctx, emit)
                    if not matched and default is not None:
                        default(ctx, emit)
                except ContinueSignal as c:
                    if c.label is None or (label and c.label.lower() == label):
                        continue
                    raise
        except BreakSignal as b:
            if b.label is None or (label and b.label.lower() == label):
                return
            raise
        finally:
            if old is not None:
                ctx.set_local("_", old_value)
    return run


def _read_switch_file(ctx, path, extent):
    """`switch -file`: the lines of a file the user named (through the FileSystem provider)."""
    from ems.runtime.filesystem import FileSystemError, PathNotFound, split_lines
    fs = ctx.fs
    try:
        p = fs.resolve(path)
        if not fs.is_file(p):
            raise PathNotFound(p.display)
        return split_lines(fs.read_text(p))
    except FileSystemError as e:
        raise wrap_exception(e, extent)


@_stmt(A.BreakStatementAst)
def _s_break(node):
    label = _label_expr(node.label)

    def run(ctx, emit):
        raise BreakSignal(label(ctx) if label else None)
    return run


@_stmt(A.ContinueStatementAst)
def _s_continue(node):
    label = _label_expr(node.label)

    def run(ctx, emit):
        raise ContinueSignal(label(ctx) if label else None)
    return run


def _label_expr(node):
    if node is None:
        return None
    f = compile_expr(node)

    def g(ctx):
        v = f(ctx)
        s = to_string(v, ctx)
        return s.lstrip(":") or None
    return g


@_stmt(A.ReturnStatementAst)
def _s_return(node):
    p = compile_statement(node.pipeline) if node.pipeline is not None else None

    def run(ctx, emit):
        if p is not None:
            p(ctx, emit)
        raise ReturnSignal()
    return run


@_stmt(A.ExitStatementAst)
def _s_exit(node):
    p = compile_value(node.pipeline) if node.pipeline is not None else None

    def run(ctx, emit):
        code = 0
        if p is not None:
            v = _nn(p(ctx))
            try:
                from ems.runtime.conversion import to_int
                code = to_int(v) if v is not None else 0
            except Exception:
                code = 0
        raise ExitSignal(code)
    return run


@_stmt(A.ThrowStatementAst)
def _s_throw(node):
    p = compile_value(node.pipeline) if node.pipeline is not None else None
    extent = _upto(node.extent, node.extent.start + 5)  # `throw <<<<  "x"`

    def run(ctx, emit):
        if p is None:
            if ctx.current_exceptions:
                e = ctx.current_exceptions[-1]
                raise e
            ex = RuntimeException("ScriptHalted", "ScriptHalted", ErrorCategory.OperationStopped, extent=extent)
            ex.script_terminating = True
            raise ex
        v = _nn(p(ctx))
        raise make_thrown(ctx, v, extent)
    return run


def make_thrown(ctx, v, extent) -> PSRuntimeException:
    """The exception `throw <value>` raises."""
    from ems.runtime.psobject import base_object
    b = base_object(v)
    if isinstance(b, PSRuntimeException):
        b.script_terminating = True
        if b.extent is None:
            b.extent = extent
        return b
    if isinstance(b, ErrorRecord):
        ex = b.exception if isinstance(b.exception, PSRuntimeException) else None
        if ex is None:
            ex = RuntimeException(b.message, b.fully_qualified_error_id, b.category, target=b.target_object)
        ex.error_record = b
        if b.extent is None:
            b.extent = extent
        ex.script_terminating = True
        return ex
    if v is None:
        msg = "ScriptHalted"
        ex = RuntimeException(msg, "ScriptHalted", ErrorCategory.OperationStopped, extent=extent)
    else:
        msg = to_string(v, ctx)
        ex = RuntimeException(msg, msg, ErrorCategory.OperationStopped, target=v, extent=extent,
                              category_target=msg if isinstance(v, str) else to_string(v, ctx),
                              category_target_type=_type_short_name(v))
    ex.script_terminating = True
    return ex


def _type_short_name(v) -> str:
    try:
        from ems.runtime.dotnet.types import type_of
        t = type_of(v)
        return t.name if t is not None else "Object"
    except Exception:
        return "Object"


@_stmt(A.TrapStatementAst)
def _s_trap(node):
    # Traps are gathered by the block that contains them; as a statement they do nothing.
    return lambda ctx, emit: None


@_stmt(A.TryStatementAst)
def _s_try(node):
    body = compile_statement_block(node.body)
    catches = []
    for c in node.catch_clauses:
        names = [t.type_name.full_name for t in c.catch_types]
        catches.append((names, compile_statement_block(c.body)))
    fin = compile_statement_block(node.finally_) if node.finally_ is not None else None
    extent = node.extent

    def run(ctx, emit):
        ctx.handler_depth += 1
        in_handler = True
        try:
            body(ctx, emit)
        except ControlFlow:
            raise
        except Exception as e:
            ctx.handler_depth -= 1
            in_handler = False
            ex = wrap_exception(e, extent)
            for names, cbody in catches:
                if not names or any(exception_matches(ex, n) for n in names):
                    record = ex.to_error_record(ex.extent)
                    ctx.add_to_error_list(record)
                    old = ctx.scope.vars.get("_")
                    old_value = old._value if old is not None else None
                    ctx.set_local("_", record)
                    ctx.current_exceptions.append(ex)
                    try:
                        cbody(ctx, emit)
                    finally:
                        ctx.current_exceptions.pop()
                        if old is not None:
                            ctx.set_local("_", old_value)
                    break
            else:
                raise ex
        finally:
            if in_handler:
                ctx.handler_depth -= 1
            if fin is not None:
                fin(ctx, emit)
    return run


_NAMESPACES = ("system.", "system.management.automation.", "system.io.", "system.collections.",
               "microsoft.exchange.data.", "microsoft.exchange.configuration.tasks.")


def exception_type_names(ex: BaseException) -> list[str]:
    """The .NET type names an exception is an instance of, most derived first."""
    from ems.runtime.exceptions import DOTNET_BASES
    names: list[str] = []
    own = getattr(ex, "dotnet_type", None)
    if own:
        names.append(own)
    for cls in type(ex).__mro__:
        t = cls.__dict__.get("dotnet_type")
        if t and t not in names:
            names.append(t)
    more = []
    for n in names:
        for b in DOTNET_BASES.get(n, ()):
            if b not in names and b not in more:
                more.append(b)
    names.extend(more)
    for b in ("System.Management.Automation.RuntimeException", "System.SystemException", "System.Exception"):
        if b not in names:
            if b.endswith("RuntimeException") and not isinstance(ex, PSRuntimeException):
                continue
            names.append(b)
    inner = getattr(ex, "inner", None)
    if inner is not None and isinstance(inner, PSRuntimeException):
        names.extend(n for n in exception_type_names(inner) if n not in names)
    return names


def exception_matches(ex: BaseException, type_name: str) -> bool:
    want = type_name.lower()
    for n in exception_type_names(ex):
        low = n.lower()
        if low == want:
            return True
        for ns in _NAMESPACES:
            if low == ns + want:
                return True
    return False


# ====================================================================== blocks


def compile_statement_block(block: A.StatementBlockAst | None) -> Stmt:
    if block is None:
        return lambda ctx, emit: None
    return compile_block(block.statements, block.traps)


def compile_block(statements, traps=()) -> Stmt:
    """A list of statements with PowerShell's error handling between them."""
    traps = tuple(traps) + tuple(s for s in statements if isinstance(s, A.TrapStatementAst))
    stmts = [compile_statement(s) for s in statements if not isinstance(s, A.TrapStatementAst)]
    extents = [s.extent for s in statements if not isinstance(s, A.TrapStatementAst)]
    compiled_traps = [([t.trap_type.type_name.full_name] if t.trap_type is not None else [],
                       compile_statement_block(t.body)) for t in traps]

    if not compiled_traps:
        if len(stmts) == 1:
            s0 = stmts[0]
            x0 = extents[0]

            def run1(ctx, emit):
                try:
                    s0(ctx, emit)
                except ControlFlow:
                    raise
                except Exception as e:
                    statement_error(ctx, e, x0)
            return run1

        def run(ctx, emit):
            i = 0
            for s in stmts:
                try:
                    s(ctx, emit)
                except ControlFlow:
                    raise
                except Exception as e:
                    statement_error(ctx, e, extents[i])
                i += 1
        return run

    def run_trapped(ctx, emit):
        ctx.handler_depth += 1
        try:
            for i, s in enumerate(stmts):
                try:
                    s(ctx, emit)
                except ControlFlow:
                    raise
                except Exception as e:
                    ex = wrap_exception(e, extents[i])
                    for names, tbody in compiled_traps:
                        if not names or any(exception_matches(ex, n) for n in names):
                            _run_trap(ctx, ex, tbody, emit)
                            break
                    else:
                        ctx.handler_depth -= 1
                        try:
                            statement_error(ctx, ex, extents[i])
                        finally:
                            ctx.handler_depth += 1
        finally:
            ctx.handler_depth -= 1
    return run_trapped


def _run_trap(ctx, ex, tbody, emit):
    record = ex.to_error_record(ex.extent)
    saved = ctx.scope
    ctx.push_scope("local")
    ctx.set_local("_", record)
    ctx.current_exceptions.append(ex)
    outcome = "fallthrough"
    try:
        tbody(ctx, emit)
    except ContinueSignal:
        outcome = "continue"
    except BreakSignal:
        outcome = "break"
    finally:
        ctx.current_exceptions.pop()
        ctx.scope = saved
    if outcome == "break":
        ex.script_terminating = True
        raise ex
    if outcome == "fallthrough":
        ctx.report_error(record)
    ctx.status = outcome == "continue"


def statement_error(ctx, e: BaseException, extent) -> None:
    """An error ended a statement: let an enclosing try/trap have it, or report it and go on."""
    ex = wrap_exception(e, extent)
    if ctx.handler_depth > 0 or getattr(ex, "script_terminating", False):
        raise ex
    if ctx.preference("ErrorActionPreference", "Continue").lower() == "stop":
        # $ErrorActionPreference = 'Stop' makes every error end the script
        ex.script_terminating = True
        raise ex
    ctx.report_error(ex)


# ====================================================================== script block bodies


class CompiledBody:
    """The compiled named blocks of one ScriptBlockAst."""

    __slots__ = ("begin", "process", "end", "has_process", "has_begin", "has_end")

    def __init__(self, sb: A.ScriptBlockAst):
        self.begin = _named(sb.begin_block)
        self.process = _named(sb.process_block)
        self.end = _named(sb.end_block)
        self.has_begin = sb.begin_block is not None
        self.has_process = sb.process_block is not None
        self.has_end = sb.end_block is not None


def _named(block: A.NamedBlockAst | None) -> Stmt | None:
    if block is None:
        return None
    return compile_block(block.statements, block.traps)
