"""Exchange Server 2010 setup in unattended mode (setup.com / setup.exe), upgrading a server
from RTM to Service Pack 1.

    setup.com /mode:Upgrade          (also /m:upgrade, -mode:upgrade, a path before the name)

What it does, in the order the real setup does it (the seed's field notes):

1. "Preparing Exchange Setup": the language choice is skipped in unattended mode (the
   language packs on the media are used).
2. Readiness checks, nothing changed yet. Any failure prints setup's error block under the
   failed check and the run ends with exit code 1, the server untouched:
   * a restart left pending by an earlier installation (``server.pending_reboot``);
   * on Windows Server 2008 R2 members of a DAG, hotfix KB981002 must be installed (and
     in effect: a pending one needs the restart first);
   * the server must run an earlier Exchange 2010 version (RTM) and the roles must be
     installed; an Exchange server already at SP1 has nothing to upgrade.
3. The setup steps, each printed as ``<step> ..... COMPLETED`` while simulated time passes:
   the first server of the organization to be upgraded also runs the organization
   preparation again (``OrganizationPrepared`` in the history); setup stops every Exchange
   service of the server (databases still active there fail over at that moment, which is
   an unplanned outage in the history), copies the files, upgrades each role, sets the
   version to ``Version 14.1 (Build 218.15)`` and starts the services again.

The wording of setup's console lines and of the check failures is our reading of the 2010
unattended setup [K]: the layout (step name, dots, COMPLETED/FAILED, the closing sentence
pointing to C:\\ExchangeSetupLogs\\ExchangeSetup.log) is the real one; the texts of the checks
are not confirmed.
"""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ems.model.servicing.common import SP1_VERSION, Out, is_sp1, parse_switches

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization
    from ems.model.servers import Server

REQUIRED_DAG_HOTFIX = "KB981002"
LOG_SENTENCE = ("More details can be found in ExchangeSetup.log located in the <SystemDrive>:\\ExchangeSetupLogs "
                "folder.")
FAILED_SENTENCE = "The Exchange Server setup operation didn't complete. " + LOG_SENTENCE
SUCCESS_SENTENCE = "The Exchange Server setup operation completed successfully."
REBOOT_PENDING = "A reboot from a previous installation is pending. Please restart the system and then rerun Setup."
HOTFIX_MISSING = ("The Windows Server 2008 R2 hotfix {kb} is required on members of a database availability group "
                  "before they are upgraded to Exchange Server 2010 SP1. Install it from "
                  "http://support.microsoft.com/?kbid={num}, restart the computer, and then run Setup again.")
ALREADY_CURRENT = ("The installed server roles on this computer are already at version 14.1.218.15. There is "
                   "nothing to upgrade.")
NOT_EXCHANGE = ("Setup can't continue with the upgrade because no Exchange Server 2010 server roles are installed "
                "on this computer. To install Exchange Server 2010, run Setup with /mode:Install.")

ROLE_LABELS = {"Mailbox": "Mailbox Role", "ClientAccess": "Client Access Role", "HubTransport": "Hub Transport Role",
               "UnifiedMessaging": "Unified Messaging Role", "Edge": "Edge Transport Role"}
CHECK_LABELS = {"Mailbox": "Mailbox Role Prerequisites", "ClientAccess": "Client Access Role Prerequisites",
                "HubTransport": "Hub Transport Role Prerequisites",
                "UnifiedMessaging": "Unified Messaging Role Prerequisites",
                "Edge": "Edge Transport Role Prerequisites"}
# simulated minutes each configuration step takes
STEP_MINUTES = {"Organization Preparation": 3, "Preparing Setup": 1, "Stopping Services": 1,
                "Language Files": 2, "Removing Exchange Files": 3, "Preparing Files": 1,
                "Copying Exchange Files": 6, "Restoring Services": 1, "Languages": 2,
                "Management Tools": 2, "Finalizing Setup": 1}
ROLE_MINUTES = 4
WIDTH = 34

USAGE = """\
Microsoft Exchange Server 2010 Service Pack 1 Unattended Setup

Setup.com /mode:<setup mode>
    [/roles:<server roles to install>] [/sourceDir:<source directory>]
    ...

The setup modes simulated by ems: Upgrade (/mode:Upgrade or /m:upgrade), which upgrades
the Exchange 2010 server the console is on (Enter-LabServer) to Service Pack 1."""


def _line(step: str, status: str) -> str:
    return f"    {step:<{WIDTH}}......................... {status}"


def _org_prepared(org: "Organization") -> bool:
    return any(e.kind == "OrganizationPrepared" for e in org.history.events)


def readiness_problems(org: "Organization", server: "Server") -> list[tuple[str, str]]:
    """(check label, error text) of every failing readiness check of an upgrade to SP1."""
    problems: list[tuple[str, str]] = []
    if server.pending_reboot or server.pending_hotfixes:
        problems.append(("Organization Prerequisites" if not server.has_role("Edge") else
                         CHECK_LABELS["Edge"], REBOOT_PENDING))
    if server.dag_name and server.os_version.startswith("6.1") and REQUIRED_DAG_HOTFIX not in server.hotfixes:
        problems.append((CHECK_LABELS["Mailbox"], HOTFIX_MISSING.format(kb=REQUIRED_DAG_HOTFIX,
                                                                         num=REQUIRED_DAG_HOTFIX[2:])))
    return problems


