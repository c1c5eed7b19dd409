"""The .NET collection classes scripts construct: Hashtable, OrderedDictionary, ArrayList, List[T].

* A plain Python ``list`` stands for ``System.Object[]``: fixed size (``.Add`` fails).
* ``TypedArray`` is a fixed-size ``T[]`` (``[int[]]``, ``[string[]]``) remembering its element type.
* ``ArrayList`` and ``GenericList`` grow (``.Add`` works); ``GenericList`` converts what is added
  to its element type.
* ``Hashtable`` is a ``dict`` whose string keys are case-insensitive (as PowerShell's
  ``@{}``), keeping the first spelling of each key. NOTE: a real Hashtable enumerates in hash
  order; we keep insertion order (deterministic, and what most people expect to see).
* ``OrderedDictionary`` (``[ordered]@{}``) is the same with its own type name; an integer
  index on it reads by position (``$o[0]``).
"""
from __future__ import annotations

from typing import Any, Iterable


def _norm(key: Any) -> Any:
    if isinstance(key, str):
        return key.lower()
    if isinstance(key, bool):
        return (bool, key)
    # PSObject wrappers: key on the base object
    base = getattr(key, "base", None)
    if base is not None and type(key).__name__ == "PSObject":
        return _norm(base)
    return key


class Hashtable(dict):
    """System.Collections.Hashtable with case-insensitive string keys."""

    __slots__ = ("_keys", "__weakref__")  # weakly referenced: instance members (Add-Member)
    type_name = "System.Collections.Hashtable"

    def __init__(self, items: Any = (), **kw: Any):
        super().__init__()
        self._keys: dict[Any, Any] = {}
        if items:
            self.update(items)
        if kw:
            self.update(kw)

    # -- key lookup -----------------------------------------------------
    def real_key(self, key: Any) -> Any:
        """The stored spelling of `key`, or a sentinel-free KeyError."""
        try:
            return self._keys[_norm(key)]
        except TypeError:
            raise KeyError(key) from None

    def __getitem__(self, key: Any) -> Any:
        return dict.__getitem__(self, self.real_key(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        n = _norm(key)
        real = self._keys.get(n, _MISSING)
        if real is _MISSING:
            self._keys[n] = key
            dict.__setitem__(self, key, value)
        else:
            dict.__setitem__(self, real, value)

    def __delitem__(self, key: Any) -> None:
        real = self.real_key(key)
        del self._keys[_norm(key)]
        dict.__delitem__(self, real)

    def __contains__(self, key: Any) -> bool:
        try:
            return _norm(key) in self._keys
        except TypeError:
            return False

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key: Any, *default: Any) -> Any:
        if key in self:
            real = self.real_key(key)
            del self._keys[_norm(key)]
            return dict.pop(self, real)
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, items: Any = (), **kw: Any) -> None:  # type: ignore[override]
        if hasattr(items, "items"):
            items = items.items()
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self) -> None:
        dict.clear(self)
        self._keys.clear()

    def popitem(self) -> tuple[Any, Any]:
        k, v = dict.popitem(self)
        del self._keys[_norm(k)]
        return k, v

    def add(self, key: Any, value: Any) -> None:
        """Hashtable.Add: fails on a duplicate key with .NET's message."""
        if key in self:
            raise KeyError(
                f"Item has already been added. Key in dictionary: '{self.real_key(key)}'  Key being added: '{key}'")
        self[key] = value

    def copy(self) -> "Hashtable":
        new = type(self)()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (list(self.items()),))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"


_MISSING = object()


class OrderedDictionary(Hashtable):
    """System.Collections.Specialized.OrderedDictionary (`[ordered]@{}`)."""

    __slots__ = ()
    type_name = "System.Collections.Specialized.OrderedDictionary"

    def value_at(self, index: int) -> Any:
        return list(self.values())[index]


class TypedArray(list):
    """A fixed-size array with an element type: `[int[]]`, `[string[]]`."""

    __slots__ = ("element_type",)

    def __init__(self, items: Iterable[Any] = (), element_type: Any = None):
        super().__init__(items)
        self.element_type = element_type  # a DotNetType

    @property
    def type_name(self) -> str:
        return (self.element_type.full_name if self.element_type is not None else "System.Object") + "[]"


class ArrayList(list):
    """System.Collections.ArrayList: grows; `.Add` returns the new index."""

    __slots__ = ("__weakref__",)
    type_name = "System.Collections.ArrayList"


class GenericList(list):
    """System.Collections.Generic.List[T]; `element_type` is a DotNetType (None: object)."""

    __slots__ = ("element_type", "__weakref__")

    def __init__(self, items: Iterable[Any] = (), element_type: Any = None):
        super().__init__(items)
        self.element_type = element_type

    @property
    def type_name(self) -> str:
        from ems.runtime.dotnet.types import generic_full_name
        return generic_full_name("System.Collections.Generic.List`1", [self.element_type])


def is_fixed_size(value: Any) -> bool:
    """True for arrays (.NET `T[]`), whose size cannot change."""
    return isinstance(value, list) and not isinstance(value, (ArrayList, GenericList)) and not getattr(
        value, "growable", False)
