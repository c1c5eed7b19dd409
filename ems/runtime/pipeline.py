"""Pipelines and command processors.

A pipeline runs as PowerShell's does: every command is bound, every begin block runs
(left to right), then objects flow one at a time — each object a command writes goes
straight into the next command's process — and finally every end block runs, left to
right (what an end block writes still flows downstream). Objects written by a begin block
wait until the next command's own begin block has run. A command that needs no more
input (Select-Object -First) raises ``StopUpstream``: its pipeline stops feeding and
runs the end blocks from that command on.

Processors: ``CmdletProcessor`` (a Cmdlet subclass), ``ScriptProcessor`` (function,
filter, script block, script file), ``NativeProcessor`` (simulated native programs).

Redirections: `2>&1` (any stream into this command's output), `2>$null` / `*>$null`
(discard), `> file` / `>> file` (the objects are formatted as the console shows them and
written at the end as UTF-16LE with a BOM, Windows PowerShell 5.1's `>` encoding, through
the session's FileSystem provider). A redirection applies to everything the command (and
what it calls) writes while it runs, and to its own failure (`nope 2>$null` is silent).
"""
from __future__ import annotations

from typing import Any, Callable

from ems.errors import ErrorCategory, ErrorRecord
from ems.lang import ast as A
from ems.runtime.binder import (CommandArgument, ParameterBinder, bind_script_arguments, metadata_for_cmdlet,
                                set_parameter_variables)
from ems.runtime.commandruntime import CommandRuntime, InvocationInfo
from ems.runtime.control import (AUTOMATION_NULL, ExitSignal, ReturnSignal, StopUpstream, enumerate_value,
                                 is_enumerable)
from ems.runtime.exceptions import PSRuntimeException, RuntimeException

Emit = Callable[[Any], None]


# ====================================================================== compile


class ExprElement:
    """An expression at the head of a pipeline."""

    __slots__ = ("fn", "redirections", "extent")

    def __init__(self, node: A.CommandExpressionAst):
        from ems.runtime.evaluator import compile_expr
        self.fn = compile_expr(node.expression)
        self.redirections = compile_redirections(node.redirections)
        self.extent = node.extent


class CommandElement:
    """A command invocation: its name (or the expression after & / .), its arguments."""

    __slots__ = ("name", "name_fn", "args", "operator", "redirections", "extent", "name_extent")

    def __init__(self, node: A.CommandAst):
        from ems.runtime.evaluator import compile_expr
        elems = node.command_elements
        first = elems[0]
        self.operator = node.invocation_operator
        self.name = None
        self.name_fn = None
        if isinstance(first, A.StringConstantExpressionAst) and first.string_kind == "BareWord":
            self.name = first.value
        else:
            self.name_fn = compile_expr(first)
        self.name_extent = first.extent
        args = []
        for el in elems[1:]:
            if isinstance(el, A.CommandParameterAst):
                af = compile_expr(el.argument) if el.argument is not None else None
                args.append(("param", el.parameter_name, af, el.extent))
            elif isinstance(el, A.VariableExpressionAst) and el.splatted:
                args.append(("splat", compile_expr(A.VariableExpressionAst(el.extent, el.name, el.scope)),
                             None, el.extent))
            else:
                args.append(("arg", compile_expr(el), None, el.extent))
        self.args = args
        self.redirections = compile_redirections(node.redirections)
        self.extent = node.extent

    def evaluate_args(self, ctx: Any) -> list[CommandArgument]:
        out: list[CommandArgument] = []
        for kind, a, b, extent in self.args:
            if kind == "param":
                if b is not None:
                    v = b(ctx)
                    out.append(CommandArgument(a, None if v is AUTOMATION_NULL else v, True, extent,
                                               f"-{a}:"))
                else:
                    out.append(CommandArgument(a, None, False, extent, f"-{a}"))
            elif kind == "arg":
                v = a(ctx)
                out.append(CommandArgument(None, None if v is AUTOMATION_NULL else v, True, extent))
            else:
                v = a(ctx)
                from ems.runtime.psobject import base_object
                v = base_object(v)
                if isinstance(v, dict):
                    for k, val in v.items():
                        out.append(CommandArgument(str(k), val, True, extent, f"-{k}:"))
                elif v is None or v is AUTOMATION_NULL:
                    continue
                elif is_enumerable(v):
                    from ems.runtime.binder import ParameterToken
                    items = list(enumerate_value(v))
                    j = 0
                    while j < len(items):
                        x = items[j]
                        if isinstance(x, ParameterToken):
                            name = x[1:]
                            if name.endswith(":") and j + 1 < len(items):
                                out.append(CommandArgument(name[:-1], items[j + 1], True, extent, str(x)))
                                j += 2
                                continue
                            out.append(CommandArgument(name, None, False, extent, str(x)))
                        else:
                            out.append(CommandArgument(None, x, True, extent))
                        j += 1
                else:
                    out.append(CommandArgument(None, v, True, extent))
        return out


