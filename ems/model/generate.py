"""Generate large organizations for scale tests and benchmarks.

``generate_org(members=16, databases=200, mailboxes=100_000, copies=3, hubs=2, seed=2010)``
builds, in memory and without seeding delays: DC01, FS01 (witness), ``hubs`` Hub/CAS servers
HUB01.., one DAG "DAG1" with ``members`` Mailbox servers MBX01.. (activation preferences
rotate so actives are spread evenly), databases DB001.. with ``copies`` copies each, and
mailboxes user000001.. spread round-robin over the databases with seeded item counts and
sizes. Deterministic for a given seed. Mailboxes are compact (__slots__, ints), so 100,000
take tens of megabytes.
"""
from __future__ import annotations

import uuid
from datetime import datetime

from ems.model.dag import DatabaseAvailabilityGroup
from ems.model.databases import DatabaseCopy, MailboxDatabase
from ems.model.directory import AcceptedDomain
from ems.model.mailboxes import Mailbox
from ems.model.org import Organization
from ems.model.servers import HotFix


def generate_org(members: int = 16, databases: int = 200, mailboxes: int = 100_000, copies: int = 3,
                 hubs: int = 2, seed: int = 2010, domain: str = "contoso.com") -> Organization:
    if not 1 <= copies <= members:
        raise ValueError("copies must be between 1 and the number of DAG members")
    import gc
    was_enabled = gc.isenabled()
    gc.disable()  # no cycles to collect while building; the collector would only slow it down
    try:
        return _generate(members, databases, mailboxes, copies, hubs, seed, domain)
    finally:
        if was_enabled:
            gc.enable()


def _generate(members: int, databases: int, mailboxes: int, copies: int, hubs: int, seed: int,
              domain: str) -> Organization:
    org = Organization(domain=domain, seed=seed)
    rnd = org.random
    org.accepted_domains.add(AcceptedDomain(org, domain, domain, "Authoritative", True))
    created = datetime(2010, 7, 19, 10, 0, 0)
    for name in ("DC01", "FS01"):
        org.add_server(name, [], exchange=False, os_name="Microsoft Windows Server 2008 R2 Standard")
    for i in range(1, hubs + 1):
        org.add_server(f"HUB{i:02d}", ["ClientAccess", "HubTransport"], edition="Standard",
                       os_name="Microsoft Windows Server 2008 R2 Standard", when_created=created)
    dag = org.add_dag("DAG1", "FS01", "C:\\DAG1")
    width = max(2, len(str(members)))
    names = [f"MBX{i:0{width}d}" for i in range(1, members + 1)]
    for n in names:
        srv = org.add_server(n, ["Mailbox"], edition="Enterprise", when_created=created)
        srv.dag_name = dag.name
        dag.members.append(n)
        srv.add_service("ClusSvc")
        for kb in ("KB979744", "KB983440", "KB979099", "KB982867", "KB977020"):
            srv.hotfixes[kb] = HotFix(kb, "Hotfix", "CONTOSO\\Administrator", datetime(2010, 9, 14, 3, 0), n)
    dag.refresh_pam()
    dbw = max(3, len(str(databases)))
    now = org.clock.now()
    dbs: list[MailboxDatabase] = []
    for d in range(databases):
        name = f"DB{d + 1:0{dbw}d}"
        db = MailboxDatabase(org, name, uuid.UUID(int=(1 << 64) + d), master_server=names[d % members])
        for p in range(copies):
            sname = names[(d + p * (1 + d // members)) % members] if copies > 1 else names[d % members]
            # avoid placing two copies on one server when the stride wraps
            k = 0
            while db.copy_on(sname) is not None:
                k += 1
                sname = names[(d + p + k) % members]
            c = DatabaseCopy(db, sname, p + 1, uuid.UUID(int=(2 << 64) + d * 64 + p))
            db.copy_list.append(c)
            org.servers[sname].copies[name.lower()] = c
        org.am.set_active(db, db.copy_list[0].server_name)
        db.mount_state = "Mounted"
        db.gen_base = 10_000 + rnd.randint(0, 50_000)
        db.gen_t0 = now
        db.log_prefix = "E00"
        org.databases.add(db)
        dbs.append(db)
    mbw = max(6, len(str(mailboxes)))
    coll = org.mailboxes
    getrand = rnd.getrandbits
    for i in range(mailboxes):
        db = dbs[i % databases]
        name = f"user{i + 1:0{mbw}d}"
        r = getrand(32)
        items = 50 + r % 4951
        mbx = Mailbox(org, name, db.name, name, name, f"{name}@{domain}", uuid.UUID(int=(3 << 64) + i),
                      items, items * (10_000 + (r >> 13) % 70_001), created, "UserMailbox",
                      uuid.UUID(int=(4 << 64) + i))
        coll.add(mbx)
    for db in dbs:
        db.log_rate = 2.0 + 2.0 * len(db.mailboxes)
        org.am.note_availability(db)
    return org


__all__ = ["generate_org", "DatabaseAvailabilityGroup"]
