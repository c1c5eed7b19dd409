"""Errors in PowerShell's shape: parse errors and error records.

Every failure a user can cause ends up as one of these, never as a Python
traceback. The host renders them (see `ErrorRecord.render`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ems.lang.source import Extent


class ErrorCategory(Enum):
    """System.Management.Automation.ErrorCategory, with the real names and values."""

    NotSpecified = 0
    OpenError = 1
    CloseError = 2
    DeviceError = 3
    DeadlockDetected = 4
    InvalidArgument = 5
    InvalidData = 6
    InvalidOperation = 7
    InvalidResult = 8
    InvalidType = 9
    MetadataError = 10
    NotImplemented = 11
    NotInstalled = 12
    ObjectNotFound = 13
    OperationStopped = 14
    OperationTimeout = 15
    SyntaxError = 16
    ParserError = 17
    PermissionDenied = 18
    ResourceBusy = 19
    ResourceExists = 20
    ResourceUnavailable = 21
    ReadError = 22
    WriteError = 23
    FromStdErr = 24
    SecurityError = 25
    ProtocolError = 26
    ConnectionError = 27
    AuthenticationError = 28
    LimitsExceeded = 29
    QuotaExceeded = 30
    NotEnabled = 31


# ---------------------------------------------------------------- parse errors


@dataclass(frozen=True, slots=True)
class ParseIssue:
    """One parse error: PowerShell's ParseError (message, extent, ErrorId)."""

    extent: Extent
    error_id: str
    message: str
    incomplete: bool = False


class ParseError(Exception):
    """Raised by the parser. `incomplete` is true when more input could complete the text
    (an open brace, a trailing pipe, an unterminated string): the REPL then asks for
    another line instead of reporting the error."""

    def __init__(self, issues: list[ParseIssue]):
        self.issues = issues
        first = issues[0]
        super().__init__(first.message)

    @property
    def incomplete(self) -> bool:
        return any(i.incomplete for i in self.issues)

    @property
    def first(self) -> ParseIssue:
        return self.issues[0]

    def to_error_record(self) -> "ErrorRecord":
        first = self.first
        return ErrorRecord(
            message=first.message,
            category=ErrorCategory.ParserError,
            fully_qualified_error_id=first.error_id,
            exception_type="ParentContainsErrorRecordException",
            extent=first.extent,
            target_object=None,
            category_target=f"{_parse_target(first)}",
            category_target_type="TokenId" if _parse_target(first) else "",
            parse_error=True,
        )


def _parse_target(issue: ParseIssue) -> str:
    return ""


# ---------------------------------------------------------------- error records


@dataclass
class ErrorRecord:
    """System.Management.Automation.ErrorRecord, reduced to what a console shows and
    scripts read: the message, CategoryInfo, FullyQualifiedErrorId, target object and
    the invocation position."""

    message: str
    category: ErrorCategory = ErrorCategory.NotSpecified
    fully_qualified_error_id: str = "RuntimeException"
    exception_type: str = "RuntimeException"
    target_object: Any = None
    extent: Extent | None = None
    command_name: str | None = None  # the "activity" shown as `[Get-Foo]` in CategoryInfo
    category_target: str | None = None  # e.g. "Get-Foo" in (Get-Foo:String)
    category_target_type: str | None = None  # e.g. "String"
    category_reason: str | None = None  # defaults to exception_type
    category_activity: str | None = None  # defaults to the command (Write-Error -CategoryActivity)
    parse_error: bool = False
    recommended_action: str | None = None
    script_stack: list[str] = field(default_factory=list)
    # The Python exception the record stands for, when a script catches it ($_.Exception).
    exception: Any = None
    # Raised by an Exchange cmdlet. EMS 2010 runs those in a remote session, and the console
    # shows their errors without the "Cmdlet : " prefix and without a position.
    remote: bool = False

    @property
    def reason(self) -> str:
        return self.category_reason or self.exception_type

    @property
    def activity(self) -> str:
        """CategoryInfo.Activity: the command, unless set (Write-Error -CategoryActivity)."""
        if self.category_activity is not None:
            return self.category_activity
        return self.command_name or ""

    def category_info(self) -> str:
        """`ObjectNotFound: (Get-Foo:String) [], CommandNotFoundException`."""
        target = self.category_target if self.category_target is not None else ""
        ttype = self.category_target_type if self.category_target_type is not None else ""
        return f"{self.category.name}: ({target}:{ttype}) [{self.activity}], {self.reason}"

    def render(self) -> str:
        """The text the console prints for this record (PowerShell 2.0 layout, as in EMS 2010)."""
        lines: list[str] = []
        show_prefix = self.command_name and not self.parse_error and not self.remote
        prefix = f"{self.command_name} : " if show_prefix else ""
        lines.append(prefix + self.message)
        if self.extent is not None and not self.remote:
            lines.append(self.extent.position_message())
        lines.append(f"    + CategoryInfo          : {self.category_info()}")
        lines.append(f"    + FullyQualifiedErrorId : {self.fully_qualified_error_id}")
        return "\n".join(lines)

    def __str__(self) -> str:  # what "$_" or "$error[0]" expands to in a string
        return self.message