def compile_pipeline(node: A.PipelineAst):
    elements = []
    for el in node.pipeline_elements:
        if isinstance(el, A.CommandExpressionAst):
            elements.append(ExprElement(el))
        else:
            elements.append(CommandElement(el))
    extent = node.extent

    def run(ctx, emit):
        run_pipeline(ctx, elements, emit, extent)
    return run


# ====================================================================== redirections


class Redirection:
    __slots__ = ("stream", "to_stream", "location", "append", "extent")

    def __init__(self, stream: str, to_stream: str | None, location: Any, append: bool, extent: Any):
        self.stream = stream
        self.to_stream = to_stream
        self.location = location
        self.append = append
        self.extent = extent


def compile_redirections(reds) -> tuple[Redirection, ...]:
    from ems.runtime.evaluator import compile_expr
    out = []
    for r in reds:
        if isinstance(r, A.MergingRedirectionAst):
            out.append(Redirection(r.from_stream, r.to_stream, None, False, r.extent))
        elif isinstance(r, A.FileRedirectionAst):
            loc = r.location
            is_null = isinstance(loc, A.VariableExpressionAst) and loc.name.lower() == "null" and loc.scope is None
            out.append(Redirection(r.from_stream, None, None if is_null else compile_expr(loc), r.append, r.extent))
    return tuple(out)


class FileSink:
    """Objects redirected to a file: formatted as the console would show them, written at
    the end as UTF-16LE with a BOM (Windows PowerShell 5.1's `>`), `>>` appends."""

    def __init__(self, ctx: Any, path: str, append: bool, extent: Any):
        self.ctx = ctx
        self.path = path
        self.append = append
        self.extent = extent
        self.items: list[Any] = []

    def __call__(self, obj: Any) -> None:
        self.items.append(obj)

    def flush(self) -> None:
        text = format_for_file(self.ctx, self.items)
        write_text_file(self.ctx, self.path, text, self.append, "Unicode", self.extent)


def format_for_file(ctx: Any, items: list[Any]) -> str:
    fmt = None
    try:
        from ems import format as F
        fmt = getattr(F, "format_objects", None) or getattr(F, "out_string", None)
    except Exception:
        fmt = None
    if fmt is not None:
        try:
            r = fmt(items, ctx)
            if isinstance(r, str):
                return r
            if isinstance(r, list):
                return "\r\n".join(r) + ("\r\n" if r else "")
        except TypeError:
            pass
    from ems.runtime.conversion import to_string
    lines = []
    for obj in items:
        if isinstance(obj, ErrorRecord):
            lines.append(obj.render())
        else:
            lines.append(to_string(obj, ctx))
    return "".join(line + "\r\n" for line in lines)


def write_text_file(ctx: Any, path: str, text: str, append: bool, encoding: str, extent: Any) -> None:
    fs = ctx.fs
    try:
        p = fs.resolve(path)
        fs.write_text(p, text, encoding, append=append)
    except PSRuntimeException:
        raise
    except Exception as e:
        from ems.runtime.evaluator import wrap_exception
        raise wrap_exception(e, extent)


