"""Servicing the simulated computers: Exchange setup (SP1 upgrade), Windows hotfixes (wusa),
Office Communications Server 2007 R2 activation and its KB974571 fix, and the failover
cluster's command line (cluster.exe node/group). Nothing here runs on the host and nothing
here knows the PowerShell language: each simulation takes the organization, the computer the
console is on and the program's arguments, writes lines through ``out(line)`` and returns the
program's exit code. ``cmdlets/lab/native.py`` plugs them into the shell.

    setup.run_setup(org, server, argv, out) -> int          setup.com / setup.exe
    hotfix.run_wusa(org, server, argv, out) -> int          wusa.exe
    ocs.run_lcscmd(org, server, argv, out) -> int           LcsCmd.exe (OCS 2007 R2)
    ocs.run_asnfix(org, server, argv, out) -> int           OCSASNFix.exe
    cluster.run_cluster(org, server, argv, out) -> int      cluster.exe

State lives in the model's own objects (server versions, hotfixes, ``server.products["ocs"]``,
``server.extra``) and in ``org.history`` (events ``SetupStarted``, ``SetupCompleted``,
``SetupFailed``, ``OrganizationPrepared``, ``OcsActivated``, ``OcsAsnFixApplied``), so it is
saved with the organization.
"""
from __future__ import annotations

from ems.model.servicing.common import RTM_VERSION, SP1_VERSION, is_sp1
from ems.model.servicing import cluster, hotfix, ocs, setup

__all__ = ["RTM_VERSION", "SP1_VERSION", "is_sp1", "setup", "hotfix", "ocs", "cluster"]
