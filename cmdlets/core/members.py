"""The member cmdlets: Get-Member, Add-Member, New-Object."""
from __future__ import annotations

from typing import Any

from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter, ParameterSetSpec
from ems.runtime.psobject import (PSAliasProperty, PSNoteProperty, PSObject, PSScriptMethod,
                                  PSScriptProperty, base_object)

from cmdlets.core.object import (OBJ, OBJS, STR, STRS, _mem, has_wildcard, is_scriptblock,
                                 to_str, type_names, wildcard_match)

MEMBER_TYPES = ("AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty",
                "Properties", "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods",
                "ParameterizedProperty", "MemberSet", "Event", "Dynamic", "All")
PROPERTY_KINDS = ("AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty")
METHOD_KINDS = ("Method", "CodeMethod", "ScriptMethod")
PS_MEMBER_TYPES = "System.Management.Automation.PSMemberTypes"


class MemberDefinition:
    """Microsoft.PowerShell.Commands.MemberDefinition: one line of Get-Member's output."""

    PS_TYPE_NAMES = ("Microsoft.PowerShell.Commands.MemberDefinition", "System.Object")
    PS_PROPERTIES = ("TypeName", "Name", "MemberType", "Definition")

    def __init__(self, type_name: str, name: str, member_type: str, definition: str):
        self.TypeName = type_name
        self.Name = name
        self.MemberType = member_type
        self.Definition = definition

    def ps_to_string(self) -> str:
        return self.Definition

    def __repr__(self) -> str:
        return f"MemberDefinition({self.Name!r}, {self.MemberType!r}, {self.Definition!r})"


def _register_views() -> None:
    try:
        from ems.format import views
    except Exception:  # the formatter is not there: objects still print from their properties
        return
    reg = views.DEFAULT_REGISTRY
    tn = "Microsoft.PowerShell.Commands.MemberDefinition"
    if reg.find_view([tn], "table") is None:
        try:
            reg.register_table_view(tn, ["Name", "MemberType", "Definition"],
                                    group_by=("TypeName", "TypeName"), wrap=True, autosize=True)
        except TypeError:  # a formatter without autosize views
            reg.register_table_view(tn, ["Name", "MemberType", "Definition"],
                                    group_by=("TypeName", "TypeName"), wrap=True)


_register_views()


def _type_filter(member_type: Any) -> set[str] | None:
    """The member kinds a -MemberType value selects (None: all)."""
    if member_type is None:
        return None
    raw = member_type if isinstance(member_type, (list, tuple)) else [member_type]
    kinds: set[str] = set()
    for item in raw:
        for part in to_str(item).replace(" ", "").split(","):
            p = part.lower()
            if p == "all":
                return None
            if p == "properties":
                kinds.update(k.lower() for k in PROPERTY_KINDS)
            elif p == "methods":
                kinds.update(k.lower() for k in METHOD_KINDS)
            elif p:
                kinds.add(p)
    return kinds