def _apply_redirections(ctx: Any, reds: tuple[Redirection, ...], emit: Emit,
                        sinks: list[FileSink]) -> tuple[Any, Emit]:
    """(streams for the command, its output emit)."""
    overrides: dict[str, Any] = {}
    out_emit = emit
    from ems.runtime.conversion import to_string
    for r in reds:
        streams = ("error", "warning", "verbose", "debug", "information") if r.stream == "all" else (r.stream,)
        if r.to_stream is not None:  # 2>&1: into this command's output (wherever that goes)
            for s in streams:
                if s != "output":
                    overrides[s] = lambda obj: out_emit_ref[0](obj)
            continue
        if r.location is None:  # > $null
            for s in streams:
                if s == "output":
                    out_emit = lambda obj: None
                else:
                    overrides[s] = False
            if r.stream == "all":
                out_emit = lambda obj: None
            continue
        path = to_string(r.location(ctx), ctx)
        sink = FileSink(ctx, path, r.append, r.extent)
        sinks.append(sink)
        if r.stream in ("output", "all"):
            out_emit = sink
        for s in streams:
            if s != "output":
                overrides[s] = sink
    out_emit_ref = [out_emit]
    streams_obj = ctx.streams.derive(**overrides) if overrides else None
    return streams_obj, out_emit


# ====================================================================== running


def _error_redirection(ctx: Any, elements: list, emit: Emit) -> Any:
    """Where a command's own failure goes when its error stream is redirected
    (`nope 2>$null`, `nope 2>&1`, `nope 2> err.txt`): a sink, False (discard), or None."""
    for el in elements:
        for r in el.redirections:
            if r.stream in ("error", "all"):
                if r.to_stream is not None:
                    return emit
                if r.location is None:
                    return False
                from ems.runtime.conversion import to_string
                sink = FileSink(ctx, to_string(r.location(ctx), ctx), r.append, r.extent)

                def write(rec, _s=sink):
                    _s(rec)
                    _s.flush()
                return write
    return None


def run_pipeline(ctx: Any, elements: list, emit: Emit, extent: Any = None, input_objects: Any = None) -> None:
    try:
        _run_pipeline(ctx, elements, emit, extent, input_objects)
    except PSRuntimeException as e:
        if ctx.handler_depth > 0 or getattr(e, "script_terminating", False):
            raise
        if not any(el.redirections for el in elements):
            raise
        sink = _error_redirection(ctx, elements, emit)
        if sink is None:
            raise
        from ems.runtime.streams import record_of
        record = record_of(e, e.extent or extent)
        ctx.add_to_error_list(record)
        ctx.status = False
        if sink is not False:
            sink(record)


def _run_pipeline(ctx: Any, elements: list, emit: Emit, extent: Any = None, input_objects: Any = None) -> None:
    ctx.status = True
    procs: list[CommandProcessor] = []
    head = None
    n = len(elements)
    sinks: list[FileSink] = []
    # Build processors from the last one back so each knows where its output goes.
    downstream = emit
    built: list[CommandProcessor] = []
    for i in range(n - 1, -1, -1):
        el = elements[i]
        if isinstance(el, ExprElement):
            if i == 0:
                head = el
                if el.redirections:
                    streams_obj, out = _apply_redirections(ctx, el.redirections, downstream, sinks)
                    head_emit = out
                    head_streams = streams_obj
                else:
                    head_emit = downstream
                    head_streams = None
                continue
            proc = ExpressionProcessor(ctx, el)
        else:
            proc = make_processor(ctx, el, i + 1, n)
        if el.redirections:
            streams_obj, out = _apply_redirections(ctx, el.redirections, downstream, sinks)
            proc.streams = streams_obj
            proc.set_output(out)
        else:
            proc.set_output(downstream)
        built.append(proc)
        downstream = proc.receive
    procs = built[::-1]
    expecting = head is not None or input_objects is not None
    for i, p in enumerate(procs):
        p.prepare(expecting or i > 0)
    try:
        for p in procs:
            p.run_begin()
            p.start()
        if head is not None:
            saved = None
            if head_streams is not None:
                saved = ctx.streams
                ctx.streams = head_streams
            try:
                v = head.fn(ctx)
            finally:
                if saved is not None:
                    ctx.streams = saved
            target = procs[0].process if procs else head_emit
            for x in enumerate_value(v):  # unrolled; nothing for AutomationNull
                target(x)
        elif input_objects is not None:
            for x in input_objects:
                procs[0].process(x)
        elif procs:
            procs[0].process_noinput()
        for p in procs:
            p.run_end()
    except StopUpstream as s:
        if s.processor in procs:
            idx = procs.index(s.processor)
            for p in procs[idx:]:
                if not p.started:
                    p.run_begin()
                    p.start()
            for p in procs[idx:]:
                p.run_end()
        else:
            raise
    finally:
        for p in procs:
            p.cleanup()
        for sink in sinks:
            sink.flush()
    for p in procs:
        if p.failed:
            ctx.status = False


