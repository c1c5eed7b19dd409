"""Runtime exceptions, named like their .NET counterparts, each able to become an ErrorRecord.

Raise these anywhere in the runtime, the .NET shims or a cmdlet; the engine turns them into
error records with the invocation position. ``dotnet_type`` is the exception's .NET full
name, which `catch [System.Management.Automation.RuntimeException]` and `$_.Exception`
see; ``error_id`` is the FullyQualifiedErrorId (without the `,CommandName` suffix).
"""
from __future__ import annotations

from typing import Any

from ems.errors import ErrorCategory, ErrorRecord
from ems.lang.source import Extent

# .NET base classes of each exception, for `catch [Type]` matching (most derived first).
DOTNET_BASES: dict[str, tuple[str, ...]] = {}


class PSRuntimeException(Exception):
    dotnet_type = "System.Management.Automation.RuntimeException"
    default_error_id = "RuntimeException"
    default_category = ErrorCategory.NotSpecified

    def __init__(self, message: str, error_id: str | None = None,
                 category: ErrorCategory | str | None = None, target: Any = None,
                 extent: Extent | None = None, inner: BaseException | None = None,
                 category_target: str | None = None, category_target_type: str | None = None):
        super().__init__(message)
        self.message = message
        self.error_id = error_id or self.default_error_id
        if isinstance(category, str):
            category = ErrorCategory[category]
        self.category = category or self.default_category
        self.target = target
        self.extent = extent
        self.inner = inner
        self.category_target = category_target
        self.category_target_type = category_target_type
        # Set when the exception already carries a complete record (e.g. `throw $errorRecord`).
        self.error_record: ErrorRecord | None = None

    @property
    def short_type_name(self) -> str:
        return self.dotnet_type.rsplit(".", 1)[-1]

    def to_error_record(self, extent: Extent | None = None, command_name: str | None = None) -> ErrorRecord:
        if self.error_record is not None:
            return self.error_record
        record = ErrorRecord(
            message=self.message,
            category=self.category,
            fully_qualified_error_id=self.error_id,
            exception_type=self.short_type_name,
            target_object=self.target,
            extent=self.extent or extent,
            command_name=command_name,
            category_target=self.category_target,
            category_target_type=self.category_target_type,
            exception=self,
        )
        self.error_record = record
        return record


def _exc(name: str, dotnet: str, error_id: str, category: ErrorCategory,
         base: type[PSRuntimeException] = PSRuntimeException) -> type[PSRuntimeException]:
    cls = type(name, (base,), {"dotnet_type": dotnet, "default_error_id": error_id,
                               "default_category": category})
    return cls


RuntimeException = PSRuntimeException
PSInvalidCastException = _exc("PSInvalidCastException", "System.Management.Automation.PSInvalidCastException",
                              "InvalidCastException", ErrorCategory.InvalidArgument)
ArgumentTransformationException = _exc("ArgumentTransformationException",
                                       "System.Management.Automation.ArgumentTransformationMetadataException",
                                       "ArgumentTransformationMetadataException", ErrorCategory.InvalidArgument)
MethodInvocationException = _exc("MethodInvocationException",
                                 "System.Management.Automation.MethodInvocationException",
                                 "MethodNotFound", ErrorCategory.InvalidOperation)
MethodException = _exc("MethodException", "System.Management.Automation.MethodException",
                       "MethodNotFound", ErrorCategory.InvalidOperation)
PropertyNotFoundException = _exc("PropertyNotFoundException",
                                 "System.Management.Automation.PropertyNotFoundException",
                                 "PropertyNotFound", ErrorCategory.InvalidOperation)
SetValueInvocationException = _exc("SetValueInvocationException",
                                   "System.Management.Automation.SetValueInvocationException",
                                   "PropertyAssignmentException", ErrorCategory.InvalidOperation)
CommandNotFoundException = _exc("CommandNotFoundException", "System.Management.Automation.CommandNotFoundException",
                                "CommandNotFoundException", ErrorCategory.ObjectNotFound)
ParameterBindingException = _exc("ParameterBindingException",
                                 "System.Management.Automation.ParameterBindingException",
                                 "ParameterBindingException", ErrorCategory.InvalidArgument)
ItemNotFoundException = _exc("ItemNotFoundException", "System.Management.Automation.ItemNotFoundException",
                             "PathNotFound", ErrorCategory.ObjectNotFound)
