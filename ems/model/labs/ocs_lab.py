"""Lab 3: OCS 2007 R2 activation blocked by KB974571 (the seed's first note).

Start state: the built-in organization: OCS01 runs Windows Server 2008 R2 with Office
Communications Server 2007 R2 Enterprise Edition installed but not activated, and the
CryptoAPI security update KB974571 installed.

The activation command we simulate (OCS 2007 R2's command-line tool, LCSCmd.exe; server
actions take /Server[:<FQDN>], the Enterprise Edition front-end role is EEFE):

    LcsCmd.exe /Server:OCS01.contoso.com /Action:Activate /Role:EEFE /PoolName:pool01 /Password:<pwd>

Objectives (read from OCS01's product state, hotfixes and services):
* ``OcsActivated``: OCS01 is activated in pool01.
* ``SecurityUpdateReinstalled``: OCS01 is activated and KB974571 is installed again (and in
  effect: the restart was done).
* ``AsnFixApplied``: OCSASNFix.exe was run on the activated server.
* ``FrontEndRunning``: all of that, and the OCS Front-End service (RTCSRV) runs and will keep
  running after a restart.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ems.model.labs import Lab, LabState, Objective
from ems.model.servicing import hotfix, ocs

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization

SERVER = "OCS01"
KB = ocs.BREAKING_UPDATE
MSU = "C:\\Updates\\Windows6.1-KB974571-x64.msu"
ACTIVATE = "LcsCmd.exe /Server:OCS01.contoso.com /Action:Activate /Role:EEFE /PoolName:pool01 /Password:P@ssw0rd"


def _srv(org: "Organization") -> Any:
    return org.servers.get(SERVER)


def activated(org: "Organization", st: LabState) -> bool:
    s = _srv(org)
    return s is not None and ocs.is_activated(s)


def reinstalled(org: "Organization", st: LabState) -> bool:
    s = _srv(org)
    return activated(org, st) and KB in s.hotfixes


def asn_fixed(org: "Organization", st: LabState) -> bool:
    s = _srv(org)
    p = ocs.product(s) if s is not None else None
    return activated(org, st) and bool(p and p.get("asn_fix_applied"))


def front_end(org: "Organization", st: LabState) -> bool:
    s = _srv(org)
    return reinstalled(org, st) and asn_fixed(org, st) and ocs.services_working(s)


def prepare(org: "Organization") -> None:
    s = _srv(org)
    if s is None:
        return
    p = s.products.setdefault("ocs", {})
    p.setdefault("name", ocs.PRODUCT)
    p.setdefault("pool", "pool01.contoso.com")
    p.update(installed=True, activated=False, asn_fix_applied=False)
    if KB not in s.hotfixes:
        hotfix.install(org, s, KB, restart_needed=False)


def hint(org: "Organization", st: LabState) -> str:
    s = _srv(org)
    if s is None:
        return "OCS01 is missing from this organization: Start-Lab OcsActivation starts the lab again."
    if not s.up:
        return "OCS01 is restarting: Step-LabClock -Minutes 3."
    if not activated(org, st):
        if KB in s.hotfixes:
            if not any(e.kind == "OcsActivationFailed" for e in org.history.since(st.started)):
                return ("Activate OCS01 in its Enterprise pool from the OCS 2007 R2 command line: Enter-LabServer "
                        f"OCS01; {ACTIVATE} (it fails: note the error code).")
            return ("[0xC3EC78D8] has nothing to do with the clock: the CryptoAPI security update KB974571 breaks "
                    "the activation. See it with Get-HotFix -Id KB974571 -ComputerName OCS01, then remove it on "
                    "OCS01: wusa.exe /uninstall /kb:974571 /quiet /norestart")
        if hotfix.in_effect(s, KB):
            return "KB974571 is removed but still loaded until OCS01 restarts: Restart-Computer; Step-LabClock -Minutes 3"
        return f"KB974571 is out of the way. Activate OCS01 now: {ACTIVATE}"
    if KB not in s.hotfixes and KB not in s.pending_hotfixes:
        return f"OCS01 is activated. Put the security update back: wusa.exe {MSU} /quiet /norestart"
    if KB in s.pending_hotfixes:
        p = ocs.product(s) or {}
        extra = "" if p.get("asn_fix_applied") else " (without OCSASNFix.exe the Front-End will not start after it)"
        return f"KB974571 waits for a restart: Restart-Computer; Step-LabClock -Minutes 3{extra}."
    if not asn_fixed(org, st):
        return ("With KB974571 back, the OCS Front-End service (RTCSRV) stops working (Get-Service RTC*). Run the fix "
                "that comes with the KB on OCS01: OCSASNFix.exe")
    if not ocs.services_working(s):
        return "Start the OCS services again: Get-Service RTC* | Start-Service"
    return "Every objective is met: check them with Get-LabObjective."


LAB = Lab(
    name="OcsActivation",
    title="OCS 2007 R2 activation blocked by KB974571",
    description=("Activating Office Communications Server 2007 R2 on OCS01 into its Enterprise pool fails with "
                 "[0xC3EC78D8] 'Failed to read the Office Communications Server version information...'. Diagnose it "
                 "(Get-HotFix), remove the CryptoAPI update KB974571 (wusa.exe /uninstall /kb:974571) and restart, "
                 "activate the server (LcsCmd.exe /Action:Activate /Role:EEFE), reinstall KB974571, restart, and run "
                 "OCSASNFix.exe so the OCS services keep working."),
    prepare=prepare,
    objectives=[
        Objective("OcsActivated", "OCS01 is activated in its Enterprise pool (pool01.contoso.com).", activated),
        Objective("SecurityUpdateReinstalled", "After activation, KB974571 is installed again and in effect.", reinstalled),
        Objective("AsnFixApplied", "OCSASNFix.exe was run on the activated OCS01.", asn_fixed),
        Objective("FrontEndRunning", "With KB974571 and the fix, the OCS Front-End runs and survives a restart.", front_end),
    ],
    hint=hint,
    aliases=("3", "OCS"),
)
