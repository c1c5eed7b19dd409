"""Test-ReplicationHealth and Test-ServiceHealth result data (reference §12).

``test_replication_health(org, server)`` -> [ReplicationCheckOutputObject] in the 2010 check
order (ClusterService ... DBLogReplayKeepingUp; ServerLocatorService is a 2013 check and is
left out [K]). ``test_service_health(org, server)`` -> [ExchangeServicesStatus], one per role.
Error texts are ours where the reference has none [K].
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ems.model.services import REQUIRED_BY_ROLE

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization
    from ems.model.servers import Server

CHECKS: tuple[tuple[str, str], ...] = (
    ("ClusterService", "Checks if the cluster service is healthy."),
    ("ReplayService", "Checks if the Microsoft Exchange Replication service is running."),
    ("ActiveManager", "Checks that Active Manager is running and has a valid role."),
    ("TasksRpcListener", "Checks that the Tasks RPC Listener is running and is responding to remote requests."),
    ("TcpListener", "Checks that the TCP Listener is running and is responding to requests."),
    ("DagMembersUp", "Verifies that the members of a database availability group are up and running."),
    ("ClusterNetwork", "Checks that the networks are healthy."),
    ("QuorumGroup", "Checks that the quorum and witness for the database availability group is healthy."),
    ("FileShareQuorum", "Verifies that the path used for the file share witness can be reached."),
    ("DBCopySuspended", "Checks whether any mailbox database copies are in a state of Suspended on this server."),
    ("DBCopyFailed", "Checks whether any mailbox database copies are in a state of Failed on this server."),
    ("DBInitializing", "Checks whether any mailbox database copies are in a state of Initializing on this server."),
    ("DBDisconnected", "Checks whether any mailbox database copies are in a state of Disconnected on this server."),
    ("DBLogCopyKeepingUp", "Verifies log copying and inspection by the passive databases on this server."),
    ("DBLogReplayKeepingUp", "Verifies replay activity for the passive databases on this server."),
)


class ReplicationCheckOutputObject:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Monitoring.ReplicationCheckOutputObject", "System.Object")
    PS_PROPERTIES = ("Server", "Check", "CheckDescription", "Result", "Error", "CheckId", "DbFailureEventId",
                     "Identity", "IsValid")
    __slots__ = ("Server", "Check", "CheckDescription", "Result", "Error", "CheckId")

    def __init__(self, server: str, check: str, description: str, result: str, error: str | None, check_id: int):
        self.Server, self.Check, self.CheckDescription = server, check, description
        self.Result, self.Error, self.CheckId = result, error, check_id

    DbFailureEventId = None
    Identity = None
    IsValid = True

    def ps_to_string(self) -> str:
        return "Microsoft.Exchange.Monitoring.ReplicationCheckOutputObject"


class ExchangeServicesStatus:
    PS_TYPE_NAMES = ("Microsoft.Exchange.Monitoring.ExchangeServicesStatus", "System.Object")
    PS_PROPERTIES = ("Role", "RequiredServicesRunning", "ServicesRunning", "ServicesNotRunning")
    __slots__ = PS_PROPERTIES

    def __init__(self, role: str, running: list[str], not_running: list[str]):
        self.Role = role
        self.RequiredServicesRunning = not not_running
        self.ServicesRunning = running
        self.ServicesNotRunning = not_running

    def ps_to_string(self) -> str:
        return "Microsoft.Exchange.Monitoring.ExchangeServicesStatus"


def test_replication_health(org: "Organization", server: "Server") -> list[ReplicationCheckOutputObject]:
    dag = org.dag_of(server)
    results: dict[str, tuple[str, str | None]] = {}
    up = server.up
    clus = server.service_running("ClusSvc")
    repl = server.replication_running
    results["ClusterService"] = ("Passed", None) if clus else (
        "Failed", f"The cluster service on server '{server.name}' is not running.")
    no_repl = f"The Microsoft Exchange Replication service on server '{server.name}' is not running."
    results["ReplayService"] = ("Passed", None) if repl else ("Failed", no_repl)
    results["ActiveManager"] = ("Passed", None) if repl else ("Failed", no_repl)
    results["TasksRpcListener"] = ("Passed", None) if repl else ("Failed", no_repl)
    results["TcpListener"] = ("Passed", None) if repl else ("Failed", no_repl)
    if dag is not None:
        down = [s.name for s in dag.member_servers() if not s.is_dag_operational]
        results["DagMembersUp"] = ("Passed", None) if not down else (
            "Failed", "The following servers in the Windows Failover Cluster are not online: " + ", ".join(down))
        results["ClusterNetwork"] = ("Passed", None)
        voters = len(dag.members) + (1 if len(dag.members) % 2 == 0 else 0)
        witness = org.servers.get(dag.witness_server) if dag.witness_server else None
        votes = len(dag.operational_members()) + (1 if len(dag.members) % 2 == 0 and witness is not None
                                                  and witness.up else 0)
        results["QuorumGroup"] = ("Passed", None) if votes * 2 > voters else (
            "Failed", f"The cluster for database availability group '{dag.name}' doesn't have quorum.")
        if witness is not None and not witness.up:
            results["FileShareQuorum"] = ("Failed", f"The file share witness '\\\\{witness.fqdn}\\{dag.name}."
                                                    f"{org.domain}' can't be reached.")
        else:
            results["FileShareQuorum"] = ("Passed", None)
    else:
        for k in ("DagMembersUp", "ClusterNetwork", "QuorumGroup", "FileShareQuorum"):
            results[k] = ("Failed", f"Server '{server.name}' is not a member of a database availability group.")
    copies = sorted((c for c in server.copies.values() if not c.is_active), key=lambda c: c.db.name.lower())
    st = {c.name: c.status for c in copies}

    def db_check(bad: list[str], fmt: str) -> tuple[str, str | None]:
        return ("Passed", None) if not bad else ("Failed", "\r\n".join(fmt.format(n) for n in bad))

    results["DBCopySuspended"] = db_check([n for n, s in st.items() if s in ("Suspended", "FailedAndSuspended")],
                                          "Database copy '{}' is suspended.")
    results["DBCopyFailed"] = db_check([n for n, s in st.items() if s in ("Failed", "FailedAndSuspended")],
                                       "Database copy '{}' is in a failed state.")
    results["DBInitializing"] = db_check([n for n, s in st.items() if s == "Initializing"],
                                         "Database copy '{}' is in the Initializing state.")
    results["DBDisconnected"] = db_check([n for n, s in st.items() if s.startswith("Disconnected")],
                                         "Database copy '{}' is disconnected from the active copy.")
    results["DBLogCopyKeepingUp"] = db_check([c.name for c in copies if c.copy_queue() > 10 and st[c.name] not in (
        "Suspended", "FailedAndSuspended", "Seeding")], "Database copy '{}' has a copy queue that isn't keeping up.")
    results["DBLogReplayKeepingUp"] = db_check(
        [c.name for c in copies if c.replay_queue() > 50 and c.replay_lag.TotalSeconds <= 0],
        "Database copy '{}' has a replay queue that isn't keeping up.")
    out = []
    for i, (check, desc) in enumerate(CHECKS):
        res, err = results[check]
        if not up:
            res, err = "Failed", f"Server '{server.name}' can't be reached."
        out.append(ReplicationCheckOutputObject(server.name, check, desc, res, err, i))
    return out


def test_service_health(org: "Organization", server: "Server") -> list[ExchangeServicesStatus]:
    out = []
    for role in server.roles:
        if role not in REQUIRED_BY_ROLE:
            continue
        label, required = REQUIRED_BY_ROLE[role]
        running, not_running = [], []
        for name in required:
            (running if server.service_running(name) else not_running).append(name)
        out.append(ExchangeServicesStatus(label, running, not_running))
    return out
