"""Control flow signals (break, continue, return, exit, stopping upstream commands) and the
sentinel values of the evaluator.

They derive from BaseException so that no ``except Exception`` in a cmdlet or a .NET
shim swallows them; ``finally`` blocks still run.
"""
from __future__ import annotations

from typing import Any


class ControlFlow(BaseException):
    pass


class BreakSignal(ControlFlow):
    def __init__(self, label: str | None = None):
        super().__init__(label)
        self.label = label


class ContinueSignal(ControlFlow):
    def __init__(self, label: str | None = None):
        super().__init__(label)
        self.label = label


class ReturnSignal(ControlFlow):
    pass


class ExitSignal(ControlFlow):
    def __init__(self, code: int = 0):
        super().__init__(code)
        self.code = code


class StopUpstream(ControlFlow):
    """Raised by a command (Select-Object -First) that needs no more input: the pipeline
    that owns ``processor`` stops feeding it and runs the end blocks from that command on."""

    def __init__(self, processor: Any = None):
        super().__init__()
        self.processor = processor


class _AutomationNull:
    """PowerShell's AutomationNull.Value: 'nothing at all', as opposed to $null.
    Written to a pipeline it produces no object."""

    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "AutomationNull"

    def __bool__(self) -> bool:
        return False


AUTOMATION_NULL = _AutomationNull()
NO_DOLLAR_UNDER = object()  # sentinel for invoke_scriptblock(dollar_under=...)


# ------------------------------------------------------------------ enumeration

_ENUMERABLE_CACHE: dict[type, bool] = {list: True, tuple: True, str: False, int: False,
                                       float: False, bool: False, type(None): False,
                                       dict: False}


def _type_is_enumerable(t: type) -> bool:
    r = _ENUMERABLE_CACHE.get(t)
    if r is not None:
        return r
    flag = getattr(t, "PS_ENUMERABLE", None)
    if flag is not None:
        r = bool(flag)
    elif issubclass(t, (str, bytes, bytearray, dict)):
        r = False
    elif hasattr(t, "keys") and hasattr(t, "__getitem__"):
        r = False  # dictionaries (Hashtable, OrderedDictionary) are not unrolled
    elif t.__name__ == "PSObject":
        r = False  # decided per value (a PSObject wrapping a list is unrolled)
    else:
        # instances iterable (an Enum class is iterable, its members are not)
        r = any("__iter__" in k.__dict__ for k in t.__mro__ if k is not object)
    _ENUMERABLE_CACHE[t] = r
    return r


def is_enumerable(value: Any) -> bool:
    """True when PowerShell unrolls the value in a pipeline (arrays, lists, enumerators),
    False for scalars, strings and dictionaries."""
    t = type(value)
    if t.__name__ == "PSObject" and getattr(value, "base", None) is not None:
        return _type_is_enumerable(type(value.base))
    return _type_is_enumerable(t)


def enumerate_value(value: Any):
    """The objects a value contributes to a pipeline: its elements when enumerable,
    nothing for AutomationNull, else the value itself."""
    if value is AUTOMATION_NULL:
        return ()
    if is_enumerable(value):
        if type(value).__name__ == "PSObject":
            return value.base
        return value
    return (value,)
