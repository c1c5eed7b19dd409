"""Local mailbox moves (Exchange 2010 Mailbox Replication service): New-/Get-/Set-/Suspend-/
Resume-/Remove-MoveRequest and Get-MoveRequestStatistics.

A move request progresses over simulated time in the model (ems.model.mailboxes.MoveRequest):
Queued -> InProgress -> CompletionInProgress -> Completed, when the mailbox's database changes;
Step-LabClock moves it along. -Suspend / Suspend-MoveRequest stop it, Resume-MoveRequest goes
on; -SuspendWhenReadyToComplete stops it at AutoSuspended (95 %) until Resume-MoveRequest.

Move request identities are the mailbox's (name, alias, SMTP address, canonical name...).
When the mailbox has no move request the error is the real object-not-found text of
reference §14a. Confirmation texts other than New-MoveRequest's (reference §14c) are from
memory [K].
"""
from __future__ import annotations

from typing import Any, Iterator

from cmdlets.exchange.base import ExchangeCmdlet
from cmdlets.exchange.converters import get_one, identities, is_wildcard, text_of
from cmdlets.exchange.recipients import resolve_mailboxes, write_limited
from ems.model import identity as idn
from ems.model.errors import InvalidOperationError, ModelError, not_found_object
from ems.model.mailboxes import MoveRequest, MoveRequestStatistics
from ems.runtime.psobject import base_object

import cmdlets.exchange.recipient_views  # noqa: F401


def _requests(cmdlet: Any, value: Any) -> Iterator[tuple[Any, MoveRequest]]:
    """(identity as given, move request) for each request an -Identity value names."""
    org = cmdlet.model
    for ident in identities(value):
        obj = base_object(ident)
        if isinstance(obj, MoveRequestStatistics):
            obj = obj.request
        if isinstance(obj, MoveRequest):
            mr = org.move_requests.get(obj.mailbox.name.lower())
            if mr is obj:
                yield ident, mr
            else:
                cmdlet.report(not_found_object(obj.mailbox.canonical_name, org.dc_fqdn),
                              target=obj.mailbox.canonical_name)
            continue
        if is_wildcard(obj):
            for m in idn.find_mailboxes(org, obj):
                if m.move_request is not None:
                    yield ident, m.move_request
            continue
        found = idn.find_mailboxes(org, obj)
        text = text_of(obj)
        if len(found) == 1 and found[0].move_request is not None:
            yield ident, found[0].move_request
        elif len(found) > 1:
            from ems.model.errors import ambiguous_object
            cmdlet.report(ambiguous_object(text), target=text)
        else:
            cmdlet.report(not_found_object(text, org.dc_fqdn), target=text)


def _shown(ident: Any, mr: MoveRequest) -> str:
    ident = base_object(ident)
    return ident if isinstance(ident, str) else mr.mailbox.canonical_name


class NewMoveRequest(ExchangeCmdlet):
    name = "New-MoveRequest"
    output_type = "Microsoft.Exchange.Management.RecipientTasks.MoveRequest"
    synopsis = "Use the New-MoveRequest cmdlet to begin the process of an asynchronous mailbox move."
    description = (
        "Starts moving a mailbox to another database (-TargetDatabase; without it the Mailbox Replication "
        "service picks the mounted database with the fewest mailboxes). The move runs in the background over "
        "simulated time: Queued, InProgress, CompletionInProgress, then Completed, when the mailbox is in the "
        "target database. -Suspend creates it suspended; -SuspendWhenReadyToComplete stops it before "
        "completion (AutoSuspended) until Resume-MoveRequest. -BatchName groups requests. A mailbox has at "
        "most one move request: remove a finished one with Remove-MoveRequest.")
    examples = (
        ("New-MoveRequest user01 -TargetDatabase DB02", "Moves user01 to DB02."),
        ("Get-Mailbox -Database DB01 | New-MoveRequest -TargetDatabase DB04 -BatchName DB01toDB04",
         "Moves every mailbox of DB01 to DB04, as one batch."),
        ("New-MoveRequest user02 -TargetDatabase DB03 -SuspendWhenReadyToComplete",
         "Copies user02's mailbox but waits for Resume-MoveRequest to complete."),
    )

    def process(self) -> None:
        org = self.model
        if self.parameter_set_name not in ("MigrationLocal",) and (self.Remote or self.Outbound or self.RemoteLegacy):
            self.write_warning("The emulator simulates local moves only; the request was not created.")
            return
        target = None
        if self.TargetDatabase is not None:
            target = get_one(self, self.TargetDatabase, idn.get_database)
            if target is None:
                return
        for ident, mbx in resolve_mailboxes(self, self.Identity, wildcard_ok=False):
            tgt = target
            if tgt is None:
                from cmdlets.exchange.recipients import _provisioning_database
                tgt = _provisioning_database_excluding(org, mbx.db_name) or _provisioning_database(org)
            shown = ident if isinstance(base_object(ident), str) else mbx.canonical_name
            if not self.should_process(f'Creating move request "{shown}".'):
                continue
            try:
                mr = org.new_move_request(mbx, tgt, str(self.BatchName) if self.BatchName is not None else None,
                                          suspend=bool(self.Suspend),
                                          suspend_when_ready=bool(self.SuspendWhenReadyToComplete))
            except ModelError as e:
                self.report(e, target=mbx.name)
                continue
            self.write_object(mr)


