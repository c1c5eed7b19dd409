"""cluster.exe, the Windows Server 2008 R2 failover cluster command line, for a DAG's cluster.

    cluster.exe [/cluster:DAG1] node                       list the nodes and their status
    cluster.exe [/cluster:DAG1] node E1402 /pause          E1402 cannot take the cluster group
    cluster.exe [/cluster:DAG1] node E1402 /resume         (the Primary Active Manager role)
    cluster.exe [/cluster:DAG1] node E1402 /status
    cluster.exe [/cluster:DAG1] group                      list the groups and their owners
    cluster.exe [/cluster:DAG1] group "Cluster Group" /move[:E1403]

The cluster is the DAG the console's computer belongs to, or the one named by /cluster (the
DAG's name). The maintenance scripts in $exscripts use it. Output layout follows cluster.exe's
tables [K].
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ems.model.servicing.common import Out, short_name

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization
    from ems.model.servers import Server

CLUSTER_GROUP = "Cluster Group"


def _node_status(s: "Server") -> str:
    if not s.is_dag_operational:
        return "Down"
    return "Paused" if s.cluster_paused else "Up"


def run_cluster(org: "Organization", here: "Server | None", argv: list[str], out: Out) -> int:
    args = list(argv)
    dag = None
    for a in list(args):
        if a.lower().startswith(("/cluster:", "-cluster:", "/c:")):
            name = a.split(":", 1)[1]
            dag = org.dags.get(short_name(name))
            if dag is None:
                out(f"System error 1722 has occurred (0x000006ba).")
                out("The RPC server is unavailable.")
                return 1722
            args.remove(a)
    if dag is None and here is not None:
        dag = org.dag_of(here)
    if dag is None:
        out("System error 1060 has occurred (0x00000424).")
        out("The specified service does not exist as an installed service.")
        return 1060
    if not args:
        out(f"Cluster Name: {dag.name}")
        return 0
    noun = args[0].lower()
    rest = args[1:]
    members = [org.servers[m] for m in dag.members if m in org.servers]
    if noun == "node":
        if not rest or rest[0].lower() in ("/status", "/stat"):
            out("Listing status for all available nodes:")
            out("")
            out(f"{'Node':<15}{'Node ID':>7} Status")
            out(f"{'-' * 14} {'-' * 7} {'-' * 21}")
            for i, s in enumerate(members, 1):
                out(f"{s.name:<15}{i:>7} {_node_status(s)}")
            return 0
        node = next((s for s in members if s.name.lower() == short_name(rest[0]).lower()), None)
        if node is None:
            out("System error 5042 has occurred (0x000013b2).")
            out("The cluster node was not found.")
            return 5042
        op = rest[1].lower() if len(rest) > 1 else "/status"
        if op in ("/pause", "/pau"):
            out(f"Pausing node '{node.name}'...")
            org.pause_cluster_node(node, True)
        elif op in ("/resume", "/res"):
            out(f"Resuming node '{node.name}'...")
            org.pause_cluster_node(node, False)
        elif op not in ("/status", "/stat"):
            out(f"The option '{rest[1]}' is not simulated by ems (node: /pause, /resume, /status).")
            return 87
        out("")
        out(f"{'Node':<15}{'Node ID':>7} Status")
        out(f"{'-' * 14} {'-' * 7} {'-' * 21}")
        out(f"{node.name:<15}{members.index(node) + 1:>7} {_node_status(node)}")
        return 0
    if noun == "group":
        dag.refresh_pam()
        if not rest or rest[0].lower() in ("/status", "/stat"):
            out("Listing status for all available resource groups:")
            out("")
            out(f"{'Group':<20} {'Node':<15} Status")
            out(f"{'-' * 20} {'-' * 15} {'-' * 12}")
            out(f"{CLUSTER_GROUP:<20} {dag.pam or '':<15} {'Online' if dag.pam else 'Offline'}")
            out(f"{'Available Storage':<20} {dag.pam or '':<15} Offline")
            return 0
        if rest[0].lower() != CLUSTER_GROUP.lower():
            out("System error 5013 has occurred (0x00001395).")
            out("The cluster group could not be found.")
            return 5013
        op = rest[1] if len(rest) > 1 else "/status"
        if op.lower().startswith(("/move", "/moveto")):
            target_name = op.split(":", 1)[1] if ":" in op else None
            target = None
            if target_name:
                target = next((s for s in members if s.name.lower() == short_name(target_name).lower()), None)
                if target is None:
                    out("System error 5042 has occurred (0x000013b2).")
                    out("The cluster node was not found.")
                    return 5042
            out(f"Moving resource group '{CLUSTER_GROUP}'...")
            try:
                org.move_pam(dag, target)
            except Exception as e:
                out(getattr(e, "message", str(e)))
                return 5015
        out("")
        out(f"{'Group':<20} {'Node':<15} Status")
        out(f"{'-' * 20} {'-' * 15} {'-' * 12}")
        out(f"{CLUSTER_GROUP:<20} {dag.pam or '':<15} {'Online' if dag.pam else 'Offline'}")
        return 0
    out(f"The cluster.exe command '{args[0]}' is not simulated by ems (node, group).")
    return 87
