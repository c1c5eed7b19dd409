"""DotNetType — the runtime's stand-in for System.Type — and the type registry.

Type objects are values: `[int]` evaluates to the DotNetType of System.Int32, which has
`.Name`, `.FullName`, `.BaseType`, static members (`[int]::MaxValue`) and converts values
(`[int]"5"`). Built-in types are declared in ``builtins.py`` (loaded on first lookup);
other layers can add theirs with ``register_type`` / ``register_model_class`` /
``register_enum``.
"""
from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import enum as _enum
import uuid as _uuid
from typing import Any, Callable, Iterable

from ems import primitives as P

ASSEMBLY_SUFFIX = ", mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"


class StaticMember:
    """A static property (`value` or `getter(ctx)`) or method (`method(ctx, *args)`)."""

    __slots__ = ("name", "kind", "value", "getter", "method", "definition")

    def __init__(self, name: str, kind: str, value: Any = None, getter: Callable | None = None,
                 method: Callable | None = None, definition: str = ""):
        self.name = name
        self.kind = kind  # "Property" | "Method"
        self.value = value
        self.getter = getter
        self.method = method
        self.definition = definition


class DotNetType:
    """A .NET type as scripts see it."""

    def __init__(self, full_name: str, *, accelerator: str | None = None, base: "DotNetType | str | None" = None,
                 check: Callable[[Any], bool] | None = None,
                 convert: Callable[[Any, Any], Any] | None = None,
                 new: Callable[[list, Any], Any] | None = None,
                 element_type: "DotNetType | None" = None,
                 generic_arguments: tuple["DotNetType", ...] = (),
                 name: str | None = None, is_value_type: bool = False,
                 default: Any = None, is_interface: bool = False):
        self.full_name = full_name
        self.name = name or _short_name(full_name)
        self.accelerator = accelerator
        self._base = base
        self.check = check
        self.converter = convert
        self.constructor = new
        self.element_type = element_type
        self.generic_arguments = generic_arguments
        self.is_value_type = is_value_type
        self.is_interface = is_interface
        self.default = default  # value of `[T]$null` for value types
        self.statics: dict[str, StaticMember] = {}
        self.enum_class: Any = None  # for enum types

    # -- identity ---------------------------------------------------------
    @property
    def base_type(self) -> "DotNetType | None":
        b = self._base
        if isinstance(b, str):
            b = resolve_type(b)
            self._base = b
        return b

    @property
    def is_array(self) -> bool:
        return self.element_type is not None

    @property
    def is_enum(self) -> bool:
        return self.enum_class is not None

    def __repr__(self) -> str:
        return f"DotNetType({self.full_name})"

    def ps_to_string(self) -> str:
        """How a type prints in a string: `"$([int])"` is "int"."""
        return self.accelerator or self.full_name

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, DotNetType) and other.full_name.lower() == self.full_name.lower()

    def __hash__(self) -> int:
        return hash(self.full_name.lower())

    # -- behaviour --------------------------------------------------------
    def is_instance(self, value: Any) -> bool:
        """`value -is [T]`."""
        if value is None:
            return False
        if self.check is not None:
            return bool(self.check(value))
        t = type_of(value)
        while t is not None:
            if t == self:
                return True
            t = t.base_type
        names = _model_type_names(value)
        if names:
            low = self.full_name.lower()
            return any(n.lower() == low for n in names)
        return False

    def convert(self, value: Any, ctx: Any = None) -> Any:
        from ems.runtime import conversion
        return conversion.convert_to(value, self, ctx)

    def new(self, args: list | tuple = (), ctx: Any = None) -> Any:
        """`New-Object T args` / `[T]::new(args)`."""
        from ems.runtime.exceptions import MethodException
        if self.constructor is None:
            if not args and self.is_value_type:
                return self.default
            raise MethodException(
                f"A constructor was not found. Cannot find an appropriate constructor for type {self.full_name}.",
                error_id="CannotFindAppropriateCtor")
        return self.constructor(list(args), ctx)

    def add_static(self, name: str, value: Any = None, *, getter: Callable | None = None,
                   method: Callable | None = None, definition: str = "") -> None:
        kind = "Method" if method is not None else "Property"
        self.statics[name.lower()] = StaticMember(name, kind, value, getter, method, definition)

    def get_static(self, name: str) -> StaticMember | None:
        m = self.statics.get(name.lower())
        if m is None and self.base_type is not None and self.base_type is not self:
            return self.base_type.get_static(name)
        return m


