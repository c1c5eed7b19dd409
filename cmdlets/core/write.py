"""The Write-* cmdlets: Write-Output, Write-Host, Write-Warning, Write-Error, Write-Verbose,
Write-Debug, Write-Information, Write-Progress."""
from __future__ import annotations

from typing import Any

from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter
from ems.runtime.psobject import base_object

from cmdlets.core.object import OBJ, STR, INT, RemainingParameter, is_enumerable, enumerate_value, to_str

CONSOLE_COLORS = ("Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta",
                  "DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta",
                  "Yellow", "White")
CONSOLE_COLOR = "System.ConsoleColor"
ERROR_CATEGORIES = (
    "NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument",
    "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError",
    "NotImplemented", "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout",
    "SyntaxError", "ParserError", "PermissionDenied", "ResourceBusy", "ResourceExists",
    "ResourceUnavailable", "ReadError", "WriteError", "FromStdErr", "SecurityError",
    "ProtocolError", "ConnectionError", "AuthenticationError", "LimitsExceeded",
    "QuotaExceeded", "NotEnabled")


class WriteOutput(Cmdlet):
    name = "Write-Output"
    aliases = ("echo", "write")
    parameters = (
        RemainingParameter("InputObject", "System.Management.Automation.PSObject[]", position=0,
                           mandatory=True, pipeline=True),
        Parameter("NoEnumerate", SWITCH),
    )
    synopsis = "Sends the specified objects to the next command in the pipeline."
    description = (
        "Write-Output sends objects down the pipeline (to the console when it is the last "
        "command). A collection is sent one item at a time unless -NoEnumerate is given.")
    examples = (
        ('Write-Output "Databases mounted"', "Outputs a string."),
        ("Write-Output 1,2,3 -NoEnumerate | Measure-Object", "Sends the array as one object: Count is 1."),
    )

    def process(self) -> None:
        value = self.InputObject
        if (isinstance(value, list) and len(value) == 1 and isinstance(value[0], list)
                and "InputObject" in self.bound_parameters):
            value = value[0]  # one positional argument gathered as the remaining arguments
        if self.NoEnumerate:
            self.write_object(value)
        else:
            self.write_object(value, enumerate_collection=True)


def host_text(objects: Any, separator: Any = " ") -> str:
    """The text Write-Host prints: each object (collections flattened) as a string, joined
    with the separator."""
    sep = " " if separator is None else to_str(separator)
    parts: list[str] = []

    def add(value: Any) -> None:
        raw = base_object(value)
        if isinstance(raw, str):
            parts.append(raw)
        elif is_enumerable(raw):
            for item in enumerate_value(raw):
                add(item)
        else:
            parts.append("" if raw is None else to_str(raw))

    if isinstance(objects, (list, tuple)):
        for o in objects:
            add(o)
    elif objects is not None:
        add(objects)
    return sep.join(parts)


class WriteHost(Cmdlet):
    name = "Write-Host"
    parameters = (
        RemainingParameter("Object", "System.Object", position=0, pipeline=True),
        Parameter("NoNewline", SWITCH),
        Parameter("Separator", "System.Object"),
        Parameter("ForegroundColor", CONSOLE_COLOR, enum_values=CONSOLE_COLORS),
        Parameter("BackgroundColor", CONSOLE_COLOR, enum_values=CONSOLE_COLORS),
    )
    synopsis = "Writes customized output to a host."
    description = (
        "Write-Host writes text straight to the console, not to the pipeline. Several objects, "
        "and the items of collections, are joined with spaces (or with -Separator). "
        "-ForegroundColor and -BackgroundColor colour the text in the interactive shell; "
        "-NoNewline leaves the cursor on the same line.")
    examples = (
        ('Write-Host "Moving databases..." -ForegroundColor Yellow', "A yellow progress note."),
        ("Write-Host (1,2,3) -Separator ', '", "Prints 1, 2, 3."),
    )

    def process(self) -> None:
        text = host_text(self.Object, self.Separator if self.is_bound("Separator") else " ")
        fg = self.ForegroundColor if self.is_bound("ForegroundColor") else None
        bg = self.BackgroundColor if self.is_bound("BackgroundColor") else None
        self.runtime.write_host(text, foreground=None if fg is None else str(fg),
                                background=None if bg is None else str(bg),
                                newline=not self.NoNewline)


