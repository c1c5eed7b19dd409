"""The organization's event history (what happened, when). Labs read it.

Every change of availability is recorded as a ``HistoryEvent(time, kind, server,
database, planned, details)``. Kinds:

* servers: ``ServerCrash`` (unplanned), ``ServerShutdown``, ``ServerStart``, ``ServiceStop``,
  ``ServiceStart``, ``HotfixInstalled``, ``HotfixRemoved``, ``VersionChanged``;
* databases: ``Switchover`` (planned move), ``Failover`` (unplanned activation of another
  copy; details: from, to, logs_lost, reason), ``FailoverFailed`` (no copy could be
  activated), ``DatabaseUnavailable`` / ``DatabaseAvailable`` (the database stopped / started
  being mounted anywhere; ``planned`` is True for an administrator's dismount), ``Mounted``,
  ``Dismounted``;
* copies: ``CopySuspended``, ``CopyResumed``, ``SeedStarted``, ``SeedCompleted``,
  ``CopyAdded``, ``CopyRemoved``, ``CopyStatusChanged``.

``history.outages()`` lists the unplanned events (Failover, FailoverFailed, ServerCrash and
unplanned DatabaseUnavailable); ``history.unavailable_periods(db)`` gives the intervals a
database was not mounted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterator


@dataclass(slots=True)
class HistoryEvent:
    time: datetime
    kind: str
    server: str | None = None
    database: str | None = None
    planned: bool = True
    details: dict[str, Any] = field(default_factory=dict)

    # PowerShell view (labs may show it)
    PS_TYPE_NAMES = ("Ems.Lab.HistoryEvent", "System.Object")
    PS_PROPERTIES = ("Time", "Kind", "Server", "Database", "Planned", "Details")

    @property
    def Time(self) -> datetime:
        return self.time

    @property
    def Kind(self) -> str:
        return self.kind

    @property
    def Server(self) -> str | None:
        return self.server

    @property
    def Database(self) -> str | None:
        return self.database

    @property
    def Planned(self) -> bool:
        return self.planned

    @property
    def Details(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in self.details.items())

    def to_json(self) -> dict[str, Any]:
        return {"time": self.time.isoformat(), "kind": self.kind, "server": self.server,
                "database": self.database, "planned": self.planned, "details": self.details}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "HistoryEvent":
        return cls(datetime.fromisoformat(d["time"]), d["kind"], d.get("server"), d.get("database"),
                   d.get("planned", True), dict(d.get("details") or {}))


UNPLANNED_KINDS = ("Failover", "FailoverFailed", "ServerCrash")


class History:
    def __init__(self) -> None:
        self.events: list[HistoryEvent] = []
        self.listeners: list[Any] = []

    def add(self, time: datetime, kind: str, server: str | None = None, database: str | None = None,
            planned: bool = True, **details: Any) -> HistoryEvent:
        ev = HistoryEvent(time, kind, server, database, planned, details)
        self.events.append(ev)
        for fn in list(self.listeners):
            fn(ev)
        return ev

    def __iter__(self) -> Iterator[HistoryEvent]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def since(self, t: datetime) -> list[HistoryEvent]:
        return [e for e in self.events if e.time >= t]

    def of_kind(self, *kinds: str) -> list[HistoryEvent]:
        return [e for e in self.events if e.kind in kinds]

    def outages(self, since: datetime | None = None) -> list[HistoryEvent]:
        return [e for e in self.events
                if (since is None or e.time >= since)
                and ((e.kind in UNPLANNED_KINDS) or (e.kind == "DatabaseUnavailable" and not e.planned))]

    def unavailable_periods(self, database: str) -> list[tuple[datetime, datetime | None, bool]]:
        """(start, end or None if still down, planned) for each period ``database`` was not mounted."""
        out: list[tuple[datetime, datetime | None, bool]] = []
        start: tuple[datetime, bool] | None = None
        for e in self.events:
            if e.database is None or e.database.lower() != database.lower():
                continue
            if e.kind == "DatabaseUnavailable" and start is None:
                start = (e.time, e.planned)
            elif e.kind == "DatabaseAvailable" and start is not None:
                out.append((start[0], e.time, start[1]))
                start = None
        if start is not None:
            out.append((start[0], None, start[1]))
        return out

    def clear(self) -> None:
        self.events.clear()
