"""Organization-wide settings: Get-AcceptedDomain, Get-OrganizationConfig, Get-ADServerSettings,
Set-ADServerSettings, and Get-ExCommand (the EMS profile function that lists the Exchange
commands).

Get-/Set-ADServerSettings are not in the reference's cmdlet data: their parameters are
declared here from the Exchange 2010 syntax [K]. Get-ExCommand is a function of RemoteExchange.ps1
in the real shell (it takes ``$args[0]``, a name with wildcards); here it is a command with one
positional parameter doing the same.
"""
from __future__ import annotations

from typing import Any

from cmdlets.exchange.base import EXCHANGE_MODULE, ExchangeCmdlet
from cmdlets.exchange.converters import identities, is_wildcard, text_of
from ems.model import identity as idn
from ems.model.errors import not_found_object
from ems.runtime.cmdlet import ALL_SETS, SWITCH, Parameter
from ems.runtime.psobject import base_object

import cmdlets.exchange.recipient_views  # noqa: F401


class GetAcceptedDomain(ExchangeCmdlet):
    name = "Get-AcceptedDomain"
    output_type = "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"
    synopsis = "Use the Get-AcceptedDomain cmdlet to view the configuration information for the accepted domains."
    description = ("Returns the SMTP domains the organization accepts mail for (Name, DomainName, DomainType, "
                   "Default), all of them or one by -Identity (name or domain name; wildcards allowed).")
    examples = (("Get-AcceptedDomain", "Lists the accepted domains."),
                ("Get-AcceptedDomain | Where-Object {$_.Default}", "The default domain."))

    def process(self) -> None:
        org = self.model
        domains = list(org.accepted_domains)
        if self.Identity is None:
            for d in domains:
                self.write_object(d)
            return
        for ident in identities(self.Identity):
            obj = base_object(ident)
            if hasattr(obj, "domain_type"):
                self.write_object(obj)
                continue
            text = text_of(obj).strip()
            if is_wildcard(text):
                rx = idn.wildcard(text)
                found = [d for d in domains if rx.match(d.name) or rx.match(d.domain)]
            else:
                low = text.lower()
                found = [d for d in domains if low in (d.name.lower(), d.domain.lower(), str(d.guid))]
            if not found and not is_wildcard(text):
                self.report(not_found_object(text, org.dc_fqdn), target=text)
            for d in found:
                self.write_object(d)


class GetOrganizationConfig(ExchangeCmdlet):
    name = "Get-OrganizationConfig"
    output_type = "Microsoft.Exchange.Data.Directory.Management.OrganizationConfig"
    synopsis = "Use the Get-OrganizationConfig cmdlet to obtain configuration information about an organization."
    description = ("Returns the Exchange organization's settings: its name (\"First Organization\" in the "
                   "built-in lab), public folder defaults, MailTips, EWS access settings and more.")
    examples = (("Get-OrganizationConfig", "Shows the organization's settings."),
                ("(Get-OrganizationConfig).Name", "The organization's name."))

    def process(self) -> None:
        org = self.model
        if self.Identity is not None:
            text = text_of(self.Identity).strip()
            if text.lower() not in (org.name.lower(), str(org.guid)) and not (
                    is_wildcard(text) and idn.wildcard(text).match(org.name)):
                self.report(not_found_object(text, org.dc_fqdn), target=text)
                return
        self.write_object(org.config)


class GetADServerSettings(ExchangeCmdlet):
    name = "Get-ADServerSettings"
    parameters = ()
    module = EXCHANGE_MODULE
    output_type = "Microsoft.Exchange.Data.Directory.RunspaceServerSettingsPresentationObject"
    synopsis = ("Use the Get-ADServerSettings cmdlet to view the Active Directory Domain Services (AD DS) settings "
                "of the current Exchange Management Shell session.")
    description = ("Shows the session's directory scope: the default and preferred domain controllers and global "
                   "catalog, the recipient view root and whether the whole forest is in view (ViewEntireForest, "
                   "changed with Set-ADServerSettings).")
    examples = (("Get-ADServerSettings", "Shows the session's directory settings."),
                ("(Get-ADServerSettings).ViewEntireForest", "Whether the whole forest is in scope."))

    def process(self) -> None:
        self.write_object(self.model.ad_server_settings)


