"""PSObject: PowerShell's extensible object wrapper, and the contract model objects follow.

Values flowing through the engine are plain Python values standing for .NET values
(see ems/primitives.py and ems/runtime/dotnet/ for the mapping) or PSObject:

* ``PSObject(base=None)`` is a PSCustomObject: only instance (note) members.
* ``PSObject(base=x)`` wraps x and adds instance members (Add-Member on a string).
  Unwrap with ``base_object(v)``.

Objects of the simulated organization (ems/model) are ordinary Python classes that
declare, as class attributes, what PowerShell sees of them, with no import from here:

* ``PS_TYPE_NAMES``: tuple of .NET type names, most derived first, e.g.
  ``("Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseCopyStatusEntry",
  "System.Object")``. Views and Get-Member use the first.
* ``PS_PROPERTIES``: tuple of property names in the real object's order; each is read
  with ``getattr(obj, name)`` (so model attributes carry the real PascalCase names).
* ``PS_SETTABLE``: optional tuple of properties a script may assign (`$x.Prop = v`).
* ``PS_METHODS``: optional tuple of method names callable from scripts (`$size.ToMB()`),
  each a Python method of the same name.
* ``ps_to_string(self) -> str``: optional; what the object prints as in a string
  (its .NET ToString()); otherwise ``str(obj)``.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator


class PSMemberInfo:
    """A member added to an object (Add-Member) or declared by a type extension."""

    __slots__ = ("name",)
    member_type = "Member"

    def __init__(self, name: str):
        self.name = name

    def copy(self) -> "PSMemberInfo":
        raise NotImplementedError


class PSNoteProperty(PSMemberInfo):
    __slots__ = ("value",)
    member_type = "NoteProperty"

    def __init__(self, name: str, value: Any):
        super().__init__(name)
        self.value = value

    def copy(self) -> "PSNoteProperty":
        return PSNoteProperty(self.name, self.value)


class PSAliasProperty(PSMemberInfo):
    __slots__ = ("reference",)
    member_type = "AliasProperty"

    def __init__(self, name: str, reference: str):
        super().__init__(name)
        self.reference = reference

    def copy(self) -> "PSAliasProperty":
        return PSAliasProperty(self.name, self.reference)


class PSScriptProperty(PSMemberInfo):
    """Getter/setter are script blocks; the runtime invokes them with $this bound."""

    __slots__ = ("getter", "setter")
    member_type = "ScriptProperty"

    def __init__(self, name: str, getter: Any, setter: Any = None):
        super().__init__(name)
        self.getter = getter
        self.setter = setter

    def copy(self) -> "PSScriptProperty":
        return PSScriptProperty(self.name, self.getter, self.setter)


class PSCodeProperty(PSMemberInfo):
    """A property computed by Python code (used by type extensions of the engine)."""

    __slots__ = ("getter",)
    member_type = "CodeProperty"

    def __init__(self, name: str, getter: Callable[[Any], Any]):
        super().__init__(name)
        self.getter = getter

    def copy(self) -> "PSCodeProperty":
        return PSCodeProperty(self.name, self.getter)


class PSScriptMethod(PSMemberInfo):
    __slots__ = ("script",)
    member_type = "ScriptMethod"

    def __init__(self, name: str, script: Any):
        super().__init__(name)
        self.script = script

    def copy(self) -> "PSScriptMethod":
        return PSScriptMethod(self.name, self.script)


PROPERTY_MEMBER_TYPES = ("NoteProperty", "AliasProperty", "ScriptProperty", "CodeProperty")


class PSObject:
    """A PowerShell object: an optional base object plus ordered instance members.

    Member names are case-insensitive and keep their first spelling.
    """

    __slots__ = ("base", "members", "type_names", "__weakref__")

    def __init__(self, base: Any = None, type_names: list[str] | None = None):
        self.base = base
        # lower-case name -> member, in insertion order
        self.members: dict[str, PSMemberInfo] = {}
        if type_names is not None:
            self.type_names = list(type_names)
        elif base is None:
            self.type_names = ["System.Management.Automation.PSCustomObject", "System.Object"]
        else:
            self.type_names = []  # the runtime derives them from the base object

    @classmethod
    def custom(cls, properties: dict[str, Any] | Iterator[tuple[str, Any]] = ()) -> "PSObject":
        """A PSCustomObject with note properties in the given order."""
        obj = cls()
        items = properties.items() if isinstance(properties, dict) else properties
        for name, value in items:
            obj.add_member(PSNoteProperty(name, value))
        return obj

    @property
    def is_custom(self) -> bool:
        return self.base is None

    def add_member(self, member: PSMemberInfo, force: bool = False) -> None:
        key = member.name.lower()
        if key in self.members and not force:
            raise KeyError(member.name)
        self.members[key] = member

    def get_member(self, name: str) -> PSMemberInfo | None:
        return self.members.get(name.lower())

    def note(self, name: str, default: Any = None) -> Any:
        m = self.members.get(name.lower())
        return m.value if isinstance(m, PSNoteProperty) else default

    def set_note(self, name: str, value: Any) -> None:
        m = self.members.get(name.lower())
        if isinstance(m, PSNoteProperty):
            m.value = value
        else:
            self.members[name.lower()] = PSNoteProperty(name, value)

    def property_names(self) -> list[str]:
        return [m.name for m in self.members.values() if m.member_type in PROPERTY_MEMBER_TYPES]

    def copy(self) -> "PSObject":
        new = PSObject(self.base, list(self.type_names))
        new.members = {k: m.copy() for k, m in self.members.items()}
        return new

    def __repr__(self) -> str:
        if self.base is None:
            inner = "; ".join(f"{m.name}={getattr(m, 'value', '?')!r}" for m in self.members.values())
            return f"PSCustomObject(@{{{inner}}})"
        return f"PSObject({self.base!r})"


def base_object(value: Any) -> Any:
    """The object a PSObject wraps (itself when it is a PSCustomObject)."""
    if type(value) is PSObject and value.base is not None:
        return value.base
    return value