class GetMember(Cmdlet):
    name = "Get-Member"
    module = "Microsoft.PowerShell.Utility"
    aliases = ("gm",)
    parameters = (
        Parameter("InputObject", OBJ, pipeline=True),
        Parameter("Name", STRS, position=0),
        Parameter("MemberType", PS_MEMBER_TYPES, enum_values=MEMBER_TYPES, aliases=("Type",)),
        Parameter("View", "System.Management.Automation.PSMemberViewTypes",
                  enum_values=("Extended", "Adapted", "Base", "All"),
                  help="Extended: the members added by Add-Member and type extensions; Adapted and "
                       "Base: the object's own properties and methods; All: both. The default "
                       "shows Adapted and Extended."),
        Parameter("Static", SWITCH),
        Parameter("Force", SWITCH),
    )
    synopsis = "Gets the properties and methods of objects."
    description = (
        "Get-Member lists the members (properties and methods) of the objects it receives, once "
        "for each type, under a `TypeName:` heading. -MemberType limits the kinds of member "
        "(Property, NoteProperty, Method, Properties, Methods...), -Name the names (wildcards "
        "allowed), -Static shows the static members of the type, -Force adds the hidden ones.")
    examples = (
        ("Get-Mailbox | Get-Member", "The properties and methods of mailbox objects."),
        ("Get-MailboxDatabase | Get-Member -MemberType Property", "Only the properties."),
        ("[datetime] | Get-Member -Static", "The static members of DateTime, such as Now and Parse."),
    )

    def begin(self) -> None:
        self._seen: set[str] = set()
        self._any = False

    def process(self) -> None:
        if "InputObject" not in self.bound_parameters and self.InputObject is None:
            return
        obj = self.InputObject
        if obj is None:
            return
        self._any = True
        static = bool(self.Static)
        names = type_names(obj)
        tn = names[0] if names else "System.Object"
        if static:
            t = base_object(obj)
            full = getattr(t, "full_name", None)
            if full:
                tn = full
        key = ("static:" if static else "") + tn.lower()
        if key in self._seen:
            return
        self._seen.add(key)
        kinds = _type_filter(self.MemberType)
        views = {v.lower() for v in _as_strings(self.View)} if self.View is not None else {"adapted", "extended"}
        if "all" in views:
            views = {"adapted", "extended", "base"}
        patterns = [to_str(n) for n in (self.Name or [])]
        if static:
            members = _static_members(base_object(obj))
        else:
            members = _mem().members_of(obj, self.context)
        rows = []
        for m in members:
            name, mtype, definition = _member_fields(m)
            if kinds is not None and mtype.lower() not in kinds:
                continue
            if patterns and not any(wildcard_match(p, name) for p in patterns):
                continue
            extended = mtype in EXTENDED_KINDS
            if (extended and "extended" not in views) or (not extended and not views & {"adapted", "base"}):
                continue
            rows.append(MemberDefinition(tn, name, mtype, definition))
        rows.sort(key=lambda r: (r.MemberType.lower(), r.Name.lower()))
        for r in rows:
            self.write_object(r)

    def end(self) -> None:
        if not self._any:
            self.write_error("You must specify an object for the Get-Member cmdlet.", "CloseError",
                             "NoObjectInGetMember", None, "InvalidOperationException")


EXTENDED_KINDS = ("NoteProperty", "AliasProperty", "ScriptProperty", "CodeProperty", "ScriptMethod",
                  "CodeMethod", "PropertySet", "MemberSet")


def _as_strings(value: Any) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else [value]
    out: list[str] = []
    for item in items:
        out.extend(p.strip() for p in to_str(item).split(",") if p.strip())
    return out


def _static_members(t: Any) -> list[tuple[str, str, str]]:
    """The static members of a type value (`[datetime] | Get-Member -Static`)."""
    out = []
    seen: set[str] = set()
    while t is not None and getattr(t, "statics", None) is not None:
        for sm in t.statics.values():
            if sm.name.lower() in seen:
                continue
            seen.add(sm.name.lower())
            kind = "Method" if sm.kind == "Method" else "Property"
            definition = sm.definition or (f"static {sm.name}" if kind == "Property" else f"static {sm.name}()")
            out.append((sm.name, kind, definition))
        base = getattr(t, "base_type", None)
        t = base if base is not t else None
    return out


def _member_fields(m: Any) -> tuple[str, str, str]:
    if isinstance(m, tuple):
        return str(m[0]), str(m[1]), str(m[2])
    name = getattr(m, "Name", None) or getattr(m, "name", "")
    mtype = getattr(m, "MemberType", None) or getattr(m, "member_type", "")
    definition = getattr(m, "Definition", None) or getattr(m, "definition", "")
    return str(name), str(mtype), str(definition)