class CommandProcessor:
    """Base: output wiring, stream redirection, the begin/process/end protocol."""

    failed = False
    started = False
    pending: list | None = None

    def __init__(self, ctx: Any, extent: Any = None):
        self.ctx = ctx
        self.extent = extent
        self.streams = None
        self.emit: Emit = lambda obj: None

    def receive(self, obj: Any) -> None:
        """Input from the upstream command. Objects written by upstream begin blocks wait
        until this command's own begin block has run."""
        if self.started:
            self.process(obj)
        else:
            if self.pending is None:
                self.pending = []
            self.pending.append(obj)

    def start(self) -> None:
        self.started = True
        pending = self.pending
        if pending:
            self.pending = None
            for obj in pending:
                self.process(obj)

    def set_output(self, emit: Emit) -> None:
        self.emit = emit

    def prepare(self, expecting_input: bool) -> None:
        pass

    def run_begin(self) -> None:
        pass

    def process(self, obj: Any) -> None:
        pass

    def process_noinput(self) -> None:
        pass

    def run_end(self) -> None:
        pass

    def cleanup(self) -> None:
        pass


class ExpressionProcessor(CommandProcessor):
    """An expression in the middle of a pipeline (not valid PowerShell; the parser rejects
    it, but a hand-built tree may contain it): writes its value once at the end."""

    def __init__(self, ctx: Any, el: ExprElement):
        super().__init__(ctx, el.extent)
        self.fn = el.fn

    def run_end(self) -> None:
        for x in enumerate_value(self.fn(self.ctx)):
            self.emit(x)


def make_processor(ctx: Any, el: CommandElement, position: int, length: int) -> CommandProcessor:
    from ems.runtime import discovery
    if el.name is not None:
        name = el.name
        target = None
    else:
        target = el.name_fn(ctx)
        if target is AUTOMATION_NULL:
            target = None
        name = None
    args = el.evaluate_args(ctx)
    dot = el.operator == "."
    if target is not None:
        from ems.runtime.psobject import base_object
        target = base_object(target)
        from ems.runtime.scriptblock import ScriptBlock
        if isinstance(target, ScriptBlock):
            info = discovery.ScriptBlockCommand(target)
            return info.make_processor(ctx, args, el.name_extent, position, length, dot, "")
        if isinstance(target, discovery.CommandInfo):
            return target.make_processor(ctx, args, el.name_extent, position, length, dot, target.Name)
        from ems.runtime.conversion import to_string
        name = to_string(target, ctx)
    if target is None and name is None:
        raise RuntimeException("The expression after '&' in a pipeline element produced an object that was not "
                               "valid. It must result in a command name, a script block, or a CommandInfo "
                               "object.", "BadExpression", ErrorCategory.InvalidOperation, extent=el.name_extent)
    if target is not None:
        if name == "":
            raise RuntimeException("The expression after '&' in a pipeline element produced an object that was "
                                   "not valid. It must result in a command name, a script block, or a "
                                   "CommandInfo object.", "BadExpression", ErrorCategory.InvalidOperation,
                                   extent=el.name_extent)
    info = ctx.commands.resolve(name, extent=el.name_extent)
    if any(a.name == "?" for a in args) and not _declares(info, "?"):
        # `Get-Content -?`: the command's help, as `Get-Help Get-Content`
        help_info = ctx.commands.resolve("Get-Help", extent=el.name_extent)
        args = [CommandArgument(None, getattr(info, "Name", name), True)]
        return help_info.make_processor(ctx, args, el.name_extent, position, length, False, "Get-Help")
    # PowerShell 2.0 positions a command's errors at its name (`Get-Item <<<<  C:\\x`)
    return info.make_processor(ctx, args, el.name_extent, position, length, dot, name)