def _short_name(full_name: str) -> str:
    head = full_name.split("[", 1)[0]
    rest = full_name[len(head):]
    short = head.rsplit(".", 1)[-1]
    if rest.startswith("[]") or rest.startswith("[,"):
        return short + rest
    return short


def generic_full_name(open_name: str, args: Iterable["DotNetType | None"]) -> str:
    inner = ",".join(f"[{(a.full_name if a is not None else 'System.Object')}{ASSEMBLY_SUFFIX}]" for a in args)
    return f"{open_name}[{inner}]"


# ---------------------------------------------------------------- registry

_REGISTRY: dict[str, DotNetType] = {}      # lower full name -> type
_ACCELERATORS: dict[str, str] = {}         # lower accelerator -> full name
_GENERICS: dict[str, Callable[[list[DotNetType]], DotNetType]] = {}  # lower open name -> factory
_loaded = False


def register_type(t: DotNetType, *accelerators: str) -> DotNetType:
    _REGISTRY[t.full_name.lower()] = t
    for a in accelerators:
        _ACCELERATORS[a.lower()] = t.full_name
    return t


def register_generic(open_name: str, factory: Callable[[list[DotNetType]], DotNetType], *aliases: str) -> None:
    """`open_name` like "System.Collections.Generic.List" (without `1)."""
    for n in (open_name, *aliases):
        _GENERICS[n.lower()] = factory


def _ensure_loaded() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        from ems.runtime.dotnet import builtins  # noqa: F401  (registers the built-in types)