class SetADServerSettings(ExchangeCmdlet):
    name = "Set-ADServerSettings"
    parameters = (
        Parameter("ViewEntireForest", "System.Boolean", sets=("FullParams",),
                  help="$true: recipient cmdlets see the entire forest."),
        Parameter("RecipientViewRoot", "System.String", sets=("FullParams",),
                  help="The organizational unit or domain whose recipients the session sees."),
        Parameter("ConfigurationDomainController", "Microsoft.Exchange.Data.Fqdn", sets=("FullParams",),
                  help="The domain controller to read configuration from."),
        Parameter("PreferredGlobalCatalog", "Microsoft.Exchange.Data.Fqdn", sets=("FullParams",),
                  help="The global catalog to read recipients from."),
        Parameter("SetPreferredDomainControllers", "Microsoft.Exchange.Data.MultiValuedProperty",
                  sets=("FullParams",), help="The preferred domain controllers."),
        Parameter("PreferredServer", "Microsoft.Exchange.Data.Fqdn", mandatory=True, sets=("SingleDC",),
                  help="One domain controller for every directory operation of the session."),
        Parameter("RunspaceServerSettings", "Microsoft.Exchange.Data.Directory.RunspaceServerSettingsPresentationObject",
                  mandatory=True, position=0, pipeline=True, sets=("Instance",),
                  help="Settings saved from Get-ADServerSettings, to restore."),
        Parameter("Confirm", SWITCH, aliases=("cf",), sets=(ALL_SETS,)),
        Parameter("WhatIf", SWITCH, aliases=("wi",), sets=(ALL_SETS,)),
    )
    default_parameter_set = "FullParams"
    supports_should_process = True
    confirm_impact = "Medium"
    synopsis = ("Use the Set-ADServerSettings cmdlet to manage the Active Directory Domain Services (AD DS) "
                "environment in the current Exchange Management Shell session.")
    description = ("Changes the session's directory scope. -ViewEntireForest $true lets recipient cmdlets see "
                   "every domain of the forest (the default view is the user's domain); -PreferredServer pins a "
                   "domain controller. The settings last for the session.")
    examples = (("Set-ADServerSettings -ViewEntireForest $true", "Views the recipients of the whole forest."),
                ("Set-ADServerSettings -PreferredServer DC01.contoso.com", "Uses DC01 for every directory call."))

    def process(self) -> None:
        org = self.model
        s = org.ad_server_settings
        # [K] the 2010 confirmation text.
        if not self.should_process("Setting Active Directory server settings for the current session."):
            return
        if self.parameter_set_name == "Instance":
            src = base_object(self.RunspaceServerSettings)
            s.view_entire_forest = bool(getattr(src, "ViewEntireForest", s.view_entire_forest))
            s.preferred_server = getattr(src, "UserPreferredGlobalCatalog", s.preferred_server)
            return
        if self.parameter_set_name == "SingleDC":
            s.preferred_server = text_of(self.PreferredServer)
            return
        if self.is_bound("ViewEntireForest"):
            s.view_entire_forest = bool(self.ViewEntireForest)
        if self.is_bound("RecipientViewRoot") and self.RecipientViewRoot is not None:
            s.recipient_view_root = text_of(self.RecipientViewRoot)
            s.view_entire_forest = False
        if self.is_bound("PreferredGlobalCatalog") and self.PreferredGlobalCatalog is not None:
            s.preferred_server = text_of(self.PreferredGlobalCatalog)


class GetExCommand(ExchangeCmdlet):
    name = "Get-ExCommand"
    parameters = (
        Parameter("Name", "System.String", position=0,
                  help="A command name; wildcards allowed (the real function reads it from $args[0])."),
    )
    output_type = "System.Management.Automation.CommandInfo"
    synopsis = "Lists the Exchange Management Shell commands."
    description = ("A function of the EMS profile (RemoteExchange.ps1): without an argument it lists every "
                   "command of the Exchange snap-in; with a name (wildcards allowed) only the matching ones.")
    examples = (("Get-ExCommand", "Lists the Exchange commands."),
                ("Get-ExCommand *Database*", "The Exchange commands about databases."))

    def process(self) -> None:
        from cmdlets.core.help import session_commands
        pattern = text_of(self.Name) if self.Name is not None else "*"
        rx = idn.wildcard(pattern)
        found: list[Any] = []
        for c in session_commands(self.context):
            if (c.ModuleName or "") != EXCHANGE_MODULE or getattr(c, "CommandType", "") == "Alias":
                continue
            if c.Name == self.name:
                continue
            if rx.match(c.Name):
                found.append(c)
        for c in sorted(found, key=lambda c: c.Name.lower()):
            self.write_object(c)