ValidationMetadataException = _exc("ValidationMetadataException",
                                   "System.Management.Automation.ValidationMetadataException",
                                   "ValidationMetadataException", ErrorCategory.InvalidData)
ScriptCallDepthException = _exc("ScriptCallDepthException", "System.Management.Automation.ScriptCallDepthException",
                                "CallDepthOverflow", ErrorCategory.InvalidOperation)
PipelineStoppedException = _exc("PipelineStoppedException", "System.Management.Automation.PipelineStoppedException",
                                "PipelineStopped", ErrorCategory.OperationStopped)
ActionPreferenceStopException = _exc("ActionPreferenceStopException",
                                     "System.Management.Automation.ActionPreferenceStopException",
                                     "ActionPreferenceStop", ErrorCategory.OperationStopped)
DivideByZeroException = _exc("DivideByZeroException", "System.DivideByZeroException",
                             "RuntimeException", ErrorCategory.NotSpecified)
ArgumentException = _exc("ArgumentException", "System.ArgumentException",
                         "System.ArgumentException", ErrorCategory.InvalidArgument)
ArgumentOutOfRangeException = _exc("ArgumentOutOfRangeException", "System.ArgumentOutOfRangeException",
                                   "System.ArgumentOutOfRangeException", ErrorCategory.InvalidArgument,
                                   ArgumentException)
FormatException = _exc("FormatException", "System.FormatException", "System.FormatException",
                       ErrorCategory.InvalidOperation)
InvalidOperationException = _exc("InvalidOperationException", "System.InvalidOperationException",
                                 "System.InvalidOperationException", ErrorCategory.InvalidOperation)
IndexOutOfRangeException = _exc("IndexOutOfRangeException", "System.IndexOutOfRangeException",
                                "System.IndexOutOfRangeException", ErrorCategory.InvalidOperation)
OverflowException = _exc("OverflowException", "System.OverflowException", "System.OverflowException",
                         ErrorCategory.InvalidOperation)
NotSupportedException = _exc("NotSupportedException", "System.NotSupportedException",
                             "System.NotSupportedException", ErrorCategory.NotSpecified)
FileNotFoundException = _exc("FileNotFoundException", "System.IO.FileNotFoundException",
                             "FileNotFound", ErrorCategory.ObjectNotFound)


# ---------------------------------------------------------------- engine additions

# Whether an uncaught error ends the whole script (`throw`, -ErrorAction Stop, call depth
# overflow) rather than only the statement it happened in.
PSRuntimeException.script_terminating = False

PSInvalidOperationException = _exc("PSInvalidOperationException",
                                   "System.Management.Automation.PSInvalidOperationException",
                                   "InvalidOperation", ErrorCategory.InvalidOperation)
ApplicationFailedException = _exc("ApplicationFailedException",
                                  "System.Management.Automation.ApplicationFailedException",
                                  "NativeCommandNotAvailable", ErrorCategory.ResourceUnavailable)
ParameterBindingValidationException = _exc("ParameterBindingValidationException",
                                           "System.Management.Automation.ParameterBindingValidationException",
                                           "ParameterArgumentValidationError", ErrorCategory.InvalidData,
                                           ParameterBindingException)
ParameterBindingArgumentTransformationException = _exc(
    "ParameterBindingArgumentTransformationException",
    "System.Management.Automation.ParameterBindingArgumentTransformationException",
    "ParameterArgumentTransformationError", ErrorCategory.InvalidData, ParameterBindingException)
WriteErrorException = _exc("WriteErrorException", "Microsoft.PowerShell.Commands.WriteErrorException",
                           "Microsoft.PowerShell.Commands.WriteErrorException", ErrorCategory.NotSpecified)

DOTNET_BASES.update({
    "System.Management.Automation.ItemNotFoundException": (
        "System.Management.Automation.SessionStateException", "System.Management.Automation.RuntimeException"),
    "System.Management.Automation.SessionStateUnauthorizedAccessException": (
        "System.Management.Automation.SessionStateException", "System.Management.Automation.RuntimeException"),
    "System.Management.Automation.CommandNotFoundException": ("System.Management.Automation.RuntimeException",),
    "System.Management.Automation.ParameterBindingException": ("System.Management.Automation.RuntimeException",),
    "System.Management.Automation.ActionPreferenceStopException": ("System.Management.Automation.RuntimeException",),
    "System.Management.Automation.PSInvalidCastException": (
        "System.InvalidCastException", "System.Management.Automation.RuntimeException"),
    "System.Management.Automation.MethodInvocationException": (
        "System.Management.Automation.MethodException", "System.Management.Automation.RuntimeException"),
    "System.Management.Automation.PSInvalidOperationException": (
        "System.InvalidOperationException", "System.Management.Automation.RuntimeException"),
    "System.DivideByZeroException": ("System.ArithmeticException", "System.SystemException"),
    "System.OverflowException": ("System.ArithmeticException", "System.SystemException"),
    "System.ArgumentOutOfRangeException": ("System.ArgumentException", "System.SystemException"),
    "System.ArgumentException": ("System.SystemException",),
    "System.IO.FileNotFoundException": ("System.IO.IOException", "System.SystemException"),
})