def _declares(info: Any, parameter: str) -> bool:
    """Whether a cmdlet declares a parameter of that name (then `-?` is an argument)."""
    cls = getattr(info, "cls", None)
    return cls is not None and any(p.name == parameter for p in getattr(cls, "parameters", ()))


class CmdletProcessor(CommandProcessor):
    def __init__(self, ctx: Any, info: Any, args: list[CommandArgument], extent: Any, position: int,
                 length: int, invocation_name: str):
        super().__init__(ctx, extent)
        self.info = info
        self.cls = info.cls
        self.args = args
        self.runtime = CommandRuntime(ctx, info.Name, extent, info)
        self.runtime.processor = self
        self.cmdlet = self.cls(self.runtime)
        self.meta = metadata_for_cmdlet(self.cls)
        self.binder = ParameterBinder(ctx, self.meta, info.Name, extent)
        suffix = getattr(self.cls, "error_id_suffix", None)
        if suffix is not None:
            self.runtime.error_suffix = self.binder.error_suffix = suffix()
        self.binder.position = position
        self.expecting = False
        self.position = position
        self.length = length
        self.invocation_name = invocation_name
        self.defaults: dict[str, Any] = {}

    @property
    def failed(self) -> bool:
        return self.runtime.had_errors

    def set_output(self, emit: Emit) -> None:
        self.emit = emit
        self.runtime.emit = emit

    def _enter(self):
        if self.streams is not None:
            saved = self.ctx.streams
            self.ctx.streams = self.streams
            return saved
        return None

    def prepare(self, expecting_input: bool) -> None:
        self.expecting = expecting_input
        saved = self._enter()
        try:
            b = self.binder
            b.bind_command_line(self.args, expecting_input)
            b.check_mandatory(allow_pipeline=expecting_input)
            self.runtime.confirm_impact = self.cls.confirm_impact
            self.runtime.supports_should_process = self.cls.supports_should_process
            self.runtime.apply_common(b.bound)
            pv = b.bound.get("PipelineVariable")
            if pv:
                self.runtime.emit = _pipeline_variable(self.ctx, str(pv), self.runtime.emit)
            self.runtime.invocation = InvocationInfo(self.info, self.extent, self.invocation_name, b.bound,
                                                     [], self.length, self.position, expecting_input)
            c = self.cmdlet
            for p in self.meta.own:
                v = p.default if p.default is not None else (False if p.type.endswith("SwitchParameter") else None)
                self.defaults[p.name] = v
                setattr(c, p.name, b.bound.get(p.name, v))
            c.bound_parameters = b.bound
            c.parameter_set_name = b.chosen_set or self.cls.default_parameter_set or "__AllParameterSets"
        finally:
            if saved is not None:
                self.ctx.streams = saved

    def _call(self, fn: Callable[[], None]) -> None:
        saved = self._enter()
        try:
            fn()
        except PSRuntimeException as e:
            if e.extent is None and e.error_record is None:
                e.extent = self.extent
            raise
        except (StopUpstream, ReturnSignal, ExitSignal):
            raise
        except BaseException as e:
            if not isinstance(e, Exception):
                raise
            from ems.runtime.evaluator import wrap_exception
            raise wrap_exception(e, self.extent)
        finally:
            if saved is not None:
                self.ctx.streams = saved

    def run_begin(self) -> None:
        self._call(self.cmdlet.begin)

    def process(self, obj: Any) -> None:
        b = self.binder
        c = self.cmdlet
        fast = b._fast
        if fast is not None:
            # the binding decision proven on the first object holds: one parameter takes any
            # input as is (ParameterBinder.bind_pipeline); nothing else changes per object
            name = fast.name
            b.bound[name] = obj
            setattr(c, name, obj)
            self._call(c.process)
            return
        saved = self._enter()
        try:
            try:
                b.bind_pipeline(obj)
            except PSRuntimeException as e:
                # a binding failure for one input object is a non-terminating error
                self.runtime.write_error_record(e.to_error_record(self.extent, self.info.Name))
                return
            finally:
                if saved is not None:
                    self.ctx.streams = saved
                    saved = None
            for name in self.meta.pipeline_params:
                n = name.name
                setattr(c, n, b.bound.get(n, self.defaults.get(n)))
            c.parameter_set_name = b.chosen_set or c.parameter_set_name
        finally:
            if saved is not None:
                self.ctx.streams = saved
        self._call(c.process)

    def process_noinput(self) -> None:
        self._call(self.cmdlet.process)

    def run_end(self) -> None:
        self._call(self.cmdlet.end)


