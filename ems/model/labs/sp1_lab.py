"""Lab 1: the Exchange 2010 SP1 rolling upgrade of DAG1 (the seed's runbook).

Start state: the built-in organization (E1401, E1402, E1403 at RTM, each active for two
databases; hotfix KB981002 missing on all three).

Objectives (all judged at the end of the upgrade, so none is met before it):
* ``AllMembersAtSP1``: every DAG1 member runs Version 14.1 (Build 218.15).
* ``NoDatabaseOutage``: every member is at SP1 and, since the lab started, no database was
  ever unavailable to users: no failover, no failed failover, no dismount (switchovers are
  fine: they are planned and keep the database mounted).
* ``MembersBackInService``: every member is at SP1 and none is left in maintenance: no copy
  activation-suspended or suspended, DatabaseCopyAutoActivationPolicy Unrestricted, cluster
  node not paused.
* ``DatabasesOnPreferredServers``: every member is at SP1 and each database is mounted on
  the server of its preference-1 copy.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ems.model.labs import Lab, LabState, Objective
from ems.model.servicing.common import is_sp1

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization

DAG = "DAG1"
OUTAGE_KINDS = ("Failover", "FailoverFailed", "DatabaseUnavailable", "Dismounted")
MSU = "C:\\Updates\\Windows6.1-KB981002-x64.msu"


def members(org: "Organization") -> list[Any]:
    dag = org.dags.get(DAG)
    if dag is None:
        return []
    return [org.servers[m] for m in dag.members if m in org.servers]


def all_sp1(org: "Organization", st: LabState | None = None) -> bool:
    ms = members(org)
    return bool(ms) and all(is_sp1(s) for s in ms)


def outages(org: "Organization", st: LabState) -> list[Any]:
    return [e for e in org.history.since(st.started) if e.kind in OUTAGE_KINDS]


def in_maintenance(server: Any) -> bool:
    return (server.activation_policy != "Unrestricted" or server.cluster_paused
            or any(c.activation_suspended or c.state in ("Suspended", "FailedAndSuspended")
                   for c in server.copies.values()))


def no_outage(org: "Organization", st: LabState) -> bool:
    return all_sp1(org) and not outages(org, st)


def back_in_service(org: "Organization", st: LabState) -> bool:
    return all_sp1(org) and not any(in_maintenance(s) for s in members(org))


def _pref1(db: Any) -> str:
    return min(db.copy_list, key=lambda c: c.activation_preference).server_name


def on_preferred(org: "Organization", st: LabState) -> bool:
    if not all_sp1(org):
        return False
    names = {s.name.lower() for s in members(org)}
    dbs = [db for db in org.databases if any(c.server_name.lower() in names for c in db.copy_list)]
    return bool(dbs) and all(db.is_mounted and db.active_server.lower() == _pref1(db).lower() for db in dbs)


def prepare(org: "Organization") -> None:
    """The built-in organization is the seed's start state."""


def _pick(org: "Organization") -> Any:
    ms = [s for s in members(org) if not is_sp1(s)]
    busy = [s for s in ms if in_maintenance(s)]
    if busy:
        return busy[0]
    passive_only = [s for s in ms if not s.active_copies()]
    return (passive_only or ms or [None])[0]


def hint(org: "Organization", st: LabState) -> str:
    """The next step; after an outage it first says that NoDatabaseOutage is lost for good."""
    text = _next_step(org, st)
    lost = outages(org, st)
    if not lost:
        return text
    first = lost[0]
    dbs = sorted({e.database for e in lost if e.database})
    what = f"{', '.join(dbs)} became unavailable to users" if dbs else "a database became unavailable to users"
    where = f" on {first.server}" if first.server else ""
    return (f"Too late for NoDatabaseOutage: {what} ({first.kind}{where}, {first.time:%H:%M:%S}); a server that "
            f"still hosts active databases must be switched over first. Start-Lab SP1RollingUpgrade starts again. "
            f"Otherwise: {text}")


