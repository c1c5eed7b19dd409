"""The .NET type shims: type registry, accelerators, collection classes and static members.

    resolve_type("int")                  -> DotNetType(System.Int32)
    resolve_type("System.Collections.Generic.List[string]")
    type_of(value)                       -> the value's DotNetType (GetType())
"""
from ems.runtime.dotnet.types import (DotNetType, PSEnum, PSFlags, StaticMember, SwitchParameter, Version,
                                      array_type, dotnet_enum, register_enum_class, register_model_class,
                                      register_type, resolve_type, type_of, type_full_name)
from ems.runtime.dotnet.collections import (ArrayList, GenericList, Hashtable, OrderedDictionary, TypedArray,
                                            is_fixed_size)

__all__ = [
    "DotNetType", "PSEnum", "PSFlags", "StaticMember", "SwitchParameter", "Version", "array_type", "dotnet_enum",
    "register_enum_class", "register_model_class", "register_type", "resolve_type", "type_of",
    "type_full_name", "ArrayList", "GenericList", "Hashtable", "OrderedDictionary", "TypedArray",
    "is_fixed_size",
]
