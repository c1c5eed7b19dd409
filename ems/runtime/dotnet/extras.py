"""Less central .NET shims admin scripts reach for: [scriptblock]::Create, [Text.Encoding],
[IO.File]/[IO.Directory] (through the session's file system), [Console], [Net.Dns],
[ipaddress], [Diagnostics.Stopwatch] (on the simulated clock), [Threading.Thread]::Sleep,
[Security.Principal.WindowsIdentity]::GetCurrent(). Nothing here touches the host machine.
"""
from __future__ import annotations

import datetime as _dt
import ipaddress as _ip
from typing import Any

from ems import primitives as P
from ems.runtime import conversion as C
from ems.runtime.control import AUTOMATION_NULL as VOID
from ems.runtime.psobject import base_object
from ems.runtime.dotnet.types import DotNetType, register_type, resolve_type
from ems.runtime.dotnet.collections import TypedArray


def _err(msg: str, kind: str = "ArgumentException") -> Exception:
    from ems.runtime.members import DotNetError
    return DotNetError(msg, kind)


def _s(v: Any) -> str:
    return C.to_string(v)


def _reg(full: str, *acc: str, **kw: Any) -> DotNetType:
    t = DotNetType(full, accelerator=kw.pop("accelerator", acc[0] if acc else None), base=kw.pop("base", "System.Object"),
                   **kw)
    return register_type(t, *acc)


def _now(ctx: Any) -> _dt.datetime:
    if ctx is not None and hasattr(ctx, "now"):
        return ctx.now()
    return _dt.datetime(2010, 6, 15, 14, 35)


# ---------------------------------------------------------------- scriptblock


def _sb_create(ctx, text):
    if ctx is None or not hasattr(ctx, "create_scriptblock"):
        raise _err("No session to create a script block in.", "InvalidOperationException")
    try:
        return ctx.create_scriptblock(_s(text))
    except Exception as e:
        from ems.errors import ParseError
        if isinstance(e, ParseError):
            raise _err(str(e), "ParseException") from None
        raise


resolve_type("scriptblock").add_static("Create", method=_sb_create, definition="static scriptblock Create(string script)")


# ---------------------------------------------------------------- encoding


class Encoding:
    PS_TYPE_NAMES = ("System.Text.Encoding", "System.Object")
    PS_PROPERTIES = ("BodyName", "EncodingName", "HeaderName", "WebName", "CodePage")
    PS_METHODS = ("GetBytes", "GetString", "GetByteCount", "GetPreamble")

    def __init__(self, codec: str, web: str, name: str, code_page: int, bom: bytes = b""):
        self._codec = codec
        self.WebName = self.BodyName = self.HeaderName = web
        self.EncodingName = name
        self.CodePage = code_page
        self._bom = bom

    def GetBytes(self, s: Any) -> TypedArray:
        v = base_object(s)
        text = "".join(_s(x) for x in v) if isinstance(v, list) else _s(v)
        data = text.encode(self._codec, errors="replace")
        return TypedArray([P.Byte(b) for b in data], resolve_type("byte"))

    def GetByteCount(self, s: Any) -> int:
        return len(_s(s).encode(self._codec, errors="replace"))

    def GetString(self, data: Any, *rest: Any) -> str:
        raw = bytes(int(x) for x in base_object(data))
        if len(rest) == 2:
            i, n = int(rest[0]), int(rest[1])
            raw = raw[i:i + n]
        return raw.decode(self._codec, errors="replace")

    def GetPreamble(self) -> TypedArray:
        return TypedArray([P.Byte(b) for b in self._bom], resolve_type("byte"))

    def ps_to_string(self) -> str:
        return "System.Text." + {"utf-8": "UTF8Encoding", "us-ascii": "ASCIIEncoding",
                                 "utf-16": "UnicodeEncoding", "utf-32": "UTF32Encoding"}.get(
            self.WebName, "SBCSCodePageEncoding")


