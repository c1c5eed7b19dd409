"""Guided labs: the seed's field notes as exercises on a fresh copy of the organization.

A lab has a name, a title, a description, a start state (the built-in organization plus the
lab's changes), objectives and hints. Objectives are computed from the model's state and its
history (``org.history``, the transport's tracking logs) -- never from the commands typed --
so any correct way of doing the work counts and a wrong one shows. Every objective is unmet
when a lab starts. Hints look at the same state and give the next useful step.

    LABS                       name -> Lab (in Get-Lab order)
    start_lab(name) -> org     a fresh organization in the lab's start state, the lab recorded in
                               ``org.extensions["lab"]`` (saved with the organization)
    current_lab(org)           the Lab running in ``org`` (or None)
    objectives(org)            [ObjectiveStatus(Name, Description, Met)]
    next_hint(org)             the next useful hint (a string)
    stop_lab(org)              forget the lab (the organization stays as it is)

Labs:
1. ``SP1RollingUpgrade``: upgrade every member of DAG1 from Exchange 2010 RTM to SP1 without
   users losing a database (the seed's runbook).
2. ``ShadowRedundancy``: watch a shadow copy, lose a hub during delivery and see the message
   resubmitted, then switch shadow redundancy off and see a message lost.
3. ``OcsActivation``: OCS 2007 R2 on OCS01 will not activate while KB974571 is installed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable

from ems.model import load as _load

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization

EXTENSION = "lab"


# ---------------------------------------------------------------------------- objects shown to scripts


class LabInfo:
    PS_TYPE_NAMES = ("Ems.Lab.Lab", "System.Object")
    PS_PROPERTIES = ("Name", "Title", "Description")

    def __init__(self, lab: "Lab"):
        self.Name = lab.name
        self.Title = lab.title
        self.Description = lab.description

    def ps_to_string(self) -> str:
        return self.Name


class ObjectiveStatus:
    PS_TYPE_NAMES = ("Ems.Lab.Objective", "System.Object")
    PS_PROPERTIES = ("Name", "Description", "Met")

    def __init__(self, name: str, description: str, met: bool):
        self.Name = name
        self.Description = description
        self.Met = bool(met)

    def ps_to_string(self) -> str:
        return self.Name


# ---------------------------------------------------------------------------- definitions


@dataclass
class Objective:
    name: str
    description: str
    check: Callable[["Organization", "LabState"], bool]


@dataclass
class Lab:
    name: str
    title: str
    description: str
    prepare: Callable[["Organization"], None]
    objectives: list[Objective]
    hint: Callable[["Organization", "LabState"], str]
    aliases: tuple[str, ...] = field(default_factory=tuple)


class LabState:
    """What ``org.extensions["lab"]`` holds: which lab runs and since when."""

    def __init__(self, name: str, started: datetime):
        self.name = name
        self.started = started

    def to_json(self) -> Any:
        return {"name": self.name, "started": self.started.isoformat()}


def _loader(org: "Organization", data: Any) -> None:
    try:
        org.extensions[EXTENSION] = LabState(str(data["name"]), datetime.fromisoformat(data["started"]))
    except (KeyError, TypeError, ValueError):
        pass


_load.EXTENSION_LOADERS[EXTENSION] = _loader


from ems.model.labs import ocs_lab, shadow_lab, sp1_lab  # noqa: E402  (definitions use the classes above)

LABS: dict[str, Lab] = {}
for _lab in (sp1_lab.LAB, shadow_lab.LAB, ocs_lab.LAB):
    LABS[_lab.name.lower()] = _lab


def all_labs() -> list[Lab]:
    return list(LABS.values())


def find_lab(name: str) -> Lab | None:
    key = str(name).lower()
    if key in LABS:
        return LABS[key]
    for lab in LABS.values():
        if key in (a.lower() for a in lab.aliases):
            return lab
    return None


def start_lab(name: str) -> "Organization":
    """A fresh organization in the lab's start state. Raises KeyError for an unknown lab."""
    lab = find_lab(name)
    if lab is None:
        raise KeyError(name)
    org = _load.load_default()
    lab.prepare(org)
    now = org.clock.now()
    org.extensions[EXTENSION] = LabState(lab.name, now)
    org.history.add(now, "LabStarted", None, None, True, lab=lab.name)
    org.touch()
    return org


def lab_state(org: "Organization") -> LabState | None:
    st = org.extensions.get(EXTENSION)
    if isinstance(st, LabState):
        return st
    saved = (org.extensions.get("_unloaded") or {}).pop(EXTENSION, None)
    if saved is not None:
        _loader(org, saved)
        st = org.extensions.get(EXTENSION)
        return st if isinstance(st, LabState) else None
    return None


def current_lab(org: "Organization") -> Lab | None:
    st = lab_state(org)
    return find_lab(st.name) if st is not None else None


def objectives(org: "Organization") -> list[ObjectiveStatus]:
    st = lab_state(org)
    lab = find_lab(st.name) if st is not None else None
    if lab is None or st is None:
        return []
    return [ObjectiveStatus(o.name, o.description, bool(o.check(org, st))) for o in lab.objectives]


def next_hint(org: "Organization") -> str | None:
    st = lab_state(org)
    lab = find_lab(st.name) if st is not None else None
    if lab is None or st is None:
        return None
    return lab.hint(org, st)


def stop_lab(org: "Organization") -> Lab | None:
    lab = current_lab(org)
    org.extensions.pop(EXTENSION, None)
    if lab is not None:
        org.history.add(org.clock.now(), "LabStopped", None, None, True, lab=lab.name)
        org.touch()
    return lab


__all__ = ["LABS", "Lab", "LabInfo", "LabState", "Objective", "ObjectiveStatus", "all_labs", "current_lab",
           "find_lab", "next_hint", "objectives", "start_lab", "stop_lab", "lab_state"]