def _provisioning_database_excluding(org: Any, db_name: str) -> Any:
    best = None
    for db in org.databases:
        if db.name.lower() == db_name.lower() or not db.is_mounted or getattr(db, "recovery", False):
            continue
        if best is None or len(db.mailboxes) < len(best.mailboxes):
            best = db
    return best


class GetMoveRequest(ExchangeCmdlet):
    name = "Get-MoveRequest"
    output_type = "Microsoft.Exchange.Management.RecipientTasks.MoveRequest"
    synopsis = "Use the Get-MoveRequest cmdlet to view the detailed status of an ongoing asynchronous mailbox move."
    description = (
        "Returns the move requests: one by -Identity (the mailbox's identity; wildcards allowed), or those "
        "matching -MoveStatus, -BatchName, -SourceDatabase, -TargetDatabase, -Suspend and "
        "-SuspendWhenReadyToComplete. At most 1000 unless -ResultSize says otherwise.")
    examples = (
        ("Get-MoveRequest", "Lists the move requests and their status."),
        ("Get-MoveRequest -MoveStatus Completed | Remove-MoveRequest -Confirm:$false",
         "Clears the completed move requests."),
        ("Get-MoveRequest -BatchName DB01toDB04 | Get-MoveRequestStatistics", "Progress of a batch."),
    )

    def process(self) -> None:
        org = self.model
        if self.Identity is not None:
            found = [mr for _, mr in _requests(self, self.Identity)]
        else:
            found = list(org.move_requests.values())
        preds = []
        if self.MoveStatus is not None:
            st = str(self.MoveStatus).lower()
            preds.append(lambda mr: mr.status().lower() == st)
        if self.BatchName is not None:
            bn = str(self.BatchName).lower()
            preds.append(lambda mr: (mr.batch_name or "").lower() == bn)
        for pname, attr in (("SourceDatabase", "source_db"), ("TargetDatabase", "target_db")):
            v = getattr(self, pname)
            if v is not None:
                db = get_one(self, v, idn.get_database)
                if db is None:
                    return
                preds.append(lambda mr, a=attr, n=db.name.lower(): getattr(mr, a).name.lower() == n)
        if self.is_bound("Suspend"):
            want = bool(self.Suspend)
            preds.append(lambda mr: mr.suspended == want)
        if self.is_bound("SuspendWhenReadyToComplete"):
            want2 = bool(self.SuspendWhenReadyToComplete)
            preds.append(lambda mr: mr.suspend_when_ready == want2)
        write_limited(self, (mr for mr in found if all(p(mr) for p in preds)))


class GetMoveRequestStatistics(ExchangeCmdlet):
    name = "Get-MoveRequestStatistics"
    output_type = "Microsoft.Exchange.Management.RecipientTasks.MoveRequestStatistics"
    synopsis = "Use the Get-MoveRequestStatistics cmdlet to view detailed information about move requests."
    description = (
        "Returns a snapshot of a move request's progress: Status, StatusDetail, PercentComplete, "
        "BytesTransferred, TotalMailboxSize, the time stamps and durations. Pipe Get-MoveRequest into it "
        "to see several.")
    examples = (
        ("Get-MoveRequestStatistics user01", "Progress of user01's move."),
        ("Get-MoveRequest | Get-MoveRequestStatistics | Format-Table DisplayName,StatusDetail,PercentComplete",
         "Progress of every move."),
    )

    def process(self) -> None:
        if self.parameter_set_name in ("MigrationMRSInstance", "MigrationMoveRequestQueue"):
            self.write_warning("The emulator does not simulate the Mailbox Replication service's queues.")
            return
        for _, mr in _requests(self, self.Identity):
            self.write_object(MoveRequestStatistics(mr))


