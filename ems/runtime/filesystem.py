"""The FileSystem provider of an ems session: paths, locations, items, file content.

HOUSE RULE: the emulator never reads or changes anything on the host that the user
did not name. This module is the only place file-system cmdlets touch storage, and it
splits the world in two:

* **Virtual (Windows) paths** -- ``C:\\...``, ``c:/...``, ``\\\\server\\share\\...`` -- live in an
  in-memory tree that belongs to one session (``VirtualFileSystem``). The session seeds it
  with the folders an Exchange 2010 server has (``C:\\Windows\\system32``, the Exchange
  install folder with its ``Scripts`` folder -- ``$exscripts`` --, ``C:\\ExchangeSetupLogs``,
  the Administrator's profile ...) and the files modules registered with
  ``register_seed_file`` (the DAG maintenance scripts in $exscripts); ``FileSystem.seed_file``
  and ``ensure_directory`` add more at run time. Nothing there ever reaches the host disk.
  Drives other than those seeded (``C:`` and ``D:``) do not exist
  (``Cannot find drive. A drive with the name 'Q' does not exist.``); UNC shares exist once
  something (the session, a lab, ``New-Item``) created them.
* **Host paths** -- POSIX absolute paths (``/tmp/x.csv``) and, while the current location is
  a host directory, relative paths -- are real files. Only the exact path named is touched:
  Get-ChildItem lists the directory named (recursing only with ``-Recurse`` below it),
  wildcards expand in the last path component only, Remove-Item deletes exactly what the
  expansion of the named path gives (a non-empty directory only with ``-Recurse``).
  Nothing is ever executed.

The current location: the interactive shell starts at ``C:\\Windows\\system32`` (virtual, as
the EMS shortcut does); one-shot runs (``-File``, ``-Command``) start at the host's current
directory (as pwsh does). Set-Location moves freely between the two worlds.

Path syntax: ``/`` and ``\\`` are both separators in Windows form; the provider prefixes
``Microsoft.PowerShell.Core\\FileSystem::`` and ``FileSystem::`` are optional; ``~`` is the
virtual profile folder ``C:\\Users\\Administrator``; ``\\x`` is the root of the current drive
(virtual) or ``/x`` (host).

Text encoding: content is stored as bytes. Writing defaults to UTF-8 *without* a BOM (a
documented deviation: Windows PowerShell 5.1's Set-Content writes the ANSI code page);
``-Encoding`` names give 5.1's byte layouts (UTF8 adds a BOM, Unicode is UTF-16LE with BOM,
ASCII replaces non-ASCII with '?', Default is Windows-1252, OEM is code page 437). Reading
detects a BOM, else UTF-8, else Windows-1252. Virtual files end lines with CRLF; host
files with LF (as pwsh on the host platform would).

Items are ``FileInfo`` / ``DirectoryInfo`` objects carrying the real .NET type names so the
formatting layer shows the ``Directory: C:\\x`` Mode/LastWriteTime/Length/Name view.
Virtual timestamps come from the session clock (simulated time); host ones are real mtimes.
"""
from __future__ import annotations

import codecs
import datetime as _dt
import os
import re
import shutil
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from ems.primitives import Int64

VIRTUAL = "virtual"
HOST = "host"

PROVIDER_PREFIX = "Microsoft.PowerShell.Core\\FileSystem::"
_PREFIXES = ("microsoft.powershell.core\\filesystem::", "microsoft.powershell.core/filesystem::",
             "filesystem::")

HOME = "C:\\Users\\Administrator"
EXCHANGE_INSTALL = "C:\\Program Files\\Microsoft\\Exchange Server\\V14"
EXSCRIPTS = EXCHANGE_INSTALL + "\\Scripts"
INTERACTIVE_START = "C:\\Windows\\system32"

SEED_DIRECTORIES = (
    "C:\\Windows\\system32",
    "C:\\Windows\\Temp",
    "C:\\Program Files",
    "C:\\Program Files (x86)",
    "C:\\Users\\Administrator\\Desktop",
    "C:\\Users\\Administrator\\Documents",
    "C:\\Users\\Administrator\\AppData\\Local\\Temp",
    EXCHANGE_INSTALL + "\\Bin",
    EXSCRIPTS,
    EXCHANGE_INSTALL + "\\Logging",
    EXCHANGE_INSTALL + "\\Mailbox",
    EXCHANGE_INSTALL + "\\TransportRoles\\data\\Queue",
    "C:\\ExchangeSetupLogs",
    "C:\\Temp",
    "D:\\",
)


# Files every session's virtual tree starts with, registered by the modules that own them
# (the labs put the DAG maintenance scripts into $exscripts with `register_seed_file`). Static
# data like the cmdlet table: path -> text, or a callable returning the text.
_SEED_FILES: dict[str, Any] = {}


def register_seed_file(path: str, text: "str | Callable[[], str]") -> None:
    """Make every new session's virtual file system contain this file (a Windows path)."""
    _SEED_FILES[path] = text


# ---------------------------------------------------------------------------- errors


