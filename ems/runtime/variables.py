"""Variables and scopes (PowerShell's SessionStateScope and PSVariable)."""
from __future__ import annotations

from enum import IntFlag
from typing import Any, Callable

from ems.errors import ErrorCategory
from ems.runtime.exceptions import PSRuntimeException, _exc


class ScopedItemOptions(IntFlag):
    None_ = 0
    ReadOnly = 1
    Constant = 2
    Private = 4
    AllScope = 8
    Unspecified = 16

    def ps_to_string(self) -> str:
        if self.value == 0:
            return "None"
        names = [n for n in ("ReadOnly", "Constant", "Private", "AllScope") if self & ScopedItemOptions[n]]
        return ", ".join(names)


SessionStateUnauthorizedAccessException = _exc(
    "SessionStateUnauthorizedAccessException",
    "System.Management.Automation.SessionStateUnauthorizedAccessException",
    "VariableNotWritable", ErrorCategory.WriteError)


def not_writable(name: str) -> PSRuntimeException:
    return SessionStateUnauthorizedAccessException(
        f"Cannot overwrite variable {name} because it is read-only or constant.",
        category_target=name, category_target_type="String", target=name)


class PSVariable:
    """A variable: name, value, options, and the attributes that constrain it
    (a type conversion from `[int]$x = ...` and validation attributes)."""

    __slots__ = ("name", "_value", "options", "converter", "type_name", "validators",
                 "description", "scope")

    PS_TYPE_NAMES = ("System.Management.Automation.PSVariable", "System.Object")
    PS_PROPERTIES = ("Name", "Description", "Value", "Visibility", "Module", "ModuleName",
                     "Options", "Attributes")
    PS_SETTABLE = ("Value", "Description", "Options")

    def __init__(self, name: str, value: Any = None, options: ScopedItemOptions = ScopedItemOptions.None_,
                 converter: Callable[[Any], Any] | None = None, type_name: str | None = None,
                 description: str = ""):
        self.name = name
        self._value = value
        self.options = options
        self.converter = converter
        self.type_name = type_name
        self.validators: list[Callable[[Any], None]] | None = None
        self.description = description
        self.scope = None

    # PowerShell-visible properties
    @property
    def Name(self) -> str:
        return self.name

    @property
    def Value(self) -> Any:
        return self._value

    @Value.setter
    def Value(self, v: Any) -> None:
        self.set(v)

    @property
    def value(self) -> Any:
        return self._value

    @property
    def Description(self) -> str:
        return self.description

    @Description.setter
    def Description(self, v: Any) -> None:
        self.description = "" if v is None else str(v)

    @property
    def Options(self) -> ScopedItemOptions:
        return self.options

    @Options.setter
    def Options(self, v: Any) -> None:
        self.options = v if isinstance(v, ScopedItemOptions) else parse_options(v)

    @property
    def Visibility(self) -> str:
        return "Public"

    Module = None
    ModuleName = ""

    @property
    def Attributes(self) -> list:
        return [self.type_name] if self.type_name else []

    @property
    def is_readonly(self) -> bool:
        return bool(self.options & (ScopedItemOptions.ReadOnly | ScopedItemOptions.Constant))

    def set(self, value: Any, force: bool = False) -> None:
        if self.options & ScopedItemOptions.Constant or (self.options & ScopedItemOptions.ReadOnly and not force):
            raise not_writable(self.name)
        if self.converter is not None:
            value = self.converter(value)
        if self.validators:
            for v in self.validators:
                v(value)
        self._value = value

    def ps_to_string(self) -> str:
        return "System.Management.Automation.PSVariable"

    def __repr__(self) -> str:
        return f"PSVariable({self.name}={self._value!r})"


def parse_options(v: Any) -> ScopedItemOptions:
    if isinstance(v, ScopedItemOptions):
        return v
    if v is None:
        return ScopedItemOptions.None_
    if isinstance(v, int):
        return ScopedItemOptions(v)
    if isinstance(v, (list, tuple)):
        r = ScopedItemOptions.None_
        for x in v:
            r |= parse_options(x)
        return r
    r = ScopedItemOptions.None_
    for part in str(v).split(","):
        part = part.strip()
        if not part or part.lower() == "none":
            continue
        for n in ("ReadOnly", "Constant", "Private", "AllScope", "Unspecified"):
            if n.lower() == part.lower():
                r |= ScopedItemOptions[n]
                break
        else:
            raise PSRuntimeException(
                f'Cannot convert value "{part}" to type "System.Management.Automation.ScopedItemOptions". '
                'Error: "Unable to match the identifier name ' + part + ' to a valid enumerator name. '
                'Specify one of the following enumerator names and try again: '
                'None, ReadOnly, Constant, Private, AllScope, Unspecified"', "InvalidCastFromStringToEnum")
    return r


class Scope:
    """One scope: variables, functions and aliases defined in it, and its parent."""

    __slots__ = ("vars", "functions", "aliases", "parent", "kind")

    def __init__(self, parent: "Scope | None" = None, kind: str = "local"):
        self.vars: dict[str, PSVariable] = {}
        self.functions: dict[str, Any] = {}
        self.aliases: dict[str, Any] = {}
        self.parent = parent
        self.kind = kind  # "global" | "script" | "function" | "local" | "closure"
        # AllScope variables are not copied into child scopes: lookups find them through
        # the chain, and assignments update them in place (ExecutionContext.set_variable).

    def lookup(self, key: str) -> PSVariable | None:
        """Find a variable by lower-case name through the scope chain (private
        variables of ancestors are not visible)."""
        var = self.vars.get(key)
        if var is not None:
            return var
        s = self.parent
        while s is not None:
            var = s.vars.get(key)
            if var is not None and not (var.options & ScopedItemOptions.Private):
                return var
            s = s.parent
        return None