def parse_type_name(text: str) -> tuple[str, list, int]:
    """"System.Collections.Generic.List[string][]" -> ("System.Collections.Generic.List", [args], rank)."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]") and _matching(text, 0) == len(text) - 1:
        text = text[1:-1].strip()
    i = text.find("[")
    if i < 0:
        return text, [], 0
    name = text[:i].strip()
    args: list = []
    rank = 0
    while i < len(text):
        j = _matching(text, i)
        inner = text[i + 1:j].strip()
        if inner == "" or set(inner) <= {","}:
            rank = inner.count(",") + 1
        else:
            for part in _split_top(inner):
                part = part.strip()
                if part.startswith("[") and part.endswith("]"):
                    part = part[1:-1]
                    # assembly-qualified: "[System.String, mscorlib, ...]"
                    part = _split_top(part)[0]
                args.append(part.strip())
        i = j + 1
    return name, args, rank


def _matching(text: str, i: int) -> int:
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "[":
            depth += 1
        elif text[j] == "]":
            depth -= 1
            if depth == 0:
                return j
    return len(text) - 1


def _split_top(s: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for j, c in enumerate(s):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(s[start:j])
            start = j + 1
    parts.append(s[start:])
    return parts


def _lookup_simple(name: str) -> DotNetType | None:
    low = name.lower()
    full = _ACCELERATORS.get(low)
    if full is not None:
        return _REGISTRY.get(full.lower())
    t = _REGISTRY.get(low)
    if t is None:
        t = _REGISTRY.get("system." + low)
    return t


_ARRAY_CACHE: dict[str, DotNetType] = {}


def array_type(element: DotNetType | None) -> DotNetType:
    """The type `T[]`."""
    from ems.runtime.dotnet.collections import TypedArray
    element = element or _lookup_simple("System.Object")
    key = element.full_name.lower()
    t = _ARRAY_CACHE.get(key)
    if t is None:
        t = DotNetType(element.full_name + "[]", base="System.Array", element_type=element,
                       accelerator=(element.accelerator + "[]") if element.accelerator else None)
        if element.full_name == "System.Object":
            t.check = lambda v: isinstance(v, list) and not _is_growable(v) and (
                not isinstance(v, TypedArray) or v.element_type is None or v.element_type.full_name == "System.Object")
        else:
            t.check = lambda v, e=element: isinstance(v, TypedArray) and v.element_type == e
        _ARRAY_CACHE[key] = t
    return t


def _is_growable(v: Any) -> bool:
    from ems.runtime.dotnet.collections import ArrayList, GenericList
    return isinstance(v, (ArrayList, GenericList))


def resolve_type(name: Any) -> DotNetType | None:
    """The type written `name` (a string such as "int", "System.Int32", "string[]",
    "System.Collections.Generic.List[string]", or an ast TypeName), or None."""
    _ensure_loaded()
    if isinstance(name, DotNetType):
        return name
    if not isinstance(name, str):  # ems.lang.ast.TypeName
        base = _resolve_parts(name.name, [g for g in name.generic_arguments], name.array_rank)
        return base
    base_name, args, rank = parse_type_name(name)
    return _resolve_parts(base_name, args, rank)


def _resolve_parts(base_name: str, args: list, rank: int) -> DotNetType | None:
    if args:
        low = base_name.lower().split("`", 1)[0]
        factory = _GENERICS.get(low) or _GENERICS.get("system." + low)
        if factory is None:
            return None
        resolved = []
        for a in args:
            ra = resolve_type(a)
            if ra is None:
                return None
            resolved.append(ra)
        t = factory(resolved)
    else:
        t = _lookup_simple(base_name)
    if t is None:
        return None
    if rank:
        t = array_type(t)
    return t


def all_types() -> list[DotNetType]:
    _ensure_loaded()
    return list(_REGISTRY.values())


# ---------------------------------------------------------------- enums


class PSEnum(_enum.IntEnum):
    """Base for .NET enums: prints its name. Set the .NET name with `dotnet_enum`."""

    def __str__(self) -> str:
        return self.name

    def ps_to_string(self) -> str:
        return self.name


class PSFlags(_enum.IntFlag):
    """Base for .NET [Flags] enums: prints "A, B"."""

    def ps_to_string(self) -> str:
        return flags_to_string(self)

    __str__ = ps_to_string


def flags_to_string(v: Any) -> str:
    cls = type(v)
    val = int(v)
    if val == 0:
        for m in cls.__members__.values():
            if int(m) == 0:
                return m.name
        return "0"
    names = []
    rest = val
    for name, m in sorted(cls.__members__.items(), key=lambda kv: -int(kv[1])):
        mv = int(m)
        if mv and (rest & mv) == mv:
            names.append(name)
            rest &= ~mv
    if rest:
        return str(val)
    order = {n: int(m) for n, m in cls.__members__.items()}
    names.sort(key=lambda n: order[n])
    return ", ".join(names)


def dotnet_enum(full_name: str, *accelerators: str):
    """Class decorator registering an enum class under a .NET name."""
    def deco(cls):
        cls._dotnet_name = full_name
        register_enum_class(cls, full_name, *accelerators)
        return cls
    return deco


_ENUM_TYPES: dict[type, DotNetType] = {}


def register_enum_class(cls: type, full_name: str | None = None, *accelerators: str) -> DotNetType:
    full_name = full_name or getattr(cls, "_dotnet_name", None) or cls.__name__
    t = DotNetType(full_name, base="System.Enum", is_value_type=True)
    t.enum_class = cls
    t.check = lambda v, c=cls: isinstance(v, c)
    members = list(cls.__members__.values())
    t.default = members[0] if members else None
    for m in members:
        t.add_static(m.name, m)
    _ENUM_TYPES[cls] = t
    register_type(t, *accelerators)
    return t


def enum_type_of(value: Any) -> DotNetType:
    cls = type(value)
    t = _ENUM_TYPES.get(cls)
    if t is None:
        t = register_enum_class(cls)
    return t


# ---------------------------------------------------------------- small value classes


class Version:
    """System.Version: 2 to 4 parts; unset parts are -1."""

    __slots__ = ("Major", "Minor", "Build", "Revision")
    type_name = "System.Version"
    PS_PROPERTIES = ("Major", "Minor", "Build", "Revision", "MajorRevision", "MinorRevision")
    PS_TYPE_NAMES = ("System.Version", "System.Object")

    def __init__(self, major: int = 0, minor: int = 0, build: int = -1, revision: int = -1):
        self.Major, self.Minor, self.Build, self.Revision = int(major), int(minor), int(build), int(revision)

    @property
    def MajorRevision(self) -> int:
        return P.Int16(self.Revision >> 16) if self.Revision >= 0 else P.Int16(-1)

    @property
    def MinorRevision(self) -> int:
        return P.Int16(self.Revision & 0xFFFF) if self.Revision >= 0 else P.Int16(-1)

    @classmethod
    def parse(cls, s: str) -> "Version":
        parts = s.strip().split(".")
        if not 2 <= len(parts) <= 4:
            raise ValueError("Version string portion was too short or too long.")
        nums = []
        for p in parts:
            p = p.strip()
            if not p.isdigit():
                raise ValueError("Input string was not in a correct format.")
            nums.append(int(p))
        return cls(*nums)

    def _tuple(self) -> tuple:
        return (self.Major, self.Minor, self.Build, self.Revision)

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Version) and self._tuple() == other._tuple()

    def __lt__(self, other: "Version") -> bool:
        return self._tuple() < other._tuple()

    def __hash__(self) -> int:
        return hash(self._tuple())

    def ps_to_string(self) -> str:
        parts = [self.Major, self.Minor]
        if self.Build >= 0:
            parts.append(self.Build)
            if self.Revision >= 0:
                parts.append(self.Revision)
        return ".".join(str(p) for p in parts)

    __str__ = ps_to_string

    def __repr__(self) -> str:
        return f"Version({self.ps_to_string()})"


class SwitchParameter:
    """System.Management.Automation.SwitchParameter ([switch])."""

    __slots__ = ("IsPresent",)
    type_name = "System.Management.Automation.SwitchParameter"

    def __init__(self, present: bool = False):
        self.IsPresent = bool(present)

    def __bool__(self) -> bool:
        return self.IsPresent

    def __eq__(self, other: Any) -> bool:
        return bool(self) == bool(other)

    def __hash__(self) -> int:
        return hash(self.IsPresent)

    def ps_to_string(self) -> str:
        return "True" if self.IsPresent else "False"

    def __repr__(self) -> str:
        return f"SwitchParameter({self.IsPresent})"


# ---------------------------------------------------------------- type of a value


def _model_type_names(value: Any) -> tuple[str, ...] | None:
    names = getattr(value, "PS_TYPE_NAMES", None)
    return names if isinstance(names, (tuple, list)) else None


_MODEL_TYPES: dict[type, DotNetType] = {}


def _register_names(names: list[str], cls: type | None = None) -> DotNetType:
    """A DotNetType (and its bases) for a chain of type names taken from PS_TYPE_NAMES."""
    for i in range(len(names) - 1, -1, -1):
        n = names[i]
        if n.lower() in _REGISTRY:
            continue
        base = names[i + 1] if i + 1 < len(names) else None
        register_type(DotNetType(n, base=base, check=lambda v, nn=n.lower(): any(
            x.lower() == nn for x in (_model_type_names(v) or ()))))
    return _REGISTRY[names[0].lower()]


def register_model_class(cls: type, *accelerators: str) -> DotNetType:
    """A DotNetType for a model class declaring PS_TYPE_NAMES, so `-is [Its.Type]` and
    `[Its.Type]` resolve."""
    names = list(getattr(cls, "PS_TYPE_NAMES", (cls.__name__, "System.Object")))
    full = names[0]
    existing = _REGISTRY.get(full.lower())
    if existing is not None and existing not in _MODEL_TYPES.values():
        _MODEL_TYPES[cls] = existing
        return existing
    base: Any = names[1] if len(names) > 1 else "System.Object"
    if isinstance(base, str) and base.lower() not in _REGISTRY:
        # make the chain of bases known as plain named types
        chain = names[1:]
        for i, n in enumerate(chain):
            if n.lower() not in _REGISTRY:
                register_type(DotNetType(n, base=chain[i + 1] if i + 1 < len(chain) else None,
                                         check=lambda v, nn=n.lower(): any(
                                             x.lower() == nn for x in (_model_type_names(v) or ()))))
    t = DotNetType(full, base=base)
    t.check = lambda v, c=cls, fl=full.lower(): isinstance(v, c) or any(
        x.lower() == fl for x in (_model_type_names(v) or ()))
    _MODEL_TYPES[cls] = t
    register_type(t, *accelerators)
    return t


_PY_TYPE_NAMES: dict[type, str] = {
    bool: "System.Boolean",
    int: "System.Int32",
    float: "System.Double",
    str: "System.String",
    _decimal.Decimal: "System.Decimal",
    _dt.datetime: "System.DateTime",
    _dt.timedelta: "System.TimeSpan",
    _uuid.UUID: "System.Guid",
    list: "System.Object[]",
    tuple: "System.Object[]",
    dict: "System.Collections.Hashtable",
    P.Single: "System.Single",
    P.Char: "System.Char",
    P.Int64: "System.Int64",
    P.Byte: "System.Byte",
    P.SByte: "System.SByte",
    P.Int16: "System.Int16",
    P.UInt16: "System.UInt16",
    P.UInt32: "System.UInt32",
    P.UInt64: "System.UInt64",
}


def type_of(value: Any) -> DotNetType | None:
    """The runtime type of a value (`$x.GetType()`); None for $null."""
    if value is None:
        return None
    _ensure_loaded()
    cls = type(value)
    name = _PY_TYPE_NAMES.get(cls)
    if name is not None:
        if cls is int and not (P.INT32_MIN <= value <= P.INT32_MAX):
            name = "System.Int64" if P.Int64.min_value <= value <= P.Int64.max_value else "System.Double"
        return _lookup_fast(name)
    if isinstance(value, DotNetType):
        return _lookup_fast("System.RuntimeType")
    if isinstance(value, _enum.Enum):
        return enum_type_of(value)
    from ems.runtime.psobject import PSObject
    if cls is PSObject:
        if value.base is None:
            return _lookup_fast("System.Management.Automation.PSCustomObject")
        return type_of(value.base)
    from ems.runtime.dotnet.collections import TypedArray, GenericList
    if isinstance(value, TypedArray):
        return array_type(value.element_type)
    if isinstance(value, GenericList):
        return resolve_type(f"System.Collections.Generic.List[{(value.element_type.full_name if value.element_type else 'System.Object')}]")
    tn = getattr(cls, "type_name", None)
    if isinstance(tn, str):
        t = _lookup_fast(tn)
        if t is not None:
            return t
    if isinstance(tn, property) or callable(tn):
        pass
    names = _model_type_names(value)
    if names:
        # by name, not by class: some model classes set PS_TYPE_NAMES per instance
        t = _REGISTRY.get(names[0].lower())
        if t is not None:
            return t
        return _register_names(list(names), cls)
    if cls.__name__ == "ScriptBlock":
        return _lookup_fast("System.Management.Automation.ScriptBlock")
    for klass, nm in _PY_TYPE_NAMES.items():
        if isinstance(value, klass):
            return _lookup_fast(nm)
    return _lookup_fast("System.Object")


def _lookup_fast(full_name: str) -> DotNetType | None:
    t = _REGISTRY.get(full_name.lower())
    if t is None:
        t = resolve_type(full_name)
    return t


def type_full_name(value: Any) -> str:
    t = type_of(value)
    return t.full_name if t is not None else "null"
