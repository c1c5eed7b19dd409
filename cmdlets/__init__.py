"""The command library. Every module under cmdlets/core, cmdlets/exchange and cmdlets/lab
may define Cmdlet subclasses (one module per noun family); `all_cmdlets()` finds them."""
from __future__ import annotations

import importlib
import pkgutil

from ems.runtime.cmdlet import Cmdlet

_PACKAGES = ("cmdlets.core", "cmdlets.exchange", "cmdlets.lab")


def _subclasses(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out.append(sub)
        out.extend(_subclasses(sub))
    return out


def all_cmdlets() -> dict[str, type[Cmdlet]]:
    """Cmdlet name (case as declared) -> class, for every cmdlet in the library."""
    for package_name in _PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package_name}.{info.name}")
    # Only classes defined in the library count: a test may subclass Cmdlet for its own use.
    return {c.name: c for c in _subclasses(Cmdlet)
            if c.name and c.__module__.startswith(_PACKAGES)}