class FileSystemError(Exception):
    """A provider failure, already worded as PowerShell words it.

    ``error_id`` / ``category`` / ``exception_type`` are what the cmdlet puts in the error
    record (FullyQualifiedErrorId gets the ``,Cmdlet-Name`` suffix from the runtime)."""

    error_id = "System.IO.IOException"
    category = "WriteError"
    exception_type = "System.IO.IOException"

    def __init__(self, message: str, target: Any = None):
        super().__init__(message)
        self.message = message
        self.target = target


class PathNotFound(FileSystemError):
    error_id = "PathNotFound"
    category = "ObjectNotFound"
    exception_type = "System.Management.Automation.ItemNotFoundException"

    def __init__(self, path: str):
        super().__init__(f"Cannot find path '{path}' because it does not exist.", path)


class DriveNotFound(FileSystemError):
    error_id = "DriveNotFound"
    category = "ObjectNotFound"
    exception_type = "System.Management.Automation.DriveNotFoundException"

    def __init__(self, drive: str):
        super().__init__(f"Cannot find drive. A drive with the name '{drive}' does not exist.", drive)


class ItemExists(FileSystemError):
    error_id = "NewItemIOError"
    category = "WriteError"

    def __init__(self, path: str, directory: bool = False):
        kind = "directory" if directory else "file"
        if directory:
            msg = f"An item with the specified name {path} already exists."
            self.error_id = "DirectoryExist"
            self.category = "ResourceExists"
        else:
            msg = f"The file '{path}' already exists."
        super().__init__(msg, path)
        self.kind = kind


class DirectoryNotFound(FileSystemError):
    """"Could not find a part of the path": a folder on the way does not exist."""

    error_id = "System.IO.DirectoryNotFoundException"
    category = "ObjectNotFound"
    exception_type = "System.IO.DirectoryNotFoundException"

    def __init__(self, path: str):
        super().__init__(f"Could not find a part of the path '{path}'.", path)


class InvalidPath(FileSystemError):
    error_id = "ArgumentException"
    category = "InvalidArgument"
    exception_type = "System.ArgumentException"


class NotAContainer(FileSystemError):
    error_id = "ItemExistsNotContainer"
    category = "InvalidArgument"


class AccessDenied(FileSystemError):
    error_id = "UnauthorizedAccess"
    category = "PermissionDenied"
    exception_type = "System.UnauthorizedAccessException"


# ---------------------------------------------------------------------------- paths


@dataclass(frozen=True)
class FsPath:
    """A resolved, normalized path in one of the two worlds.

    Virtual: ``root`` is ``"C:"`` or ``"\\\\server\\share"``, ``parts`` the components below it.
    Host: ``root`` is ``"/"`` and ``parts`` the components below it.
    """

    kind: str
    root: str
    parts: tuple[str, ...] = ()

    @property
    def is_virtual(self) -> bool:
        return self.kind == VIRTUAL

    @property
    def is_root(self) -> bool:
        return not self.parts

    @property
    def name(self) -> str:
        if self.parts:
            return self.parts[-1]
        return self.display

    @property
    def parent(self) -> "FsPath | None":
        if not self.parts:
            return None
        return FsPath(self.kind, self.root, self.parts[:-1])

    def child(self, name: str) -> "FsPath":
        return FsPath(self.kind, self.root, self.parts + (name,))

    @property
    def display(self) -> str:
        """The path as PowerShell prints it (``C:\\x\\y``, ``\\\\srv\\share\\x``, ``/tmp/x``)."""
        if self.kind == HOST:
            return "/" + "/".join(self.parts)
        if self.root.startswith("\\\\"):
            return "\\".join((self.root,) + self.parts)
        return self.root + "\\" + "\\".join(self.parts)

    @property
    def host_path(self) -> str:
        assert self.kind == HOST
        return self.display

    @property
    def ps_path(self) -> str:
        return PROVIDER_PREFIX + self.display

    @property
    def drive_name(self) -> str:
        """``C`` for virtual drive paths, ``""`` for UNC, ``/`` for host paths (as pwsh)."""
        if self.kind == HOST:
            return "/"
        if self.root.startswith("\\\\"):
            return ""
        return self.root[0].upper()

    @property
    def key(self) -> tuple:
        if self.kind == VIRTUAL:
            return (VIRTUAL, self.root.lower()) + tuple(p.lower() for p in self.parts)
        return (HOST,) + self.parts

    def __str__(self) -> str:
        return self.display


_DRIVE = re.compile(r"^([A-Za-z]):(.*)$", re.S)
# `HKLM:\x`, `Cert:\`: a PowerShell drive name longer than a letter. The session has only the
# file-system drives and the state drives the cmdlets handle before they get here.
_PS_DRIVE = re.compile(r"^([A-Za-z][A-Za-z0-9_]+):")
_STATE_DRIVES = {"env", "variable", "function", "alias"}
_WILDCARD = re.compile(r"[*?\[]")
_INVALID_WIN_CHARS = set('<>|"\0') | {chr(i) for i in range(1, 32)}