class ScriptProcessor(CommandProcessor):
    """Runs a function, filter, script block or script file in a pipeline."""

    def __init__(self, ctx: Any, sb: Any, name: str, args: list[CommandArgument], extent: Any,
                 position: int, length: int, dot_source: bool = False, info: Any = None,
                 script_path: str | None = None, invocation_name: str = ""):
        super().__init__(ctx, extent)
        self.sb = sb
        self.compiled = sb.compiled
        self.name = name
        self.args = args
        self.dot = dot_source
        self.info = info
        self.position = position
        self.length = length
        self.script_path = script_path
        self.invocation_name = invocation_name or name
        self.scope = None
        self.binder: ParameterBinder | None = None
        self.runtime: CommandRuntime | None = None
        self.input_items: list[Any] = []
        self.expecting = False
        self.done = False
        self.body = self.compiled.body
        self._failed = False

    @property
    def failed(self) -> bool:
        return self._failed or (self.runtime is not None and self.runtime.had_errors)

    def _enter(self):
        ctx = self.ctx
        saved = (ctx.scope, ctx.script_scope, ctx.streams)
        ctx.scope = self.scope
        if self.script_path is not None and not self.dot:
            ctx.script_scope = self.scope
        if self.streams is not None:
            ctx.streams = self.streams
        ctx.call_depth += 1
        if ctx.call_depth > ctx.max_call_depth:
            ctx.call_depth -= 1
            ctx.scope, ctx.script_scope, ctx.streams = saved
            from ems.runtime.scriptblock import call_depth_overflow
            ex = call_depth_overflow()
            ex.extent = self.extent
            raise ex
        if self.runtime is not None:
            ctx.runtime_stack.append(self.runtime)
        return saved

    def _leave(self, saved) -> None:
        ctx = self.ctx
        ctx.call_depth -= 1
        ctx.scope, ctx.script_scope, ctx.streams = saved
        if self.runtime is not None and ctx.runtime_stack:
            ctx.runtime_stack.pop()

    def prepare(self, expecting_input: bool) -> None:
        from ems.runtime.variables import PSVariable, Scope
        ctx = self.ctx
        self.expecting = expecting_input
        if self.dot:
            self.scope = ctx.scope
        else:
            parent = self.sb.closure_scope if self.sb.closure_scope is not None else ctx.scope
            self.scope = Scope(parent, "script" if self.script_path is not None else "function")
        compiled = self.compiled
        meta = compiled.metadata(ctx)
        caller_scope = ctx.scope
        saved = self._enter()
        try:
            binder = ParameterBinder(ctx, meta, self.name, self.extent)
            binder.position = self.position
            binder.bind_command_line(self.args, expecting_input)
            binder.check_mandatory(allow_pipeline=expecting_input)
            self.binder = binder
            if meta.is_advanced:
                rt = CommandRuntime(ctx, self.name, self.extent, self.info)
                rt.processor = self
                rt.confirm_impact = meta.confirm_impact
                rt.supports_should_process = meta.supports_should_process
                rt.emit = self.emit
                rt.apply_common(binder.bound, caller_scope)
                self.runtime = rt
                ctx.runtime_stack.append(rt)
                ov = getattr(rt, "_out_variable_list", None)
                if ov is not None:
                    down = self.emit

                    def keep(obj, _d=down, _l=ov):
                        _l.append(obj)
                        _d(obj)
                    self.emit = keep
                    rt.emit = down
                pv = binder.bound.get("PipelineVariable")
                if pv:
                    self.emit = _pipeline_variable(ctx, str(pv), self.emit)
                    rt.emit = self.emit
            set_parameter_variables(ctx, binder)
            s = self.scope
            inv = InvocationInfo(self.info, self.extent, self.invocation_name, s.vars["psboundparameters"]._value,
                                 list(binder.leftovers), self.length, self.position, expecting_input,
                                 self.script_path)
            if not self.dot:
                s.vars["myinvocation"] = PSVariable("MyInvocation", inv)
            if self.script_path is not None:
                root = inv.PSScriptRoot
                s.vars["psscriptroot"] = PSVariable("PSScriptRoot", root)
                s.vars["pscommandpath"] = PSVariable("PSCommandPath", self.script_path)
            if self.runtime is not None:
                from ems.runtime.discovery import PSCmdlet
                s.vars["pscmdlet"] = PSVariable("PSCmdlet", PSCmdlet(self.runtime, binder))
                self._local_preferences(binder.bound)
        finally:
            self._leave(saved)

    def _local_preferences(self, bound: dict[str, Any]) -> None:
        """-ErrorAction, -Verbose, -WhatIf... become local preference variables of an
        advanced function, so the commands it calls follow them."""
        from ems.runtime.variables import PSVariable
        from ems.runtime.conversion import to_bool
        s = self.scope
        for k, v in bound.items():
            low = k.lower()
            if low == "erroraction":
                s.vars["erroractionpreference"] = PSVariable("ErrorActionPreference", _pref(v))
            elif low == "warningaction":
                s.vars["warningpreference"] = PSVariable("WarningPreference", _pref(v))
            elif low == "verbose":
                s.vars["verbosepreference"] = PSVariable("VerbosePreference",
                                                         "Continue" if to_bool(v) else "SilentlyContinue")
            elif low == "debug":
                # -Debug is Inquire in Windows PowerShell (5.1 and before)
                s.vars["debugpreference"] = PSVariable("DebugPreference",
                                                       "Inquire" if to_bool(v) else "SilentlyContinue")
            elif low == "whatif":
                s.vars["whatifpreference"] = PSVariable("WhatIfPreference", to_bool(v))
            elif low == "confirm":
                s.vars["confirmpreference"] = PSVariable("ConfirmPreference", "Low" if to_bool(v) else "None")

    def _run_block(self, block, saved_emit=None) -> None:
        if block is None or self.done:
            return
        saved = self._enter()
        try:
            block(self.ctx, self.emit)
        except ReturnSignal:
            pass
        except ExitSignal as e:
            if self.script_path is not None:
                self.ctx.set_variable("global:LASTEXITCODE", e.code)
                self.done = True
                if e.code != 0:
                    self._failed = True
            else:
                raise
        finally:
            self._leave(saved)

    def run_begin(self) -> None:
        self._run_block(self.body.begin)

    def process(self, obj: Any) -> None:
        from ems.runtime.scriptblock import InputEnumerator
        body = self.body
        if body.process is None and not (self.binder is not None and self.binder.meta.takes_pipeline):
            self.input_items.append(obj)
            return
        s = self.scope
        if self.binder is not None and (self.binder.meta.takes_pipeline or self.binder.meta.is_advanced):
            saved = self._enter()
            try:
                try:
                    self.binder.bind_pipeline(obj)
                except PSRuntimeException as e:
                    rec = e.to_error_record(self.extent, self.name)
                    if self.runtime is not None:
                        self.runtime.write_error_record(rec)
                    else:
                        self.ctx.report_error(rec)
                    return
                for p in self.binder.meta.pipeline_params:
                    if p.name in self.binder.bound:
                        var = s.vars.get(p.name.lower())
                        if var is not None:
                            var._value = self.binder.bound[p.name]
                        psb = s.vars.get("psboundparameters")
                        if psb is not None:
                            psb._value[p.name] = self.binder.bound[p.name]
            finally:
                self._leave(saved)
        if body.process is None:
            self.input_items.append(obj)
            return
        self.ctx.set_local_in(s, "_", obj)
        self.ctx.set_local_in(s, "input", InputEnumerator([obj]))
        self._run_block(body.process)

    def process_noinput(self) -> None:
        from ems.runtime.scriptblock import InputEnumerator
        if self.body.process is not None:
            self.ctx.set_local_in(self.scope, "input", InputEnumerator([]))
            self._run_block(self.body.process)

    def run_end(self) -> None:
        from ems.runtime.scriptblock import InputEnumerator
        if self.body.end is None:
            return
        self.ctx.set_local_in(self.scope, "input", InputEnumerator(self.input_items))
        self._run_block(self.body.end)

    def cleanup(self) -> None:
        if self.runtime is not None:
            stack = self.ctx.runtime_stack
            if stack and stack[-1] is self.runtime:
                stack.pop()
            elif self.runtime in stack:
                stack.remove(self.runtime)