_ENC = _reg("System.Text.Encoding", check=lambda v: isinstance(v, Encoding))
for _name, _enc in (("UTF8", Encoding("utf-8", "utf-8", "Unicode (UTF-8)", 65001, b"\xef\xbb\xbf")),
                    ("ASCII", Encoding("ascii", "us-ascii", "US-ASCII", 20127)),
                    ("Unicode", Encoding("utf-16-le", "utf-16", "Unicode", 1200, b"\xff\xfe")),
                    ("BigEndianUnicode", Encoding("utf-16-be", "utf-16BE", "Unicode (Big-Endian)", 1201,
                                                  b"\xfe\xff")),
                    ("UTF32", Encoding("utf-32-le", "utf-32", "Unicode (UTF-32)", 12000, b"\xff\xfe\x00\x00")),
                    ("Default", Encoding("cp1252", "Windows-1252", "Western European (Windows)", 1252))):
    _ENC.add_static(_name, _enc)
_ENC.add_static("GetEncoding", method=lambda ctx, name: _get_encoding(name),
                definition="static System.Text.Encoding GetEncoding(string name)")


def _get_encoding(name: Any) -> Encoding:
    n = _s(name).lower().replace("-", "")
    for key in ("UTF8", "ASCII", "Unicode", "UTF32", "Default"):
        e = _ENC.get_static(key).value
        if n in (key.lower(), e.WebName.replace("-", ""), str(e.CodePage)):
            return e
    if n in ("usascii", "20127"):
        return _ENC.get_static("ASCII").value
    if n in ("utf16", "1200"):
        return _ENC.get_static("Unicode").value
    raise _err(f"'{_s(name)}' is not a supported encoding name. For information on defining a custom encoding, "
               "see the documentation for the Encoding.RegisterProvider method.\nParameter name: name")


# ---------------------------------------------------------------- files


def _fs(ctx: Any) -> Any:
    fs = getattr(ctx, "fs", None)
    if fs is None:
        raise _err("No file system in this session.", "InvalidOperationException")
    return fs


def _fs_call(fn):
    import functools

    @functools.wraps(fn)  # keeps fn's signature visible, so a wrong argument count is an overload error
    def g(ctx, *args):
        try:
            return fn(ctx, *args)
        except Exception as e:
            from ems.runtime.members import DotNetError
            if isinstance(e, DotNetError):
                raise
            msg = getattr(e, "message", None)
            if msg is None:
                raise
            kind = getattr(e, "exception_type", "System.IO.IOException").rsplit(".", 1)[-1]
            if kind == "ItemNotFoundException":
                kind = "FileNotFoundException"
                target = getattr(e, "target", None) or (args[0] if args else "")
                msg = f"Could not find file '{target}'."
            raise _err(msg, kind) from None
    return g


def _file_exists(ctx, p):
    if p is None or _s(p) == "":
        return False
    try:
        fs = _fs(ctx)
        path = fs.resolve(_s(p))
        return fs.is_file(path)
    except Exception:
        return False


def _dir_exists(ctx, p):
    if p is None or _s(p) == "":
        return False
    try:
        fs = _fs(ctx)
        return fs.is_dir(fs.resolve(_s(p)))
    except Exception:
        return False


def _read_all_text(ctx, p, *enc):
    fs = _fs(ctx)
    return fs.read_text(fs.resolve(_s(p)))


def _read_all_lines(ctx, p, *enc):
    fs = _fs(ctx)
    return TypedArray(fs.read_lines(_s(p)), resolve_type("string"))


def _write_all_text(ctx, p, text, *enc):
    fs = _fs(ctx)
    fs.write_text(fs.resolve(_s(p)), "" if text is None else _s(text), "utf8NoBOM")
    return VOID


def _append_all_text(ctx, p, text, *enc):
    fs = _fs(ctx)
    fs.write_text(fs.resolve(_s(p)), "" if text is None else _s(text), "utf8NoBOM", append=True)
    return VOID


def _write_all_lines(ctx, p, lines, *enc):
    fs = _fs(ctx)
    items = base_object(lines)
    items = items if isinstance(items, list) else [items]
    fs.write_text(fs.resolve(_s(p)), "".join(_s(x) + "\r\n" for x in items), "utf8NoBOM")
    return VOID


def _delete_file(ctx, p):
    fs = _fs(ctx)
    path = fs.resolve(_s(p))
    if fs.exists(path):
        fs.remove(path)
    return VOID


