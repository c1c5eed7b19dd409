"""Build an Organization from its JSON definition (``samples/org/*.json``).

``load_default()`` builds the built-in organization from ``samples/org/default.json``;
``load_definition(path)`` any other; ``build_org(data)`` from parsed JSON. The same
format, with the optional run-time fields filled, is what ``persist.save`` writes.

Format (``"format": "ems-organization"``, ``"version": 1``)::

    {
      "format": "ems-organization", "version": 1,
      "organization": {"name": "First Organization", "domain": "contoso.com", "netbios": "CONTOSO",
                       "site": "Default-First-Site-Name", "domain_controller": "DC01",
                       "start_time": "2010-11-15T09:00:00", "seed": 2010, "utc_offset_hours": -8,
                       "console_computer": "E1401"},
      "accepted_domains": [{"name": "contoso.com", "domain": "contoso.com",
                            "type": "Authoritative", "default": true}],
      "servers": [
        {"name": "E1401", "roles": ["Mailbox"], "edition": "Enterprise",
         "version": "Version 14.0 (Build 639.21)", "os": "Microsoft Windows Server 2008 R2 Enterprise",
         "os_version": "6.1.7600", "ip": "10.0.0.11",
         "hotfixes": [{"id": "KB979744", "description": "Update", "installed_on": "2010-09-14T03:12:00"}],
         "mailbox_server": {"activation_policy": "Unrestricted", "mount_dial": "GoodAvailability",
                            "max_active": null},
         "services": [{"name": "RTCSRV", "running": false, "start_type": "Manual"}],   # added/overridden
         "products": {"ocs": {...}}},                                                  # free-form, labs read it
        {"name": "FS01", "exchange": false, "roles": [], ...}
      ],
      "dags": [{"name": "DAG1", "witness_server": "FS01", "witness_directory": "C:\\\\DAG1",
                "members": ["E1401", "E1402", "E1403"]}],
      "databases": [{"name": "DB01", "copies": [{"server": "E1401", "preference": 1}, ...],
                     "active": "E1401", "log_generation": 4512}],
      "mailboxes": [{"name": "user01", "database": "DB01", "alias": "user01",
                     "display_name": "User 01", "items": 812, "size": 43123456,
                     "deleted_items": 12, "deleted_size": 120000, "last_logon": "2010-11-15T08:31:07"}]
    }

Servers get the Windows services of their roles (ems/model/services.py) and DAG members
get ClusSvc. A database is mounted on its ``active`` server (default: preference 1).
Run-time fields (written by persist.py, all optional here): ``state`` on the organization
(clock, random, history, move requests, extensions), ``up``/``services``/``pending_hotfixes``
on servers, ``mount_state``/``gen_base``/copy replication fields on databases, quotas
and counters on mailboxes.
"""
from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from ems.model.errors import StateFileError
from ems.model.history import HistoryEvent
from ems.model.mailboxes import MoveRequest
from ems.model.org import Organization
from ems.model.servers import HotFix
from ems.model.values import EnhancedTimeSpan, Unlimited

FORMAT = "ems-organization"
VERSION = 1

# name -> fn(org, data) that restores an extension's state (transport registers here)
EXTENSION_LOADERS: dict[str, Callable[[Organization, Any], None]] = {}


def samples_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "samples" / "org"


def default_path() -> Path:
    return samples_dir() / "default.json"


def load_default() -> Organization:
    return load_definition(default_path())


