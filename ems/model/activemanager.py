"""Active Manager: database copy states, switchover, failover, suspend/resume, seeding.

One ``ActiveManager`` per organization (``org.am``). It owns every rule about which copy is
active and what state each copy is in; the Organization calls it when servers or services
change, cmdlets call it for the DAG tasks.

Invariants (tested with hypothesis in tests/model/test_invariants.py):

* every database has exactly one active copy (``copy.is_active``), the copy on
  ``db.active_server``; when no other copy can be activated after a failure, the active
  copy stays where it was, on the failed server, and the database is not mounted;
* a database is mounted only on a running server whose Information Store is running;
* a database that is not mounted and was not dismounted by an administrator has no copy
  that automatic activation could use (Active Manager retries whenever a copy or server
  comes back).

Copy states over simulated time: a copy that starts (server or Replication service
start, resume, end of seeding) is ``Initializing`` for INITIALIZING_SECONDS, then
``Resynchronizing`` while it copies its backlog at DatabaseCopy.COPY_RATE logs/s, then
``Healthy``. Seeding takes the database size / SEED_RATE (at least MIN_SEED_SECONDS).
A switchover is instantaneous in simulated time (the old active copy is Healthy at once).

Switchover checks (Move-ActiveMailboxDatabase) and their real texts (reference §14c):
health (skipped by SkipHealthChecks: copy state, activation suspension, server policy
Blocked/IntrasiteOnly), lag (SkipLagChecks: copy queue > 10 [K], replay queue > 50 [K]),
client experience (SkipClientExperienceChecks: content index must be Healthy). The
mount then obeys the mount dial (MountDialOverride, else the target server's
AutoDatabaseMountDial): more lost logs than allowed leaves the database dismounted on
the new server. Blocking explicit switchovers to a Blocked server unless SkipHealthChecks
is our reading of 2010 [K].

Failover (automatic, Exchange 2010 best copy selection): candidate copies on operational
servers (up, cluster and Replication service and store running), not activation-suspended,
server policy not Blocked (IntrasiteOnly: same AD site), status Healthy /
DisconnectedAndHealthy / DisconnectedAndResynchronizing / SeedingSource, under
MaximumActiveDatabases; sorted by copy queue then activation preference, then taken by
the first matching criterion: (1) CQ<10, RQ<50, CI Healthy; (2) CQ<10, RQ<50, CI Crawling;
(3) CQ<10, RQ<50; (4) CQ<10; (5) RQ<50; (6) any. A candidate whose copy queue (the logs
that would be lost) exceeds its server's AutoDatabaseMountDial is skipped.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable

from ems.model.databases import ACTIVATABLE_STATES, DatabaseCopy, DatabaseMoveResult, MailboxDatabase
from ems.model.errors import (ActiveManagerError, ArgumentError, InvalidOperationError, ModelError,
                              ReplayServiceError, not_found_object)
from ems.model.servers import MOUNT_DIAL
from ems.model.values import EnhancedTimeSpan

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization
    from ems.model.servers import Server

INITIALIZING_SECONDS = 15
SEED_RATE = 40 << 20  # bytes per second
MIN_SEED_SECONDS = 20
SWITCHOVER_MAX_COPY_QUEUE = 10
SWITCHOVER_MAX_REPLAY_QUEUE = 50
MOUNT_DIAL_OVERRIDES = ("None", "Lossless", "GoodAvailability", "BestAvailability", "BestEffort")

AM_PREFIX = "An Active Manager operation failed. Error: The database action failed. Error: "
VALIDATE_PREFIX = ("An error occurred while trying to validate the specified database copy for "
                   "possible activation. Error: ")


def am_error(inner: str, target: Any = None) -> ActiveManagerError:
    return ActiveManagerError(AM_PREFIX + inner, target=target)


class ActiveManager:
    def __init__(self, org: "Organization"):
        self.org = org
        # callbacks(db, from_server, to_server, logs_lost, planned) after every change of active copy
        self.activation_listeners: list[Callable[..., None]] = []
        self._available: dict[str, bool] = {}

    @property
    def now(self) -> datetime:
        return self.org.clock.now()

    # ================================================================ bookkeeping
    def set_active(self, db: MailboxDatabase, server_name: str) -> None:
        for c in db.copy_list:
            c.is_active = c.server_name.lower() == server_name.lower()
        db.active_server = next(c.server_name for c in db.copy_list if c.is_active)

    def note_availability(self, db: MailboxDatabase, planned: bool = False, cause: str = "") -> None:
        key = db.name.lower()
        avail = db.is_mounted
        was = self._available.get(key)
        if was is None:
            self._available[key] = avail
            return
        if was != avail:
            self._available[key] = avail
            kind = "DatabaseAvailable" if avail else "DatabaseUnavailable"
            self.org.history.add(self.now, kind, db.active_server, db.name, planned, cause=cause)

    def forget_database(self, db: MailboxDatabase) -> None:
        self._available.pop(db.name.lower(), None)

    def _schedule(self, copy: DatabaseCopy, state: str, seconds: float) -> None:
        if copy.timer_event is not None:
            copy.timer_event.cancel()
        copy.timer_seq += 1
        copy.next_state = state
        copy.next_at = self.now + timedelta(seconds=seconds)
        ev = self.org.clock.schedule(copy.next_at, self._on_timer, copy, copy.timer_seq)
        copy.timer_order = ev.seq
        copy.timer_event = ev

    def _cancel_timer(self, copy: DatabaseCopy) -> None:
        if copy.timer_event is not None:
            copy.timer_event.cancel()
            copy.timer_event = None
        copy.timer_seq += 1
        copy.next_state = None
        copy.next_at = None

    def pending_transitions(self) -> list[tuple[int, datetime, Callable[..., Any], tuple]]:
        """(original order, time, callback, args) of the pending copy transitions, for the
        loader to re-create them (with the other restored events, in their original order)."""
        out = []
        for db in self.org.databases:
            for c in db.copy_list:
                if c.next_state is not None and c.next_at is not None:
                    c.timer_seq += 1
                    out.append((c.timer_order, c.next_at, self._restore_timer, (c, c.timer_seq)))
            self._available[db.name.lower()] = db.is_mounted
        return out

    def _restore_timer(self, copy: DatabaseCopy, seq: int) -> None:
        self._on_timer(copy, seq)

    def reschedule_all(self) -> None:
        for _, at, fn, args in sorted(self.pending_transitions(), key=lambda t: t[0]):
            ev = self.org.clock.schedule(at, fn, *args)
            args[0].timer_order = ev.seq
            args[0].timer_event = ev

    def _set_state(self, copy: DatabaseCopy, state: str) -> None:
        if copy.state != state:
            copy.state = state
            self.org.history.add(self.now, "CopyStatusChanged", copy.server_name, copy.db.name, True,
                                 status=state)

    def _on_timer(self, copy: DatabaseCopy, seq: int) -> None:
        if seq != copy.timer_seq or copy.db.org is not self.org or copy not in copy.db.copy_list:
            return
        target = copy.next_state
        copy.timer_event = None
        copy.next_state = None
        copy.next_at = None
        if not copy.server.replication_running:
            return  # it starts over when the service comes back
        if target == "Initializing":  # end of seeding
            self.org.history.add(self.now, "SeedCompleted", copy.server_name, copy.db.name)
            self._release_seed_source(copy)
            copy.content_index_state = "Healthy"
            copy.copied = copy.db.generation()
            if copy.action_initiator == "ManualResume":
                copy.action_initiator = "Administrator"
                self._set_state(copy, "Suspended")
                copy.activation_suspended = True
            else:
                self._begin_initializing(copy)
        elif target == "Resynchronizing":
            self._after_initializing(copy)
        elif target == "Healthy":
            copy.copied = None
            copy.resync_t0 = None
            self._set_state(copy, "Healthy")
        self.sync_copying(copy.db)
        self.recover_all()

    # ================================================================ replication flow
    def _begin_initializing(self, copy: DatabaseCopy) -> None:
        if copy.copied is None:
            copy.copied = copy.db.generation()
        self._set_state(copy, "Initializing")
        self._schedule(copy, "Resynchronizing", INITIALIZING_SECONDS)

    def _after_initializing(self, copy: DatabaseCopy) -> None:
        backlog = copy.copy_queue()
        if backlog <= 0 and copy.copy_source_ok():
            copy.copied = None
            self._set_state(copy, "Healthy")
            return
        self._set_state(copy, "Resynchronizing")
        copy.resync_t0 = self.now
        secs = max(5.0, backlog / DatabaseCopy.COPY_RATE)
        self._schedule(copy, "Healthy", secs)

    def sync_copying(self, db: MailboxDatabase) -> None:
        """Freeze the copied log position of passive copies that stopped copying; start a
        resynchronization for Healthy copies that can copy again."""
        now = self.now
        source_ok = db.active_copy is not None and db.active_copy.copy_source_ok()
        for c in db.copy_list:
            if c.is_active:
                c.copied = None
                continue
            can_copy = source_ok and c.server.replication_running
            if c.copied is None and (not can_copy or c.state not in ("Healthy", "SeedingSource")):
                c.copied = db.generation(now)
            elif c.state == "Resynchronizing" and not can_copy and c.resync_t0 is not None:
                c.copied = c.last_copied(now)
                c.resync_t0 = None
            elif c.state == "Resynchronizing" and can_copy and c.resync_t0 is None:
                c.resync_t0 = now
                self._schedule(c, "Healthy", max(5.0, c.copy_queue(now) / DatabaseCopy.COPY_RATE))
            elif c.copied is not None and can_copy and c.state == "Healthy":
                if c.copy_queue(now) <= 0:
                    c.copied = None
                else:
                    self._set_state(c, "Resynchronizing")
                    c.resync_t0 = now
                    self._schedule(c, "Healthy", max(5.0, c.copy_queue(now) / DatabaseCopy.COPY_RATE))

    def start_copies_on(self, server: "Server") -> None:
        """Replication started on ``server`` (boot or service start): its passive copies
        initialize again."""
        for c in list(server.copies.values()):
            if c.is_active:
                continue
            if c.state in ("Suspended", "FailedAndSuspended"):
                continue
            if c.state == "SeedingSource":
                self._set_state(c, "Healthy")
            if c.state == "Seeding":
                self._release_seed_source(c)
                self._cancel_timer(c)
                c.error_message = (f"Replication is suspended for database copy '{c.db.name}' because the "
                                   f"database copy needs to be seeded.")
                self._set_state(c, "FailedAndSuspended")
                c.activation_suspended = True
                continue
            self._cancel_timer(c)
            if c.copied is None:
                c.copied = c.db.generation()
            c.resync_t0 = None
            c.logs_copied_since_start = 0
            self._begin_initializing(c)

    # ================================================================ checks
    def _copy_problem(self, copy: DatabaseCopy, *, source: "Server | None", skip_health: bool,
                      skip_lag: bool, skip_ci: bool, automatic: bool) -> str | None:
        """Why ``copy`` cannot be activated (the inner real text), or None."""
        srv = copy.server
        dbn = copy.db.name
        if not srv.is_dag_operational:
            return f"Server '{srv.name}' is not up according to the Windows Failover Cluster service."
        if srv.name in (self.org.dag_of(srv).stopped_servers if self.org.dag_of(srv) else []):
            return f"Server '{srv.name}' has been stopped. To start this server, use Start-DatabaseAvailabilityGroup."
        if not srv.replication_running:
            return (f"Active Manager isn't reachable on server {srv.fqdn}. The Microsoft Exchange Replication "
                    f"service might not be running. Error: The RPC server is unavailable.")
        if not srv.store_running:
            return (f"The Microsoft Exchange Information Store service on server '{srv.name}' isn't running. "
                    f"Start the service and try again.")
        status = copy.status
        if not skip_health:
            if copy.activation_suspended and status not in ("Suspended", "FailedAndSuspended"):
                return (f"Database copy '{dbn}' has been blocked from automatic activation on server "
                        f"'{srv.name}' by an administrative action. Reason: {copy.suspend_comment or 'None'}. "
                        f"If you need to activate this database copy, you can use the Move-ActiveMailboxDatabase "
                        f"cmdlet with the -SkipHealthChecks parameter to forcibly activate the database.")
            if status in ("Suspended", "FailedAndSuspended"):
                return (f"Database copy '{dbn}' is suspended on server '{srv.name}'. Reason: "
                        f"{copy.suspend_comment or copy.error_message or 'None'}. If you need to perform a "
                        f"switchover of this database, use the Move-ActiveMailboxDatabase cmdlet with the "
                        f"-SkipHealthChecks parameter.")
            if status == "Failed":
                return (f"Database copy '{dbn}' is in a Failed state on server '{srv.name}'. Reason: "
                        f"{copy.error_message or 'None'}. If you need to activate this database copy, you can "
                        f"use the Move-ActiveMailboxDatabase cmdlet with the -SkipHealthChecks parameter to "
                        f"forcibly activate the database copy.")
            if status == "Initializing":
                return (f"Database copy '{dbn}' is in the Initializing state on server '{srv.name}'. If you need "
                        f"to activate this database copy, you can use the Move-ActiveMailboxDatabase cmdlet "
                        f"with the -SkipHealthChecks parameter to forcibly activate the database copy.")
            if status in ("Resynchronizing", "DisconnectedAndResynchronizing") and not automatic:
                return (f"Database copy '{dbn}' on server '{srv.name}' is currently resynchronizing its log "
                        f"files with the active database copy. If you need to activate this database copy, "
                        f"you can use the Move-ActiveMailboxDatabase cmdlet with the -SkipHealthChecks "
                        f"parameter to forcibly activate the database copy.")
            if status == "Seeding":
                return (f"Database copy '{dbn}' is currently being seeded on server '{srv.name}'. If you need "
                        f"to activate this database copy, you can use the Move-ActiveMailboxDatabase cmdlet "
                        f"with the -SkipHealthChecks parameter to forcibly activate the database copy.")
            if automatic and status not in ACTIVATABLE_STATES:
                return (f"Database copy '{dbn}' is in the {status} state on server '{srv.name}'.")
            if srv.activation_policy == "Blocked":
                return f"Server '{srv.name}' has database copy auto activation policy configuration of 'Blocked'."
            if srv.activation_policy == "IntrasiteOnly" and source is not None and \
                    self.org.site_of(srv) != self.org.site_of(source):
                return (f"Server '{srv.name}' has a database copy auto activation policy configuration of "
                        f"'IntrasiteOnly' and it's not in the same site as the source server '{source.name}'.")
        if not skip_lag:
            cq = copy.copy_queue()
            if cq > SWITCHOVER_MAX_COPY_QUEUE and not automatic:
                return (f"Database copy '{dbn}' on server '{srv.name}' has a copy queue length of {cq} logs, "
                        f"which is higher than the maximum allowed copy queue length of "
                        f"{SWITCHOVER_MAX_COPY_QUEUE}. If you need to activate this database copy, you can use "
                        f"the Move-ActiveMailboxDatabase cmdlet with the -SkipLagChecks and -MountDialOverride "
                        f"parameters to forcibly activate the database with some data loss. If the database "
                        f"does not automatically mount after running Move-ActiveMailboxDatabase successfully, "
                        f"use the Mount-Database cmdlet to mount the database.")
            rq = copy.replay_queue()
            if rq > SWITCHOVER_MAX_REPLAY_QUEUE and not automatic:
                return (f"Database copy '{dbn}' on server '{srv.name}' has {rq} logs to inspect and replay, "
                        f"which is higher than maximum allowed replay queue length of "
                        f"{SWITCHOVER_MAX_REPLAY_QUEUE}. If you need to activate this database copy, you can "
                        f"use the Move-ActiveMailboxDatabase cmdlet with the -SkipLagChecks parameter to "
                        f"forcibly activate the database.")
        if not skip_ci and not automatic and copy.content_index_state != "Healthy":
            return (f"Database copy '{dbn}' on server '{srv.name}' has content index catalog files in the "
                    f"following state: '{copy.content_index_state}'. If you need to activate this database "
                    f"copy, you can use the Move-ActiveMailboxDatabase cmdlet with the "
                    f"-SkipClientExperienceChecks parameter to forcibly activate the database.")
        if srv.max_active is not None:
            n = sum(1 for c in srv.copies.values() if c.is_active and c.db is not copy.db)
            if n >= srv.max_active:
                return (f"Server '{srv.name}' reached the maximum active databases limit of '{srv.max_active}'.")
        return None

    @staticmethod
    def _tier(copy: DatabaseCopy) -> int:
        cq, rq, ci = copy.copy_queue(), copy.replay_queue(), copy.content_index_state
        if cq < 10 and rq < 50 and ci == "Healthy":
            return 1
        if cq < 10 and rq < 50 and ci == "Crawling":
            return 2
        if cq < 10 and rq < 50:
            return 3
        if cq < 10:
            return 4
        if rq < 50:
            return 5
        return 6

    def rank(self, copies: list[DatabaseCopy]) -> list[DatabaseCopy]:
        return sorted(copies, key=lambda c: (self._tier(c), c.copy_queue(), c.activation_preference))

    def failover_candidates(self, db: MailboxDatabase) -> list[DatabaseCopy]:
        """Copies automatic activation may use now, best first (mount dial not applied)."""
        source = self.org.servers.get(db.active_server) if db.active_server else None
        ok = [c for c in db.copy_list if not c.is_active and
              self._copy_problem(c, source=source, skip_health=False, skip_lag=False, skip_ci=False,
                                 automatic=True) is None]
        return self.rank(ok)

    # ================================================================ switchover
    def move_active(self, db: MailboxDatabase, target: "Server | str | None" = None, *,
                    mount_dial_override: str | None = None, skip_health_checks: bool = False,
                    skip_lag_checks: bool = False, skip_client_experience_checks: bool = False,
                    raise_on_error: bool = False) -> DatabaseMoveResult:
        """Move-ActiveMailboxDatabase for one database. Returns a DatabaseMoveResult; on failure
        its Status is 'Failed' and ``result.error`` the ModelError (raised instead when
        ``raise_on_error``)."""
        start_server = db.active_server
        res = DatabaseMoveResult(db.id, start_server, db.mount_state)
        try:
            self._do_move(db, target, res, mount_dial_override, skip_health_checks, skip_lag_checks,
                          skip_client_experience_checks)
        except ModelError as e:
            res.Status = "Failed"
            res.ErrorMessage = e.message
            res.Exception = e
            res.error = e
            res.ActiveServerAtEnd = db.active_server
            res.MountStatusAtMoveEnd = db.mount_state
            if raise_on_error:
                raise
        return res

    def _do_move(self, db: MailboxDatabase, target: Any, res: DatabaseMoveResult, dial: str | None,
                 skip_health: bool, skip_lag: bool, skip_ci: bool) -> None:
        source = self.org.servers.get(db.active_server) if db.active_server else None
        if not db.replicated:
            raise InvalidOperationError(
                f'Database "{db.name}" has only one copy hosted on server "{db.active_server}". The '
                f'Move-ActiveMailboxDatabase cmdlet can only work with databases that are enabled for replication.',
                target=db.name)
        if dial is not None and dial not in MOUNT_DIAL_OVERRIDES:
            raise ArgumentError(
                f"Cannot bind parameter 'MountDialOverride'. Cannot convert value \"{dial}\" to type "
                f"\"Microsoft.Exchange.Data.Directory.SystemConfiguration.DatabaseMountDialOverride\" due to "
                f"invalid enumeration values. Specify one of the following enumeration values and try again. "
                f"The possible enumeration values are \"None, Lossless, GoodAvailability, BestAvailability, "
                f"BestEffort\".")
        if target is not None:
            tname = target.name if hasattr(target, "name") else str(target)
            copy = db.copy_on(tname)
            if copy is None:
                raise not_found_object(f"{db.name}\\{tname}", self.org.dc_fqdn)
            if copy.is_active:
                raise am_error(f"Database '{db.name}' is already hosted on target server '{copy.server_name}'.",
                               target=db.name)
            problem = self._copy_problem(copy, source=source, skip_health=skip_health, skip_lag=skip_lag,
                                         skip_ci=skip_ci, automatic=False)
            if problem is not None:
                raise am_error(VALIDATE_PREFIX + problem, target=db.name)
            chosen = copy
        else:
            problems: list[tuple[str, str]] = []
            ok: list[DatabaseCopy] = []
            for c in db.copy_list:
                if c.is_active:
                    continue
                p = self._copy_problem(c, source=source, skip_health=skip_health, skip_lag=skip_lag,
                                       skip_ci=skip_ci, automatic=False)
                if p is None:
                    ok.append(c)
                else:
                    problems.append((c.server_name, p))
            if not ok:
                detail = "".join(f"\r\n\r\n{s}:\r\n{VALIDATE_PREFIX}{p}" for s, p in problems)
                raise am_error(
                    f"The database '{db.name}' was not mounted because errors occurred either while validating "
                    f"database copies for possible activation, or while attempting to activate another copy. "
                    f"Detailed error(s): {detail}", target=db.name)
            chosen = self.rank(ok)[0]
        self._activate(db, chosen, planned=True, dial=dial, res=res, reason="Switchover")

    def _allowed_loss(self, target: "Server", dial: str | None) -> int:
        if dial in (None, "None"):
            return target.mount_dial_value
        if dial == "BestEffort":
            return 1 << 62
        return MOUNT_DIAL[dial]

    def _activate(self, db: MailboxDatabase, chosen: DatabaseCopy, *, planned: bool, dial: str | None,
                  res: DatabaseMoveResult | None, reason: str) -> None:
        now = self.now
        old = db.active_copy
        source = old.server if old is not None else None
        was_mounted = db.is_mounted
        source_alive = source is not None and source.replication_running
        if planned and source_alive:
            lost = 0  # the source ships its remaining logs before it lets go
        else:
            lost = chosen.copy_queue(now)
        db.checkpoint(now)
        target = chosen.server
        mount = (was_mounted or not db.admin_dismounted) and lost <= self._allowed_loss(target, dial)
        if planned and not was_mounted and db.admin_dismounted:
            mount = False
        db.gen_base = db.generation(now) - lost
        db.gen_t0 = now
        self._cancel_timer(chosen)
        chosen.copied = None
        chosen.resync_t0 = None
        if chosen.state != "Healthy":
            self._set_state(chosen, "Healthy")
        self.set_active(db, chosen.server_name)
        if old is not None:
            old.copied = None if source_alive else db.gen_base
            old.resync_t0 = None
            self._cancel_timer(old)
            old.state = "Healthy"
        if mount and target.store_running:
            db.mount_state = "Mounted"
            db.admin_dismounted = False
        else:
            db.mount_state = "Dismounted"
        kind = "Switchover" if planned else "Failover"
        self.org.history.add(now, kind, chosen.server_name, db.name, planned,
                             source=source.name if source else None, target=chosen.server_name,
                             logs_lost=lost, reason=reason, mounted=db.is_mounted)
        if res is not None:
            res.ActiveServerAtEnd = chosen.server_name
            res.MountStatusAtMoveEnd = db.mount_state
            res.NumberOfLogsLost = lost
            res.RecoveryPointObjective = now
            res.Status = "Succeeded" if (db.is_mounted or not was_mounted) else "Warning"
            if res.Status == "Warning":
                res.ErrorMessage = (f"The database '{db.name}' was activated on server '{chosen.server_name}' but "
                                    f"not mounted: {lost} logs would be lost, more than the mount dial allows. "
                                    f"Use Mount-Database to mount it.")
        self.sync_copying(db)
        self.note_availability(db, planned=planned, cause=reason)
        for fn in list(self.activation_listeners):
            fn(db, source.name if source else None, chosen.server_name, lost, planned)

    def move_all_from(self, server: "Server", target: "Server | None" = None, **kw: Any) -> list[DatabaseMoveResult]:
        """Move-ActiveMailboxDatabase -Server X [-ActivateOnServer Y]: every database active on X."""
        if server.dag_name is None:
            raise InvalidOperationError(
                f"Server '{server.name}' is not a member of a database availability group. This operation is "
                f"supported only for servers that are members of a database availability group.",
                target=server.name)
        dbs = sorted((c.db for c in server.copies.values() if c.is_active), key=lambda d: d.name.lower())
        return [self.move_active(db, target, **kw) for db in dbs]

    # ================================================================ failover
    def failover(self, db: MailboxDatabase, reason: str) -> bool:
        """Activate the best other copy of ``db`` (its active copy failed). True if activated."""
        for c in self.failover_candidates(db):
            if c.copy_queue() <= c.server.mount_dial_value:
                self._activate(db, c, planned=False, dial=None, res=None, reason=reason)
                return True
        self.org.history.add(self.now, "FailoverFailed", db.active_server, db.name, False, reason=reason)
        return False

    def database_failed(self, db: MailboxDatabase, reason: str) -> None:
        """The active copy's server or store stopped: dismount, then fail over."""
        if db.is_mounted:
            db.checkpoint()
            db.mount_state = "Dismounted"
        self.sync_copying(db)
        self.note_availability(db, planned=False, cause=reason)
        if db.replicated and not db.admin_dismounted:
            self.failover(db, reason)

    def _stranded(self, db: MailboxDatabase) -> bool:
        return not db.is_mounted and not db.admin_dismounted

    def recover_all(self) -> None:
        """Bring back every database that is down without an administrator asking for it."""
        for db in self.org.databases:
            if not self._stranded(db):
                continue
            act = db.active_copy
            if act is not None and act.server.store_running and (
                    act.server.is_dag_operational or not db.replicated):
                db.checkpoint()
                db.mount_state = "Mounted"
                self.org.history.add(self.now, "Mounted", act.server_name, db.name, False, reason="recovery")
                self.sync_copying(db)
                self.note_availability(db, planned=False, cause="recovery")
                continue
            if db.replicated:
                for c in self.failover_candidates(db):
                    if c.copy_queue() <= c.server.mount_dial_value:
                        self._activate(db, c, planned=False, dial=None, res=None, reason="recovery")
                        break

    # ================================================================ server and service events
    def server_down(self, server: "Server", reason: str) -> None:
        for db in self._dbs_touching(server):
            if db.active_server and db.active_server.lower() == server.name.lower():
                self.database_failed(db, reason)
            else:
                self.sync_copying(db)
        for dag in self.org.dags:
            dag.refresh_pam()

    def server_up(self, server: "Server") -> None:
        for dag in self.org.dags:
            dag.refresh_pam()
        if server.replication_running:
            self.start_copies_on(server)
        for db in self._dbs_touching(server):
            self.sync_copying(db)
        self.recover_all()

    def service_changed(self, server: "Server", name: str, running: bool) -> None:
        n = name.lower()
        if n in ("msexchangeis", "clussvc"):
            if not running:
                for db in self._dbs_touching(server):
                    if db.active_server and db.active_server.lower() == server.name.lower():
                        self.database_failed(db, f"{name} stopped on {server.name}")
                for dag in self.org.dags:
                    dag.refresh_pam()
            else:
                for dag in self.org.dags:
                    dag.refresh_pam()
                self.recover_all()
        elif n == "msexchangerepl":
            if running:
                self.start_copies_on(server)
            for db in self._dbs_touching(server):
                self.sync_copying(db)
            if running:
                self.recover_all()

    def _dbs_touching(self, server: "Server") -> list[MailboxDatabase]:
        """Databases with a copy on ``server`` plus those replicating from it."""
        return sorted({id(c.db): c.db for c in server.copies.values()}.values(), key=lambda d: d.name.lower())

    # ================================================================ suspend / resume
    def _require_replication(self, copy: DatabaseCopy) -> None:
        srv = copy.server
        if not srv.replication_running:
            raise ReplayServiceError(
                f"The Microsoft Exchange Replication service may not be running on server {srv.fqdn}. "
                f"Specific RPC error message: Error 0x6ba (The RPC server is unavailable).", target=copy.name)

    def suspend(self, copy: DatabaseCopy, activation_only: bool = False, comment: str | None = None) -> None:
        """Suspend-MailboxDatabaseCopy. The active copy can only be suspended for activation."""
        self._require_replication(copy)
        if copy.is_active and not activation_only:
            raise ReplayServiceError(
                f"The suspend operation can't proceed because database '{copy.db.name}' on Exchange Mailbox "
                f"server '{copy.server_name}' is the active mailbox database copy.", target=copy.name)
        if copy.state == "Seeding" and not activation_only:
            raise ReplayServiceError(
                f"Database copy '{copy.name}' could not be suspended because it is being seeded. Wait for "
                f"seeding to finish and retry the operation.", target=copy.name)
        copy.activation_suspended = True
        copy.suspend_comment = comment
        copy.action_initiator = "Administrator"
        if not activation_only:
            self._cancel_timer(copy)
            copy.copied = copy.last_copied()
            copy.resync_t0 = None
            self._set_state(copy, "Suspended")
        self.org.history.add(self.now, "CopySuspended", copy.server_name, copy.db.name, True,
                             activation_only=activation_only, comment=comment)
        self.sync_copying(copy.db)

    def resume(self, copy: DatabaseCopy, replication_only: bool = False) -> bool:
        """Resume-MailboxDatabaseCopy. Returns False when nothing was suspended."""
        self._require_replication(copy)
        if copy.is_active and not copy.activation_suspended:
            raise ReplayServiceError(
                f"Couldn't resume database copy '{copy.name}' because you can't suspend or resume replication "
                f"on an active database copy.", target=copy.name)
        changed = False
        if copy.state in ("Suspended", "FailedAndSuspended"):
            if copy.error_message and "needs to be seeded" in copy.error_message:
                raise ReplayServiceError(copy.error_message, target=copy.name)
            copy.error_message = None
            copy.error_event_id = None
            self._begin_initializing(copy)
            changed = True
        if copy.activation_suspended and not replication_only:
            copy.activation_suspended = False
            changed = True
        if not copy.activation_suspended:
            copy.suspend_comment = None
        if changed:
            copy.action_initiator = "Unknown"
            self.org.history.add(self.now, "CopyResumed", copy.server_name, copy.db.name, True,
                                 replication_only=replication_only)
            self.sync_copying(copy.db)
            self.recover_all()
        return changed

    # ================================================================ copies
    def seed_seconds(self, db: MailboxDatabase) -> float:
        return max(float(MIN_SEED_SECONDS), db.database_size() / SEED_RATE)

    def add_copy(self, db: MailboxDatabase, server: "Server", activation_preference: int | None = None,
                 replay_lag: Any = None, truncation_lag: Any = None, seeding_postponed: bool = False) -> DatabaseCopy:
        """Add-MailboxDatabaseCopy: the new copy seeds over simulated time."""
        if db.copy_on(server.name) is not None:
            raise InvalidOperationError(
                f'The database "{db.name}" already has a copy hosted on server "{server.name}". '
                f'Choose a different server.', target=db.name)
        if not server.has_role("Mailbox"):
            raise InvalidOperationError(
                f"Server '{server.name}' doesn't have the Mailbox server role installed.", target=server.name)
        if server.dag_name is None:
            raise InvalidOperationError(
                f"Server '{server.name}' is not a member of a database availability group. This operation is "
                f"supported only for servers that are members of a database availability group.",
                target=server.name)
        src = self.org.servers.get(db.active_server) if db.active_server else None
        if src is not None and src.dag_name != server.dag_name:
            raise InvalidOperationError(
                f"Server '{server.name}' isn't a member of the database availability group that hosts database "
                f"'{db.name}'.", target=server.name)
        if not db.is_mounted:
            raise InvalidOperationError(
                f"Database '{db.name}' is not mounted. Use Mount-Database before adding any database copies.",
                target=db.name)
        n = len(db.copy_list) + 1
        if activation_preference is None:
            activation_preference = n
        if not 1 <= int(activation_preference) <= n:
            raise ArgumentError(
                f'The value of the ActivationPreference specified, "{activation_preference}", is invalid. '
                f'Specify an integer between 1 and {n}.')
        copy = DatabaseCopy(db, server.name, n)
        if replay_lag is not None:
            copy.replay_lag = EnhancedTimeSpan.parse(replay_lag)
        if truncation_lag is not None:
            copy.truncation_lag = EnhancedTimeSpan.parse(truncation_lag)
        copy.copied = 0
        db.copy_list.append(copy)
        server.copies[db.name.lower()] = copy
        self._place(db, copy, int(activation_preference))
        self.org.history.add(self.now, "CopyAdded", server.name, db.name, True)
        if seeding_postponed:
            copy.activation_suspended = True
            copy.error_message = (f"Replication is suspended for database copy '{db.name}' because the "
                                  f"database copy needs to be seeded.")
            copy.state = "FailedAndSuspended"
        else:
            self._start_seed(copy)
        return copy

    def _release_seed_source(self, copy: DatabaseCopy) -> None:
        if copy.seed_source is None:
            return
        src = copy.db.copy_on(copy.seed_source)
        copy.seed_source = None
        if src is not None and src.state == "SeedingSource":
            self._set_state(src, "Healthy")

    def _start_seed(self, copy: DatabaseCopy) -> None:
        copy.copied = 0
        copy.content_index_state = "Seeding"
        self._set_state(copy, "Seeding")
        self.org.history.add(self.now, "SeedStarted", copy.server_name, copy.db.name, True)
        self._schedule(copy, "Initializing", self.seed_seconds(copy.db))

    def _place(self, db: MailboxDatabase, copy: DatabaseCopy, pref: int) -> None:
        others = [c for c in sorted(db.copy_list, key=lambda c: c.activation_preference) if c is not copy]
        others.insert(pref - 1, copy)
        for i, c in enumerate(others, 1):
            c.activation_preference = i
        db.sort_copies()

    def remove_copy(self, copy: DatabaseCopy) -> None:
        db = copy.db
        if copy.is_active:
            raise InvalidOperationError(
                f"Database copy '{copy.name}' can't be removed because it is the active copy of the database. "
                f"Move the active copy to another server with Move-ActiveMailboxDatabase and try again.",
                target=copy.name)
        if len(db.copy_list) <= 1:
            raise InvalidOperationError(
                f"Database copy '{copy.name}' is the last copy of the database. Use Remove-MailboxDatabase "
                f"to remove the database.", target=copy.name)
        self._cancel_timer(copy)
        db.copy_list.remove(copy)
        copy.server.copies.pop(db.name.lower(), None)
        db.renumber_preferences()
        self.org.history.add(self.now, "CopyRemoved", copy.server_name, db.name, True)

    def update_copy(self, copy: DatabaseCopy, manual_resume: bool = False, delete_existing_files: bool = False,
                    source_server: "Server | None" = None) -> None:
        """Update-MailboxDatabaseCopy: reseed a suspended copy."""
        if copy.is_active:
            raise ReplayServiceError(
                f"Database copy '{copy.name}' is the active copy and can't be seeded.", target=copy.name)
        self._require_replication(copy)
        if copy.state not in ("Suspended", "FailedAndSuspended"):
            raise ReplayServiceError(
                "Couldn't seed the mailbox database copy because it is not suspended. Please suspend the "
                "mailbox database copy, and then retry the seed operation.", target=copy.name)
        copy.error_message = None
        copy.error_event_id = None
        copy.activation_suspended = False
        copy.suspend_comment = None
        copy.action_initiator = "ManualResume" if manual_resume else "Administrator"
        copy.seed_source = None
        if source_server is not None:
            src = copy.db.copy_on(source_server.name)
            if src is None or src is copy:
                raise ReplayServiceError(
                    f"Server '{source_server.name}' doesn't host a copy of database '{copy.db.name}' that can be "
                    f"used as the seeding source.", target=copy.name)
            if not src.is_active:
                if src.status not in ("Healthy", "DisconnectedAndHealthy"):
                    raise ReplayServiceError(
                        f"The seeding source copy '{src.name}' must be Healthy to seed from it. Its status is "
                        f"'{src.status}'.", target=copy.name)
                self._set_state(src, "SeedingSource")
                copy.seed_source = src.server_name
        self._start_seed(copy)

    def set_copy(self, copy: DatabaseCopy, activation_preference: int | None = None,
                 replay_lag: Any = None, truncation_lag: Any = None) -> None:
        """Set-MailboxDatabaseCopy: a new ActivationPreference renumbers the other copies."""
        db = copy.db
        if activation_preference is not None:
            n = len(db.copy_list)
            p = int(activation_preference)
            if p < 1:
                raise ArgumentError(
                    f"Specified value ({p}) for the ActivationPreference parameter is outside the valid range "
                    f"from '1' to '{n}'. Please specify an integer equal to or greater than 1.")
            if p > n:
                raise ArgumentError(
                    f'The value of the ActivationPreference specified, "{p}", is invalid. Specify an integer '
                    f'between 1 and {n}.')
            self._place(db, copy, p)
        if replay_lag is not None:
            copy.replay_lag = EnhancedTimeSpan.parse(replay_lag)
        if truncation_lag is not None:
            copy.truncation_lag = EnhancedTimeSpan.parse(truncation_lag)
        db.when_changed = self.now

    # ================================================================ mount / dismount
    def mount(self, db: MailboxDatabase, force: bool = False, accept_data_loss: bool = False) -> None:
        act = db.active_copy
        if db.is_mounted:
            return
        if act is None or not act.server.store_running:
            srv = act.server if act is not None else None
            if db.replicated:
                cands = [c for c in self.failover_candidates(db)
                         if force or c.copy_queue() <= c.server.mount_dial_value]
                if cands:
                    db.admin_dismounted = False
                    self._activate(db, cands[0], planned=False, dial="BestEffort" if force else None,
                                   res=None, reason="Mount-Database")
                    return
            where = srv.fqdn if srv is not None else "(unknown)"
            raise ActiveManagerError(
                f"Couldn't mount the database that you specified. Specified database: {db.name}; Error code: "
                + AM_PREFIX + f"Operation failed with message: MapiExceptionNetworkError: Unable to make admin "
                f"interface connection to server. (hr=0x80040115, ec=-2147221227) [Database: {db.name}, "
                f"Server: {where}].", target=db.name)
        db.checkpoint()
        db.mount_state = "Mounted"
        db.admin_dismounted = False
        self.org.history.add(self.now, "Mounted", act.server_name, db.name, True)
        self.sync_copying(db)
        self.note_availability(db, planned=True, cause="Mount-Database")

    def dismount(self, db: MailboxDatabase) -> None:
        if not db.is_mounted:
            db.admin_dismounted = True
            return
        db.checkpoint()
        db.mount_state = "Dismounted"
        db.admin_dismounted = True
        self.org.history.add(self.now, "Dismounted", db.active_server, db.name, True)
        self.sync_copying(db)
        self.note_availability(db, planned=True, cause="Dismount-Database")

    # ================================================================ invariants (tests, labs)
    def check_invariants(self) -> list[str]:
        problems: list[str] = []
        for db in self.org.databases:
            actives = [c for c in db.copy_list if c.is_active]
            if len(actives) != 1:
                problems.append(f"{db.name}: {len(actives)} active copies")
                continue
            if actives[0].server_name != db.active_server:
                problems.append(f"{db.name}: active flag on {actives[0].server_name}, active_server {db.active_server}")
            srv = actives[0].server
            if db.is_mounted and not srv.store_running:
                problems.append(f"{db.name}: mounted on {srv.name}, which is down or has no store running")
            if self._stranded(db) and db.replicated:
                for c in self.failover_candidates(db):
                    if c.copy_queue() <= c.server.mount_dial_value:
                        problems.append(f"{db.name}: down although {c.name} could be activated")
                        break
        return problems
