"""The built-in .NET types: registration with accelerators, checks and constructors.
Static members live in statics.py (attached at the end of this module)."""
from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import uuid as _uuid
from typing import Any

from ems import primitives as P
from ems.runtime.psobject import PSObject
from ems.runtime.dotnet.types import (DotNetType, SwitchParameter, Version, array_type, generic_full_name,
                                      register_generic, register_type, type_of)
from ems.runtime.dotnet.collections import (ArrayList, GenericList, Hashtable, OrderedDictionary,
                                            TypedArray)


class StringBuilder:
    """System.Text.StringBuilder."""

    __slots__ = ("parts", "__weakref__")  # weakly referenced: instance members (Add-Member)
    type_name = "System.Text.StringBuilder"

    def __init__(self, text: str = ""):
        self.parts = [text] if text else []

    def text(self) -> str:
        s = "".join(self.parts)
        if len(self.parts) > 1:
            self.parts = [s]
        return s

    def ps_to_string(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"StringBuilder({self.text()!r})"


def _exact(*classes: type):
    return lambda v: type(v) in classes


def _int32_check(v: Any) -> bool:
    return type(v) is int and P.INT32_MIN <= v <= P.INT32_MAX


def _obj(v: Any) -> bool:
    return v is not None


def _reg(full: str, *acc: str, **kw: Any) -> DotNetType:
    accelerator = kw.pop("accelerator", acc[0] if acc else None)
    t = DotNetType(full, accelerator=accelerator, **kw)
    return register_type(t, *acc)


_reg("System.Object", "object", check=_obj, base=None, new=lambda a, c: PSObject())
_reg("System.ValueType", check=lambda v: isinstance(v, (int, float, _decimal.Decimal, _dt.datetime,
                                                             _dt.timedelta, _uuid.UUID)) and not isinstance(v, list),
     base="System.Object")
_reg("System.Enum", check=lambda v: __import__("enum").Enum in type(v).__mro__, base="System.ValueType")
_reg("System.String", "string", check=lambda v: type(v) is str, base="System.Object",
     new=lambda a, c: _new_string(a))
_reg("System.Int32", "int", "int32", check=_int32_check, base="System.ValueType", is_value_type=True, default=0)
_reg("System.Int64", "long", "int64", check=lambda v: type(v) is P.Int64 or (
    type(v) is int and not P.INT32_MIN <= v <= P.INT32_MAX), base="System.ValueType", is_value_type=True,
    default=P.Int64(0))
for _cls, _acc in ((P.Byte, ("byte",)), (P.SByte, ("sbyte",)), (P.Int16, ("int16", "short")),
                   (P.UInt16, ("uint16", "ushort")), (P.UInt32, ("uint32", "uint")),
                   (P.UInt64, ("uint64", "ulong"))):
    _reg(_cls.type_name, *_acc, check=_exact(_cls), base="System.ValueType", is_value_type=True, default=_cls(0))
_reg("System.Double", "double", check=_exact(float), base="System.ValueType", is_value_type=True, default=0.0)
_reg("System.Single", "single", "float", check=_exact(P.Single), base="System.ValueType", is_value_type=True,
     default=P.Single(0.0))
_reg("System.Decimal", "decimal", check=_exact(_decimal.Decimal), base="System.ValueType", is_value_type=True,
     default=_decimal.Decimal(0))
_reg("System.Boolean", "bool", "boolean", check=_exact(bool), base="System.ValueType", is_value_type=True,
     default=False)
_reg("System.Char", "char", check=_exact(P.Char), base="System.ValueType", is_value_type=True, default=P.Char("\0"))
_reg("System.DateTime", "datetime", check=lambda v: isinstance(v, _dt.datetime), base="System.ValueType",
     is_value_type=True, default=_dt.datetime(1, 1, 1), new=lambda a, c: _new_datetime(a))
_reg("System.TimeSpan", "timespan", check=lambda v: isinstance(v, _dt.timedelta), base="System.ValueType",
     is_value_type=True, default=_dt.timedelta(0), new=lambda a, c: _new_timespan(a))
_reg("System.Guid", "guid", check=lambda v: isinstance(v, _uuid.UUID), base="System.ValueType",
     is_value_type=True, default=_uuid.UUID(int=0), new=lambda a, c: _new_guid(a))
_reg("System.Void", "void", check=lambda v: False, base="System.ValueType")
_reg("System.Version", "version", check=lambda v: isinstance(v, Version), base="System.Object",
     new=lambda a, c: _new_version(a))
_reg("System.Array", "array", check=lambda v: isinstance(v, list) and not isinstance(v, (ArrayList, GenericList)),
     base="System.Object")
_reg("System.Collections.Hashtable", "hashtable", check=lambda v: isinstance(v, dict) and not isinstance(
    v, OrderedDictionary), base="System.Object", new=lambda a, c: Hashtable())
_reg("System.Collections.Specialized.OrderedDictionary", "ordered", check=_exact(OrderedDictionary),
     base="System.Object", new=lambda a, c: OrderedDictionary(), accelerator="ordered")
_reg("System.Collections.ArrayList", check=_exact(ArrayList), base="System.Object",
     new=lambda a, c: _new_arraylist(a), accelerator=None)
_reg("System.Management.Automation.PSObject", "psobject", check=lambda v: type(v) is PSObject,
     base="System.Object", new=lambda a, c: PSObject() if not a else a[0])
_reg("System.Management.Automation.PSCustomObject", "pscustomobject",
     check=lambda v: type(v) is PSObject, base="System.Object", accelerator="System.Management.Automation.PSObject")
_reg("System.Management.Automation.ScriptBlock", "scriptblock",
     check=lambda v: type(v).__name__ == "ScriptBlock", base="System.Object")
_reg("System.Management.Automation.SwitchParameter", "switch", check=lambda v: isinstance(v, SwitchParameter),
     base="System.ValueType", is_value_type=True, default=SwitchParameter(False))
_reg("System.Type", "type", check=lambda v: isinstance(v, DotNetType), base="System.Object")
_reg("System.RuntimeType", check=lambda v: isinstance(v, DotNetType), base="System.Type", accelerator=None)
_reg("System.Text.StringBuilder", check=_exact(StringBuilder), base="System.Object",
     new=lambda a, c: _new_sb(a))
_reg("System.Math", "math", check=lambda v: False, base="System.Object")
_reg("System.Convert", check=lambda v: False, base="System.Object")
_reg("System.Environment", check=lambda v: False, base="System.Object")
_reg("System.IO.Path", check=lambda v: False, base="System.Object")
_reg("System.Text.RegularExpressions.Regex", "regex", base="System.Object",
     check=lambda v: type(v).__name__ == "Regex", new=lambda a, c: _new_regex(a, c))
_reg("System.Text.RegularExpressions.Match", check=lambda v: type(v).__name__ == "Match", base="System.Object")
_reg("System.Xml.XmlDocument", "xml", check=lambda v: False, base="System.Object")
_reg("System.Management.Automation.ErrorRecord", check=lambda v: type(v).__name__ == "ErrorRecord",
     base="System.Object")
_reg("System.Exception", check=lambda v: isinstance(v, BaseException), base="System.Object")
_reg("System.Management.Automation.RuntimeException", check=lambda v: isinstance(v, BaseException),
     base="System.Exception")
# interfaces
_reg("System.Collections.IEnumerable", check=lambda v: isinstance(v, (list, tuple, dict, str)),
     base=None, is_interface=True)
_reg("System.Collections.ICollection", check=lambda v: isinstance(v, (list, tuple, dict)), base=None,
     is_interface=True)
_reg("System.Collections.IList", check=lambda v: isinstance(v, (list, tuple)), base=None, is_interface=True)
_reg("System.Collections.IDictionary", check=lambda v: isinstance(v, dict), base=None, is_interface=True)
_reg("System.IComparable", check=lambda v: isinstance(v, (int, float, str, _decimal.Decimal, _dt.datetime,
                                                           _dt.timedelta, Version)), base=None, is_interface=True)
_reg("System.IFormattable", check=lambda v: isinstance(v, (int, float, _decimal.Decimal, _dt.datetime,
                                                            _dt.timedelta)) and not isinstance(v, bool),
     base=None, is_interface=True)


def _list_factory(args: list[DotNetType]) -> DotNetType:
    el = args[0]
    full = generic_full_name("System.Collections.Generic.List`1", [el])
    from ems.runtime.dotnet.types import _REGISTRY
    t = _REGISTRY.get(full.lower())
    if t is None:
        t = DotNetType(full, name="List`1", base="System.Object", generic_arguments=(el,),
                       check=lambda v, e=el: isinstance(v, GenericList) and (v.element_type or _OBJECT) == e,
                       new=lambda a, c, e=el: _new_generic_list(e, a, c))
        register_type(t)
    return t


class GenericDictionary(dict):
    """System.Collections.Generic.Dictionary[K,V]: ordinal (case-sensitive) keys."""

    __slots__ = ("key_type", "value_type")

    def __init__(self, items: Any = (), key_type: Any = None, value_type: Any = None):
        super().__init__(items)
        self.key_type = key_type
        self.value_type = value_type

    @property
    def type_name(self) -> str:
        return generic_full_name("System.Collections.Generic.Dictionary`2", [self.key_type, self.value_type])


def _dict_factory(args: list[DotNetType]) -> DotNetType:
    k, v = (args + [_OBJECT, _OBJECT])[:2]
    full = generic_full_name("System.Collections.Generic.Dictionary`2", [k, v])
    from ems.runtime.dotnet.types import _REGISTRY
    t = _REGISTRY.get(full.lower())
    if t is None:
        t = DotNetType(full, name="Dictionary`2", base="System.Object", generic_arguments=(k, v),
                       check=lambda x, kk=k, vv=v: isinstance(x, GenericDictionary) and x.key_type == kk
                       and x.value_type == vv,
                       new=lambda a, c, kk=k, vv=v: GenericDictionary((), kk, vv))
        register_type(t)
    return t


def _collection_factory(args: list[DotNetType]) -> DotNetType:
    el = args[0]
    full = generic_full_name("System.Collections.ObjectModel.Collection`1", [el]).replace(
        "System.Management.Automation.PSObject, mscorlib, Version=4.0.0.0, Culture=neutral, "
        "PublicKeyToken=b77a5c561934e089",
        "System.Management.Automation.PSObject, System.Management.Automation, Version=3.0.0.0, "
        "Culture=neutral, PublicKeyToken=31bf3856ad364e35")
    from ems.runtime.dotnet.types import _REGISTRY
    t = _REGISTRY.get(full.lower())
    if t is None:
        t = DotNetType(full, name="Collection`1", base="System.Object", generic_arguments=(el,),
                       check=lambda v: type(v).__name__ == "_Collection")
        register_type(t)
    return t


register_generic("System.Collections.Generic.List", _list_factory, "Collections.Generic.List")
register_generic("System.Collections.ObjectModel.Collection", _collection_factory)
register_generic("System.Collections.Generic.Dictionary", _dict_factory, "Collections.Generic.Dictionary")
from ems.runtime.dotnet.types import _REGISTRY as _R  # noqa: E402
_OBJECT = _R["system.object"]


# ---------------------------------------------------------------- constructors


def _new_string(a: list) -> str:
    from ems.runtime import conversion as C
    if len(a) == 2:
        return C.to_string(a[0]) * C.to_int(a[1])
    if len(a) == 1:
        v = a[0]
        if isinstance(v, list):
            return "".join(C.to_string(x) for x in v)
        return C.to_string(v)
    return ""


def _new_datetime(a: list) -> _dt.datetime:
    from ems.runtime import conversion as C
    nums = [C.to_int(x) for x in a]
    if len(nums) == 1:
        return C.ticks_to_datetime(nums[0])
    if len(nums) in (3, 6, 7):
        if len(nums) == 7:
            nums[6] = nums[6] * 1000
        try:
            return _dt.datetime(*nums)
        except ValueError:
            from ems.runtime.exceptions import MethodInvocationException
            raise MethodInvocationException(
                f'Exception calling ".ctor" with "{len(a)}" argument(s): "Year, Month, and Day parameters '
                f'describe an un-representable DateTime."')
    return _dt.datetime(1, 1, 1)


def _new_timespan(a: list) -> _dt.timedelta:
    from ems.runtime import conversion as C
    nums = [C.to_int(x) if not isinstance(x, P.Int64) else int(x) for x in a]
    if len(nums) == 1:
        return C.ticks_to_timespan(nums[0])
    if len(nums) == 3:
        return _dt.timedelta(hours=nums[0], minutes=nums[1], seconds=nums[2])
    if len(nums) == 4:
        return _dt.timedelta(days=nums[0], hours=nums[1], minutes=nums[2], seconds=nums[3])
    if len(nums) == 5:
        return _dt.timedelta(days=nums[0], hours=nums[1], minutes=nums[2], seconds=nums[3],
                             milliseconds=nums[4])
    return _dt.timedelta(0)


def _new_guid(a: list) -> _uuid.UUID:
    from ems.runtime import conversion as C
    if not a:
        return _uuid.UUID(int=0)
    return C.parse_guid(C.to_string(a[0]))


def _new_version(a: list) -> Version:
    from ems.runtime import conversion as C
    if len(a) == 1 and isinstance(a[0], str):
        return Version.parse(a[0])
    return Version(*[C.to_int(x) for x in a]) if a else Version(0, 0)


def _new_arraylist(a: list) -> ArrayList:
    if a and isinstance(a[0], (list, tuple)):
        return ArrayList(a[0])
    return ArrayList()


def _new_generic_list(el: DotNetType, a: list, ctx: Any) -> GenericList:
    from ems.runtime import conversion as C
    if a and isinstance(a[0], (list, tuple)):
        return GenericList((C.convert_to(x, el, ctx) for x in a[0]), el)
    return GenericList((), el)


def _new_sb(a: list) -> StringBuilder:
    from ems.runtime import conversion as C
    if a and isinstance(a[0], str):
        return StringBuilder(a[0])
    return StringBuilder()


def _new_regex(a: list, ctx: Any) -> Any:
    from ems.runtime import conversion as C
    from ems.runtime.dotnet.regex import Regex
    pattern = C.to_string(a[0]) if a else ""
    options = a[1] if len(a) > 1 else None
    return Regex(pattern, options)


from ems.runtime.dotnet import enums as _enums  # noqa: F401,E402
from ems.runtime.dotnet import regex as _regex  # noqa: F401,E402

from ems.runtime.dotnet import statics as _statics  # noqa: F401,E402
from ems.runtime.dotnet import extras as _extras  # noqa: F401,E402
from ems.runtime.dotnet import xml as _xml  # noqa: F401,E402
