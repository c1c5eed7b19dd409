"""Injectable faults for labs and tests (what a real disk, network or index failure would do).

* ``fail_copy(org, copy, message)``: a passive copy fails (FailedAndSuspended, with an error
  message and ActivationSuspended) — as after a log corruption; the copy needs a reseed or
  a resume. On the active copy it fails the database over (as a store failure).
* ``fail_content_index(org, copy, state="Failed")``: the content index of a copy breaks
  (switchovers then need -SkipClientExperienceChecks).
* ``heal_copy(org, copy)``: clear a fault on a passive copy (Initializing then Healthy).
* ``lag_copy(org, copy, logs)``: a passive copy falls ``logs`` logs behind (network trouble)
  and catches up by itself through Resynchronizing.
* ``crash_server`` / ``restore_server``: Stop-LabServer / Start-LabServer shorthands.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.databases import DatabaseCopy
    from ems.model.org import Organization
    from ems.model.servers import Server


def fail_copy(org: "Organization", copy: "DatabaseCopy",
              message: str = "The log file is damaged or corrupted.", event_id: int = 2059,
              suspend: bool = True) -> None:
    """``suspend=False`` leaves the copy ``Failed`` (not suspended, activation not blocked by an
    administrator but refused by health checks) until ``heal_copy`` or a resume."""
    am = org.am
    if copy.is_active:
        am.database_failed(copy.db, message)
        org.touch()
        return
    am._cancel_timer(copy)
    copy.copied = copy.last_copied()
    copy.resync_t0 = None
    copy.error_message = message
    copy.error_event_id = event_id
    copy.activation_suspended = suspend
    copy.action_initiator = "Service"
    am._set_state(copy, "FailedAndSuspended" if suspend else "Failed")
    org.history.add(org.clock.now(), "CopyFailed", copy.server_name, copy.db.name, False, message=message)
    am.sync_copying(copy.db)
    org.touch()


def fail_content_index(org: "Organization", copy: "DatabaseCopy", state: str = "Failed") -> None:
    copy.content_index_state = state
    org.touch()


def heal_copy(org: "Organization", copy: "DatabaseCopy") -> None:
    if copy.is_active:
        return
    copy.error_message = None
    copy.error_event_id = None
    copy.activation_suspended = False
    copy.suspend_comment = None
    copy.action_initiator = "Unknown"
    copy.content_index_state = "Healthy"
    if copy.server.replication_running:
        org.am._begin_initializing(copy)
    org.am.sync_copying(copy.db)
    org.am.recover_all()
    org.touch()


def lag_copy(org: "Organization", copy: "DatabaseCopy", logs: int) -> None:
    if copy.is_active or logs <= 0:
        return
    copy.copied = max(0, copy.last_copied() - logs)
    if copy.state == "Healthy" and copy.server.replication_running and copy.copy_source_ok():
        org.am._set_state(copy, "Resynchronizing")
        copy.resync_t0 = None
    org.am.sync_copying(copy.db)
    org.touch()


def crash_server(org: "Organization", server: "Server", lose_transport_database: bool = False) -> None:
    org.stop_server(server, crash=True, lose_transport_database=lose_transport_database)


def restore_server(org: "Organization", server: "Server") -> None:
    org.start_server(server)
