"""A few .NET enums the shims return."""
from __future__ import annotations

from ems.runtime.dotnet.types import PSEnum, PSFlags, register_enum_class


class DayOfWeek(PSEnum):
    Sunday = 0
    Monday = 1
    Tuesday = 2
    Wednesday = 3
    Thursday = 4
    Friday = 5
    Saturday = 6


register_enum_class(DayOfWeek, "System.DayOfWeek", "DayOfWeek")


class DateTimeKind(PSEnum):
    Unspecified = 0
    Utc = 1
    Local = 2


register_enum_class(DateTimeKind, "System.DateTimeKind")


# enums with a member named "None" use the functional API
StringSplitOptions = PSEnum("StringSplitOptions", [("None", 0), ("RemoveEmptyEntries", 1)])
register_enum_class(StringSplitOptions, "System.StringSplitOptions")

MidpointRounding = PSEnum("MidpointRounding", [("ToEven", 0), ("AwayFromZero", 1)])
register_enum_class(MidpointRounding, "System.MidpointRounding")

ConsoleColor = PSEnum("ConsoleColor", [(n, i) for i, n in enumerate(
    ["Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
     "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"])])
register_enum_class(ConsoleColor, "System.ConsoleColor")

ActionPreference = PSEnum("ActionPreference", [("SilentlyContinue", 0), ("Stop", 1), ("Continue", 2),
                                               ("Inquire", 3), ("Ignore", 4), ("Suspend", 5)])
register_enum_class(ActionPreference, "System.Management.Automation.ActionPreference")

ErrorCategory = PSEnum("ErrorCategory", [(n, i) for i, n in enumerate([
    "NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument",
    "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError", "NotImplemented",
    "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError", "ParserError",
    "PermissionDenied", "ResourceBusy", "ResourceExists", "ResourceUnavailable", "ReadError", "WriteError",
    "FromStdErr", "SecurityError", "ProtocolError", "ConnectionError", "AuthenticationError",
    "LimitsExceeded", "QuotaExceeded", "NotEnabled"])])
register_enum_class(ErrorCategory, "System.Management.Automation.ErrorCategory")

StringComparison = PSEnum("StringComparison", [
    ("CurrentCulture", 0), ("CurrentCultureIgnoreCase", 1), ("InvariantCulture", 2),
    ("InvariantCultureIgnoreCase", 3), ("Ordinal", 4), ("OrdinalIgnoreCase", 5)])
register_enum_class(StringComparison, "System.StringComparison")