def run_setup(org: "Organization", server: "Server", argv: list[str], out: Out) -> int:
    sw, rest = parse_switches(argv)
    mode = sw.get("mode", sw.get("m"))
    if "?" in sw or (mode is None and not sw and not rest):
        if mode is None and not sw and not rest:
            out("Setup.com needs a mode: the Setup wizard (setup.exe without arguments) is not available in the "
                "emulator. Use setup.com /mode:Upgrade.")
            out("")
        out(USAGE)
        return 0 if "?" in sw else 1
    if mode is None or mode.lower() != "upgrade":
        out("")
        out(f"The setup mode '{mode or ''}' is not simulated by ems: only /mode:Upgrade (Exchange 2010 RTM to "
            f"SP1) is.")
        out("")
        out(FAILED_SENTENCE)
        return 1
    out("")
    out("Welcome to Microsoft Exchange Server 2010 Service Pack 1 Unattended Setup")
    out("")
    out("Preparing Exchange Setup")
    out("")
    if not server.exchange or server.version is None:
        out("    Copying Setup Files                                       COMPLETED")
        out("")
        out(NOT_EXCHANGE)
        out("")
        out(FAILED_SENTENCE)
        org.history.add(org.clock.now(), "SetupFailed", server.name, None, True, reason="no Exchange roles")
        return 1
    if is_sp1(server):
        out("    Copying Setup Files                                       COMPLETED")
        out("")
        out(ALREADY_CURRENT)
        out("")
        out(FAILED_SENTENCE)
        return 1
    out("    Copying Setup Files                                       COMPLETED")
    out("")
    out("The following server roles will be upgraded")
    roles = [r for r in ("Mailbox", "ClientAccess", "UnifiedMessaging", "HubTransport", "Edge") if server.has_role(r)]
    out("Languages")
    out("Management Tools")
    for r in roles:
        out(ROLE_LABELS[r])
    out("")
    out("Performing Microsoft Exchange Server Prerequisite Check")
    out("")
    problems = dict()
    for label, text in readiness_problems(org, server):
        problems.setdefault(label, []).append(text)
    checks = ([] if server.has_role("Edge") else ["Organization Prerequisites"]) + ["Language Pack Checks"]
    checks += [CHECK_LABELS[r] for r in roles]
    failed = False
    for label in checks:
        errs = problems.get(label)
        if errs:
            failed = True
            out(_line(label, "FAILED"))
            for e in errs:
                out(f"     {e}")
            out("")
        else:
            out(_line(label, "COMPLETED"))
    if failed:
        out("")
        out(FAILED_SENTENCE)
        org.history.add(org.clock.now(), "SetupFailed", server.name, None, True,
                        reason="; ".join(t for errs in problems.values() for t in errs))
        org.touch()
        return 1

    out("")
    out("Configuring Microsoft Exchange Server")
    out("")
    org.history.add(org.clock.now(), "SetupStarted", server.name, None, True, mode="Upgrade", target=SP1_VERSION)

    def step(name: str, minutes: float) -> None:
        org.advance(timedelta(minutes=minutes))
        out(_line(name, "COMPLETED"))

    if not server.has_role("Edge") and not _org_prepared(org):
        org.history.add(org.clock.now(), "OrganizationPrepared", server.name, None, True, version=SP1_VERSION)
        step("Organization Preparation", STEP_MINUTES["Organization Preparation"])
    step("Preparing Setup", STEP_MINUTES["Preparing Setup"])
    # setup stops the Exchange services: whatever is still active here fails over now
    org.stop_exchange_services(server)
    step("Stopping Services", STEP_MINUTES["Stopping Services"])
    for name in ("Language Files", "Removing Exchange Files", "Preparing Files", "Copying Exchange Files"):
        step(name, STEP_MINUTES[name])
    step("Language Files", STEP_MINUTES["Language Files"])
    step("Restoring Services", STEP_MINUTES["Restoring Services"])
    step("Languages", STEP_MINUTES["Languages"])
    step("Management Tools", STEP_MINUTES["Management Tools"])
    for r in roles:
        step(ROLE_LABELS[r].replace(" Role", " Server Role") if r != "Edge" else "Edge Transport Server Role",
             ROLE_MINUTES)
    org.set_server_version(server, SP1_VERSION)
    if server.up:
        org.start_exchange_services(server)
    step("Finalizing Setup", STEP_MINUTES["Finalizing Setup"])
    out("")
    out(SUCCESS_SENTENCE)
    out("")
    org.history.add(org.clock.now(), "SetupCompleted", server.name, None, True, version=SP1_VERSION)
    org.touch()
    return 0