class WriteWarning(Cmdlet):
    name = "Write-Warning"
    parameters = (Parameter("Message", STR, position=0, mandatory=True, pipeline=True, aliases=("Msg",)),)
    synopsis = "Writes a warning message."
    description = ("Write-Warning writes a message to the warning stream; the console shows it "
                   "as `WARNING: <message>`. $WarningPreference and -WarningAction decide "
                   "whether it is shown.")
    examples = (('Write-Warning "The database copy is suspended."', "Prints WARNING: The database copy is suspended."),)

    def process(self) -> None:
        self.write_warning("" if self.Message is None else to_str(self.Message))


class WriteVerbose(Cmdlet):
    name = "Write-Verbose"
    parameters = (Parameter("Message", STR, position=0, mandatory=True, pipeline=True, aliases=("Msg",)),)
    synopsis = "Writes text to the verbose message stream."
    description = ("Write-Verbose writes a message to the verbose stream, shown as `VERBOSE: "
                   "<message>` when -Verbose is given or $VerbosePreference is Continue.")
    examples = (('Write-Verbose "Checking replication health" -Verbose', "Prints VERBOSE: Checking replication health."),)

    def process(self) -> None:
        self.write_verbose("" if self.Message is None else to_str(self.Message))


class WriteDebug(Cmdlet):
    name = "Write-Debug"
    parameters = (Parameter("Message", STR, position=0, mandatory=True, pipeline=True, aliases=("Msg",)),)
    synopsis = "Writes a debug message to the console."
    description = ("Write-Debug writes a message to the debug stream, shown as `DEBUG: <message>` "
                   "when -Debug is given or $DebugPreference is Continue.")
    examples = (('Write-Debug "Value of x: $x"', "Shows the message when debugging is on."),)

    def process(self) -> None:
        self.write_debug("" if self.Message is None else to_str(self.Message))


class WriteInformation(Cmdlet):
    name = "Write-Information"
    parameters = (
        Parameter("MessageData", "System.Object", position=0, mandatory=True, aliases=("Msg",)),
        Parameter("Tags", "System.String[]", position=1),
    )
    synopsis = "Specifies how Windows PowerShell handles information stream data for a command."
    description = ("Write-Information writes an object to the information stream. It is shown "
                   "when $InformationPreference (or -InformationAction) is Continue.")
    examples = (('Write-Information "Done" -InformationAction Continue', "Prints Done."),)

    def process(self) -> None:
        self.write_information(self.MessageData)


class WriteError(Cmdlet):
    name = "Write-Error"
    parameters = (
        Parameter("Exception", "System.Exception", mandatory=True, sets=("WithException",)),
        Parameter("Message", STR, position=0, mandatory=True, pipeline=True, aliases=("Msg",),
                  sets=("NoException", "WithException")),
        Parameter("ErrorRecord", "System.Management.Automation.ErrorRecord", mandatory=True,
                  sets=("ErrorRecord",)),
        Parameter("Category", "System.Management.Automation.ErrorCategory",
                  enum_values=ERROR_CATEGORIES, sets=("NoException", "WithException")),
        Parameter("ErrorId", STR, sets=("NoException", "WithException")),
        Parameter("TargetObject", "System.Object", sets=("NoException", "WithException")),
        Parameter("RecommendedAction", STR),
        Parameter("CategoryActivity", STR, aliases=("Activity",)),
        Parameter("CategoryReason", STR, aliases=("Reason",)),
        Parameter("CategoryTargetName", STR, aliases=("TargetName",)),
        Parameter("CategoryTargetType", STR, aliases=("TargetType",)),
    )
    default_parameter_set = "NoException"
    synopsis = "Writes an object to the error stream."
    description = (
        "Write-Error writes a non-terminating error: the script goes on, the error is shown "
        "and added to $Error. -ErrorAction Stop (or $ErrorActionPreference = 'Stop') makes it "
        "terminating so try/catch can catch it. -Category, -ErrorId and -TargetObject fill "
        "the error record's CategoryInfo, FullyQualifiedErrorId and TargetObject.")
    examples = (
        ('Write-Error "Database DB01 is not mounted."', "Writes a non-terminating error."),
        ('Write-Error -Message "No server" -Category ObjectNotFound -ErrorId NoServer',
         "An error with its own category and error id."),
    )

    def process(self) -> None:
        if self.parameter_set_name == "ErrorRecord" and self.ErrorRecord is not None:
            write_record = getattr(self.runtime, "write_error_record", None)
            if write_record is not None:
                write_record(self.ErrorRecord)
                return
            record = self.ErrorRecord
            self.write_error(str(getattr(record, "message", record)),
                             getattr(getattr(record, "category", None), "name", "NotSpecified"),
                             getattr(record, "fully_qualified_error_id", ""),
                             getattr(record, "target_object", None))
            return
        message = self.Message
        exception_type = "WriteErrorException"
        if self.Exception is not None:
            exc = self.Exception
            if message is None:
                message = getattr(exc, "message", None) or str(exc)
            exception_type = getattr(exc, "short_type_name", None) or type(exc).__name__
        category = str(self.Category) if self.Category is not None else "NotSpecified"
        error_id = self.ErrorId or "Microsoft.PowerShell.Commands.WriteErrorException"
        rt = self.runtime
        record = rt.make_error_record("" if message is None else to_str(message), category, error_id,
                                      self.TargetObject, exception_type)
        # -CategoryActivity/-CategoryReason/-CategoryTargetName/-CategoryTargetType fill CategoryInfo
        if self.CategoryActivity:
            record.category_activity = to_str(self.CategoryActivity)
        if self.CategoryReason:
            record.category_reason = to_str(self.CategoryReason)
        if self.CategoryTargetName:
            record.category_target = to_str(self.CategoryTargetName)
        if self.CategoryTargetType:
            record.category_target_type = to_str(self.CategoryTargetType)
        if self.RecommendedAction:
            record.recommended_action = to_str(self.RecommendedAction)
        rt.write_error_record(record)