def _create_dir(ctx, p):
    fs = _fs(ctx)
    path = fs.resolve(_s(p))
    fs.make_directory(path, parents=True)
    return fs.item(path)


_FILE = _reg("System.IO.File", check=lambda v: False)
for _n, _f, _d in (("Exists", _file_exists, "static bool Exists(string path)"),
                   ("ReadAllText", _fs_call(_read_all_text), "static string ReadAllText(string path)"),
                   ("ReadAllLines", _fs_call(_read_all_lines), "static string[] ReadAllLines(string path)"),
                   ("WriteAllText", _fs_call(_write_all_text), "static void WriteAllText(string path, string contents)"),
                   ("AppendAllText", _fs_call(_append_all_text),
                    "static void AppendAllText(string path, string contents)"),
                   ("WriteAllLines", _fs_call(_write_all_lines),
                    "static void WriteAllLines(string path, string[] contents)"),
                   ("Delete", _fs_call(_delete_file), "static void Delete(string path)")):
    _FILE.add_static(_n, method=_f, definition=_d)
_DIR = _reg("System.IO.Directory", check=lambda v: False)
_DIR.add_static("Exists", method=_dir_exists, definition="static bool Exists(string path)")
_DIR.add_static("CreateDirectory", method=_fs_call(_create_dir),
                definition="static System.IO.DirectoryInfo CreateDirectory(string path)")
_DIR.add_static("GetCurrentDirectory", method=lambda ctx: getattr(ctx, "location", "C:\\Windows\\system32"),
                definition="static string GetCurrentDirectory()")

# ---------------------------------------------------------------- console, thread


def _console_write(newline: bool):
    def f(ctx, *args):
        host = getattr(ctx, "host", None)
        if args:
            first = base_object(args[0])
            if len(args) > 1:
                from ems.runtime import composite_format as F
                text = F.format(_s(first), list(args[1:]), ctx)
            else:
                text = F_str(first)
        else:
            text = ""
        if host is not None and hasattr(host, "write_host"):
            host.write_host(text, newline=newline)
        return VOID
    return f


def F_str(v: Any) -> str:
    from ems.runtime import composite_format as F
    return F.to_current_culture_string(v)


_CON = _reg("System.Console", check=lambda v: False)
_CON.add_static("WriteLine", method=_console_write(True), definition="static void WriteLine(string value)")
_CON.add_static("Write", method=_console_write(False), definition="static void Write(string value)")
_CON.add_static("ForegroundColor", getter=lambda ctx: __import__("ems.runtime.dotnet.enums",
                                                                  fromlist=["ConsoleColor"]).ConsoleColor.Gray)
_CON.add_static("BackgroundColor", getter=lambda ctx: __import__("ems.runtime.dotnet.enums",
                                                                  fromlist=["ConsoleColor"]).ConsoleColor.Black)
_CON.add_static("WindowWidth", getter=lambda ctx: getattr(getattr(ctx, "host", None), "ui_width", 120))
_CON.add_static("Title", "Machine: EX01")
_CON.add_static("ResetColor", method=lambda ctx: VOID, definition="static void ResetColor()")
_CON.add_static("Beep", method=lambda ctx, *a: VOID, definition="static void Beep()")

_THREAD = _reg("System.Threading.Thread", check=lambda v: False)
# The emulator never blocks: Sleep returns at once (Start-Sleep is where waits advance the simulated clock).
_THREAD.add_static("Sleep", method=lambda ctx, ms: VOID, definition="static void Sleep(int millisecondsTimeout)")

# ---------------------------------------------------------------- stopwatch


