"""Database copies and switchovers: Get-MailboxDatabaseCopyStatus, Add-/Remove-/Set-/Suspend-/
Resume-/Update-MailboxDatabaseCopy, Move-ActiveMailboxDatabase, Test-ReplicationHealth,
Test-ServiceHealth. Thin tasks over Active Manager (ems.model.activemanager): the rules, the
copy states and the refusal texts live there; these cmdlets resolve identities, ask
ShouldProcess with the real confirmation messages (reference §14c) and write the results.

Identities: a copy is ``DB01\\E1402`` (Get-MailboxDatabaseCopyStatus also takes ``DB01`` for
every copy of DB01 and wildcards); every -Identity also takes the piped object — a
DatabaseCopyStatusEntry, a DatabaseCopy or (for databases) a MailboxDatabase — so
``Get-MailboxDatabaseCopyStatus -Server E1402 | Suspend-MailboxDatabaseCopy`` works as in EMS.
"""
from __future__ import annotations

from typing import Any

from cmdlets.exchange.base import ExchangeCmdlet
from cmdlets.exchange.converters import (get_one, identities, is_wildcard, local_computer, local_server,
                                         resolve_each, text_of)
from ems.model import identity as idn
from ems.model.errors import ModelError


def _server_arg(cmdlet: Any, value: Any) -> Any:
    return get_one(cmdlet, value, idn.get_server)


def _copy_of(cmdlet: Any, value: Any) -> Any:
    return get_one(cmdlet, value, idn.get_copy)


class GetMailboxDatabaseCopyStatus(ExchangeCmdlet):
    name = "Get-MailboxDatabaseCopyStatus"
    output_type = "Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseCopyStatusEntry"
    synopsis = "Use the Get-MailboxDatabaseCopyStatus cmdlet to view health and status information about mailbox database copies."
    description = ("Returns one status entry per database copy: its copy status (Mounted for the active copy; "
                   "Healthy, Initializing, Resynchronizing, Seeding, Suspended, FailedAndSuspended, ServiceDown "
                   "... for passive copies), copy and replay queue lengths, the last inspected log time and the "
                   "content index state. -Identity takes DB\\Server, a database name (every copy of it) or "
                   "wildcards; -Server lists the copies on a Mailbox server; without either, the copies on the "
                   "local server are listed. -Active keeps only active copies; -Local (with -Identity) only the "
                   "copy on the local server; -ConnectionStatus fills the network fields.")
    examples = (("Get-MailboxDatabaseCopyStatus -Server E1402", "Lists the status of every copy hosted on E1402."),
                ("Get-MailboxDatabaseCopyStatus DB01\\E1402 | Format-List", "Shows every status field of one copy."),
                ("Get-MailboxDatabaseCopyStatus * -Active", "Lists the active copy of every database."))

    def process(self) -> None:
        org = self.model
        copies: list[Any] = []
        if self.parameter_set_name == "Server" or self.is_bound("Server"):
            for srv in resolve_each(self, self.Server, idn.find_mailbox_servers, idn.get_server):
                copies.extend(sorted(srv.copies.values(), key=lambda c: c.db.name.lower()))
        elif self.Identity is None:
            srv = local_server(self)
            if srv is None:
                return
            copies = sorted(srv.copies.values(), key=lambda c: c.db.name.lower())
        else:
            for ident in identities(self.Identity):
                found = idn.find_copies(org, ident)
                if not found and not is_wildcard(ident):
                    try:
                        idn.get_copy(org, ident)
                    except ModelError as e:
                        self.report(e, target=text_of(ident))
                    continue
                copies.extend(found)
            if self.Local:
                here = local_computer(self).lower()
                copies = [c for c in copies if c.server_name.lower() == here]
        if self.Active:
            copies = [c for c in copies if c.is_active]
        for c in copies:
            self.write_object(c.status_entry(bool(self.ConnectionStatus)))


