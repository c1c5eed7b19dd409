"""CommandRuntime: what a running command (cmdlet or advanced function) writes through.

Output goes to the next command; errors, warnings, verbose and debug text follow the
common parameters (-ErrorAction, -WarningAction, -Verbose, -Debug, -ErrorVariable,
-WarningVariable, -OutVariable) and the preference variables; ShouldProcess implements
-WhatIf / -Confirm / $ConfirmPreference / $WhatIfPreference.
"""
from __future__ import annotations

from typing import Any, Callable

from ems.errors import ErrorCategory, ErrorRecord
from ems.runtime.control import enumerate_value, is_enumerable
from ems.runtime.exceptions import (ActionPreferenceStopException, PSInvalidOperationException, PSRuntimeException,
                                    RuntimeException)

_IMPACT = {"none": 0, "low": 1, "medium": 2, "high": 3}

CONFIRM_CHOICES = (("&Yes", "Continue with only the next step of the operation."),
                   ("Yes to &All", "Continue with all the steps of the operation."),
                   ("&No", "Skip this operation and proceed with the next operation."),
                   ("No to A&ll", "Skip this operation and all subsequent operations."))


def _pref_name(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    n = getattr(v, "name", None)
    return n if isinstance(n, str) else str(v)


class InvocationInfo:
    """`$MyInvocation` and an error's InvocationInfo."""

    PS_TYPE_NAMES = ("System.Management.Automation.InvocationInfo", "System.Object")
    PS_PROPERTIES = ("MyCommand", "BoundParameters", "UnboundArguments", "ScriptLineNumber", "OffsetInLine",
                     "HistoryId", "ScriptName", "Line", "PositionMessage", "PSScriptRoot", "PSCommandPath",
                     "InvocationName", "PipelineLength", "PipelinePosition", "ExpectingInput", "CommandOrigin")

    def __init__(self, command: Any = None, extent: Any = None, invocation_name: str = "",
                 bound: Any = None, unbound: Any = None, pipeline_length: int = 1, pipeline_position: int = 1,
                 expecting_input: bool = False, script_path: str | None = None):
        self.MyCommand = command
        self.extent = extent
        self.InvocationName = invocation_name
        self.BoundParameters = bound if bound is not None else {}
        self.UnboundArguments = unbound if unbound is not None else []
        self.PipelineLength = pipeline_length
        self.PipelinePosition = pipeline_position
        self.ExpectingInput = expecting_input
        self.HistoryId = 1
        self.CommandOrigin = "Internal"
        self._script_path = script_path

    @property
    def ScriptLineNumber(self) -> int:
        return self.extent.start_line if self.extent is not None else 0

    @property
    def OffsetInLine(self) -> int:
        return self.extent.start_column if self.extent is not None else 0

    @property
    def ScriptName(self) -> str:
        if self._script_path:
            return self._script_path
        f = self.extent.file if self.extent is not None else None
        return f or ""

    @property
    def Line(self) -> str:
        if self.extent is None:
            return ""
        return self.extent.source.line_text(self.extent.start_line) + "\n"

    @property
    def PositionMessage(self) -> str:
        return self.extent.position_message() if self.extent is not None else ""

    @property
    def PSScriptRoot(self) -> str:
        p = self.ScriptName
        if not p:
            return ""
        for sep in ("\\", "/"):
            if sep in p:
                return p.rsplit(sep, 1)[0]
        return ""

    @property
    def PSCommandPath(self) -> str:
        return self.ScriptName

    def ps_to_string(self) -> str:
        return "System.Management.Automation.InvocationInfo"


class CallerErrorRecord(ErrorRecord):
    """An error written by one command on behalf of its caller (Write-Error in a function):
    the console names the function (`f : message`), CategoryInfo still the command."""

    writer: str = ""  # the command that wrote it: CategoryInfo's activity

    @property
    def activity(self) -> str:
        return self.category_activity if self.category_activity is not None else self.writer


class CommandRuntime:
    """The runtime of one command in one pipeline."""

    def __init__(self, context: Any, command_name: str, extent: Any = None, command_info: Any = None):
        self.context = context
        self.command_name = command_name
        # what ends the FullyQualifiedErrorId of this command's errors: a cmdlet's implementing
        # type, a function's or script's name
        self.error_suffix = command_name
        self.extent = extent
        self.command_info = command_info
        self.emit: Callable[[Any], None] = lambda obj: None
        self.error_action: str | None = None  # from -ErrorAction
        self.warning_action: str | None = None
        self.information_action: str | None = None
        self.verbose: bool | None = None
        self.debug: bool | None = None
        self.whatif: bool | None = None
        self.confirm: bool | None = None
        self.confirm_impact = "Medium"
        self.supports_should_process = False
        self.error_variable: Any = None  # the ArrayList behind -ErrorVariable
        self.warning_variable: Any = None
        self.information_variable: Any = None
        self.yes_to_all = False
        self.no_to_all = False
        self.had_errors = False
        self.invocation: InvocationInfo | None = None
        self.processor: Any = None  # the pipeline processor running this command
        # the advanced function whose body runs this command: what this command writes to the
        # error and warning streams also fills that function's -ErrorVariable/-WarningVariable
        stack = getattr(context, "runtime_stack", None)
        self.parent: CommandRuntime | None = stack[-1] if stack else None

    def stop_upstream(self) -> None:
        """Stop the commands before this one: they get no more input and no end block
        (Select-Object -First); this command's end block and those after it still run."""
        from ems.runtime.control import StopUpstream
        raise StopUpstream(self.processor)
        # Preferences an advanced function's body sees (set as local variables too).

    # -- configuration from the common parameters ----------------------------------------------
    def apply_common(self, bound: dict[str, Any], variable_scope: Any = None) -> None:
        """Take the common parameters; -ErrorVariable/-WarningVariable/-OutVariable... are
        set in ``variable_scope`` (the caller's scope: an advanced function's own scope is
        current while it binds), else in the current scope."""
        from ems.runtime.conversion import to_bool
        ctx = self.context
        for name, value in bound.items():
            low = name.lower()
            if low == "erroraction":
                self.error_action = _pref_name(value)
            elif low == "warningaction":
                self.warning_action = _pref_name(value)
            elif low == "informationaction":
                self.information_action = _pref_name(value)
            elif low == "verbose":
                self.verbose = to_bool(value)
            elif low == "debug":
                self.debug = to_bool(value)
            elif low == "whatif":
                self.whatif = to_bool(value)
            elif low == "confirm":
                self.confirm = to_bool(value)
            elif low in ("errorvariable", "warningvariable", "informationvariable", "outvariable"):
                if variable_scope is not None and variable_scope is not ctx.scope:
                    saved = ctx.scope
                    ctx.scope = variable_scope
                    try:
                        self._setup_variable(low, str(value))
                    finally:
                        ctx.scope = saved
                else:
                    self._setup_variable(low, str(value))

    def _setup_variable(self, kind: str, spec: str) -> None:
        from ems.runtime.context import new_arraylist
        ctx = self.context
        append = spec.startswith("+")
        name = spec[1:] if append else spec
        lst = None
        if append:
            existing = ctx.get_variable(name)
            if isinstance(existing, list):
                lst = existing
            else:
                lst = new_arraylist([] if existing is None else [existing])
        if lst is None:
            lst = new_arraylist()
        ctx.set_variable(name, lst)
        if kind == "errorvariable":
            self.error_variable = lst
        elif kind == "warningvariable":
            self.warning_variable = lst
        elif kind == "informationvariable":
            self.information_variable = lst
        else:
            # write_object (cmdlets) and the script processor (functions) append to it
            self._out_variable_list = lst

    def _collect(self, kind: str, record: Any) -> None:
        """Append a record to this command's -ErrorVariable (or -WarningVariable...) list and
        to those of the advanced functions it runs inside."""
        rt: CommandRuntime | None = self
        seen: list = []
        while rt is not None:
            lst = getattr(rt, kind)
            if lst is not None and not any(lst is x for x in seen):
                seen.append(lst)
                lst.append(record)
            rt = rt.parent

    # -- preferences ---------------------------------------------------------------------------
    def error_preference(self) -> str:
        return self.error_action or self.context.preference("ErrorActionPreference", "Continue")

    def warning_preference(self) -> str:
        return self.warning_action or self.context.preference("WarningPreference", "Continue")

    # -- output ----------------------------------------------------------------------------------
    def write_object(self, obj: Any, enumerate_collection: bool = False) -> None:
        ov = getattr(self, "_out_variable_list", None)
        if enumerate_collection and is_enumerable(obj):
            for x in enumerate_value(obj):
                if ov is not None:
                    ov.append(x)
                self.emit(x)
        else:
            if ov is not None:
                ov.append(obj)
            self.emit(obj)

    # -- errors ------------------------------------------------------------------------------------
    def make_error_record(self, message: str, category: Any = "NotSpecified", error_id: str = "",
                          target: Any = None, exception_type: str | None = None) -> ErrorRecord:
        if isinstance(category, str):
            try:
                category = ErrorCategory[category]
            except KeyError:
                category = ErrorCategory.NotSpecified
        elif category is None:
            category = ErrorCategory.NotSpecified
        error_id = error_id or (exception_type.rsplit(".", 1)[-1] if exception_type else "RuntimeException")
        owner, extent, suffix = self._error_owner()
        fqid = f"{error_id},{suffix}" if suffix else error_id
        etype = exception_type or "Exception"
        short = etype.rsplit(".", 1)[-1]
        full = etype if "." in etype else _full_exception_name(etype)
        from ems.runtime.exceptions import exception_class_for
        ex = exception_class_for(full)(message, fqid, category, target=target, extent=self.extent)
        from ems.runtime.conversion import to_string
        ttype = None
        tname = None
        if target is not None:
            tname = to_string(target, self.context) if not isinstance(target, str) else target
            ttype = _short_type(target)
        cls = ErrorRecord if owner == self.command_name else CallerErrorRecord
        record = cls(message=message, category=category, fully_qualified_error_id=fqid,
                     exception_type=short, target_object=target, extent=extent,
                     command_name=owner or None, category_target=tname,
                     category_target_type=ttype, exception=ex)
        if cls is CallerErrorRecord:
            record.writer = self.command_name
        if self.invocation is not None and cls is ErrorRecord:
            record.invocation_info = self.invocation  # $_.InvocationInfo.MyCommand
        ex.error_record = record
        return record

    def _error_owner(self) -> tuple[str, Any, str]:
        """Whose error it is (name, position, FullyQualifiedErrorId suffix): the command
        itself, except Write-Error, whose errors PowerShell attributes to its caller: inside a
        function to that function and its call site (`f : message`, `...WriteErrorException,f`),
        in a script file the suffix is the script's name, at the prompt there is none."""
        if self.command_name == "Write-Error":
            from ems.runtime.discovery import ExternalScriptInfo, FunctionInfo
            inv = self.context.get_variable("MyInvocation")
            if isinstance(inv, InvocationInfo) and isinstance(inv.MyCommand, FunctionInfo) and inv.extent is not None:
                return inv.MyCommand.Name, inv.extent, inv.MyCommand.Name
            if isinstance(inv, InvocationInfo) and isinstance(inv.MyCommand, ExternalScriptInfo):
                # the console names a script by its path (`C:\x\case.ps1 : message`), positioned
                # where the script was called (nowhere for `-File`)
                path = getattr(inv.MyCommand, "Path", None) or inv.MyCommand.Name
                return path, inv.extent, inv.MyCommand.Name
            return self.command_name, self.extent, ""
        return self.command_name, self.extent, self.error_suffix

    def write_error(self, message: Any, category: Any = "NotSpecified", error_id: str = "", target: Any = None,
                    exception_type: str | None = None) -> None:
        if isinstance(message, ErrorRecord):
            record = message
        elif isinstance(message, PSRuntimeException):
            record = message.to_error_record(self.extent, self.command_name)
        else:
            record = self.make_error_record(str(message), category, error_id, target, exception_type)
        self.write_error_record(record)

    def write_error_record(self, record: ErrorRecord) -> None:
        if record.extent is None and not isinstance(record, CallerErrorRecord):
            record.extent = self.extent
        if record.command_name is None and self.command_name:
            record.command_name = self.command_name
        ctx = self.context
        pref = self.error_preference().lower()
        self.had_errors = True
        ctx.status = False
        self._collect("error_variable", record)
        if pref == "stop":
            raise stop_exception(record)
        if pref == "ignore":
            return
        if pref == "silentlycontinue":
            ctx.add_to_error_list(record)
            return
        if pref == "inquire":
            if not self._inquire(record.message):
                raise stop_exception(record)
        ctx.streams.write_error(record)

    def throw_terminating_error(self, message: Any, category: Any = "NotSpecified", error_id: str = "",
                                target: Any = None, exception_type: str | None = None) -> None:
        if isinstance(message, ErrorRecord):
            record = message
        elif isinstance(message, PSRuntimeException):
            raise message
        else:
            record = self.make_error_record(str(message), category, error_id, target, exception_type)
        if record.extent is None:
            record.extent = self.extent
        self._collect("error_variable", record)
        ex = record.exception if isinstance(record.exception, PSRuntimeException) else RuntimeException(record.message)
        ex.error_record = record
        raise ex

    def _inquire(self, message: str | None) -> bool:
        """The Inquire preference's question (`Continue with this operation?`); in a
        non-interactive shell the question fails as an error of this command."""
        if self.yes_to_all:
            return True
        host = self.context.host
        text = "Continue with this operation?" if message is None else f"Continue with this operation?\n{message}"
        try:
            idx = host.prompt_for_choice("Confirm", text, (("&Yes", ""), ("Yes to &All", ""),
                                                           ("&Halt Command", ""), ("&Suspend", "")), 0)
        except Exception as e:
            from ems.runtime.host import HostNonInteractiveError
            if isinstance(e, HostNonInteractiveError):
                raise self._noninteractive(e)
            raise
        if idx == 1:
            self.yes_to_all = True
        return idx in (0, 1)

    def _noninteractive(self, e: Exception) -> PSRuntimeException:
        """A question the host cannot ask: a terminating error of this command
        (`Write-Debug : Windows PowerShell is in NonInteractive mode. ...`)."""
        record = self.make_error_record(str(e), "InvalidOperation", "InvalidOperation", None,
                                        "PSInvalidOperationException")
        ex = record.exception
        ex.extent = self.extent
        return ex

    # -- other streams ---------------------------------------------------------------------------------
    def write_warning(self, text: str) -> None:
        pref = self.warning_preference().lower()
        from ems.runtime.streams import WarningRecord
        self._collect("warning_variable", WarningRecord(text))
        if pref in ("silentlycontinue", "ignore"):
            return
        if pref == "inquire" and not self._inquire(text):
            raise stop_exception(None, f"The running command stopped because the preference variable "
                                       f'"WarningPreference" or common parameter is set to Stop: {text}')
        self.context.streams.write_warning(text)
        if pref == "stop":
            raise stop_exception(None, "The running command stopped because the preference variable "
                                       f'"WarningPreference" or common parameter is set to Stop: {text}')

    def write_verbose(self, text: str) -> None:
        if self.verbose is False:
            return
        if self.verbose or self.context.preference("VerbosePreference", "SilentlyContinue").lower() in ("continue", "inquire", "stop"):
            self.context.streams.write_verbose(text)

    def write_debug(self, text: str) -> None:
        if self.debug is False:
            return
        # -Debug means Inquire (Windows PowerShell 2.0 to 5.1): the message, then the question
        pref = "inquire" if self.debug else self.context.preference("DebugPreference", "SilentlyContinue").lower()
        if pref not in ("continue", "inquire", "stop"):
            return
        self.context.streams.write_debug(text)
        if pref == "inquire":
            if not self._inquire(None):
                raise stop_exception(None, "The running command stopped because the user selected the Stop option.")
        elif pref == "stop":
            raise stop_exception(None, "The running command stopped because the preference variable "
                                       f'"DebugPreference" or common parameter is set to Stop: {text}')

    def write_information(self, obj: Any, tags: tuple = ()) -> None:
        from ems.runtime.streams import InformationRecord
        rec = obj if isinstance(obj, InformationRecord) else InformationRecord(obj, self.command_name, tags)
        if self.information_variable is not None:
            self.information_variable.append(rec)
        pref = (self.information_action or self.context.preference("InformationPreference", "SilentlyContinue")).lower()
        self.context.streams.write_information(rec, show=pref in ("continue", "inquire", "stop"))

    def write_host(self, text: str, foreground: str | None = None, background: str | None = None,
                   newline: bool = True) -> None:
        if self.information_variable is not None:
            from ems.runtime.streams import InformationRecord
            self.information_variable.append(InformationRecord(text, self.command_name, ("PSHOST",)))
        self.context.streams.write_host(text, foreground, background, newline)

    def write_progress(self, record: Any) -> None:
        if self.context.preference("ProgressPreference", "Continue").lower() == "silentlycontinue":
            return
        self.context.host.write_progress(record)

    # -- ShouldProcess -----------------------------------------------------------------------------
    def _whatif_on(self) -> bool:
        if self.whatif is not None:
            return self.whatif
        from ems.runtime.conversion import to_bool
        return to_bool(self.context.get_variable("WhatIfPreference"))

    def should_process(self, target: Any, action: str | None = None) -> bool:
        from ems.runtime.conversion import to_string
        target_text = target if isinstance(target, str) else to_string(target, self.context)
        if action is None:
            message = target_text
        else:
            message = f'Performing the operation "{action}" on target "{target_text}".'
        if self._whatif_on():
            self.context.streams.write_host(f"What if: {message}")
            return False
        if not self._confirm_needed():
            # allowed without asking: -Verbose (the flag, not $VerbosePreference) reports it
            if self.verbose is True:
                self.write_verbose(message)
            return True
        if self.yes_to_all:
            return True
        if self.no_to_all:
            return False
        return self._ask("Confirm", f"Are you sure you want to perform this action?\n{message}")

    def _confirm_needed(self) -> bool:
        if self.confirm is True:
            return True
        if self.confirm is False:
            return False
        pref = self.context.preference("ConfirmPreference", "High").lower()
        if pref == "none":
            return False
        return _IMPACT.get(self.confirm_impact.lower(), 2) >= _IMPACT.get(pref, 3)

    def _ask(self, caption: str, message: str) -> bool:
        host = self.context.host
        try:
            idx = host.prompt_for_choice(caption, message, CONFIRM_CHOICES, 0)
        except Exception as e:
            from ems.runtime.host import HostNonInteractiveError
            if isinstance(e, HostNonInteractiveError):
                raise self._noninteractive(e)
            raise
        if idx == 1:
            self.yes_to_all = True
        elif idx == 3:
            self.no_to_all = True
        return idx in (0, 1)

    def should_continue(self, query: str, caption: str) -> bool:
        if self.yes_to_all:
            return True
        if self.no_to_all:
            return False
        return self._ask(caption, query)


def stop_exception(record: ErrorRecord | None, message: str | None = None) -> PSRuntimeException:
    """-ErrorAction Stop: the error becomes terminating (catchable by its own type)."""
    if record is not None:
        ex = record.exception if isinstance(record.exception, PSRuntimeException) else None
        if ex is None:
            ex = ActionPreferenceStopException(record.message)
            ex.error_record = record
        ex.error_record = record
        ex.script_terminating = True
        ex.action_preference_stop = True
        return ex
    ex = ActionPreferenceStopException(message or "The running command stopped because the preference variable "
                                       '"ErrorActionPreference" or common parameter is set to Stop.')
    ex.script_terminating = True
    return ex


_KNOWN_EXCEPTIONS = {
    "RuntimeException": "System.Management.Automation.RuntimeException",
    "ItemNotFoundException": "System.Management.Automation.ItemNotFoundException",
    "ParameterBindingException": "System.Management.Automation.ParameterBindingException",
    "CommandNotFoundException": "System.Management.Automation.CommandNotFoundException",
    "PSInvalidOperationException": "System.Management.Automation.PSInvalidOperationException",
    "PSArgumentException": "System.Management.Automation.PSArgumentException",
    "WriteErrorException": "Microsoft.PowerShell.Commands.WriteErrorException",
    "ManagementObjectNotFoundException": "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException",
}


def _full_exception_name(short: str) -> str:
    return _KNOWN_EXCEPTIONS.get(short, "System." + short)


def _short_type(v: Any) -> str:
    if isinstance(v, str):
        return "String"
    try:
        from ems.runtime.dotnet.types import type_of
        t = type_of(v)
        if t is not None:
            return t.name
    except Exception:
        pass
    names = getattr(type(v), "PS_TYPE_NAMES", None)
    if names:
        return names[0].rsplit(".", 1)[-1]
    return type(v).__name__