class Stopwatch:
    PS_TYPE_NAMES = ("System.Diagnostics.Stopwatch", "System.Object")
    PS_PROPERTIES = ("IsRunning", "Elapsed", "ElapsedMilliseconds", "ElapsedTicks")
    PS_METHODS = ("Start", "Stop", "Reset", "Restart")

    def __init__(self, ctx: Any):
        self._ctx = ctx
        self._acc = _dt.timedelta(0)
        self._started: _dt.datetime | None = None

    @property
    def IsRunning(self) -> bool:
        return self._started is not None

    @property
    def Elapsed(self) -> _dt.timedelta:
        e = self._acc
        if self._started is not None:
            e += _now(self._ctx) - self._started
        return e

    @property
    def ElapsedMilliseconds(self) -> int:
        return P.Int64(int(self.Elapsed.total_seconds() * 1000))

    @property
    def ElapsedTicks(self) -> int:
        return P.Int64(C.timespan_ticks(self.Elapsed))

    def Start(self) -> Any:
        if self._started is None:
            self._started = _now(self._ctx)
        return VOID

    def Stop(self) -> Any:
        if self._started is not None:
            self._acc += _now(self._ctx) - self._started
            self._started = None
        return VOID

    def Reset(self) -> Any:
        self._acc = _dt.timedelta(0)
        self._started = None
        return VOID

    def Restart(self) -> Any:
        self.Reset()
        return self.Start()

    def ps_to_string(self) -> str:
        return "System.Diagnostics.Stopwatch"


def _start_new(ctx):
    sw = Stopwatch(ctx)
    sw.Start()
    return sw


_SW = _reg("System.Diagnostics.Stopwatch", check=lambda v: isinstance(v, Stopwatch), new=lambda a, c: Stopwatch(c))
_SW.add_static("StartNew", method=_start_new, definition="static System.Diagnostics.Stopwatch StartNew()")
_SW.add_static("Frequency", P.Int64(10_000_000))
_SW.add_static("IsHighResolution", True)

# ---------------------------------------------------------------- network and identity


class IPAddress:
    PS_TYPE_NAMES = ("System.Net.IPAddress", "System.Object")
    PS_PROPERTIES = ("Address", "AddressFamily", "ScopeId", "IsIPv6Multicast", "IsIPv6LinkLocal",
                     "IsIPv6SiteLocal", "IsIPv6Teredo", "IsIPv4MappedToIPv6", "IPAddressToString")
    PS_METHODS = ("GetAddressBytes",)

    def __init__(self, addr: Any):
        self._a = addr

    @property
    def Address(self) -> Any:
        if self._a.version == 4:
            return P.Int64(int.from_bytes(self._a.packed, "little"))
        return None

    @property
    def AddressFamily(self) -> str:
        return "InterNetwork" if self._a.version == 4 else "InterNetworkV6"

    ScopeId = None
    IsIPv6Multicast = False
    IsIPv6LinkLocal = False
    IsIPv6SiteLocal = False
    IsIPv6Teredo = False
    IsIPv4MappedToIPv6 = False

    @property
    def IPAddressToString(self) -> str:
        return str(self._a)

    def GetAddressBytes(self) -> TypedArray:
        return TypedArray([P.Byte(b) for b in self._a.packed], resolve_type("byte"))

    def ps_to_string(self) -> str:
        return str(self._a)

    __str__ = ps_to_string

    def ps_equals(self, other: Any) -> bool:
        o = base_object(other)
        if isinstance(o, IPAddress):
            return o._a == self._a
        return _s(o) == str(self._a)

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, IPAddress) and other._a == self._a

    def __hash__(self) -> int:
        return hash(self._a)


def _ip_parse(ctx, s):
    try:
        return IPAddress(_ip.ip_address(_s(s).strip()))
    except ValueError:
        raise _err("An invalid IP address was specified.", "FormatException") from None


def _ip_convert(v: Any, ctx: Any) -> Any:
    bv = base_object(v)
    if isinstance(bv, IPAddress) or bv is None:
        return bv
    from ems.runtime.conversion import _ConvertFail
    try:
        return IPAddress(_ip.ip_address(_s(bv).strip()))
    except ValueError:
        raise _ConvertFail("An invalid IP address was specified.") from None


_IP = _reg("System.Net.IPAddress", "ipaddress", check=lambda v: isinstance(v, IPAddress), convert=_ip_convert)
_IP.add_static("Parse", method=_ip_parse, definition="static ipaddress Parse(string ipString)")
_IP.add_static("Any", IPAddress(_ip.ip_address("0.0.0.0")))
_IP.add_static("Loopback", IPAddress(_ip.ip_address("127.0.0.1")))
_IP.add_static("Broadcast", IPAddress(_ip.ip_address("255.255.255.255")))
_IP.add_static("IPv6Loopback", IPAddress(_ip.ip_address("::1")))