class SuspendMailboxDatabaseCopy(ExchangeCmdlet):
    name = "Suspend-MailboxDatabaseCopy"
    synopsis = "Use the Suspend-MailboxDatabaseCopy cmdlet to block replication and replay activities or to block a copy from activation."
    description = ("Suspends replication to a passive database copy (its status becomes Suspended), or with "
                   "-ActivationOnly only blocks the copy from being activated, automatically or by a "
                   "switchover, while replication continues. -SuspendComment records why. The active copy "
                   "can only be suspended for activation.")
    examples = (('Suspend-MailboxDatabaseCopy DB01\\E1402 -SuspendComment "Disk replacement"',
                 "Suspends replication of DB01 to E1402."),
                ('Get-MailboxDatabaseCopyStatus -Server E1402 | Suspend-MailboxDatabaseCopy -ActivationOnly '
                 '-Confirm:$False -SuspendComment "Install SP1"',
                 "Blocks every copy on E1402 from activation before maintenance."))

    def process(self) -> None:
        copy = _copy_of(self, self.Identity)
        if copy is None:
            return
        if self.ActivationOnly:
            msg = f'Suspending activation of mailbox database copy "{copy.db.name}" on server "{copy.server_name}".'
        else:
            msg = f'Suspending mailbox database copy "{copy.db.name}" on server "{copy.server_name}".'
        if not self.should_process(msg):
            return
        try:
            self.model.am.suspend(copy, activation_only=bool(self.ActivationOnly), comment=self.SuspendComment)
        except ModelError as e:
            self.report(e, target=copy.name)


class ResumeMailboxDatabaseCopy(ExchangeCmdlet):
    name = "Resume-MailboxDatabaseCopy"
    synopsis = "Use the Resume-MailboxDatabaseCopy cmdlet to resume replication and activation for a suspended database copy."
    description = ("Resumes a suspended copy (it initializes, catches up and becomes Healthy over simulated "
                   "time) and lifts a block on activation. -ReplicationOnly resumes replication but leaves "
                   "the copy blocked from activation.")
    examples = (("Resume-MailboxDatabaseCopy DB01\\E1402", "Resumes the copy of DB01 on E1402."),
                ("Get-MailboxDatabaseCopyStatus -Server E1402 | Resume-MailboxDatabaseCopy",
                 "Resumes every copy on E1402 after maintenance."))

    def process(self) -> None:
        copy = _copy_of(self, self.Identity)
        if copy is None:
            return
        # [K] the resource string is not in the reference; worded like the Suspend one.
        msg = f'Resuming mailbox database copy "{copy.db.name}" on server "{copy.server_name}".'
        if not self.should_process(msg):
            return
        try:
            self.model.am.resume(copy, replication_only=bool(self.ReplicationOnly))
        except ModelError as e:
            self.report(e, target=copy.name)


class AddMailboxDatabaseCopy(ExchangeCmdlet):
    name = "Add-MailboxDatabaseCopy"
    synopsis = "Use the Add-MailboxDatabaseCopy cmdlet to add a passive copy of an existing active mailbox database."
    description = ("Adds a copy of a mounted database on another member of the same DAG. The copy is seeded "
                   "over simulated time (Seeding, then Initializing, Resynchronizing, Healthy); with "
                   "-SeedingPostponed it stays FailedAndSuspended until Update-MailboxDatabaseCopy seeds it. "
                   "-ActivationPreference places it in the preference order (the other copies renumber).")
    examples = (("Add-MailboxDatabaseCopy -Identity DB07 -MailboxServer E1402 -ActivationPreference 2",
                 "Adds a copy of DB07 on E1402 as second preference."),)

    def process(self) -> None:
        db = get_one(self, self.Identity, idn.get_database)
        if db is None:
            return
        srv = get_one(self, self.MailboxServer, idn.get_server)
        if srv is None:
            return
        msg = f'Adding mailbox database copy for database "{db.name}" on server "{srv.name}".'
        if not self.should_process(msg):
            return
        try:
            self.model.am.add_copy(db, srv, self.ActivationPreference, self.ReplayLagTime, self.TruncationLagTime,
                                   seeding_postponed=bool(self.SeedingPostponed))
            self.model.touch()
        except ModelError as e:
            self.report(e, target=db.name)


class RemoveMailboxDatabaseCopy(ExchangeCmdlet):
    name = "Remove-MailboxDatabaseCopy"
    synopsis = "Use the Remove-MailboxDatabaseCopy cmdlet to remove a mailbox database copy."
    description = ("Removes a passive copy from its server; the remaining copies renumber their activation "
                   "preferences. The active copy and the last copy cannot be removed. Prompts for "
                   "confirmation (ConfirmImpact High).")
    examples = (("Remove-MailboxDatabaseCopy DB01\\E1403", "Removes the copy of DB01 on E1403, after confirmation."),
                ("Remove-MailboxDatabaseCopy DB01\\E1403 -Confirm:$false", "The same without the prompt."))

    def process(self) -> None:
        copy = _copy_of(self, self.Identity)
        if copy is None:
            return
        msg = f'Removing database copy for database "{copy.db.name}" on server "{copy.server_name}".'
        if not self.should_process(msg):
            return
        try:
            self.model.am.remove_copy(copy)
            self.model.touch()
        except ModelError as e:
            self.report(e, target=copy.name)


