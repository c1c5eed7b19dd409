"""Shared bits of the servicing simulations: versions, argument parsing of Windows programs."""
from __future__ import annotations

from typing import Any, Callable

from ems.model.values import ServerVersion

RTM_VERSION = "Version 14.0 (Build 639.21)"
SP1_VERSION = "Version 14.1 (Build 218.15)"

Out = Callable[[str], None]


def is_sp1(server: Any) -> bool:
    """The server runs Exchange 2010 SP1 or later."""
    v = getattr(server, "version", None)
    if v is None:
        return False
    return str(v) == SP1_VERSION or _tuple(v) >= _tuple(ServerVersion.parse(SP1_VERSION))


def _tuple(v: Any) -> tuple:
    parts = []
    for name in ("Major", "Minor", "Build", "Revision"):
        x = getattr(v, name, None)
        if x is None:
            x = getattr(v, name.lower(), 0)
        try:
            parts.append(int(x))
        except (TypeError, ValueError):
            parts.append(0)
    return tuple(parts)


def parse_switches(argv: list[str]) -> tuple[dict[str, str | None], list[str]]:
    """Windows-style switches: ``/name``, ``/name:value``, ``-name:value`` (names lower-cased).
    Returns (switches, other arguments)."""
    switches: dict[str, str | None] = {}
    rest: list[str] = []
    for a in argv:
        if a and a[0] in "/-" and len(a) > 1 and (a[1].isalpha() or a[1] == "?"):
            name, colon, value = a[1:].partition(":")
            if not colon:
                name, eq, value = a[1:].partition("=")
                colon = eq
            switches[name.lower()] = value if colon else None
        else:
            rest.append(a)
    return switches, rest


def short_name(name: str) -> str:
    return name.split(".", 1)[0]