def load_definition(path: str | Path) -> Organization:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StateFileError(f"The organization definition '{p}' doesn't exist.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise StateFileError(f"The organization definition '{p}' isn't valid JSON: {e}.") from None
    return build_org(data, str(p))


def _dt(s: Any) -> datetime | None:
    return datetime.fromisoformat(s) if s else None


def _guid(s: Any) -> uuid.UUID | None:
    return uuid.UUID(s) if s else None


def build_org(data: Any, source: str = "<data>") -> Organization:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StateFileError(f"'{source}' is not an ems organization file (missing \"format\": \"{FORMAT}\").")
    if data.get("version") != VERSION:
        raise StateFileError(f"'{source}' has format version {data.get('version')!r}; this ems reads version "
                             f"{VERSION}.")
    import gc
    was_enabled = gc.isenabled()
    gc.disable()  # building 100,000 objects: the cyclic collector would only slow it down
    try:
        return _build(data)
    except StateFileError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise StateFileError(f"'{source}' is not a valid ems organization file: {type(e).__name__}: {e}.") from None
    finally:
        if was_enabled:
            gc.enable()


def _build(data: dict[str, Any]) -> Organization:
    o = data.get("organization", {})
    state = data.get("state") or {}
    org = Organization(name=o.get("name", "First Organization"), domain=o.get("domain", "contoso.com"),
                       netbios=o.get("netbios", "CONTOSO"), site=o.get("site", "Default-First-Site-Name"),
                       domain_controller=o.get("domain_controller", "DC01"),
                       start=_dt(o.get("start_time")) or datetime(2010, 11, 15, 9, 0, 0),
                       seed=int(o.get("seed", 2010)), utc_offset_hours=int(o.get("utc_offset_hours", -8)))
    if o.get("guid"):
        org.guid = uuid.UUID(o["guid"])
    org.computer_name = o.get("console_computer")
    if state.get("now"):
        org.clock.set_time(_dt(state["now"]))  # type: ignore[arg-type]
    for d in data.get("accepted_domains", []):
        from ems.model.directory import AcceptedDomain
        org.accepted_domains.add(AcceptedDomain(org, d["name"], d.get("domain", d["name"]),
                                                d.get("type", "Authoritative"), bool(d.get("default")),
                                                _guid(d.get("guid"))))
    for s in data.get("servers", []):
        _build_server(org, s)
    for d in data.get("dags", []):
        dag = org.add_dag(d["name"], d.get("witness_server"), d.get("witness_directory"), guid=_guid(d.get("guid")))
        for key, attr in (("alternate_witness_server", "alt_witness_server"),
                          ("alternate_witness_directory", "alt_witness_directory"),
                          ("network_compression", "network_compression"),
                          ("network_encryption", "network_encryption"),
                          ("datacenter_activation_mode", "datacenter_activation_mode"),
                          ("replication_port", "replication_port"), ("ip_addresses", "ip_addresses"),
                          ("stopped_servers", "stopped_servers"), ("networks", "networks"), ("pam", "pam")):
            if key in d:
                setattr(dag, attr, d[key])
        for m in d.get("members", []):
            srv = org.servers[m]
            srv.dag_name = dag.name
            dag.members.append(srv.name)
            if srv.service("ClusSvc") is None:
                srv.add_service("ClusSvc")
        if "pam" not in d:
            dag.refresh_pam()
    # service states after DAG membership added ClusSvc
    for s in data.get("servers", []):
        srv = org.servers[s["name"]]
        for sd in s.get("services", []) or []:
            svc = srv.service(sd["name"]) or srv.add_service(sd["name"])
            if "display_name" in sd:
                svc.DisplayName = sd["display_name"]
            if "start_type" in sd:
                svc.start_type = sd["start_type"]
            if "depends" in sd:
                svc.depends = tuple(sd["depends"])
            svc.running = bool(sd.get("running", svc.start_type == "Automatic"))
        if "up" in s:
            srv.up = bool(s["up"])
    for d in data.get("databases", []):
        _build_database(org, d)
    for m in data.get("mailboxes", []):
        _build_mailbox(org, m)
    for db in org.databases:
        if not any("gen_base" in d for d in data.get("databases", []) if d["name"] == db.name):
            db.recompute_log_rate()
    pending: list[tuple[int, Any, Any, tuple]] = []
    if state:
        pending.extend(_restore_state(org, state))
    pending.extend(org.am.pending_transitions())
    # re-create every pending event in its original order, so same-time ties resolve as before
    for _, at, fn, args in sorted(pending, key=lambda t: t[0]):
        ev = org.clock.schedule(at, fn, *args)
        if fn == org.am._restore_timer:
            args[0].timer_order = ev.seq
            args[0].timer_event = ev
        elif fn == org._restore_move:
            args[0].event = ev
    if state:
        for name, ext in (state.get("extensions") or {}).items():
            loader = EXTENSION_LOADERS.get(name)
            if loader is not None:
                loader(org, ext)
            else:
                org.extensions.setdefault("_unloaded", {})[name] = ext
    org.change_count = 0
    return org


def _build_server(org: Organization, s: dict[str, Any]) -> None:
    exchange = s.get("exchange", True)
    srv = org.add_server(s["name"], s.get("roles", []), exchange, edition=s.get("edition", "Standard"),
                         version=s.get("version", "Version 14.0 (Build 639.21)"),
                         os_name=s.get("os", "Microsoft Windows Server 2008 R2 Enterprise"),
                         os_version=s.get("os_version", "6.1.7600"), guid=_guid(s.get("guid")),
                         when_created=_dt(s.get("when_created")))
    srv.ip_address = s.get("ip")
    srv.product_id = s.get("product_id")
    srv.edge_subscribed = bool(s.get("edge_subscribed", False))
    srv.products = dict(s.get("products") or {})
    srv.extra = dict(s.get("extra") or {})
    srv.pending_reboot = bool(s.get("pending_reboot", False))
    srv.cluster_paused = bool(s.get("cluster_paused", False))
    if s.get("site"):
        org.site_of_server[srv.name.lower()] = s["site"]
    if s.get("boot_time"):
        srv.boot_time = _dt(s["boot_time"])
    for h in s.get("hotfixes", []):
        hf = HotFix(h["id"], h.get("description", "Update"), h.get("installed_by", f"{org.netbios}\\Administrator"),
                    _dt(h.get("installed_on")), srv.name, bool(h.get("needs_restart", False)))
        srv.hotfixes[hf.HotFixID] = hf
    for h in s.get("pending_hotfixes", []):
        hf = HotFix(h["id"], h.get("description", "Update"), h.get("installed_by", f"{org.netbios}\\Administrator"),
                    _dt(h.get("installed_on")), srv.name, True)
        srv.pending_hotfixes[hf.HotFixID] = hf
    ms = s.get("mailbox_server") or {}
    srv.activation_policy = ms.get("activation_policy", "Unrestricted")
    srv.mount_dial = ms.get("mount_dial", "GoodAvailability")
    srv.max_active = ms.get("max_active")


def _build_database(org: Organization, d: dict[str, Any]) -> None:
    copies = [(c["server"], int(c.get("preference", i + 1))) for i, c in enumerate(d["copies"])]
    active = d.get("active")
    db = org.add_database(d["name"], copies, active=active, mounted=False, guid=_guid(d.get("guid")))
    srv = org.servers[db.active_server]
    if "mount_state" in d:
        db.mount_state = d["mount_state"]
    else:
        db.mount_state = "Mounted" if srv.store_running else "Dismounted"
    db.admin_dismounted = bool(d.get("admin_dismounted", False))
    if "log_generation" in d:
        db.gen_base = int(d["log_generation"])
    if "gen_base" in d:
        db.gen_base = int(d["gen_base"])
        db.gen_t0 = _dt(d["gen_t0"]) or org.clock.now()
        db.log_rate = float(d["log_rate"])
    else:
        db.gen_t0 = org.clock.now()
    for key, attr in (("edb_path", "edb_path"), ("log_path", "log_path"), ("log_prefix", "log_prefix"),
                      ("circular_logging", "circular_logging"), ("mount_at_startup", "mount_at_startup"),
                      ("description", "description"), ("whitespace", "whitespace"),
                      ("recovery", "recovery"), ("index_enabled", "index_enabled")):
        if key in d:
            setattr(db, attr, d[key])
    for key, attr in (("issue_warning", "issue_warning"), ("prohibit_send", "prohibit_send"),
                      ("prohibit_send_receive", "prohibit_send_receive"),
                      ("recoverable_quota", "recoverable_quota"), ("recoverable_warning", "recoverable_warning")):
        if key in d:
            setattr(db, attr, Unlimited.parse(d[key]))
    for key, attr in (("deleted_item_retention", "deleted_item_retention"),
                      ("mailbox_retention", "mailbox_retention")):
        if key in d:
            setattr(db, attr, EnhancedTimeSpan.parse(d[key]))
    if d.get("last_full_backup"):
        db.last_full_backup = _dt(d["last_full_backup"])
    if d.get("when_created"):
        db.when_created = db.when_changed = _dt(d["when_created"])  # type: ignore[assignment]
    for cd in d["copies"]:
        c = db.copy_on(cd["server"])
        assert c is not None
        if cd.get("guid"):
            c.guid = uuid.UUID(cd["guid"])
        if "replay_lag" in cd:
            c.replay_lag = EnhancedTimeSpan.parse(cd["replay_lag"])
        if "truncation_lag" in cd:
            c.truncation_lag = EnhancedTimeSpan.parse(cd["truncation_lag"])
        for key in ("state", "activation_suspended", "suspend_comment", "action_initiator", "error_message",
                    "error_event_id", "copied", "resync_from", "next_state", "content_index_state",
                    "logs_copied_since_start", "timer_order", "seed_source"):
            if key in cd:
                setattr(c, key, cd[key])
        if cd.get("resync_t0"):
            c.resync_t0 = _dt(cd["resync_t0"])
        if cd.get("next_at"):
            c.next_at = _dt(cd["next_at"])


def _build_mailbox(org: Organization, m: dict[str, Any]) -> None:
    db = org.databases[m["database"]]
    from ems.model.mailboxes import Mailbox
    mbx = Mailbox(org, m["name"], db.name, m.get("alias"), m.get("display_name"), m.get("smtp"),
                  _guid(m.get("guid")), int(m.get("items", 0)), int(m.get("size", 0)), _dt(m.get("when_created")),
                  m.get("type", "UserMailbox"), _guid(m.get("exchange_guid")))
    mbx.deleted_count = int(m.get("deleted_items", 0))
    mbx.deleted_size = int(m.get("deleted_size", 0))
    mbx.associated_count = int(m.get("associated_items", 0))
    mbx.last_logon = _dt(m.get("last_logon"))
    mbx.last_logoff = _dt(m.get("last_logoff"))
    mbx.first_name = m.get("first_name", "")
    mbx.last_name = m.get("last_name", "")
    mbx.extra_addresses = list(m.get("extra_addresses", []))
    mbx.hidden = bool(m.get("hidden", False))
    mbx.litigation_hold = bool(m.get("litigation_hold", False))
    if "upn" in m:
        mbx.upn = m["upn"]
    if "ou" in m:
        mbx.ou = m["ou"]
    if "use_database_quota_defaults" in m:
        mbx.use_db_quota_defaults = bool(m["use_database_quota_defaults"])
    for key, which in (("issue_warning", "IssueWarningQuota"), ("prohibit_send", "ProhibitSendQuota"),
                       ("prohibit_send_receive", "ProhibitSendReceiveQuota")):
        if key in m:
            mbx.set_quota(which, Unlimited.parse(m[key]))
    if m.get("received_ids") is not None:
        mbx.received_ids = set(m["received_ids"])
    if m.get("when_changed"):
        mbx.when_changed = _dt(m["when_changed"])  # type: ignore[assignment]
    if m.get("disabled"):
        mbx.disconnect_date = _dt(m.get("disconnect_date"))
        org.disabled_users[mbx.name.lower()] = mbx
        return
    org.mailboxes.add(mbx)


def _restore_state(org: Organization, state: dict[str, Any]) -> list[tuple[int, Any, Any, tuple]]:
    pending: list[tuple[int, Any, Any, tuple]] = []
    if state.get("random"):
        org.random.set_state_json(state["random"])
    org.history.events = [HistoryEvent.from_json(e) for e in state.get("history", [])]
    for r in state.get("move_requests", []):
        mbx = org.mailboxes[r["mailbox"]]
        target = org.databases[r["target"]]
        mr = MoveRequest(mbx, target, r.get("batch_name"), _dt(r["queued_at"]),  # type: ignore[arg-type]
                         bool(r.get("suspended")), bool(r.get("suspend_when_ready")))
        mr.source_db = org.databases.get(r["source"]) or mr.source_db
        mr.suspended_at = _dt(r.get("suspended_at"))
        mr.completed_at = _dt(r.get("completed_at"))
        mr.size = int(r.get("size", mr.size))
        mr.items = int(r.get("items", mr.items))
        mr.failed = bool(r.get("failed"))
        mr._done = bool(r.get("done"))
        org.move_requests[mbx.name.lower()] = mr
        mbx.move_request = mr
        if r.get("seq") is not None and r.get("event_at"):
            pending.append((int(r["seq"]), _dt(r["event_at"]), org._restore_move, (mr,)))
    for ev in state.get("boot_pending", []):
        srv = org.servers[ev["server"]]
        pending.append((int(ev.get("seq", 0)), _dt(ev["at"]), org.start_server, (srv,)))
    return pending