def _next_step(org: "Organization", st: LabState) -> str:
    done_maint = [s for s in members(org) if is_sp1(s) and in_maintenance(s)]
    if done_maint:
        s = done_maint[0]
        return (f"{s.name} is upgraded but still in maintenance. Wait until its copies are Healthy "
                f"(Step-LabClock -Minutes 2; Get-MailboxDatabaseCopyStatus -Server {s.name}), then bring it back: "
                f"Get-MailboxDatabaseCopyStatus -Server {s.name} | Resume-MailboxDatabaseCopy, and if you blocked "
                f"it, Set-MailboxServer {s.name} -DatabaseCopyAutoActivationPolicy Unrestricted "
                f"(or all at once: & $exscripts\\StopDagServerMaintenance.ps1 -serverName {s.name}).")
    s = _pick(org)
    if s is None:
        if not on_preferred(org, st):
            return ("Every member runs SP1. Put each database back on its preference-1 server: "
                    "& $exscripts\\RedistributeActiveDatabases.ps1 -DagName DAG1 -BalanceDbsByActivationPreference "
                    "-Confirm:$false (or Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1401 ...).")
        return "Every objective that depends on you is met: check them with Get-LabObjective."
    n = s.name
    if not s.up:
        return f"{n} is restarting: Step-LabClock -Minutes 3 until it is back (Test-Connection {n})."
    suspended = all(c.activation_suspended or c.is_active for c in s.copies.values())
    if not suspended and s.activation_policy == "Unrestricted":
        pick = ("It hosts no active database, a good one to start with. " if not s.active_copies() else
                "Every member hosts active databases, so any will do. ")
        return (f"Upgrade {n} next. {pick}First stop Active Manager from activating copies there: "
                f"Get-MailboxDatabaseCopyStatus -Server {n} | Suspend-MailboxDatabaseCopy -ActivationOnly "
                f"-Confirm:$False -SuspendComment \"Install SP1 for Exchange 2010\" "
                f"(StartDagServerMaintenance.ps1 -serverName {n} in $exscripts does this, the switchover and more).")
    if s.active_copies():
        return (f"{n} still hosts active databases ({', '.join(sorted(c.db.name for c in s.active_copies()))}). "
                f"Switch them over before touching it: Move-ActiveMailboxDatabase -Server {n}.")
    if "KB981002" not in s.hotfixes and "KB981002" not in s.pending_hotfixes:
        return (f"SP1 setup needs hotfix KB981002 on Windows Server 2008 R2 DAG members. On {n}: "
                f"Enter-LabServer {n}; wusa.exe {MSU} /quiet /norestart")
    if s.pending_reboot or s.pending_hotfixes:
        return (f"{n} has a restart pending (setup refuses to run until it restarts): Enter-LabServer {n}; "
                f"Restart-Computer; Step-LabClock -Minutes 3")
    return (f"{n} is ready. Run setup on it: Enter-LabServer {n}; D:\\setup.com /mode:Upgrade "
            f"(Get-ExchangeServer {n} | Select Name, AdminDisplayVersion shows the result).")


LAB = Lab(
    name="SP1RollingUpgrade",
    title="Exchange 2010 SP1 rolling upgrade of DAG1",
    description=("Upgrade E1401, E1402 and E1403 from Exchange 2010 RTM to SP1, one member at a time, without "
                 "users ever losing a database: suspend activation on the member, switch its active databases "
                 "over, install hotfix KB981002 with wusa.exe and restart, run setup.com /mode:Upgrade, resume the "
                 "copies, and at the end put every database back on its preference-1 server. The maintenance "
                 "scripts in $exscripts (StartDagServerMaintenance.ps1, StopDagServerMaintenance.ps1, "
                 "RedistributeActiveDatabases.ps1) automate the DAG steps."),
    prepare=prepare,
    objectives=[
        Objective("AllMembersAtSP1", "Every member of DAG1 runs Exchange 2010 SP1: Version 14.1 (Build 218.15).",
                  all_sp1),
        Objective("NoDatabaseOutage", "Upgrade done, and no database was ever unavailable (failover, dismount).",
                  no_outage),
        Objective("MembersBackInService", "Upgrade done, and no member left in maintenance (copy suspended, Blocked).",
                  back_in_service),
        Objective("DatabasesOnPreferredServers", "Upgrade done, and every database mounted on its preference-1 server.",
                  on_preferred),
    ],
    hint=hint,
    aliases=("1", "SP1", "RollingUpgrade"),
)