def _pipeline_variable(ctx: Any, name: str, down: Emit) -> Emit:
    """-PipelineVariable: each object the command writes is also kept in $name."""
    scope = ctx.scope

    def emit(obj: Any) -> None:
        ctx.set_local_in(scope, name.lower(), obj)
        down(obj)
    return emit


def _pref(v: Any) -> str:
    if isinstance(v, str):
        return v
    n = getattr(v, "name", None)
    return n if isinstance(n, str) else str(v)


class NativeProcessor(CommandProcessor):
    """A simulated native program (setup.com, cluster.exe...): a Python callable
    ``handler(ctx, args: list[str], input: list) -> iterable of output lines/objects``
    (it may also return an int exit code as the last element via ``ctx.set_variable``)."""

    def __init__(self, ctx: Any, name: str, handler: Callable, args: list[CommandArgument], extent: Any):
        super().__init__(ctx, extent)
        self.name = name
        self.handler = handler
        self.args = args
        self.input: list[Any] = []

    def process(self, obj: Any) -> None:
        self.input.append(obj)

    def run_end(self) -> None:
        from ems.runtime.conversion import to_string
        argv: list[str] = []
        for a in self.args:
            if a.name is not None:
                argv.append(a.name_text if not a.has_value else f"-{a.name}:{to_string(a.value, self.ctx)}")
                if a.has_value and a.name_text and not a.name_text.endswith(":"):
                    argv.append(to_string(a.value, self.ctx))
            elif isinstance(a.value, list):
                argv.extend(to_string(x, self.ctx) for x in a.value)
            else:
                argv.append(to_string(a.value, self.ctx))
        result = self.handler(self.ctx, argv, self.input)
        code = 0
        if isinstance(result, int) and not isinstance(result, bool):
            code = result
        elif result is not None:
            for line in result:
                self.emit(line)
            code = getattr(result, "exit_code", 0) if hasattr(result, "exit_code") else 0
        last = self.ctx.get_variable("LASTEXITCODE")
        if isinstance(result, int) and not isinstance(result, bool):
            self.ctx.set_variable("global:LASTEXITCODE", code)
        elif last is None:
            self.ctx.set_variable("global:LASTEXITCODE", 0)
        self.failed = (self.ctx.get_variable("LASTEXITCODE") or 0) != 0


