"""Get-Tip: tips of the day. The general ones are the banner's (ems/host/tips.txt, read through
ems.host.banner); the ones below are about the topics of the seed's field notes (SP1 on a DAG,
the maintenance scripts, shadow redundancy, OCS and KB974571) and the labs. Tip numbers: the
banner's first, then these."""
from __future__ import annotations

import random
from typing import Any

from cmdlets.lab.servers import LAB_MODULE
from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter

SEED_TIPS = (
    """Before you run SP1 setup on a DAG member, keep Active Manager from activating copies there:

  Get-MailboxDatabaseCopyStatus -Server E1402 | Suspend-MailboxDatabaseCopy -ActivationOnly -Confirm:$False -SuspendComment "Install SP1"
  Move-ActiveMailboxDatabase -Server E1402""",
    """Exchange 2010 SP1 setup on Windows Server 2008 R2 DAG members needs hotfix KB981002. Install it and restart
before setup, or setup stops at the readiness checks:

  wusa.exe C:\\Updates\\Windows6.1-KB981002-x64.msu /quiet /norestart
  Restart-Computer""",
    """setup.com stops every Exchange service of the server it upgrades. Databases still active there fail
over: switch them over first (Move-ActiveMailboxDatabase -Server <name>).""",
    """After an upgrade, bring the server back and check the result:

  Get-MailboxDatabaseCopyStatus -Server E1402 | Resume-MailboxDatabaseCopy
  Get-ExchangeServer | Select Name, AdminDisplayVersion""",
    """SP1 ships scripts for DAG maintenance in $exscripts:

  & $exscripts\\StartDagServerMaintenance.ps1 -serverName E1402
  & $exscripts\\StopDagServerMaintenance.ps1 -serverName E1402""",
    """Put every database back on its preferred server after a rolling upgrade:

  & $exscripts\\RedistributeActiveDatabases.ps1 -DagName DAG1 -BalanceDbsByActivationPreference -Confirm:$false""",
    """A shadow copy waits on the server that handed a message on until the next hop reports delivery. See
the shadow queues:

  Get-Queue -Server EDGE01 | Where-Object { $_.DeliveryType -eq 'ShadowRedundancy' }""",
    """When a hub dies with mail in its queue database, the shadow server resubmits its shadow copies after
ShadowHeartbeatTimeoutInterval x ShadowHeartbeatRetryCount:

  Get-TransportConfig | Format-List Shadow*""",
    """Without shadow redundancy, a hub that loses its queue database loses the mail in it. Try it in a lab:

  Set-TransportConfig -ShadowRedundancyEnabled $false""",
    """OCS 2007 R2 will not activate while security update KB974571 is installed ([0xC3EC78D8] Failed to read
the Office Communications Server version information). Remove it, restart, activate, reinstall it, then
run OCSASNFix.exe:

  Get-HotFix -Id KB974571 -ComputerName OCS01""",
    """Rehearse the field notes safely: Get-Lab lists the labs, Start-Lab starts one, Get-LabObjective shows
how you are doing and Get-LabHint what to do next.""",
    """Simulated time only moves when you say so:

  Step-LabClock -Minutes 5""",
)


def all_tips() -> tuple[str, ...]:
    general: tuple[str, ...] = ()
    try:
        from ems.host import banner
        general = tuple(banner.tips())
    except Exception:  # the banner's tips file is optional
        general = ()
    return general + SEED_TIPS


def format_tip(number: int, text: str) -> str:
    try:
        from ems.host import banner
        return banner.format_tip(number, text)
    except Exception:
        return f"Tip of the day #{number}:\n\n{text}\n"


class GetTip(Cmdlet):
    name = "Get-Tip"
    module = LAB_MODULE
    parameters = (Parameter("Number", "System.Int32", position=0), Parameter("All", SWITCH))
    output_type = "System.String"
    synopsis = "Shows a tip of the day about the Exchange Management Shell and the seeded topics."
    description = ("Get-Tip shows a tip of the day, as the Exchange Management Shell does at start-up: general "
                   "shell tips and tips about rolling out Exchange 2010 SP1 on a DAG, the DAG maintenance scripts, "
                   "shadow redundancy, and OCS 2007 R2 with KB974571. -Number shows a given tip, -All every tip. "
                   "Without them the tip is picked from the simulated time.")
    examples = (("Get-Tip", "Shows a tip of the day."),
                ("Get-Tip -Number 21", "Shows tip number 21."),
                ("Get-Tip -All", "Shows every tip."))

    def process(self) -> None:
        tips = all_tips()
        if not tips:
            return
        if self.All:
            for i, t in enumerate(tips, 1):
                self.write_object(format_tip(i, t))
            return
        if self.Number is not None:
            n = int(self.Number)
            if not 1 <= n <= len(tips):
                self.write_error(f"There is no tip number {n}. The tips are numbered 1 to {len(tips)}.",
                                 "ObjectNotFound", "TipNotFound", n)
                return
            self.write_object(format_tip(n, tips[n - 1]))
            return
        seed: Any = 0
        model = self.model
        if model is not None and getattr(model, "clock", None) is not None:
            seed = int(model.clock.now().timestamp())
        i = random.Random(seed).randrange(len(tips))
        self.write_object(format_tip(i + 1, tips[i]))
