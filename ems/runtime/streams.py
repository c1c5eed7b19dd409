"""The streams other than output: error (2), warning (3), verbose (4), debug (5),
information (6), plus Write-Host and progress.

``ctx.streams`` is the current set of sinks. Redirections (`2>&1`, `3>$null`, `*> file`)
install a derived set while the redirected command runs; everything that command (and
what it calls) writes then goes there. The default sinks write to the host.
"""
from __future__ import annotations

from typing import Any, Callable

from ems.errors import ErrorCategory, ErrorRecord
from ems.runtime.exceptions import PSRuntimeException

STREAM_NAMES = ("error", "warning", "verbose", "debug", "information")


class WarningRecord:
    """A warning, verbose or debug message as an object (what `3>&1` puts in the output)."""

    PS_PROPERTIES = ("Message", "InvocationInfo")

    def __init__(self, message: str, kind: str = "Warning"):
        self.Message = message
        self.InvocationInfo = None
        self.kind = kind
        self.PS_TYPE_NAMES = (f"System.Management.Automation.{kind}Record",
                              "System.Management.Automation.InformationalRecord", "System.Object")

    def ps_to_string(self) -> str:
        return self.Message

    def __str__(self) -> str:
        return self.Message


class InformationRecord:
    PS_TYPE_NAMES = ("System.Management.Automation.InformationRecord", "System.Object")
    PS_PROPERTIES = ("MessageData", "Source", "TimeGenerated", "Tags", "User", "Computer")

    def __init__(self, data: Any, source: str = "", tags: tuple = ()):
        self.MessageData = data
        self.Source = source
        self.TimeGenerated = None
        self.Tags = list(tags)
        self.User = "CONTOSO\\Administrator"
        self.Computer = "EX01"

    def ps_to_string(self) -> str:
        return "" if self.MessageData is None else str(self.MessageData)

    def __str__(self) -> str:
        from ems.runtime.conversion import to_string
        return to_string(self.MessageData)


def record_of(error: Any, extent: Any = None, command_name: str | None = None) -> ErrorRecord:
    """An ErrorRecord for an error record, a runtime exception, or any other exception."""
    if isinstance(error, ErrorRecord):
        if error.extent is None and extent is not None:
            error.extent = extent
        return error
    if isinstance(error, PSRuntimeException):
        rec = error.to_error_record(extent, command_name)
        if rec.extent is None and extent is not None:
            rec.extent = extent
        return rec
    return ErrorRecord(message=str(error), category=ErrorCategory.NotSpecified,
                       fully_qualified_error_id=type(error).__name__, exception_type=type(error).__name__,
                       extent=extent, exception=error)


