"""EMS profile conventions, so scripts written for the real shell start: Connect-ExchangeServer
(-Auto / -ServerFqdn) and the RemoteExchange.ps1 start-up script.

In Exchange 2010 the EMS shortcut runs
``. 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\bin\\RemoteExchange.ps1'; Connect-ExchangeServer -auto``:
the script defines the EMS variables and functions, and Connect-ExchangeServer opens a remote
session to an Exchange server. In ems the Exchange cmdlets are always there; the engine already
sets ``$exbin``, ``$exinstall``, ``$exscripts`` and ``$env:ExchangeInstallPath``. RemoteExchange.ps1
is a virtual file in ``$exbin`` (seeded in every session's C: drive) that sets those variables
again, so dot-sourcing it works. Connect-ExchangeServer checks the server named (or picks one
with -Auto) in the simulated organization, reports the connection in the verbose stream as the
real function does, and keeps the server's name in ``context.exchange_connected_server``.
(Get-ExBanner is left out: its text lives in the host layer, which commands must not import.)
"""
from __future__ import annotations

from typing import Any

from cmdlets.exchange.base import EXCHANGE_MODULE
from cmdlets.exchange.converters import local_computer, text_of
from ems.model import identity as idn
from ems.model.servers import EXCHANGE_INSTALL_PATH
from ems.runtime import filesystem as fsm
from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter

REMOTE_EXCHANGE_PS1 = EXCHANGE_INSTALL_PATH + "bin\\RemoteExchange.ps1"

_REMOTE_EXCHANGE_TEXT = """\
# RemoteExchange.ps1 -- Exchange Management Shell start-up script (ems).
# The EMS shortcut dot-sources this file and then runs Connect-ExchangeServer -auto.
# In ems the Exchange cmdlets are built in: this script only sets the EMS variables.
$global:exinstall = $env:ExchangeInstallPath.TrimEnd('\\')
$global:exbin = $env:ExchangeInstallPath + 'bin'
$global:exscripts = $env:ExchangeInstallPath + 'scripts'
"""

fsm.register_seed_file(REMOTE_EXCHANGE_PS1, _REMOTE_EXCHANGE_TEXT)


class ConnectExchangeServer(Cmdlet):
    name = "Connect-ExchangeServer"
    module = EXCHANGE_MODULE
    default_parameter_set = "Default"
    parameters = (
        Parameter("ServerFqdn", "System.String", position=0, sets=("Default",)),
        Parameter("Auto", SWITCH, sets=("Auto",)),
        Parameter("AllowClobber", SWITCH),
        Parameter("UserName", "System.String"),
        Parameter("Prompt", SWITCH),
    )
    synopsis = "Connects the Exchange Management Shell to an Exchange server (RemoteExchange.ps1)."
    description = ("Connect-ExchangeServer -ServerFqdn X connects the shell to the Exchange server X; -Auto "
                   "picks one: the computer the console is on when it is an Exchange server, else the first "
                   "running Exchange server of the organization (Edge Transport servers excepted). In ems the "
                   "Exchange cmdlets always act on the simulated organization; the command checks that the "
                   "server exists and is running, as the real connection would, and reports the connection "
                   "in the verbose stream.")
    examples = (("Connect-ExchangeServer -auto", "What the EMS shortcut runs."),
                ("Connect-ExchangeServer -ServerFqdn E1401.contoso.com", "Connects to E1401."))

    def process(self) -> None:
        org = self.model
        if self.ServerFqdn:
            name = text_of(self.ServerFqdn)
            found = idn.find_servers(org, name)
            srv = found[0] if found else None
            if srv is None or not srv.up or srv.has_role("Edge"):
                why = ("The WinRM client cannot process the request because the server name cannot be resolved."
                       if srv is None else
                       "The WinRM client cannot complete the operation within the time specified. Check if the "
                       "machine name is valid and is reachable over the network and firewall exception for "
                       "Windows Remote Management service is enabled.")
                self.write_error(f"Connecting to remote server {name} failed with the following error message : "
                                 f"{why} For more information, see the about_Remote_Troubleshooting Help topic.",
                                 "OpenError", "PSSessionOpenFailed", name,
                                 "System.Management.Automation.Remoting.PSRemotingTransportException")
                return
        else:
            srv = self._auto()
            if srv is None:
                self.write_error("No Exchange servers are available in any Active Directory sites. You can't "
                                 "connect to a server.", "ResourceUnavailable", "NoExchangeServer", None)
                return
        self.write_verbose(f"Connecting to {srv.fqdn}")
        self.context.exchange_connected_server = srv.name
        self.write_verbose(f"Connected to {srv.fqdn}.")

    def _auto(self) -> Any:
        org = self.model
        here = org.servers.get(local_computer(self))
        if here is not None and here.exchange and here.up and not here.has_role("Edge"):
            return here
        for s in org.exchange_servers():
            if s.up and not s.has_role("Edge"):
                return s
        return None