def _exception_message(self: PSRuntimeException) -> str:
    return self.message


def _exception_inner(self: PSRuntimeException) -> Any:
    return self.inner


def _exception_record(self: PSRuntimeException) -> Any:
    return self.to_error_record()


# What scripts see of an exception object ($_.Exception.Message, .InnerException, ...).
PSRuntimeException.PS_PROPERTIES = ("ErrorRecord", "WasThrownFromThrowStatement", "Message", "Data",
                                    "InnerException", "TargetSite", "StackTrace", "HelpLink", "Source",
                                    "HResult")
PSRuntimeException.Message = property(_exception_message)
PSRuntimeException.InnerException = property(_exception_inner)
PSRuntimeException.ErrorRecord = property(_exception_record)
PSRuntimeException.WasThrownFromThrowStatement = property(lambda self: bool(self.script_terminating))
PSRuntimeException.Data = property(lambda self: {})
PSRuntimeException.TargetSite = None
PSRuntimeException.StackTrace = None
PSRuntimeException.HelpLink = None
PSRuntimeException.Source = None
PSRuntimeException.HResult = -2146233087
PSRuntimeException.ps_to_string = lambda self: self.message


def _type_names(klass: type) -> tuple[str, ...]:
    names = [klass.dotnet_type]
    for cls in klass.__mro__:
        t = cls.__dict__.get("dotnet_type")
        if t and t not in names:
            names.append(t)
    for n in list(names):
        for b in DOTNET_BASES.get(n, ()):
            if b not in names:
                names.append(b)
    for b in ("System.SystemException", "System.Exception", "System.Object"):
        if b not in names:
            names.append(b)
    return tuple(names)


def _all_subclasses(cls: type) -> list[type]:
    out = [cls]
    for sub in cls.__subclasses__():
        out.extend(_all_subclasses(sub))
    return out


for _cls in _all_subclasses(PSRuntimeException):
    _cls.PS_TYPE_NAMES = _type_names(_cls)

_original_exc = _exc


def _exc(name: str, dotnet: str, error_id: str, category: ErrorCategory,  # noqa: F811
         base: type[PSRuntimeException] = PSRuntimeException) -> type[PSRuntimeException]:
    cls = _original_exc(name, dotnet, error_id, category, base)
    cls.PS_TYPE_NAMES = _type_names(cls)
    return cls


_CLASS_BY_NAME: dict[str, type[PSRuntimeException]] = {}


def exception_class_for(full_name: str) -> type[PSRuntimeException]:
    """The exception class for a .NET exception type name (an existing one, or a new
    subclass of RuntimeException), so `catch [T]` and `.GetType()` see that type."""
    key = full_name.lower()
    cls = _CLASS_BY_NAME.get(key)
    if cls is not None:
        return cls
    for c in _all_subclasses(PSRuntimeException):
        if c.__dict__.get("dotnet_type", "").lower() == key:
            _CLASS_BY_NAME[key] = c
            return c
    short = full_name.rsplit(".", 1)[-1]
    cls = _exc(short, full_name, short, ErrorCategory.NotSpecified)
    _CLASS_BY_NAME[key] = cls
    return cls


# ParameterBindingException and its kin: which parameter the binding failed on ($_.Exception.ParameterName)
ParameterBindingException.PS_PROPERTIES = PSRuntimeException.PS_PROPERTIES + (
    "ParameterName", "ParameterType", "TypeSpecified", "Line", "Offset", "CommandInvocation")
ParameterBindingException.ParameterName = ""
ParameterBindingException.ParameterType = None
ParameterBindingException.TypeSpecified = None
ParameterBindingException.Line = property(lambda self: self.extent.start_line if self.extent is not None else 0)
ParameterBindingException.Offset = property(lambda self: self.extent.start_column if self.extent is not None else 0)
ParameterBindingException.CommandInvocation = None