class ProgressRecord:
    """System.Management.Automation.ProgressRecord, as Write-Progress sends it to the host."""

    PS_TYPE_NAMES = ("System.Management.Automation.ProgressRecord", "System.Object")
    PS_PROPERTIES = ("ActivityId", "ParentActivityId", "Activity", "StatusDescription",
                     "CurrentOperation", "PercentComplete", "SecondsRemaining", "RecordType")

    def __init__(self, activity_id: int, activity: str, status: str) -> None:
        self.ActivityId = activity_id
        self.ParentActivityId = -1
        self.Activity = activity
        self.StatusDescription = status
        self.CurrentOperation: str | None = None
        self.PercentComplete = -1
        self.SecondsRemaining = -1
        self.RecordType = "Processing"  # or "Completed"

    def ps_to_string(self) -> str:
        text = f"parent = {self.ParentActivityId} id = {self.ActivityId} act = {self.Activity} " \
               f"stat = {self.StatusDescription} cur = {self.CurrentOperation or ''} " \
               f"pct = {self.PercentComplete} sec = {self.SecondsRemaining} type = {self.RecordType}"
        return text


class WriteProgress(Cmdlet):
    name = "Write-Progress"
    parameters = (
        Parameter("Activity", STR, position=0, mandatory=True),
        Parameter("Status", STR, position=1, validate_not_null_or_empty=True),
        Parameter("Id", INT, position=2, validate_range=(0, 2147483647)),
        Parameter("PercentComplete", INT, validate_range=(-1, 100)),
        Parameter("SecondsRemaining", INT),
        Parameter("CurrentOperation", STR),
        Parameter("ParentId", INT, validate_range=(-1, 2147483647)),
        Parameter("Completed", SWITCH),
        Parameter("SourceId", INT),
    )
    synopsis = "Displays a progress bar within a PowerShell command window."
    description = (
        "Write-Progress reports the progress of a long operation: the interactive shell shows "
        "a progress bar with the activity, status, percentage and current operation; -Completed "
        "removes it. Progress never appears in redirected or captured output.")
    examples = (
        ('for ($i = 1; $i -le 10; $i++) { Write-Progress -Activity "Moving mailboxes" -Status "$i of 10" -PercentComplete ($i * 10) }',
         "A progress bar that fills up in ten steps."),
        ('Write-Progress -Activity "Moving mailboxes" -Completed', "Removes the progress bar."),
    )

    def process(self) -> None:
        status = self.Status if self.Status is not None else "Processing"
        record = ProgressRecord(self.Id or 0, to_str(self.Activity), to_str(status))
        if self.ParentId is not None:
            record.ParentActivityId = self.ParentId
        if self.PercentComplete is not None:
            record.PercentComplete = self.PercentComplete
        if self.SecondsRemaining is not None:
            record.SecondsRemaining = self.SecondsRemaining
        record.CurrentOperation = self.CurrentOperation
        if self.Completed:
            record.RecordType = "Completed"
        self.write_progress(record)
