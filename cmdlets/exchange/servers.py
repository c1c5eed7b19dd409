"""Exchange servers: Get-ExchangeServer, Set-ExchangeServer, Get-MailboxServer, Set-MailboxServer.

Get-ExchangeServer returns the model's Server objects (the ExchangeServer property set of
reference §1); Get-MailboxServer wraps them in MailboxServer (reference §2). Set-MailboxServer
changes the settings Active Manager obeys: DatabaseCopyAutoActivationPolicy (Unrestricted /
IntrasiteOnly / Blocked), AutoDatabaseMountDial (Lossless / GoodAvailability /
BestAvailability) and MaximumActiveDatabases.
"""
from __future__ import annotations

from typing import Any

from cmdlets.exchange.base import ExchangeCmdlet
from cmdlets.exchange.converters import resolve_each, text_of
from ems.model import identity as idn
from ems.model.errors import ModelError
from ems.model.servers import MailboxServer

_COMMON = {"verbose", "debug", "erroraction", "warningaction", "informationaction", "errorvariable",
           "warningvariable", "informationvariable", "outvariable", "outbuffer", "pipelinevariable",
           "confirm", "whatif", "identity", "domaincontroller"}


def warn_ignored(cmdlet: Any, used: set[str]) -> None:
    """Parameters the real cmdlet has and the emulator accepts without simulating them."""
    for p in cmdlet.bound_parameters:
        if p.lower() not in _COMMON and p not in used:
            cmdlet.write_warning(f"The emulator does not simulate the {p} parameter of {cmdlet.name}; it was "
                                 f"accepted and ignored.")


class GetExchangeServer(ExchangeCmdlet):
    name = "Get-ExchangeServer"
    output_type = "Microsoft.Exchange.Data.Directory.Management.ExchangeServer"
    synopsis = "Use the Get-ExchangeServer cmdlet to view the attributes of Exchange servers in the organization."
    description = ("Returns every Exchange server of the organization, or those named by -Identity (name, FQDN, "
                   "GUID, distinguished name; wildcards allowed). The default view shows Name, Site, ServerRole, "
                   "Edition and AdminDisplayVersion; AdminDisplayVersion is the installed service pack build "
                   "(Version 14.0 (Build 639.21) for Exchange 2010 RTM, Version 14.1 (Build 218.15) for SP1). "
                   "-Domain lists the servers of a domain; -Status also reads the servers' current domain "
                   "controller settings.")
    examples = (("Get-ExchangeServer", "Lists the Exchange servers."),
                ("Get-ExchangeServer E14* | Format-Table Name,AdminDisplayVersion",
                 "Shows the version of the E14 servers."),
                ("Get-ExchangeServer | Where-Object { $_.IsMailboxServer }", "Lists the Mailbox servers."))

    def process(self) -> None:
        org = self.model
        if self.parameter_set_name == "Domain":
            dom = text_of(self.Domain).lower()
            servers = [s for s in org.exchange_servers() if s.fqdn.lower().endswith("." + dom)]
        elif self.Identity is None:
            servers = org.exchange_servers()
        else:
            servers = list(resolve_each(self, self.Identity, idn.find_servers, idn.get_server))
        for s in servers:
            self.write_object(s)


class SetExchangeServer(ExchangeCmdlet):
    name = "Set-ExchangeServer"
    synopsis = "Use the Set-ExchangeServer cmdlet to set Exchange attributes in Active Directory for a specified server."
    description = ("Sets CustomerFeedbackEnabled, ErrorReportingEnabled and InternetWebProxy of an Exchange "
                   "server (the static domain controller settings and product key are accepted and not "
                   "simulated).")
    examples = (("Set-ExchangeServer E1401 -ErrorReportingEnabled $true", "Turns on error reporting for E1401."),)

    def process(self) -> None:
        org = self.model
        used = {"CustomerFeedbackEnabled", "ErrorReportingEnabled", "InternetWebProxy"}
        for srv in resolve_each(self, self.Identity, idn.find_servers, idn.get_server, wildcard_ok=False):
            # [K] the confirmation text is not in the reference.
            if not self.should_process(f'Setting Exchange server "{srv.name}".'):
                continue
            for p in used:
                if self.is_bound(p):
                    v = getattr(self, p)
                    setattr(srv, p, text_of(v) if p == "InternetWebProxy" and v is not None else v)
            srv.when_changed = org.clock.now()
            org.touch()
        warn_ignored(self, used)


