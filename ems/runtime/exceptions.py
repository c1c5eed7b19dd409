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