def _try_ip(ctx, s, ref=None):
    try:
        v = IPAddress(_ip.ip_address(_s(s).strip()))
    except ValueError:
        return False
    if ref is not None and hasattr(ref, "Value"):
        ref.Value = v
    return True


_IP.add_static("TryParse", method=_try_ip, definition="static bool TryParse(string ipString, [ref] ipaddress address)")


def _machine(ctx: Any) -> str:
    env = getattr(ctx, "env", None) or {}
    for k, v in env.items():
        if k.lower() == "computername":
            return v
    return "EX01"


def _domain(ctx: Any) -> str:
    env = getattr(ctx, "env", None) or {}
    for k, v in env.items():
        if k.lower() == "userdnsdomain":
            return v.lower()
    return "contoso.com"


class IPHostEntry:
    PS_TYPE_NAMES = ("System.Net.IPHostEntry", "System.Object")
    PS_PROPERTIES = ("HostName", "Aliases", "AddressList")

    def __init__(self, name: str):
        self.HostName = name
        self.Aliases = TypedArray([], resolve_type("string"))
        self.AddressList = [IPAddress(_ip.ip_address("10.0.0.10"))]

    def ps_to_string(self) -> str:
        return "System.Net.IPHostEntry"


_DNS = _reg("System.Net.Dns", check=lambda v: False)
_DNS.add_static("GetHostName", method=lambda ctx: _machine(ctx), definition="static string GetHostName()")
_DNS.add_static("GetHostEntry", method=lambda ctx, name: IPHostEntry(
    (_s(name) if "." in _s(name) else f"{_s(name)}.{_domain(ctx)}")),
    definition="static System.Net.IPHostEntry GetHostEntry(string hostNameOrAddress)")
_DNS.add_static("GetHostByName", method=lambda ctx, name: IPHostEntry(
    (_s(name) if "." in _s(name) else f"{_s(name)}.{_domain(ctx)}")),
    definition="static System.Net.IPHostEntry GetHostByName(string hostName)")


class WindowsIdentity:
    PS_TYPE_NAMES = ("System.Security.Principal.WindowsIdentity", "System.Security.Claims.ClaimsIdentity",
                     "System.Object")
    PS_PROPERTIES = ("AuthenticationType", "IsAnonymous", "IsAuthenticated", "IsGuest", "IsSystem", "Name")

    def __init__(self, name: str):
        self.Name = name
        self.AuthenticationType = "Kerberos"
        self.IsAnonymous = False
        self.IsAuthenticated = True
        self.IsGuest = False
        self.IsSystem = False

    def ps_to_string(self) -> str:
        return "System.Security.Principal.WindowsIdentity"


def _current_identity(ctx):
    env = getattr(ctx, "env", None) or {}
    get = {k.lower(): v for k, v in env.items()}.get
    return WindowsIdentity(f"{get('userdomain', 'CONTOSO')}\\{get('username', 'Administrator')}")


_WI = _reg("System.Security.Principal.WindowsIdentity", check=lambda v: isinstance(v, WindowsIdentity))
_WI.add_static("GetCurrent", method=_current_identity,
               definition="static System.Security.Principal.WindowsIdentity GetCurrent()")

# ---------------------------------------------------------------- exception types

