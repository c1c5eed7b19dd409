"""Office Communications Server 2007 R2 on OCS01 and the KB974571 story (the seed's first note).

The product's state is ``server.products["ocs"]``: ``installed``, ``activated``, ``pool`` (the
Enterprise pool's FQDN) and ``asn_fix_applied``; its services are RTCSRV (Front-End),
RTCIMMCU, RTCDATAMCU, RTCAVMCU and RTCASMCU.

* Activation into the Enterprise pool, with the OCS 2007 R2 command-line tool:

      LcsCmd.exe /Server:OCS01.contoso.com /Action:Activate /Role:EEFE /PoolName:pool01 /Password:<pwd>

  (server actions of LCSCmd.exe take ``/Server[:<FQDN>]``, default the local computer;
  ``/Role:EEFE`` is the Enterprise Edition front end [K: role name from the OCS 2007
  command-line reference, not confirmed for R2]). While the security update KB974571
  (CryptoAPI) is in effect, activation fails with the deployment log's error
  ``[0xC3EC78D8] Failed to read the Office Communications Server version information. This
  can happen if the computer clock is not set to correct date and time.``; once it is removed
  (and the computer restarted) activation succeeds and the services are set to start
  automatically and started. ``/Action:CheckLCServerState`` reports the state.
* After activation KB974571 can be installed again, but then the OCS services stop working
  (the Front-End service ends with service-specific error 3286842403 (0xC3E93C23)) until
  ``OCSASNFix.exe`` has been run. OCSASNFix.exe refuses to run where OCS is not installed or
  not activated.

Our model of the failure: installing KB974571 on an activated server without the fix puts
RTCSRV in ``server.extra["disabled_services"]`` (the organization keeps those stopped at the
next boot, when the update takes effect); OCSASNFix.exe clears it and starts the services.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ems.model.servicing.common import Out, parse_switches, short_name

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization
    from ems.model.servers import Server

BREAKING_UPDATE = "KB974571"
OCS_SERVICES = ("RTCSRV", "RTCIMMCU", "RTCDATAMCU", "RTCAVMCU", "RTCASMCU")
FRONT_END = "RTCSRV"
VERSION_ERROR = ("[0xC3EC78D8] Failed to read the Office Communications Server version information. This can "
                 "happen if the computer clock is not set to correct date and time.")
FRONT_END_ERROR = ("The Office Communications Server Front-End service terminated with service-specific error "
                   "3286842403 (0xC3E93C23).")
PRODUCT = "Microsoft Office Communications Server 2007 R2, Enterprise Edition"
ROLES = {"eefe": "Enterprise Edition Server", "ee": "Enterprise Edition Server"}


def product(server: "Server") -> dict[str, Any] | None:
    p = server.products.get("ocs") if server.products else None
    return p if isinstance(p, dict) and p.get("installed") else None


def is_activated(server: "Server") -> bool:
    p = product(server)
    return bool(p and p.get("activated"))


def services_working(server: "Server") -> bool:
    """The OCS Front-End runs and will keep running after a restart."""
    if not server.up or not is_activated(server):
        return False
    if FRONT_END in (server.extra.get("disabled_services") or ()):
        return False
    return server.service_running(FRONT_END)


def _disabled(server: "Server") -> list[str]:
    return server.extra.setdefault("disabled_services", [])


def update_changed(org: "Organization", server: "Server", installed: bool) -> None:
    """KB974571 was installed or removed on ``server`` (wusa)."""
    p = product(server)
    if p is None:
        return
    if installed and p.get("activated") and not p.get("asn_fix_applied"):
        if FRONT_END not in _disabled(server):
            _disabled(server).append(FRONT_END)
    elif not installed:
        d = server.extra.get("disabled_services")
        if d and FRONT_END in d:
            d.remove(FRONT_END)
    org.touch()


def _start_services(org: "Organization", server: "Server") -> None:
    for name in OCS_SERVICES:
        svc = server.service(name)
        if svc is None:
            svc = server.add_service(name, False)
        svc.start_type = "Automatic"
        if not svc.running:
            org.start_service(server, name)


def _log_path(org: "Organization", action: str) -> str:
    t = org.clock.now()
    return (f"C:\\Users\\Administrator\\AppData\\Local\\Temp\\{action}[{t:%Y_%m_%d}][{t:%H_%M_%S}].html")


def run_lcscmd(org: "Organization", here: "Server", argv: list[str], out: Out) -> int:
    from ems.model.servicing import hotfix
    sw, rest = parse_switches(argv)
    action = (sw.get("action") or "").lower()
    if "?" in sw or not action:
        out("LCSCmd.exe /Server[:<server FQDN>] /Action:<action name> [parameters]")
        out("Server actions simulated by ems: Activate (/Role:EEFE /PoolName:<pool> [/Password:<password>]), "
            "CheckLCServerState (/Role:EEFE).")
        return 0 if "?" in sw else 1
    target = here
    if sw.get("server"):
        name = short_name(str(sw["server"]))
        target = org.servers.get(name)
        if target is None:
            out(f"Failure: the server '{sw['server']}' could not be found in Active Directory.")
            return 1
    if not target.up:
        out(f"Failure: the server '{target.fqdn}' cannot be reached.")
        return 1
    p = product(target)
    if p is None:
        out(f"Failure: Office Communications Server 2007 R2 is not installed on {target.fqdn}.")
        return 1
    if action == "checklcserverstate":
        out(f"Checking the state of {target.fqdn}")
        out(f"    Product:   {p.get('name', PRODUCT)}")
        out(f"    Pool:      {p.get('pool')}")
        out(f"    Activated: {'Yes' if p.get('activated') else 'No'}")
        out(f"    Front-End: {'Running' if target.service_running(FRONT_END) else 'Stopped'}")
        out("Success")
        return 0
    if action != "activate":
        out(f"Failure: the action '{sw.get('action')}' is not simulated by ems (Activate, CheckLCServerState).")
        return 1
    role = (sw.get("role") or "").lower()
    if role not in ROLES:
        out("Failure: /Role is required for the Activate action. Use /Role:EEFE to activate an Enterprise Edition "
            "server in its pool.")
        return 1
    pool = str(p.get("pool") or "")
    given = str(sw.get("poolname") or "")
    if not given:
        out("Failure: /PoolName:<pool name> is required to activate an Enterprise Edition server.")
        return 1
    if given.lower() not in (pool.lower(), short_name(pool).lower()):
        out(f"Failure: the pool '{given}' could not be found in Active Directory.")
        return 1
    out(f"Activate {ROLES[role]}: {target.fqdn} in pool {pool}")
    if p.get("activated"):
        out(f"Failure: {target.fqdn} is already activated in pool {pool}.")
        return 1
    if hotfix.in_effect(target, BREAKING_UPDATE):
        out(f"Failure {VERSION_ERROR}")
        out(f"Detailed results can be found at \"{_log_path(org, 'Activate')}\".")
        org.history.add(org.clock.now(), "OcsActivationFailed", target.name, None, True, error="0xC3EC78D8")
        org.touch()
        return 1
    p["activated"] = True
    _start_services(org, target)
    if BREAKING_UPDATE in target.pending_hotfixes and not p.get("asn_fix_applied"):
        update_changed(org, target, True)  # it takes effect at the next restart
    org.history.add(org.clock.now(), "OcsActivated", target.name, None, True, pool=pool)
    org.touch()
    out("Success")
    out(f"Detailed results can be found at \"{_log_path(org, 'Activate')}\".")
    return 0


def run_asnfix(org: "Organization", here: "Server", argv: list[str], out: Out) -> int:
    p = product(here)
    if p is None:
        out(f"OCSASNFix: Office Communications Server 2007 R2 is not installed on {here.name}. This fix applies "
            f"only to computers running Office Communications Server 2007 R2. Nothing was changed.")
        return 1
    if not p.get("activated"):
        out(f"OCSASNFix: Office Communications Server 2007 R2 on {here.name} is not activated. Activate the "
            f"server first, then run OCSASNFix.exe. Nothing was changed.")
        return 1
    p["asn_fix_applied"] = True
    d = here.extra.get("disabled_services")
    if d and FRONT_END in d:
        d.remove(FRONT_END)
    out("OCSASNFix: updating the Office Communications Server 2007 R2 certificate handling for KB974571...")
    _start_services(org, here)
    org.history.add(org.clock.now(), "OcsAsnFixApplied", here.name, None, True)
    org.touch()
    out("OCSASNFix: completed successfully.")
    return 0