class Streams:
    """The current sinks. ``None`` means "to the host"; a callable receives the record
    (error) or text (the others); ``False`` discards."""

    __slots__ = ("ctx", "error", "warning", "verbose", "debug", "information", "host_sink")

    def __init__(self, ctx: Any, error: Any = None, warning: Any = None, verbose: Any = None,
                 debug: Any = None, information: Any = None, host_sink: Any = None):
        self.ctx = ctx
        self.error = error
        self.warning = warning
        self.verbose = verbose
        self.debug = debug
        self.information = information
        self.host_sink = host_sink

    @classmethod
    def default(cls, ctx: Any) -> "Streams":
        return cls(ctx)

    def derive(self, **overrides: Any) -> "Streams":
        s = Streams(self.ctx, self.error, self.warning, self.verbose, self.debug, self.information,
                    self.host_sink)
        for k, v in overrides.items():
            setattr(s, k, v)
        return s

    # -- writers ---------------------------------------------------------------------------
    def write_error(self, record: ErrorRecord, add_to_error_list: bool = True) -> None:
        if add_to_error_list:
            self.ctx.add_to_error_list(record)
        sink = self.error
        if sink is None:
            self.ctx.host.write_error_record(record)
        elif sink is not False:
            sink(record)

    def write_warning(self, text: str) -> None:
        sink = self.warning
        if sink is None:
            self.ctx.host.write_warning(text)
        elif sink is not False:
            sink(WarningRecord(text, "Warning"))

    def write_verbose(self, text: str) -> None:
        sink = self.verbose
        if sink is None:
            self.ctx.host.write_verbose(text)
        elif sink is not False:
            sink(WarningRecord(text, "Verbose"))

    def write_debug(self, text: str) -> None:
        sink = self.debug
        if sink is None:
            self.ctx.host.write_debug(text)
        elif sink is not False:
            sink(WarningRecord(text, "Debug"))

    def write_information(self, obj: Any, show: bool = True) -> None:
        sink = self.information
        if sink is None:
            if show:
                self.ctx.host.write_information(obj)
        elif sink is not False:
            sink(obj if isinstance(obj, InformationRecord) else InformationRecord(obj))

    def write_host(self, text: str, fg: str | None = None, bg: str | None = None, newline: bool = True) -> None:
        """Write-Host: to the console, unless the information stream (6) is redirected."""
        sink = self.information
        if sink is None:
            self.ctx.host.write_host(text, fg, bg, newline)
        elif sink is not False:
            sink(InformationRecord(text, tags=("PSHOST",)))


SinkFn = Callable[[Any], None]


# ------------------------------------------------------------------ ErrorRecord as scripts see it


class CategoryInfo:
    PS_TYPE_NAMES = ("System.Management.Automation.ErrorCategoryInfo", "System.Object")
    PS_PROPERTIES = ("Category", "Activity", "Reason", "TargetName", "TargetType")

    def __init__(self, record: ErrorRecord):
        self._record = record
        self.Category = record.category.name
        self.Activity = record.activity
        self.Reason = record.reason
        self.TargetName = record.category_target or ""
        self.TargetType = record.category_target_type or ""

    def GetMessage(self) -> str:
        return self._record.category_info()

    def ps_to_string(self) -> str:
        return self._record.category_info()


def _record_exception(self: ErrorRecord) -> Any:
    ex = self.exception
    if isinstance(ex, BaseException):
        return ex
    from ems.runtime.exceptions import exception_class_for
    et = self.exception_type or "RuntimeException"
    if "." not in et:
        from ems.runtime.commandruntime import _full_exception_name
        et = _full_exception_name(et)
    ex = exception_class_for(et)(self.message, self.fully_qualified_error_id, self.category,
                                 target=self.target_object)
    ex.error_record = self
    self.exception = ex
    return ex


def _record_invocation(self: ErrorRecord) -> Any:
    inv = self.__dict__.get("invocation_info")
    if inv is not None:
        return inv
    from ems.runtime.commandruntime import InvocationInfo
    return InvocationInfo(None, self.extent, self.command_name or "")


ErrorRecord.PS_TYPE_NAMES = ("System.Management.Automation.ErrorRecord", "System.Object")
ErrorRecord.PS_PROPERTIES = ("Exception", "TargetObject", "CategoryInfo", "FullyQualifiedErrorId", "ErrorDetails",
                             "InvocationInfo", "ScriptStackTrace", "PipelineIterationInfo")
ErrorRecord.Exception = property(_record_exception)
ErrorRecord.TargetObject = property(lambda self: self.target_object)
ErrorRecord.CategoryInfo = property(lambda self: CategoryInfo(self))
ErrorRecord.FullyQualifiedErrorId = property(lambda self: self.fully_qualified_error_id)
ErrorRecord.ErrorDetails = property(lambda self: None)
ErrorRecord.InvocationInfo = property(_record_invocation)
ErrorRecord.ScriptStackTrace = property(lambda self: "at <ScriptBlock>, <No file>: line 1")
ErrorRecord.PipelineIterationInfo = property(lambda self: [])
ErrorRecord.ps_to_string = lambda self: self.message