class SetMoveRequest(ExchangeCmdlet):
    name = "Set-MoveRequest"
    synopsis = "Use the Set-MoveRequest cmdlet to change move request options after the move request has been created."
    description = ("Changes a move request: -BatchName and -SuspendWhenReadyToComplete (setting it to $false "
                   "lets an AutoSuspended move complete when resumed). Other options are accepted and ignored.")
    examples = (("Set-MoveRequest user01 -BatchName Night1", "Puts user01's move in batch Night1."),
                ("Set-MoveRequest user02 -SuspendWhenReadyToComplete $false",
                 "user02's move will complete on its own."),)

    def process(self) -> None:
        org = self.model
        for ident, mr in _requests(self, self.Identity):
            if not self.should_process(f'Setting move request "{_shown(ident, mr)}".'):  # [K]
                continue
            if mr._done:
                self.report(InvalidOperationError(
                    f"The move request for '{mr.mailbox.canonical_name}' has already completed.",
                    target=mr.mailbox.name), target=mr.mailbox.name)
                continue
            if self.is_bound("BatchName"):
                mr.batch_name = str(self.BatchName) if self.BatchName is not None else None
            if self.is_bound("SuspendWhenReadyToComplete"):
                mr.suspend_when_ready = bool(self.SuspendWhenReadyToComplete)
                if not mr.suspend_when_ready and not mr.suspended:
                    if mr.event is not None:
                        mr.event.cancel()
                    org._schedule_move(mr)
            org.touch()


class SuspendMoveRequest(ExchangeCmdlet):
    name = "Suspend-MoveRequest"
    synopsis = "Use the Suspend-MoveRequest cmdlet to suspend a move request that has been started but has not completed."
    description = ("Stops a move request that has not completed; its progress is kept. Resume-MoveRequest goes "
                   "on from there. -SuspendComment records why.")
    examples = (("Suspend-MoveRequest user01", "Suspends user01's move."),
                ("Get-MoveRequest -MoveStatus InProgress | Suspend-MoveRequest -Confirm:$false",
                 "Suspends every running move."),)

    def process(self) -> None:
        org = self.model
        for ident, mr in _requests(self, self.Identity):
            if not self.should_process(f'Suspending move request "{_shown(ident, mr)}".'):  # [K]
                continue
            try:
                org.set_move_request_suspended(mr, True)
            except ModelError as e:
                self.report(e, target=mr.mailbox.name)


class ResumeMoveRequest(ExchangeCmdlet):
    name = "Resume-MoveRequest"
    synopsis = "Use the Resume-MoveRequest cmdlet to resume a move request that has been suspended or has failed."
    description = ("Restarts a suspended move request, or lets one that stopped at AutoSuspended "
                   "(-SuspendWhenReadyToComplete) complete.")
    examples = (("Resume-MoveRequest user01", "Resumes user01's move."),
                ("Get-MoveRequest -MoveStatus AutoSuspended | Resume-MoveRequest",
                 "Completes every move waiting to complete."),)

    def process(self) -> None:
        org = self.model
        for ident, mr in _requests(self, self.Identity):
            if not self.should_process(f'Resuming move request "{_shown(ident, mr)}".'):  # [K]
                continue
            try:
                org.set_move_request_suspended(mr, False)
            except ModelError as e:
                self.report(e, target=mr.mailbox.name)


class RemoveMoveRequest(ExchangeCmdlet):
    name = "Remove-MoveRequest"
    synopsis = "Use the Remove-MoveRequest cmdlet to cancel a mailbox move or clear a completed move request."
    description = ("Removes a move request: a completed one is cleared (needed before the mailbox can move "
                   "again); one in progress is cancelled and the mailbox stays in its source database. "
                   "Prompts for confirmation.")
    examples = (("Remove-MoveRequest user01", "Clears user01's move request, after confirmation."),
                ("Get-MoveRequest -MoveStatus Completed | Remove-MoveRequest -Confirm:$false",
                 "Clears every completed request."),)

    def process(self) -> None:
        org = self.model
        if self.parameter_set_name == "MigrationMoveRequestQueue":
            self.write_warning("The emulator does not simulate the Mailbox Replication service's queues.")
            return
        for ident, mr in _requests(self, self.Identity):
            if not self.should_process(f'Removing move request "{_shown(ident, mr)}".'):  # [K]
                continue
            org.remove_move_request(mr)


# The reference has no 2013 attribute data for these. In Exchange 2010 they support -WhatIf and
# -Confirm; Remove-MoveRequest prompts by default (scripts pass -Confirm:$false), the others do not.
for _cls, _impact in ((SetMoveRequest, "Medium"), (SuspendMoveRequest, "Medium"),
                      (ResumeMoveRequest, "Medium"), (RemoveMoveRequest, "High")):
    _cls.supports_should_process = True
    _cls.confirm_impact = _impact

# The metadata's default set ("Identity") no longer exists once the sets are split by on-premises
# and cloud; on premises `Get-MoveRequestStatistics user01` binds IdentityOnPremises.
GetMoveRequestStatistics.default_parameter_set = "IdentityOnPremises"
