"""Saving and loading the whole organization state (``ems -State FILE``, Export-/Import-LabState).

``save(org, path)`` writes the versioned JSON of ``dump_org(org)`` atomically: to a
temporary file in the same folder, flushed and fsync'ed, then renamed over the target
(and the folder fsync'ed), so a crash leaves the old or the new file, never half of one.
``load(path)`` reads it back (``StateFileError`` for a missing, corrupt or unknown file —
the caller must then not overwrite it). ``load_or_create(path)`` creates the file from the
built-in organization when it does not exist.

The format is load.py's organization definition plus the run-time fields. Extensions
(``org.extensions[name]``) are saved when they have a ``to_json()`` method and restored
by ``load.EXTENSION_LOADERS[name]``. Scheduled clock events are not saved as such: copy
transitions, move requests and pending reboots are re-created from the saved state;
other layers must do the same from their own state.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ems.model.errors import StateFileError
from ems.model.load import FORMAT, VERSION, build_org, load_default
from ems.model.org import Organization


def _iso(t: Any) -> str | None:
    return t.isoformat() if t is not None else None


def _u(v: Any) -> str:
    return v.ps_to_string() if hasattr(v, "ps_to_string") else str(v)


def dump_org(org: Organization) -> dict[str, Any]:
    # pending events are saved with their rank in scheduling order (not the raw clock sequence),
    # so a reloaded state re-creates them in the same order and dumps identically
    rank = {ev.seq: i for i, ev in enumerate(sorted(org.clock.pending(), key=lambda e: e.seq))}
    servers = []
    for s in org.servers:
        servers.append({
            "name": s.name, "guid": str(s.guid), "exchange": s.exchange, "roles": list(s.roles),
            "edition": s.edition or "Standard", "version": str(s.version) if s.version else None,
            "os": s.os_name, "os_version": s.os_version, "ip": s.ip_address, "product_id": s.product_id,
            "edge_subscribed": s.edge_subscribed, "products": s.products, "extra": s.extra,
            "when_created": _iso(s.when_created), "boot_time": _iso(s.boot_time), "up": s.up,
            "pending_reboot": s.pending_reboot, "cluster_paused": s.cluster_paused,
            "site": org.site_of_server.get(s.name.lower()),
            "hotfixes": [{"id": h.HotFixID, "description": h.Description, "installed_by": h.InstalledBy,
                          "installed_on": _iso(h.installed_at), "needs_restart": h.needs_restart}
                         for h in s.hotfixes.values()],
            "pending_hotfixes": [{"id": h.HotFixID, "description": h.Description, "installed_by": h.InstalledBy,
                                  "installed_on": _iso(h.installed_at)} for h in s.pending_hotfixes.values()],
            "mailbox_server": {"activation_policy": s.activation_policy, "mount_dial": s.mount_dial,
                               "max_active": s.max_active},
            "services": [{"name": v.Name, "display_name": v.DisplayName, "start_type": v.start_type,
                          "depends": list(v.depends), "running": v.running} for v in s.services.values()],
        })
    dags = [{"name": d.name, "guid": str(d.guid), "witness_server": d.witness_server,
             "witness_directory": d.witness_directory, "alternate_witness_server": d.alt_witness_server,
             "alternate_witness_directory": d.alt_witness_directory, "network_compression": d.network_compression,
             "network_encryption": d.network_encryption, "datacenter_activation_mode": d.datacenter_activation_mode,
             "replication_port": d.replication_port, "ip_addresses": d.ip_addresses,
             "stopped_servers": d.stopped_servers, "networks": d.networks, "pam": d.pam,
             "members": list(d.members)} for d in org.dags]
    dbs = []
    for db in org.databases:
        dbs.append({
            "name": db.name, "guid": str(db.guid), "active": db.active_server, "mount_state": db.mount_state,
            "admin_dismounted": db.admin_dismounted, "gen_base": db.gen_base, "gen_t0": _iso(db.gen_t0),
            "log_rate": db.log_rate, "edb_path": db.edb_path, "log_path": db.log_path, "log_prefix": db.log_prefix,
            "circular_logging": db.circular_logging, "mount_at_startup": db.mount_at_startup,
            "description": db.description, "whitespace": db.whitespace, "recovery": db.recovery,
            "index_enabled": db.index_enabled, "issue_warning": _u(db.issue_warning),
            "prohibit_send": _u(db.prohibit_send), "prohibit_send_receive": _u(db.prohibit_send_receive),
            "recoverable_quota": _u(db.recoverable_quota), "recoverable_warning": _u(db.recoverable_warning),
            "deleted_item_retention": _u(db.deleted_item_retention), "mailbox_retention": _u(db.mailbox_retention),
            "last_full_backup": _iso(db.last_full_backup), "when_created": _iso(db.when_created),
            "copies": [{"server": c.server_name, "guid": str(c.guid), "preference": c.activation_preference,
                        "replay_lag": _u(c.replay_lag), "truncation_lag": _u(c.truncation_lag), "state": c.state,
                        "activation_suspended": c.activation_suspended, "suspend_comment": c.suspend_comment,
                        "action_initiator": c.action_initiator, "error_message": c.error_message,
                        "error_event_id": c.error_event_id, "copied": c.copied, "resync_t0": _iso(c.resync_t0),
                        "next_state": c.next_state, "next_at": _iso(c.next_at),
                        "content_index_state": c.content_index_state,
                        "logs_copied_since_start": c.logs_copied_since_start, "seed_source": c.seed_source,
                        "timer_order": rank.get(c.timer_order, 0) if c.next_state else 0}
                       for c in db.copy_list],
        })
    mbxs = []
    for m in [*org.mailboxes, *org.disabled_users.values()]:
        d: dict[str, Any] = {
            "name": m.name, "database": m.db_name, "alias": m.alias, "display_name": m.display_name,
            "smtp": m.smtp, "guid": str(m.guid), "exchange_guid": str(m.exchange_guid), "items": m.item_count,
            "size": m.total_size, "deleted_items": m.deleted_count, "deleted_size": m.deleted_size,
            "associated_items": m.associated_count, "last_logon": _iso(m.last_logon),
            "last_logoff": _iso(m.last_logoff), "type": m.recipient_type_details,
            "when_created": _iso(m.when_created), "when_changed": _iso(m.when_changed),
            "first_name": m.first_name, "last_name": m.last_name, "upn": m.upn, "ou": m.ou,
            "extra_addresses": m.extra_addresses, "hidden": m.hidden, "litigation_hold": m.litigation_hold,
            "use_database_quota_defaults": m.use_db_quota_defaults,
        }
        for key, attr in (("issue_warning", "_issue_warning"), ("prohibit_send", "_prohibit_send"),
                          ("prohibit_send_receive", "_prohibit_send_receive")):
            v = getattr(m, attr)
            if v is not None:
                d[key] = _u(v)
        if m.received_ids is not None:
            d["received_ids"] = sorted(m.received_ids)
        if m.name.lower() in org.disabled_users and org.disabled_users[m.name.lower()] is m:
            d["disabled"] = True
            d["disconnect_date"] = _iso(m.disconnect_date)
        mbxs.append(d)
    boot_pending = [{"server": ev.args[0].name, "at": _iso(ev.at), "seq": rank[ev.seq]} for ev in org.clock.pending()
                    if getattr(ev.callback, "__name__", "") == "start_server" and ev.args]
    extensions = {}
    for name, ext in org.extensions.items():
        if name == "_unloaded":
            extensions.update(ext)
        elif hasattr(ext, "to_json"):
            extensions[name] = ext.to_json()
    return {
        "format": FORMAT, "version": VERSION,
        "organization": {"name": org.name, "domain": org.domain, "netbios": org.netbios, "site": org.site,
                         "domain_controller": org.domain_controller, "start_time": _iso(org.clock.now()),
                         "seed": org.random.seed_value, "utc_offset_hours": org.utc_offset_hours,
                         "guid": str(org.guid), "console_computer": org.computer_name},
        "accepted_domains": [{"name": a.name, "domain": a.domain, "type": a.domain_type, "default": a.default,
                              "guid": str(a.guid)} for a in org.accepted_domains],
        "servers": servers, "dags": dags, "databases": dbs, "mailboxes": mbxs,
        "state": {
            "now": _iso(org.clock.now()), "random": org.random.state_json(),
            "history": [e.to_json() for e in org.history.events],
            "move_requests": [{"mailbox": mr.mailbox.name, "source": mr.source_db.name, "target": mr.target_db.name,
                               "batch_name": mr.batch_name, "queued_at": _iso(mr.queued_at),
                               "suspended": mr.suspended, "suspended_at": _iso(mr.suspended_at),
                               "suspend_when_ready": mr.suspend_when_ready, "completed_at": _iso(mr.completed_at),
                               "size": mr.size, "items": mr.items, "failed": mr.failed, "done": mr._done,
                               "seq": rank.get(mr.event.seq) if mr.event is not None and not mr.event.cancelled
                               else None,
                               "event_at": _iso(mr.event.at) if mr.event is not None and not mr.event.cancelled
                               else None}
                              for mr in org.move_requests.values()],
            "boot_pending": boot_pending,
            "extensions": extensions,
        },
    }


def dumps(org: Organization) -> str:
    """The state as JSON text (what save writes)."""
    import gc
    was_enabled = gc.isenabled()
    gc.disable()  # the dump is a large acyclic tree: collecting during it only costs time
    try:
        return json.dumps(dump_org(org), separators=(",", ":"), ensure_ascii=False)
    finally:
        if was_enabled:
            gc.enable()


def save(org: Organization, path: str | Path) -> None:
    """Write the state atomically (temp file, fsync, rename, fsync of the folder)."""
    p = Path(path)
    data = dumps(org)
    folder = p.parent if str(p.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def load(path: str | Path) -> Organization:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StateFileError(f"The state file '{p}' doesn't exist.") from None
    except (OSError, UnicodeDecodeError) as e:
        raise StateFileError(f"The state file '{p}' can't be read: {e}.") from None
    return loads(text, str(p))


def loads(text: str, source: str = "<state>") -> Organization:
    """An organization from state text (what load reads); StateFileError when it is not one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise StateFileError(f"The state file '{source}' is corrupt (not valid JSON: {e.msg} at line {e.lineno}, "
                             f"column {e.colno}). It was left unchanged.") from None
    return build_org(data, source)


def load_or_create(path: str | Path) -> Organization:
    p = Path(path)
    if not p.exists():
        org = load_default()
        save(org, p)
        return org
    return load(p)