def invoke_command(ctx: Any, command: Any, args: tuple | list = (), named: dict | None = None,
                   input: Any = None, output: Emit | None = None) -> list:
    """Run one command from Python as if written in a script: ``command`` is a name, a
    CommandInfo or a ScriptBlock; ``args`` are positional values, ``named`` maps
    parameter names to values (True for a switch); ``input`` (a list) is piped in.
    Returns the output objects (or streams them to ``output``)."""
    from ems.runtime import discovery
    from ems.runtime.psobject import base_object
    from ems.runtime.scriptblock import ScriptBlock
    argv = [CommandArgument(None, v, True) for v in args]
    for k, v in (named or {}).items():
        argv.append(CommandArgument(k, v, True, None, f"-{k}:"))
    target = base_object(command)
    if isinstance(target, ScriptBlock):
        info = discovery.ScriptBlockCommand(target)
        name = ""
    elif isinstance(target, discovery.CommandInfo):
        info = target
        name = target.Name
    else:
        name = str(target)
        info = ctx.commands.resolve(name)
    out: list = []
    emit = output if output is not None else out.append
    proc = info.make_processor(ctx, argv, None, 1, 1, False, name)
    proc.set_output(emit)
    proc.prepare(input is not None)
    try:
        proc.run_begin()
        proc.start()
        if input is not None:
            for x in input:
                proc.process(x)
        else:
            proc.process_noinput()
        proc.run_end()
    except StopUpstream as s:
        if not (s.processor is proc or s.processor == proc):
            raise
        proc.run_end()
    finally:
        proc.cleanup()
    return out
