"""wusa.exe, the Windows Update Standalone Installer, on the computer the console is on.

    wusa.exe <path>\\Windows6.1-KB981002-x64.msu [/quiet] [/norestart]
    wusa.exe /uninstall /kb:974571 [/quiet] [/norestart]

The KB number comes from the package's file name (the package itself is not needed: the
emulator has no files to check it against). A package for another Windows version
(``Windows6.0-...`` on Windows Server 2008 R2, which is 6.1) is not applicable.

Restarts: the updates in ``NEEDS_RESTART`` (and any update not listed) need one. Installed
without ``/quiet``, or with ``/norestart``, such an update stays pending (Get-HotFix does not
list it yet, setup sees a pending reboot) until Restart-Computer; wusa ends with exit code
3010 (ERROR_SUCCESS_REBOOT_REQUIRED). With ``/quiet`` and without ``/norestart`` wusa
restarts the computer at once, as the real one does (on a DAG member still hosting active
databases that is a failover). Removing an update that needs a restart keeps its code in
effect until the restart (``removed_pending(server, kb)``).

Exit codes (the real ones): 0 done; 3010 restart required; 2359302 (0x240006) already
installed; 2359303 (0x240007) not installed (for /uninstall) [K]; -2145124329 (0x80240017)
not applicable; 87 bad arguments.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ems.model.servicing.common import Out, parse_switches

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization
    from ems.model.servers import Server

# update -> (title, needs a restart to install, needs a restart to remove)
KNOWN_UPDATES = {
    "KB981002": ("Hotfix for Windows (KB981002)", True, True),
    "KB974571": ("Security Update for Windows (KB974571)", True, True),
    "KB979744": ("Hotfix for Windows (KB979744)", True, True),
    "KB983440": ("Hotfix for Windows (KB983440)", True, True),
}
EXIT_REBOOT = 3010
EXIT_ALREADY_INSTALLED = 2359302
EXIT_NOT_INSTALLED = 2359303
EXIT_NOT_APPLICABLE = -2145124329
EXIT_BAD_ARGS = 87
REMOVED_KEY = "hotfixes_removed_at"  # server.extra: KB -> ISO time of a removal that waits for a restart

USAGE = """\
Windows Update Standalone Installer

wusa.exe <update> [/quiet] [/norestart]
wusa.exe /uninstall /kb:<KB number> [/quiet] [/norestart]"""


def _kb(text: str) -> str | None:
    m = re.search(r"kb(\d+)", text, re.IGNORECASE)
    return f"KB{m.group(1)}" if m else None


def title(kb: str) -> str:
    return KNOWN_UPDATES.get(kb, (f"Update for Windows ({kb})", True, True))[0]


def needs_restart(kb: str, removing: bool = False) -> bool:
    info = KNOWN_UPDATES.get(kb)
    if info is None:
        return True
    return info[2] if removing else info[1]


def removed_pending(server: "Server", kb: str) -> bool:
    """``kb`` was uninstalled but the computer was not restarted since: its code still runs."""
    from datetime import datetime
    at = (server.extra.get(REMOVED_KEY) or {}).get(kb.upper())
    if at is None:
        return False
    try:
        t = datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return False
    return server.boot_time is None or server.boot_time <= t


def in_effect(server: "Server", kb: str) -> bool:
    """The update's code runs on ``server``: installed (restart done), or removed and not restarted."""
    kb = kb.upper()
    return kb in server.hotfixes or removed_pending(server, kb)


def install(org: "Organization", server: "Server", kb: str, restart_needed: bool | None = None) -> Any:
    """Install ``kb`` (pending until restart when it needs one); the lab's start states use it too."""
    kb = kb.upper()
    rn = needs_restart(kb) if restart_needed is None else restart_needed
    removed = server.extra.get(REMOVED_KEY)
    if removed:
        removed.pop(kb, None)
    desc = "Security Update" if title(kb).startswith("Security") else ("Hotfix" if title(kb).startswith("Hotfix")
                                                                       else "Update")
    hf = org.install_hotfix(server, kb, description=desc, needs_restart=rn)
    _after_change(org, server, kb, installed=True)
    return hf