class UpdateMailboxDatabaseCopy(ExchangeCmdlet):
    name = "Update-MailboxDatabaseCopy"
    synopsis = "Use the Update-MailboxDatabaseCopy cmdlet to seed or reseed a mailbox database copy."
    description = ("Reseeds a suspended (or FailedAndSuspended) passive copy from the active copy, over "
                   "simulated time. The copy must be suspended first. -ManualResume leaves it suspended when "
                   "seeding ends.")
    examples = (("Suspend-MailboxDatabaseCopy DB01\\E1403 -Confirm:$false; Update-MailboxDatabaseCopy DB01\\E1403 "
                 "-DeleteExistingFiles -Confirm:$false", "Reseeds the copy of DB01 on E1403."),)

    def process(self) -> None:
        copy = _copy_of(self, self.Identity)
        if copy is None:
            return
        source = None
        if self.SourceServer is not None:
            source = get_one(self, self.SourceServer, idn.get_server)
            if source is None:
                return
        # [K] the resource string is not in the reference.
        msg = f'Seeding database copy "{copy.db.name}" on server "{copy.server_name}".'
        if not self.should_process(msg):
            return
        try:
            self.model.am.update_copy(copy, manual_resume=bool(self.ManualResume),
                                      delete_existing_files=bool(self.DeleteExistingFiles), source_server=source)
            self.model.touch()
        except ModelError as e:
            self.report(e, target=copy.name)


class SetMailboxDatabaseCopy(ExchangeCmdlet):
    name = "Set-MailboxDatabaseCopy"
    synopsis = "Use the Set-MailboxDatabaseCopy cmdlet to configure the properties of a database copy."
    description = ("Sets the activation preference of a copy (the other copies renumber so the order stays "
                   "1..n), its replay lag time and its truncation lag time.")
    examples = (("Set-MailboxDatabaseCopy DB01\\E1403 -ActivationPreference 1",
                 "Makes E1403 the preferred server for DB01."),
                ("Set-MailboxDatabaseCopy DB02\\E1403 -ReplayLagTime 1.00:00:00", "Lags replay on E1403 by a day."))

    def process(self) -> None:
        copy = _copy_of(self, self.Identity)
        if copy is None:
            return
        msg = f'Setting mailbox database copy for database "{copy.name}".'
        if not self.should_process(msg):
            return
        try:
            self.model.am.set_copy(copy, self.ActivationPreference, self.ReplayLagTime, self.TruncationLagTime)
            self.model.touch()
        except ModelError as e:
            self.report(e, target=copy.name)


