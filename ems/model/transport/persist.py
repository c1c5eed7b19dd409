"""Saving and restoring the transport state (``org.extensions["transport"]``) with the
organization's state file. Clock events are not saved: on load every queue with messages gets
its drain (or its retry at NextRetryTime) scheduled again, and every shadow queue its heartbeat.
"""
from __future__ import annotations

import itertools
from collections import deque
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ems.model.transport.engine import DumpsterEntry, MailItem, Message, Transport

if TYPE_CHECKING:  # pragma: no cover
    from ems.model.org import Organization


def _iso(t: datetime | None) -> str | None:
    return t.isoformat() if t is not None else None


def _dt(s: Any) -> datetime | None:
    return datetime.fromisoformat(s) if s else None


def _key_json(key: Any) -> Any:
    return key if isinstance(key, str) else list(key)


def _key_load(k: Any) -> Any:
    return k if isinstance(k, str) else tuple(k)


def dump(t: Transport) -> dict[str, Any]:
    msgs: dict[int, int] = {}
    table: list[list[Any]] = []

    def ref(m: Message) -> int:
        i = msgs.get(id(m))
        if i is None:
            i = msgs[id(m)] = len(table)
            table.append([m.message_id, m.sender, list(m.recipients), m.subject, m.size, _iso(m.sent), m.client_ip])
        return i

    origins: dict[int, int] = {}
    origin_table: list[list[Any]] = []

    def oref(o: Any) -> int | None:
        if o is None:
            return None
        i = origins.get(id(o))
        if i is None:
            i = origins[id(o)] = len(origin_table)
            origin_table.append(list(o))
        return i

    nodes = {}
    for name, n in t.nodes.items():
        queues = []
        for key, q in n.queues.items():
            queues.append({
                "key": _key_json(key), "row": q.row, "status": q.status, "suspended": q.suspended,
                "last_error": q.last_error, "retry_count": q.retry_count, "last_retry": _iso(q.last_retry),
                "next_retry": _iso(q.next_retry), "idle_since": _iso(q.idle_since), "hb_failures": q.hb_failures,
                "seen_epoch": q.seen_epoch,
                "items": [[i.id, ref(i.msg), list(i.rcpts), i.status, i.last_error, i.retry_count, _iso(i.arrived),
                           oref(i.origin), i.shadow_of, i.shadow_epoch, i.crashes] for i in q.items.values()]})
        nodes[name] = {
            "epoch": n.epoch, "next_row": next(n.rows), "next_id": next(n.ids),
            "owed": {k: sorted(v) for k, v in n.owed.items()},
            "queues": queues,
            "dumpster": {k: [[ref(e.msg), list(e.rcpts), _iso(e.at), e.gen] for e in dq] for k, dq in n.dumpster.items()},
            "log": [[_iso(r[0]), r[1], r[2], ref(r[3]), list(r[4]), r[5], r[6], r[7]] for r in n.log],
            "settings": {k: (v if isinstance(v, (bool, int, str)) or v is None else str(v))
                         for k, v in n.settings.values.items()},
        }
        # the counters were advanced by next(); put them back
        n.rows = itertools.count(nodes[name]["next_row"])
        n.ids = itertools.count(nodes[name]["next_id"])
    return {"config": t.config.to_json(), "messages": table, "origins": origin_table, "nodes": nodes,
            "rr": t._rr, "stats": [t.messages_submitted, t.delivered, t.duplicates, t.failed]}


def load(org: "Organization", data: dict[str, Any]) -> Transport:
    from ems.model.transport import attach
    from ems.model.transport.config import TRANSPORT_SERVER_CONVERTERS
    t = attach(org)
    if data.get("config"):
        t.config.set(**data["config"])
    msgs = [Message(m[0], m[1], tuple(m[2]), m[3], int(m[4]), _dt(m[5]), m[6])  # type: ignore[arg-type]
            for m in data.get("messages", [])]
    origins = [list(o) for o in data.get("origins", [])]
    t._rr = int(data.get("rr", 0))
    st = data.get("stats") or [0, 0, 0, 0]
    t.messages_submitted, t.delivered, t.duplicates, t.failed = (int(x) for x in st)
    for name, nd in (data.get("nodes") or {}).items():
        n = t.nodes.get(name)
        if n is None:
            continue
        n.epoch = int(nd.get("epoch", 1))
        n.rows = itertools.count(int(nd.get("next_row", 3)))
        n.ids = itertools.count(int(nd.get("next_id", 1)))
        n.owed = {k: set(v) for k, v in (nd.get("owed") or {}).items()}
        for k, v in (nd.get("settings") or {}).items():
            conv = TRANSPORT_SERVER_CONVERTERS.get(k)
            n.settings.values[k] = conv(v) if conv is not None and v is not None else v
        for qd in nd.get("queues", []):
            key = _key_load(qd["key"])
            q = n.queue(key)
            q.row = qd.get("row", q.row)
            q.status = qd.get("status", "Ready")
            q.suspended = bool(qd.get("suspended"))
            q.last_error = qd.get("last_error")
            q.retry_count = int(qd.get("retry_count", 0))
            q.last_retry = _dt(qd.get("last_retry"))
            q.next_retry = _dt(qd.get("next_retry"))
            q.idle_since = _dt(qd.get("idle_since"))
            q.hb_failures = int(qd.get("hb_failures", 0))
            q.seen_epoch = int(qd.get("seen_epoch", 0))
            for it in qd.get("items", []):
                item = MailItem(msgs[it[1]], int(it[0]), tuple(it[2]), _dt(it[6]),  # type: ignore[arg-type]
                                origins[it[7]] if it[7] is not None else None)
                item.status, item.last_error, item.retry_count = it[3], it[4], int(it[5])
                item.shadow_of, item.shadow_epoch = it[8], int(it[9])
                item.crashes = int(it[10]) if len(it) > 10 else 0
                item.queue = q
                q.items[item.id] = item
        for k, entries in (nd.get("dumpster") or {}).items():
            dq = n.dumpster[k] = deque()
            total = 0
            for e in entries:
                m = msgs[e[0]]
                dq.append(DumpsterEntry(m, tuple(e[1]), _dt(e[2]), int(e[3])))  # type: ignore[arg-type]
                total += m.size
            n.dumpster_bytes[k] = total
        n.log = [(_dt(r[0]), r[1], r[2], msgs[r[3]], tuple(r[4]), r[5], r[6], r[7]) for r in nd.get("log", [])]
    for n in t.nodes.values():
        t.kick(n)
    return t