def uninstall(org: "Organization", server: "Server", kb: str) -> bool:
    kb = kb.upper()
    was_effective = kb in server.hotfixes
    rn = needs_restart(kb, removing=True)
    if not org.uninstall_hotfix(server, kb, needs_restart=rn and was_effective):
        return False
    if rn and was_effective:
        server.extra.setdefault(REMOVED_KEY, {})[kb] = org.clock.now().isoformat()
    _after_change(org, server, kb, installed=False)
    return True


def _after_change(org: "Organization", server: "Server", kb: str, installed: bool) -> None:
    from ems.model.servicing import ocs
    if kb == ocs.BREAKING_UPDATE:
        ocs.update_changed(org, server, installed)


def run_wusa(org: "Organization", server: "Server", argv: list[str], out: Out) -> int:
    sw, rest = parse_switches(argv)
    quiet = "quiet" in sw
    norestart = "norestart" in sw
    if "?" in sw or "help" in sw or (not rest and "uninstall" not in sw):
        out(USAGE)
        return 0 if ("?" in sw or "help" in sw) else EXIT_BAD_ARGS
    try:
        org.require_up(server)
    except Exception as e:  # a computer that is down cannot run anything
        out(getattr(e, "message", str(e)))
        return 1
    if "uninstall" in sw:
        kb = _kb(sw.get("kb") or "") if sw.get("kb") else (_kb(rest[0]) if rest else None)
        if sw.get("kb") and kb is None and str(sw["kb"]).isdigit():
            kb = f"KB{sw['kb']}"
        if kb is None:
            out("Windows Update Standalone Installer: /uninstall needs /kb:<number> or the package's path.")
            return EXIT_BAD_ARGS
        if kb not in server.hotfixes and kb not in server.pending_hotfixes:
            out(f"{title(kb)} is not installed on this computer.")
            return EXIT_NOT_INSTALLED
        if not quiet:
            out(f"Uninstalling {title(kb)} on {server.name}...")
        pending_restart = kb in server.hotfixes and needs_restart(kb, removing=True)
        uninstall(org, server, kb)
        return _finish(org, server, quiet, norestart, pending_restart, "Uninstallation complete.", out)
    package = rest[0]
    kb = _kb(package.replace("\\", "/").rsplit("/", 1)[-1])
    if kb is None or not package.lower().endswith(".msu"):
        out(f"Windows Update Standalone Installer: '{package}' is not an update package (.msu) with a KB number "
            f"in its name, such as Windows6.1-KB981002-x64.msu.")
        return EXIT_BAD_ARGS
    m = re.search(r"windows(\d+\.\d+)", package, re.IGNORECASE)
    if m and not server.os_version.startswith(m.group(1)):
        out(f"The update is not applicable to your computer. ({server.name} runs {server.os_name}, version "
            f"{server.os_version}.)")
        return EXIT_NOT_APPLICABLE
    if kb in server.hotfixes or kb in server.pending_hotfixes:
        out(f"{title(kb)} is already installed on this computer.")
        return EXIT_ALREADY_INSTALLED
    if not quiet:
        out(f"Installing {title(kb)} on {server.name}...")
    hf = install(org, server, kb)
    return _finish(org, server, quiet, norestart, bool(getattr(hf, "needs_restart", False)),
                   "Installation complete.", out)


def _finish(org: "Organization", server: "Server", quiet: bool, norestart: bool, pending_restart: bool,
            done: str, out: Out) -> int:
    if not pending_restart:
        if not quiet:
            out(done)
        return 0
    if quiet and not norestart:
        # the real wusa restarts the computer by itself here
        org.restart_computer(server)
        return 0
    if not quiet:
        out(f"{done} You must restart {server.name} for the updates to take effect (Restart-Computer).")
    return EXIT_REBOOT