class MoveActiveMailboxDatabase(ExchangeCmdlet):
    name = "Move-ActiveMailboxDatabase"
    output_type = "Microsoft.Exchange.Management.SystemConfigurationTasks.DatabaseMoveResult"
    synopsis = "Use the Move-ActiveMailboxDatabase cmdlet to perform a database or server switchover."
    description = ("With -Identity, activates another copy of the database (on -ActivateOnServer, or the best "
                   "copy Active Manager finds); with -Server, moves every database active on that server to "
                   "other DAG members. The target copy must pass the health, lag and client-experience checks "
                   "(-SkipHealthChecks, -SkipLagChecks, -SkipClientExperienceChecks skip them); activation-"
                   "suspended copies, servers whose DatabaseCopyAutoActivationPolicy is Blocked, and unhealthy "
                   "copies are refused with Exchange's messages. -MountDialOverride replaces the target "
                   "server's AutoDatabaseMountDial for the mount. Returns one DatabaseMoveResult per database "
                   "moved.")
    examples = (("Move-ActiveMailboxDatabase DB02 -ActivateOnServer E1401",
                 "Switches DB02 over to E1401."),
                ("Move-ActiveMailboxDatabase -Server E1402",
                 "Moves every database active on E1402 to other members of its DAG."),
                ("Move-ActiveMailboxDatabase DB01 -ActivateOnServer E1403 -SkipLagChecks -MountDialOverride BestEffort",
                 "Forces DB01 onto E1403, accepting data loss."))

    def process(self) -> None:
        org = self.model
        target = None
        if self.ActivateOnServer is not None:
            target = _server_arg(self, self.ActivateOnServer)
            if target is None:
                return
        kw = dict(mount_dial_override=self.MountDialOverride, skip_health_checks=bool(self.SkipHealthChecks),
                  skip_lag_checks=bool(self.SkipLagChecks),
                  skip_client_experience_checks=bool(self.SkipClientExperienceChecks))
        if self.parameter_set_name == "Server":
            server = get_one(self, self.Server, idn.get_server)
            if server is None:
                return
            if target is not None:
                msg = f'Moving all active mailbox databases from server "{server.name}" to server "{target.name}".'
            else:
                msg = (f'Moving all active mailbox databases from server "{server.name}" to one or more other '
                       f'Mailbox servers in the database availability group.')
            if not self.should_process(msg):
                return
            try:
                results = org.am.move_all_from(server, target, **kw)
            except ModelError as e:
                self.report(e, target=server.name)
                return
            org.touch()
            for res in results:
                self._emit(res)
            return
        for db in resolve_each(self, self.Identity, idn.find_databases, idn.get_database, wildcard_ok=False):
            src = db.active_server or ""
            if target is not None:
                msg = f'Moving mailbox database "{db.name}" from server "{src}" to server "{target.name}".'
            else:
                msg = (f'Moving mailbox database "{db.name}" from server "{src}" to another Mailbox server in the '
                       f'database availability group.')
            if not self.should_process(msg):
                continue
            res = org.am.move_active(db, target, **kw)
            org.touch()
            self._emit(res)

    def _emit(self, res: Any) -> None:
        if res.Status == "Failed":
            self.report(res.error, target=str(res.Identity))
            return
        if res.Status == "Warning" and res.ErrorMessage:
            self.write_warning(res.ErrorMessage)
        self.write_object(res)


class TestReplicationHealth(ExchangeCmdlet):
    name = "Test-ReplicationHealth"
    output_type = "Microsoft.Exchange.Monitoring.ReplicationCheckOutputObject"
    synopsis = "Use the Test-ReplicationHealth cmdlet to view all aspects of replication and replay, and the health of a DAG member."
    description = ("Runs the Exchange 2010 replication checks on a DAG member (the local server when -Identity "
                   "is not given): cluster service, Replication service, Active Manager, RPC and TCP listeners, "
                   "DAG members up, cluster network, quorum and file share witness, and the state, copy queue "
                   "and replay queue of the passive copies it hosts. One result (Passed, Warning or Failed) per "
                   "check.")
    examples = (("Test-ReplicationHealth -Identity E1402", "Checks replication on E1402."),
                ("Test-ReplicationHealth E1401 | Where-Object { $_.Result -ne 'Passed' }", "Shows only the problems."))

    def process(self) -> None:
        if self.Identity is None:
            servers = [s for s in [local_server(self)] if s is not None]
        else:
            servers = list(resolve_each(self, self.Identity, idn.find_servers, idn.get_server))
        for srv in servers:
            if not srv.has_role("Mailbox"):
                self.report(ModelError(f"The Test-ReplicationHealth task can only be run on a Mailbox server. "
                                       f"Server '{srv.name}' isn't a Mailbox server.",
                                       category="InvalidOperation"), target=srv.name)
                continue
            for r in self.model.test_replication_health(srv):
                self.write_object(r)


class TestServiceHealth(ExchangeCmdlet):
    name = "Test-ServiceHealth"
    output_type = "Microsoft.Exchange.Monitoring.ExchangeServicesStatus"
    synopsis = "Use the Test-ServiceHealth cmdlet to test whether all the Windows services that Exchange requires on a server have started."
    description = ("Returns one result per Exchange role installed on the server (the local server when "
                   "-Server is not given): whether every service the role requires is running, and which "
                   "are and are not.")
    examples = (("Test-ServiceHealth -Server E1402", "Checks the required services of E1402."),
                ("Test-ServiceHealth", "Checks the server the console runs on."))

    def process(self) -> None:
        if self.Server is None:
            servers = [s for s in [local_server(self)] if s is not None]
        else:
            servers = list(resolve_each(self, self.Server, idn.find_servers, idn.get_server))
        for srv in servers:
            if not srv.up:
                self.report(ModelError(f"The RPC server is unavailable. (Exception from HRESULT: 0x800706BA) "
                                       f"Computer: {srv.name}.", category="ResourceUnavailable"), target=srv.name)
                continue
            for r in self.model.test_service_health(srv):
                self.write_object(r)