_EXCEPTION_TYPES = [
    ("System.Exception", None), ("System.SystemException", "System.Exception"),
    ("System.ApplicationException", "System.Exception"),
    ("System.ArgumentException", "System.SystemException"),
    ("System.ArgumentNullException", "System.ArgumentException"),
    ("System.ArgumentOutOfRangeException", "System.ArgumentException"),
    ("System.ArithmeticException", "System.SystemException"),
    ("System.DivideByZeroException", "System.ArithmeticException"),
    ("System.OverflowException", "System.ArithmeticException"),
    ("System.FormatException", "System.SystemException"),
    ("System.IndexOutOfRangeException", "System.SystemException"),
    ("System.InvalidCastException", "System.SystemException"),
    ("System.InvalidOperationException", "System.SystemException"),
    ("System.NotImplementedException", "System.SystemException"),
    ("System.NotSupportedException", "System.SystemException"),
    ("System.NullReferenceException", "System.SystemException"),
    ("System.TimeoutException", "System.SystemException"),
    ("System.UnauthorizedAccessException", "System.SystemException"),
    ("System.Collections.Generic.KeyNotFoundException", "System.SystemException"),
    ("System.IO.IOException", "System.SystemException"),
    ("System.IO.FileNotFoundException", "System.IO.IOException"),
    ("System.IO.DirectoryNotFoundException", "System.IO.IOException"),
    ("System.Management.Automation.RuntimeException", "System.SystemException"),
    ("System.Management.Automation.PSInvalidOperationException", "System.InvalidOperationException"),
    ("System.Management.Automation.PSArgumentException", "System.ArgumentException"),
    ("System.Management.Automation.PSArgumentNullException", "System.ArgumentNullException"),
    ("System.Management.Automation.PSArgumentOutOfRangeException", "System.ArgumentOutOfRangeException"),
    ("System.Management.Automation.PSInvalidCastException", "System.InvalidCastException"),
    ("System.Management.Automation.PSNotSupportedException", "System.NotSupportedException"),
    ("System.Management.Automation.ItemNotFoundException", "System.Management.Automation.RuntimeException"),
    ("System.Management.Automation.MethodException", "System.Management.Automation.RuntimeException"),
    ("System.Management.Automation.MethodInvocationException", "System.Management.Automation.MethodException"),
    ("System.Management.Automation.CommandNotFoundException", "System.Management.Automation.RuntimeException"),
    ("System.Management.Automation.ParameterBindingException", "System.Management.Automation.RuntimeException"),
    ("System.Management.Automation.PipelineStoppedException", "System.Management.Automation.RuntimeException"),
    ("System.Management.Automation.ActionPreferenceStopException",
     "System.Management.Automation.RuntimeException"),
]


# Exceptions whose one-string constructor takes the parameter name, not the message
# (ArgumentNullException(paramName), ArgumentOutOfRangeException(paramName)).
_PARAM_NAME_FIRST = {
    "System.ArgumentNullException": "Value cannot be null.",
    "System.ArgumentOutOfRangeException": "Specified argument was out of the range of valid values.",
    "System.Management.Automation.PSArgumentNullException": "Value cannot be null.",
    "System.Management.Automation.PSArgumentOutOfRangeException":
        "Specified argument was out of the range of valid values.",
}


def _exception_ctor(full: str):
    def new(args: list, ctx: Any) -> Any:
        from ems.runtime.exceptions import exception_class_for
        cls = exception_class_for(full)
        args = [base_object(a) for a in args]
        param_name = None
        inner = None
        if full in _PARAM_NAME_FIRST and args and isinstance(args[0], str) \
                and (len(args) == 1 or isinstance(args[1], str)):
            # (paramName) or (paramName, message)
            param_name = args[0]
            message = _s(args[1]) if len(args) > 1 else _PARAM_NAME_FIRST[full]
        else:
            message = _s(args[0]) if args and args[0] is not None else _default_message(full)
            if len(args) > 1 and isinstance(args[1], BaseException):
                inner = args[1]
            elif len(args) > 1 and isinstance(args[1], str) and "Argument" in full:
                param_name = args[1]  # ArgumentException(message, paramName)
        if param_name:
            message += "\nParameter name: " + param_name
        e = cls(message, inner=inner)
        if "Argument" in full:
            e.ParamName = param_name
        return e
    return new


def _default_message(full: str) -> str:
    return {"System.Exception": "Exception of type 'System.Exception' was thrown.",
            "System.ArgumentException": "Value does not fall within the expected range.",
            "System.InvalidOperationException": "Operation is not valid due to the current state of the object.",
            "System.NotImplementedException": "The method or operation is not implemented.",
            "System.NotSupportedException": "Specified method is not supported.",
            "System.DivideByZeroException": "Attempted to divide by zero.",
            "System.FormatException": "One of the identified items was in an invalid format.",
            }.get(full, f"Exception of type '{full}' was thrown.")


