"""Transport in the simulated organization: mail flow hop by hop, queues, Shadow Redundancy,
the transport dumpster and message tracking (see engine.py for the rules).

``transport_of(org)`` returns the organization's Transport (``org.extensions["transport"]``),
creating it on first use (it then listens to server, service and activation events);
``dumpster_statistics(org, db)`` gives ``(entries, servers_not_available)`` for
Get-MailboxDatabase -DumpsterStatistics (DumpsterStatistics and DumpsterServersNotAvailable).

A saved state's transport part is restored by ``load.EXTENSION_LOADERS["transport"]``
(registered when this package is imported); if the package was imported only after the
organization was loaded, ``transport_of`` restores it from ``org.extensions["_unloaded"]``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ems.model import load as _load
from ems.model.transport.engine import (CATEGORIZE_SECONDS, EVENT_IDS, SMTP_HOP_SECONDS, STORE_SECONDS,
                                        MailItem, Message, Node, Queue, Transport)

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.databases import MailboxDatabase
    from ems.model.org import Organization

EXTENSION = "transport"


class _Extension:
    """What ``org.extensions["transport"]`` holds: the Transport, saved through ``to_json``."""

    __slots__ = ("transport",)

    def __init__(self, transport: Transport):
        self.transport = transport

    def to_json(self) -> Any:
        from ems.model.transport.persist import dump
        return dump(self.transport)


def attach(org: "Organization") -> Transport:
    ext = org.extensions.get(EXTENSION)
    if isinstance(ext, _Extension):
        return ext.transport
    t = Transport(org)
    org.extensions[EXTENSION] = _Extension(t)
    return t


def transport_of(org: "Organization") -> Transport:
    ext = org.extensions.get(EXTENSION)
    if isinstance(ext, _Extension):
        return ext.transport
    saved = (org.extensions.get("_unloaded") or {}).pop(EXTENSION, None)
    if saved is not None:
        from ems.model.transport.persist import load
        return load(org, saved)
    return attach(org)


def _loader(org: "Organization", data: Any) -> None:
    from ems.model.transport.persist import load
    load(org, data)


_load.EXTENSION_LOADERS[EXTENSION] = _loader


def dumpster_statistics(org: "Organization", db: "MailboxDatabase") -> tuple[list[Any], list[str]]:
    """Get-MailboxDatabase -DumpsterStatistics: (DumpsterStatistics entries, one per running hub;
    DumpsterServersNotAvailable, the FQDNs of hubs that could not be asked)."""
    return transport_of(org).dumpster_statistics(db)


__all__ = ["transport_of", "dumpster_statistics", "Transport", "Message", "MailItem", "Queue", "Node",
           "EVENT_IDS", "CATEGORIZE_SECONDS", "SMTP_HOP_SECONDS", "STORE_SECONDS"]