# ====================================================================== Add-Member
class AddMember(Cmdlet):
    name = "Add-Member"
    parameters = (
        Parameter("InputObject", OBJ, mandatory=True, pipeline=True),
        Parameter("MemberType", PS_MEMBER_TYPES, position=0, mandatory=True, enum_values=MEMBER_TYPES,
                  aliases=("Type",), sets=("MemberSet",)),
        Parameter("Name", STR, position=1, mandatory=True, sets=("MemberSet",)),
        Parameter("Value", "System.Object", position=2, sets=("MemberSet",)),
        Parameter("SecondValue", "System.Object", position=3, sets=("MemberSet",)),
        Parameter("TypeName", STR, mandatory=False,
                  per_set={"TypeNameSet": ParameterSetSpec(mandatory=True)},
                  sets=("MemberSet", "NotePropertySingleMemberSet", "NotePropertyMultiMemberSet", "TypeNameSet")),
        # PowerShell's ValidateNotePropertyName: a member type name is not a note property
        # name, so `Add-Member NoteProperty Name Value` binds NoteProperty to -MemberType.
        Parameter("NotePropertyName", STR, position=0, mandatory=True, sets=("NotePropertySingleMemberSet",),
                  validate_pattern="^(?!(" + "|".join(MEMBER_TYPES) + ")$)"),
        Parameter("NotePropertyValue", "System.Object", position=1, mandatory=True,
                  sets=("NotePropertySingleMemberSet",)),
        Parameter("NotePropertyMembers", "System.Collections.IDictionary", position=0, mandatory=True,
                  sets=("NotePropertyMultiMemberSet",)),
        Parameter("Force", SWITCH, sets=("MemberSet", "NotePropertySingleMemberSet", "NotePropertyMultiMemberSet")),
        Parameter("PassThru", SWITCH),
    )
    default_parameter_set = "TypeNameSet"
    synopsis = "Adds custom properties and methods to an instance of a Windows PowerShell object."
    description = (
        "Add-Member adds a member to an object: a NoteProperty (a value), an AliasProperty "
        "(another name for a property), a ScriptProperty (a script block computing the value, "
        "with an optional setter) or a ScriptMethod. -NotePropertyName/-NotePropertyValue and "
        "-NotePropertyMembers (a hashtable) add note properties directly. Adding a name that "
        "exists fails unless -Force is given. -TypeName adds a type name; -PassThru returns the "
        "object.")
    examples = (
        ("$o = New-Object PSObject; $o | Add-Member NoteProperty Server EX01", "Adds a Server property."),
        ("$db | Add-Member -NotePropertyName Checked -NotePropertyValue $true -PassThru", "Adds a note property and returns the object."),
        ("$o | Add-Member ScriptMethod Describe { \"$($this.Server)\" }", "A method using $this."),
    )

    def process(self) -> None:
        obj = self.InputObject
        target, wrapped = self._target(obj)
        ps = self.parameter_set_name
        members: list[Any] = []
        if ps == "NotePropertySingleMemberSet":
            members.append(PSNoteProperty(to_str(self.NotePropertyName), self.NotePropertyValue))
        elif ps == "NotePropertyMultiMemberSet":
            table = base_object(self.NotePropertyMembers)
            for k, v in (table.items() if isinstance(table, dict) else []):
                members.append(PSNoteProperty(to_str(k), v))
        elif ps == "MemberSet":
            member = self._build_member()
            if member is None:
                return
            members.append(member)
        for member in members:
            if not self._add(target, member):
                return
        if self.TypeName:
            names = type_names(target)
            target.type_names = [self.TypeName] + [n for n in names if n != self.TypeName]
        if self.PassThru:
            self.write_object(wrapped)

    def _target(self, obj: Any) -> tuple[PSObject, Any]:
        """The PSObject that receives the members, and what -PassThru returns."""
        if isinstance(obj, PSObject):
            return obj, obj
        attach = getattr(_mem(), "instance_members", None)
        if attach is not None:
            ps = attach(obj)
            if ps is not None:
                return ps, ps
        ps = PSObject(obj)
        return ps, ps

    def _build_member(self) -> Any:
        kind = to_str(self.MemberType).replace(" ", "")
        name = to_str(self.Name)
        low = kind.lower()
        if low == "noteproperty":
            return PSNoteProperty(name, self.Value)
        if low == "aliasproperty":
            if self.Value is None:
                self._missing_value("Value", kind)
                return None
            return PSAliasProperty(name, to_str(self.Value))
        if low == "scriptproperty":
            getter = base_object(self.Value)
            setter = base_object(self.SecondValue)
            if getter is not None and not is_scriptblock(getter):
                self._bad_value(kind)
                return None
            return PSScriptProperty(name, getter, setter)
        if low == "scriptmethod":
            script = base_object(self.Value)
            if script is None or not is_scriptblock(script):
                self._bad_value(kind)
                return None
            return PSScriptMethod(name, script)
        self.throw_terminating_error(
            f'Cannot add a member with type "{kind}". Specify a different type for the '
            "MemberTypes parameter.", "InvalidOperation", "CannotAddMemberType", None,
            "InvalidOperationException")
        return None

    def _missing_value(self, which: str, kind: str) -> None:
        self.throw_terminating_error(
            f'The {which} parameter is required for a member of type "{kind}". Specify the '
            f"{which} parameter when adding members of this type and try the command again.",
            "InvalidOperation", f"{which}ShouldBeSpecified", None, "InvalidOperationException")

    def _bad_value(self, kind: str) -> None:
        self.throw_terminating_error(
            f'Cannot convert the value of the Value parameter for a member of type "{kind}" to '
            "a script block.", "InvalidArgument", "ConvertToScriptBlockError", None,
            "PSInvalidCastException")

    def _add(self, target: PSObject, member: Any) -> bool:
        exists = target.get_member(member.name) is not None
        if not exists and target.base is not None:
            from cmdlets.core.object import has_prop
            exists = has_prop(target.base, member.name)
        if exists and not self.Force:
            self.write_error(
                f'Cannot add a member with the name "{member.name}" because a member with that '
                "name already exists. To overwrite the member anyway, add the Force parameter to "
                "your command.", "InvalidOperation", "MemberAlreadyExists", target,
                "InvalidOperationException")
            return False
        target.add_member(member, force=True)
        return True