def _exception_check(full: str):
    low = full.lower()

    def check(v: Any) -> bool:
        if not isinstance(v, BaseException):
            return False
        from ems.runtime.members import type_names
        return any(n.lower() == low for n in type_names(v))
    return check


for _full, _base in _EXCEPTION_TYPES:
    _existing = resolve_type(_full)
    _t = DotNetType(_full, base=_base, check=_exception_check(_full), new=_exception_ctor(_full))
    register_type(_t)
register_type(resolve_type("System.Exception"), "exception")

# ---------------------------------------------------------------- culture


class TextInfo:
    PS_TYPE_NAMES = ("System.Globalization.TextInfo", "System.Object")
    PS_PROPERTIES = ("ANSICodePage", "CultureName", "IsReadOnly", "IsRightToLeft", "ListSeparator")
    PS_METHODS = ("ToTitleCase", "ToUpper", "ToLower")

    def __init__(self, culture: str):
        self.CultureName = culture
        self.ANSICodePage = 1252
        self.IsReadOnly = True
        self.IsRightToLeft = False
        self.ListSeparator = ","

    def ToTitleCase(self, s: Any) -> str:
        # .NET upper-cases the first letter of each word and lower-cases the rest, except
        # words entirely in upper case (taken as acronyms)
        words = []
        for w in _s(s).split(" "):
            if w.isupper():
                words.append(w)
            else:
                words.append(w[:1].upper() + w[1:].lower())
        return " ".join(words)

    def ToUpper(self, s: Any) -> str:
        return _s(s).upper()

    def ToLower(self, s: Any) -> str:
        return _s(s).lower()

    def ps_to_string(self) -> str:
        return f"TextInfo - {self.CultureName}"


class CultureInfo:
    """System.Globalization.CultureInfo. The emulator formats as en-US everywhere; other
    cultures exist as names only."""

    PS_TYPE_NAMES = ("System.Globalization.CultureInfo", "System.Object")
    PS_PROPERTIES = ("LCID", "Name", "DisplayName", "TextInfo", "TwoLetterISOLanguageName")
    _NAMES = {"": (127, "Invariant Language (Invariant Country)"), "en-us": (1033, "English (United States)"),
              "en-gb": (2057, "English (United Kingdom)"), "de-de": (1031, "German (Germany)"),
              "fr-fr": (1036, "French (France)"), "nl-nl": (1043, "Dutch (Netherlands)"),
              "ja-jp": (1041, "Japanese (Japan)"), "es-es": (3082, "Spanish (Spain, International Sort)")}

    def __init__(self, name: str):
        key = name.lower()
        if key not in self._NAMES:
            raise _err(f"Culture is not supported.\nParameter name: name\n{name} is an invalid culture identifier.",
                       "CultureNotFoundException")
        canon = "-".join(p.upper() if i else p for i, p in enumerate(key.split("-"))) if key else ""
        self.Name = canon
        self.LCID, self.DisplayName = self._NAMES[key]
        self.TextInfo = TextInfo(canon)
        self.TwoLetterISOLanguageName = canon.split("-")[0] if canon else "iv"

    def ps_to_string(self) -> str:
        return self.Name

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, CultureInfo) and other.Name == self.Name

    def __hash__(self) -> int:
        return hash(self.Name)


def _culture_convert(v: Any, ctx: Any) -> Any:
    bv = base_object(v)
    if bv is None or isinstance(bv, CultureInfo):
        return bv
    from ems.runtime.conversion import _ConvertFail
    try:
        return CultureInfo(_s(bv))
    except Exception as e:
        raise _ConvertFail(getattr(e, "message", str(e))) from None


_CI = _reg("System.Globalization.CultureInfo", "cultureinfo", check=lambda v: isinstance(v, CultureInfo),
           convert=_culture_convert, new=lambda a, c: CultureInfo(_s(a[0]) if a else ""))
_CI.add_static("InvariantCulture", CultureInfo(""))
_CI.add_static("CurrentCulture", CultureInfo("en-US"))
_CI.add_static("CurrentUICulture", CultureInfo("en-US"))
_CI.add_static("GetCultureInfo", method=lambda ctx, name: CultureInfo(_s(name)),
               definition="static cultureinfo GetCultureInfo(string name)")