def strip_provider(text: str) -> str:
    low = text.lower()
    for p in _PREFIXES:
        if low.startswith(p):
            return text[len(p):]
    return text


def has_wildcard(text: str) -> bool:
    return bool(_WILDCARD.search(text))


def wildcard_regex(pattern: str, case_sensitive: bool = False) -> re.Pattern:
    """PowerShell wildcard (``*``, ``?``, ``[abc]``, ``[a-z]``, backtick escape) as a regex."""
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "`" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = pattern.find("]", i + 1)
            if j < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:j].replace("\\", "\\\\")
                out.append("[" + body + "]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("^" + "".join(out) + "$", 0 if case_sensitive else re.I)


def wildcard_match(pattern: str, text: str) -> bool:
    return bool(wildcard_regex(pattern).match(text))


def _normalize(parts: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for p in parts:
        if p in ("", "."):
            continue
        if p == "..":
            if out:
                out.pop()
            continue
        out.append(p)
    return tuple(out)


def _split_win(text: str) -> list[str]:
    return re.split(r"[\\/]", text)


# ---------------------------------------------------------------------------- encodings

ENCODINGS = ("Unknown", "String", "Unicode", "Byte", "BigEndianUnicode", "UTF8", "UTF7", "UTF32",
             "Ascii", "Default", "Oem", "BigEndianUTF32")


def encode_text(text: str, encoding: str | None) -> bytes:
    """Text as the bytes Windows PowerShell 5.1 writes for ``-Encoding`` (BOM included).
    ``None`` is our default: UTF-8 without BOM."""
    enc = str(encoding).lower() if encoding is not None else ""
    if enc in ("", "utf8nobom"):
        return text.encode("utf-8")
    if enc == "utf8":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if enc in ("unicode", "string", "unknown"):
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if enc == "bigendianunicode":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    if enc == "utf32":
        return codecs.BOM_UTF32_LE + text.encode("utf-32-le")
    if enc == "bigendianutf32":
        return codecs.BOM_UTF32_BE + text.encode("utf-32-be")
    if enc == "ascii":
        return text.encode("ascii", errors="replace")
    if enc == "default":
        return text.encode("cp1252", errors="replace")
    if enc == "oem":
        return text.encode("cp437", errors="replace")
    if enc == "utf7":
        return text.encode("utf-7")
    if enc == "byte":
        return text.encode("latin-1", errors="replace")
    raise ValueError(encoding)


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Bytes to text: an explicit encoding, else the BOM, else UTF-8, else Windows-1252."""
    enc = str(encoding).lower() if encoding is not None else ""
    boms = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
            (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"))
    for bom, codec in boms:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    explicit = {"unicode": "utf-16-le", "string": "utf-16-le", "bigendianunicode": "utf-16-be",
                "utf32": "utf-32-le", "bigendianutf32": "utf-32-be", "ascii": "ascii",
                "default": "cp1252", "oem": "cp437", "utf7": "utf-7", "byte": "latin-1"}.get(enc)
    if explicit:
        return data.decode(explicit, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def split_lines(text: str) -> list[str]:
    """Lines as Get-Content returns them: separators CRLF, LF or CR; a final newline does
    not make an extra empty line."""
    if not text:
        return []
    lines = re.split(r"\r\n|\n|\r", text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


# ---------------------------------------------------------------------------- the virtual tree


class VNode:
    __slots__ = ("name", "is_dir", "data", "children", "mtime", "ctime", "atime", "read_only",
                 "hidden")

    def __init__(self, name: str, is_dir: bool, now: _dt.datetime):
        self.name = name
        self.is_dir = is_dir
        self.data = b""
        self.children: dict[str, VNode] = {}
        self.mtime = self.ctime = self.atime = now
        self.read_only = False
        self.hidden = False

    def copy(self, now: _dt.datetime) -> "VNode":
        n = VNode(self.name, self.is_dir, now)
        n.data = self.data
        n.mtime = self.mtime
        n.read_only = self.read_only
        n.hidden = self.hidden
        n.children = {k: c.copy(now) for k, c in self.children.items()}
        return n


class VirtualFileSystem:
    """The in-memory Windows file system of one session."""

    def __init__(self, clock: Callable[[], _dt.datetime]):
        self.clock = clock
        self.roots: dict[str, VNode] = {}

    def add_root(self, root: str) -> VNode:
        key = root.lower()
        if key not in self.roots:
            name = root.upper() if len(root) == 2 else root
            self.roots[key] = VNode(name, True, self.clock())
        return self.roots[key]

    def has_root(self, root: str) -> bool:
        return root.lower() in self.roots

    def node(self, path: FsPath) -> VNode | None:
        node = self.roots.get(path.root.lower())
        for part in path.parts:
            if node is None or not node.is_dir:
                return None
            node = node.children.get(part.lower())
        return node

    def mkdirs(self, path: FsPath) -> VNode:
        node = self.roots.get(path.root.lower())
        if node is None:
            node = self.add_root(path.root)
        for part in path.parts:
            child = node.children.get(part.lower())
            if child is None:
                child = VNode(part, True, self.clock())
                node.children[part.lower()] = child
                node.mtime = self.clock()
            elif not child.is_dir:
                raise NotAContainer(f"The item at '{path.display}' is not a container.", path.display)
            node = child
        return node


# ---------------------------------------------------------------------------- items


def _host_time(ts: float) -> _dt.datetime:
    return _dt.datetime.fromtimestamp(ts)


class FileSystemInfo:
    """Base of FileInfo / DirectoryInfo: a snapshot of one item."""

    PS_METHODS = ("ToString",)
    is_container = False

    def __init__(self, path: FsPath, mtime: _dt.datetime, ctime: _dt.datetime,
                 atime: _dt.datetime, read_only: bool = False, hidden: bool = False,
                 original: str | None = None):
        self._path = path
        self.LastWriteTime = mtime
        self.CreationTime = ctime
        self.LastAccessTime = atime
        self._read_only = read_only
        self._hidden = hidden
        self._original = original if original is not None else path.display

    # provider note properties
    @property
    def PSPath(self) -> str:
        return self._path.ps_path

    @property
    def PSParentPath(self) -> str:
        parent = self._path.parent
        return parent.ps_path if parent is not None else ""

    @property
    def PSChildName(self) -> str:
        return self.Name

    @property
    def PSDrive(self) -> str:
        return self._path.drive_name

    @property
    def PSProvider(self) -> str:
        return "Microsoft.PowerShell.Core\\FileSystem"

    @property
    def PSIsContainer(self) -> bool:
        return self.is_container

    @property
    def Name(self) -> str:
        return self._path.name

    @property
    def FullName(self) -> str:
        return self._path.display

    @property
    def Extension(self) -> str:
        name = self.Name
        i = name.rfind(".")
        return name[i:] if i > 0 or (i == 0 and len(name) > 1) else ""

    @property
    def Exists(self) -> bool:
        return True

    @property
    def Attributes(self) -> str:
        names = []
        if self._read_only:
            names.append("ReadOnly")
        if self._hidden:
            names.append("Hidden")
        names.append("Directory" if self.is_container else "Archive")
        return ", ".join(names)

    @property
    def Mode(self) -> str:
        return ("d" if self.is_container else "-") + ("-" if self.is_container else "a") + \
            ("r" if self._read_only else "-") + ("h" if self._hidden else "-") + "--"

    @property
    def LastWriteTimeUtc(self) -> _dt.datetime:
        return _to_utc(self.LastWriteTime)

    @property
    def CreationTimeUtc(self) -> _dt.datetime:
        return _to_utc(self.CreationTime)

    @property
    def LastAccessTimeUtc(self) -> _dt.datetime:
        return _to_utc(self.LastAccessTime)

    @property
    def path(self) -> FsPath:
        return self._path

    def ToString(self) -> str:
        return self._original

    def ps_to_string(self) -> str:
        return self._original

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._path.display!r})"


def _to_utc(value: _dt.datetime) -> _dt.datetime:
    # Simulated and host local times are treated as UTC for the *Utc properties.
    return value


class FileInfo(FileSystemInfo):
    PS_TYPE_NAMES = ("System.IO.FileInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject",
                     "System.Object")
    PS_PROPERTIES = ("PSPath", "PSParentPath", "PSChildName", "PSDrive", "PSProvider",
                     "PSIsContainer", "Mode", "BaseName", "Name", "Length", "DirectoryName",
                     "Directory", "IsReadOnly", "Exists", "FullName", "Extension", "CreationTime",
                     "CreationTimeUtc", "LastAccessTime", "LastAccessTimeUtc", "LastWriteTime",
                     "LastWriteTimeUtc", "Attributes")

    def __init__(self, path: FsPath, length: int, *args: Any, **kw: Any):
        super().__init__(path, *args, **kw)
        self.Length = Int64(length)

    @property
    def BaseName(self) -> str:
        ext = self.Extension
        return self.Name[: -len(ext)] if ext else self.Name

    @property
    def DirectoryName(self) -> str:
        parent = self._path.parent
        return parent.display if parent is not None else ""

    @property
    def Directory(self) -> str:
        return self.DirectoryName

    @property
    def IsReadOnly(self) -> bool:
        return self._read_only


class DirectoryInfo(FileSystemInfo):
    PS_TYPE_NAMES = ("System.IO.DirectoryInfo", "System.IO.FileSystemInfo",
                     "System.MarshalByRefObject", "System.Object")
    PS_PROPERTIES = ("PSPath", "PSParentPath", "PSChildName", "PSDrive", "PSProvider",
                     "PSIsContainer", "Mode", "BaseName", "Name", "Parent", "Exists", "Root",
                     "FullName", "Extension", "CreationTime", "CreationTimeUtc", "LastAccessTime",
                     "LastAccessTimeUtc", "LastWriteTime", "LastWriteTimeUtc", "Attributes")
    is_container = True

    @property
    def BaseName(self) -> str:
        return self.Name

    @property
    def Parent(self) -> str:
        parent = self._path.parent
        return parent.name if parent is not None else ""

    @property
    def Root(self) -> str:
        return FsPath(self._path.kind, self._path.root).display


class PathInfo:
    """System.Management.Automation.PathInfo (Get-Location, Resolve-Path)."""

    PS_TYPE_NAMES = ("System.Management.Automation.PathInfo", "System.Object")
    PS_PROPERTIES = ("Drive", "Provider", "ProviderPath", "Path")

    def __init__(self, path: FsPath):
        self._path = path
        self.Path = path.display
        self.ProviderPath = path.display
        self.Drive = path.drive_name
        self.Provider = "Microsoft.PowerShell.Core\\FileSystem"

    def ps_to_string(self) -> str:
        return self.Path

    def ToString(self) -> str:
        return self.Path

    PS_METHODS = ("ToString",)

    @property
    def fs_path(self) -> FsPath:
        return self._path

    def __repr__(self) -> str:
        return f"PathInfo({self.Path!r})"


# ---------------------------------------------------------------------------- the provider


def _system_clock() -> _dt.datetime:
    return _dt.datetime(2010, 11, 8, 9, 0, 0)


class FileSystem:
    """The FileSystem provider of one session: current location, the location stack,
    the virtual tree and guarded access to named host files."""

    def __init__(self, clock: Callable[[], _dt.datetime] | None = None,
                 interactive: bool = False, host_cwd: str | None = None):
        self.clock = clock or _system_clock
        self.vfs = VirtualFileSystem(self.clock)
        for d in SEED_DIRECTORIES:
            self.ensure_directory(d)
        for path, text in _SEED_FILES.items():
            self.seed_file(path, text() if callable(text) else text)
        if interactive:
            self.location = self.resolve(INTERACTIVE_START, FsPath(VIRTUAL, "C:"))
        else:
            cwd = host_cwd if host_cwd is not None else os.getcwd()
            self.location = self._host(cwd, None)
        self.stacks: dict[str, list[FsPath]] = {}

    # -- seeding (used by the session and labs) ---------------------------------
    def ensure_directory(self, path: str) -> FsPath:
        p = self.resolve(path, FsPath(VIRTUAL, "C:"), allow_new_root=True)
        if not p.is_virtual:
            raise InvalidPath("Only virtual folders can be seeded.", path)
        self.vfs.mkdirs(p)
        return p

    def seed_file(self, path: str, text: str, encoding: str | None = None) -> FsPath:
        """Creates or replaces a virtual file (labs put scripts into $exscripts this way)."""
        p = self.resolve(path, FsPath(VIRTUAL, "C:"), allow_new_root=True)
        if not p.is_virtual:
            raise InvalidPath("Only virtual files can be seeded.", path)
        if p.parent is not None:
            self.vfs.mkdirs(p.parent)
        self.write_bytes(p, encode_text(text, encoding))
        return p

    # -- resolving ------------------------------------------------------------------
    def _host(self, text: str, base: FsPath | None) -> FsPath:
        text = text.replace("\\", "/")
        if not text.startswith("/"):
            start = base.display if base is not None and base.kind == HOST else os.getcwd()
            text = start.rstrip("/") + "/" + text
        return FsPath(HOST, "/", _normalize(text.split("/")))

    def resolve(self, text: str, base: FsPath | None = None, allow_new_root: bool = False) -> FsPath:
        """A path string to an FsPath (no wildcard expansion, the item need not exist)."""
        if text is None:
            text = ""
        text = strip_provider(str(text))
        base = base or self.location
        if any(c in _INVALID_WIN_CHARS for c in text):
            raise InvalidPath("Illegal characters in path.", text)
        named = _PS_DRIVE.match(text)
        if named and named.group(1).lower() not in _STATE_DRIVES:
            raise DriveNotFound(named.group(1))
        m = _DRIVE.match(text)
        if m:
            drive = m.group(1).upper() + ":"
            rest = m.group(2)
            if not self.vfs.has_root(drive):
                if allow_new_root:
                    self.vfs.add_root(drive)
                else:
                    raise DriveNotFound(m.group(1).upper())
            if rest[:1] in ("\\", "/") or base.kind != VIRTUAL or base.root.lower() != drive.lower():
                return FsPath(VIRTUAL, drive, _normalize(_split_win(rest)))
            return FsPath(VIRTUAL, drive, _normalize(list(base.parts) + _split_win(rest)))
        if text.startswith("\\\\") or text.startswith("//") or (
                text[:2] in ("\\/", "/\\")):
            parts = [p for p in _split_win(text[2:])]
            if len(parts) < 2 or not parts[0] or not parts[1]:
                raise InvalidPath(f"The UNC path '{text}' should be of the form \\\\server\\share.", text)
            root = "\\\\" + parts[0] + "\\" + parts[1]
            if not self.vfs.has_root(root) and allow_new_root:
                self.vfs.add_root(root)
            return FsPath(VIRTUAL, root, _normalize(parts[2:]))
        if text.startswith("/"):
            return self._host(text, base)
        if text == "~" or text.startswith("~/") or text.startswith("~\\"):
            home = self.resolve(HOME, base)
            return FsPath(VIRTUAL, home.root, _normalize(list(home.parts) + _split_win(text[1:])))
        if text.startswith("\\"):
            if base.kind == VIRTUAL:
                return FsPath(VIRTUAL, base.root, _normalize(_split_win(text)))
            return self._host(text, base)
        if base.kind == VIRTUAL:
            return FsPath(VIRTUAL, base.root, _normalize(list(base.parts) + _split_win(text)))
        return self._host(text, base)

    def expand(self, text: str, literal: bool = False) -> list[FsPath]:
        """Resolve-Path semantics: wildcards in the last component expand against the
        named directory only; a path without wildcards must exist."""
        path = self.resolve(text)
        if literal or not has_wildcard(path.name if path.parts else ""):
            if not self.exists(path):
                raise PathNotFound(self.display_for_error(text, path))
            return [path]
        parent = path.parent
        pattern = path.parts[-1]
        if parent is None or any(has_wildcard(p) for p in parent.parts):
            # wildcards above the last component: only the virtual tree is searched
            if path.kind == HOST:
                raise PathNotFound(self.display_for_error(text, path))
            return self._expand_deep(path)
        if not self.is_dir(parent):
            return []
        rx = wildcard_regex(pattern)
        return [c for c in self.child_paths(parent) if rx.match(c.name)]

    def _expand_deep(self, path: FsPath) -> list[FsPath]:
        current = [FsPath(path.kind, path.root)]
        for part in path.parts:
            nxt = []
            for c in current:
                if has_wildcard(part):
                    if self.is_dir(c):
                        rx = wildcard_regex(part)
                        nxt.extend(x for x in self.child_paths(c) if rx.match(x.name))
                else:
                    x = c.child(part)
                    if self.exists(x):
                        nxt.append(x)
            current = nxt
        return current

    def display_for_error(self, text: str, path: FsPath) -> str:
        """The path as PowerShell shows it in "Cannot find path" (the resolved full path)."""
        return path.display

    # -- queries --------------------------------------------------------------------
    def exists(self, path: FsPath) -> bool:
        if path.kind == VIRTUAL:
            return self.vfs.node(path) is not None
        return os.path.lexists(path.host_path)

    def is_dir(self, path: FsPath) -> bool:
        if path.kind == VIRTUAL:
            node = self.vfs.node(path)
            return node is not None and node.is_dir
        return os.path.isdir(path.host_path)

    def is_file(self, path: FsPath) -> bool:
        return self.exists(path) and not self.is_dir(path)

    def child_paths(self, path: FsPath) -> list[FsPath]:
        """Children of a directory: folders first, then files, each sorted by name
        (the order the FileSystem provider enumerates NTFS folders)."""
        if path.kind == VIRTUAL:
            node = self.vfs.node(path)
            if node is None or not node.is_dir:
                return []
            kids = sorted(node.children.values(), key=lambda n: (not n.is_dir, n.name.lower()))
            return [path.child(k.name) for k in kids]
        try:
            names = os.listdir(path.host_path)
        except OSError:
            return []
        entries = []
        for n in names:
            full = os.path.join(path.host_path, n)
            entries.append((not os.path.isdir(full), n.lower(), n))
        entries.sort()
        return [path.child(n) for _, _, n in entries]

    def item(self, path: FsPath, original: str | None = None) -> FileSystemInfo:
        if path.kind == VIRTUAL:
            node = self.vfs.node(path)
            if node is None:
                raise PathNotFound(path.display)
            # the node keeps the real case of the name
            real = FsPath(VIRTUAL, path.root, path.parts[:-1] + (node.name,)) if path.parts else path
            if node.is_dir:
                return DirectoryInfo(real, node.mtime, node.ctime, node.atime, node.read_only,
                                     node.hidden, original)
            return FileInfo(real, len(node.data), node.mtime, node.ctime, node.atime,
                            node.read_only, node.hidden, original)
        hp = path.host_path
        try:
            st = os.stat(hp)
        except OSError:
            raise PathNotFound(path.display) from None
        hidden = path.name.startswith(".")
        read_only = not os.access(hp, os.W_OK)
        mtime, atime, ctime = _host_time(st.st_mtime), _host_time(st.st_atime), _host_time(st.st_ctime)
        if os.path.isdir(hp):
            return DirectoryInfo(path, mtime, ctime, atime, False, hidden, original)
        return FileInfo(path, st.st_size, mtime, ctime, atime, read_only, hidden, original)

    def is_link(self, path: FsPath) -> bool:
        return path.kind == HOST and os.path.islink(path.host_path)

    def can_descend(self, path: FsPath) -> bool:
        """Whether -Recurse goes into this folder (never through host symbolic links, so a
        link cannot lead the listing outside the folder named or round in a loop)."""
        return self.is_dir(path) and not self.is_link(path)

    def walk(self, path: FsPath, depth: int | None = None) -> Iterator[FsPath]:
        """Every item below a directory, depth first in listing order (as -Recurse)."""
        for c in self.child_paths(path):
            yield c
            if self.can_descend(c) and (depth is None or depth > 0):
                yield from self.walk(c, None if depth is None else depth - 1)

    # -- content --------------------------------------------------------------------
    def newline(self, path: FsPath) -> str:
        return "\r\n" if path.kind == VIRTUAL else "\n"

    def read_bytes(self, path: FsPath) -> bytes:
        if path.kind == VIRTUAL:
            node = self.vfs.node(path)
            if node is None:
                raise PathNotFound(path.display)
            if node.is_dir:
                raise AccessDenied(f"Access to the path '{path.display}' is denied.", path.display)
            node.atime = self.clock()
            return node.data
        try:
            with open(path.host_path, "rb") as f:
                return f.read()
        except FileNotFoundError:
            raise PathNotFound(path.display) from None
        except IsADirectoryError:
            raise AccessDenied(f"Access to the path '{path.display}' is denied.", path.display) from None
        except OSError as e:
            raise FileSystemError(str(e.strerror or e), path.display) from None

    def read_text(self, path: FsPath, encoding: str | None = None) -> str:
        return decode_bytes(self.read_bytes(path), encoding)

    def read_lines(self, path: "FsPath | str") -> list[str]:
        """The lines of a file named by the user (`switch -File`, scripts reading lists)."""
        if isinstance(path, str):
            path = self.resolve(path)
        return split_lines(self.read_text(path))

    def write_bytes(self, path: FsPath, data: bytes, append: bool = False) -> None:
        """Writes a file; its folder must exist (as .NET requires)."""
        if path.kind == VIRTUAL:
            parent = path.parent
            pnode = self.vfs.node(parent) if parent is not None else None
            if parent is None or pnode is None or not pnode.is_dir:
                raise DirectoryNotFound(path.display)
            node = pnode.children.get(path.name.lower())
            now = self.clock()
            if node is None:
                node = VNode(path.name, False, now)
                pnode.children[path.name.lower()] = node
                pnode.mtime = now
            elif node.is_dir:
                raise AccessDenied(f"Access to the path '{path.display}' is denied.", path.display)
            elif node.read_only:
                raise AccessDenied(f"Access to the path '{path.display}' is denied.", path.display)
            node.data = (node.data + data) if append else bytes(data)
            node.mtime = now
            return
        try:
            with open(path.host_path, "ab" if append else "wb") as f:
                f.write(data)
        except FileNotFoundError:
            raise DirectoryNotFound(path.display) from None
        except IsADirectoryError:
            raise AccessDenied(f"Access to the path '{path.display}' is denied.", path.display) from None
        except PermissionError:
            raise AccessDenied(f"Access to the path '{path.display}' is denied.", path.display) from None
        except OSError as e:
            raise FileSystemError(str(e.strerror or e), path.display) from None

    def write_text(self, path: FsPath, text: str, encoding: str | None = None,
                   append: bool = False) -> None:
        data = encode_text(text, encoding)
        if append and self.exists(path) and data:
            # no second BOM when appending
            for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                        codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE):
                if data.startswith(bom) and self.read_bytes(path):
                    data = data[len(bom):]
                    break
        self.write_bytes(path, data, append)

    # -- changes --------------------------------------------------------------------
    def make_directory(self, path: FsPath, parents: bool = True) -> None:
        if self.exists(path):
            if self.is_dir(path):
                raise ItemExists(path.display, directory=True)
            raise ItemExists(path.display)
        if path.kind == VIRTUAL:
            if not parents and (path.parent is None or not self.is_dir(path.parent)):
                raise DirectoryNotFound(path.display)
            self.vfs.mkdirs(path)
            return
        try:
            os.makedirs(path.host_path) if parents else os.mkdir(path.host_path)
        except OSError as e:
            raise FileSystemError(str(e.strerror or e), path.display) from None

    def create_file(self, path: FsPath, data: bytes = b"", force: bool = False) -> None:
        if self.exists(path):
            if self.is_dir(path):
                raise AccessDenied(f"Access to the path '{path.display}' is denied.", path.display)
            if not force:
                raise ItemExists(path.display)
        elif force and path.parent is not None and not self.exists(path.parent):
            self.make_directory(path.parent)
        self.write_bytes(path, data)

    def is_empty_dir(self, path: FsPath) -> bool:
        return self.is_dir(path) and not self.child_paths(path)

    def remove(self, path: FsPath, recurse: bool = False, force: bool = False) -> None:
        """Removes exactly this item (a non-empty folder only with ``recurse``)."""
        if path.is_root:
            raise AccessDenied(f"Access to the path '{path.display}' is denied.", path.display)
        if path.kind == VIRTUAL:
            parent = self.vfs.node(path.parent)  # type: ignore[arg-type]
            node = parent.children.get(path.name.lower()) if parent else None
            if node is None:
                raise PathNotFound(path.display)
            if node.is_dir and node.children and not recurse:
                raise FileSystemError(f"Directory {path.display} cannot be removed because it is not empty.",
                                      path.display)
            if node.read_only and not force:
                raise AccessDenied(f"You do not have sufficient access rights to perform this operation.",
                                   path.display)
            del parent.children[path.name.lower()]
            parent.mtime = self.clock()
            return
        hp = path.host_path
        try:
            if os.path.isdir(hp) and not os.path.islink(hp):
                if recurse:
                    shutil.rmtree(hp)
                else:
                    os.rmdir(hp)
            else:
                os.remove(hp)
        except FileNotFoundError:
            raise PathNotFound(path.display) from None
        except OSError as e:
            if os.path.isdir(hp) and os.listdir(hp):
                raise FileSystemError(f"Directory {path.display} cannot be removed because it is not empty.",
                                      path.display) from None
            raise FileSystemError(str(e.strerror or e), path.display) from None

    def copy(self, src: FsPath, dst: FsPath, recurse: bool = False, force: bool = True) -> FsPath:
        """Copies a file or folder. When ``dst`` is an existing folder the item goes into it.
        Folders are copied with their content only with ``recurse`` (as Copy-Item)."""
        if not self.exists(src):
            raise PathNotFound(src.display)
        if self.is_dir(dst):
            dst = dst.child(src.name)
        if self.is_dir(src):
            if not self.exists(dst):
                self.make_directory(dst)
            if recurse:
                for c in self.child_paths(src):
                    self.copy(c, dst.child(c.name), recurse=True, force=force)
            return dst
        if self.exists(dst) and not force:
            raise ItemExists(dst.display)
        self.write_bytes(dst, self.read_bytes(src))
        return dst

    def move(self, src: FsPath, dst: FsPath, force: bool = False) -> FsPath:
        if not self.exists(src):
            raise PathNotFound(src.display)
        if self.is_dir(dst):
            dst = dst.child(src.name)
        if self.exists(dst):
            if not force or self.is_dir(dst):
                raise FileSystemError("Cannot create a file when that file already exists.", dst.display)
            self.remove(dst)
        if src.kind == VIRTUAL and dst.kind == VIRTUAL:
            sparent = self.vfs.node(src.parent)  # type: ignore[arg-type]
            dparent = self.vfs.node(dst.parent) if dst.parent is not None else None
            if dparent is None or not dparent.is_dir:
                raise DirectoryNotFound(dst.display)
            node = sparent.children.pop(src.name.lower())
            node.name = dst.name
            dparent.children[dst.name.lower()] = node
            return dst
        if src.kind == HOST and dst.kind == HOST:
            try:
                os.rename(src.host_path, dst.host_path)
            except OSError as e:
                raise FileSystemError(str(e.strerror or e), dst.display) from None
            return dst
        self.copy(src, dst, recurse=True)
        self.remove(src, recurse=True, force=True)
        return dst

    def rename(self, path: FsPath, new_name: str) -> FsPath:
        if re.search(r"[\\/]", new_name):
            err = InvalidPath("Cannot rename the specified target, because it represents a path or device name.",
                              new_name)
            err.error_id = "Argument"
            raise err
        if not self.exists(path):
            raise PathNotFound(path.display)
        dst = path.parent.child(new_name) if path.parent is not None else path
        if self.exists(dst) and dst.key != path.key:
            raise FileSystemError("Cannot create a file when that file already exists.", dst.display)
        return self.move(path, dst)

    def touch(self, path: FsPath) -> None:
        if path.kind == VIRTUAL:
            node = self.vfs.node(path)
            if node is not None:
                node.mtime = self.clock()

    # -- location -------------------------------------------------------------------
    def set_location(self, path: FsPath) -> None:
        if not self.exists(path):
            raise PathNotFound(path.display)
        if not self.is_dir(path):
            raise PathNotFound(path.display)
        if path.kind == VIRTUAL:
            # keep the real case of each component, as PowerShell shows it
            parts = []
            cur = FsPath(VIRTUAL, path.root)
            for part in path.parts:
                node = self.vfs.node(cur.child(part))
                parts.append(node.name if node is not None else part)
                cur = cur.child(parts[-1])
            root_node = self.vfs.roots.get(path.root.lower())
            root = root_node.name if root_node is not None else path.root
            path = FsPath(VIRTUAL, root, tuple(parts))
        self.location = path

    def push_location(self, stack: str = "default") -> None:
        self.stacks.setdefault(stack.lower(), []).append(self.location)

    def pop_location(self, stack: str = "default") -> FsPath | None:
        items = self.stacks.get(stack.lower())
        if not items:
            return None
        self.location = items.pop()
        return self.location


def filesystem_for(context: Any) -> FileSystem:
    """The session's FileSystem: ``context.filesystem`` when the engine made one, else one
    created on first use (interactive sessions start at C:\\Windows\\system32)."""
    fs = getattr(context, "filesystem", None)
    if isinstance(fs, FileSystem):
        return fs
    clock = getattr(context, "now", None)
    interactive = bool(getattr(context, "interactive", False))
    host_cwd = getattr(context, "host_cwd", None)
    fs = FileSystem(clock if callable(clock) else None, interactive=interactive,
                    host_cwd=host_cwd if isinstance(host_cwd, str) else None)
    try:
        setattr(context, "filesystem", fs)
    except AttributeError:
        pass
    return fs