class GetMailboxServer(ExchangeCmdlet):
    name = "Get-MailboxServer"
    output_type = "Microsoft.Exchange.Data.Directory.Management.MailboxServer"
    synopsis = "Use the Get-MailboxServer cmdlet to view the Mailbox server objects and their settings."
    description = ("Returns the Mailbox servers of the organization (or those named by -Identity, wildcards "
                   "allowed) with their DAG membership and the settings Active Manager uses: "
                   "DatabaseCopyAutoActivationPolicy, AutoDatabaseMountDial and MaximumActiveDatabases.")
    examples = (("Get-MailboxServer", "Lists the Mailbox servers."),
                ("Get-MailboxServer E1402 | Format-List *Activation*,AutoDatabaseMountDial",
                 "Shows whether E1402 may host active databases."))

    def process(self) -> None:
        org = self.model
        if self.Identity is None:
            servers = idn.find_mailbox_servers(org)
        else:
            servers = []
            for srv in resolve_each(self, self.Identity, idn.find_servers, idn.get_server):
                if srv.has_role("Mailbox"):
                    servers.append(srv)
                elif not isinstance(self.Identity, str) or not idn.has_wildcard(self.Identity):
                    self.report(ModelError(f"The operation couldn't be performed because object '{srv.name}' "
                                           f"couldn't be found on '{org.dc_fqdn}'.",
                                           dotnet_type="Microsoft.Exchange.Configuration.Tasks."
                                                       "ManagementObjectNotFoundException",
                                           category="ObjectNotFound"), target=srv.name)
        for s in servers:
            self.write_object(MailboxServer(s))


class SetMailboxServer(ExchangeCmdlet):
    name = "Set-MailboxServer"
    synopsis = "Use the Set-MailboxServer cmdlet to modify the settings of a Mailbox server."
    description = ("Sets DatabaseCopyAutoActivationPolicy (Blocked keeps Active Manager from activating "
                   "copies on the server, as StartDagServerMaintenance.ps1 does; IntrasiteOnly limits it to "
                   "the same AD site; Unrestricted lifts the limit), AutoDatabaseMountDial (how many lost "
                   "logs an automatic mount accepts: Lossless 0, GoodAvailability 6, BestAvailability 12) and "
                   "MaximumActiveDatabases ($null for no limit). Other settings are accepted and not simulated.")
    examples = (("Set-MailboxServer -Identity E1402 -DatabaseCopyAutoActivationPolicy Blocked",
                 "Blocks activation of database copies on E1402."),
                ("Set-MailboxServer E1402 -MaximumActiveDatabases 4 -AutoDatabaseMountDial Lossless",
                 "Caps E1402 at four active databases, mounted only without data loss."))

    def process(self) -> None:
        org = self.model
        used = {"DatabaseCopyAutoActivationPolicy", "AutoDatabaseMountDial", "MaximumActiveDatabases"}
        kw: dict[str, Any] = {}
        if self.is_bound("DatabaseCopyAutoActivationPolicy"):
            kw["activation_policy"] = self.DatabaseCopyAutoActivationPolicy
        if self.is_bound("AutoDatabaseMountDial"):
            kw["mount_dial"] = self.AutoDatabaseMountDial
        if self.is_bound("MaximumActiveDatabases"):
            kw["max_active"] = self.MaximumActiveDatabases
        for srv in resolve_each(self, self.Identity, idn.find_mailbox_servers, idn.get_server, wildcard_ok=False):
            if not self.should_process(f'Setting Mailbox server "{srv.name}".'):
                continue
            try:
                org.set_mailbox_server(srv, **kw)
            except ModelError as e:
                self.report(e, target=srv.name)
        warn_ignored(self, used)


# The 2010 docs list -Confirm/-WhatIf for Set-ExchangeServer; the generated metadata (no task
# attributes known) says it does not support ShouldProcess. The documented parameters win.
SetExchangeServer.supports_should_process = True
SetExchangeServer.confirm_impact = "Medium"
