"""Simulated native programs of the lab computers, and the DAG maintenance scripts in $exscripts.

The emulator never starts a host process. The programs the seed's procedures need are
simulated over the model (ems/model/servicing) and act on the computer the console is on
(Enter-LabServer):

    setup.com / setup.exe   Exchange 2010 unattended setup (/mode:Upgrade to SP1)
    wusa.exe                Windows Update Standalone Installer (hotfixes)
    LcsCmd.exe              OCS 2007 R2 command line (/Action:Activate /Role:EEFE ...)
    OCSASNFix.exe           the OCS 2007 R2 fix that goes with KB974571
    cluster.exe             failover cluster command line (node /pause, /resume; group /move)

``register_native(name, fn)`` adds a simulation (``fn(ctx, argv, input) -> lines``; the name
is matched without its extension and path, so ``setup`` covers ``D:\\setup.com`` and
``setup.exe``); ``native_commands()`` is the table the session gives the engine:

    Engine(host, model=model, cmdlets=all_cmdlets(), native_commands=native_commands())

Every program sets $LASTEXITCODE (a non-zero code makes $? false, as for a real program) and
writes its console lines to the output stream.

The scripts StartDagServerMaintenance.ps1, StopDagServerMaintenance.ps1 and
RedistributeActiveDatabases.ps1 (our own PowerShell, in cmdlets/lab/scripts/) are seeded into
``$exscripts`` of every session from here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ems.runtime.filesystem import EXSCRIPTS, register_seed_file

_NATIVE: dict[str, Callable[..., Any]] = {}
SCRIPTS_DIR = Path(__file__).with_name("scripts")
SCRIPT_NAMES = ("StartDagServerMaintenance.ps1", "StopDagServerMaintenance.ps1", "RedistributeActiveDatabases.ps1")


def register_native(name: str, fn: Callable[..., Any]) -> None:
    """Make the program ``name`` (e.g. ``setup`` or ``wusa.exe``) run ``fn(ctx, argv, input)``."""
    _NATIVE[name.lower()] = fn


def native_commands() -> dict[str, Callable[..., Any]]:
    """Name -> simulation, for ``Engine(native_commands=...)``."""
    return dict(_NATIVE)


# ---------------------------------------------------------------------------- plumbing


def _current_server(ctx: Any) -> Any:
    from cmdlets.lab.servers import current_server_name
    model = getattr(ctx, "model", None)
    if model is None:
        return None
    return model.servers.get(current_server_name(ctx))


SETUP_LOG = "C:\\ExchangeSetupLogs\\ExchangeSetup.log"


def _append_setup_log(ctx: Any, server: Any, argv: list[str], lines: list[str], code: int) -> None:
    """setup.com's lines go to C:\\ExchangeSetupLogs\\ExchangeSetup.log as well, as the real setup
    logs (the virtual C: drive is the session's, shared by the lab computers)."""
    try:
        fs = ctx.fs
        try:
            old = fs.read_text(fs.resolve(SETUP_LOG))
        except Exception:
            old = ""
        stamp = ctx.model.clock.now().strftime("%m/%d/%Y %H:%M:%S")
        head = f"[{stamp}] [0] Starting Microsoft Exchange Server 2010 Setup on {server.name}: setup {' '.join(argv)}"
        body = "".join(f"[{stamp}] [0] {l}\n" for l in lines if l.strip())
        tail = f"[{stamp}] [0] End of Setup (exit code {code})\n"
        fs.seed_file(SETUP_LOG, old + head + "\n" + body + tail)
    except Exception:  # the log is a courtesy: never fail the program for it
        pass


SETUP_STEPS = 16  # about as many step lines as an upgrade prints


def _progress(ctx: Any, status: str, percent: int, completed: bool = False) -> None:
    try:
        if str(ctx.preference("ProgressPreference", "Continue")).lower() == "silentlycontinue":
            return
        from cmdlets.core.write import ProgressRecord
        rec = ProgressRecord(1, "Microsoft Exchange Server 2010 Service Pack 1 Setup", status)
        rec.PercentComplete = percent
        if completed:
            rec.RecordType = "Completed"
        ctx.host.write_progress(rec)
    except Exception:  # progress is a courtesy of the host
        pass


def _with_progress(ctx: Any, lines: list[str]) -> Callable[[str], None]:
    """setup.com's step lines ("    <step> ..... COMPLETED") also go to the host as progress."""
    done = [0]

    def out(line: str) -> None:
        lines.append(line)
        stripped = line.strip()
        if stripped.endswith(("COMPLETED", "FAILED")) and "...." in stripped:
            done[0] += 1
            step = stripped.split("....", 1)[0].strip()
            _progress(ctx, step, min(99, done[0] * 100 // SETUP_STEPS))
        elif stripped.startswith("The Exchange Server setup operation"):
            _progress(ctx, stripped, 100, completed=True)

    return out


def _runner(program: str, run: Callable[..., int], needs_server: bool = True) -> Callable[..., Any]:
    def handler(ctx: Any, argv: list[str], input: list) -> list[str]:
        lines: list[str] = []
        model = getattr(ctx, "model", None)
        server = _current_server(ctx)
        if model is None or (needs_server and server is None):
            from cmdlets.lab.servers import current_server_name
            lines.append(f"{program}: the console is on '{current_server_name(ctx)}', which is not a computer of "
                         f"the simulated organization. Move the console first, e.g. Enter-LabServer E1402.")
            code = 1
        elif needs_server and not server.up:
            lines.append(f"{program}: {server.name} is not running.")
            code = 1
        else:
            out = lines.append
            if program == "setup.com":
                out = _with_progress(ctx, lines)
            was_up = bool(getattr(server, "up", False))
            try:
                code = run(model, server, [str(a) for a in argv], out)
            except Exception as e:  # a model error: the program's message, never a traceback
                lines.append(f"{program}: {getattr(e, 'message', None) or e}")
                code = 1
            if program == "wusa.exe" and was_up and server is not None and not server.up:
                # wusa /quiet restarted the console's own computer: as with Restart-Computer on
                # this computer, the console is back when the computer is (simulated time passes)
                from datetime import timedelta
                from ems.model.org import BOOT_SECONDS
                model.advance(timedelta(seconds=BOOT_SECONDS))
        if program == "setup.com" and server is not None and model is not None:
            _append_setup_log(ctx, server, list(argv), lines, int(code))
        ctx.set_variable("global:LASTEXITCODE", int(code))
        return lines
    handler.__name__ = f"simulated_{program.split('.')[0].lower()}"
    return handler


def _register_all() -> None:
    from ems.model.servicing import cluster, hotfix, ocs, setup
    register_native("setup", _runner("setup.com", setup.run_setup))
    register_native("wusa", _runner("wusa.exe", hotfix.run_wusa))
    register_native("lcscmd", _runner("LcsCmd.exe", ocs.run_lcscmd))
    register_native("ocsasnfix", _runner("OCSASNFix.exe", ocs.run_asnfix))
    register_native("cluster", _runner("cluster.exe", cluster.run_cluster, needs_server=False))


def _seed_scripts() -> None:
    for name in SCRIPT_NAMES:
        path = SCRIPTS_DIR / name
        if path.is_file():
            register_seed_file(f"{EXSCRIPTS}\\{name}", lambda p=path: p.read_text(encoding="utf-8"))


_register_all()
_seed_scripts()