# ====================================================================== New-Object
_CUSTOM_NAMES = ("psobject", "system.management.automation.psobject", "pscustomobject",
                 "system.management.automation.pscustomobject")


class NewObject(Cmdlet):
    name = "New-Object"
    parameters = (
        Parameter("TypeName", STR, position=0, mandatory=True, sets=("Net",)),
        Parameter("ComObject", STR, position=0, mandatory=True, sets=("Com",)),
        Parameter("ArgumentList", OBJS, position=1, sets=("Net",), aliases=("Args",)),
        Parameter("Strict", SWITCH, sets=("Com",)),
        Parameter("Property", "System.Collections.IDictionary"),
    )
    default_parameter_set = "Net"
    synopsis = "Creates an instance of a Microsoft .NET Framework or COM object."
    description = (
        "New-Object creates an object of a .NET type, passing -ArgumentList to its constructor, "
        "then sets the properties in -Property. `New-Object PSObject -Property @{...}` makes a "
        "custom object with those note properties. The emulator knows the types admin scripts "
        "use: PSObject, System.Collections.ArrayList, System.Collections.Hashtable, "
        "System.Text.StringBuilder, DateTime, TimeSpan, generic lists and dictionaries, and "
        "others; COM objects are not available.")
    examples = (
        ("New-Object PSObject -Property @{Server='EX01'; Role='Mailbox'}", "A custom object with two properties."),
        ("$list = New-Object System.Collections.ArrayList", "An ArrayList to Add() to."),
        ("New-Object DateTime 2010,11,15", "The date 11/15/2010."),
        ("New-Object 'System.Collections.Generic.List[string]'", "A generic list of strings."),
    )

    def process(self) -> None:
        if self.parameter_set_name == "Com":
            self.throw_terminating_error(
                f"Retrieving the COM class factory for component with CLSID {{{to_str(self.ComObject)}}} "
                "failed: COM objects are not available in the emulator.", "ResourceUnavailable",
                "NoCOMClassIdentified", self.ComObject, "COMException")
            return
        name = to_str(self.TypeName).strip()
        if name.startswith("[") and name.endswith("]"):
            name = name[1:-1]
        args = self.ArgumentList
        if args is None:
            args = []
        elif not isinstance(args, (list, tuple)):
            args = [args]
        if name.lower() in _CUSTOM_NAMES:
            obj: Any = PSObject()
            if args and name.lower().endswith("psobject"):
                # New-Object PSObject $x wraps $x
                obj = args[0] if isinstance(args[0], PSObject) else PSObject(args[0])
            self._set_properties(obj)
            self.write_object(obj)
            return
        from ems.runtime.dotnet import types as T
        from ems.runtime.exceptions import PSRuntimeException
        t = T.resolve_type(name)
        if t is None:
            self.throw_terminating_error(
                f"Cannot find type [{name}]: verify that the assembly containing this type is loaded.",
                "InvalidType", "TypeNotFound", name, "PSArgumentException")
            return
        try:
            obj = t.new(list(args), self.context)
        except PSRuntimeException as exc:
            self.throw_terminating_error(exc.message, exc.category.name, exc.error_id, name,
                                         exc.short_type_name)
            return
        if self.Property is not None:
            obj = self._set_properties(obj)
        self.write_object(obj)

    def _set_properties(self, obj: Any) -> Any:
        table = base_object(self.Property)
        if not isinstance(table, dict):
            return obj
        for key, value in table.items():
            pname = to_str(key)
            if isinstance(obj, PSObject) and obj.is_custom:
                obj.set_note(pname, value)
                continue
            try:
                _mem().set_member(obj, pname, value, self.context)
            except Exception:
                self.write_error(f'The member "{pname}" was not found for the specified .NET object.',
                                 "InvalidOperation", "InvalidOperationException", obj,
                                 "InvalidOperationException")
        return obj
