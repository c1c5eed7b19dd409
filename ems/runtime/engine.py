"""The top-level API the CLI and the test runners call.

    engine = Engine(host, model=None, cmdlets=None, native_commands=None)
    code = engine.run_script(text, path=None, args=(), as_file=True)
    engine.run_interactive_line(text)

``run_script`` parses the whole text first (a parse error prints and runs nothing: exit
code 1), then runs it as ONE pipeline whose output goes to ``engine.output_sink`` (by
default ``host.write_output``), so a formatter sees the whole stream. The exit code is
``exit N``'s N, 1 after an uncaught terminating error (printed through the host), else 0.
``run_interactive_line`` runs one REPL line in the global scope; errors never end the
session, ``$?`` is updated and the line goes to the history.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

from ems.errors import ErrorRecord, ParseError
from ems.runtime.binder import CommandArgument, positional_arguments
from ems.runtime.context import ExecutionContext
from ems.runtime.control import BreakSignal, ContinueSignal, ControlFlow, ExitSignal, ReturnSignal, StopUpstream
from ems.runtime.exceptions import PSRuntimeException


class HistoryInfo:
    PS_TYPE_NAMES = ("Microsoft.PowerShell.Commands.HistoryInfo", "System.Object")
    PS_PROPERTIES = ("Id", "CommandLine", "ExecutionStatus", "StartExecutionTime", "EndExecutionTime")

    def __init__(self, id_: int, line: str, status: str, start: Any, end: Any):
        self.Id = id_
        self.CommandLine = line
        self.ExecutionStatus = status
        self.StartExecutionTime = start
        self.EndExecutionTime = end

    def ps_to_string(self) -> str:
        return self.CommandLine


class Engine:
    """One session: an ExecutionContext and the entry points that run text in it."""

    def __init__(self, host: Any, model: Any = None, cmdlets: dict[str, type] | None = None,
                 native_commands: dict[str, Callable] | None = None, host_cwd: str | None = None):
        self.host = host
        self.context = ExecutionContext(host, model, cmdlets, native_commands)
        if host_cwd is not None:
            self.context.host_cwd = host_cwd
        self.output_sink: Callable[[Any], None] = host.write_output
        # Called after each script or interactive line (the session saves its state file).
        self.after_command: Callable[[], None] | None = None

    def set_location(self, path: str) -> None:
        """Set the current location (a host directory or a virtual Windows path)."""
        fs = self.context.fs
        fs.set_location(fs.resolve(path))

    def _after(self) -> None:
        if self.after_command is not None:
            try:
                self.after_command()
            except Exception as e:  # never let the hook crash the session
                self._print_error(e)

    # -- helpers ---------------------------------------------------------------------------------
    def _emit(self, obj: Any) -> None:
        self.output_sink(obj)

    def _print_error(self, e: BaseException) -> None:
        from ems.runtime.evaluator import wrap_exception
        ex = wrap_exception(e) if not isinstance(e, PSRuntimeException) else e
        record = ex.to_error_record(ex.extent)
        ctx = self.context
        ctx.status = False
        ctx.add_to_error_list(record)
        self.host.write_error_record(record)

    def _end_output(self) -> None:
        end = getattr(self.host, "end_output", None)
        if end is not None:
            try:
                end()
            except Exception:
                pass

    def parse(self, text: str, path: str | None = None):
        from ems.lang.parser import parse
        return parse(text, path)

    # -- scripts --------------------------------------------------------------------------------
    def run_script(self, text: str, path: str | None = None, args: Iterable[Any] = (), as_file: bool = True,
                   dot_source: bool = False) -> int:
        """Run a whole script; returns the exit code (`exit N`'s N; 1 after an uncaught
        terminating error; for command text, 1 when the last command failed). ``as_file`` runs it in its own script
        scope with ``args`` bound to its param() block (strings such as "-Name" are
        parameter names, as `ems -File x.ps1 -Name v` passes them); ``dot_source`` runs a
        file in the global scope (a profile); otherwise the text runs in the global scope
        (`ems -Command`)."""
        ctx = self.context
        try:
            ast = self.parse(text, path)
        except ParseError as e:
            self.host.write_error_record(e.to_error_record())
            self._end_output()
            return 1
        from ems.runtime.scriptblock import ScriptBlock, compiled_scriptblock
        from ems.runtime.discovery import ExternalScriptInfo
        sb = ScriptBlock(compiled_scriptblock(ast, name=_script_name(path)), ctx)
        code = 0
        try:
            if as_file:
                from ems.runtime.pipeline import ScriptProcessor
                info = ExternalScriptInfo(path or "", text, ctx.commands) if path else None
                argv = [_cli_argument(a) for a in args]
                proc = ScriptProcessor(ctx, sb, _script_name(path) or "", argv, None, 1, 1, dot_source, info,
                                       script_path=path or "", invocation_name=path or "")
                if dot_source:
                    ctx.scope = ctx.global_scope
                proc.set_output(self._emit)
                ctx.status = True
                try:
                    proc.prepare(False)
                    proc.run_begin()
                    proc.process_noinput()
                    proc.run_end()
                finally:
                    proc.cleanup()
                if proc.done:
                    code = ctx.get_variable("LASTEXITCODE") or 0
                    try:
                        code = int(code)
                    except (TypeError, ValueError):
                        code = 1
            else:
                self._run_in_global(sb)
                # `powershell -Command`: exit code 1 when the last command failed ($? false)
                if not ctx.status:
                    code = 1
        except ExitSignal as e:
            code = e.code
            ctx.set_variable("global:LASTEXITCODE", code)
        except (BreakSignal, ContinueSignal, ReturnSignal, StopUpstream):
            code = 0
        except KeyboardInterrupt:
            code = 1
        except ControlFlow:
            code = 0
        except Exception as e:
            self._print_error(e)
            code = 1
        finally:
            ctx.handler_depth = 0
            ctx.call_depth = 0
            ctx.scope = ctx.global_scope
            ctx.script_scope = ctx.global_scope
        self._end_output()
        self._after()
        return code

    def _run_in_global(self, sb: Any) -> None:
        ctx = self.context
        body = sb.compiled.body
        saved = ctx.scope
        ctx.scope = ctx.global_scope
        ctx.script_scope = ctx.global_scope
        try:
            for block in (body.begin, body.process, body.end):
                if block is not None:
                    block(ctx, self._emit)
        finally:
            ctx.scope = saved

    def run_interactive_line(self, text: str) -> int | None:
        """Run one REPL line. Returns the exit code when the line ran `exit`, else None.
        A parse error is printed (callers that want to ask for more input check
        ``ParseError.incomplete`` with ``engine.parse`` first)."""
        import datetime as _dt
        ctx = self.context
        start = ctx.now()
        try:
            ast = self.parse(text)
        except ParseError as e:
            self.host.write_error_record(e.to_error_record())
            ctx.status = False
            return None
        from ems.runtime.scriptblock import ScriptBlock, compiled_scriptblock
        sb = ScriptBlock(compiled_scriptblock(ast), ctx)
        result = None
        status = "Completed"
        try:
            self._run_in_global(sb)
        except ExitSignal as e:
            result = e.code
            ctx.set_variable("global:LASTEXITCODE", e.code)
        except (BreakSignal, ContinueSignal, ReturnSignal, StopUpstream):
            pass
        except KeyboardInterrupt:
            status = "Stopped"
        except ControlFlow:
            pass
        except Exception as e:
            self._print_error(e)
            status = "Failed"
        finally:
            ctx.handler_depth = 0
            ctx.call_depth = 0
            ctx.scope = ctx.global_scope
            ctx.script_scope = ctx.global_scope
        self._end_output()
        self._after()
        if text.strip():
            ctx.history.append(HistoryInfo(len(ctx.history) + 1, text, status, start, ctx.now()))
        return result

    # -- conveniences ---------------------------------------------------------------------------
    def evaluate(self, text: str) -> list:
        """Run text in the global scope and return its output objects (for tests and tools)."""
        out: list = []
        saved = self.output_sink
        self.output_sink = out.append
        try:
            ast = self.parse(text)
            from ems.runtime.scriptblock import ScriptBlock, compiled_scriptblock
            self._run_in_global(ScriptBlock(compiled_scriptblock(ast), self.context))
        finally:
            self.output_sink = saved
        return out


def _cli_argument(a: Any) -> CommandArgument:
    if isinstance(a, CommandArgument):
        return a
    if isinstance(a, str) and len(a) > 1 and a[0] == "-" and (a[1].isalpha() or a[1] == "_"):
        name, colon, value = a[1:].partition(":")
        if colon:
            return CommandArgument(name, value, True, None, f"-{name}:")
        return CommandArgument(name, None, False, None, a)
    return CommandArgument(None, a, True)


def _script_name(path: str | None) -> str | None:
    if not path:
        return None
    import re
    return re.split(r"[\\/]", path)[-1]
